#pragma once

#include <QString>
#include <QStringList>

namespace Vigie {

struct Project;

// Renaming a tag where formulas and screens name it: the editor's "rename a tag with its
// usages", and anything else (vigie-runtime, an import) that renames tags in a project.
// Names are found with the formula compiler's own lexing (FormulaCompiler::references()), so
// text inside string literals, function names and element attributes (`eg.x.fill`) are never
// touched. A reference is the tag when its name is the tag's exact name, or, written bare, the
// tag's name behind one of the team prefixes the tag resolver strips (`di.E2152B04`, see
// TagCatalogResolver::defaultPrefixes()).

// `formula` with every reference to `oldName` naming `newName` instead, written as the
// reference was when the new name can be (bare `Niveau.good` → `Level.good`; a prefix kept),
// in brackets otherwise (`[Tank level].good`). A formula that does not compile is returned as
// it is: where its names are cannot be known for sure. A name holding `]` cannot be written in
// a formula; hasWritableName() tells first.
[[nodiscard]] QString renameTag(const QString &formula, const QString &oldName,
                                const QString &newName);

// Whether `formula` reads the tag `name` (the same matching as renameTag()).
[[nodiscard]] bool readsTag(const QString &formula, const QString &name);

// Whether a formula can name this tag at all (bare or in brackets).
[[nodiscard]] bool hasWritableName(const QString &name);

// Where `tag` is used in the project, as issues name places: "calculated[2].formula",
// "screens[0].bindings[3].formula", "screens[1].actions[0].target" (write, toggle and
// faceplate actions), "gateway.map[4].tag". For the question "update N usages?".
[[nodiscard]] QStringList usagesOf(const Project &project, const QString &tag);

// The project's own fields (calculated variables, screens, gateway) with every usage of
// `oldName` naming `newName`; the connections are left as they are.
[[nodiscard]] Project renameUsages(const Project &project, const QString &oldName,
                                   const QString &newName);

} // namespace Vigie
