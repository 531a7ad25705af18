#include "xlsxdates.h"

#include <QDate>
#include <QDateTime>
#include <QTime>

#include <cmath>

namespace Vigie::Xlsx {

namespace {

constexpr qint64 MsPerDay = 86400000;
constexpr double LastSerial = 2958466.0; // 10000-01-01 in the 1900 system

// A [bracketed] section made only of h, m or s: elapsed time, not a colour or a locale.
bool isElapsedTime(QStringView bracketed)
{
    if (bracketed.isEmpty())
        return false;
    for (const QChar c : bracketed) {
        const char16_t l = c.toLower().unicode();
        if (l != u'h' && l != u'm' && l != u's')
            return false;
    }
    return true;
}

} // namespace

DateKind builtInDateKind(int numFmtId)
{
    if (numFmtId >= 14 && numFmtId <= 17)
        return DateKind::Date;
    if ((numFmtId >= 18 && numFmtId <= 21) || numFmtId == 45 || numFmtId == 47)
        return DateKind::Time;
    if (numFmtId == 22)
        return DateKind::DateTime;
    if (numFmtId == 46)
        return DateKind::Duration;
    return DateKind::None;
}

DateKind dateKind(QStringView code)
{
    bool date = false;
    bool time = false;
    bool month = false; // an m, which is a month unless the format also has hours or seconds
    bool elapsed = false;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code[i];
        if (c == u'"') {
            const qsizetype close = code.indexOf(u'"', i + 1);
            i = close < 0 ? code.size() : close;
        } else if (c == u'[') {
            const qsizetype close = code.indexOf(u']', i + 1);
            const qsizetype end = close < 0 ? code.size() : close;
            elapsed = elapsed || isElapsedTime(code.mid(i + 1, end - i - 1));
            i = end;
        } else if (c == u'\\' || c == u'_' || c == u'*') {
            ++i; // the next character is literal, a width or a fill
        } else if (code.mid(i, 5).compare(QLatin1StringView("AM/PM"), Qt::CaseInsensitive) == 0) {
            i += 4;
        } else if (code.mid(i, 3).compare(QLatin1StringView("A/P"), Qt::CaseInsensitive) == 0) {
            i += 2;
        } else {
            switch (c.toLower().unicode()) {
            case u'd':
            case u'y': date = true; break;
            case u'h':
            case u's': time = true; break;
            case u'm': month = true; break;
            default: break;
            }
        }
    }
    if (elapsed)
        return DateKind::Duration;
    date = date || (month && !time);
    if (date && time)
        return DateKind::DateTime;
    if (date)
        return DateKind::Date;
    if (time)
        return DateKind::Time;
    return DateKind::None;
}

QVariant fromSerial(double serial, bool date1904, DateKind kind)
{
    if (kind == DateKind::None || !std::isfinite(serial) || serial < 0 || serial >= LastSerial)
        return {};
    const qint64 ms = std::llround(serial * double(MsPerDay));
    const qint64 days = ms / MsPerDay;
    const QTime time = QTime::fromMSecsSinceStartOfDay(int(ms % MsPerDay));
    if (days == 0 && serial < 1)
        return time;
    if (kind == DateKind::Duration)
        return {}; // over a day of elapsed time: a number of days is the honest value
    QDate date;
    if (date1904)
        date = QDate(1904, 1, 1).addDays(days);
    else if (days < 60)
        date = QDate(1899, 12, 31).addDays(days);
    else if (days == 60)
        date = QDate(1900, 2, 28); // Lotus 1-2-3's 29 February 1900, kept by Excel
    else
        date = QDate(1899, 12, 30).addDays(days);
    if (time == QTime(0, 0) && kind != DateKind::DateTime && kind != DateKind::Time)
        return date;
    return QDateTime(date, time);
}

std::optional<double> toSerial(const QVariant &value)
{
    const auto daySerial = [](QDate date) -> std::optional<double> {
        if (!date.isValid() || date < QDate(1900, 1, 1) || date > QDate(9999, 12, 31))
            return std::nullopt;
        // Before March 1900 Excel's count has not met its phantom 29 February yet.
        if (date < QDate(1900, 3, 1))
            return double(QDate(1899, 12, 31).daysTo(date));
        return double(QDate(1899, 12, 30).daysTo(date));
    };
    const auto dayFraction = [](QTime time) {
        return double(time.msecsSinceStartOfDay()) / double(MsPerDay);
    };
    switch (value.typeId()) {
    case QMetaType::QDate: return daySerial(value.toDate());
    case QMetaType::QTime:
        if (!value.toTime().isValid())
            return std::nullopt;
        return dayFraction(value.toTime());
    case QMetaType::QDateTime: {
        const QDateTime dateTime = value.toDateTime();
        const std::optional<double> day = daySerial(dateTime.date());
        if (!day || !dateTime.time().isValid())
            return std::nullopt;
        return *day + dayFraction(dateTime.time());
    }
    default: return std::nullopt;
    }
}

} // namespace Vigie::Xlsx
