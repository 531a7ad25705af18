#include "editorlog.h"

namespace Vigie {

Q_LOGGING_CATEGORY(lcEditor, "vigie.editor", QtWarningMsg)

} // namespace Vigie
