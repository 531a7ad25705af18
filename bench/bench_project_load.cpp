// Opening a large project: generate 10,000 variables, save, then time load + validate.
// Prints figures; asserts nothing (tests assert behaviour).
#include "model/projectfile.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <sys/resource.h>

using namespace Vigie;

namespace {

Project generate(int variableCount)
{
    Project p;
    p.name = QStringLiteral("Generated %1 variables").arg(variableCount);
    Connection c;
    c.name = QStringLiteral("Plant network");
    c.protocol = Protocol::ModbusTcp;
    c.tcp.host = QStringLiteral("10.0.0.10");
    int made = 0;
    for (int d = 0; made < variableCount; ++d) {
        Device dev;
        dev.name = QStringLiteral("Device %1").arg(d);
        dev.stationAddress = 1 + d % 247;
        for (int f = 0; f < 10 && made < variableCount; ++f) {
            Frame frame;
            frame.name = QStringLiteral("Block %1").arg(f);
            frame.startAddress = f * 100;
            frame.quantity = 100;
            for (int v = 0; v < 50 && made < variableCount; ++v, ++made) {
                Variable var;
                var.name = QStringLiteral("Énergie active/D%1/B%2/V%3").arg(d).arg(f).arg(v);
                var.unit = QStringLiteral("kWh");
                var.dataType = DataType::Float32;
                var.offset = v * 2;
                var.min = 0;
                var.max = 1e6;
                frame.variables.append(var);
            }
            dev.frames.append(frame);
        }
        c.devices.append(dev);
    }
    p.connections.append(c);
    return p;
}

long peakRssKiB()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int count = 10000;
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("large.vigie.json"));
    if (!ProjectFile::save(generate(count), file)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(file));
        return 1;
    }
    const long rssBefore = peakRssKiB();
    QList<double> times;
    int issues = 0;
    for (int i = 0; i < 7; ++i) {
        QElapsedTimer t;
        t.start();
        const ProjectLoadResult r = ProjectFile::load(file);
        times.append(t.nsecsElapsed() / 1e6);
        issues = int(r.issues.size());
    }
    std::sort(times.begin(), times.end());
    std::printf("project open + validate, %d variables (%lld bytes): median %.1f ms (min %.1f, max "
                "%.1f) over %lld runs, %d issues\n",
                count, QFileInfo(file).size(), times[times.size() / 2], times.first(), times.last(),
                qsizetype(times.size()), issues);
    std::printf("peak RSS: %.1f MiB (%.1f MiB before loading)\n", peakRssKiB() / 1024.0,
                rssBefore / 1024.0);
    return 0;
}
