#pragma once

#include "acquisition/linkstatistics.h"

#include <QAbstractItemModel>

namespace Vigie {

// The diagnostics dock's tree: every link at the top, its devices below, with their state and
// counters, so a technician sees at a glance which meter times out and since when.
//
// It holds nothing but the last snapshot it was given. setStatistics() updates in place: a
// snapshot of the same shape (same links and devices, in the same order) emits dataChanged()
// for the cells that changed and nothing else, so the view keeps its selection, expansion and
// scroll position through live refreshes; another shape (another project) resets the model.
// Numbers are right-aligned and SortRole gives them as numbers, so a QSortFilterProxyModel
// sorts 9 before 10.
class DiagnosticsModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column {
        Name,
        State,
        Requests,
        Good,
        Timeouts,
        Exceptions,
        OtherErrors,
        SkippedCycles,
        MeanRoundTrip,
        P99RoundTrip,
        LastError,
        LastErrorAt,
        ColumnCount
    };
    // Numbers as numbers, times in ms since the epoch, states by severity (Up first).
    enum Role {
        SortRole = Qt::UserRole + 1,
        LinkRole, // the row's connection index
        DeviceRole, // the row's device index in its connection, -1 on a link's row
    };

    explicit DiagnosticsModel(QObject *parent = nullptr);

    void setStatistics(const AcquisitionStatistics &statistics);
    [[nodiscard]] const AcquisitionStatistics &statistics() const { return m_statistics; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    // One row, link or device, seen through the fields both have.
    struct Row
    {
        const QString &name;
        const QString &state;
        const QString &reason;
        const RequestCounters &counters;
        const LinkStatistics *link; // null for a device
    };
    // device -1: the link's own row.
    [[nodiscard]] static Row row(const AcquisitionStatistics &statistics, int link, int device);
    [[nodiscard]] static bool sameShape(const AcquisitionStatistics &a,
                                        const AcquisitionStatistics &b);
    [[nodiscard]] static QVariant cell(const Row &row, int column, int role);
    void emitChangedCells(const AcquisitionStatistics &old, int link, int device);

    AcquisitionStatistics m_statistics;
};

} // namespace Vigie
