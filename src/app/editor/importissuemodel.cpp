#include "importissuemodel.h"

#include "isapalette.h"

#include <QBrush>
#include <QFont>

namespace Vigie {

void ImportIssueModel::setIssues(const QList<ImportIssue> &issues)
{
    beginResetModel();
    m_issues = issues;
    // Errors first: they are what stops the import.
    std::stable_sort(
        m_issues.begin(), m_issues.end(),
        [](const ImportIssue &a, const ImportIssue &b) { return a.isError() && !b.isError(); });
    endResetModel();
}

int ImportIssueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_issues.size());
}

int ImportIssueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportIssueModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_issues.size())
        return {};
    const ImportIssue &issue = m_issues[index.row()];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Severity: return issue.isError() ? tr("Error") : tr("Warning");
        case Sheet: return issue.sheet;
        case Row: return issue.row > 0 ? QVariant(issue.row) : QVariant();
        case ColumnName: return issue.column;
        case Message: return issue.message;
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole)
        return issue.toString();
    if (role == Qt::ForegroundRole && index.column() == Severity && issue.isError())
        return QBrush(IsaPalette::alarm());
    return {};
}

QVariant ImportIssueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Severity: return tr("Severity");
    case Sheet: return tr("Sheet");
    case Row: return tr("Row");
    case ColumnName: return tr("Column");
    case Message: return tr("Problem");
    default: return {};
    }
}

void ColumnMappingModel::setSheets(const QList<SheetMapping> &sheets)
{
    beginResetModel();
    m_sheets = sheets;
    m_entries.clear();
    for (const SheetMapping &sheet : std::as_const(m_sheets)) {
        for (const ColumnMapping &column : sheet.columns)
            m_entries.append({&sheet, &column});
    }
    endResetModel();
}

int ColumnMappingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ColumnMappingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ColumnMappingModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const Entry &e = m_entries[index.row()];
    if (role == KeysRole)
        return ExchangeFields::keys(e.sheet->kind);
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
        case Sheet: return e.sheet->sheet;
        case Letter: return ExchangeFields::columnName(e.column->column);
        case Header: return e.column->header;
        case Field:
            if (!e.column->field)
                return role == Qt::EditRole ? QStringLiteral("ignore") : tr("(not imported)");
            return ExchangeFields::key(*e.column->field, e.sheet->kind);
        default: return {};
        }
    }
    if (role == Qt::FontRole && index.column() == Field && e.column->chosen) {
        QFont font;
        font.setItalic(true); // chosen by hand, not recognised
        return font;
    }
    if (role == Qt::ForegroundRole && index.column() == Field && !e.column->field)
        return QBrush(Qt::gray);
    return {};
}

QVariant ColumnMappingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Sheet: return tr("Sheet");
    case Letter: return tr("Column");
    case Header: return tr("Header");
    case Field: return tr("Read as");
    default: return {};
    }
}

Qt::ItemFlags ColumnMappingModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.column() == Field)
        f |= Qt::ItemIsEditable;
    return f;
}

bool ColumnMappingModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != Field || index.row() >= m_entries.size())
        return false;
    const Entry &e = m_entries[index.row()];
    const QString key = value.toString();
    if (!ExchangeFields::keys(e.sheet->kind).contains(key))
        return false;
    Q_EMIT mappingChosen(e.column->header, key);
    return true;
}

} // namespace Vigie
