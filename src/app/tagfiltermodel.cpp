#include "tagfiltermodel.h"

#include "tagtablemodel.h"

namespace Vigie {

void TagFilterModel::setTagRange(int first, int count)
{
    m_first = first;
    m_count = count;
    invalidateRowsFilter();
}

void TagFilterModel::setTagNames(const std::optional<QSet<QString>> &names)
{
    m_names = names;
    invalidateRowsFilter();
}

TagFilterModel::TagFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(TagTableModel::SortRole);
    setSortLocaleAware(true);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void TagFilterModel::setText(const QString &text)
{
    m_text = TagTableModel::foldForSearch(text.trimmed());
    invalidateRowsFilter();
}

bool TagFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_count >= 0 && (sourceRow < m_first || sourceRow >= m_first + m_count))
        return false;
    // System tags ($online, $lastError …) belong to diagnostics, not to the operator's list.
    const QModelIndex row = sourceModel()->index(sourceRow, 0, sourceParent);
    if (row.data(TagTableModel::SourceRole).toInt() == int(TagSource::System))
        return false;
    if (m_names && !m_names->contains(row.data(Qt::DisplayRole).toString()))
        return false;
    if (m_text.isEmpty())
        return true;
    return row.data(TagTableModel::SearchRole).toString().contains(m_text);
}

} // namespace Vigie
