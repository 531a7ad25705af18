#include "tagvalue.h"

#include <QCoreApplication>

namespace Vigie {

QString toString(Quality quality)
{
    switch (quality) {
    case Quality::Good: return QStringLiteral("Good");
    case Quality::Uncertain: return QStringLiteral("Uncertain");
    case Quality::Bad: return QStringLiteral("Bad");
    case Quality::Stale: return QStringLiteral("Stale");
    }
    return {};
}

QString describeQuality(const TagValue &value)
{
    static const char *const names[] = {
        QT_TRANSLATE_NOOP("Vigie::Quality", "Good"),
        QT_TRANSLATE_NOOP("Vigie::Quality", "Uncertain"),
        QT_TRANSLATE_NOOP("Vigie::Quality", "Bad"),
        QT_TRANSLATE_NOOP("Vigie::Quality", "Stale"),
    };
    const QString name = QCoreApplication::translate("Vigie::Quality", names[int(value.quality)]);
    if (value.reason.isEmpty())
        return name;
    return name + QLatin1String(": ") + value.reason;
}

} // namespace Vigie
