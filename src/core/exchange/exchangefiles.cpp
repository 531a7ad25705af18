#include "exchangefiles.h"

#include "projectexport.h"
#include "spreadsheet/csvfile.h"
#include "spreadsheet/xlsxfile.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace Vigie {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::ExchangeFiles)
};

} // namespace

std::optional<Workbook> readSpreadsheet(const QString &fileName, QString *errorMessage,
                                        const ReadProgress &progress)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("xlsx") || suffix == QLatin1String("xlsm"))
        return XlsxFile::read(fileName, errorMessage, progress);
    if (suffix == QLatin1String("csv") || suffix == QLatin1String("txt")
        || suffix == QLatin1String("tsv")) {
        auto sheet = CsvFile::read(fileName, errorMessage, nullptr, progress);
        if (!sheet)
            return std::nullopt;
        return Workbook {{*sheet}};
    }
    if (errorMessage) {
        *errorMessage = suffix == QLatin1String("xls")
            ? Tr::tr("%1: the old Excel format (.xls) is not read: save the sheet as .xlsx or CSV")
                  .arg(fileName)
            : Tr::tr("%1: not a spreadsheet Vigie reads (.xlsx or .csv)").arg(fileName);
    }
    return std::nullopt;
}

bool writeSpreadsheet(const Project &project, const QString &fileName, QString *errorMessage)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("xlsx"))
        return XlsxFile::write(ProjectExport::workbook(project), fileName, errorMessage);
    if (suffix == QLatin1String("csv"))
        return CsvFile::write(ProjectExport::treeSheet(project), fileName, errorMessage);
    if (errorMessage) {
        *errorMessage =
            Tr::tr("%1: Vigie exports to .xlsx (every part of the project) or .csv (the tree)")
                .arg(fileName);
    }
    return false;
}

} // namespace Vigie
