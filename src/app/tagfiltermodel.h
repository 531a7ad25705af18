#pragma once

#include <QSet>
#include <QSortFilterProxyModel>

#include <optional>

namespace Vigie {

// Narrows the tag table to a range of tag ids or to a set of names (the tree node selected) and to
// the tags whose name or description contains a text (the filter box), whatever its case and
// accents
// ("energie" finds "Énergie active"); sorts numbers as numbers. System tags are not listed.
class TagFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit TagFilterModel(QObject *parent = nullptr);

    void setTagRange(int first, int count);
    // Only the tags of these names (the variables under the tree node selected); none: all.
    void setTagNames(const std::optional<QSet<QString>> &names);
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    int m_first = 0;
    int m_count = -1; // -1: all
    QString m_text;
    std::optional<QSet<QString>> m_names;
};

} // namespace Vigie
