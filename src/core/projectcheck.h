#pragma once

#include "model/projectfile.h"

namespace Vigie {

// What can only be checked against this build of Vigie, not the file alone: a connection
// whose protocol has no transport here (its tags would stay Bad), a variable named like a
// system tag. Warnings: the project still runs.
[[nodiscard]] ProjectIssues checkRuntimeSupport(const Project &project);

// Every problem of a project: validateProject(), checkRuntimeSupport() and checkFormulas().
[[nodiscard]] ProjectIssues checkProject(const Project &project);

// ProjectFile::load() plus checkRuntimeSupport(), checkFormulas() and checkScreens() (the
// screens' SVG files, relative to the project file): what vigie and vigie-runtime open.
[[nodiscard]] ProjectLoadResult loadProject(const QString &fileName);

} // namespace Vigie
