// Vigie's MQTT edge node end to end: a station polling a simulated energy meter publishes to a
// real mosquitto broker (tests/shared/mosquittobroker.h), a recorder subscribes, and Eclipse
// Tahu's JavaScript codec (an implementation independent of Vigie's) decodes what arrived.
// Sparkplug births, data, seq and bdSeq; a rebirth asked by NCMD and writes by DCMD; the
// broker killed for 20 s with every sample of the outage arriving once, in order, historical;
// vigie-runtime killed with -9 (the broker sends its NDEATH, its queue survives and is sent
// after the restart); SCorp-io's JSON over TLS with the credentials in the keychain.

#include "modbustestproject.h"
#include "model/projectfile.h"
#include "mosquittobroker.h"
#include "mqtt/mqttoutbox.h"
#include "mqtt/mqttservice.h"
#include "mqtttestsupport.h"
#include "projectcheck.h"
#include "requireprogram.h"
#include "secrets/secretstore.h"
#include "sessionkeyring.h"
#include "station.h"
#include "tags/tagsubscription.h"

#include <QDir>
#include <QProcess>
#include <QSignalSpy>

#include <csignal>

using namespace Vigie;
using namespace Vigie::Test;
using namespace std::chrono_literals;

namespace {

const QString Counter = QStringLiteral("Énergie active/Phase 1");
const QString Voltage = QStringLiteral("Tension/Phase 1");
const QString Setpoint = QStringLiteral("Consigne");
const QString Button = QStringLiteral("Bouton pressé");
const QString DeviceName = QStringLiteral("Compteur 1");

Variable simulated(const QString &name, DataType type, int offset, Waveform waveform, qint64 period,
                   double amplitude, double base)
{
    Variable v;
    v.name = name;
    v.dataType = type;
    v.offset = offset;
    v.published = true;
    v.simulation = SimulationSpec {waveform, period, amplitude, base};
    return v;
}

// A simulated meter polled every 100 ms: a counter that steps every 100 ms (Int64, a Long in
// SCorp-io's words), a voltage (Int16, a Short), a writable setpoint the cloud may command
// (Float32) and a button (Bool), all published.
Project meterProject(const QString &broker, MqttMode mode = MqttMode::SparkplugB)
{
    Project p;
    p.name = QStringLiteral("MQTT");
    Connection c;
    c.name = QStringLiteral("Sim");
    c.protocol = Protocol::Simulation;
    Device d;
    d.name = DeviceName;
    d.scanTime = 100;
    Frame f;
    f.name = QStringLiteral("mesures");
    f.type = FrameType::HoldingRegister;
    f.quantity = 20;
    f.isWritable = true;
    Variable setpoint =
        simulated(Setpoint, DataType::Float32, 6, Waveform::Constant, 1000, 0, 12.5);
    setpoint.writable = true;
    setpoint.remoteWrite = true;
    Variable button = simulated(Button, DataType::Bool, 8, Waveform::Square, 1000, 1, 0);
    button.bit = 0;
    f.variables = {simulated(Counter, DataType::Int64, 0, Waveform::Counter, 100, 1, 0),
                   simulated(Voltage, DataType::Int16, 4, Waveform::Sine, 2000, 10, 230), setpoint,
                   button};
    d.frames = {f};
    c.devices = {d};
    p.connections = {c};
    MqttSettings m;
    m.broker = broker;
    m.mode = mode;
    m.groupId = QStringLiteral("Usine");
    m.edgeNodeId = QStringLiteral("Passerelle-1");
    p.mqtt = m;
    return p;
}

// Every sample of one tag the station's table produced: the ground truth of what must arrive.
struct Truth
{
    QList<TagValue> samples;
    [[nodiscard]] QList<TagValue> between(qint64 from, qint64 to) const
    {
        QList<TagValue> found;
        for (const TagValue &v : samples) {
            if (v.timestamp >= from && v.timestamp <= to)
                found.append(v);
        }
        return found;
    }
};

// The counter's values as they arrived in DDATA, decoded by Tahu: value, timestamp, historical.
struct Arrived
{
    qint64 value = 0;
    qint64 timestamp = 0;
    bool historical = false;
};

} // namespace

class tst_MqttPublisher : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    // Lives as long as the test object: when a session bus that libsecret used goes away, GLib
    // ends the process (SIGTERM), so it must outlast every event loop of the test.
    SessionKeyring m_keyring;

    // Waits until the station's publisher reports this link state.
    static bool waitForLink(Station &station, MqttStatus::Link link, int timeoutMs = 15000)
    {
        return QTest::qWaitFor([&] { return station.mqtt()->status().link == link; }, timeoutMs);
    }

    // The counter's alias, from the first DBIRTH Tahu decoded.
    static quint64 counterAlias(const QList<QJsonObject> &decoded, const QList<RecordedMessage> &m)
    {
        for (qsizetype i = 0; i < m.size(); ++i) {
            if (m[i].topic.contains(QStringLiteral("/DBIRTH/")))
                return wholeNumber(metricNamed(decoded[i], Counter).value(QStringLiteral("alias")));
        }
        return 0;
    }

    static QList<Arrived> counterValues(const QList<QJsonObject> &decoded,
                                        const QList<RecordedMessage> &messages, quint64 alias)
    {
        QList<Arrived> values;
        for (qsizetype i = 0; i < messages.size(); ++i) {
            if (!messages[i].topic.contains(QStringLiteral("/DDATA/")))
                continue;
            for (const QJsonValue &v : decoded[i].value(QStringLiteral("metrics")).toArray()) {
                const QJsonObject m = v.toObject();
                if (wholeNumber(m.value(QStringLiteral("alias"))) != qint64(alias))
                    continue;
                values.append({wholeNumber(m.value(QStringLiteral("value"))),
                               wholeNumber(m.value(QStringLiteral("timestamp"))),
                               m.value(QStringLiteral("isHistorical")).toBool()});
            }
        }
        return values;
    }

    static QList<QByteArray> payloads(const QList<RecordedMessage> &messages)
    {
        QList<QByteArray> p;
        for (const RecordedMessage &m : messages)
            p.append(m.payload);
        return p;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qRegisterMetaType<WriteOutcome>();
    }

    // Births, data, seq and bdSeq as Tahu reads them, and a clean stop's NDEATH.
    void sparkplugSession()
    {
        MosquittoBroker broker;
        QVERIFY2(broker.start(), qPrintable(broker.errorString()));
        MqttRecorder recorder(broker.url(), QStringLiteral("spBv1.0/#"));
        QVERIFY(recorder.waitSubscribed());

        Station station;
        station.setProjectFile(m_dir.filePath(QStringLiteral("session.vigie.json")));
        station.setProject(meterProject(broker.url()));
        station.start();
        QVERIFY(recorder.waitFor(QStringLiteral("/DDATA/"), 10));
        QVERIFY(station.mqtt()->status().link == MqttStatus::Link::Online);
        station.stop();
        QVERIFY(station.waitForStopped(10000));
        QVERIFY(recorder.waitFor(QStringLiteral("/NDEATH/"), 1));
        QTest::qWait(200); // anything sent after the NDEATH would be a fault: let it come

        const QList<RecordedMessage> &messages = recorder.messages;
        QString error;
        const QList<QJsonObject> decoded = decodeWithTahu(payloads(messages), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));

        // NBIRTH first, seq 0, with bdSeq 0 (a new queue) and the rebirth control.
        QCOMPARE(messages[0].topic, QStringLiteral("spBv1.0/Usine/NBIRTH/Passerelle-1"));
        QCOMPARE(decoded[0].value(QStringLiteral("seq")).toString(), QStringLiteral("0"));
        QCOMPARE(metricNamed(decoded[0], QStringLiteral("bdSeq")).value(QStringLiteral("value")),
                 QJsonValue(QStringLiteral("0")));
        QCOMPARE(metricNamed(decoded[0], QStringLiteral("Node Control/Rebirth"))
                     .value(QStringLiteral("value")),
                 QJsonValue(false));

        // Then the device's birth: every metric with its name, alias and type.
        QCOMPARE(messages[1].topic,
                 QStringLiteral("spBv1.0/Usine/DBIRTH/Passerelle-1/") + DeviceName);
        const QJsonObject birth = decoded[1];
        const QList<std::pair<QString, QString>> types = {
            {Counter, "Int64"}, {Voltage, "Int16"}, {Setpoint, "Float"}, {Button, "Boolean"}};
        QSet<qint64> aliases;
        for (const auto &[name, type] : types) {
            const QJsonObject m = metricNamed(birth, name);
            QVERIFY2(!m.isEmpty(), qPrintable(name));
            QCOMPARE(m.value(QStringLiteral("type")).toString(), type);
            aliases.insert(wholeNumber(m.value(QStringLiteral("alias"))));
        }
        QCOMPARE(aliases.size(), 4);
        QCOMPARE(metricNamed(birth, Setpoint).value(QStringLiteral("value")).toDouble(), 12.5);

        // Data by alias only, seq counting on without a gap, 0–255.
        qint64 seq = 0;
        for (qsizetype i = 1; i < messages.size(); ++i) {
            if (messages[i].topic.contains(QStringLiteral("/NDEATH/"))) {
                QCOMPARE(i, messages.size() - 1);
                QVERIFY(!decoded[i].contains(QStringLiteral("seq")));
                QCOMPARE(
                    metricNamed(decoded[i], QStringLiteral("bdSeq")).value(QStringLiteral("value")),
                    QJsonValue(QStringLiteral("0")));
                continue;
            }
            seq = (seq + 1) % 256;
            QCOMPARE(wholeNumber(decoded[i].value(QStringLiteral("seq"))), seq);
            if (!messages[i].topic.contains(QStringLiteral("/DDATA/")))
                continue;
            for (const QJsonValue &v : decoded[i].value(QStringLiteral("metrics")).toArray()) {
                const QJsonObject m = v.toObject();
                QVERIFY(!m.contains(QStringLiteral("name")));
                QVERIFY(aliases.contains(wholeNumber(m.value(QStringLiteral("alias")))));
            }
        }
        // The counter goes up in the live data, one step per poll or so. (Samples taken before
        // the connection was up come from the queue, flagged historical.)
        QList<Arrived> counter;
        for (const Arrived &a : counterValues(decoded, messages, counterAlias(decoded, messages))) {
            if (!a.historical)
                counter.append(a);
        }
        QVERIFY(counter.size() >= 5);
        for (qsizetype i = 1; i < counter.size(); ++i)
            QVERIFY(counter[i].value > counter[i - 1].value);

        // The next session of the same queue file counts bdSeq on.
        Station again;
        again.setProjectFile(m_dir.filePath(QStringLiteral("session.vigie.json")));
        again.setProject(meterProject(broker.url()));
        recorder.messages.clear();
        again.start();
        QVERIFY(recorder.waitFor(QStringLiteral("/NBIRTH/"), 1));
        const QList<QJsonObject> second = decodeWithTahu({recorder.messages[0].payload}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(metricNamed(second[0], QStringLiteral("bdSeq")).value(QStringLiteral("value")),
                 QJsonValue(QStringLiteral("1")));
        QCOMPARE(again.mqtt()->status().bdSeq, quint64(1));
    }

    // A host asks for a rebirth; a DCMD writes the setpoint (remoteWrite) and not the counter.
    void rebirthAndCommands()
    {
        MosquittoBroker broker;
        QVERIFY2(broker.start(), qPrintable(broker.errorString()));
        MqttRecorder recorder(broker.url(), QStringLiteral("spBv1.0/#"));
        QVERIFY(recorder.waitSubscribed());
        Station station;
        station.setProjectFile(m_dir.filePath(QStringLiteral("commands.vigie.json")));
        station.setProject(meterProject(broker.url()));
        QSignalSpy writes(&station, &Station::writeFinished);
        station.start();
        QVERIFY(recorder.waitFor(QStringLiteral("/DBIRTH/"), 1));

        QString error;
        const QByteArray rebirth =
            tahuPayload(QJsonObject {{"timestamp", QDateTime::currentMSecsSinceEpoch()},
                                     {"metrics",
                                      QJsonArray {QJsonObject {{"name", "Node Control/Rebirth"},
                                                               {"type", "Boolean"},
                                                               {"value", true}}}}},
                        &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(recorder.client.publish(QStringLiteral("spBv1.0/Usine/NCMD/Passerelle-1"), rebirth,
                                        0, false)
                > 0);
        QVERIFY(recorder.waitFor(QStringLiteral("/NBIRTH/"), 2));
        QVERIFY(recorder.waitFor(QStringLiteral("/DBIRTH/"), 2));
        QTRY_COMPARE(station.mqtt()->status().rebirths, quint64(1));
        const QList<RecordedMessage> births = recorder.on(QStringLiteral("BIRTH/"));
        const QList<QJsonObject> decoded = decodeWithTahu(payloads(births), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // The rebirth starts again at seq 0 with the same bdSeq.
        QCOMPARE(decoded[2].value(QStringLiteral("seq")).toString(), QStringLiteral("0"));
        QCOMPARE(metricNamed(decoded[2], QStringLiteral("bdSeq")).value(QStringLiteral("value")),
                 metricNamed(decoded[0], QStringLiteral("bdSeq")).value(QStringLiteral("value")));
        QCOMPARE(decoded[3].value(QStringLiteral("seq")).toString(), QStringLiteral("1"));

        // DCMD by name: the setpoint is written through the write path, as a remote command.
        const QByteArray write = tahuPayload(
            QJsonObject {{"timestamp", QDateTime::currentMSecsSinceEpoch()},
                         {"metrics",
                          QJsonArray {QJsonObject {
                              {"name", Setpoint}, {"type", "Float"}, {"value", 42.25}}}}},
            &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QString dcmd = QStringLiteral("spBv1.0/Usine/DCMD/Passerelle-1/") + DeviceName;
        QVERIFY(recorder.client.publish(dcmd, write, 0, false) > 0);
        QVERIFY(writes.wait(5000));
        const WriteOutcome outcome = writes.takeFirst().at(0).value<WriteOutcome>();
        QVERIFY2(outcome.ok(), qPrintable(outcome.reason));
        QVERIFY(outcome.request.origin == WriteOrigin::RemoteCommand);
        const TagId setpoint = station.tags()->idOf(Setpoint);
        QTRY_COMPARE(station.tags()->value(setpoint).value.toDouble(), 42.25);

        // The counter is published but not remoteWrite: refused, counted, said.
        const QByteArray refused = tahuPayload(
            QJsonObject {
                {"timestamp", QDateTime::currentMSecsSinceEpoch()},
                {"metrics",
                 QJsonArray {QJsonObject {{"name", Counter}, {"type", "Int64"}, {"value", 7}}}}},
            &error);
        QVERIFY(recorder.client.publish(dcmd, refused, 0, false) > 0);
        QTRY_COMPARE(station.mqtt()->status().commandsRefused, quint64(1));
        QVERIFY(station.mqtt()->status().lastError.contains(Counter));
        QTest::qWait(300);
        QCOMPARE(writes.size(), 0);
    }

    // With a primary host, nothing is born nor sent before its STATE says it is online; samples
    // meanwhile wait in the queue, and go out once it is.
    void primaryHostGatesPublishing()
    {
        MosquittoBroker broker;
        QVERIFY2(broker.start(), qPrintable(broker.errorString()));
        MqttRecorder recorder(broker.url(), QStringLiteral("spBv1.0/Usine/#"));
        QVERIFY(recorder.waitSubscribed());
        Project project = meterProject(broker.url());
        project.mqtt->primaryHost = QStringLiteral("scada-central");
        Station station;
        station.setProjectFile(m_dir.filePath(QStringLiteral("gated.vigie.json")));
        station.setProject(project);
        station.start();
        QVERIFY(waitForLink(station, MqttStatus::Link::WaitingForHost));
        QTest::qWait(1000);
        QCOMPARE(recorder.messages.size(), 0);
        QTRY_VERIFY(station.mqtt()->status().queued > 0);

        // The host comes online (Sparkplug 3.0: a retained JSON STATE).
        const QByteArray online = QByteArrayLiteral("{\"online\":true,\"timestamp\":")
            + QByteArray::number(QDateTime::currentMSecsSinceEpoch()) + '}';
        QVERIFY(
            recorder.client.publish(QStringLiteral("spBv1.0/STATE/scada-central"), online, 1, true)
            > 0);
        QVERIFY(waitForLink(station, MqttStatus::Link::Online));
        QVERIFY(recorder.waitFor(QStringLiteral("/DDATA/"), 3));
        QCOMPARE(recorder.messages[0].topic, QStringLiteral("spBv1.0/Usine/NBIRTH/Passerelle-1"));
        QTRY_COMPARE(station.mqtt()->status().queued, qint64(0));
        QVERIFY(station.mqtt()->status().historicalSent > 0);

        // Offline again (the 2.2 word form): back to queueing.
        QVERIFY(recorder.client.publish(QStringLiteral("spBv1.0/STATE/scada-central"),
                                        QByteArrayLiteral("OFFLINE"), 1, true)
                > 0);
        QVERIFY(waitForLink(station, MqttStatus::Link::WaitingForHost));
        QTRY_VERIFY(station.mqtt()->status().queued > 0);
        station.stop();
        QVERIFY(station.waitForStopped(10000));
    }

    // A device whose link goes down gets a DDEATH and publishes nothing more; back, a DBIRTH.
    // The device is pymodbus's server, killed and started again on its port.
    void deviceDeathAndRebirth()
    {
        const QString python = requireProgram(QStringLiteral("/usr/bin/python3"));
        if (python.isEmpty())
            return;
        PeerProcess slave(python,
                          {modbusServer, QStringLiteral("--tcp"), QStringLiteral("{port}"),
                           QStringLiteral("--map"), everyTypeMap});
        QVERIFY2(slave.start(), qPrintable(slave.errorString()));
        MosquittoBroker broker;
        QVERIFY2(broker.start(), qPrintable(broker.errorString()));
        MqttRecorder recorder(broker.url(), QStringLiteral("spBv1.0/#"));
        QVERIFY(recorder.waitSubscribed());

        Project p;
        Connection c;
        c.name = QStringLiteral("API");
        c.protocol = Protocol::ModbusTcp;
        c.tcp = {QStringLiteral("127.0.0.1"), slave.port()};
        c.timeout = 300;
        c.retries = 0;
        Device d;
        d.name = QStringLiteral("Automate");
        d.scanTime = 200;
        Frame f = frame(QStringLiteral("mots"), FrameType::HoldingRegister, 0, 2);
        Variable v = variable(QStringLiteral("Int16"), DataType::Int16, 0, ByteOrder::ABCD);
        v.published = true;
        f.variables = {v};
        d.frames = {f};
        c.devices = {d};
        p.connections = {c};
        p.mqtt = meterProject(broker.url()).mqtt;
        Station station;
        station.setProjectFile(m_dir.filePath(QStringLiteral("modbus.vigie.json")));
        station.setProject(p);
        station.start();
        QVERIFY(recorder.waitFor(QStringLiteral("/DBIRTH/"), 1));

        slave.stop();
        QVERIFY(recorder.waitFor(QStringLiteral("/DDEATH/"), 1, 10000));
        QTest::qWait(1000); // nothing of the dead device comes after its death
        qsizetype deathAt = 0;
        while (!recorder.messages[deathAt].topic.contains(QStringLiteral("/DDEATH/")))
            ++deathAt;
        slave.setPort(slave.port()); // back where the station polls
        QVERIFY2(slave.start(), qPrintable(slave.errorString()));
        QVERIFY(recorder.waitFor(QStringLiteral("/DBIRTH/"), 2, 15000));
        // The link may come up a poll before the values: then they follow the birth as data
        // (checked below).
        QTest::qWait(1000);
        station.stop();
        QVERIFY(station.waitForStopped(10000));

        QList<QString> afterDeath;
        for (qsizetype i = deathAt + 1; i < recorder.messages.size(); ++i)
            afterDeath.append(recorder.messages[i].topic.section(u'/', 2, 2));
        QVERIFY(!afterDeath.isEmpty());
        QCOMPARE(afterDeath.first(), QStringLiteral("DBIRTH")); // no DDATA between
        QCOMPARE(recorder.messages[deathAt].topic,
                 QStringLiteral("spBv1.0/Usine/DDEATH/Passerelle-1/Automate"));
        QString error;
        const QList<QJsonObject> decoded = decodeWithTahu(payloads(recorder.messages), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // The death and the birth after it carry on the session's seq.
        const qint64 before = wholeNumber(decoded[deathAt - 1].value(QStringLiteral("seq")));
        QCOMPARE(wholeNumber(decoded[deathAt].value(QStringLiteral("seq"))), (before + 1) % 256);
        QCOMPARE(wholeNumber(decoded[deathAt + 1].value(QStringLiteral("seq"))),
                 (before + 2) % 256);
        // The value is back, in the new birth or in the data right after it: every_type.md's
        // Int16 at address 0, 0xCFC7.
        const QJsonObject born = metricNamed(decoded[deathAt + 1], QStringLiteral("Int16"));
        QJsonValue value = born.value(QStringLiteral("value"));
        if (value.isNull()) {
            QVERIFY(deathAt + 2 < decoded.size());
            const QJsonArray data = decoded[deathAt + 2].value(QStringLiteral("metrics")).toArray();
            QVERIFY(!data.isEmpty());
            QCOMPARE(wholeNumber(data[0].toObject().value(QStringLiteral("alias"))),
                     wholeNumber(born.value(QStringLiteral("alias"))));
            value = data[0].toObject().value(QStringLiteral("value"));
        }
        QCOMPARE(wholeNumber(value), qint64(qint16(0xCFC7)));
    }

    // The broker killed for 20 s: every sample of the outage arrives exactly once, in order,
    // flagged historical, after the new births; nothing of the whole run is missing.
    void outageLosesNothing()
    {
        MosquittoBroker broker;
        QVERIFY2(broker.start(), qPrintable(broker.errorString()));
        MqttRecorder recorder(broker.url(), QStringLiteral("spBv1.0/#"));
        QVERIFY(recorder.waitSubscribed());

        Project project = meterProject(broker.url());
        project.mqtt->qos = 1; // a message leaves the queue once the broker has it
        Station station;
        station.setProjectFile(m_dir.filePath(QStringLiteral("outage.vigie.json")));
        // Reconnects later than the recorder, so that the recorder hears the replay.
        station.mqtt()->setReconnectDelays(1500ms, 1500ms);
        station.setProject(project);
        Truth truth;
        SubscriptionOptions everySample;
        everySample.delivery = SubscriptionOptions::Delivery::Complete;
        everySample.refreshes = false;
        everySample.tags = {station.tags()->idOf(Counter)};
        TagSubscription *ground = station.tags()->subscribe(everySample, &station);
        connect(ground, &TagSubscription::samplesReady, this, [&] {
            for (const TagSample &s : ground->takeSamples()) {
                if (s.value.isGood())
                    truth.samples.append(s.value);
            }
        });
        station.start();
        QVERIFY(waitForLink(station, MqttStatus::Link::Online));
        QVERIFY(recorder.waitFor(QStringLiteral("/DDATA/"), 10));

        broker.kill();
        const qint64 killedAt = QDateTime::currentMSecsSinceEpoch();
        QVERIFY(waitForLink(station, MqttStatus::Link::WaitingToReconnect, 5000));
        QTest::qWait(20000);
        QVERIFY(station.mqtt()->status().queued > 100);
        QVERIFY2(broker.restart(), qPrintable(broker.errorString()));
        const qint64 restartedAt = QDateTime::currentMSecsSinceEpoch();
        QVERIFY(recorder.waitSubscribed(2));
        QVERIFY(waitForLink(station, MqttStatus::Link::Online, 10000));
        QTRY_VERIFY_WITH_TIMEOUT(station.mqtt()->status().queued == 0, 20000);
        QTest::qWait(500);
        station.stop();
        QVERIFY(station.waitForStopped(10000));
        QVERIFY(recorder.waitFor(QStringLiteral("/NDEATH/"), 1));
        const MqttStatus status = station.mqtt()->status();
        QCOMPARE(status.dropped, quint64(0));
        QVERIFY(status.historicalSent > 100);

        QString error;
        const QList<RecordedMessage> &messages = recorder.messages;
        const QList<QJsonObject> decoded = decodeWithTahu(payloads(messages), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QList<Arrived> arrived =
            counterValues(decoded, messages, counterAlias(decoded, messages));

        // Births come again before any sample of the outage.
        qsizetype secondBirth = -1;
        for (qsizetype i = 1; i < messages.size() && secondBirth < 0; ++i) {
            if (messages[i].topic.contains(QStringLiteral("/NBIRTH/")))
                secondBirth = i;
        }
        QVERIFY(secondBirth > 0);
        for (qsizetype i = 0; i < secondBirth; ++i) {
            for (const QJsonValue &m : decoded[i].value(QStringLiteral("metrics")).toArray())
                QVERIFY(wholeNumber(m.toObject().value(QStringLiteral("timestamp")))
                        < killedAt + 500);
        }

        // Every sample of the outage, once, historical, in order.
        const QList<TagValue> outage = truth.between(killedAt + 500, restartedAt);
        QVERIFY(outage.size() > 100);
        QList<Arrived> historical;
        QHash<qint64, int> seen;
        for (const Arrived &a : arrived) {
            ++seen[a.timestamp];
            if (a.historical)
                historical.append(a);
        }
        qsizetype h = 0;
        for (const TagValue &v : outage) {
            QVERIFY2(seen.value(v.timestamp) == 1,
                     qPrintable(QStringLiteral("the sample %1 at %2 arrived %3 times")
                                    .arg(v.value.toLongLong())
                                    .arg(v.timestamp)
                                    .arg(seen.value(v.timestamp))));
            while (h < historical.size() && historical[h].timestamp != v.timestamp)
                ++h;
            QVERIFY2(h < historical.size(), "an outage sample is not historical, or out of order");
            QCOMPARE(historical[h].value, v.value.toLongLong());
        }
        // And nothing of the whole run is missing (the edges of the outage included).
        const qint64 firstLive = arrived.constFirst().timestamp;
        for (const TagValue &v : truth.between(firstLive, status.onlineSince))
            QVERIFY2(seen.contains(v.timestamp),
                     qPrintable(QStringLiteral("the sample at %1 never arrived").arg(v.timestamp)));
    }

    // vigie-runtime killed with -9: the broker delivers its NDEATH with the session's bdSeq;
    // what it queued while the broker was away survives and is sent after the restart.
    void killNine()
    {
        MosquittoBroker broker;
        QVERIFY2(broker.start(), qPrintable(broker.errorString()));
        MqttRecorder recorder(broker.url(), QStringLiteral("spBv1.0/#"));
        QVERIFY(recorder.waitSubscribed());
        const QString projectFile = m_dir.filePath(QStringLiteral("edge.vigie.json"));
        QFile file(projectFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(ProjectFile::serialize(meterProject(broker.url())));
        file.close();
        const QString runtime = QStringLiteral(VIGIE_BINARY_DIR "/bin/vigie-runtime");
        const auto launch = [&](QProcess &p) {
            p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            p.setStandardOutputFile(QProcess::nullDevice());
            p.start(runtime, {projectFile});
            return p.waitForStarted(5000);
        };
        const auto killNow = [](QProcess &p) {
            ::kill(pid_t(p.processId()), SIGKILL);
            p.waitForFinished(5000);
        };

        // 1. Online, then killed: the broker publishes the will, the session's NDEATH.
        QProcess first;
        QVERIFY(launch(first));
        QVERIFY(recorder.waitFor(QStringLiteral("/DDATA/"), 3));
        killNow(first);
        QVERIFY(recorder.waitFor(QStringLiteral("/NDEATH/"), 1));
        QString error;
        const QList<QJsonObject> birthAndDeath =
            decodeWithTahu({recorder.on(QStringLiteral("/NBIRTH/"))[0].payload,
                            recorder.on(QStringLiteral("/NDEATH/"))[0].payload},
                           &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QJsonValue bdSeq =
            metricNamed(birthAndDeath[0], QStringLiteral("bdSeq")).value(QStringLiteral("value"));
        QCOMPARE(
            metricNamed(birthAndDeath[1], QStringLiteral("bdSeq")).value(QStringLiteral("value")),
            bdSeq);

        // 2. The broker away: a second run queues, and is killed too.
        broker.kill();
        QProcess second;
        QVERIFY(launch(second));
        QTest::qWait(3000);
        killNow(second);
        qint64 queued = 0;
        qint64 oldest = 0;
        {
            MqttOutbox outbox;
            OutboxLimits limits;
            QVERIFY2(
                outbox.open(m_dir.filePath(QStringLiteral("edge.outbox.sqlite")), limits, &error),
                qPrintable(error));
            QVERIFY2(outbox.warning().isEmpty(), qPrintable(outbox.warning()));
            queued = outbox.count();
            oldest = outbox.oldestTimestamp();
        }
        QVERIFY2(queued > 20, qPrintable(QString::number(queued)));

        // 3. The broker back, a third run: births, then the queue of the second, historical.
        QVERIFY2(broker.restart(), qPrintable(broker.errorString()));
        QVERIFY(recorder.waitSubscribed(2));
        recorder.messages.clear();
        QProcess third;
        QVERIFY(launch(third));
        QVERIFY(recorder.waitFor(QStringLiteral("/DDATA/"), 5));
        QTest::qWait(2000); // 500 metrics a second: the queue is sent by now
        third.terminate();
        QVERIFY(third.waitForFinished(10000));
        QCOMPARE(third.exitCode(), 0);
        const QList<QJsonObject> decoded = decodeWithTahu(payloads(recorder.messages), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(recorder.messages[0].topic, QStringLiteral("spBv1.0/Usine/NBIRTH/Passerelle-1"));
        // The failed attempts of the second run used up no bdSeq: the next one follows.
        QCOMPARE(metricNamed(decoded[0], QStringLiteral("bdSeq")).value(QStringLiteral("value")),
                 QJsonValue(QString::number(bdSeq.toString().toLongLong() + 1)));
        qint64 historical = 0;
        qint64 earliest = std::numeric_limits<qint64>::max();
        for (qsizetype i = 0; i < decoded.size(); ++i) {
            for (const QJsonValue &v : decoded[i].value(QStringLiteral("metrics")).toArray()) {
                const QJsonObject m = v.toObject();
                if (m.value(QStringLiteral("isHistorical")).toBool()) {
                    ++historical;
                    earliest =
                        std::min(earliest, wholeNumber(m.value(QStringLiteral("timestamp"))));
                }
            }
        }
        // The second run's queue, and whatever the third took before its connection was up.
        QVERIFY2(historical >= queued,
                 qPrintable(QStringLiteral("%1 of %2").arg(historical).arg(queued)));
        QCOMPARE(earliest, oldest);
    }

    // SCorp-io's JSON over TLS, the broker's user and password from the keychain.
    void scorpioJsonOverTls()
    {
        QVERIFY2(m_keyring.start(), qPrintable(m_keyring.errorString()));
        qputenv("DBUS_SESSION_BUS_ADDRESS", m_keyring.busAddress().toUtf8());
        QString error;
        const std::optional<TestCertificates> pki = makeTestCertificates(m_dir.path(), &error);
        QVERIFY2(pki, qPrintable(error));
        MosquittoBroker broker;
        broker.addUser(QStringLiteral("passerelle"), QStringLiteral("s3cret é"));
        broker.setTls({pki->caFile, pki->serverCertFile, pki->serverKeyFile, false});
        QVERIFY2(broker.start(), qPrintable(broker.errorString()));

        Project project = meterProject(broker.url(), MqttMode::ScorpioJson);
        project.mqtt->caFile = QFileInfo(pki->caFile).fileName(); // relative to the project
        project.mqtt->secret = QStringLiteral("tests/scorpio");
        project.mqtt->qos = 1;
        QVERIFY2(!hasErrors(checkProject(project)), "");

        Station station;
        station.setProjectFile(m_dir.filePath(QStringLiteral("scorpio.vigie.json")));
        station.mqtt()->setReconnectDelays(100ms, 200ms);
        // No secret yet: the publisher says so and waits, queueing.
        QSignalSpy needed(station.mqtt(), &MqttService::credentialsNeeded);
        station.setProject(project);
        station.start();
        QVERIFY(needed.wait(10000));
        QCOMPARE(needed.takeFirst().at(0).toString(), QStringLiteral("tests/scorpio"));
        QVERIFY(waitForLink(station, MqttStatus::Link::WaitingForSecret));
        QTRY_VERIFY(station.mqtt()->status().lastError.contains(QStringLiteral("--set-secret")));

        // The recorder needs the same credentials and CA.
        MqttClient recorderClient;
        QList<RecordedMessage> messages;
        connect(&recorderClient, &MqttClient::messageReceived, this,
                [&](const QString &topic, const QByteArray &payload) {
                    messages.append({topic, payload, 0});
                });
        recorderClient.subscribe(QStringLiteral("Usine/#"), 1);
        MqttClientOptions o;
        o.broker = *MqttBrokerUrl::parse(broker.url());
        o.clientId = QStringLiteral("recorder");
        o.username = QStringLiteral("passerelle");
        o.password = QStringLiteral("s3cret é");
        o.caFile = pki->caFile;
        QVERIFY(recorderClient.open(o));
        QTRY_VERIFY(recorderClient.state() == MqttClient::State::Connected);

        // As vigie does once the engineer typed them: stored, and used at once.
        station.mqtt()->setCredentials({QStringLiteral("passerelle"), QStringLiteral("s3cret é")});
        QVERIFY(waitForLink(station, MqttStatus::Link::Online));
        QTRY_VERIFY_WITH_TIMEOUT(messages.size() >= 5, 10000);
        station.stop();
        QVERIFY(station.waitForStopped(10000));

        QCOMPARE(messages[0].topic, QStringLiteral("Usine/DBIRTH/Passerelle-1/") + DeviceName);
        const QJsonObject birth = QJsonDocument::fromJson(messages[0].payload).object();
        const QJsonArray metrics = birth.value(QStringLiteral("metrics")).toArray();
        QCOMPARE(metrics.size(), 4);
        QHash<QString, QString> types;
        for (const QJsonValue &m : metrics)
            types.insert(m[QStringLiteral("name")].toString(),
                         m[QStringLiteral("dataType")].toString());
        QCOMPARE(types.value(Counter), QStringLiteral("Long"));
        QCOMPARE(types.value(Voltage), QStringLiteral("Short"));
        QCOMPARE(types.value(Setpoint), QStringLiteral("Float"));
        QCOMPARE(types.value(Button), QStringLiteral("Boolean"));
        // Names in UTF-8 as they are: no \u escapes.
        QVERIFY(messages[0].payload.contains(Counter.toUtf8()));
        int data = 0;
        for (const RecordedMessage &m : messages) {
            if (m.topic != QStringLiteral("Usine/DDATA/Passerelle-1/") + DeviceName)
                continue;
            ++data;
            for (const QJsonValue &v :
                 QJsonDocument::fromJson(m.payload)[QStringLiteral("metrics")].toArray()) {
                const QJsonObject metric = v.toObject();
                QVERIFY(types.contains(metric.value(QStringLiteral("name")).toString()));
                QVERIFY(metric.value(QStringLiteral("timestamp")).toDouble() > 1.7e12);
                QVERIFY(metric.contains(QStringLiteral("value")));
            }
        }
        QVERIFY(data >= 3);

        // Stored in the keychain: a new run reads them there.
        SecretStore store;
        QSignalSpy read(&store, &SecretStore::credentialsRead);
        store.read(QStringLiteral("tests/scorpio"));
        QVERIFY(read.wait(10000));
        QCOMPARE(read.takeFirst().at(2).value<Credentials>().user, QStringLiteral("passerelle"));
    }
};

QTEST_GUILESS_MAIN(tst_MqttPublisher)
#include "tst_mqttpublisher.moc"
