#pragma once

#include "formulaerror.h"
#include "formulaprogram.h"

#include <QStringList>

namespace Vigie {

class FormulaResolver;

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
    // Every function name the language knows (English and French), upper case.
    [[nodiscard]] static QStringList functionNames();
};

} // namespace Vigie
