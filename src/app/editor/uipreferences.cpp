#include "uipreferences.h"

#include <QSettings>

namespace Vigie::UiPreferences {

namespace {
const QLatin1String CFormat("C");
const QLatin1String SystemFormat("system");
} // namespace

QList<Language> languages()
{
    // Each name in its own language, so that anyone finds theirs whatever the current one.
    return {
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("fr"), QStringLiteral("Français")},
        {QStringLiteral("es"), QStringLiteral("Español")},
    };
}

QString language()
{
    const QString code = QSettings().value(QLatin1String(LanguageKey)).toString();
    for (const Language &l : languages()) {
        if (l.code == code)
            return code;
    }
    return {}; // unset, or a language this version no longer has: the system's
}

void setLanguage(const QString &code)
{
    QSettings settings;
    if (code.isEmpty())
        settings.remove(QLatin1String(LanguageKey));
    else
        settings.setValue(QLatin1String(LanguageKey), code);
}

NumberFormat numberFormat()
{
    const QString value = QSettings().value(QLatin1String(NumberLocaleKey)).toString();
    return value.compare(CFormat, Qt::CaseInsensitive) == 0 ? NumberFormat::C
                                                            : NumberFormat::System;
}

void setNumberFormat(NumberFormat format)
{
    QSettings().setValue(QLatin1String(NumberLocaleKey),
                         format == NumberFormat::C ? CFormat : SystemFormat);
    setVigieNumberFormat(format);
}

void apply(QCoreApplication &app)
{
    loadVigieTranslations(app, language());
    setVigieNumberFormat(numberFormat());
}

} // namespace Vigie::UiPreferences
