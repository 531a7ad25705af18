#include "mosquittobroker.h"

#include <QTest>

#include "requireprogram.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QThread>

#include <csignal>
#include <functional>

#include <unistd.h>

using namespace std::chrono_literals;

namespace Vigie::Test {

namespace {

// Runs a helper program to its end; empty if it succeeded, else what went wrong.
QString run(const QString &program, const QStringList &arguments, const QString &directory)
{
    QProcess process;
    process.setWorkingDirectory(directory);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        return QStringLiteral("%1 %2 failed (%3): %4")
            .arg(program, arguments.join(u' '),
                 process.error() == QProcess::UnknownError
                     ? QStringLiteral("exit code %1").arg(process.exitCode())
                     : process.errorString(),
                 QString::fromLocal8Bit(process.readAll()).trimmed());
    }
    return {};
}

} // namespace

std::optional<TestCertificates> makeTestCertificates(const QString &directory, QString *error)
{
    const QString openssl = findProgram(QStringLiteral("openssl"));
    if (openssl.isEmpty()) {
        *error = QStringLiteral("openssl is not installed: run ./dev test, which installs it");
        return std::nullopt;
    }
    const QDir dir(directory);
    // A configuration of our own: the system's would add its default (CA) extensions.
    QFile config(dir.filePath(QStringLiteral("req.cnf")));
    if (!config.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || config.write("[req]\ndistinguished_name = dn\nprompt = no\n[dn]\n") < 0) {
        *error = QStringLiteral("cannot write %1: %2").arg(config.fileName(), config.errorString());
        return std::nullopt;
    }
    config.close();

    // One `openssl req -x509` per certificate: a new EC key, and the certificate, self-signed
    // or signed by a CA (-CA, OpenSSL 3).
    const auto make = [&](const QString &name, const QString &subject, const QString &signer,
                          const QStringList &extensions) -> QString {
        QStringList arguments = {QStringLiteral("req"),
                                 QStringLiteral("-config"),
                                 config.fileName(),
                                 QStringLiteral("-x509"),
                                 QStringLiteral("-newkey"),
                                 QStringLiteral("ec"),
                                 QStringLiteral("-pkeyopt"),
                                 QStringLiteral("ec_paramgen_curve:prime256v1"),
                                 QStringLiteral("-noenc"),
                                 QStringLiteral("-keyout"),
                                 dir.filePath(name + QStringLiteral(".key")),
                                 QStringLiteral("-out"),
                                 dir.filePath(name + QStringLiteral(".pem")),
                                 QStringLiteral("-days"),
                                 QStringLiteral("3650"),
                                 QStringLiteral("-subj"),
                                 subject};
        if (!signer.isEmpty()) {
            arguments << QStringLiteral("-CA") << dir.filePath(signer + QStringLiteral(".pem"))
                      << QStringLiteral("-CAkey") << dir.filePath(signer + QStringLiteral(".key"));
        }
        for (const QString &extension : extensions)
            arguments << QStringLiteral("-addext") << extension;
        return run(openssl, arguments, directory);
    };
    const QStringList caExtensions = {QStringLiteral("basicConstraints=critical,CA:TRUE"),
                                      QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")};
    const QString leaf = QStringLiteral("basicConstraints=critical,CA:FALSE");
    const QString serverUse = QStringLiteral("extendedKeyUsage=serverAuth");
    const QList<std::function<QString()>> steps = {
        [&] {
            return make(QStringLiteral("ca"), QStringLiteral("/CN=Vigie test CA"), {},
                        caExtensions);
        },
        [&] {
            return make(QStringLiteral("other-ca"), QStringLiteral("/CN=Another test CA"), {},
                        caExtensions);
        },
        [&] {
            return make(
                QStringLiteral("server"), QStringLiteral("/CN=127.0.0.1"), QStringLiteral("ca"),
                {QStringLiteral("subjectAltName=IP:127.0.0.1,DNS:localhost"), leaf, serverUse});
        },
        [&] {
            return make(QStringLiteral("wrong-name"), QStringLiteral("/CN=elsewhere.invalid"),
                        QStringLiteral("ca"),
                        {QStringLiteral("subjectAltName=DNS:elsewhere.invalid"), leaf, serverUse});
        },
        [&] {
            return make(QStringLiteral("client"), QStringLiteral("/CN=vigie-test-client"),
                        QStringLiteral("ca"),
                        {leaf, QStringLiteral("extendedKeyUsage=clientAuth")});
        },
    };
    for (const auto &step : steps) {
        const QString failure = step();
        if (!failure.isEmpty()) {
            *error = failure;
            return std::nullopt;
        }
    }
    const auto pem = [&](const char *name) {
        return dir.filePath(QLatin1String(name) + QStringLiteral(".pem"));
    };
    const auto key = [&](const char *name) {
        return dir.filePath(QLatin1String(name) + QStringLiteral(".key"));
    };
    TestCertificates pki;
    pki.caFile = pem("ca");
    pki.serverCertFile = pem("server");
    pki.serverKeyFile = key("server");
    pki.wrongNameCertFile = pem("wrong-name");
    pki.wrongNameKeyFile = key("wrong-name");
    pki.clientCertFile = pem("client");
    pki.clientKeyFile = key("client");
    pki.otherCaFile = pem("other-ca");
    return pki;
}

MosquittoBroker::MosquittoBroker() = default;

MosquittoBroker::~MosquittoBroker()
{
    // A red run says what the broker saw (connections, refusals, TLS errors).
    if (m_peer && QTest::currentTestFailed())
        qWarning().noquote() << "mosquitto's log:\n" << log();
    stop();
}

void MosquittoBroker::addUser(const QString &name, const QString &password)
{
    m_users.append({name, password});
}

void MosquittoBroker::setTls(const MosquittoTls &tls)
{
    m_tls = tls;
}

void MosquittoBroker::addConfiguration(const QByteArray &lines)
{
    m_extra += lines;
    if (!m_extra.endsWith('\n'))
        m_extra += '\n';
}

// The peer and its files, made once: restart() starts the same configuration again.
bool MosquittoBroker::prepare()
{
    if (m_peer)
        return true;
    const QString mosquitto = findProgram(QStringLiteral("mosquitto"));
    if (mosquitto.isEmpty()) {
        m_error = QStringLiteral("mosquitto is not installed: run ./dev test, which installs it");
        return false;
    }
    m_peer = std::make_unique<PeerProcess>(
        mosquitto, QStringList {QStringLiteral("-c"), QStringLiteral("{dir}/mosquitto.conf")});

    QByteArray conf = "listener {port} 127.0.0.1\n"
                      // Without it, a message at a low rate waits for a delayed ACK (FIELD_NOTES).
                      "set_tcp_nodelay true\n"
                      "persistence false\n"
                      "log_dest stderr\n"
                      "log_type error\nlog_type warning\nlog_type notice\nlog_type information\n"
                      "connection_messages true\n";
    // Run as root, mosquitto would switch to the user "mosquitto", who cannot read the test's
    // private directory.
    if (::geteuid() == 0)
        conf += "user root\n";
    if (m_users.isEmpty()) {
        conf += "allow_anonymous true\n";
    } else {
        conf += "allow_anonymous false\npassword_file {dir}/passwords\n";
        const QString passwd = findProgram(QStringLiteral("mosquitto_passwd"));
        if (passwd.isEmpty()) {
            m_error = QStringLiteral("mosquitto_passwd is not installed: run ./dev test");
            return false;
        }
        const QString file = m_peer->directory() + QStringLiteral("/passwords");
        bool first = true;
        for (const auto &[name, password] : std::as_const(m_users)) {
            QStringList arguments = {QStringLiteral("-b")};
            if (first)
                arguments << QStringLiteral("-c");
            arguments << file << name << password;
            const QString failure = run(passwd, arguments, m_peer->directory());
            if (!failure.isEmpty()) {
                m_error = failure;
                return false;
            }
            first = false;
        }
    }
    if (m_tls) {
        conf += QByteArray("cafile ") + QFile::encodeName(m_tls->caFile) + '\n';
        conf += QByteArray("certfile ") + QFile::encodeName(m_tls->certFile) + '\n';
        conf += QByteArray("keyfile ") + QFile::encodeName(m_tls->keyFile) + '\n';
        conf += m_tls->requireCertificate ? "require_certificate true\n"
                                          : "require_certificate false\n";
    }
    conf += m_extra;
    m_configuration = conf;
    m_peer->addFile(QStringLiteral("mosquitto.conf"), conf);
    return true;
}

bool MosquittoBroker::start()
{
    resume();
    if (!prepare())
        return false;
    if (!m_peer->start()) {
        m_error = m_peer->errorString();
        return false;
    }
    return true;
}

bool MosquittoBroker::restart()
{
    if (!m_peer || m_peer->port() == 0) {
        m_error = QStringLiteral("restart() of a broker that never started");
        return false;
    }
    resume();
    m_peer->setPort(m_peer->port());
    const bool started = m_peer->start();
    m_peer->setPort(0); // a later start() takes a new port, as the header says
    if (!started)
        m_error = m_peer->errorString();
    return started;
}

void MosquittoBroker::kill()
{
    if (!m_peer || !m_peer->isRunning())
        return;
    ::kill(pid_t(m_peer->processId()), SIGKILL);
    m_paused = false;
    const QDeadlineTimer deadline(5s);
    while (m_peer->isRunning() && !deadline.hasExpired())
        QThread::msleep(2);
}

void MosquittoBroker::pause()
{
    if (m_peer && m_peer->isRunning() && !m_paused) {
        ::kill(pid_t(m_peer->processId()), SIGSTOP);
        m_paused = true;
    }
}

void MosquittoBroker::resume()
{
    if (m_peer && m_paused) {
        if (m_peer->isRunning())
            ::kill(pid_t(m_peer->processId()), SIGCONT);
        m_paused = false;
    }
}

void MosquittoBroker::stop()
{
    resume(); // a stopped process would not act on SIGTERM, and stop() would wait 5 s
    if (m_peer)
        m_peer->stop();
}

bool MosquittoBroker::isRunning() const
{
    return m_peer && m_peer->isRunning();
}

quint16 MosquittoBroker::port() const
{
    return m_peer ? m_peer->port() : 0;
}

QString MosquittoBroker::url() const
{
    return (m_tls ? QStringLiteral("mqtts://127.0.0.1:") : QStringLiteral("mqtt://127.0.0.1:"))
        + QString::number(port());
}

qint64 MosquittoBroker::processId() const
{
    return m_peer ? m_peer->processId() : 0;
}

QString MosquittoBroker::log() const
{
    return m_peer ? QString::fromUtf8(m_peer->standardError() + m_peer->standardOutput())
                  : QString();
}

QByteArray MosquittoBroker::configuration() const
{
    return m_configuration;
}

} // namespace Vigie::Test
