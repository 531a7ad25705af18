#pragma once

#include <QString>

namespace Vigie {

// What a formula's names mean. The compiler asks it once per name it reads, at compile time,
// so evaluation never looks a name up: `Niveau`, `[Énergie active/Phase 1]`, `di.E2152B04`
// (a tag behind a team's prefix), `eg.E2189S04.stroke` (another element's attribute on a
// screen). The answer is an input slot of the FormulaSet the formula goes into; the owner of
// the resolver keeps those slots up to date (FormulaSet::setInput).
//
// Members: the compiler strips a trailing `.value`, `.quality`, `.timestamp` or `.good` from a
// bare name (and reads them after a bracketed one) before asking, so `resolve()` sees `Niveau`
// for `Niveau.quality` and `eg.E2189S04.text` as it is written.
class FormulaResolver
{
public:
    virtual ~FormulaResolver() = default;
    // The input slot (>= 0) of `name`, or -1 with `error` set ("unknown tag X").
    [[nodiscard]] virtual int resolve(const QString &name, bool bracketed,
                                      QString *error) const = 0;
};

} // namespace Vigie
