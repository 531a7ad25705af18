// The diagnostics dock: its model on hand-made snapshots (shape, cells, numeric sort, in-place
// updates, colours), then the dock itself in a MainWindow running the demo.
#include "diagnosticsdock.h"
#include "diagnosticsmodel.h"
#include "isapalette.h"
#include "mainwindow.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QBrush>
#include <QDateTime>
#include <QDockWidget>
#include <QFont>
#include <QLocale>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTest>
#include <QTreeView>

using namespace Vigie;
using Column = DiagnosticsModel::Column;

namespace {

constexpr qint64 ErrorAt = 1'790'000'000'123; // a fixed wall time, in ms

DeviceStatistics makeDevice(const QString &name, quint64 requests = 0, const QString &state = "Up",
                            const QString &reason = {})
{
    DeviceStatistics d;
    d.name = name;
    d.state = state;
    d.stateReason = reason;
    d.counters.requests = requests;
    d.counters.goodReplies = requests;
    return d;
}

LinkStatistics makeLink(const QString &name, const QList<DeviceStatistics> &devices,
                        const QString &state = "Up", const QString &reason = {})
{
    LinkStatistics l;
    l.name = name;
    l.protocol = "ModbusRtu";
    l.state = state;
    l.stateReason = reason;
    l.devices = devices;
    for (const DeviceStatistics &d : devices) {
        l.counters.requests += d.counters.requests;
        l.counters.goodReplies += d.counters.goodReplies;
    }
    return l;
}

// Two links: a serial bus with two meters (the first one troubled), and a PLC that refuses.
AcquisitionStatistics plant()
{
    DeviceStatistics meter = makeDevice("Compteur 1", 1'234'567);
    RequestCounters &c = meter.counters;
    c.goodReplies = 1'234'000;
    c.timeouts = 500;
    c.exceptions = 60;
    c.otherErrors = 7;
    c.skippedCycles = 3;
    c.meanRoundTripMs = 12.5;
    c.p99RoundTripMs = 1234.567;
    c.lastError = "timeout after 1000 ms";
    c.lastErrorAt = ErrorAt;
    LinkStatistics bus = makeLink("Bus RS-485", {meter, makeDevice("Compteur 2", 100)});
    bus.reconnects = 2;
    return {{bus,
             makeLink("Automate", {makeDevice("API", 10, "Down", "link down: connection refused")},
                      "BackingOff", "connection refused")}};
}

QModelIndex deviceIndex(const QAbstractItemModel &model, int link, int device, int column)
{
    return model.index(device, column, model.index(link, 0));
}

QStringList childNames(const QAbstractItemModel &model, const QModelIndex &parent)
{
    QStringList names;
    for (int r = 0; r < model.rowCount(parent); ++r)
        names << model.index(r, Column::Name, parent).data().toString();
    return names;
}

QPair<QModelIndex, QModelIndex> range(const QList<QVariant> &dataChanged)
{
    return {dataChanged.at(0).value<QModelIndex>(), dataChanged.at(1).value<QModelIndex>()};
}

} // namespace

class tst_Diagnostics : public QObject
{
    Q_OBJECT

private:
    const QString m_demo = QStringLiteral(VIGIE_SOURCE_DIR "/examples/demo/demo.vigie.json");

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        // Group separators and decimal points as the rows below write them.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void frameLogReadsLikeATechniciansTrace()
    {
        const qint64 t = QDateTime(QDate(2026, 11, 22), QTime(12, 0, 1, 234)).toMSecsSinceEpoch();
        const QList<FrameLogEntry> entries = {
            {t, FrameLogEntry::Kind::Request, QByteArray::fromHex("0300640002"), {}},
            {t + 3, FrameLogEntry::Kind::Reply, QByteArray::fromHex("030400010002"), {}},
            {t + 1000, FrameLogEntry::Kind::Request, QByteArray::fromHex("0300140001"), {}},
            {t + 1001, FrameLogEntry::Kind::Reply, QByteArray::fromHex("8302"), {}},
            {t + 3000, FrameLogEntry::Kind::Failure, {}, QStringLiteral("no reply in 1000 ms")},
        };
        QCOMPARE(DiagnosticsDock::formatFrameLog(entries),
                 QStringLiteral("12:00:01.234  \u2192 03 00 64 00 02\n"
                                "12:00:01.237  \u2190 03 04 00 01 00 02\n"
                                "12:00:02.234  \u2192 03 00 14 00 01\n"
                                "12:00:02.235  \u2190 83 02\n"
                                "12:00:04.234  \u2717 no reply in 1000 ms\n"));
    }

    void shape()
    {
        DiagnosticsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setStatistics(plant());

        QCOMPARE(model.columnCount(), 12);
        QCOMPARE(childNames(model, {}), QStringList({"Bus RS-485", "Automate"}));
        const QModelIndex bus = model.index(0, 0);
        QCOMPARE(childNames(model, bus), QStringList({"Compteur 1", "Compteur 2"}));
        QCOMPARE(childNames(model, model.index(1, 0)), QStringList({"API"}));
        QCOMPARE(model.parent(bus), QModelIndex());
        const QModelIndex meter2 = model.index(1, Column::Timeouts, bus);
        QCOMPARE(model.parent(meter2), bus);
        QCOMPARE(model.rowCount(meter2.siblingAtColumn(0)), 0);
        QCOMPARE(model.rowCount(model.index(0, Column::State)), 0); // only column 0 has children
        QVERIFY(!model.index(2, 0).isValid());
        QVERIFY(!model.index(0, Column::ColumnCount).isValid());
    }

    void headers_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("title");
        QTest::addColumn<bool>("number");
        QTest::newRow("name") << int(Column::Name) << "Name" << false;
        QTest::newRow("state") << int(Column::State) << "State" << false;
        QTest::newRow("requests") << int(Column::Requests) << "Requests" << true;
        QTest::newRow("good") << int(Column::Good) << "Good" << true;
        QTest::newRow("timeouts") << int(Column::Timeouts) << "Timeouts" << true;
        QTest::newRow("exceptions") << int(Column::Exceptions) << "Exceptions" << true;
        QTest::newRow("other errors") << int(Column::OtherErrors) << "Other errors" << true;
        QTest::newRow("skipped cycles") << int(Column::SkippedCycles) << "Skipped cycles" << true;
        QTest::newRow("mean rtt") << int(Column::MeanRoundTrip) << "Mean RTT (ms)" << true;
        QTest::newRow("p99 rtt") << int(Column::P99RoundTrip) << "p99 RTT (ms)" << true;
        QTest::newRow("last error") << int(Column::LastError) << "Last error" << false;
        QTest::newRow("last error at") << int(Column::LastErrorAt) << "Last error at" << false;
    }

    // Every column has its title; numbers are right-aligned, in the header and in the cells.
    void headers()
    {
        QFETCH(int, column);
        QFETCH(QString, title);
        QFETCH(bool, number);
        DiagnosticsModel model;
        model.setStatistics(plant());
        QCOMPARE(model.headerData(column, Qt::Horizontal, Qt::DisplayRole).toString(), title);
        const int right = int(Qt::AlignRight | Qt::AlignVCenter);
        QCOMPARE(model.headerData(column, Qt::Horizontal, Qt::TextAlignmentRole).toInt() == right,
                 number);
        QCOMPARE(deviceIndex(model, 0, 0, column).data(Qt::TextAlignmentRole).toInt() == right,
                 number);
        QCOMPARE(model.index(0, column).data(Qt::TextAlignmentRole).toInt() == right, number);
    }

    void values_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("shown");
        QTest::addColumn<QVariant>("sortKey");
        const QString at =
            QDateTime::fromMSecsSinceEpoch(ErrorAt).toLocalTime().toString("yyyy-MM-dd HH:mm:ss");
        QTest::newRow("name") << int(Column::Name) << "Compteur 1" << QVariant("Compteur 1");
        QTest::newRow("state") << int(Column::State) << "Up" << QVariant(0);
        QTest::newRow("requests") << int(Column::Requests) << "1,234,567"
                                  << QVariant(qulonglong(1'234'567));
        QTest::newRow("good") << int(Column::Good) << "1,234,000"
                              << QVariant(qulonglong(1'234'000));
        QTest::newRow("timeouts") << int(Column::Timeouts) << "500" << QVariant(qulonglong(500));
        QTest::newRow("exceptions") << int(Column::Exceptions) << "60" << QVariant(qulonglong(60));
        QTest::newRow("other errors") << int(Column::OtherErrors) << "7" << QVariant(qulonglong(7));
        QTest::newRow("skipped cycles")
            << int(Column::SkippedCycles) << "3" << QVariant(qulonglong(3));
        QTest::newRow("mean rtt") << int(Column::MeanRoundTrip) << "12.50" << QVariant(12.5);
        QTest::newRow("p99 rtt") << int(Column::P99RoundTrip) << "1,234.57" << QVariant(1234.567);
        QTest::newRow("last error") << int(Column::LastError) << "timeout after 1000 ms"
                                    << QVariant("timeout after 1000 ms");
        QTest::newRow("last error at") << int(Column::LastErrorAt) << at << QVariant(ErrorAt);
    }

    // Each cell of the troubled meter: what the technician reads, and what sorting compares.
    void values()
    {
        QFETCH(int, column);
        QFETCH(QString, shown);
        QFETCH(QVariant, sortKey);
        DiagnosticsModel model;
        model.setStatistics(plant());
        const QModelIndex cell = deviceIndex(model, 0, 0, column);
        QCOMPARE(cell.data().toString(), shown);
        QCOMPARE(cell.data(DiagnosticsModel::SortRole), sortKey);
    }

    // Before any good reply there is no round trip to show, and no error means empty cells.
    void emptyCells()
    {
        DiagnosticsModel model;
        AcquisitionStatistics s = plant();
        s.links[0].devices[1] = makeDevice("Compteur 2");
        model.setStatistics(s);
        QCOMPARE(deviceIndex(model, 0, 1, Column::Requests).data().toString(), "0");
        QCOMPARE(deviceIndex(model, 0, 1, Column::MeanRoundTrip).data().toString(), "–");
        QCOMPARE(deviceIndex(model, 0, 1, Column::P99RoundTrip).data().toString(), "–");
        QCOMPARE(deviceIndex(model, 0, 1, Column::LastError).data().toString(), "");
        QCOMPARE(deviceIndex(model, 0, 1, Column::LastErrorAt).data().toString(), "");
        QCOMPARE(deviceIndex(model, 0, 1, Column::LastErrorAt).data(DiagnosticsModel::SortRole),
                 QVariant(qint64(0)));
    }

    // The link's own row carries its summed counters and, in the name's tooltip, its protocol
    // and reconnections.
    void linkRow()
    {
        DiagnosticsModel model;
        model.setStatistics(plant());
        const QModelIndex bus = model.index(0, Column::Requests);
        QCOMPARE(bus.data().toString(), "1,234,667");
        QCOMPARE(bus.siblingAtColumn(Column::Name).data(Qt::ToolTipRole).toString(),
                 "ModbusRtu link, 2 reconnection(s) since start");
        QVERIFY(!deviceIndex(model, 0, 0, Column::Name).data(Qt::ToolTipRole).isValid());
    }

    void sortsNumbersAsNumbers_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<Qt::SortOrder>("order");
        QTest::addColumn<QStringList>("devices");
        QTest::addColumn<QStringList>("links");
        // As text, "10" < "100" < "9" and "100.25" < "12.50" < "2.50".
        QTest::newRow("requests ascending")
            << int(Column::Requests) << Qt::AscendingOrder
            << QStringList({"nine", "ten", "hundred"}) << QStringList({"small", "big"});
        QTest::newRow("requests descending")
            << int(Column::Requests) << Qt::DescendingOrder
            << QStringList({"hundred", "ten", "nine"}) << QStringList({"big", "small"});
        QTest::newRow("timeouts ascending")
            << int(Column::Timeouts) << Qt::AscendingOrder
            << QStringList({"hundred", "nine", "ten"}) << QStringList({"big", "small"});
        QTest::newRow("mean rtt ascending")
            << int(Column::MeanRoundTrip) << Qt::AscendingOrder
            << QStringList({"ten", "nine", "hundred"}) << QStringList({"small", "big"});
        QTest::newRow("p99 rtt descending")
            << int(Column::P99RoundTrip) << Qt::DescendingOrder
            << QStringList({"hundred", "nine", "ten"}) << QStringList({"big", "small"});
        // By severity, not alphabetically: Up, Closed, Connecting, BackingOff, Down.
        QTest::newRow("state ascending")
            << int(Column::State) << Qt::AscendingOrder << QStringList({"nine", "hundred", "ten"})
            << QStringList({"big", "small"});
        QTest::newRow("last error at ascending")
            << int(Column::LastErrorAt) << Qt::AscendingOrder
            << QStringList({"nine", "hundred", "ten"}) << QStringList({"small", "big"});
    }

    // Through a QSortFilterProxyModel sorting on SortRole, as the dock does; each level sorts
    // among its own rows.
    void sortsNumbersAsNumbers()
    {
        QFETCH(int, column);
        QFETCH(Qt::SortOrder, order);
        QFETCH(QStringList, devices);
        QFETCH(QStringList, links);

        DeviceStatistics nine = makeDevice("nine", 9);
        nine.counters.timeouts = 9;
        nine.counters.meanRoundTripMs = 12.5;
        nine.counters.p99RoundTripMs = 90;
        DeviceStatistics ten = makeDevice("ten", 10, "Down", "link down");
        ten.counters.timeouts = 10;
        ten.counters.meanRoundTripMs = 2.5;
        ten.counters.p99RoundTripMs = 9;
        ten.counters.lastErrorAt = ErrorAt + 1000;
        DeviceStatistics hundred = makeDevice("hundred", 100, "BackingOff");
        hundred.counters.timeouts = 2;
        hundred.counters.meanRoundTripMs = 100.25;
        hundred.counters.p99RoundTripMs = 900;
        hundred.counters.lastErrorAt = ErrorAt;
        LinkStatistics big = makeLink("big", {nine, ten, hundred});
        big.counters.meanRoundTripMs = 40;
        big.counters.p99RoundTripMs = 900;
        big.counters.lastErrorAt = ErrorAt + 1000;
        LinkStatistics small = makeLink("small", {makeDevice("only", 5)}, "Connecting");
        small.counters.timeouts = 100;
        small.counters.meanRoundTripMs = 5;
        small.counters.p99RoundTripMs = 10;

        DiagnosticsModel model;
        model.setStatistics({{big, small}});
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(DiagnosticsModel::SortRole);
        proxy.sort(column, order);
        QCOMPARE(childNames(proxy, {}), links);
        const QModelIndex bigRow = proxy.index(links.indexOf("big"), 0);
        QCOMPARE(childNames(proxy, bigRow), devices);
    }

    // A snapshot of the same shape changes the cells that changed, and nothing else: no
    // reset, no layout change, one dataChanged() per run of adjacent changed cells.
    void sameShapeUpdatesInPlace()
    {
        DiagnosticsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        AcquisitionStatistics s = plant();
        model.setStatistics(s);
        const QPersistentModelIndex kept = deviceIndex(model, 0, 1, Column::Name);

        QSignalSpy aboutToReset(&model, &QAbstractItemModel::modelAboutToBeReset);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        // The same figures again: not a single signal.
        model.setStatistics(s);
        QCOMPARE(changed.size(), 0);

        // Two adjacent counters of the second meter: one signal over both cells.
        s.links[0].devices[1].counters.requests = 101;
        s.links[0].devices[1].counters.goodReplies = 101;
        model.setStatistics(s);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(range(changed.takeFirst()),
                 qMakePair(deviceIndex(model, 0, 1, Column::Requests),
                           deviceIndex(model, 0, 1, Column::Good)));
        QCOMPARE(deviceIndex(model, 0, 1, Column::Requests).data().toString(), "101");

        // Two cells apart (timeouts and p99 of the link's row): two signals.
        s.links[0].counters.timeouts = 4;
        s.links[0].counters.p99RoundTripMs = 20;
        model.setStatistics(s);
        QCOMPARE(changed.size(), 2);
        QCOMPARE(range(changed.at(0)),
                 qMakePair(model.index(0, Column::Timeouts), model.index(0, Column::Timeouts)));
        QCOMPARE(
            range(changed.at(1)),
            qMakePair(model.index(0, Column::P99RoundTrip), model.index(0, Column::P99RoundTrip)));
        changed.clear();

        // The PLC comes back: its state cells, and only those.
        s.links[1].state = "Up";
        s.links[1].stateReason.clear();
        s.links[1].devices[0].state = "Up";
        s.links[1].devices[0].stateReason.clear();
        model.setStatistics(s);
        QCOMPARE(changed.size(), 2);
        QCOMPARE(range(changed.at(0)),
                 qMakePair(model.index(1, Column::State), model.index(1, Column::State)));
        QCOMPARE(range(changed.at(1)),
                 qMakePair(deviceIndex(model, 1, 0, Column::State),
                           deviceIndex(model, 1, 0, Column::State)));
        changed.clear();

        // Only a reason changes: the tooltip is data too.
        s.links[1].stateReason = "reconnected";
        model.setStatistics(s);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(range(changed.at(0)),
                 qMakePair(model.index(1, Column::State), model.index(1, Column::State)));
        changed.clear();

        // A new error: its text and its time, one run.
        s.links[0].devices[1].counters.lastError = "bad CRC";
        s.links[0].devices[1].counters.lastErrorAt = ErrorAt;
        model.setStatistics(s);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(range(changed.at(0)),
                 qMakePair(deviceIndex(model, 0, 1, Column::LastError),
                           deviceIndex(model, 0, 1, Column::LastErrorAt)));

        QCOMPARE(aboutToReset.size(), 0);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(layout.size(), 0);
        QCOMPARE(inserted.size(), 0);
        QCOMPARE(removed.size(), 0);
        QVERIFY(kept.isValid());
        QCOMPARE(kept.data().toString(), "Compteur 2");
    }

    void newShapeResets_data()
    {
        QTest::addColumn<AcquisitionStatistics>("next");
        QTest::addColumn<QStringList>("busDevices");
        AcquisitionStatistics s = plant();
        s.links[0].devices << makeDevice("Compteur 3");
        QTest::newRow("device added")
            << s << QStringList({"Compteur 1", "Compteur 2", "Compteur 3"});
        s = plant();
        s.links[0].devices.removeLast();
        QTest::newRow("device removed") << s << QStringList({"Compteur 1"});
        s = plant();
        s.links[0].devices[1].name = "Compteur 2bis";
        QTest::newRow("device renamed") << s << QStringList({"Compteur 1", "Compteur 2bis"});
        s = plant();
        std::swap(s.links[0].devices[0], s.links[0].devices[1]);
        QTest::newRow("devices swapped") << s << QStringList({"Compteur 2", "Compteur 1"});
        s = plant();
        s.links[1].name = "Automate 2";
        QTest::newRow("link renamed") << s << QStringList({"Compteur 1", "Compteur 2"});
        s = plant();
        s.links << makeLink("Passerelle", {});
        QTest::newRow("link added") << s << QStringList({"Compteur 1", "Compteur 2"});
        QTest::newRow("no project") << AcquisitionStatistics() << QStringList();
    }

    // Another project (links or devices added, removed, renamed or moved): one reset.
    void newShapeResets()
    {
        QFETCH(AcquisitionStatistics, next);
        QFETCH(QStringList, busDevices);
        DiagnosticsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStatistics(plant());
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setStatistics(next);
        QCOMPARE(reset.size(), 1);
        QCOMPARE(changed.size(), 0);
        QCOMPARE(model.rowCount(), int(next.links.size()));
        if (!busDevices.isEmpty())
            QCOMPARE(childNames(model, model.index(0, 0)), busDevices);
    }

    void colours_data()
    {
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("shown");
        QTest::addColumn<QColor>("colour"); // invalid: the palette's normal text
        QTest::addColumn<bool>("bold");
        QTest::newRow("up") << "Up"
                            << "Up" << QColor() << false;
        QTest::newRow("closed") << "Closed"
                                << "Closed" << QColor() << false;
        QTest::newRow("connecting") << "Connecting"
                                    << "Connecting" << IsaPalette::caution() << false;
        QTest::newRow("backing off") << "BackingOff"
                                     << "Backing off" << IsaPalette::alarm() << true;
        QTest::newRow("down") << "Down"
                              << "Down" << IsaPalette::alarm() << true;
    }

    // ISA-101: normal states in normal text, colour only for the abnormal ones, on the State
    // cell of a link or a device; the reason in that cell's tooltip.
    void colours()
    {
        QFETCH(QString, state);
        QFETCH(QString, shown);
        QFETCH(QColor, colour);
        QFETCH(bool, bold);
        const QString reason = state == "Up" ? QString() : QString("because: " + state);
        DiagnosticsModel model;
        model.setStatistics({{makeLink("l", {makeDevice("d", 1, state, reason)}, state, reason)}});
        for (const QModelIndex &row : {model.index(0, 0), deviceIndex(model, 0, 0, 0)}) {
            const QModelIndex cell = row.siblingAtColumn(Column::State);
            QCOMPARE(cell.data().toString(), shown);
            const QVariant foreground = cell.data(Qt::ForegroundRole);
            QCOMPARE(foreground.isValid(), colour.isValid());
            if (colour.isValid())
                QCOMPARE(foreground.value<QBrush>().color(), colour);
            QCOMPARE(cell.data(Qt::FontRole).value<QFont>().bold(), bold);
            QCOMPARE(cell.data(Qt::ToolTipRole).toString(), reason);
            // The other cells of the row stay in normal text.
            for (int c = 0; c < Column::ColumnCount; ++c) {
                if (c != Column::State)
                    QVERIFY(!row.siblingAtColumn(c).data(Qt::ForegroundRole).isValid());
            }
        }
    }

    // The dock in the window, on the demo: tabbed with Problems, in the View menu, idle while
    // behind its tab or closed, live when shown, and refreshes keep selection and expansion.
    void dockShowsTheDemoLive()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *dock = window.findChild<DiagnosticsDock *>("diagnosticsDock");
        QVERIFY(dock);
        QCOMPARE(dock->windowTitle(), "Diagnostics");
        QCOMPARE(window.dockWidgetArea(dock), Qt::BottomDockWidgetArea);
        auto *problems = window.findChild<QDockWidget *>("problemsDock");
        QVERIFY(problems);
        QVERIFY(window.tabifiedDockWidgets(problems).contains(dock));
        bool inViewMenu = false;
        for (QAction *menu : window.menuBar()->actions()) {
            if (menu->text() == "&View" && menu->menu())
                inViewMenu = menu->menu()->actions().contains(dock->toggleViewAction());
        }
        QVERIFY(inViewMenu);

        QSignalSpy opened(&window, &MainWindow::projectOpened);
        window.openProject(m_demo);
        QVERIFY(opened.wait(10000));
        QCOMPARE(opened.first().first().toBool(), true);

        // Behind the Problems tab: no snapshot taken.
        const int idle = dock->refreshCount();
        QTest::qWait(1500);
        QCOMPARE(dock->refreshCount(), idle);

        // Brought forward: it fills at once, then every second.
        dock->raise();
        QTRY_VERIFY(dock->refreshCount() > idle);
        DiagnosticsModel *model = dock->model();
        QAbstractItemModelTester tester(model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(childNames(*model, {}), QStringList({"Simulateur"}));
        const QModelIndex simulator = model->index(0, 0);
        QCOMPARE(childNames(*model, simulator), QStringList({"Compteur triphasé", "Procédé"}));
        QTRY_COMPARE_WITH_TIMEOUT(model->index(0, Column::State).data().toString(), "Up", 5000);
        QVERIFY(!model->index(0, Column::State).data(Qt::ForegroundRole).isValid());

        // What the technician sees, through the proxy: the tree expanded, counts that grow.
        QTreeView *view = dock->view();
        QAbstractItemModel *shown = view->model();
        const QModelIndex shownLink = shown->index(0, 0);
        QVERIFY(view->isExpanded(shownLink));
        auto requests = [&](int device) {
            return shown->index(device, Column::Requests, shownLink)
                .data(DiagnosticsModel::SortRole)
                .toULongLong();
        };
        QTRY_VERIFY_WITH_TIMEOUT(requests(0) > 0 && requests(1) > 0, 5000);
        const quint64 meterBefore = requests(0);
        const quint64 processBefore = requests(1);
        QTRY_VERIFY_WITH_TIMEOUT(requests(0) > meterBefore && requests(1) > processBefore, 6000);
        QCOMPARE(shown->index(1, Column::Requests, shownLink).data().toString(),
                 QLocale().toString(qulonglong(requests(1))));
        QCOMPARE(shown->index(0, Column::Timeouts, shownLink).data().toString(), "0");

        // Sorted by requests, most first: Procédé (every 500 ms) before the meter (2 s).
        view->sortByColumn(Column::Requests, Qt::DescendingOrder);
        QCOMPARE(childNames(*shown, shownLink), QStringList({"Procédé", "Compteur triphasé"}));

        // Refreshes keep the selection and the expansion (no reset).
        QSignalSpy reset(model, &QAbstractItemModel::modelReset);
        view->setCurrentIndex(shown->index(1, 0, shownLink));
        int count = dock->refreshCount();
        QTRY_VERIFY_WITH_TIMEOUT(dock->refreshCount() >= count + 2, 5000);
        QCOMPARE(view->currentIndex().data().toString(), "Compteur triphasé");
        QVERIFY(view->selectionModel()->isRowSelected(1, shownLink));
        QVERIFY(view->isExpanded(shownLink));
        view->collapse(shownLink);
        count = dock->refreshCount();
        QTRY_VERIFY_WITH_TIMEOUT(dock->refreshCount() >= count + 1, 5000);
        QVERIFY(!view->isExpanded(shownLink));
        QCOMPARE(reset.size(), 0);

        // Closed from the View menu: idle again.
        dock->toggleViewAction()->trigger();
        QVERIFY(!dock->isVisible());
        count = dock->refreshCount();
        QTest::qWait(1500);
        QCOMPARE(dock->refreshCount(), count);
    }
};

QTEST_MAIN(tst_Diagnostics)
#include "tst_diagnostics.moc"
