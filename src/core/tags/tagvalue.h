#pragma once

#include <QDateTime>
#include <QString>
#include <QTimeZone>
#include <QVariant>

namespace Vigie {

// OPC-style quality of a value. Bad always carries a reason an operator can act on
// ("no reply from station 3 after 1000 ms"); Stale means the last good value is too old.
enum class Quality { Good, Uncertain, Bad, Stale };

[[nodiscard]] QString toString(Quality quality);

// A runtime value: what was read, how trustworthy it is, and when the source produced it.
struct TagValue
{
    QVariant value;
    Quality quality = Quality::Bad;
    QString reason; // why the quality is not Good
    qint64 timestamp = 0; // ms since the Unix epoch (UTC), 0 = never read

    [[nodiscard]] bool isGood() const { return quality == Quality::Good; }
    [[nodiscard]] QDateTime dateTime() const
    {
        return timestamp ? QDateTime::fromMSecsSinceEpoch(timestamp, Qt::UTC) : QDateTime();
    }
    friend bool operator==(const TagValue &, const TagValue &) = default;
};

// "Good", or "Bad: no reply from station 3" — how quality reads in a table or a log line.
[[nodiscard]] QString describeQuality(const TagValue &value);

} // namespace Vigie
