#include "peerprocess.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QHostAddress>
#include <QLoggingCategory>
#include <QMutex>
#include <QProcess>
#include <QSet>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <algorithm>
#include <csignal>
#include <cstring>
#include <optional>

#include <sys/prctl.h>
#include <unistd.h>

using namespace std::chrono_literals;

namespace Vigie::Test {

// Retries are logged here; quiet unless QT_LOGGING_RULES="vigie.test.peer.info=true".
Q_LOGGING_CATEGORY(lcPeer, "vigie.test.peer", QtWarningMsg)

namespace {

constexpr QLatin1String portPlaceholder("{port}");
constexpr QLatin1String dirPlaceholder("{dir}");
constexpr auto pollInterval = 20ms;
constexpr auto stopGrace = 5s;
constexpr int tailLines = 20;

QString stdoutPath(const QString &directory)
{
    return directory + QStringLiteral("/stdout.log");
}

QString stderrPath(const QString &directory)
{
    return directory + QStringLiteral("/stderr.log");
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The inodes of the sockets listening on this TCP port, IPv4 or IPv6, from Linux's tables.
QSet<QByteArray> listeningSockets(quint16 port)
{
    const QByteArray portSuffix =
        ':' + QByteArray::number(port, 16).toUpper().rightJustified(4, '0');
    QSet<QByteArray> inodes;
    for (const QString &table :
         {QStringLiteral("/proc/net/tcp"), QStringLiteral("/proc/net/tcp6")}) {
        const QList<QByteArray> lines = readFile(table).split('\n');
        // Columns: sl local_address rem_address st tx:rx tr:when retrnsmt uid timeout inode ...
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QList<QByteArray> fields = lines.at(i).simplified().split(' ');
            if (fields.size() > 9 && fields.at(1).endsWith(portSuffix) && fields.at(3) == "0A")
                inodes.insert(fields.at(9));
        }
    }
    return inodes;
}

// A process as /proc/PID/stat describes it; its start time tells it from a later process that
// reuses its id.
struct ProcessEntry
{
    qint64 pid = 0;
    qint64 parent = 0;
    qint64 group = 0;
    QByteArray startTime;
};

std::optional<ProcessEntry> processEntry(qint64 pid)
{
    // "PID (command) STATE PPID PGRP SESSION ... STARTTIME(22nd) ...", the command may hold spaces.
    const QByteArray stat = readFile(QStringLiteral("/proc/%1/stat").arg(pid));
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 20 || fields.at(0) == "Z" || fields.at(0) == "X")
        return std::nullopt; // gone, or a zombie: dead already
    return ProcessEntry {pid, fields.at(1).toLongLong(), fields.at(2).toLongLong(), fields.at(19)};
}

// The peer's processes: the peer, its process group, and its descendants that left the group
// (a server that a wrapper started in a session of its own).
QList<ProcessEntry> peerProcesses(qint64 peer)
{
    QHash<qint64, ProcessEntry> all;
    for (const QString &name : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
        bool isPid = false;
        const qint64 pid = name.toLongLong(&isPid);
        if (isPid) {
            if (const std::optional<ProcessEntry> entry = processEntry(pid))
                all.insert(pid, *entry);
        }
    }
    const auto descends = [&](qint64 pid) {
        for (int depth = 0; pid > 1 && depth < 64; ++depth, pid = all.value(pid).parent) {
            if (pid == peer)
                return true;
        }
        return false;
    };
    QList<ProcessEntry> family;
    for (const ProcessEntry &entry : std::as_const(all)) {
        if (entry.group == peer || descends(entry.pid))
            family << entry;
    }
    return family;
}

bool isStillAlive(const ProcessEntry &process)
{
    const std::optional<ProcessEntry> now = processEntry(process.pid);
    return now && now->startTime == process.startTime;
}

// Whether one of the peer's processes holds one of these sockets.
bool peerHoldsSocket(qint64 peer, const QSet<QByteArray> &inodes)
{
    for (const ProcessEntry &process : peerProcesses(peer)) {
        const QDir fds(QStringLiteral("/proc/%1/fd").arg(process.pid));
        for (const QString &fd :
             fds.entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot)) {
            char target[64] = {};
            const QByteArray path = QFile::encodeName(fds.filePath(fd));
            if (::readlink(path.constData(), target, sizeof target - 1) <= 0)
                continue;
            const QByteArray link(target);
            if (link.startsWith("socket:[") && inodes.contains(link.mid(8).chopped(1)))
                return true;
        }
    }
    return false;
}

QString shellQuoted(const QString &word)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_@%+=:,./{}-]+$"));
    if (plain.match(word).hasMatch())
        return word;
    return u'\'' + QString(word).replace(u'\'', QStringLiteral("'\\''")) + u'\'';
}

QString tail(const QByteArray &output)
{
    QStringList lines = QString::fromUtf8(output).split(u'\n');
    while (!lines.isEmpty() && lines.last().trimmed().isEmpty())
        lines.removeLast();
    if (lines.isEmpty())
        return QStringLiteral(" (nothing)\n");
    QString text = lines.size() > tailLines ? QStringLiteral(" (last %1 lines)\n").arg(tailLines)
                                            : QStringLiteral("\n");
    for (qsizetype i = qMax<qsizetype>(0, lines.size() - tailLines); i < lines.size(); ++i)
        text += QStringLiteral("  | ") + lines.at(i) + u'\n';
    return text;
}

} // namespace

// A port nothing is bound to now: the kernel chooses it for a listener on port 0, which is then
// closed. A listener that accepted nothing leaves no TIME_WAIT, so the peer can bind the port.
quint16 freeLoopbackPort()
{
    // Ports handed out by this process are never handed out twice: two peers of one test cannot
    // end up on the same port, whatever the kernel chooses next.
    static QMutex mutex;
    static QSet<quint16> handedOut;
    for (int i = 0; i < 100; ++i) {
        QTcpServer listener;
        if (!listener.listen(QHostAddress::LocalHost, 0))
            return 0;
        const quint16 port = listener.serverPort();
        listener.close();
        const QMutexLocker lock(&mutex);
        if (!handedOut.contains(port)) {
            handedOut.insert(port);
            return port;
        }
    }
    return 0;
}

PeerProcess::PeerProcess(const QString &program, const QStringList &arguments)
    : m_program(program)
    , m_arguments(arguments)
    , m_directory(QDir::tempPath() + QStringLiteral("/vigie-peer-XXXXXX"))
{
}

PeerProcess::~PeerProcess()
{
    stop();
}

void PeerProcess::setEnvironment(const QProcessEnvironment &environment)
{
    m_environment = environment;
}

void PeerProcess::setWorkingDirectory(const QString &path)
{
    m_workingDirectory = path;
}

void PeerProcess::addFile(const QString &name, const QByteArray &contents)
{
    m_files.append({name, contents});
}

void PeerProcess::readyWhenOutputMatches(const QRegularExpression &pattern)
{
    m_readyPattern = pattern;
}

void PeerProcess::readyWhenOutputContains(const QString &text)
{
    m_readyPattern = QRegularExpression(QRegularExpression::escape(text));
}

void PeerProcess::setReadyTimeout(std::chrono::milliseconds timeout)
{
    m_readyTimeout = timeout;
}

void PeerProcess::setAttempts(int attempts)
{
    m_attempts = qMax(1, attempts);
}

void PeerProcess::setPort(quint16 port)
{
    m_fixedPort = port;
}

bool PeerProcess::start()
{
    stop();
    m_error.clear();
    m_readyMatch = {};
    m_port = 0;
    if (m_program.isEmpty()) {
        m_error = QStringLiteral("no program to start (requireProgram() did not find it)");
        return false;
    }
    if (!m_directory.isValid()) {
        m_error =
            QStringLiteral("cannot create a directory for the peer: ") + m_directory.errorString();
        return false;
    }
    if (!m_readyPattern && !mentionsPort()) {
        m_error = commandLine()
            + QStringLiteral(": no {port} in its arguments, environment or files, so "
                             "nothing tells it which port to listen on (a peer that is not "
                             "a TCP server is ready when it prints a line: "
                             "readyWhenOutputMatches())");
        return false;
    }

    QString report;
    int made = 0;
    while (made < m_attempts) {
        ++made;
        QString what;
        const Outcome outcome = attempt(&what);
        if (outcome == Outcome::Ready)
            return true;
        const QString line =
            QStringLiteral("  attempt %1%2: %3\n")
                .arg(QString::number(made),
                     m_port ? QStringLiteral(", port %1").arg(m_port) : QString(), what);
        qCInfo(lcPeer).noquote() << commandLine() << line.trimmed();
        report += line;
        stop();
        if (outcome == Outcome::FailedToStart)
            break; // another port will not make a missing program appear
    }
    m_error = QStringLiteral("%1 was not ready after %2 attempt(s):\n%3standard error:%4"
                             "standard output:%5")
                  .arg(commandLine(), QString::number(made), report, tail(standardError()),
                       tail(standardOutput()));
    m_error.chop(1); // the last newline
    return false;
}

PeerProcess::Outcome PeerProcess::attempt(QString *what)
{
    m_port = m_fixedPort;
    if (m_port == 0 && (!m_readyPattern || mentionsPort())) {
        m_port = freeLoopbackPort();
        if (m_port == 0) {
            *what = QStringLiteral("no free port on 127.0.0.1");
            return Outcome::FailedToStart;
        }
    }
    for (const auto &[name, contents] : m_files) {
        QFile file(QDir(directory()).filePath(substituted(name)));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || file.write(substituted(contents)) < 0) {
            *what = QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString());
            return Outcome::FailedToStart;
        }
    }

    m_lastArguments.clear();
    for (const QString &argument : std::as_const(m_arguments))
        m_lastArguments << substituted(argument);
    QProcessEnvironment environment;
    for (const QString &name : m_environment.keys())
        environment.insert(name, substituted(m_environment.value(name)));
    if (!environment.contains(QStringLiteral("PYTHONUNBUFFERED")))
        environment.insert(QStringLiteral("PYTHONUNBUFFERED"), QStringLiteral("1"));

    m_process = std::make_unique<QProcess>();
    m_process->setProgram(m_program);
    m_process->setArguments(m_lastArguments);
    m_process->setProcessEnvironment(environment);
    m_process->setWorkingDirectory(m_workingDirectory.isEmpty() ? directory()
                                                                : substituted(m_workingDirectory));
    // Files, not pipes: a chatty peer never blocks on a pipe nobody reads between two waits, and
    // the output can be read at any time without an event loop.
    m_process->setStandardInputFile(QProcess::nullDevice());
    m_process->setStandardOutputFile(stdoutPath(directory()));
    m_process->setStandardErrorFile(stderrPath(directory()));
    const pid_t test = ::getpid();
    m_process->setChildProcessModifier([test] {
        // Runs in the child between fork and exec: only async-signal-safe calls.
        ::setpgid(0, 0); // its own group, so that stop() reaches whatever it starts
        ::prctl(PR_SET_PDEATHSIG, SIGKILL); // dies with the test's thread, even on a crash
        if (::getppid() != test)
            ::_exit(127); // the test died before prctl() could take effect
    });
    m_process->start();
    if (!m_process->waitForStarted()) {
        *what = QStringLiteral("could not start: ") + m_process->errorString();
        m_pid = 0;
        return Outcome::FailedToStart;
    }
    m_pid = m_process->processId();
    return waitUntilReady(what);
}

PeerProcess::Outcome PeerProcess::waitUntilReady(QString *what)
{
    const QDeadlineTimer deadline(m_readyTimeout);
    for (;;) {
        m_process->waitForFinished(0); // reaps an exited peer, so that state() is current
        if (m_process->state() == QProcess::NotRunning) {
            *what = exitDescription() + QStringLiteral(" before it was ready");
            return Outcome::NotReady;
        }
        if (m_readyPattern) {
            if (outputMatches())
                return Outcome::Ready;
        } else if (portAccepts()) {
            const QSet<QByteArray> sockets = listeningSockets(m_port);
            // No table to read (not Linux, or /proc hidden): trust the connection.
            if (sockets.isEmpty() || peerHoldsSocket(m_pid, sockets))
                return Outcome::Ready;
            *what = QStringLiteral("127.0.0.1:%1 accepts connections, but another process "
                                   "listens there: the port was taken before the peer bound it")
                        .arg(m_port);
            return Outcome::NotReady;
        }
        if (deadline.hasExpired()) {
            *what = QStringLiteral("not ready within %1 ms: ").arg(m_readyTimeout.count())
                + (m_readyPattern ? QStringLiteral("no line of its output matched /%1/")
                                        .arg(m_readyPattern->pattern())
                                  : QStringLiteral("nothing accepted a connection on "
                                                   "127.0.0.1:%1")
                                        .arg(m_port));
            return Outcome::NotReady;
        }
        // Sleeps until the next look, and wakes at once if the peer exits.
        const auto left =
            std::chrono::ceil<std::chrono::milliseconds>(deadline.remainingTimeAsDuration());
        m_process->waitForFinished(int(std::clamp(left, 1ms, pollInterval).count()));
    }
}

bool PeerProcess::portAccepts() const
{
    QTcpSocket probe;
    probe.connectToHost(QHostAddress(QHostAddress::LocalHost), m_port);
    const bool connected = probe.waitForConnected(1000);
    // With nothing listening, a connection to a port of the ephemeral range can get that same
    // port as its own end and connect to itself (TCP simultaneous open): that is not the peer.
    const bool itself = connected && probe.localPort() == m_port;
    probe.abort();
    return connected && !itself;
}

bool PeerProcess::outputMatches()
{
    for (const QByteArray &output : {standardOutput(), standardError()}) {
        for (QString line : QString::fromUtf8(output).split(u'\n')) {
            if (line.endsWith(u'\r'))
                line.chop(1);
            QRegularExpressionMatch match = m_readyPattern->match(line);
            if (match.hasMatch()) {
                m_readyMatch = std::move(match);
                return true;
            }
        }
    }
    return false;
}

bool PeerProcess::mentionsPort() const
{
    const auto mentions = [](const QString &text) { return text.contains(portPlaceholder); };
    if (std::any_of(m_arguments.cbegin(), m_arguments.cend(), mentions))
        return true;
    for (const auto &[name, contents] : m_files) {
        if (mentions(name) || contents.contains("{port}"))
            return true;
    }
    const QStringList names = m_environment.keys();
    return std::any_of(names.cbegin(), names.cend(),
                       [&](const QString &name) { return mentions(m_environment.value(name)); });
}

QString PeerProcess::substituted(QString text) const
{
    return text.replace(portPlaceholder, QString::number(m_port))
        .replace(dirPlaceholder, directory());
}

QByteArray PeerProcess::substituted(QByteArray bytes) const
{
    return bytes.replace("{port}", QByteArray::number(m_port))
        .replace("{dir}", QFile::encodeName(directory()));
}

QString PeerProcess::exitDescription() const
{
    const int code = m_process->exitCode();
    if (m_process->exitStatus() == QProcess::CrashExit)
        return QStringLiteral("was killed by signal %1 (%2)")
            .arg(QString::number(code), QString::fromLocal8Bit(::strsignal(code)));
    return QStringLiteral("exited with code %1").arg(code);
}

void PeerProcess::stop()
{
    if (!m_process)
        return;
    if (m_pid > 1) { // never kill(0) or kill(-1): that would reach the test itself
        m_process->waitForFinished(0); // reaps a peer that exited, so that state() is current
        // Taken before the peer goes: its orphans would no longer descend from it.
        const QList<ProcessEntry> family = peerProcesses(m_pid);
        const auto signalAll = [&](int signal) {
            // The group's id is the peer's: it names the peer's group, and no other, while the
            // peer is not reaped or a member lives. Members started since the list was taken
            // are reached too.
            const bool groupHeld = m_process->state() != QProcess::NotRunning
                || std::any_of(family.cbegin(), family.cend(), [&](const ProcessEntry &process) {
                                       return process.group == m_pid && isStillAlive(process);
                                   });
            if (groupHeld)
                ::kill(-pid_t(m_pid), signal);
            for (const ProcessEntry &process : family) {
                if (process.group != m_pid && isStillAlive(process)) // left the group (setsid)
                    ::kill(pid_t(process.pid), signal);
            }
        };
        const QDeadlineTimer deadline(stopGrace);
        signalAll(SIGTERM);
        m_process->waitForFinished(
            int(std::chrono::ceil<std::chrono::milliseconds>(deadline.remainingTimeAsDuration())
                    .count()));
        while (!deadline.hasExpired() && std::any_of(family.cbegin(), family.cend(), isStillAlive))
            QThread::msleep(std::chrono::milliseconds(pollInterval).count());
        if (m_process->state() != QProcess::NotRunning) {
            ::kill(pid_t(m_pid), SIGKILL);
            m_process->waitForFinished(-1);
        }
        signalAll(SIGKILL); // whatever outlived the grace (a shell's children)
    }
    m_process.reset();
}

bool PeerProcess::isRunning() const
{
    if (!m_process)
        return false;
    m_process->waitForFinished(0); // reaps an exited peer, so that state() is current
    return m_process->state() != QProcess::NotRunning;
}

QString PeerProcess::commandLine() const
{
    QString line = shellQuoted(m_program);
    for (const QString &argument : m_lastArguments.isEmpty() ? m_arguments : m_lastArguments)
        line += u' ' + shellQuoted(argument);
    return line;
}

QByteArray PeerProcess::standardOutput() const
{
    return readFile(stdoutPath(directory()));
}

QByteArray PeerProcess::standardError() const
{
    return readFile(stderrPath(directory()));
}

} // namespace Vigie::Test
