// MqttClient against a real mosquitto broker on loopback (tests/shared/mosquittobroker.h):
// round trips through a second client in MQTT 3.1.1 and 5, credentials, TLS with a test PKI,
// the will, back-pressure with the broker frozen (SIGSTOP), a broker killed and restarted, the
// reconnection back-off, and a client living on a worker thread.

#include "mosquittobroker.h"
#include "mqtt/mqttclient.h"
#include "mqtttestsupport.h"
#include "requireprogram.h"

#include <QElapsedTimer>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace Vigie;
using namespace Vigie::Test;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(Vigie::MqttClientOptions::Protocol)

namespace {

using Protocol = MqttClientOptions::Protocol;

MqttClientOptions optionsFor(const MosquittoBroker &broker, const QString &clientId,
                             Protocol protocol = Protocol::V311)
{
    MqttClientOptions o;
    o.broker = *MqttBrokerUrl::parse(broker.url());
    o.clientId = clientId;
    o.protocol = protocol;
    o.reconnectDelayMin = 50ms;
    o.reconnectDelayMax = 200ms;
    o.connectTimeout = 5s;
    return o;
}

// Every byte value, and more: 274 bytes, a Sparkplug DDATA's size.
QByteArray binaryPayload()
{
    QByteArray bytes;
    for (int i = 0; i < 274; ++i)
        bytes.append(char(i % 256));
    return bytes;
}

[[nodiscard]] bool waitForState(const MqttClient &client, MqttClient::State state,
                                int timeout = 10000)
{
    return QTest::qWaitFor([&] { return client.state() == state; }, timeout);
}

} // namespace

class tst_MqttClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(!requireProgram(QStringLiteral("mosquitto")).isEmpty());
        QVERIFY(!requireProgram(QStringLiteral("mosquitto_passwd")).isEmpty());
        QVERIFY(!requireProgram(QStringLiteral("openssl")).isEmpty());
    }

    void roundTrip_data()
    {
        QTest::addColumn<Protocol>("protocol");
        QTest::addColumn<int>("qos");
        QTest::newRow("MQTT 3.1.1, QoS 0") << Protocol::V311 << 0;
        QTest::newRow("MQTT 3.1.1, QoS 1") << Protocol::V311 << 1;
        QTest::newRow("MQTT 3.1.1, QoS 2") << Protocol::V311 << 2;
        QTest::newRow("MQTT 5, QoS 0") << Protocol::V5 << 0;
        QTest::newRow("MQTT 5, QoS 1") << Protocol::V5 << 1;
    }
    void roundTrip()
    {
        QFETCH(Protocol, protocol);
        QFETCH(int, qos);
        MosquittoBroker broker;
        QVERIFY2(broker.start(), qPrintable(broker.errorString()));
        MqttRecorder listener(broker.url(), QStringLiteral("vigie/#"), protocol);
        QVERIFY(listener.waitSubscribed());

        MqttClient client;
        QSignalSpy connected(&client, &MqttClient::connected);
        QSignalSpy published(&client, &MqttClient::published);
        QVERIFY(client.open(optionsFor(broker, QStringLiteral("publisher"), protocol)));
        QCOMPARE(client.state(), MqttClient::State::Connecting);
        QVERIFY(connected.wait(5000));
        QCOMPARE(client.state(), MqttClient::State::Connected);
        QCOMPARE(connected.first().first().toBool(), false); // clean session

        const QString topic = QStringLiteral("vigie/Énergie active/Phase 1 (°C)");
        const QByteArray payload = binaryPayload();
        const int first = client.publish(topic, payload, qos, false);
        const int second = client.publish(QStringLiteral("vigie/empty"), QByteArray(), qos, false);
        QVERIFY(first > 0);
        QCOMPARE(second, first + 1);
        QTRY_COMPARE_WITH_TIMEOUT(published.size(), 2, 5000);
        QCOMPARE(published.at(0).first().toInt(), first);
        QCOMPARE(published.at(1).first().toInt(), second);
        QCOMPARE(client.inFlight(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(listener.messages.size(), 2, 5000);
        QCOMPARE(listener.messages.at(0).topic, topic);
        QCOMPARE(listener.messages.at(0).payload, payload);
        QCOMPARE(listener.messages.at(1).topic, QStringLiteral("vigie/empty"));
        QVERIFY(listener.messages.at(1).payload.isEmpty());

        const MqttClientCounters &counters = client.counters();
        QCOMPARE(counters.published, 2u);
        QCOMPARE(counters.publishedBytes, quint64(payload.size()));
        QCOMPARE(counters.confirmed, 2u);
        QCOMPARE(counters.confirmedBytes, quint64(payload.size()));
        QCOMPARE(counters.connects, 1u);
        QCOMPARE(listener.client.counters().received, 2u);
        QCOMPARE(listener.client.counters().receivedBytes, quint64(payload.size()));

        QSignalSpy state(&client, &MqttClient::stateChanged);
        QSignalSpy disconnected(&client, &MqttClient::disconnected);
        client.close(); // signals before it returns
        QCOMPARE(client.state(), MqttClient::State::Closed);
        QCOMPARE(state.size(), 1);
        QCOMPARE(state.first().first().value<MqttClient::State>(), MqttClient::State::Closed);
        QCOMPARE(disconnected.size(), 1);
        QCOMPARE(client.counters().disconnects, 1u);
        QCOMPARE(client.publish(topic, payload, qos, false), 0);
    }

    void invalidMessagesAndOptions()
    {
        MosquittoBroker broker;
        QVERIFY2(broker.start(), qPrintable(broker.errorString()));
        MqttClient client;
        MqttClientOptions bad = optionsFor(broker, QStringLiteral("bad"));
        bad.keepAliveSeconds = 3;
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("keep-alive")));
        QVERIFY(!client.open(bad));
        QCOMPARE(client.lastError(),
                 QStringLiteral("keep-alive of 3 s is out of range: 0 (none) or 5–65535 s"));
        QCOMPARE(client.state(), MqttClient::State::Closed);
        bad = optionsFor(broker, {});
        bad.cleanSession = false;
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("client id")));
        QVERIFY(!client.open(bad));

        QSignalSpy connected(&client, &MqttClient::connected);
        QVERIFY(client.open(optionsFor(broker, QStringLiteral("good"))));
        QVERIFY(connected.wait(5000));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("QoS")));
        QCOMPARE(client.publish(QStringLiteral("a"), "x", 3, false), -1);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("cannot publish")));
        QCOMPARE(client.publish(QStringLiteral("a/+/b"), "x", 0, false), -1); // a wildcard
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("cannot subscribe")));
        QVERIFY(!client.subscribe(QStringLiteral("a/#/b"), 0));
        QCOMPARE(client.inFlight(), 0);
        QVERIFY(client.publish(QStringLiteral("a"), "x", 0, false) > 0); // still usable
    }

    void credentials_data()
    {
        QTest::addColumn<Protocol>("protocol");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("error"); // empty: accepted
        QTest::newRow("accepted") << Protocol::V311 << "vigie"
                                  << "s3cret é" << QString();
        QTest::newRow("accepted, MQTT 5") << Protocol::V5 << "vigie"
                                          << "s3cret é" << QString();
        QTest::newRow("wrong password") << Protocol::V311 << "vigie"
                                        << "guess"
                                        << "the broker refused the connection: not authorised";
        QTest::newRow("wrong password, MQTT 5")
            << Protocol::V5 << "vigie"
            << "guess"
            << "the broker refused the connection: not authorised";
        QTest::newRow("anonymous") << Protocol::V311 << ""
                                   << ""
                                   << "the broker refused the connection: not authorised";
    }
    void credentials()
    {
        QFETCH(Protocol, protocol);
        QFETCH(QString, user);
        QFETCH(QString, password);
        QFETCH(QString, error);
        MosquittoBroker broker;
        broker.addUser(QStringLiteral("vigie"), QStringLiteral("s3cret é"));
        QVERIFY2(broker.start(), qPrintable(broker.errorString()));
        MqttClient client;
        MqttClientOptions o = optionsFor(broker, QStringLiteral("credentials"), protocol);
        o.username = user;
        o.password = password;
        QSignalSpy state(&client, &MqttClient::stateChanged);
        QVERIFY(client.open(o));
        if (error.isEmpty()) {
            QVERIFY2(waitForState(client, MqttClient::State::Connected),
                     qPrintable(client.lastError()));
            return;
        }
        QVERIFY(waitForState(client, MqttClient::State::WaitingToReconnect));
        QCOMPARE(client.lastError(), error);
        const QList<QVariant> last = state.last();
        QCOMPARE(last.at(0).value<MqttClient::State>(), MqttClient::State::WaitingToReconnect);
        QCOMPARE(last.at(1).toString(), error);
        QCOMPARE(client.counters().connects, 0u);
        // It keeps trying (the broker's users may be fixed), and keeps failing.
        QVERIFY(QTest::qWaitFor([&] { return state.size() >= 6; }, 5000));
        QCOMPARE(client.lastError(), error);
    }

    void tls_data()
    {
        QTest::addColumn<QString>("clientCa"); // ca, other-ca, none
        QTest::addColumn<bool>("verifyPeer");
        QTest::addColumn<bool>("wrongName"); // the broker's certificate is for another host
        QTest::addColumn<bool>("brokerWantsCertificate");
        QTest::addColumn<bool>("clientCertificate");
        QTest::addColumn<QString>("error"); // empty: accepted
        QTest::newRow("test CA") << "ca" << true << false << false << false << QString();
        QTest::newRow("another CA")
            << "other-ca" << true << false << false << false
            << "TLS with 127.0.0.1:%1 failed: certificate verify failed: self-signed "
               "certificate in certificate chain";
        QTest::newRow("host name mismatch")
            << "ca" << true << true << false << false
            << "TLS with 127.0.0.1:%1 failed: certificate verify failed: the broker's "
               "certificate is not for \"127.0.0.1\"";
        QTest::newRow("host name mismatch, not verified")
            << "ca" << false << true << false << false << QString();
        QTest::newRow("another CA, not verified")
            << "other-ca" << false << false << false << false << QString();
        QTest::newRow("client certificate") << "ca" << true << false << true << true << QString();
        QTest::newRow("client certificate missing")
            << "ca" << true << false << true << false
            << "TLS with 127.0.0.1:%1 failed: tlsv13 alert certificate required|TLS with "
               "127.0.0.1:%1 failed: the broker closed the connection before accepting it (it "
               "may require a client certificate, or not speak TLS on this port)";
    }
    void tls()
    {
        QFETCH(QString, clientCa);
        QFETCH(bool, verifyPeer);
        QFETCH(bool, wrongName);
        QFETCH(bool, brokerWantsCertificate);
        QFETCH(bool, clientCertificate);
        QFETCH(QString, error);
        QTemporaryDir dir;
        QString why;
        const std::optional<TestCertificates> pki = makeTestCertificates(dir.path(), &why);
        QVERIFY2(pki, qPrintable(why));
        MosquittoBroker broker;
        broker.setTls({pki->caFile, wrongName ? pki->wrongNameCertFile : pki->serverCertFile,
                       wrongName ? pki->wrongNameKeyFile : pki->serverKeyFile,
                       brokerWantsCertificate});
        QVERIFY2(broker.start(), qPrintable(broker.errorString()));
        QVERIFY(broker.url().startsWith(QStringLiteral("mqtts://")));

        MqttClient client;
        MqttClientOptions o = optionsFor(broker, QStringLiteral("tls"));
        o.caFile = clientCa == QStringLiteral("ca") ? pki->caFile : pki->otherCaFile;
        o.verifyPeer = verifyPeer;
        if (clientCertificate) {
            o.certFile = pki->clientCertFile;
            o.keyFile = pki->clientKeyFile;
        }
        QVERIFY(client.open(o));
        if (error.isEmpty()) {
            QVERIFY2(waitForState(client, MqttClient::State::Connected),
                     qPrintable(client.lastError()));
            // A round trip through the TLS connection, to itself.
            QSignalSpy received(&client, &MqttClient::messageReceived);
            QSignalSpy subscribed(&client, &MqttClient::subscribed);
            QVERIFY(client.subscribe(QStringLiteral("tls/echo"), 1));
            QVERIFY(subscribed.wait(5000));
            QVERIFY(client.publish(QStringLiteral("tls/echo"), binaryPayload(), 1, false) > 0);
            QVERIFY(received.wait(5000));
            QCOMPARE(received.first().at(1).toByteArray(), binaryPayload());
            return;
        }
        QVERIFY(waitForState(client, MqttClient::State::WaitingToReconnect));
        // Some refusals have two wordings ("one|other"): when the broker resets the connection
        // right after its TLS alert, the alert can be lost.
        const QStringList expected = error.arg(broker.port()).split(u'|');
        QVERIFY2(expected.contains(client.lastError()), qPrintable(client.lastError()));
    }

    void connectionRefusedAndBackOff()
    {
        const quint16 port = freeLoopbackPort(); // nothing listens there
        QVERIFY(port != 0);
        MqttClient client;
        MqttClientOptions o;
        o.broker = MqttBrokerUrl(QStringLiteral("127.0.0.1"), port, false);
        o.reconnectDelayMin = 40ms;
        o.reconnectDelayMax = 160ms;
        QList<qint64> attempts;
        QElapsedTimer clock;
        clock.start();
        connect(&client, &MqttClient::aboutToConnect, this,
                [&] { attempts.append(clock.elapsed()); });
        QSignalSpy disconnected(&client, &MqttClient::disconnected);
        QVERIFY(client.open(o));
        QVERIFY(QTest::qWaitFor([&] { return attempts.size() >= 6; }, 5000));
        QCOMPARE(client.lastError(),
                 QStringLiteral("connection refused by 127.0.0.1:%1").arg(port));
        QCOMPARE(disconnected.size(), 0); // never connected: nothing to disconnect
        // 40, 80, 160, 160, 160 ms between attempts (a coarse timer may fire up to 5% early,
        // which the milliseconds round to 6%).
        const QList<qint64> expected = {40, 80, 160, 160, 160};
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const qint64 gap = attempts.at(i + 1) - attempts.at(i);
            QVERIFY2(gap >= expected.at(i) * 94 / 100 && gap < expected.at(i) + 500,
                     qPrintable(QStringLiteral("gap %1: %2 ms, expected %3 ms")
                                    .arg(i)
                                    .arg(gap)
                                    .arg(expected.at(i))));
        }
        client.close();
        const qsizetype made = attempts.size();
        QTest::qWait(300);
        QCOMPARE(attempts.size(), made); // close() stops the attempts
    }

    void will()
    {
        MosquittoBroker broker;
        QVERIFY2(broker.start(), qPrintable(broker.errorString()));
        MqttRecorder listener(broker.url(), QStringLiteral("will/#"));
        QVERIFY(listener.waitSubscribed());

        // abort(): the broker publishes the will, the one set in aboutToConnect().
        MqttClient crashing;
        MqttClientOptions o = optionsFor(broker, QStringLiteral("crashing"));
        o.will = MqttWill {QStringLiteral("will/crashing"), "initial", 1, false};
        connect(&crashing, &MqttClient::aboutToConnect, this, [&] {
            crashing.setWill(MqttWill {QStringLiteral("will/crashing"), "bdSeq=1", 1, false});
        });
        QVERIFY(crashing.open(o));
        QVERIFY(waitForState(crashing, MqttClient::State::Connected));
        crashing.abort();
        QCOMPARE(crashing.state(), MqttClient::State::Closed);
        QTRY_VERIFY_WITH_TIMEOUT(listener.contains(QStringLiteral("will/crashing"), "bdSeq=1"),
                                 5000);

        // close(): a DISCONNECT, and no will.
        MqttClient leaving;
        o = optionsFor(broker, QStringLiteral("leaving"));
        o.will = MqttWill {QStringLiteral("will/leaving"), "gone", 1, false};
        QVERIFY(leaving.open(o));
        QVERIFY(waitForState(leaving, MqttClient::State::Connected));
        leaving.close();
        QTRY_VERIFY_WITH_TIMEOUT(
            broker.log().contains(QStringLiteral("Client leaving disconnected.")), 5000);
        // The broker has dealt with the DISCONNECT: a will would be on its way before this.
        QVERIFY(listener.client.publish(QStringLiteral("will/marker"), "after", 1, false) > 0);
        QTRY_VERIFY_WITH_TIMEOUT(listener.contains(QStringLiteral("will/marker"), "after"), 5000);
        QVERIFY(!listener.contains(QStringLiteral("will/leaving"), "gone"));
        QCOMPARE(listener.messages.size(), 2);
    }

    void backPressure()
    {
        MosquittoBroker broker;
        QVERIFY2(broker.start(), qPrintable(broker.errorString()));
        MqttClient client;
        MqttClientOptions o = optionsFor(broker, QStringLiteral("pressed"));
        o.maxInFlight = 10;
        QVERIFY(client.open(o));
        QVERIFY(waitForState(client, MqttClient::State::Connected));
        QSignalSpy ready(&client, &MqttClient::readyToPublish);
        QSignalSpy published(&client, &MqttClient::published);

        broker.pause(); // SIGSTOP: no PUBACK comes back
        QList<int> ids;
        for (int i = 0; i < 10; ++i) {
            const int id =
                client.publish(QStringLiteral("pressure"), QByteArray::number(i), 1, false);
            QVERIFY(id > 0);
            ids.append(id);
        }
        QCOMPARE(client.inFlight(), 10);
        QCOMPARE(client.publish(QStringLiteral("pressure"), "refused", 1, false), 0);
        QCOMPARE(client.publish(QStringLiteral("pressure"), "refused", 0, false), 0);
        QTest::qWait(200);
        QCOMPARE(ready.size(), 0);
        QCOMPARE(published.size(), 0);

        broker.resume();
        QVERIFY(ready.wait(5000));
        QTRY_COMPARE_WITH_TIMEOUT(published.size(), 10, 5000);
        for (int i = 0; i < 10; ++i)
            QCOMPARE(published.at(i).first().toInt(), ids.at(i));
        QCOMPARE(client.inFlight(), 0);
        QCOMPARE(ready.size(), 1); // once per refusal
        QVERIFY(client.publish(QStringLiteral("pressure"), "again", 1, false) > 0);
    }

    void brokerKilledAndRestarted()
    {
        MosquittoBroker broker;
        QVERIFY2(broker.start(), qPrintable(broker.errorString()));
        MqttRecorder listener(broker.url(), QStringLiteral("plant/#"));
        QVERIFY(listener.waitSubscribed());
        MqttClient client;
        QSignalSpy connected(&client, &MqttClient::connected);
        QSignalSpy disconnected(&client, &MqttClient::disconnected);
        QSignalSpy unconfirmed(&client, &MqttClient::unconfirmed);
        QSignalSpy published(&client, &MqttClient::published);
        QVERIFY(client.open(optionsFor(broker, QStringLiteral("edge"))));
        QVERIFY(connected.wait(5000));

        broker.pause();
        QList<int> ids;
        for (int i = 0; i < 5; ++i)
            ids.append(
                client.publish(QStringLiteral("plant/tank"), QByteArray::number(i), 1, false));
        ids.append(client.publish(QStringLiteral("plant/tank"), "qos 0", 0, false));
        QCOMPARE(client.inFlight(), 5); // the QoS 0 one is written, so confirmed
        QTRY_COMPARE_WITH_TIMEOUT(published.size(), 1, 2000);
        QCOMPARE(published.first().first().toInt(), ids.last());
        QElapsedTimer clock;
        clock.start();
        broker.kill();
        QVERIFY(disconnected.wait(2000));
        QVERIFY2(clock.elapsed() < 2000, "the lost connection was seen late");
        QCOMPARE(disconnected.first().first().toString(),
                 QStringLiteral("127.0.0.1:%1 closed the connection").arg(broker.port()));
        QCOMPARE(unconfirmed.size(), 1);
        QCOMPARE(unconfirmed.first().first().value<QList<int>>(), ids.first(5));
        QCOMPARE(client.inFlight(), 0);
        QCOMPARE(client.state(), MqttClient::State::WaitingToReconnect);
        QCOMPARE(client.counters().unconfirmed, 5u);
        QCOMPARE(client.publish(QStringLiteral("plant/tank"), "while down", 1, false), 0);

        QVERIFY2(broker.restart(), qPrintable(broker.errorString()));
        QVERIFY(connected.wait(5000));
        QVERIFY(listener.waitSubscribed(2)); // subscribed again on its new connection
        const int after = client.publish(QStringLiteral("plant/tank"), "after restart", 1, false);
        QVERIFY(after > ids.last()); // ids go on counting across connections
        QTRY_VERIFY_WITH_TIMEOUT(listener.contains(QStringLiteral("plant/tank"), "after restart"),
                                 5000);
        QTRY_COMPARE_WITH_TIMEOUT(published.size(), 2, 5000);
        QCOMPARE(published.last().first().toInt(), after);
        QCOMPARE(client.counters().connects, 2u);
        QCOMPARE(client.counters().disconnects, 1u);
        QCOMPARE(unconfirmed.size(), 1); // nothing reported twice
    }

    void closeReportsUnconfirmed()
    {
        MosquittoBroker broker;
        QVERIFY2(broker.start(), qPrintable(broker.errorString()));
        MqttClient client;
        QVERIFY(client.open(optionsFor(broker, QStringLiteral("closing"))));
        QVERIFY(waitForState(client, MqttClient::State::Connected));
        broker.pause();
        const QList<int> ids = {client.publish(QStringLiteral("t"), "1", 1, false),
                                client.publish(QStringLiteral("t"), "2", 2, false)};
        QStringList order;
        connect(&client, &MqttClient::unconfirmed, this, [&](const QList<int> &reported) {
            QCOMPARE(reported, ids);
            order << QStringLiteral("unconfirmed");
        });
        connect(&client, &MqttClient::stateChanged, this,
                [&](MqttClient::State) { order << QStringLiteral("state"); });
        connect(&client, &MqttClient::disconnected, this,
                [&](const QString &) { order << QStringLiteral("disconnected"); });
        connect(&client, &MqttClient::published, this,
                [&](int) { order << QStringLiteral("published"); });
        client.close();
        QCOMPARE(order, QStringList({"unconfirmed", "state", "disconnected"}));
        QCOMPARE(client.inFlight(), 0);
        broker.resume();
        QTest::qWait(100);
        QCOMPARE(order.size(), 3); // no late published()
    }

    void deletedFromItsOwnSlot()
    {
        MosquittoBroker broker;
        QVERIFY2(broker.start(), qPrintable(broker.errorString()));
        QPointer<MqttClient> client = new MqttClient;
        connect(client, &MqttClient::published, this, [&](int) { delete client.data(); });
        connect(client, &MqttClient::connected, this, [&] {
            // Two messages: the client dies in the first published().
            client->publish(QStringLiteral("t"), "1", 0, false);
            client->publish(QStringLiteral("t"), "2", 0, false);
        });
        QVERIFY(client->open(optionsFor(broker, QStringLiteral("doomed"))));
        QTRY_VERIFY_WITH_TIMEOUT(client.isNull(), 5000);
        QTest::qWait(50); // nothing left that touches it
    }

    void onWorkerThread()
    {
        MosquittoBroker broker;
        QVERIFY2(broker.start(), qPrintable(broker.errorString()));
        MqttRecorder listener(broker.url(), QStringLiteral("worker/#"));
        QVERIFY(listener.waitSubscribed());

        QThread worker;
        worker.start();
        auto *client = new MqttClient;
        client->moveToThread(&worker);
        const auto cleanup = qScopeGuard([&] {
            QMetaObject::invokeMethod(client, &QObject::deleteLater);
            worker.quit();
            worker.wait();
        });
        // Told here through queued connections (the receiver, this, lives in the test's thread).
        int connected = 0;
        int published = 0;
        std::atomic<bool> elsewhere = false;
        connect(client, &MqttClient::connected, this, [&] { ++connected; });
        connect(client, &MqttClient::published, this, [&] { ++published; });
        connect(
            client, &MqttClient::published, client,
            [&] { elsewhere = elsewhere || QThread::currentThread() != &worker; },
            Qt::DirectConnection);
        bool opened = false;
        const MqttClientOptions o = optionsFor(broker, QStringLiteral("worker"));
        QMetaObject::invokeMethod(
            client, [&] { opened = client->open(o); }, Qt::BlockingQueuedConnection);
        QVERIFY(opened);
        QTRY_COMPARE_WITH_TIMEOUT(connected, 1, 5000);
        for (int i = 0; i < 100; ++i) {
            int id = 0;
            QMetaObject::invokeMethod(
                client,
                [&] {
                    return client->publish(QStringLiteral("worker/n"), QByteArray::number(i), 1,
                                           false);
                },
                Qt::BlockingQueuedConnection, &id);
            QVERIFY(id > 0);
        }
        QTRY_COMPARE_WITH_TIMEOUT(published, 100, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(listener.messages.size(), 100, 5000);
        for (int i = 0; i < 100; ++i)
            QCOMPARE(listener.messages.at(i).payload, QByteArray::number(i));
        QVERIFY(!elsewhere);
    }
};

QTEST_GUILESS_MAIN(tst_MqttClient)
#include "tst_mqttclient.moc"
