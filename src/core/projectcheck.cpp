#include "projectcheck.h"

#include "screens/screencheck.h"

#include <QFileInfo>

#include "acquisition/transportfactory.h"
#include "formula/formulacheck.h"
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
    issues.append(checkFormulas(project));
    return issues;
}

ProjectLoadResult loadProject(const QString &fileName)
{
    ProjectLoadResult result = ProjectFile::load(fileName);
    // Only a project without errors, which is not run anyway: a list element that could not
    // be read moves the next ones up, and the paths would name the wrong ones.
    if (result.ok()) {
        result.issues.append(checkRuntimeSupport(result.project));
        result.issues.append(checkFormulas(result.project));
        // Screen files are relative to the project file.
        result.issues.append(checkScreens(result.project, QFileInfo(fileName).absolutePath()));
    }
    return result;
}

} // namespace Vigie
