#pragma once

class QCoreApplication;

namespace Vigie {

// Installs the translation of the system's language (French, Spanish) from :/i18n, if the
// program embeds one. Returns whether one was installed.
bool loadVigieTranslations(QCoreApplication &app);

} // namespace Vigie
