#pragma once

// A keychain for tests: a private D-Bus session bus with gnome-keyring's Secret Service on it,
// unlocked with a throwaway password, in a fresh directory. QtKeychain talks to it as it would
// to a desktop's keychain.
//
//     SessionKeyring keyring;
//     QVERIFY2(keyring.start(), qPrintable(keyring.errorString()));
//     qputenv("DBUS_SESSION_BUS_ADDRESS", keyring.busAddress().toUtf8()); // before any D-Bus use
//
// Programs the test runs (vigie-runtime --set-secret) get environment() to reach the same
// keyring. The bus, the daemon and the keyring's files are gone with this object.

#include "peerprocess.h"

#include <QProcessEnvironment>
#include <QString>

namespace Vigie::Test {

class SessionKeyring
{
public:
    SessionKeyring();

    // Starts dbus-run-session with gnome-keyring-daemon in it, and returns once the Secret
    // Service answers on the bus. False (see errorString()) if it could not.
    [[nodiscard]] bool start();
    void stop() { m_peer.stop(); }

    // The session bus's address ("unix:path=…"), empty before start().
    [[nodiscard]] QString busAddress() const { return m_address; }
    // The test's environment with this bus and a home of its own, for programs it runs.
    [[nodiscard]] QProcessEnvironment environment() const;
    [[nodiscard]] QString errorString() const { return m_error; }

private:
    PeerProcess m_peer;
    QString m_address;
    QString m_error;
};

} // namespace Vigie::Test
