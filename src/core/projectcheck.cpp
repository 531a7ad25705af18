#include "projectcheck.h"

#include "screens/screencheck.h"

#include <QFileInfo>

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
    const TagCatalog catalog = TagCatalog::fromProject(project);
    for (int c = 0; c < project.connections.size(); ++c) {
        const Connection &connection = project.connections[c];
        if (TransportFactory::supports(connection.protocol))
            continue;
        issues.append(ProjectIssue::at(
            ProjectIssue::Severity::Warning, NodePath {c}, QStringLiteral("protocol"),
            Tr::tr("this version of Vigie has no %1 transport: the %n tag(s) of "
                   "\"%2\" will stay Bad",
                   nullptr, catalog.nodeTags({c}).count)
                .arg(toString(connection.protocol), connection.name)));
    }
    issues.append(catalog.issues());
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
    if (result.ok()) {
        result.issues.append(checkRuntimeSupport(result.project));
        // Screen files are relative to the project file.
        result.issues.append(checkScreens(result.project, QFileInfo(fileName).absolutePath()));
    }
    return result;
}

} // namespace Vigie
