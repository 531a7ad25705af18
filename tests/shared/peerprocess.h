#pragma once

// The one way an integration test starts a real peer (pymodbus's server, mosquitto, PostgreSQL,
// gnome-keyring, a socat pty pair): on a free loopback port, ready before the test talks to it,
// and gone when the test ends, even when the test crashes.
//
// A Modbus TCP test starts pymodbus's server, which listens on 127.0.0.1 and the port it is given
// and serves a map of registers (tests/peers/README.md):
//
//     const QString python = requireProgram("/usr/bin/python3"); // Debian's, not a pyenv one
//     if (python.isEmpty())
//         return; // requireProgram() has failed the test and said how to install it
//     PeerProcess server(python, {VIGIE_SOURCE_DIR "/tests/peers/modbus_server.py",
//                                 "--tcp", "{port}",
//                                 "--map", VIGIE_SOURCE_DIR "/tests/peers/maps/every_type.json"});
//     QVERIFY2(server.start(), qPrintable(server.errorString()));
//     connection.port = server.port(); // poll it, assert; the destructor stops the server
//
// A peer that is not a TCP server says when it is ready; socat's pty pair for Modbus RTU:
//
//     PeerProcess ptys(requireProgram("socat"), {"-d", "-d", "pty,raw,echo=0,link={dir}/a",
//                                                 "pty,raw,echo=0,link={dir}/b"});
//     ptys.readyWhenOutputContains("starting data transfer loop");
//     QVERIFY2(ptys.start(), qPrintable(ptys.errorString()));
//     // pymodbus serves RTU on ptys.directory() + "/a" (modbus_server.py --rtu, ready when it
//     // prints "ready rtu"), Vigie opens ptys.directory() + "/b"
//
// Everything blocks and polls (QProcess's and QTcpSocket's waitFor... functions): no event loop
// has to run, and none is spun inside.

#include <QByteArray>
#include <QList>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <chrono>
#include <memory>
#include <optional>

class QProcess;

namespace Vigie::Test {

// A TCP port on 127.0.0.1 that nothing listens on now, and that no other call in this process
// has returned: for a test whose server is not a separate process (Vigie's own Modbus gateway),
// or to have a port that refuses connections. 0 if none was found.
[[nodiscard]] quint16 freeLoopbackPort();

// A peer process owned by one test. start() picks a free port on 127.0.0.1, runs the program
// with "{port}" replaced by it, and returns once the peer accepts a TCP connection on that port
// (or once a line of its output matches, see readyWhenOutputMatches()). A failed attempt (the
// peer exits, is never ready, or lost its port to another process) is retried on a new port;
// when every attempt fails, errorString() gives the command line, each attempt's outcome and the
// last lines the peer printed, so a red CI log says why.
//
// The peer runs in its own process group: stop() and the destructor send SIGTERM to that group
// (a shell's or dbus-run-session's children are in it) and to the peer's descendants that left it
// (a server that setsid started), wait up to 5 s, then SIGKILL. The peer also gets SIGKILL from
// the kernel if the thread that started it dies (PR_SET_PDEATHSIG), so a crashed or killed test
// leaves no server behind: start peers from the test's own thread, and let the program be the
// server itself (`exec` in a shell script), since only the direct child is covered.
//
// Ready on a port means that a connection to 127.0.0.1:port succeeds and that the listening
// socket belongs to the peer (Linux's /proc tells), not to a process that took the port first.
// Only 127.0.0.1 is used: give the peer "127.0.0.1" to bind, never a wildcard address.
//
// "{port}" and "{dir}" are replaced in the arguments, in the environment's values and in the
// files given to addFile(): {port} by port(), {dir} by directory(), a fresh directory that the
// peer works in by default and that is removed with this object.
class PeerProcess
{
public:
    PeerProcess(const QString &program, const QStringList &arguments);
    // Stops the peer if it runs (see stop()).
    ~PeerProcess();

    PeerProcess(const PeerProcess &) = delete;
    PeerProcess &operator=(const PeerProcess &) = delete;

    // The peer's environment; by default the test's own. PYTHONUNBUFFERED=1 is added unless set,
    // so that a Python peer's lines arrive when printed and not when a buffer fills.
    void setEnvironment(const QProcessEnvironment &environment);
    // Where the peer runs; directory() by default.
    void setWorkingDirectory(const QString &path);
    // Writes a file (a broker's configuration, a server's script) before each attempt, with the
    // placeholders replaced. A relative name is taken in directory().
    void addFile(const QString &name, const QByteArray &contents);

    // Ready when a line of the peer's standard output or error matches, instead of when its port
    // accepts a connection. For peers that are not TCP servers, and for servers that serve one
    // connection only (the probe would use it up). A port is then chosen only if "{port}"
    // appears somewhere.
    void readyWhenOutputMatches(const QRegularExpression &pattern);
    void readyWhenOutputContains(const QString &text);

    // How long each attempt may take to become ready (default 10 s).
    void setReadyTimeout(std::chrono::milliseconds timeout);
    // How many attempts start() makes, each on a new port (default 3).
    void setAttempts(int attempts);
    // Uses this port instead of a free one, e.g. to restart a broker on the port its clients
    // keep reconnecting to. Attempts are then all made on it; 0 goes back to choosing.
    void setPort(quint16 port);

    // Starts the peer and waits until it is ready. False if it could not be made ready; then
    // nothing is left running and errorString() says why. Stops a peer still running first.
    [[nodiscard]] bool start();
    // SIGTERM to the peer and its processes, up to 5 s to exit, then SIGKILL. Keeps port(),
    // directory() and the captured output for the test to inspect. Does nothing if not started.
    void stop();

    [[nodiscard]] bool isRunning() const;
    // The port of the last start (0 if none was needed).
    [[nodiscard]] quint16 port() const { return m_port; }
    [[nodiscard]] QString directory() const { return m_directory.path(); }
    // The peer's process id while it runs, the last one it had after it stopped.
    [[nodiscard]] qint64 processId() const { return m_pid; }
    // The program and its arguments as last started, quoted for a shell.
    [[nodiscard]] QString commandLine() const;
    [[nodiscard]] QString errorString() const { return m_error; }
    // What the peer wrote since its last start (kept in files, so nothing has to read pipes).
    [[nodiscard]] QByteArray standardOutput() const;
    [[nodiscard]] QByteArray standardError() const;
    // The match of the line that made the peer ready in readyWhenOutputMatches() mode, so that a
    // test can take a value the peer printed (a pty name, a process id).
    [[nodiscard]] QRegularExpressionMatch readyMatch() const { return m_readyMatch; }

private:
    enum class Outcome { Ready, NotReady, FailedToStart };

    Outcome attempt(QString *what);
    Outcome waitUntilReady(QString *what);
    [[nodiscard]] bool portAccepts() const;
    [[nodiscard]] bool outputMatches();
    [[nodiscard]] bool mentionsPort() const;
    [[nodiscard]] QString substituted(QString text) const;
    [[nodiscard]] QByteArray substituted(QByteArray bytes) const;
    [[nodiscard]] QString exitDescription() const;

    QString m_program;
    QStringList m_arguments;
    QStringList m_lastArguments;
    QProcessEnvironment m_environment = QProcessEnvironment::systemEnvironment();
    QString m_workingDirectory;
    QList<std::pair<QString, QByteArray>> m_files;
    std::optional<QRegularExpression> m_readyPattern; // none: ready when the port accepts
    QRegularExpressionMatch m_readyMatch;
    std::chrono::milliseconds m_readyTimeout {10000};
    int m_attempts = 3;
    quint16 m_fixedPort = 0;

    QTemporaryDir m_directory;
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
    qint64 m_pid = 0;
    QString m_error;
};

} // namespace Vigie::Test
