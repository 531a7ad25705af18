// The HMI window on the offscreen platform: opens the demo, sees values move, refuses a bad file.
#include "acquisition/transport.h"
#include "acquisition/transportfactory.h"
#include "mainwindow.h"
#include "problemsmodel.h"
#include "station.h"
#include "tagtablemodel.h"

#include <QAbstractItemModel>
#include <QLabel>
#include <QMessageBox>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Vigie;

namespace {

// A link whose peer refuses every connection, as a PLC that is switched off.
class RefusingTransport final : public Transport
{
public:
    using Transport::Transport;
    void open() override { setState(State::Down, QStringLiteral("connection refused")); }
    void close() override { setState(State::Closed); }

protected:
    void sendRequest(quint64, const LinkRequest &) override { }
};

} // namespace

class tst_MainWindow : public QObject
{
    Q_OBJECT

private:
    const QString m_demo = QStringLiteral(VIGIE_SOURCE_DIR "/examples/demo/demo.vigie.json");

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void opensDemoAndShowsChangingValues()
    {
        MainWindow window;
        window.show();
        QSignalSpy opened(&window, &MainWindow::projectOpened);
        window.openProject(m_demo);
        QVERIFY(opened.wait(10000));
        QCOMPARE(opened.first().first().toBool(), true);

        TagTableModel *model = window.tagModel();
        QVERIFY(model->rowCount() >= 19);
        QCOMPARE(
            model->headerData(TagTableModel::Value, Qt::Horizontal, Qt::DisplayRole).toString(),
            QStringLiteral("Value"));

        // Every tag turns Good after its first read.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (int r = 0; r < model->rowCount(); ++r) {
                    if (model->index(r, TagTableModel::Quality).data().toString()
                        != QLatin1String("Good"))
                        return false;
                }
                return true;
            }(),
            10000);

        // Values move in the view (what the operator sees, through the proxy).
        QAbstractItemModel *shown = window.tagView()->model();
        QStringList before;
        for (int r = 0; r < shown->rowCount(); ++r)
            before << shown->index(r, TagTableModel::Value).data().toString();
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                int changed = 0;
                for (int r = 0; r < shown->rowCount(); ++r)
                    changed += shown->index(r, TagTableModel::Value).data().toString() != before[r];
                return changed >= 3;
            }(),
            8000);

        // Repaints are coalesced: the model takes conflated batches at most every 100 ms (the
        // conflation itself is tested on a manual clock in tst_tagtable), read refreshes
        // included so the Timestamp column moves.
        QCOMPARE(model->subscriptionOptions().intervalMs, 100);
        QVERIFY(model->subscriptionOptions().refreshes);
        QVERIFY(model->refreshCount() > 0);

        QCOMPARE(
            QSettings().value(QStringLiteral("mainWindow/recentFiles")).toStringList().value(0),
            QFileInfo(m_demo).absoluteFilePath());
    }

    // A link that cannot connect: its tags go Bad with the reason, and the status bar names
    // the link, without a freeze and without anyone asking.
    void downLinkIsInTheOperatorsFace()
    {
        TransportFactory::registerProtocol(Protocol::ModbusTcp,
                                           [](const Connection &, Clock *clock) -> Transport * {
                                               return new RefusingTransport(clock);
                                           });
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("down.vigie.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"formatVersion": 1, "name": "down", "connections": [
            {"name": "Automate", "protocol": "ModbusTcp", "tcp": {"host": "127.0.0.1", "port": 1502},
             "timeout": 200, "devices": [{"name": "d", "scanTime": 200, "frames": [
               {"name": "f", "type": "HoldingRegister", "startAddress": 0, "quantity": 1,
                "variables": [{"name": "Niveau", "dataType": "UInt16", "offset": 0}]}]}]}]})");
        f.close();

        MainWindow window;
        QSignalSpy opened(&window, &MainWindow::projectOpened);
        window.openProject(path);
        QVERIFY(opened.wait(10000));
        QCOMPARE(opened.first().first().toBool(), true);
        TagTableModel *model = window.tagModel();
        QTRY_VERIFY_WITH_TIMEOUT(
            model->index(0, TagTableModel::Quality)
                .data()
                .toString()
                .startsWith(QStringLiteral("Bad: disconnected: connection refused")),
            5000);
        auto *status = window.findChild<QLabel *>(QStringLiteral("qualityStatus"));
        QVERIFY(status);
        QTRY_VERIFY_WITH_TIMEOUT(
            status->text().contains(QStringLiteral("link Automate: BackingOff")), 5000);
        QVERIFY2(status->text().contains(QStringLiteral("1 Bad")), qPrintable(status->text()));
        QVERIFY2(status->toolTip().contains(QStringLiteral("connection refused")),
                 qPrintable(status->toolTip()));
    }

    void refusesAnInvalidProject()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.vigie.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"formatVersion": 1, "connections": [{"name": "c", "protocol": "Simulation",
                   "devices": [{"name": "d", "scanTime": 10, "frames": []}]}]})");
        f.close();

        MainWindow window;
        QSignalSpy opened(&window, &MainWindow::projectOpened);
        window.openProject(path);
        QVERIFY(opened.wait(10000));
        QCOMPARE(opened.first().first().toBool(), false);
        QCOMPARE(window.tagModel()->rowCount(), 0);
        QVERIFY(!window.station()->isRunning());
        const ProjectIssues issues = window.problemsModel()->issues();
        QVERIFY(!issues.isEmpty());
        QCOMPARE(issues.first().path, QStringLiteral("connections[0].devices[0].scanTime"));

        // The explanation is open (not blocking) and its bullets are bullets, not "â¢".
        auto *box = window.findChild<QMessageBox *>(QStringLiteral("openErrorBox"));
        QVERIFY(box);
        QVERIFY(box->isVisible());
        const QString text = box->informativeText();
        QVERIFY2(
            text.startsWith(QChar(0x2022) + QStringLiteral(" connections[0].devices[0].scanTime")),
            qPrintable(text));
        QVERIFY2(!text.contains(QChar(0x00E2)), qPrintable(text));
        box->accept();
    }
};

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
