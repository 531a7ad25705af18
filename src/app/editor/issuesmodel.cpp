#include "issuesmodel.h"

#include "document/projectdocument.h"
#include "isapalette.h"

#include <QApplication>
#include <QBrush>
#include <QFileInfo>
#include <QIcon>
#include <QPalette>
#include <QStyle>

#include <algorithm>

namespace Vigie {

IssuesModel::IssuesModel(ProjectDocument *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    connect(document, &ProjectDocument::issuesChanged, this, &IssuesModel::takeIssues);
    // Every edit schedules a validation, and the list is stale until issuesChanged(). The
    // document announces the edit before it marks the validation pending, so the edit signals
    // themselves say it.
    const auto edited = [this] { setPending(true); };
    connect(document, &ProjectDocument::nodeInserted, this, edited);
    connect(document, &ProjectDocument::nodeRemoved, this, edited);
    connect(document, &ProjectDocument::nodeMoved, this, edited);
    connect(document, &ProjectDocument::nodeChanged, this, edited);
    m_issues = document->issues();
    m_pending = document->isValidationPending();
}

void IssuesModel::takeIssues()
{
    beginResetModel();
    m_issues = m_document->issues();
    endResetModel();
    setPending(m_document->isValidationPending());
}

void IssuesModel::setPending(bool pending)
{
    if (pending == m_pending)
        return;
    m_pending = pending;
    if (!m_issues.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1),
                           {Qt::ForegroundRole});
    Q_EMIT pendingChanged(pending);
}

int IssuesModel::errorCount() const
{
    return int(std::count_if(m_issues.cbegin(), m_issues.cend(),
                             [](const ProjectIssue &i) { return i.isError(); }));
}

int IssuesModel::warningCount() const
{
    return int(m_issues.size()) - errorCount();
}

int IssuesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_issues.size());
}

int IssuesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IssuesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_issues.size())
        return {};
    const ProjectIssue &issue = m_issues[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Severity: return issue.isError() ? tr("Error") : tr("Warning");
        case Place:
            if (!issue.path.isEmpty())
                return issue.path;
            return m_document && !m_document->fileName().isEmpty()
                ? QFileInfo(m_document->fileName()).fileName()
                : tr("Project");
        case Message: return issue.message;
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() == Severity)
            return QApplication::style()->standardIcon(
                issue.isError() ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning);
        return {};
    case Qt::ForegroundRole:
        // Greyed while the issues may name nodes that have moved since.
        if (m_pending)
            return QBrush(QApplication::palette().color(QPalette::Disabled, QPalette::Text));
        if (index.column() == Severity)
            return QBrush(issue.isError() ? IsaPalette::alarm() : IsaPalette::caution());
        return {};
    case Qt::ToolTipRole:
        if (issue.excerpt.isEmpty())
            return issue.toString();
        // A formula's line with the caret under the place: in a fixed font, or it points wrong.
        return QStringLiteral("<p>%1</p><pre>%2</pre>")
            .arg(issue.toString().toHtmlEscaped(), issue.excerpt.toHtmlEscaped());
    case IsErrorRole: return issue.isError();
    }
    return {};
}

QVariant IssuesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Severity: return tr("Severity");
    case Place: return tr("Place");
    case Message: return tr("Problem");
    }
    return {};
}

} // namespace Vigie
