#pragma once

class QTextStream;

namespace Vigie {

struct RuntimeOptions;

// vigie-runtime's scripted engineering: --import FILE --into PROJECT and --export PROJECT --to
// FILE. Each returns the process's exit status: 0 done, 1 nothing changed because of an error
// (every one printed, with its sheet, row and column).
namespace ExchangeCommands {

int importInto(const RuntimeOptions &options, QTextStream &out, QTextStream &err);
int exportTo(const RuntimeOptions &options, QTextStream &out, QTextStream &err);

} // namespace ExchangeCommands
} // namespace Vigie
