#pragma once

#include "tags/tagtable.h"

#include <QAbstractTableModel>
#include <QTimer>

namespace Vigie {

class Station;

// The live tag list (seed 001's instrument table) as a view model over a Station's tag table.
// It owns no values: data() reads the table. Changes arrive in batches and are turned into
// dataChanged() for the changed rows at most every refresh interval (100 ms), so a busy plant
// costs a bounded number of repaints.
class TagTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Name,
        Type,
        Unit,
        Min,
        Max,
        Setpoint,
        Value,
        Quality,
        Timestamp,
        Access,
        ColumnCount
    };

    explicit TagTableModel(QObject *parent = nullptr);

    // Shows this station's tags (null: none). Call again after the station's project changes.
    void setStation(Station *station);
    void setRefreshInterval(int ms) { m_refresh.setInterval(ms); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    [[nodiscard]] quint64 refreshCount() const { return m_refreshCount; }

private:
    void onChanged(const QList<TagId> &ids);
    void refresh();

    Station *m_station = nullptr;
    QMetaObject::Connection m_connection;
    QList<bool> m_dirty;
    QList<TagId> m_dirtyIds;
    QTimer m_refresh;
    quint64 m_refreshCount = 0;
};

} // namespace Vigie
