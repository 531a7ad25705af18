#pragma once

#include <QLocale>
#include <QString>

#include <optional>

namespace Vigie {

// Numbers as the user reads and types them in the dialogs' text fields, in a given locale (a
// French user sees and types 12,5). Text fields rather than spin boxes for values such as a
// scale or a limit, which need every digit of a double, not a fixed number of decimals.
namespace NumberText {

// The shortest text that reads back as exactly `value`, without group separators
// (12.5 → "12,5" in French; 1e-7 → "1e-07"; 100000 → "100000").
[[nodiscard]] QString format(const QLocale &locale, double value);

// The number the text holds in `locale` (surrounding spaces ignored), or nothing.
[[nodiscard]] std::optional<double> parse(const QLocale &locale, const QString &text);

// Why `text` is not a number, in words that show the locale's form: "\"12.5\" is not a number
// (write it like 1234,5)"; "is empty: give a number" for an empty text.
[[nodiscard]] QString problem(const QLocale &locale, const QString &text);

} // namespace NumberText
} // namespace Vigie
