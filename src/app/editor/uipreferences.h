#pragma once

#include "translations.h"

#include <QList>
#include <QString>

class QCoreApplication;

namespace Vigie {

// The user's interface preferences and their settings keys, beside their one user (core code
// reads no settings: it is given these values): the language, applied at the next start, and
// the number format, applied at once (vigieNumberLocale()).
namespace UiPreferences {

inline constexpr char LanguageKey[] = "ui/language"; // "" (the system's), "en", "fr", "es"
inline constexpr char NumberLocaleKey[] = "ui/numberLocale"; // "system" or "C"

struct Language
{
    QString code; // empty: the system's
    QString name; // in its own language: "Français"
};
// The languages Vigie speaks, English first (the system's choice is not among them).
[[nodiscard]] QList<Language> languages();

[[nodiscard]] QString language();
void setLanguage(const QString &code);
[[nodiscard]] NumberFormat numberFormat();
void setNumberFormat(NumberFormat format);

// At start, before any window: installs the chosen language's translations and sets the
// number format (main.cpp).
void apply(QCoreApplication &app);

} // namespace UiPreferences
} // namespace Vigie
