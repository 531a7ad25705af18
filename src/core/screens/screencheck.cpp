#include "screencheck.h"

#include "formula/formulacompiler.h"
#include "formula/formularesolver.h"
#include "svgdocument.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace Vigie {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::Screens)
};

// Accepts every name but `eg.<element>.<attribute>` of an element the drawing lacks, which it
// notes: the only names this check is about.
class ElementResolver : public FormulaResolver
{
public:
    explicit ElementResolver(const SvgDocument &document)
        : m_document(document)
    {
    }
    int resolve(const QString &name, bool, QString *error) const override
    {
        // A name without an attribute is checkFormulas()' error ("names no attribute").
        const auto parsed = ElementAttributeName::parse(name);
        if (parsed && m_document.elementById(parsed->element) < 0) {
            const QString why =
                Tr::tr("%1: the drawing has no element \"%2\"").arg(name, parsed->element);
            m_missing.append(why);
            if (error)
                *error = why;
            return -1;
        }
        return 0;
    }
    mutable QStringList m_missing;

private:
    const SvgDocument &m_document;
};

} // namespace

ProjectIssues checkScreens(const Project &project, const QString &projectDir)
{
    ProjectIssues issues;
    const auto E = ProjectIssue::Severity::Error;
    for (int i = 0; i < project.screens.size(); ++i) {
        const Screen &screen = project.screens[i];
        const QString at = indexPath(QStringLiteral("screens"), i);
        if (screen.file.trimmed().isEmpty())
            continue; // the validator says so
        const QString path = QDir(projectDir).absoluteFilePath(screen.file);
        QString error;
        const SvgDocument document = SvgDocument::load(path, &error);
        const QString name = QFileInfo(path).fileName();
        if (!document.isValid()) {
            issues.append(ProjectIssue::at(E, {}, childPath(at, QStringLiteral("file")), error));
            continue;
        }
        for (int b = 0; b < screen.bindings.size(); ++b) {
            const ScreenBinding &binding = screen.bindings[b];
            const QString bat = indexPath(childPath(at, QStringLiteral("bindings")), b);
            if (!binding.element.isEmpty() && document.elementById(binding.element) < 0) {
                issues.append(
                    ProjectIssue::at(E, {}, childPath(bat, QStringLiteral("element")),
                                     Tr::tr("%1 has no element \"%2\"")
                                         .arg(visibleText(name), escapedText(binding.element))));
            }
            ElementResolver resolver(document);
            FormulaError error;
            (void)FormulaCompiler::compile(binding.formula, resolver, &error);
            for (const QString &missing : std::as_const(resolver.m_missing)) {
                issues.append(ProjectIssue::at(E, {}, childPath(bat, QStringLiteral("formula")),
                                               visibleText(missing)));
            }
        }
        for (int a = 0; a < screen.actions.size(); ++a) {
            const ScreenAction &action = screen.actions[a];
            if (!action.element.isEmpty() && document.elementById(action.element) < 0) {
                issues.append(ProjectIssue::at(
                    E, {},
                    childPath(indexPath(childPath(at, QStringLiteral("actions")), a),
                              QStringLiteral("element")),
                    Tr::tr("%1 has no element \"%2\"")
                        .arg(visibleText(name), escapedText(action.element))));
            }
        }
        for (const SvgUnsupported &u : document.unsupportedFeatures()) {
            issues.append(ProjectIssue::at(ProjectIssue::Severity::Warning, {},
                                           childPath(at, QStringLiteral("file")),
                                           Tr::tr("%1, line %2: %3")
                                               .arg(visibleText(name))
                                               .arg(u.line)
                                               .arg(visibleText(u.message))));
        }
    }
    return issues;
}

} // namespace Vigie
