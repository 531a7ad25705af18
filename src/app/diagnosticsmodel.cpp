#include "diagnosticsmodel.h"

#include "isapalette.h"

#include <QBrush>
#include <QDateTime>
#include <QFont>
#include <QLocale>

#include <utility>

namespace Vigie {

namespace {

// Internal ids: 0 for a link's row, link + 1 for the rows of that link's devices.
constexpr quintptr LinkRow = 0;

enum class Severity { Normal, Caution, Alarm };

Severity severity(const QString &state)
{
    if (state == QLatin1String("Down") || state == QLatin1String("BackingOff"))
        return Severity::Alarm;
    if (state == QLatin1String("Connecting"))
        return Severity::Caution;
    return Severity::Normal; // Up, and Closed (nothing running is not a fault)
}

// Sorting by state puts the healthy rows at one end and the failing ones at the other.
int stateRank(const QString &state)
{
    static const QLatin1String order[] = {QLatin1String("Up"), QLatin1String("Closed"),
                                          QLatin1String("Connecting"), QLatin1String("BackingOff"),
                                          QLatin1String("Down")};
    for (int i = 0; i < int(std::size(order)); ++i) {
        if (state == order[i])
            return i;
    }
    return int(std::size(order));
}

bool isNumber(int column)
{
    return column >= DiagnosticsModel::Requests && column <= DiagnosticsModel::P99RoundTrip;
}

} // namespace

DiagnosticsModel::DiagnosticsModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

DiagnosticsModel::Row DiagnosticsModel::row(const AcquisitionStatistics &statistics, int link,
                                            int device)
{
    const LinkStatistics &l = statistics.links[link];
    if (device < 0)
        return {l.name, l.state, l.stateReason, l.counters, &l};
    const DeviceStatistics &d = l.devices[device];
    return {d.name, d.state, d.stateReason, d.counters, nullptr};
}

bool DiagnosticsModel::sameShape(const AcquisitionStatistics &a, const AcquisitionStatistics &b)
{
    if (a.links.size() != b.links.size())
        return false;
    for (qsizetype l = 0; l < a.links.size(); ++l) {
        const LinkStatistics &la = a.links[l];
        const LinkStatistics &lb = b.links[l];
        if (la.name != lb.name || la.devices.size() != lb.devices.size())
            return false;
        for (qsizetype d = 0; d < la.devices.size(); ++d) {
            if (la.devices[d].name != lb.devices[d].name)
                return false;
        }
    }
    return true;
}

void DiagnosticsModel::setStatistics(const AcquisitionStatistics &statistics)
{
    if (!sameShape(m_statistics, statistics)) {
        beginResetModel();
        m_statistics = statistics;
        endResetModel();
        return;
    }
    const AcquisitionStatistics old = std::exchange(m_statistics, statistics);
    for (int l = 0; l < int(m_statistics.links.size()); ++l) {
        emitChangedCells(old, l, -1);
        for (int d = 0; d < int(m_statistics.links[l].devices.size()); ++d)
            emitChangedCells(old, l, d);
    }
}

// One dataChanged() per run of adjacent changed cells of the row. Colours and fonts follow
// the state's text, and alignment never changes, so comparing these three roles is enough.
void DiagnosticsModel::emitChangedCells(const AcquisitionStatistics &old, int link, int device)
{
    const Row before = row(old, link, device);
    const Row after = row(m_statistics, link, device);
    const QModelIndex parent = device < 0 ? QModelIndex() : index(link, 0);
    const int r = device < 0 ? link : device;
    auto changed = [&](int column) {
        for (const int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(SortRole)}) {
            if (cell(before, column, role) != cell(after, column, role))
                return true;
        }
        return false;
    };
    for (int c = 0; c < ColumnCount;) {
        if (!changed(c)) {
            ++c;
            continue;
        }
        int last = c;
        while (last + 1 < ColumnCount && changed(last + 1))
            ++last;
        Q_EMIT dataChanged(index(r, c, parent), index(r, last, parent));
        c = last + 1;
    }
}

QModelIndex DiagnosticsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0 || row >= rowCount(parent))
        return {};
    return createIndex(row, column, parent.isValid() ? quintptr(parent.row() + 1) : LinkRow);
}

QModelIndex DiagnosticsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == LinkRow)
        return {};
    return createIndex(int(child.internalId() - 1), 0, LinkRow);
}

int DiagnosticsModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_statistics.links.size());
    if (parent.internalId() != LinkRow || parent.column() != 0)
        return 0;
    return int(m_statistics.links[parent.row()].devices.size());
}

int DiagnosticsModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant DiagnosticsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const bool isLink = index.internalId() == LinkRow;
    const int link = isLink ? index.row() : int(index.internalId() - 1);
    if (role == LinkRole)
        return link;
    if (role == DeviceRole)
        return isLink ? -1 : index.row();
    return cell(row(m_statistics, link, isLink ? -1 : index.row()), index.column(), role);
}

QVariant DiagnosticsModel::cell(const Row &row, int column, int role)
{
    const RequestCounters &c = row.counters;
    const QLocale locale;
    auto count = [&](quint64 n) -> QVariant {
        if (role == SortRole)
            return qulonglong(n);
        return locale.toString(qulonglong(n));
    };
    // No round trip is known before the first good reply.
    auto roundTrip = [&](double ms) -> QVariant {
        if (role == SortRole)
            return ms;
        return c.goodReplies ? locale.toString(ms, 'f', 2) : QStringLiteral("–");
    };

    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        switch (column) {
        case Name: return row.name;
        case State:
            if (role == SortRole)
                return stateRank(row.state);
            if (row.state == QLatin1String("Up"))
                return tr("Up");
            if (row.state == QLatin1String("Down"))
                return tr("Down");
            if (row.state == QLatin1String("BackingOff"))
                return tr("Backing off");
            if (row.state == QLatin1String("Connecting"))
                return tr("Connecting");
            if (row.state == QLatin1String("Closed"))
                return tr("Closed");
            return row.state;
        case Requests: return count(c.requests);
        case Good: return count(c.goodReplies);
        case Timeouts: return count(c.timeouts);
        case Exceptions: return count(c.exceptions);
        case OtherErrors: return count(c.otherErrors);
        case SkippedCycles: return count(c.skippedCycles);
        case MeanRoundTrip: return roundTrip(c.meanRoundTripMs);
        case P99RoundTrip: return roundTrip(c.p99RoundTripMs);
        case LastError: return c.lastError;
        case LastErrorAt:
            if (role == SortRole)
                return qint64(c.lastErrorAt);
            return c.lastErrorAt ? QDateTime::fromMSecsSinceEpoch(c.lastErrorAt)
                                       .toLocalTime()
                                       .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                                 : QString();
        }
        break;
    case Qt::ToolTipRole:
        switch (column) {
        case Name:
            if (row.link) {
                return tr("%1 link, %n reconnection(s) since start", nullptr,
                          int(row.link->reconnects))
                    .arg(row.link->protocol);
            }
            break;
        case State:
            if (!row.reason.isEmpty())
                return row.reason;
            break;
        case LastError:
            if (!c.lastError.isEmpty())
                return c.lastError;
            break;
        }
        break;
    case Qt::TextAlignmentRole:
        if (isNumber(column))
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ForegroundRole:
        if (column == State) {
            switch (severity(row.state)) {
            case Severity::Normal: break;
            case Severity::Caution: return QBrush(IsaPalette::caution());
            case Severity::Alarm: return QBrush(IsaPalette::alarm());
            }
        }
        break;
    case Qt::FontRole:
        if (column == State && severity(row.state) == Severity::Alarm) {
            QFont f;
            f.setBold(true);
            return f;
        }
        break;
    }
    return {};
}

QVariant DiagnosticsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractItemModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole && isNumber(section))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Requests: return tr("Requests put on the wire since start (a retry counts again)");
        case Good: return tr("Requests answered with data");
        case Timeouts: return tr("Requests with no answer in time");
        case Exceptions: return tr("Protocol exceptions answered by the device");
        case OtherErrors: return tr("Bad replies, link down, refused requests");
        case SkippedCycles: return tr("Poll cycles lost because the previous one overran");
        case MeanRoundTrip: return tr("Mean round trip since start, in milliseconds");
        case P99RoundTrip:
            return tr("99th percentile of the round trip over the last %1 replies, in "
                      "milliseconds")
                .arg(LinkRecorder::RoundTripWindow);
        }
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Name");
    case State: return tr("State");
    case Requests: return tr("Requests");
    case Good: return tr("Good");
    case Timeouts: return tr("Timeouts");
    case Exceptions: return tr("Exceptions");
    case OtherErrors: return tr("Other errors");
    case SkippedCycles: return tr("Skipped cycles");
    case MeanRoundTrip: return tr("Mean RTT (ms)");
    case P99RoundTrip: return tr("p99 RTT (ms)");
    case LastError: return tr("Last error");
    case LastErrorAt: return tr("Last error at");
    }
    return {};
}

} // namespace Vigie
