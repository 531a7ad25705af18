#pragma once

#include "formulaerror.h"
#include "formulaprogram.h"

#include <QStringList>

namespace Vigie {

class FormulaResolver;

// Where a formula names an input, as the compiler reads it: the span of the whole name as
// written (brackets and member included), the name the resolver is asked for, and the member.
// For tools that rewrite names (formularename.h) with the compiler's own lexing rules.
struct FormulaReference
{
    int offset = 0;
    int length = 0;
    QString name; // without brackets or member: what FormulaResolver::resolve() is given
    bool bracketed = false;
    QString member; // as written, without the dot; empty for none
};

// Turns a formula's text into a FormulaProgram in one pass (a recursive-descent parser that
// emits bytecode as it goes), asking the resolver for each name. Errors say where: parse
// errors, unknown names and functions, wrong argument counts.
class FormulaCompiler
{
public:
    // Built-in functions by id; FormulaProgram's Call instruction carries the id.
    enum class Function : quint8 {
        If,
        And,
        Or,
        Not,
        Min,
        Max,
        Abs,
        Round,
        Int,
        Mod,
        Bit,
        Format,
        Choose,
        Rgb,
        Blink,
        Now,
    };

    // The program, or an invalid one with `error` set.
    [[nodiscard]] static FormulaProgram
    compile(const QString &source, const FormulaResolver &resolver, FormulaError *error);
    // Every name the formula reads, in order, whatever they mean (no resolver is asked);
    // empty with `error` set when the formula does not compile.
    [[nodiscard]] static QList<FormulaReference> references(const QString &source,
                                                            FormulaError *error = nullptr);
    // Every function name the language knows (English and French), upper case.
    [[nodiscard]] static QStringList functionNames();
};

} // namespace Vigie
