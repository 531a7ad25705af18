#pragma once

#include "model/nodepath.h"

#include <QAbstractItemModel>

#include <functional>

namespace Vigie {

class ProjectDocument;
class ProjectEditor;

// The connection → device → frame → variable tree of the project being edited, as a view
// sees it. It owns no data: it reads the ProjectDocument and turns its change signals into
// the model's row signals (see the comment in projectdocument.h); a name edited in place and a
// drop of variables onto a frame become ProjectEditor verbs, so both can be undone.
//
// An index carries its parent's path in its internal id, so the model keeps no node table;
// after each structural change it moves the persistent indexes below the rows Qt itself moves,
// whose ids name parents that moved.
class DocumentTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { Name, Details, ColumnCount };
    enum Role {
        PathRole = Qt::UserRole + 1, // the node's NodePath
        KindRole, // int(NodePath::Kind)
    };
    // A drag of variables: their NodePaths.
    static constexpr const char *VariablePathsMimeType = "application/x-vigie-variable-paths";

    explicit DocumentTreeModel(ProjectEditor *editor, QObject *parent = nullptr);

    [[nodiscard]] QModelIndex indexOf(const NodePath &path, int column = 0) const;
    [[nodiscard]] NodePath pathOf(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;

    // The variable paths a drag carries (none if `data` is not such a drag).
    [[nodiscard]] static QList<NodePath> variablePaths(const QMimeData *data);

Q_SIGNALS:
    // An in-place edit or a drop was refused, and why (for the status bar).
    void editRefused(const QString &reason);

private:
    [[nodiscard]] QString name(const NodePath &path) const;
    [[nodiscard]] QString details(const NodePath &path) const;
    [[nodiscard]] QString description(const NodePath &path) const;
    void remapPersistentIndexes(const std::function<NodePath(const NodePath &)> &map);

    ProjectEditor *m_editor;
    ProjectDocument *m_document;
};

} // namespace Vigie

Q_DECLARE_METATYPE(Vigie::NodePath)
