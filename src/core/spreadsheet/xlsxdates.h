#pragma once

#include <QStringView>
#include <QVariant>

#include <optional>

namespace Vigie::Xlsx {

// What a number format shows of a number, if it shows it as a date or time at all.
enum class DateKind {
    None, // a plain number
    Date, // a day: "dd/mm/yyyy"
    Time, // a time of day: "hh:mm:ss"
    DateTime, // both: "yyyy-mm-dd hh:mm"
    Duration, // elapsed time, which may pass 24 hours: "[h]:mm:ss"
};

// Excel's built-in formats 14–22 and 45–47; DateKind::None for the others.
DateKind builtInDateKind(int numFmtId);
// A custom format code: a date if it has d, m or y, a time if it has h or s (m is minutes next to
// them), outside quoted text, [brackets] (colours, locales, conditions; [h], [m] and [s] make a
// duration), and characters escaped by \, _ or *.
DateKind dateKind(QStringView formatCode);

// The serial number a cell holds as a QTime (0 ≤ serial < 1), a QDate (a whole serial under a
// format that shows no time of day) or a QDateTime (local time); an invalid QVariant if the serial
// is no date (negative, past 9999, or a duration over a day), which the caller keeps as a number.
// Times are rounded to the millisecond. In the 1900 system serial 1 is 1900-01-01, and 60 is
// Lotus's 29 February 1900, which never was: it is read as 28 February.
QVariant fromSerial(double serial, bool date1904, DateKind kind);
// The serial number of a QDate, QTime or QDateTime in the 1900 system; nullopt before 1900 or if
// invalid.
std::optional<double> toSerial(const QVariant &value);

} // namespace Vigie::Xlsx
