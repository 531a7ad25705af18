// A Station running a simulated project on its worker thread: values arrive, writes go through
// the one write path (checked, encoded, sent) and come back in the next read; stopping never
// blocks and answers every write; an edited project is applied with values carried over.
#include "acquisition/transport.h"
#include "acquisition/transportfactory.h"
#include "model/projectfile.h"
#include "projectcheck.h"
#include "station.h"

#include <QElapsedTimer>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>

#include <atomic>

using namespace Vigie;

namespace {

// Stands in for a Modbus link whose device never answers and whose close() takes as long as a
// stuck serial port: it blocks until the test opens the gate (or 5 s pass).
QSemaphore closeGate;
std::atomic<bool> closeWaitedForGate {false};
std::atomic<int> requestsSeen {0};

class HangingTransport final : public Transport
{
public:
    using Transport::Transport;
    void open() override { setState(State::Up); }
    void close() override
    {
        if (state() == State::Closed)
            return;
        closeWaitedForGate = closeGate.tryAcquire(1, 5000);
        setState(State::Closed);
    }

protected:
    void sendRequest(quint64, const LinkRequest &) override { ++requestsSeen; }
};

} // namespace

class tst_Station : public QObject
{
    Q_OBJECT

private:
    static Project project()
    {
        const ProjectLoadResult r = ProjectFile::parse(R"({
            "formatVersion": 1, "name": "station test",
            "connections": [{"name": "sim", "protocol": "Simulation", "devices": [
              {"name": "plc", "scanTime": 100, "frames": [
                {"name": "regs", "type": "HoldingRegister", "startAddress": 0, "quantity": 10,
                 "isReadable": true, "isWritable": true, "variables": [
                   {"name": "Consigne", "unit": "%", "dataType": "Float32", "offset": 0, "min": 0, "max": 100,
                    "writable": true, "simulation": {"waveform": "Sine", "period": 1000, "amplitude": 10, "offset": 50}},
                   {"name": "Compteur", "dataType": "Int64", "offset": 2, "writable": true},
                   {"name": "Marche", "dataType": "Bool", "offset": 6, "bit": 3, "writable": true},
                   {"name": "Défaut", "dataType": "Bool", "offset": 6, "bit": 4,
                    "simulation": {"waveform": "Constant", "period": 1000, "amplitude": 0, "offset": 1}},
                   {"name": "Mesure", "dataType": "Int16", "offset": 7},
                   {"name": "Reset", "dataType": "Bool", "offset": 6, "bit": 5, "writable": true}
                 ]},
                {"name": "inputs", "type": "InputRegister", "startAddress": 0, "quantity": 1,
                 "isReadable": true, "isWritable": false, "variables": [
                   {"name": "Entrée", "dataType": "UInt16", "offset": 0}]},
                {"name": "dispatch", "type": "HoldingRegister", "startAddress": 50, "quantity": 1,
                 "isReadable": false, "isWritable": true, "variables": [
                   {"name": "Ordre", "dataType": "UInt16", "offset": 0, "writable": true}]}
              ]}]}]})");
        if (!r.ok())
            qFatal("test project invalid: %s", qPrintable(r.issues.first().toString()));
        return r.project;
    }

    // One ModbusTcp connection (served by HangingTransport) with a writable register.
    static Project hangingProject()
    {
        const ProjectLoadResult r = ProjectFile::parse(R"({
            "formatVersion": 1, "name": "hanging",
            "connections": [{"name": "plc", "protocol": "ModbusTcp",
              "tcp": {"host": "127.0.0.1", "port": 1502}, "timeout": 60000, "retries": 0,
              "devices": [{"name": "d", "scanTime": 100, "frames": [
                {"name": "regs", "type": "HoldingRegister", "startAddress": 0, "quantity": 2,
                 "isReadable": true, "isWritable": true, "variables": [
                   {"name": "Consigne", "dataType": "UInt16", "offset": 0, "writable": true}]}]}]}]})");
        if (!r.ok())
            qFatal("test project invalid: %s", qPrintable(r.issues.first().toString()));
        return r.project;
    }

    // Writes and waits for the answer; returns (ok, message).
    static std::pair<bool, QString> write(Station &station, const QString &tag,
                                          const QVariant &value)
    {
        QSignalSpy spy(&station, &Station::writeFinished);
        const quint64 id = station.write(station.tags()->idOf(tag), value);
        if (!spy.wait(5000))
            return {false, QStringLiteral("no answer")};
        const auto outcome = spy.takeFirst().at(0).value<WriteOutcome>();
        if (outcome.id != id)
            return {false, QStringLiteral("answer to another request")};
        return {outcome.ok(), outcome.reason};
    }

private Q_SLOTS:
    void initTestCase()
    {
        TransportFactory::registerProtocol(Protocol::ModbusTcp,
                                           [](const Connection &, Clock *clock) -> Transport * {
                                               return new HangingTransport(clock);
                                           });
    }

    void valuesArriveGood()
    {
        Station station;
        station.setProject(project());
        station.start();
        const TagId consigne = station.tags()->idOf(QStringLiteral("Consigne"));
        QTRY_VERIFY_WITH_TIMEOUT(station.tags()->value(consigne).isGood(), 5000);
        const double x = station.tags()->value(consigne).value.toDouble();
        QVERIFY2(x >= 40 && x <= 60, qPrintable(QString::number(x)));
        QTRY_VERIFY_WITH_TIMEOUT(station.tags()->value(consigne).value.toDouble() != x, 5000);
    }

    void writeOnlyFrameSaysWhyItIsNotRead()
    {
        Station station;
        station.setProject(project());
        station.start();
        const TagId ordre = station.tags()->idOf(QStringLiteral("Ordre"));
        QTRY_COMPARE_WITH_TIMEOUT(int(station.tags()->value(ordre).quality),
                                  int(Quality::Uncertain), 5000);
        QCOMPARE(station.tags()->value(ordre).reason, QStringLiteral("write-only frame: not read"));
        const auto [ok, message] = write(station, QStringLiteral("Ordre"), 7);
        QVERIFY2(ok, qPrintable(message)); // writes still go through
    }

    void writeHoldsTheValue()
    {
        Station station;
        station.setProject(project());
        station.start();
        const TagId consigne = station.tags()->idOf(QStringLiteral("Consigne"));
        QTRY_VERIFY_WITH_TIMEOUT(station.tags()->value(consigne).isGood(), 5000);

        const auto [ok, message] = write(station, QStringLiteral("Consigne"), 72.5);
        QVERIFY2(ok, qPrintable(message));
        QTRY_COMPARE_WITH_TIMEOUT(station.tags()->value(consigne).value.toDouble(), 72.5, 5000);
        QCOMPARE(station.setpoint(consigne).toDouble(), 72.5);
        QTest::qWait(300); // the generator stays stopped: the written value holds
        QCOMPARE(station.tags()->value(consigne).value.toDouble(), 72.5);

        const qint64 big = 0x0123456789ABCDEFLL;
        const auto [ok64, message64] = write(station, QStringLiteral("Compteur"), big);
        QVERIFY2(ok64, qPrintable(message64));
        const TagId compteur = station.tags()->idOf(QStringLiteral("Compteur"));
        QTRY_COMPARE_WITH_TIMEOUT(station.tags()->value(compteur).value.toLongLong(), big, 5000);
    }

    void bitWriteKeepsTheOtherBits()
    {
        Station station;
        station.setProject(project());
        station.start();
        const TagId marche = station.tags()->idOf(QStringLiteral("Marche"));
        const TagId defaut = station.tags()->idOf(QStringLiteral("Défaut"));
        QTRY_VERIFY_WITH_TIMEOUT(station.tags()->value(defaut).isGood(), 5000);
        QCOMPARE(station.tags()->value(defaut).value.toBool(), true);
        QCOMPARE(station.tags()->value(marche).value.toBool(), false);

        const auto [ok, message] = write(station, QStringLiteral("Marche"), QStringLiteral("true"));
        QVERIFY2(ok, qPrintable(message));
        QTRY_COMPARE_WITH_TIMEOUT(station.tags()->value(marche).value.toBool(), true, 5000);
        QCOMPARE(station.tags()->value(defaut).value.toBool(), true); // bit 4 untouched
    }

    void refusedWritesSayWhy_data()
    {
        QTest::addColumn<QString>("tag");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QString>("reason");
        QTest::newRow("above max") << "Consigne" << QVariant(150) << "above the maximum 100 %";
        QTest::newRow("below min") << "Consigne" << QVariant(-1) << "below the minimum 0 %";
        QTest::newRow("not a number")
            << "Consigne" << QVariant(QStringLiteral("beaucoup")) << "is not a number";
        QTest::newRow("read-only variable") << "Mesure" << QVariant(1) << "Mesure is read-only";
        QTest::newRow("input register") << "Entrée" << QVariant(1) << "Entrée is read-only";
        QTest::newRow("Int64 overflow") << "Compteur" << QVariant(1e30) << "does not fit a Int64";
        QTest::newRow("unknown tag") << "Nulle part" << QVariant(1) << "unknown tag";
    }
    void refusedWritesSayWhy()
    {
        QFETCH(QString, tag);
        QFETCH(QVariant, value);
        QFETCH(QString, reason);
        Station station;
        station.setProject(project());
        station.start();
        const auto [ok, message] = write(station, tag, value);
        QVERIFY(!ok);
        QVERIFY2(message.contains(reason), qPrintable(message));
    }

    void writeWhileStoppedIsRefused()
    {
        Station station;
        station.setProject(project());
        const auto [ok, message] = write(station, QStringLiteral("Consigne"), 10);
        QVERIFY(!ok);
        QVERIFY2(message.contains(QStringLiteral("not running")), qPrintable(message));
    }

    void stopAndRestart()
    {
        Station station;
        station.setProject(project());
        station.start();
        const TagId consigne = station.tags()->idOf(QStringLiteral("Consigne"));
        QTRY_VERIFY_WITH_TIMEOUT(station.tags()->value(consigne).isGood(), 5000);
        station.stop();
        QVERIFY(!station.isRunning());
        const qint64 stoppedAt = station.tags()->value(consigne).timestamp;
        QTest::qWait(250);
        QCOMPARE(station.tags()->value(consigne).timestamp, stoppedAt); // nothing polls
        station.start();
        QTRY_VERIFY_WITH_TIMEOUT(station.tags()->value(consigne).timestamp > stoppedAt, 5000);
    }

    // Bug: a connection whose protocol had no transport loaded without a single warning.
    void protocolWithoutTransportIsAWarning()
    {
        TransportFactory::unregisterProtocol(Protocol::ModbusTcp);
        const ProjectIssues issues = checkProject(hangingProject());
        TransportFactory::registerProtocol(Protocol::ModbusTcp,
                                           [](const Connection &, Clock *clock) -> Transport * {
                                               return new HangingTransport(clock);
                                           });
        QCOMPARE(issues.size(), 1);
        const ProjectIssue &issue = issues.first();
        QVERIFY(!issue.isError()); // the rest of the project still runs
        QCOMPARE(issue.path, QStringLiteral("connections[0].protocol"));
        QCOMPARE(issue.node, NodePath {0});
        QCOMPARE(issue.field, QStringLiteral("protocol"));
        QCOMPARE(issue.message,
                 QStringLiteral("this version of Vigie has no ModbusTcp transport: "
                                "the 1 tag(s) of \"plc\" will stay Bad"));
        // And the station says so on the tags, instead of "not read yet" for ever.
        TransportFactory::unregisterProtocol(Protocol::ModbusTcp);
        Station station;
        station.setProject(hangingProject());
        station.start();
        const TagId consigne = station.tags()->idOf(QStringLiteral("Consigne"));
        QTRY_COMPARE_WITH_TIMEOUT(station.tags()->value(consigne).reason,
                                  QStringLiteral("no ModbusTcp transport in this version of Vigie"),
                                  5000);
        station.stop();
        station.waitForStopped();
        initTestCase();
    }

    void everyReadRefreshesTheTimestamp()
    {
        Station station;
        station.setProject(project());
        station.start();
        const TagId defaut = station.tags()->idOf(QStringLiteral("Défaut")); // constant 1
        QTRY_VERIFY_WITH_TIMEOUT(station.tags()->value(defaut).isGood(), 5000);
        const qint64 first = station.tags()->value(defaut).timestamp;
        QTRY_VERIFY_WITH_TIMEOUT(station.tags()->value(defaut).timestamp > first, 5000);
        QCOMPARE(station.tags()->value(defaut).value.toBool(), true);
    }

    void systemTagsFollowTheLink()
    {
        Station station;
        station.setProject(project());
        station.start();
        const TagId online = station.tags()->idOf(QStringLiteral("sim/plc/$online"));
        const TagId requests = station.tags()->idOf(QStringLiteral("sim/plc/$requests"));
        const TagId link = station.tags()->idOf(QStringLiteral("sim/$state"));
        QVERIFY(online >= 0 && requests >= 0 && link >= 0);
        QTRY_COMPARE_WITH_TIMEOUT(station.tags()->value(link).value.toString(),
                                  QStringLiteral("Up"), 5000);
        QCOMPARE(station.tags()->value(online).value.toBool(), true);
        QTRY_VERIFY_WITH_TIMEOUT(station.tags()->value(requests).value.toLongLong() > 2, 5000);
        const AcquisitionStatistics stats = station.statistics();
        QCOMPARE(stats.links.size(), 1);
        QCOMPARE(stats.links[0].devices[0].name, QStringLiteral("plc"));
        QVERIFY(stats.links[0].devices[0].counters.goodReplies > 0);
    }

    // Bug: two bit writes to one register, back to back, both reported success but one was lost
    // (both read the register before either wrote it).
    void twoBitWritesBackToBackBothTakeEffect()
    {
        Station station;
        station.setProject(project());
        station.start();
        const TagId marche = station.tags()->idOf(QStringLiteral("Marche"));
        const TagId reset = station.tags()->idOf(QStringLiteral("Reset"));
        const TagId defaut = station.tags()->idOf(QStringLiteral("Défaut"));
        QTRY_VERIFY_WITH_TIMEOUT(station.tags()->value(defaut).isGood(), 5000);

        QSignalSpy spy(&station, &Station::writeFinished);
        station.write(marche, true);
        station.write(reset, true);
        QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 2, 5000);
        for (const auto &args : std::as_const(spy))
            QVERIFY2(args.at(0).value<WriteOutcome>().ok(),
                     qPrintable(args.at(0).value<WriteOutcome>().reason));
        QTRY_VERIFY_WITH_TIMEOUT(station.tags()->value(marche).value.toBool()
                                     && station.tags()->value(reset).value.toBool(),
                                 5000);
        QTest::qWait(300); // and they stay so
        QCOMPARE(station.tags()->value(marche).value.toBool(), true);
        QCOMPARE(station.tags()->value(reset).value.toBool(), true);
        QCOMPARE(station.tags()->value(defaut).value.toBool(), true);
    }

    void writeOutcomeCarriesOriginAndUser()
    {
        Station station;
        station.setProject(project());
        station.start();
        QSignalSpy spy(&station, &Station::writeFinished);
        const quint64 id = station.write(station.tags()->idOf(QStringLiteral("Ordre")), 3,
                                         WriteOrigin::Screen, QStringLiteral("marie"));
        QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 1, 5000);
        const auto outcome = spy.first().at(0).value<WriteOutcome>();
        QCOMPARE(outcome.id, id);
        QCOMPARE(outcome.tagName, QStringLiteral("Ordre"));
        QCOMPARE(int(outcome.request.origin), int(WriteOrigin::Screen));
        QCOMPARE(outcome.request.user, QStringLiteral("marie"));
        QCOMPARE(int(outcome.status), int(WriteStatus::Done));
        QVERIFY(outcome.answeredAt > 0);
    }

    // Bug: stop() dropped pending writes without answering them, and a late answer overwrote
    // the setpoint of tag 0.
    void stopAnswersPendingWrites()
    {
        requestsSeen = 0;
        closeGate.release(); // no waiting in close() for this test
        Station station;
        station.setProject(hangingProject());
        station.start();
        QTRY_VERIFY_WITH_TIMEOUT(requestsSeen > 0, 5000); // a read is on the wire, unanswered
        QSignalSpy spy(&station, &Station::writeFinished);
        const TagId consigne = station.tags()->idOf(QStringLiteral("Consigne"));
        const quint64 id = station.write(consigne, 7);
        QTest::qWait(50); // the write waits behind the read (one request at a time)
        station.stop();
        QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 1, 5000);
        const auto outcome = spy.first().at(0).value<WriteOutcome>();
        QCOMPARE(outcome.id, id);
        QCOMPARE(int(outcome.status), int(WriteStatus::NotSent));
        QCOMPARE(outcome.reason, QStringLiteral("acquisition stopped before it was sent"));
        QVERIFY(!station.setpoint(consigne).isValid());
        QVERIFY(!station.setpoint(0).isValid());
        QTRY_VERIFY_WITH_TIMEOUT(!station.isStopping(), 5000);
        QTest::qWait(100);
        QCOMPARE(spy.size(), 1); // exactly once
    }

    void writesOfEveryKindAreAnsweredOnce()
    {
        Station station;
        station.setProject(project());
        station.start();
        QSignalSpy spy(&station, &Station::writeFinished);
        QSet<quint64> ids;
        for (int i = 0; i < 20; ++i) {
            ids << station.write(station.tags()->idOf(QStringLiteral("Consigne")), 10 + i);
            ids << station.write(station.tags()->idOf(QStringLiteral("Marche")), i % 2 == 0);
            ids << station.write(station.tags()->idOf(QStringLiteral("Mesure")), 1); // refused
        }
        station.stop();
        QTRY_COMPARE_WITH_TIMEOUT(int(spy.size()), int(ids.size()), 5000);
        QTest::qWait(200);
        QSet<quint64> answered;
        for (const auto &args : std::as_const(spy))
            answered << args.at(0).value<WriteOutcome>().id;
        QCOMPARE(answered, ids);
        QCOMPARE(int(spy.size()), int(ids.size()));
        QCOMPARE(station.writes()->pendingCount(), 0); // nothing left waiting for ever
    }

    // Bug: opening another project blocked the GUI thread while acquisition stopped; a Modbus
    // or serial close there would freeze the window.
    void stopDoesNotWaitForTheLinkToClose()
    {
        closeWaitedForGate = false;
        while (closeGate.tryAcquire()) { }
        Station station;
        station.setProject(hangingProject());
        station.start();
        QTRY_VERIFY_WITH_TIMEOUT(requestsSeen > 0, 5000);
        QSignalSpy stopped(&station, &Station::stopped);
        QElapsedTimer timer;
        timer.start();
        station.stop();
        station.setProject(project()); // opening another project
        station.start();
        const qint64 blocked = timer.elapsed();
        closeGate.release(); // only now may the old link finish closing
        QVERIFY(stopped.wait(10000));
        // close() was still waiting for the gate when stop() returned: nothing waited for it.
        QVERIFY(closeWaitedForGate.load());
        QVERIFY2(blocked < 2000, qPrintable(QString::number(blocked)));
        const TagId consigne = station.tags()->idOf(QStringLiteral("Consigne"));
        QTRY_VERIFY_WITH_TIMEOUT(station.tags()->value(consigne).isGood(), 5000);
    }

    void staleWhenNothingRefreshes()
    {
        Project p = project();
        p.connections[0].timeout = 100; // stale after max(3 × 100, 100 + 100) ms
        p.connections[0].retries = 0;
        Station station;
        station.setProject(p);
        station.start();
        const TagId mesure = station.tags()->idOf(QStringLiteral("Mesure"));
        QTRY_VERIFY_WITH_TIMEOUT(station.tags()->value(mesure).isGood(), 5000);
        const QVariant last = station.tags()->value(mesure).value;
        station.stop();
        QTRY_COMPARE_WITH_TIMEOUT(int(station.tags()->value(mesure).quality), int(Quality::Stale),
                                  5000);
        QCOMPARE(station.tags()->value(mesure).value, last);
        QVERIFY2(station.tags()->value(mesure).reason.contains(QStringLiteral("not refreshed")),
                 qPrintable(station.tags()->value(mesure).reason));
        station.start();
        QTRY_VERIFY_WITH_TIMEOUT(station.tags()->value(mesure).isGood(), 5000);
    }

    void applyCarriesValuesAndSetpoints()
    {
        Station station;
        station.setProject(project());
        station.start();
        const auto [ok, message] = write(station, QStringLiteral("Compteur"), 1234);
        QVERIFY2(ok, qPrintable(message));
        QTRY_COMPARE_WITH_TIMEOUT(station.tags()
                                      ->value(station.tags()->idOf(QStringLiteral("Compteur")))
                                      .value.toLongLong(),
                                  qint64(1234), 5000);

        // The engineer renames a frame and adds a variable in front of the others.
        Project edited = project();
        auto &regs = edited.connections[0].devices[0].frames[0];
        regs.name = QStringLiteral("registres");
        Variable extra;
        extra.name = QStringLiteral("Nouvelle");
        extra.dataType = DataType::UInt16;
        extra.offset = 8;
        regs.variables.prepend(extra);
        const ProjectIssues issues = station.apply(edited);
        QVERIFY2(!hasErrors(issues), qPrintable(issues.value(0).toString()));
        QVERIFY(station.isRunning());
        const TagId compteur = station.tags()->idOf(QStringLiteral("Compteur"));
        QCOMPARE(compteur, 2); // a new id, the same tag by name
        QCOMPARE(station.tags()->value(compteur).value.toLongLong(), qint64(1234)); // at once
        QCOMPARE(station.setpoint(compteur).toLongLong(), qint64(1234));
        QTRY_VERIFY_WITH_TIMEOUT(
            station.tags()->value(station.tags()->idOf(QStringLiteral("Nouvelle"))).isGood(), 5000);

        // A broken edit is refused and changes nothing.
        Project broken = edited;
        broken.connections[0].devices[0].scanTime = 10;
        const ProjectIssues refused = station.apply(broken);
        QVERIFY(hasErrors(refused));
        QCOMPARE(station.project().connections[0].devices[0].scanTime, 100);
        QVERIFY(station.isRunning());
    }
};

QTEST_GUILESS_MAIN(tst_Station)
#include "tst_station.moc"
