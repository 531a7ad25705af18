#include "problemsmodel.h"

#include "isapalette.h"

#include <QBrush>

namespace Vigie {

void ProblemsModel::setIssues(const QString &fileName, const ProjectIssues &issues)
{
    beginResetModel();
    m_fileName = fileName;
    m_issues = issues;
    endResetModel();
}

int ProblemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_issues.size());
}

int ProblemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProblemsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const ProjectIssue &issue = m_issues[index.row()];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Severity: return issue.isError() ? tr("Error") : tr("Warning");
        case Where: return issue.path.isEmpty() ? m_fileName : issue.path;
        case Problem: return issue.message;
        }
    }
    if (role == Qt::ForegroundRole && index.column() == Severity)
        return QBrush(issue.isError() ? IsaPalette::alarm() : IsaPalette::caution());
    if (role == Qt::ToolTipRole) {
        if (issue.excerpt.isEmpty())
            return issue.toString();
        // A formula's line with the caret under the place: in a fixed font, or it points wrong.
        return QStringLiteral("<p>%1</p><pre>%2</pre>")
            .arg(issue.toString().toHtmlEscaped(), issue.excerpt.toHtmlEscaped());
    }
    return {};
}

QVariant ProblemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Severity: return tr("Severity");
    case Where: return tr("Where");
    case Problem: return tr("Problem");
    }
    return {};
}

} // namespace Vigie
