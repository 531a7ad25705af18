#include "xlsxfile.h"

#include "xlsxpackage.h"
#include "xlsxsharedstrings.h"
#include "xlsxsheetreader.h"
#include "xlsxstyles.h"
#include "xlsxworkbook.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace Vigie::XlsxFile {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::XlsxFile)
};

// Everything read() does but naming the file in its message.
std::optional<Workbook> readPackage(const QString &fileName, QString *error,
                                    const ReadProgress &progress, const ReadLimits &limits)
{
    Xlsx::Package package(limits);
    if (!package.open(fileName, error))
        return std::nullopt;
    Xlsx::WorkbookInfo info;
    if (!Xlsx::readWorkbookInfo(package, limits, &info, error))
        return std::nullopt;
    QList<QString> sharedStrings;
    if (!info.sharedStringsPart.isEmpty() && package.contains(info.sharedStringsPart)
        && !Xlsx::readSharedStrings(package, info.sharedStringsPart, limits.maxCells,
                                    &sharedStrings, error)) {
        return std::nullopt;
    }
    QList<Xlsx::DateKind> cellFormats;
    if (!info.stylesPart.isEmpty() && package.contains(info.stylesPart)
        && !Xlsx::readCellFormats(package, info.stylesPart, &cellFormats, error)) {
        return std::nullopt;
    }

    // Progress counts the sheets' bytes, the bulk of any workbook, against the sizes the zip
    // directory announces; a directory that lies only makes the bar jump.
    qint64 total = 0;
    for (const Xlsx::SheetEntry &entry : std::as_const(info.sheets))
        total += package.declaredSize(entry.partName);
    qint64 sheetsDone = 0;
    const auto report = [&](qint64 done) {
        if (!progress)
            return true;
        total = std::max(total, done);
        return progress(done, total);
    };

    qint64 cellsUsed = 0;
    Xlsx::SheetContext context;
    context.sharedStrings = &sharedStrings;
    context.cellFormats = &cellFormats;
    context.date1904 = info.date1904;
    context.limits = limits;
    context.cellsUsed = &cellsUsed;
    context.progress = [&](qint64 bytesRead) { return report(sheetsDone + bytesRead); };

    Workbook workbook;
    workbook.sheets.reserve(info.sheets.size());
    for (const Xlsx::SheetEntry &entry : std::as_const(info.sheets)) {
        Sheet sheet;
        if (!Xlsx::readSheet(package, entry, context, &sheet, error))
            return std::nullopt;
        workbook.sheets.append(std::move(sheet));
        sheetsDone += std::max(package.declaredSize(entry.partName), qint64(0));
        if (!report(sheetsDone)) {
            *error = Tr::tr("cancelled");
            return std::nullopt;
        }
    }
    return workbook;
}

} // namespace

std::optional<Workbook> read(const QString &fileName, QString *errorMessage,
                             const ReadProgress &progress, const ReadLimits &limits)
{
    QString error;
    std::optional<Workbook> workbook = readPackage(fileName, &error, progress, limits);
    if (!workbook && errorMessage)
        *errorMessage = Tr::tr("%1: %2").arg(QFileInfo(fileName).fileName(), error);
    return workbook;
}

} // namespace Vigie::XlsxFile
