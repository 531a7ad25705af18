// The import of a generated 10,000-row .xlsx tag list, end to end as an engineer runs it:
// `vigie-runtime --import tags.xlsx --into site.vigie.json --connection … --device …`, in a
// child process whose wall time and peak resident memory (wait4's ru_maxrss) are printed, the
// median of 5 runs. Then the phases in this process: reading the workbook (QuaZip +
// QXmlStreamReader) and preparing the import (columns, cells, frame planning, validation).
// Goal of issue 8: under 2 s and 200 MB.

#include "median.h"

#include "exchange/exchangefiles.h"
#include "exchange/projectimport.h"
#include "spreadsheet/xlsxfile.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace Vigie;

namespace {

constexpr int Rows = 10000;

// A tag list as a plant's sheet holds it: French headers, 40001-style addresses spread over
// three tables with gaps, mixed types, scales, units, access and descriptions; 40 devices.
Workbook generated()
{
    Sheet sheet;
    sheet.name = QStringLiteral("Points");
    sheet.rows.append({QStringLiteral("Équipement"), QStringLiteral("Repère"),
                       QStringLiteral("Désignation"), QStringLiteral("Adresse"),
                       QStringLiteral("Type"), QStringLiteral("Unité"), QStringLiteral("Échelle"),
                       QStringLiteral("Décalage"), QStringLiteral("Bande morte"),
                       QStringLiteral("Lecture/Écriture"), QStringLiteral("Publié"),
                       QStringLiteral("Min"), QStringLiteral("Max")});
    const char *types[] = {"UINT", "INT", "REAL", "DINT", "BOOL"};
    const char *units[] = {"°C", "bar", "m³/h", "kW", "%"};
    for (int i = 0; i < Rows; ++i) {
        const int device = i / 250;
        const int n = i % 250;
        const QString type = QString::fromLatin1(types[n % 5]);
        QString address;
        if (type == QLatin1String("BOOL"))
            address = QStringLiteral("%1").arg(n + 1, 5, 10, QLatin1Char('0')); // coils 00001…
        else if (n % 3 == 0)
            address = QString::number(30001 + n * 4); // input registers, a gap every value
        else
            address = QString::number(40001 + n * 2);
        if (type == QLatin1String("BOOL")) {
            sheet.rows.append(
                QList<QVariant> {QStringLiteral("API %1").arg(device),
                                 QStringLiteral("Site/API %1/Point %2").arg(device).arg(n),
                                 QStringLiteral("Marche %1").arg(n), address, type});
            continue;
        }
        sheet.rows.append(
            QList<QVariant> {QStringLiteral("API %1").arg(device),
                             QStringLiteral("Site/API %1/Point %2").arg(device).arg(n),
                             QStringLiteral("Mesure %1 de l'équipement %2").arg(n).arg(device),
                             address, type, QString::fromUtf8(units[n % 5]),
                             n % 2 ? QVariant(0.1) : QVariant(QStringLiteral("0,01")), 0.0, 0.5,
                             QString::fromLatin1(n % 7 == 0 && n % 3 != 0 ? "L/E" : "L"),
                             QString::fromLatin1(n % 4 == 0 ? "oui" : "non"), -1000.0, 1000.0});
    }
    return {{sheet}};
}

struct Run
{
    double seconds = 0;
    double megabytes = 0;
    int status = -1;
};

Run runChild(const QString &program, const QStringList &arguments)
{
    QList<QByteArray> args {program.toLocal8Bit()};
    for (const QString &a : arguments)
        args.append(a.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &a : args)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    QElapsedTimer timer;
    timer.start();
    const pid_t pid = fork();
    if (pid == 0) {
        // The child prints what it added; the bench prints figures only.
        if (!std::freopen("/dev/null", "w", stdout) || !std::freopen("/dev/null", "w", stderr))
            _exit(126);
        execv(argv[0], argv.data());
        _exit(127);
    }
    int status = 0;
    struct rusage usage = {};
    wait4(pid, &status, 0, &usage);
    Run run;
    run.seconds = double(timer.nsecsElapsed()) / 1e9;
    run.megabytes = double(usage.ru_maxrss) / 1024.0; // kilobytes on Linux
    run.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return run;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    const QString xlsx = dir.filePath(QStringLiteral("tags.xlsx"));
    QString error;
    if (!XlsxFile::write(generated(), xlsx, &error)) {
        std::fprintf(stderr, "bench_import: %s\n", qPrintable(error));
        return 1;
    }
    const QString runtime =
        QCoreApplication::applicationDirPath() + QStringLiteral("/../bin/vigie-runtime");
    std::vector<double> seconds, megabytes;
    for (int i = 0; i < 5; ++i) {
        const QString project = dir.filePath(QStringLiteral("site%1.vigie.json").arg(i));
        const Run run =
            runChild(runtime,
                     {QStringLiteral("--import"), xlsx, QStringLiteral("--into"), project,
                      QStringLiteral("--connection"), QStringLiteral("Automates")});
        if (run.status != 0) {
            std::fprintf(stderr,
                         "bench_import: vigie-runtime --import exited with %d (run it by hand: %s "
                         "--import %s --into %s --connection Automates)\n",
                         run.status, qPrintable(runtime), qPrintable(xlsx), qPrintable(project));
            dir.setAutoRemove(false);
            return 1;
        }
        seconds.push_back(run.seconds);
        megabytes.push_back(run.megabytes);
    }
    std::printf("bench_import: %d-row .xlsx (%.0f KB), vigie-runtime --import into a new project: "
                "%.2f s, peak %.0f MB (median of 5; goal < 2 s, < 200 MB)\n",
                Rows, double(QFile(xlsx).size()) / 1024.0, median(seconds), median(megabytes));

    std::vector<double> readMs, prepareMs;
    int frames = 0;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer timer;
        timer.start();
        const auto book = readSpreadsheet(xlsx, &error);
        readMs.push_back(double(timer.nsecsElapsed()) / 1e6);
        timer.restart();
        ImportOptions options;
        options.connection = QStringLiteral("Automates");
        const ImportReport report = prepareImport(Project {}, *book, options);
        prepareMs.push_back(double(timer.nsecsElapsed()) / 1e6);
        frames = report.framesPlanned;
        if (report.hasErrors() || report.variablesAdded != Rows) {
            std::fprintf(stderr, "bench_import: the generated sheet did not import cleanly\n");
            return 1;
        }
    }
    std::printf("bench_import: phases in process: read %.0f ms, prepare %.0f ms (%d frames "
                "planned over 40 devices)\n",
                median(readMs), median(prepareMs), frames);
    return 0;
}
