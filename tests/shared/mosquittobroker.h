#pragma once

// The mosquitto broker as an MQTT test peer, and the certificates of its TLS tests.
//
// A broker on a free loopback port, anonymous, with TCP_NODELAY and no persistence:
//
//     MosquittoBroker broker;
//     QVERIFY2(broker.start(), qPrintable(broker.errorString()));
//     options.broker = *MqttBrokerUrl::parse(broker.url()); // "mqtt://127.0.0.1:40123"
//
// With users (anonymous clients are then refused) and TLS, the client certificate required:
//
//     const QString dir = temporaryDir.path();
//     QString error;
//     const std::optional<TestCertificates> pki = makeTestCertificates(dir, &error);
//     QVERIFY2(pki, qPrintable(error));
//     MosquittoBroker broker;
//     broker.addUser("vigie", "s3cret");
//     broker.setTls({pki->caFile, pki->serverCertFile, pki->serverKeyFile, true});
//     QVERIFY2(broker.start(), qPrintable(broker.errorString())); // url(): "mqtts://127.0.0.1:…"
//
// A broker that crashes and comes back where its clients reconnect: kill() (SIGKILL, so no
// client gets a DISCONNECT), then restart() on the same port. pause() and resume() (SIGSTOP,
// SIGCONT) freeze it with its connections open, for back-pressure and keep-alive tests.
//
// Like every peer, it is stopped by the destructor and dies with the test (see PeerProcess).
// Its log (connections, refusals, TLS errors) is in log(); the destructor prints it when the
// current test has failed.

#include "peerprocess.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace Vigie::Test {

// A throw-away PKI for TLS tests, in PEM files: EC keys on prime256v1, valid ten years.
struct TestCertificates
{
    QString caFile; // the test CA, which signed the certificates below
    QString serverCertFile; // for 127.0.0.1 and localhost (subjectAltName)
    QString serverKeyFile;
    QString wrongNameCertFile; // signed by the CA, but for "elsewhere.invalid" only
    QString wrongNameKeyFile;
    QString clientCertFile; // CN "vigie-test-client", for brokers that require one
    QString clientKeyFile;
    QString otherCaFile; // a CA that signed none of these: trusting it alone refuses the broker
};

// Makes the certificates in `directory` with the openssl command line (a few milliseconds).
// Nothing, with *error saying which command failed and what it printed, if openssl is missing or
// fails.
[[nodiscard]] std::optional<TestCertificates> makeTestCertificates(const QString &directory,
                                                                   QString *error);

// The TLS side of a broker's listener (its files are read by mosquitto when it starts).
struct MosquittoTls
{
    QString caFile; // the CA that client certificates must chain to
    QString certFile; // the broker's certificate and key
    QString keyFile;
    bool requireCertificate = false; // refuse clients without a certificate signed by caFile
};

// A mosquitto broker owned by one test (or bench): one listener on 127.0.0.1, plain or TLS.
class MosquittoBroker
{
public:
    MosquittoBroker();
    // Stops the broker (resumed first, if paused), after printing its log if the test failed.
    ~MosquittoBroker();

    MosquittoBroker(const MosquittoBroker &) = delete;
    MosquittoBroker &operator=(const MosquittoBroker &) = delete;

    // Before start(): a user in the broker's password file (made by mosquitto_passwd). With at
    // least one user, anonymous clients are refused.
    void addUser(const QString &name, const QString &password);
    // Before start(): the listener speaks TLS only.
    void setTls(const MosquittoTls &tls);
    // Before start(): lines added to mosquitto.conf as they are ("{port}" and "{dir}" replaced).
    void addConfiguration(const QByteArray &lines);

    // Starts mosquitto on a free port and waits until it accepts connections. False, with
    // errorString(), if it could not; a second start() is a restart() on a new port.
    [[nodiscard]] bool start();
    // Starts it again on the port it had, where its clients reconnect.
    [[nodiscard]] bool restart();
    // SIGKILL: the broker vanishes as in a crash, its clients' connections reset. Returns once it
    // is gone.
    void kill();
    // SIGSTOP and SIGCONT: frozen with its connections open, and back.
    void pause();
    void resume();
    // SIGTERM (resumed first if paused), as PeerProcess::stop().
    void stop();

    [[nodiscard]] bool isRunning() const;
    [[nodiscard]] quint16 port() const;
    // "mqtt://127.0.0.1:PORT", or "mqtts://…" with TLS.
    [[nodiscard]] QString url() const;
    [[nodiscard]] qint64 processId() const;
    [[nodiscard]] QString errorString() const { return m_error; }
    // What mosquitto wrote since it last started (its log goes to standard error).
    [[nodiscard]] QString log() const;
    // The configuration it was last started with.
    [[nodiscard]] QByteArray configuration() const;

private:
    [[nodiscard]] bool prepare();

    QList<std::pair<QString, QString>> m_users;
    std::optional<MosquittoTls> m_tls;
    QByteArray m_extra;
    std::unique_ptr<PeerProcess> m_peer;
    QByteArray m_configuration;
    bool m_paused = false;
    QString m_error;
};

} // namespace Vigie::Test
