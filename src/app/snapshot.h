#pragma once

#include <QSize>
#include <QString>

namespace Vigie {

// `vigie PROJECT --snapshot SCREEN --output FILE.png [--size WxH]`: opens the project, reads
// every frame once, applies every binding of the screen, writes the PNG and returns the exit
// status (0, or 1 with the reason on standard error). Runs the event loop itself; works with
// QT_QPA_PLATFORM=offscreen. An empty size means the drawing's own.
int runSnapshot(const QString &projectFile, const QString &screen, const QString &output,
                const QSize &size);

} // namespace Vigie
