#include "sessionkeyring.h"

#include "requireprogram.h"

#include <QDir>
#include <QFile>
#include <QProcess>

namespace Vigie::Test {

namespace {

// Runs inside dbus-run-session: unlocks a new login keyring with a throwaway password (which
// makes gnome-keyring-daemon fork into the background), waits until the Secret Service owns its
// name on the bus, says where the bus is, and stays (the session ends when this shell does).
const char *const script = R"(
printf pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null || exit 1
tries=0
until dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null \
        | grep -q 'boolean true'; do
    tries=$((tries + 1))
    [ "$tries" -gt 100 ] && { echo "the Secret Service never appeared on the bus" >&2; exit 1; }
    sleep 0.05
done
echo "bus $DBUS_SESSION_BUS_ADDRESS"
exec sleep 100000
)";

QProcessEnvironment keyringEnvironment(const QString &directory)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // gnome-keyring keeps its keyrings under XDG_DATA_HOME and its sockets under
    // XDG_RUNTIME_DIR: both in the test's directory, never the user's own keyring.
    env.insert(QStringLiteral("HOME"), directory);
    env.insert(QStringLiteral("XDG_DATA_HOME"), directory + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), directory + QStringLiteral("/run"));
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    return env;
}

} // namespace

SessionKeyring::SessionKeyring()
    : m_peer(findProgram(QStringLiteral("dbus-run-session")),
             {QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"),
              QString::fromUtf8(script)})
{
}

bool SessionKeyring::start()
{
    for (const char *program : {"dbus-run-session", "gnome-keyring-daemon", "dbus-send"}) {
        if (findProgram(QString::fromLatin1(program)).isEmpty()) {
            m_error = QStringLiteral("%1 is not installed: run ./dev test, which installs it")
                          .arg(QString::fromLatin1(program));
            return false;
        }
    }
    // The directories must exist, private, before the daemon starts.
    for (const char *sub : {"data", "run"}) {
        const QString path = m_peer.directory() + QLatin1Char('/') + QLatin1String(sub);
        QDir().mkpath(path);
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    QProcessEnvironment env = keyringEnvironment(m_peer.directory());
    m_peer.setEnvironment(env);
    m_peer.readyWhenOutputMatches(QRegularExpression(QStringLiteral("^bus (\\S+)$")));
    m_peer.setAttempts(2);
    if (!m_peer.start()) {
        m_error = m_peer.errorString();
        return false;
    }
    m_address = m_peer.readyMatch().captured(1);
    return true;
}

QProcessEnvironment SessionKeyring::environment() const
{
    QProcessEnvironment env = keyringEnvironment(m_peer.directory());
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), m_address);
    return env;
}

} // namespace Vigie::Test
