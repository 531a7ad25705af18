#pragma once

#include <QSortFilterProxyModel>

namespace Vigie {

// Narrows the tag table to a range of tag ids (the tree node selected) and to names that
// contain a text (the filter box). System tags are not listed.
class TagFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setTagRange(int first, int count);
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    int m_first = 0;
    int m_count = -1; // -1: all
    QString m_text;
};

} // namespace Vigie
