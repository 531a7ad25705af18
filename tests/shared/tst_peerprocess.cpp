// PeerProcess with real processes: python3's http.server on a free loopback port, shell scripts
// that fail in each way a peer can, socat's pty pair, and a test process killed while it holds a
// peer. Each check looks at the processes and ports themselves, not at what PeerProcess reports.
#include "peerprocess.h"
#include "requireprogram.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QProcess>
#include <QScopeGuard>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryFile>
#include <QTest>

#include <csignal>
#include <cstdio>

#include <fcntl.h>
#include <poll.h>
#include <unistd.h>

using namespace Vigie::Test;
using namespace std::chrono_literals;

namespace {

const QString dieHoldingAPeerOption = QStringLiteral("--die-holding-a-peer");

// Debian's Python: the one ./dev installs, whatever another Python on PATH says.
QString python()
{
    return QStringLiteral("/usr/bin/python3");
}

QStringList httpServerArguments()
{
    return {"-m", "http.server", "--bind", "127.0.0.1", "{port}"};
}

// Alive means running: a zombie waiting for a reaper (PID 1 of a container may never reap it)
// is already dead.
bool processIsAlive(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (pid <= 0 || !stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray line = stat.readAll();
    const QByteArray state = line.mid(line.lastIndexOf(')') + 2, 1);
    return state != "Z" && state != "X";
}

// The kernel's table of this network namespace's TCP sockets, a row of fields per socket: sl
// local_address rem_address st tx_queue:rx_queue tr:tm->when retrnsmt uid timeout inode ...
// Addresses are hex ADDRESS:PORT; state 0A is LISTEN.
QList<QList<QByteArray>> tcpSockets()
{
    QList<QList<QByteArray>> rows;
    for (const char *table : {"/proc/net/tcp", "/proc/net/tcp6"}) {
        QFile file(QString::fromLatin1(table));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        file.readLine(); // the header
        while (!file.atEnd()) {
            const QList<QByteArray> fields = file.readLine().simplified().split(' ');
            if (fields.size() > 9)
                rows.append(fields);
        }
    }
    return rows;
}

// The inode of the socket listening on this port, 0 if none. An inode names one socket: a server
// that binds the port once ours has gone (a test running in parallel may) listens on another, so
// checking that ours is closed cannot be fooled by it, as binding the port again could.
quint64 listeningSocket(quint16 port)
{
    const QByteArray suffix = ':' + QByteArray::number(port, 16).toUpper().rightJustified(4, '0');
    for (const QList<QByteArray> &row : tcpSockets()) {
        if (row.at(3) == "0A" && row.at(1).endsWith(suffix))
            return row.at(9).toULongLong();
    }
    return 0;
}

// No process holds this socket any more (a child the peer left behind would keep it open).
bool socketIsClosed(quint64 inode)
{
    for (const QList<QByteArray> &row : tcpSockets()) {
        if (row.at(9).toULongLong() == inode)
            return false;
    }
    return true;
}

// The whole reply to an HTTP/1.0 GET (the server closes the connection after it).
QByteArray httpGet(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
    if (!socket.waitForConnected(2000))
        return {};
    socket.write("GET / HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n");
    QByteArray reply;
    while (socket.waitForReadyRead(2000))
        reply += socket.readAll();
    return reply + socket.readAll();
}

// The process ids the failing scripts below append to {dir}/pids, one per attempt.
QList<qint64> recordedPids(const PeerProcess &peer)
{
    QFile file(QDir(peer.directory()).filePath("pids"));
    QList<qint64> pids;
    if (file.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : file.readAll().split('\n')) {
            if (!line.isEmpty())
                pids << line.toLongLong();
        }
    }
    return pids;
}

// The child side of aDeadTestLeavesNoPeer(): starts a peer, prints its process id, listening
// socket and directory, and is killed before it can stop it, as a crashed test would be.
int dieHoldingAPeer()
{
    PeerProcess peer(python(), httpServerArguments());
    if (!peer.start()) {
        std::fprintf(stderr, "%s\n", qPrintable(peer.errorString()));
        return 1;
    }
    std::printf("%lld %llu %s\n", peer.processId(), listeningSocket(peer.port()),
                qPrintable(peer.directory()));
    std::fflush(stdout);
    std::raise(SIGKILL);
    return 1;
}

} // namespace

class tst_PeerProcess : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        const QString required[] = {python(), "sh", "setsid"};
        for (const QString &program : required) {
            if (requireProgram(program).isEmpty())
                return; // failed, saying how to install it: no test runs
        }
    }

    void servesOnAFreeLoopbackPort()
    {
        PeerProcess server(python(), httpServerArguments());
        server.addFile("index.html", "served on port {port}\n");
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        QVERIFY(server.port() > 0);
        QVERIFY(server.isRunning());
        QVERIFY(processIsAlive(server.processId()));
        QCOMPARE(server.commandLine(),
                 python() + " -m http.server --bind 127.0.0.1 " + QString::number(server.port()));

        const QByteArray reply = httpGet(server.port());
        QVERIFY2(reply.startsWith("HTTP/1.0 200"), reply.constData());
        QVERIFY2(reply.endsWith(
                     QByteArray("served on port " + QByteArray::number(server.port()) + '\n')),
                 reply.constData());
        QTRY_VERIFY2(server.standardError().contains("\"GET / HTTP/1.0\" 200"),
                     server.standardError().constData()); // its log is captured

        const qint64 pid = server.processId();
        const quint64 socket = listeningSocket(server.port());
        QVERIFY(socket != 0);
        server.stop();
        QVERIFY(!server.isRunning());
        QVERIFY(!processIsAlive(pid));
        QVERIFY(socketIsClosed(socket));
        QVERIFY(server.standardError().contains("GET /")); // still readable after stop()
    }

    void twoPeersGetDifferentPorts()
    {
        PeerProcess first(python(), httpServerArguments());
        PeerProcess second(python(), httpServerArguments());
        QVERIFY2(first.start(), qPrintable(first.errorString()));
        QVERIFY2(second.start(), qPrintable(second.errorString()));
        QVERIFY(first.port() != second.port());
        QVERIFY(first.directory() != second.directory());
        QVERIFY(httpGet(first.port()).startsWith("HTTP/1.0 200"));
        QVERIFY(httpGet(second.port()).startsWith("HTTP/1.0 200"));
    }

    void restartsOnTheSamePort()
    {
        PeerProcess server(python(), httpServerArguments());
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        const quint16 port = server.port();
        QVERIFY(httpGet(port).startsWith("HTTP/1.0 200")); // leaves the server a TIME_WAIT
        server.stop();
        QVERIFY(httpGet(port).isEmpty());

        server.setPort(port); // as a broker restarts under its reconnecting clients
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        QCOMPARE(server.port(), port);
        QVERIFY(httpGet(port).startsWith("HTTP/1.0 200"));
    }

    void destructorStopsThePeerAndItsChildren()
    {
        qint64 shell = 0;
        qint64 child = 0;
        {
            PeerProcess peer("sh", {"-c", "sleep 30 & echo \"ready $$ $!\"; wait"});
            peer.readyWhenOutputMatches(QRegularExpression("^ready (\\d+) (\\d+)$"));
            QVERIFY2(peer.start(), qPrintable(peer.errorString()));
            QCOMPARE(peer.port(), quint16(0)); // not a TCP server: no port chosen
            shell = peer.readyMatch().captured(1).toLongLong();
            child = peer.readyMatch().captured(2).toLongLong();
            QCOMPARE(shell, peer.processId());
            QVERIFY(processIsAlive(shell));
            QVERIFY(processIsAlive(child));
        }
        QVERIFY(!processIsAlive(shell));
        QTRY_VERIFY_WITH_TIMEOUT(!processIsAlive(child), 2000); // the group went with it
    }

    void stopsAServerThatLeftItsGroup()
    {
        // setsid forks the server into a session of its own, out of the peer's process group.
        PeerProcess wrapped("setsid", QStringList {"--wait", python()} + httpServerArguments());
        QVERIFY2(wrapped.start(), qPrintable(wrapped.errorString()));
        QVERIFY(httpGet(wrapped.port()).startsWith("HTTP/1.0 200"));
        QFile children(QStringLiteral("/proc/%1/task/%1/children").arg(wrapped.processId()));
        QVERIFY(children.open(QIODevice::ReadOnly));
        const qint64 server = children.readAll().trimmed().toLongLong();
        QVERIFY(processIsAlive(server));
        const quint64 socket = listeningSocket(wrapped.port());
        QVERIFY(socket != 0);
        const auto cleanUp = qScopeGuard([&] {
            if (processIsAlive(server))
                ::kill(pid_t(server), SIGKILL); // this test failed: leave no server behind anyway
        });

        wrapped.stop();
        QTRY_VERIFY_WITH_TIMEOUT(!processIsAlive(server), 2000);
        QVERIFY(socketIsClosed(socket));
    }

    void readyWhenSocatOpensItsPtys()
    {
        const QString socat = requireProgram("socat");
        if (socat.isEmpty())
            return;
        PeerProcess ptys(
            socat, {"-d", "-d", "pty,raw,echo=0,link={dir}/a", "pty,raw,echo=0,link={dir}/b"});
        ptys.readyWhenOutputContains("starting data transfer loop");
        QVERIFY2(ptys.start(), qPrintable(ptys.errorString()));
        QCOMPARE(ptys.port(), quint16(0));

        // Bytes written to one end come out of the other: the pair is usable once ready.
        const QByteArray a = QFile::encodeName(ptys.directory() + "/a");
        const QByteArray b = QFile::encodeName(ptys.directory() + "/b");
        const int writer = ::open(a.constData(), O_RDWR | O_NOCTTY | O_NONBLOCK);
        const int reader = ::open(b.constData(), O_RDWR | O_NOCTTY | O_NONBLOCK);
        const auto closeBoth = qScopeGuard([&] {
            ::close(writer);
            ::close(reader);
        });
        QVERIFY2(writer >= 0 && reader >= 0, "cannot open the pty pair");
        const QByteArray request("\x01\x03\x00\x00\x00\x0a\xc5\xcd", 8); // a Modbus RTU read
        QCOMPARE(::write(writer, request.constData(), size_t(request.size())),
                 ssize_t(request.size()));
        QByteArray received;
        QElapsedTimer clock;
        clock.start();
        while (received.size() < request.size() && clock.elapsed() < 2000) {
            pollfd readable {reader, POLLIN, 0};
            if (::poll(&readable, 1, 100) == 1) {
                char buffer[64];
                const ssize_t n = ::read(reader, buffer, sizeof buffer);
                if (n > 0)
                    received.append(buffer, n);
            }
        }
        QCOMPARE(received.toHex(), request.toHex());

        const qint64 pid = ptys.processId();
        ptys.stop();
        QVERIFY(!processIsAlive(pid));
        QVERIFY(!QFileInfo::exists(ptys.directory() + "/a")); // socat removed its links
    }

    void startFailuresSayWhy_data()
    {
        QTest::addColumn<QString>("program");
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("readyLine"); // empty: ready when the port accepts
        QTest::addColumn<int>("attempts");
        QTest::addColumn<bool>("portTaken"); // a listener of this test holds the port first
        QTest::addColumn<QStringList>("expected");

        // Each script appends its process id to {dir}/pids, to check that none is left running.
        const QString record = "echo $$ >> {dir}/pids; ";
        QTest::newRow("program missing")
            << "/nonexistent/vigie-peer" << QStringList {"{port}"} << "" << 3 << false
            << QStringList {"/nonexistent/vigie-peer ", "could not start", "after 1 attempt(s)"};
        QTest::newRow("exits at once")
            << "/bin/sh"
            << QStringList {"-c", record + "echo 'cannot read modbus.conf' >&2; exit 3", "sh",
                            "{port}"}
            << "" << 3 << false
            << QStringList {"/bin/sh -c 'echo $$ >> ",   "exited with code 3 before it was ready",
                            "after 3 attempt(s)",        "attempt 3, port ",
                            "standard error:\n",         "  | cannot read modbus.conf",
                            "standard output: (nothing)"};
        QTest::newRow("killed by a signal")
            << "/bin/sh" << QStringList {"-c", record + "kill -9 $$", "sh", "{port}"} << "" << 2
            << false << QStringList {"was killed by signal 9", "after 2 attempt(s)"};
        QTest::newRow("never accepts a connection")
            << "/bin/sh"
            << QStringList {"-c", record + "echo 'listening elsewhere'; exec sleep 30", "sh",
                            "{port}"}
            << "" << 2 << false
            << QStringList {"not ready within 300 ms: nothing accepted a connection on 127.0.0.1:",
                            "after 2 attempt(s)", "  | listening elsewhere"};
        QTest::newRow("never prints its line")
            << "/bin/sh" << QStringList {"-c", record + "echo starting; exec sleep 30"} << "^ready$"
            << 1 << false
            << QStringList {"not ready within 300 ms: no line of its output matched /^ready$/",
                            "  | starting"};
        QTest::newRow("port taken by another process")
            << "/bin/sh" << QStringList {"-c", record + "exec sleep 30", "sh", "{port}"} << "" << 2
            << true
            << QStringList {"accepts connections, but another process listens there",
                            "after 2 attempt(s)"}; // seen at the first look, before any timeout
        QTest::newRow("no port placeholder")
            << "/bin/sh" << QStringList {"-c", "exec sleep 30"} << "" << 3 << false
            << QStringList {"no {port} in its arguments"};
    }
    void startFailuresSayWhy()
    {
        QFETCH(QString, program);
        QFETCH(QStringList, arguments);
        QFETCH(QString, readyLine);
        QFETCH(int, attempts);
        QFETCH(bool, portTaken);
        QFETCH(QStringList, expected);

        QTcpServer squatter;
        PeerProcess peer(program, arguments);
        if (portTaken) {
            QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
            peer.setPort(squatter.serverPort());
        }
        if (!readyLine.isEmpty())
            peer.readyWhenOutputMatches(QRegularExpression(readyLine));
        peer.setReadyTimeout(300ms);
        peer.setAttempts(attempts);

        QElapsedTimer clock;
        clock.start();
        QVERIFY(!peer.start());
        QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
        for (const QString &text : expected)
            QVERIFY2(peer.errorString().contains(text),
                     qPrintable("no \"" + text + "\" in:\n" + peer.errorString()));
        QVERIFY(!peer.isRunning());
        for (const qint64 pid : recordedPids(peer))
            QVERIFY2(!processIsAlive(pid), qPrintable(QString::number(pid)));
    }

    void findsPrograms()
    {
        QCOMPARE(QFileInfo(findProgram("sh")).fileName(), "sh");
        QCOMPARE(findProgram(python()), python());
        QVERIFY(findProgram("vigie-no-such-program").isEmpty());
        QTemporaryFile notAProgram; // 0600: not executable
        QVERIFY(notAProgram.open());
        QVERIFY(findProgram(notAProgram.fileName()).isEmpty());
        QEXPECT_FAIL("", "a missing program fails the test that requires it", Continue);
        const QString missing = requireProgram("vigie-no-such-program");
        QVERIFY(missing.isEmpty());
    }

    void aDeadTestLeavesNoPeer()
    {
        QProcess test;
        test.start(QCoreApplication::applicationFilePath(), {dieHoldingAPeerOption});
        QVERIFY(test.waitForFinished(10000));
        QCOMPARE(test.exitStatus(), QProcess::CrashExit);
        const QList<QByteArray> printed = test.readAllStandardOutput().trimmed().split(' ');
        QVERIFY2(printed.size() == 3, test.readAllStandardError().constData());
        const qint64 pid = printed.at(0).toLongLong();
        const quint64 socket = printed.at(1).toULongLong();
        QVERIFY(pid > 0 && socket > 0);
        const auto cleanUp = qScopeGuard([&] {
            if (processIsAlive(pid))
                ::kill(pid_t(pid), SIGKILL); // this test failed: leave no server behind anyway
            QDir(QString::fromLocal8Bit(printed.at(2))).removeRecursively(); // the child could not
        });

        QTRY_VERIFY_WITH_TIMEOUT(!processIsAlive(pid), 5000); // PR_SET_PDEATHSIG
        QVERIFY(socketIsClosed(socket));
    }
};

// QTEST_GUILESS_MAIN, plus the child role aDeadTestLeavesNoPeer() runs this program in.
int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (app.arguments().contains(dieHoldingAPeerOption))
        return dieHoldingAPeer();
    tst_PeerProcess test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_peerprocess.moc"
