#pragma once

// Finding the programs that integration tests start. A peer that ./dev installs is required, not
// optional: a test that skipped itself on a machine without mosquitto would pass untested.

#include <QString>
#include <QStringList>

#include <source_location>

namespace Vigie::Test {

// The absolute path of a program: `name` itself if it is a path to an executable, else the first
// match in PATH, then in /usr/local/sbin, /usr/sbin and /sbin (Debian puts mosquitto there, out
// of a user's PATH), then in extraDirectories (PostgreSQL's server is in
// /usr/lib/postgresql/15/bin). Empty if there is none.
[[nodiscard]] QString findProgram(const QString &name, const QStringList &extraDirectories = {});

// findProgram(), or an empty string after failing the current test, at the caller's line, with
// "<name> is not installed: run ./dev test, which installs it". The caller returns on empty.
[[nodiscard]] QString requireProgram(const QString &name, const QStringList &extraDirectories = {},
                                     std::source_location where = std::source_location::current());

} // namespace Vigie::Test
