#pragma once

#include "model/project.h"
#include "tags/tagcatalog.h"

#include <QAbstractItemModel>

namespace Vigie {

// The connection → device → frame → variable tree of a project, read-only for now.
// The catalog numbers tags in tree order, so every node covers one contiguous range of tag ids
// (FirstTagRole, TagCountRole), which is how selecting a node filters the tag table.
class ProjectTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { Name, Details, ColumnCount };
    enum Role { FirstTagRole = Qt::UserRole + 1, TagCountRole };
    enum class Kind { Connection, Device, Frame, Variable };

    explicit ProjectTreeModel(QObject *parent = nullptr);

    void setProject(const Project &project, const TagCatalog &catalog);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Node
    {
        Kind kind;
        int parent; // node index, -1 for top level
        int row;
        QList<int> children;
        NodePath path;
        TagRange tags;
    };
    [[nodiscard]] QString details(const Node &node) const;
    [[nodiscard]] QString name(const Node &node) const;

    Project m_project;
    QList<Node> m_nodes;
    QList<int> m_roots;
};

} // namespace Vigie
