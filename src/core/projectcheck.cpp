#include "projectcheck.h"

#include "acquisition/transportfactory.h"
#include "model/projectvalidator.h"
#include "tags/tagcatalog.h"

#include <QCoreApplication>

namespace Vigie {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::ProjectFile)
};
} // namespace

ProjectIssues checkRuntimeSupport(const Project &project)
{
    ProjectIssues issues;
    for (int c = 0; c < project.connections.size(); ++c) {
        const Connection &connection = project.connections[c];
        if (TransportFactory::supports(connection.protocol))
            continue;
        ProjectIssue issue;
        issue.severity = ProjectIssue::Severity::Warning;
        issue.path = QStringLiteral("connections[%1].protocol").arg(c);
        issue.message = Tr::tr("this version of Vigie has no %1 transport: the %n tag(s) of "
                               "\"%2\" will stay Bad",
                               nullptr, int(TagCatalog::fromProject(project).nodeTags({c}).count))
                            .arg(toString(connection.protocol), connection.name);
        issues.append(issue);
    }
    issues.append(TagCatalog::fromProject(project).issues());
    return issues;
}

ProjectIssues checkProject(const Project &project)
{
    ProjectIssues issues = validateProject(project);
    issues.append(checkRuntimeSupport(project));
    return issues;
}

ProjectLoadResult loadProject(const QString &fileName)
{
    ProjectLoadResult result = ProjectFile::load(fileName);
    if (result.ok())
        result.issues.append(checkRuntimeSupport(result.project));
    return result;
}

} // namespace Vigie
