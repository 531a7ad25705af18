#pragma once

#include "sheet.h"

#include <QChar>
#include <QStringView>

#include <functional>

namespace Vigie::Csv {

// How parsing the records of a text ended.
struct ParseOutcome
{
    enum Status { Done, UnclosedQuote, Cancelled };
    Status status = Done;
    int line = 0; // UnclosedQuote: the line where the quoted field opens
};

// Splits CSV text into records of fields (RFC 4180, leniently: text after a closing quote is
// kept, a quote inside an unquoted field is a character) into sheet->rows, with each record's
// first physical line in sheet->lines when some record spans lines; an empty field is an invalid
// QVariant and trailing empty fields and records are left out. firstLine numbers the text's first
// line (2 after a "sep=" line). At most maxRecords records (-1: all). `progress` is told the
// position reached in the text now and then, and returning false stops with Cancelled.
ParseOutcome parseRecords(QStringView text, QChar delimiter, Sheet *sheet, int firstLine = 1,
                          qsizetype maxRecords = -1,
                          const std::function<bool(qsizetype position)> &progress = {});

// The delimiter among ';', ',' and tab that splits the first records of the text (outside quotes)
// into the same number of fields most consistently, more fields breaking a tie; else the one that
// splits the most of them at all; ',' if none splits anything.
QChar detectDelimiter(QStringView text);

} // namespace Vigie::Csv
