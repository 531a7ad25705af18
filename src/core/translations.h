#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

namespace Vigie {

// Installs Vigie's translation for `language` ("fr", "es", "en"…; empty: the system's
// language) from :/i18n if the program embeds one, and Qt's own (qtbase_fr.qm, from Qt's
// translations folder, for the standard buttons and dialogs) when it is installed. The caller
// gives the language the user chose (core reads no settings); English is the source language,
// so "en" installs nothing. Returns whether Vigie's translation was installed.
bool loadVigieTranslations(QCoreApplication &app, const QString &language = {});

// How numbers are written and read for the user (values in the tag table, fields of the
// dialogs): in the system's locale (a French user reads and types 12,5) or always in C (12.5),
// for those who share screenshots and files with other countries.
enum class NumberFormat { System, C };

// The process-wide choice; System until set. The GUI sets it from its preferences at start and
// when they change; it is read from any thread.
void setVigieNumberFormat(NumberFormat format);
[[nodiscard]] NumberFormat vigieNumberFormat();
// The locale to format and parse numbers with: QLocale() (the default locale, which is the
// system's unless the program set another) for System, QLocale::c() for C.
[[nodiscard]] QLocale vigieNumberLocale();

} // namespace Vigie
