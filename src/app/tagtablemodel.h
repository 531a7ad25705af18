#pragma once

#include "tags/tagtable.h"

#include <QAbstractTableModel>

namespace Vigie {

class ProjectEditor;
class Station;

// The live tag list (seed 001's instrument table) as a view model over a Station's tag table.
// It owns no values: data() reads the table. It takes a conflated subscription (at most one
// batch of changed ids every 100 ms, read refreshes included so timestamps move) and turns
// each batch into dataChanged() for runs of rows, so a busy plant costs a bounded number of
// repaints. Rows are tag ids.
//
// Given the project's editor, the cells that show a variable's own fields (name, unit, limits,
// type, access, description) of a station that is not running edit in place through the
// editor's undoable verbs; while it runs the table is read-only.
class TagTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // What an operator needs first comes first (a 1024-pixel screen shows at least these).
    enum Column {
        Name,
        Value,
        Unit,
        Quality,
        Timestamp,
        Setpoint,
        Min,
        Max,
        Type,
        Access,
        Description,
        ColumnCount
    };

    enum Role {
        SourceRole = Qt::UserRole + 1, // int(TagSource)
        SortRole, // numbers as numbers, times as times
        SearchRole, // name and description folded: see foldForSearch()
    };

    // Lower case without accents: "Énergie" and "energie" both give "energie".
    [[nodiscard]] static QString foldForSearch(const QString &text);

    explicit TagTableModel(QObject *parent = nullptr);

    // Shows this station's tags (null: none). Call again after the station's project changes.
    void setStation(Station *station);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    // The editor the cells of a stopped station edit through (null: read-only).
    void setEditor(ProjectEditor *editor) { m_editor = editor; }

    [[nodiscard]] quint64 refreshCount() const { return m_refreshCount; }
    [[nodiscard]] SubscriptionOptions subscriptionOptions() const
    {
        return m_subscription ? m_subscription->options() : SubscriptionOptions {};
    }

Q_SIGNALS:
    // An edit was refused, and why (for the status bar).
    void editRefused(const QString &reason);

private:
    // The document's path of the variable behind an editable cell, or {}.
    [[nodiscard]] NodePath editablePath(const QModelIndex &index) const;
    void onChanged(const QList<TagId> &ids);
    void onSetpointChanged(TagId id);

    Station *m_station = nullptr;
    ProjectEditor *m_editor = nullptr;
    TagSubscription *m_subscription = nullptr;
    QMetaObject::Connection m_setpointConnection;
    quint64 m_refreshCount = 0;
};

} // namespace Vigie
