#pragma once

#include "project.h"
#include "projectissue.h"

#include <QByteArray>

namespace Vigie {

// What reading a project gives: the project (possibly partial) and every problem found.
struct ProjectLoadResult
{
    Project project;
    ProjectIssues issues;
    [[nodiscard]] bool ok() const { return !hasErrors(issues); }
};

// Reads and writes `*.vigie.json` files (docs/project-format.md).
// Reading checks the file's shape and then validates the project, collecting *all* problems;
// writing produces the canonical form, so load + save of a canonical file is byte-identical.
namespace ProjectFile {

[[nodiscard]] ProjectLoadResult parse(const QByteArray &json);
[[nodiscard]] ProjectLoadResult load(const QString &fileName);
[[nodiscard]] QByteArray serialize(const Project &project);
// Atomic: the old file stays whole until the new one is completely written.
bool save(const Project &project, const QString &fileName, QString *errorMessage = nullptr);

} // namespace ProjectFile
} // namespace Vigie
