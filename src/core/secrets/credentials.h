#pragma once

#include <QString>

namespace Vigie {

// A user name and its password, as the keychain keeps them for a reference of the project
// file. Kept as one JSON text in the keychain entry, so that both change together.
struct Credentials
{
    QString user; // may be empty: a password alone (a token)
    QString password;

    // {"user":…,"password":…}: what the keychain entry holds.
    [[nodiscard]] QString toText() const;
    // The entry's text back; false (and *error) if it is not what toText() writes.
    [[nodiscard]] static bool fromText(const QString &text, Credentials *credentials,
                                       QString *error);
    // What `vigie-runtime --set-secret` reads on its standard input: the user name on the
    // first line, the password on the second (a single line: a password without user name).
    // A final line break is not part of the password; a third line is refused.
    [[nodiscard]] static bool fromLines(const QByteArray &input, Credentials *credentials,
                                        QString *error);
    friend bool operator==(const Credentials &, const Credentials &) = default;
};

} // namespace Vigie
