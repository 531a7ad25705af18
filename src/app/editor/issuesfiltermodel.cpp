#include "issuesfiltermodel.h"

#include "issuesmodel.h"
#include "tagtablemodel.h"

namespace Vigie {

namespace {

// Lower case without accents, as the tag table's search: "energie" finds "Énergie active".
QString folded(const QString &text)
{
    return TagTableModel::foldForSearch(text);
}

} // namespace

void IssuesFilterModel::setSeverities(Severities severities)
{
    if (severities == m_severities)
        return;
    m_severities = severities;
    invalidateFilter();
}

void IssuesFilterModel::setText(const QString &text)
{
    const QString f = folded(text.trimmed());
    if (f == m_text)
        return;
    m_text = f;
    invalidateFilter();
}

bool IssuesFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *model = sourceModel();
    const bool isError = model->index(sourceRow, IssuesModel::Severity, sourceParent)
                             .data(IssuesModel::IsErrorRole)
                             .toBool();
    if ((m_severities == Severities::Errors && !isError)
        || (m_severities == Severities::Warnings && isError))
        return false;
    if (m_text.isEmpty())
        return true;
    for (const int column : {int(IssuesModel::Place), int(IssuesModel::Message)}) {
        if (folded(model->index(sourceRow, column, sourceParent).data().toString())
                .contains(m_text))
            return true;
    }
    return false;
}

} // namespace Vigie
