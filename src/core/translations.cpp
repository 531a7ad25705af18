#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <atomic>

namespace Vigie {

namespace {

std::atomic<NumberFormat> numberFormat {NumberFormat::System};

// Installs `file`_<language>.qm from `directory`, owned by the application; false if none.
bool installTranslation(QCoreApplication &app, const QLocale &locale, const QString &file,
                        const QString &directory)
{
    auto *translator = new QTranslator(&app);
    if (translator->load(locale, file, QStringLiteral("_"), directory)) {
        QCoreApplication::installTranslator(translator);
        return true;
    }
    delete translator;
    return false;
}

} // namespace

bool loadVigieTranslations(QCoreApplication &app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    // English is what the sources are written in: nothing to install, and no fallback to
    // the system's language through the locale's list of UI languages.
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return false;
    installTranslation(app, locale, QStringLiteral("qtbase"),
                       QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    return installTranslation(app, locale, QStringLiteral("vigie"), QStringLiteral(":/i18n"));
}

void setVigieNumberFormat(NumberFormat format)
{
    numberFormat.store(format, std::memory_order_relaxed);
}

NumberFormat vigieNumberFormat()
{
    return numberFormat.load(std::memory_order_relaxed);
}

QLocale vigieNumberLocale()
{
    return vigieNumberFormat() == NumberFormat::C ? QLocale::c() : QLocale();
}

} // namespace Vigie
