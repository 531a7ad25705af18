#include "diagnosticsdock.h"

#include "diagnosticsmodel.h"
#include "station.h"

#include <QDateTime>
#include <QFontDatabase>
#include <QHeaderView>
#include <QPlainTextEdit>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTimer>
#include <QTreeView>

#include <algorithm>

namespace Vigie {

DiagnosticsDock::DiagnosticsDock(Station *station, QWidget *parent)
    : QDockWidget(tr("Diagnostics"), parent)
    , m_station(station)
    , m_model(new DiagnosticsModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_splitter(new QSplitter(Qt::Horizontal))
    , m_view(new QTreeView)
    , m_frames(new QPlainTextEdit)
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("diagnosticsDock"));

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(DiagnosticsModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);

    m_view->setObjectName(QStringLiteral("diagnosticsView"));
    m_view->setModel(m_proxy);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Project order until a header is clicked; a third click goes back to it.
    QHeaderView *header = m_view->header();
    header->setSortIndicatorClearable(true);
    header->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    header->setStretchLastSection(true);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    // Widths from typical contents, so live figures do not make the columns jump.
    const std::pair<int, const char *> samples[] = {
        {DiagnosticsModel::Name, "Compteur triphasé 12"},
        {DiagnosticsModel::State, "Backing off"},
        {DiagnosticsModel::Requests, "1,234,567"},
        {DiagnosticsModel::Good, "1,234,567"},
        {DiagnosticsModel::Timeouts, "123,456"},
        {DiagnosticsModel::Exceptions, "123,456"},
        {DiagnosticsModel::OtherErrors, "123,456"},
        {DiagnosticsModel::SkippedCycles, "123,456"},
        {DiagnosticsModel::MeanRoundTrip, "1,234.56"},
        {DiagnosticsModel::P99RoundTrip, "1,234.56"},
        {DiagnosticsModel::LastError, "timeout after 1000 ms"},
    };
    const QFontMetrics text = m_view->fontMetrics();
    const QFontMetrics titles = header->fontMetrics();
    for (const auto &[column, sample] : samples) {
        const QString title =
            m_model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
        int width = std::max(text.horizontalAdvance(QString::fromUtf8(sample)),
                             titles.horizontalAdvance(title));
        if (column == DiagnosticsModel::Name)
            width += 2 * m_view->indentation();
        m_view->setColumnWidth(column, width + 14);
    }
    // Expanded by default: a new project's devices are all in sight.
    connect(m_proxy, &QAbstractItemModel::modelReset, m_view, &QTreeView::expandAll);

    m_frames->setObjectName(QStringLiteral("frameLog"));
    m_frames->setReadOnly(true);
    m_frames->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_frames->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_frames->setPlaceholderText(tr("Select a device to see its last requests and replies."));
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &DiagnosticsDock::refreshFrameLog);

    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_frames);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    setWidget(m_splitter);

    m_timer->setInterval(RefreshMs);
    connect(m_timer, &QTimer::timeout, this, &DiagnosticsDock::refresh);
    // Also emitted when the dock's tab is brought forward or sent behind another.
    connect(this, &QDockWidget::visibilityChanged, this, &DiagnosticsDock::onVisibilityChanged);
}

void DiagnosticsDock::refresh()
{
    m_model->setStatistics(m_station->statistics());
    refreshFrameLog();
    ++m_refreshCount;
}

QString DiagnosticsDock::formatFrameLog(const QList<FrameLogEntry> &entries)
{
    QString text;
    for (const FrameLogEntry &e : entries) {
        text += QDateTime::fromMSecsSinceEpoch(e.wallMs).toString(QStringLiteral("HH:mm:ss.zzz"));
        switch (e.kind) {
        case FrameLogEntry::Kind::Request:
            text += QStringLiteral("  \u2192 ") + QString::fromLatin1(e.bytes.toHex(' ').toUpper());
            break;
        case FrameLogEntry::Kind::Reply:
            text += QStringLiteral("  \u2190 ") + QString::fromLatin1(e.bytes.toHex(' ').toUpper());
            break;
        case FrameLogEntry::Kind::Failure: text += QStringLiteral("  \u2717 ") + e.note; break;
        }
        text += QLatin1Char('\n');
    }
    return text;
}

void DiagnosticsDock::refreshFrameLog()
{
    const QModelIndex current = m_view->currentIndex();
    const int device = current.isValid() ? current.data(DiagnosticsModel::DeviceRole).toInt() : -1;
    if (device < 0) {
        m_frames->clear();
        return;
    }
    const int link = current.data(DiagnosticsModel::LinkRole).toInt();
    const QString text = formatFrameLog(m_station->frameLog(link, device));
    if (text == m_frames->toPlainText())
        return;
    m_frames->setPlainText(text);
    m_frames->moveCursor(QTextCursor::End); // the newest at the bottom, in sight
}

void DiagnosticsDock::onVisibilityChanged(bool visible)
{
    if (visible) {
        refresh();
        m_timer->start();
    } else {
        m_timer->stop();
    }
}

} // namespace Vigie
