#include "issuesdock.h"

#include "document/projectdocument.h"
#include "issuesfiltermodel.h"
#include "issuesmodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace Vigie {

IssuesDock::IssuesDock(ProjectDocument *document, QWidget *parent)
    : QDockWidget(tr("Issues"), parent)
    , m_document(document)
    , m_model(new IssuesModel(document, this))
    , m_filter(new IssuesFilterModel(this))
    , m_severities(new QComboBox)
    , m_text(new QLineEdit)
    , m_checking(new QLabel(tr("Checking…")))
    , m_view(new QTreeView)
{
    setObjectName(QStringLiteral("issuesDock"));
    m_filter->setSourceModel(m_model);

    m_severities->setObjectName(QStringLiteral("severityFilter"));
    m_severities->addItem(tr("All issues"), int(IssuesFilterModel::Severities::All));
    m_severities->addItem(tr("Errors"), int(IssuesFilterModel::Severities::Errors));
    m_severities->addItem(tr("Warnings"), int(IssuesFilterModel::Severities::Warnings));
    m_text->setObjectName(QStringLiteral("textFilter"));
    m_text->setPlaceholderText(tr("Filter by place or message"));
    m_text->setClearButtonEnabled(true);
    m_checking->setObjectName(QStringLiteral("checkingLabel"));
    m_checking->setEnabled(false);

    m_view->setObjectName(QStringLiteral("issuesView"));
    m_view->setModel(m_filter);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // the validator's order until a header is clicked
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->header()->setStretchLastSection(true);
    m_view->header()->setSectionResizeMode(IssuesModel::Severity, QHeaderView::ResizeToContents);
    // Wide enough for a variable's field; measuring every row would cost a large project.
    m_view->header()->resizeSection(
        IssuesModel::Place,
        fontMetrics().horizontalAdvance(
            QStringLiteral("connections[0].devices[0].frames[00].variables[000].scaleOffset")));

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_severities);
    filters->addWidget(m_text, 1);
    filters->addWidget(m_checking);
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_view);
    setWidget(content);

    connect(m_severities, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setSeverities(IssuesFilterModel::Severities(m_severities->currentData().toInt()));
    });
    connect(m_text, &QLineEdit::textChanged, m_filter, &IssuesFilterModel::setText);
    connect(m_view, &QTreeView::activated, this, &IssuesDock::activate);
    connect(m_model, &IssuesModel::pendingChanged, this, &IssuesDock::updatePending);
    updatePending(m_model->isPending());
}

void IssuesDock::showAndRaise()
{
    show();
    raise();
    m_view->setFocus();
}

void IssuesDock::activateRow(int row)
{
    activate(m_filter->index(row, 0));
}

void IssuesDock::activate(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    ProjectIssue issue = m_model->issue(m_filter->mapToSource(index).row());
    if (m_document->isValidationPending()) {
        // The row may name a node that has moved since: take the issue from a fresh list,
        // at the same place if it is still there, else the same problem where it went.
        const ProjectIssues &current = m_document->validateNow();
        const auto sameProblem = [&issue](const ProjectIssue &i) {
            return i.severity == issue.severity && i.message == issue.message
                && i.field == issue.field;
        };
        auto same = std::find_if(current.cbegin(), current.cend(), [&](const ProjectIssue &i) {
            return sameProblem(i) && i.path == issue.path;
        });
        if (same == current.cend())
            same = std::find_if(current.cbegin(), current.cend(), sameProblem);
        if (same == current.cend())
            return; // the edit fixed it
        issue = *same;
    }
    Q_EMIT activated(issue.node, issue.field);
}

void IssuesDock::updatePending(bool pending)
{
    m_checking->setVisible(pending);
}

} // namespace Vigie
