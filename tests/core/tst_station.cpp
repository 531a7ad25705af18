// A Station running a simulated project on its worker thread: values arrive, writes go through
// the one write path (checked, encoded, sent) and come back in the next read.
#include "model/projectfile.h"
#include "station.h"

#include <QSignalSpy>
#include <QTest>

using namespace Vigie;

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
                   {"name": "Mesure", "dataType": "Int16", "offset": 7}
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
};

QTEST_GUILESS_MAIN(tst_Station)
#include "tst_station.moc"
