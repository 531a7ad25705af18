#include "exchangecommands.h"

#include "runtimeapp.h"

#include "exchange/exchangefiles.h"
#include "exchange/projectimport.h"
#include "model/projectfile.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

namespace Vigie::ExchangeCommands {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::ExchangeCommands)
};

enum ExitCode { Ok = 0, Failed = 1 };

// A project file's name without its extensions: "site" for site.vigie.json.
QString baseName(const QString &fileName)
{
    QString name = QFileInfo(fileName).fileName();
    for (const char *suffix : {".json", ".vigie"}) {
        if (name.endsWith(QLatin1String(suffix), Qt::CaseInsensitive))
            name.chop(int(qstrlen(suffix)));
    }
    return name;
}

// The project to add to: read if the file exists, else a new one. False, said on `err`, if the
// file cannot be read or has errors (saving over it could lose what was not read).
bool readTarget(const QString &fileName, Project *project, bool *created, QTextStream &err)
{
    *created = !QFileInfo::exists(fileName);
    if (*created)
        return true;
    const ProjectLoadResult loaded = ProjectFile::load(fileName);
    if (!loaded.ok()) {
        for (const ProjectIssue &issue : loaded.issues) {
            if (issue.isError())
                err << QFileInfo(fileName).fileName() << ": " << issue.toString() << '\n';
        }
        err << Tr::tr("vigie-runtime: %1 has errors: fix them first (--check lists them); nothing "
                      "was imported")
                   .arg(fileName)
            << Qt::endl;
        return false;
    }
    *project = loaded.project;
    return true;
}

void printMappings(const ImportReport &report, QTextStream &out)
{
    for (const SheetMapping &sheet : report.sheets) {
        out << Tr::tr("sheet \"%1\" (%2): header on row %3, %n row(s)", nullptr, sheet.dataRows)
                   .arg(sheet.sheet, ExchangeFields::sheetName(sheet.kind))
                   .arg(sheet.headerRow)
            << '\n';
        for (const ColumnMapping &column : sheet.columns) {
            out << "  " << ExchangeFields::columnName(column.column) << " \"" << column.header
                << "\" → "
                << (column.field ? ExchangeFields::key(*column.field, sheet.kind)
                                 : Tr::tr("(not imported)"))
                << (column.chosen ? Tr::tr(" (--map)") : QString()) << '\n';
        }
    }
}

} // namespace

int importInto(const RuntimeOptions &options, QTextStream &out, QTextStream &err)
{
    const QString sheetFile = QFileInfo(options.spreadsheet).fileName();
    Project project;
    bool created = false;
    if (!readTarget(options.projectFile, &project, &created, err))
        return Failed;

    QString error;
    const auto workbook = readSpreadsheet(options.spreadsheet, &error);
    if (!workbook) {
        err << Tr::tr("vigie-runtime: %1").arg(error) << '\n'
            << Tr::tr("vigie-runtime: nothing was imported") << Qt::endl;
        return Failed;
    }
    ImportOptions importOptions;
    importOptions.sheet = options.sheet;
    importOptions.connection = options.connection;
    importOptions.device = options.device;
    for (const auto &[header, field] : options.columnMap)
        importOptions.columnMap.insert(header, field);
    ImportReport report = prepareImport(project, *workbook, importOptions);

    printMappings(report, out);
    int errors = 0;
    for (const ImportIssue &issue : report.issues) {
        (issue.isError() ? err : out) << sheetFile << ": " << issue.toString() << '\n';
        errors += issue.isError() ? 1 : 0;
    }
    out.flush();
    if (errors) {
        err << Tr::tr("vigie-runtime: %n error(s) in %1: %2 is not changed", nullptr, errors)
                   .arg(sheetFile, options.projectFile)
            << Qt::endl;
        return Failed;
    }
    if (report.isEmpty()) {
        out << Tr::tr("%1 holds nothing new: %2 is not changed").arg(sheetFile, options.projectFile)
            << Qt::endl;
        return Ok;
    }
    Project result = report.result;
    if (result.name.isEmpty())
        result.name = baseName(options.projectFile);
    if (!ProjectFile::save(result, options.projectFile, &error)) {
        err << Tr::tr("vigie-runtime: %1").arg(error) << Qt::endl;
        return Failed;
    }
    out << (created ? Tr::tr("created %1 with:").arg(options.projectFile)
                    : Tr::tr("added to %1:").arg(options.projectFile))
        << '\n';
    for (const QString &addition : report.additions())
        out << "  " << addition << '\n';
    if (!report.plannedFrames.isEmpty()) {
        out << Tr::tr("planned frames:") << '\n';
        for (const QString &frame : std::as_const(report.plannedFrames))
            out << "  " << frame << '\n';
    }
    out.flush();
    return Ok;
}

int exportTo(const RuntimeOptions &options, QTextStream &out, QTextStream &err)
{
    const ProjectLoadResult loaded = ProjectFile::load(options.projectFile);
    if (!loaded.ok()) {
        for (const ProjectIssue &issue : loaded.issues) {
            if (issue.isError())
                err << QFileInfo(options.projectFile).fileName() << ": " << issue.toString()
                    << '\n';
        }
        err << Tr::tr("vigie-runtime: %1 has errors: nothing was exported").arg(options.projectFile)
            << Qt::endl;
        return Failed;
    }
    QString error;
    if (!writeSpreadsheet(loaded.project, options.spreadsheet, &error)) {
        err << Tr::tr("vigie-runtime: %1").arg(error) << Qt::endl;
        return Failed;
    }
    out << Tr::tr("exported %1 to %2").arg(options.projectFile, options.spreadsheet) << Qt::endl;
    return Ok;
}

} // namespace Vigie::ExchangeCommands
