#pragma once

#include "projectissue.h"

#include <QByteArray>

#include <optional>

namespace Vigie {

// One pass over a project file's bytes for what QJsonDocument::fromJson (Qt 6.4) lets through
// and a project file must not hold: raw control characters in strings, escapes JSON does not
// have, lone UTF-16 surrogates, invalid UTF-8, and keys given twice in one object. It also
// reports blank keys with their place. It is not a JSON parser: it follows strings, escapes,
// nesting and the keys of each object, and leaves every other syntax error to the parser.
struct JsonPrescan
{
    // The first problem that makes the text unreadable, if any: its byte offset (to order it
    // against the parser's own error) and what it is, for "not valid JSON at …: <what>".
    struct Fatal
    {
        qsizetype offset = 0;
        QString what;
    };
    std::optional<Fatal> fatal;
    // Problems that do not stop reading, with their line and column: duplicate keys (errors)
    // and empty or blank keys (warnings), each at its JSON path. Only those found before
    // `fatal`, if there is one.
    ProjectIssues issues;
};

[[nodiscard]] JsonPrescan prescanJson(const QByteArray &json);

// The line and column (1-based, counting characters, not bytes) of a byte offset in UTF-8 text.
// A leading byte order mark takes no column.
struct TextPosition
{
    int line = 1;
    int column = 1;
};
[[nodiscard]] TextPosition textPosition(const QByteArray &text, qsizetype offset);

} // namespace Vigie
