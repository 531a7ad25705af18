#include "projectdocument.h"

#include "projectcheck.h"
#include "projecttree.h"

namespace Vigie {

namespace {

// True, with the reason passed on, when a check found one.
bool refuse(const QString &reason, QString *errorMessage)
{
    if (reason.isEmpty())
        return false;
    if (errorMessage)
        *errorMessage = reason;
    return true;
}

} // namespace

ProjectDocument::ProjectDocument(QObject *parent)
    : QObject(parent)
{
    m_validationTimer.setSingleShot(true);
    m_validationTimer.setInterval(DefaultValidationDelay);
    connect(&m_validationTimer, &QTimer::timeout, this, &ProjectDocument::validateNow);
    m_issues = checkProject(m_project);
}

void ProjectDocument::setModified(bool modified)
{
    if (m_modified == modified)
        return;
    m_modified = modified;
    Q_EMIT modifiedChanged(modified);
}

void ProjectDocument::setFileName(const QString &fileName)
{
    if (m_fileName == fileName)
        return;
    m_fileName = fileName;
    Q_EMIT fileNameChanged(fileName);
}

void ProjectDocument::reset(const Project &project, const QString &fileName,
                            const ProjectIssues &issues)
{
    Q_EMIT projectAboutToBeReset();
    m_project = project;
    m_validationTimer.stop();
    m_validationPending = false;
    const ProjectIssues checked = checkProject(m_project);
    // What reading found and validating the value does not (unknown keys, mistyped fields):
    // the given issues minus one of each that checkProject() gives again.
    ProjectIssues remaining = checked;
    m_fileIssues.clear();
    for (const ProjectIssue &issue : issues) {
        const qsizetype i = remaining.indexOf(issue);
        if (i >= 0)
            remaining.removeAt(i);
        else
            m_fileIssues.append(issue);
    }
    m_issues = m_fileIssues + checked;
    Q_EMIT projectReset();
    setFileName(fileName);
    setModified(false);
    Q_EMIT issuesChanged();
}

bool ProjectDocument::save(QString *errorMessage)
{
    if (m_fileName.isEmpty()) {
        if (errorMessage)
            *errorMessage = tr("the project has no file yet: save it under a name first");
        return false;
    }
    return saveAs(m_fileName, errorMessage);
}

bool ProjectDocument::saveAs(const QString &fileName, QString *errorMessage)
{
    if (!ProjectFile::save(m_project, fileName, errorMessage))
        return false;
    setFileName(fileName);
    setModified(false);
    // The file is now the canonical form of the project: what reading the old one lost is moot.
    if (!m_fileIssues.isEmpty()) {
        m_issues.remove(0, m_fileIssues.size());
        m_fileIssues.clear();
        Q_EMIT issuesChanged();
    }
    return true;
}

bool ProjectDocument::contains(const NodePath &path) const
{
    return ProjectTree::contains(m_project, path);
}

int ProjectDocument::childCount(const NodePath &path) const
{
    return ProjectTree::childCount(m_project, path);
}

const Connection *ProjectDocument::connection(const NodePath &path) const
{
    return ProjectTree::connection(m_project, path);
}

const Device *ProjectDocument::device(const NodePath &path) const
{
    return ProjectTree::device(m_project, path);
}

const Frame *ProjectDocument::frame(const NodePath &path) const
{
    return ProjectTree::frame(m_project, path);
}

const Variable *ProjectDocument::variable(const NodePath &path) const
{
    return ProjectTree::variable(m_project, path);
}

std::optional<ProjectNode> ProjectDocument::node(const NodePath &path) const
{
    return ProjectTree::node(m_project, path);
}

bool ProjectDocument::insertNode(const NodePath &path, const ProjectNode &node,
                                 QString *errorMessage)
{
    if (refuse(ProjectTree::checkInsert(m_project, path, node), errorMessage))
        return false;
    Q_EMIT nodeAboutToBeInserted(path);
    ProjectTree::insert(m_project, path, node);
    Q_EMIT nodeInserted(path);
    edited();
    return true;
}

std::optional<ProjectNode> ProjectDocument::removeNode(const NodePath &path, QString *errorMessage)
{
    if (refuse(ProjectTree::checkRemove(m_project, path), errorMessage))
        return std::nullopt;
    Q_EMIT nodeAboutToBeRemoved(path);
    ProjectNode removed = ProjectTree::remove(m_project, path);
    Q_EMIT nodeRemoved(path);
    edited();
    return removed;
}

bool ProjectDocument::moveNode(const NodePath &from, const NodePath &to, QString *errorMessage)
{
    if (refuse(ProjectTree::checkMove(m_project, from, to), errorMessage))
        return false;
    if (from == to)
        return true;
    Q_EMIT nodeAboutToBeMoved(from, to);
    ProjectTree::move(m_project, from, to);
    Q_EMIT nodeMoved(from, to);
    edited();
    return true;
}

bool ProjectDocument::setNodeFields(const NodePath &path, const ProjectNode &fields,
                                    QString *errorMessage)
{
    if (refuse(ProjectTree::checkSetFields(m_project, path, fields), errorMessage))
        return false;
    if (ProjectTree::setFields(m_project, path, fields)) {
        Q_EMIT nodeChanged(path);
        edited();
    }
    return true;
}

void ProjectDocument::setProjectFields(const Project &fields)
{
    if (ProjectTree::setProjectFields(m_project, fields)) {
        Q_EMIT nodeChanged(NodePath {});
        edited();
    }
}

void ProjectDocument::setValidationDelay(int milliseconds)
{
    m_validationTimer.setInterval(qMax(0, milliseconds));
}

const ProjectIssues &ProjectDocument::validateNow()
{
    if (!m_validationPending)
        return m_issues;
    m_validationTimer.stop();
    m_validationPending = false;
    m_issues = m_fileIssues + checkProject(m_project);
    Q_EMIT issuesChanged();
    return m_issues;
}

void ProjectDocument::edited()
{
    setModified(true);
    m_validationPending = true;
    // Restarted by each edit: a burst (an import, a paste, typing) is validated once, after it.
    m_validationTimer.start();
}

} // namespace Vigie
