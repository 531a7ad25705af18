#pragma once

#include <QSortFilterProxyModel>

namespace Vigie {

// What the Issues dock shows of an IssuesModel: all issues, the errors or the warnings, and
// only those whose place or message contains a text (any case, any accent: "energie" finds
// "Énergie active").
class IssuesFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class Severities { All, Errors, Warnings };

    using QSortFilterProxyModel::QSortFilterProxyModel;

    [[nodiscard]] Severities severities() const { return m_severities; }
    void setSeverities(Severities severities);
    [[nodiscard]] QString text() const { return m_text; }
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    Severities m_severities = Severities::All;
    QString m_text; // folded
};

} // namespace Vigie
