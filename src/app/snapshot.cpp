#include "snapshot.h"

#include "isapalette.h"
#include "projectcheck.h"
#include "screens/screenrenderer.h"
#include "screens/screensession.h"
#include "station.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QTimer>

#include <cstdio>

namespace Vigie {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::Snapshot)
};

int fail(const QString &message)
{
    std::fprintf(stderr, "vigie: %s\n", qPrintable(message));
    return 1;
}

} // namespace

int runSnapshot(const QString &projectFile, const QString &screenName, const QString &output,
                const QSize &size)
{
    const ProjectLoadResult loaded = loadProject(projectFile);
    if (!loaded.ok()) {
        QStringList errors;
        for (const ProjectIssue &issue : loaded.issues) {
            if (issue.isError())
                errors.append(issue.toString());
        }
        return fail(Tr::tr("%1 has errors:\n%2").arg(projectFile, errors.join(QLatin1Char('\n'))));
    }
    const Screen *screen = loaded.project.screen(screenName);
    if (!screen) {
        QStringList names;
        for (const Screen &s : loaded.project.screens)
            names.append(s.name);
        return fail(names.isEmpty() ? Tr::tr("%1 has no screens").arg(projectFile)
                                    : Tr::tr("no screen is named \"%1\" (the project has: %2)")
                                          .arg(screenName, names.join(QLatin1String(", "))));
    }

    Station station;
    station.setProject(loaded.project);
    QEventLoop loop;
    bool finished = false;
    QObject::connect(&station, &Station::onceFinished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    // Every link's timeouts and retries, and no more: a snapshot never hangs a script.
    const qint64 bound = Station::readOnceBoundMs(loaded.project);
    QTimer::singleShot(std::chrono::milliseconds(bound), &loop, &QEventLoop::quit);
    station.readOnce();
    loop.exec();
    if (!finished) {
        station.stop();
        station.waitForStopped();
        return fail(Tr::tr("the devices were not all read within %1 s").arg(bound / 1000));
    }

    ScreenSession session(*screen, QFileInfo(projectFile).absolutePath(), station.tags());
    if (!session.isValid()) {
        station.stop();
        station.waitForStopped();
        return fail(session.errorString());
    }
    session.refreshAll();
    for (const QString &error : session.bindings().errors())
        std::fprintf(stderr, "vigie: warning: %s\n", qPrintable(error));
    const auto renderer = ScreenRenderer::forSession(session);
    const QSize pixels = size.isValid() && !size.isEmpty()
        ? size
        : renderer->defaultSize().toSize().expandedTo(QSize(1, 1));
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    image.fill(IsaPalette::screenBackground());
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        const QRectF all(QPointF(0, 0), QSizeF(pixels));
        renderer->paint(&painter, all, all, QRegion(all.toAlignedRect()), 1.0, 0);
    }
    station.stop();
    station.waitForStopped();

    QSaveFile file(output);
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit())
        return fail(Tr::tr("cannot write %1: %2").arg(output, file.errorString()));
    return 0;
}

} // namespace Vigie
