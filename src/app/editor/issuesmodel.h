#pragma once

#include "model/projectissue.h"

#include <QAbstractTableModel>

namespace Vigie {

class ProjectDocument;

// The issues of the project being edited, live: ProjectDocument::issues(), reset on every
// issuesChanged(). Between an edit and its validation (isValidationPending()) the rows may
// name nodes that have since moved: they are greyed (ForegroundRole) and pendingChanged() says
// so, until the new issues arrive. It replaces ProblemsModel, which lists the issues of a
// project loaded without a document.
class IssuesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Severity, Place, Message, ColumnCount };
    enum Role {
        IsErrorRole = Qt::UserRole, // bool, on every column
    };

    explicit IssuesModel(ProjectDocument *document, QObject *parent = nullptr);

    [[nodiscard]] ProjectDocument *document() const { return m_document; }
    [[nodiscard]] const ProjectIssue &issue(int row) const { return m_issues[row]; }
    [[nodiscard]] bool isPending() const { return m_pending; }
    [[nodiscard]] int errorCount() const;
    [[nodiscard]] int warningCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

Q_SIGNALS:
    void pendingChanged(bool pending);

private:
    void takeIssues();
    void setPending(bool pending);

    ProjectDocument *m_document; // outlives the views over it
    ProjectIssues m_issues; // the document's, shared (Qt lists copy on write)
    bool m_pending = false;
};

} // namespace Vigie
