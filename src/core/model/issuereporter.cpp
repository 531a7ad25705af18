#include "issuereporter.h"

#include <QCoreApplication>

namespace Vigie {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::ProjectFile)
};
} // namespace

void checkRange(const IssueReporter &at, const QString &field, qint64 value, qint64 low,
                qint64 high, const QString &why)
{
    if (value < low || value > high) {
        QString message = Tr::tr("%1 is outside %2–%3").arg(value).arg(low).arg(high);
        if (!why.isEmpty())
            message += QLatin1String(": ") + why;
        at.error(field, message);
    }
}

} // namespace Vigie
