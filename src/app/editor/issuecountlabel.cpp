#include "issuecountlabel.h"

#include "document/projectdocument.h"
#include "isapalette.h"

#include <QKeyEvent>
#include <QMouseEvent>

#include <algorithm>

namespace Vigie {

IssueCountLabel::IssueCountLabel(ProjectDocument *document, QWidget *parent)
    : QLabel(parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("issueCountLabel"));
    setCursor(Qt::PointingHandCursor);
    setFocusPolicy(Qt::TabFocus); // reachable without a mouse: Space or Enter opens the dock
    setToolTip(tr("Show the Issues panel"));
    connect(document, &ProjectDocument::issuesChanged, this, &IssueCountLabel::refresh);
    refresh();
}

QString IssueCountLabel::summary(int errors, int warnings)
{
    if (errors == 0 && warnings == 0)
        return tr("No issues");
    if (warnings == 0)
        return tr("%n error(s)", nullptr, errors);
    if (errors == 0)
        return tr("%n warning(s)", nullptr, warnings);
    return tr("%1, %2").arg(tr("%n error(s)", nullptr, errors),
                            tr("%n warning(s)", nullptr, warnings));
}

void IssueCountLabel::refresh()
{
    const ProjectIssues &issues = m_document->issues();
    const int errors = int(std::count_if(issues.cbegin(), issues.cend(),
                                         [](const ProjectIssue &i) { return i.isError(); }));
    const int warnings = int(issues.size()) - errors;
    setText(summary(errors, warnings));
    QPalette palette;
    if (errors > 0)
        palette.setColor(QPalette::WindowText, IsaPalette::alarm());
    setPalette(palette);
}

void IssueCountLabel::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
        Q_EMIT clicked();
    QLabel::mouseReleaseEvent(event);
}

void IssueCountLabel::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space || event->key() == Qt::Key_Return
        || event->key() == Qt::Key_Enter) {
        Q_EMIT clicked();
        return;
    }
    QLabel::keyPressEvent(event);
}

} // namespace Vigie
