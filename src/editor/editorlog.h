#pragma once

#include <QLoggingCategory>

namespace Vigie {

// The editor's log: commands that could not be done or undone (a bug, never the user's input,
// which the verbs refuse before pushing anything) and autosave failures.
Q_DECLARE_LOGGING_CATEGORY(lcEditor)

} // namespace Vigie
