#pragma once

#include "acquisition/linkstatistics.h"

#include <QDockWidget>

class QPlainTextEdit;
class QSortFilterProxyModel;
class QSplitter;
class QTimer;
class QTreeView;

namespace Vigie {

class DiagnosticsModel;
class Station;

// The dock a technician opens when a meter misbehaves: every link and device of the running
// project with its state, request counts, errors by kind, last error and round trips,
// refreshed every second and sortable by any column.
//
// It takes Station::statistics() (a short copy under a mutex, never a wait on I/O) on a GUI
// timer that runs only while the dock is shown: a dock closed or behind another tab costs
// nothing. Refreshes update the model in place, so selection, expansion and sort survive them.
class DiagnosticsDock : public QDockWidget
{
    Q_OBJECT
public:
    static constexpr int RefreshMs = 1000;

    explicit DiagnosticsDock(Station *station, QWidget *parent = nullptr);

    [[nodiscard]] DiagnosticsModel *model() const { return m_model; }
    [[nodiscard]] QSortFilterProxyModel *proxy() const { return m_proxy; }
    [[nodiscard]] QTreeView *view() const { return m_view; }
    // How many snapshots were taken (tests check that a hidden dock takes none).
    [[nodiscard]] int refreshCount() const { return m_refreshCount; }

    // Takes a snapshot now (also done on every tick while the dock is shown).
    void refresh();

    // A device's frame log as text, one line per entry: "12:00:01.234  → 03 00 64 00 0A".
    [[nodiscard]] static QString formatFrameLog(const QList<FrameLogEntry> &entries);

private:
    void onVisibilityChanged(bool visible);

    Station *m_station;
    DiagnosticsModel *m_model;
    QSortFilterProxyModel *m_proxy;
    void refreshFrameLog();

    // The tree, and beside it the frame log of the selected device: its last requests and
    // replies in hex (Modbus PDUs: function code and data), with times and failures.
    QSplitter *m_splitter;
    QTreeView *m_view;
    QPlainTextEdit *m_frames;
    QTimer *m_timer;
    int m_refreshCount = 0;
};

} // namespace Vigie
