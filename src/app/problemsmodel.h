#pragma once

#include "model/projectissue.h"

#include <QAbstractTableModel>

namespace Vigie {

// The problems found in the open project (Problems dock): severity, JSON path, explanation.
class ProblemsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Severity, Where, Problem, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    void setIssues(const QString &fileName, const ProjectIssues &issues);
    [[nodiscard]] const ProjectIssues &issues() const { return m_issues; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QString m_fileName;
    ProjectIssues m_issues;
};

} // namespace Vigie
