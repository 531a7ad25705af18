// Tests of MqttBrokerUrl: the broker addresses an engineer types, accepted in their canonical
// form or refused with what is wrong in them.

#include "mqtt/mqttbrokerurl.h"

#include <QTest>

using namespace Vigie;

class tst_MqttBrokerUrl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void accepted_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<bool>("tls");
        QTest::addColumn<QString>("canonical");
        QTest::newRow("plain, default port")
            << "mqtt://broker.example"
            << "broker.example" << 1883 << false << "mqtt://broker.example:1883";
        QTest::newRow("TLS, default port")
            << "mqtts://broker.example"
            << "broker.example" << 8883 << true << "mqtts://broker.example:8883";
        QTest::newRow("explicit port") << "mqtt://10.0.0.7:11883"
                                       << "10.0.0.7" << 11883 << false << "mqtt://10.0.0.7:11883";
        QTest::newRow("scheme in capitals, spaces around, trailing slash")
            << "  MQTTS://scorp-io.example:443/ "
            << "scorp-io.example" << 443 << true << "mqtts://scorp-io.example:443";
        QTest::newRow("IPv6") << "mqtt://[::1]"
                              << "::1" << 1883 << false << "mqtt://[::1]:1883";
        QTest::newRow("IPv6 with port") << "mqtts://[fd00::7]:9883"
                                        << "fd00::7" << 9883 << true << "mqtts://[fd00::7]:9883";
        QTest::newRow("port 1") << "mqtt://h:1"
                                << "h" << 1 << false << "mqtt://h:1";
        QTest::newRow("port 65535") << "mqtt://h:65535"
                                    << "h" << 65535 << false << "mqtt://h:65535";
        QTest::newRow("international name")
            << "mqtt://usine-é.example"
            << "xn--usine--gva.example" << 1883 << false << "mqtt://xn--usine--gva.example:1883";
    }
    void accepted()
    {
        QFETCH(QString, text);
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(bool, tls);
        QFETCH(QString, canonical);
        QString error;
        const std::optional<MqttBrokerUrl> url = MqttBrokerUrl::parse(text, &error);
        QVERIFY2(url, qPrintable(error));
        QVERIFY(url->isValid());
        QCOMPARE(url->host(), host);
        QCOMPARE(url->port(), port);
        QCOMPARE(url->isTls(), tls);
        QCOMPARE(url->toString(), canonical);
        QCOMPARE(MqttBrokerUrl::parse(url->toString()), url); // the canonical form reads back
    }

    void refused_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("error");
        QTest::newRow("empty") << ""
                               << "the broker URL \"\" has no scheme: write mqtt://host or "
                                  "mqtts://host";
        QTest::newRow("no scheme") << "broker.example:1883"
                                   << "the broker URL \"broker.example:1883\" has no scheme: "
                                      "write mqtt://host or mqtts://host";
        QTest::newRow("http") << "http://broker.example"
                              << "unknown scheme \"http\": use mqtt:// or mqtts://";
        QTest::newRow("websocket") << "ws://broker.example"
                                   << "unknown scheme \"ws\": use mqtt:// or mqtts://";
        QTest::newRow("no host") << "mqtt://"
                                 << "the broker URL \"mqtt://\" has no host";
        QTest::newRow("port only") << "mqtt://:1883"
                                   << "the broker URL \"mqtt://:1883\" has no host";
        QTest::newRow("empty brackets") << "mqtt://[]:1883"
                                        << "the broker URL \"mqtt://[]:1883\" has no host";
        QTest::newRow("port out of range") << "mqtt://h:70000"
                                           << "port 70000 is out of range 1–65535 in the broker "
                                              "URL \"mqtt://h:70000\"";
        QTest::newRow("port 0")
            << "mqtt://h:0"
            << "port 0 is out of range 1–65535 in the broker URL \"mqtt://h:0\"";
        QTest::newRow("huge port") << "mqtt://h:123456789012"
                                   << "port 123456789012 is out of range 1–65535 in the broker "
                                      "URL \"mqtt://h:123456789012\"";
        QTest::newRow("port not a number") << "mqtt://h:mqtt"
                                           << "the port \"mqtt\" in the broker URL "
                                              "\"mqtt://h:mqtt\" is not a number";
        QTest::newRow("negative port") << "mqtt://h:-1"
                                       << "the port \"-1\" in the broker URL \"mqtt://h:-1\" is "
                                          "not a number";
        QTest::newRow("colon without port") << "mqtt://h:"
                                            << "the broker URL \"mqtt://h:\" has a ':' but no "
                                               "port after it";
        QTest::newRow("path") << "mqtt://h/spBv1.0"
                              << "the broker URL \"mqtt://h/spBv1.0\" has a path, a query or a "
                                 "fragment: only mqtt://host[:port] is allowed";
        QTest::newRow("query") << "mqtts://h?x=1"
                               << "the broker URL \"mqtts://h?x=1\" has a path, a query or a "
                                  "fragment: only mqtts://host[:port] is allowed";
        QTest::newRow("user info") << "mqtt://user:pw@h"
                                   << "the broker URL \"mqtt://user:pw@h\" holds a user name: "
                                      "give the user name and password in their own fields";
        QTest::newRow("IPv6 without brackets") << "mqtt://::1"
                                               << "the broker URL \"mqtt://::1\" has more than "
                                                  "one ':': an IPv6 address goes in brackets, as "
                                                  "in mqtt://[::1]:1883";
        QTest::newRow("IPv4 in brackets") << "mqtt://[10.0.0.1]"
                                          << "\"10.0.0.1\" in the broker URL "
                                             "\"mqtt://[10.0.0.1]\" is not an IPv6 address";
        QTest::newRow("unclosed bracket") << "mqtt://[::1"
                                          << "the broker URL \"mqtt://[::1\" has a '[' without "
                                             "its ']'";
        QTest::newRow("junk after bracket") << "mqtt://[::1]x"
                                            << "the broker URL \"mqtt://[::1]x\" has \"x\" after "
                                               "its IPv6 address, where only :port may follow";
        QTest::newRow("space in host") << "mqtt://my broker"
                                       << "the host \"my broker\" in the broker URL \"mqtt://my "
                                          "broker\" contains \" \", which a host name cannot hold";
    }
    void refused()
    {
        QFETCH(QString, text);
        QFETCH(QString, error);
        QString why;
        QVERIFY(!MqttBrokerUrl::parse(text, &why));
        QCOMPARE(why, error);
    }

    void constructedWithDefaultPorts()
    {
        QCOMPARE(MqttBrokerUrl(QStringLiteral("h"), 0, false).port(), 1883);
        QCOMPARE(MqttBrokerUrl(QStringLiteral("h"), 0, true).port(), 8883);
        QCOMPARE(MqttBrokerUrl(QStringLiteral("::1"), 0, true).endpoint(),
                 QStringLiteral("[::1]:8883"));
        QVERIFY(!MqttBrokerUrl().isValid());
    }
};

QTEST_GUILESS_MAIN(tst_MqttBrokerUrl)
#include "tst_mqttbrokerurl.moc"
