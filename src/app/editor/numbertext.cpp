#include "numbertext.h"

#include "model/projectissue.h"

#include <QCoreApplication>

namespace Vigie::NumberText {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::NumberText)
};

QLocale withoutGroups(QLocale locale)
{
    locale.setNumberOptions(locale.numberOptions() | QLocale::OmitGroupSeparator);
    return locale;
}
} // namespace

QString format(const QLocale &locale, double value)
{
    return withoutGroups(locale).toString(value, 'g', QLocale::FloatingPointShortest);
}

std::optional<double> parse(const QLocale &locale, const QString &text)
{
    bool ok = false;
    const double value = locale.toDouble(text.trimmed(), &ok);
    return ok ? std::optional<double>(value) : std::nullopt;
}

QString problem(const QLocale &locale, const QString &text)
{
    if (text.trimmed().isEmpty())
        return Tr::tr("is empty: give a number");
    return Tr::tr("%1 is not a number (write it like %2)")
        .arg(quotedText(text.trimmed()), format(locale, 1234.5));
}

} // namespace Vigie::NumberText
