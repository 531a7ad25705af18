#include "nodedialogs.h"

namespace Vigie {

namespace {

std::optional<ProjectNode> runModal(QWidget *parent, const Project &project, const NodePath &path,
                                    const ProjectNode &node, NodePlacement placement)
{
    NodeDialog *dialog = createNodeDialog(kindOf(node), parent);
    if (!dialog)
        return std::nullopt;
    // Owned here, whatever the parent: the node is read from it after exec() returns.
    const std::unique_ptr<NodeDialog> owner(dialog);
    dialog->setNode(project, path, node, placement);
    if (dialog->exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog->node();
}

} // namespace

NodeDialog *createNodeDialog(NodePath::Kind kind, QWidget *parent)
{
    switch (kind) {
    case NodePath::Kind::Connection: return new ConnectionDialog(parent);
    case NodePath::Kind::Device: return new DeviceDialog(parent);
    case NodePath::Kind::Frame: return new FrameDialog(parent);
    case NodePath::Kind::Variable: return new VariableDialog(parent);
    case NodePath::Kind::Project: break;
    }
    return nullptr;
}

std::optional<ProjectNode> editNode(QWidget *parent, const Project &project, const NodePath &path,
                                    const ProjectNode &node)
{
    return runModal(parent, project, path, node, NodePlacement::Existing);
}

std::optional<ProjectNode> editNewNode(QWidget *parent, const Project &project,
                                       const NodePath &path, const ProjectNode &node)
{
    return runModal(parent, project, path, node, NodePlacement::New);
}

} // namespace Vigie
