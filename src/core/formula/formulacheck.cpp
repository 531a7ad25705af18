#include "formulacheck.h"

#include "formulacompiler.h"
#include "formulaset.h"
#include "tagcatalogresolver.h"
#include "tags/tagcatalog.h"

#include <QCoreApplication>

namespace Vigie {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::Formula)
};

// A screen's names: the tags, and `eg.<element>.<attribute>` for another element's attribute.
// Any element and attribute pass here; whether the element exists is the SVG file's business.
class BindingNameResolver final : public FormulaResolver
{
public:
    explicit BindingNameResolver(const TagCatalog &catalog)
        : m_tags(catalog)
        , m_attributeSlot(catalog.size())
    {
    }

    int resolve(const QString &name, bool bracketed, QString *error) const override
    {
        QString tagError;
        const int tag = m_tags.resolve(name, bracketed, &tagError);
        if (tag >= 0)
            return tag;
        if (!name.startsWith(u"eg.", Qt::CaseInsensitive)) {
            if (error)
                *error = tagError;
            return -1;
        }
        const QStringView rest = QStringView(name).mid(3);
        const qsizetype dot = rest.lastIndexOf(u'.');
        if (dot > 0 && dot < rest.size() - 1)
            return m_attributeSlot; // compiled, never evaluated: any slot will do
        if (error)
            *error = Tr::tr("\"%1\" names no attribute: write eg.<element>.<attribute>")
                         .arg(escapedText(name));
        return -1;
    }

private:
    TagCatalogResolver m_tags;
    int m_attributeSlot;
};

// The error on one line, with its place in the formula; the formula's line and a caret under
// the place go to the excerpt. Both are made visible (a tab or a bidirectional control in a
// formula must not reorder the listing), and the caret follows what is printed.
ProjectIssue formulaIssue(const QString &field, const FormulaError &error, const QString &source)
{
    QString message;
    QString excerpt;
    if (!error.cycle.isEmpty()) {
        QStringList names;
        for (const QString &name : error.cycle)
            names.append(visibleText(name));
        message = Tr::tr("cycle: %1").arg(names.join(u" → "));
    } else if (error.line > 0) {
        message = Tr::tr("line %1, column %2: %3")
                      .arg(error.line)
                      .arg(error.column)
                      .arg(visibleText(error.message));
        const QString line = source.split(u'\n').value(error.line - 1);
        const QString before = visibleText(line.left(error.column - 1));
        excerpt = visibleText(line) + u'\n' + QString(before.size(), u' ') + u'^';
    } else {
        message = visibleText(error.message);
    }
    ProjectIssue issue = ProjectIssue::at(ProjectIssue::Severity::Error, {}, field, message);
    issue.excerpt = excerpt;
    return issue;
}

} // namespace

ProjectIssues checkFormulas(const Project &project)
{
    ProjectIssues issues;
    const TagCatalog catalog = TagCatalog::fromProject(project);
    const TagCatalogResolver tags(catalog);

    // One set, as the station builds it, so a cycle is found where the station would refuse it.
    FormulaSet calculated;
    for (int i = 0; i < project.calculated.size(); ++i) {
        const CalculatedVariable &v = project.calculated[i];
        if (v.formula.trimmed().isEmpty())
            continue;
        FormulaError error;
        if (calculated.add(v.name, v.formula, tags, catalog.calculatedTag(i), &error) < 0) {
            issues.append(formulaIssue(
                childPath(indexPath(QStringLiteral("calculated"), i), QStringLiteral("formula")),
                error, v.formula));
        }
    }

    const BindingNameResolver names(catalog);
    for (int s = 0; s < project.screens.size(); ++s) {
        const QString bindings =
            childPath(indexPath(QStringLiteral("screens"), s), QStringLiteral("bindings"));
        const QList<ScreenBinding> &list = project.screens[s].bindings;
        for (int b = 0; b < list.size(); ++b) {
            if (list[b].formula.trimmed().isEmpty())
                continue;
            FormulaError error;
            if (!FormulaCompiler::compile(list[b].formula, names, &error).isValid()) {
                issues.append(
                    formulaIssue(childPath(indexPath(bindings, b), QStringLiteral("formula")),
                                 error, list[b].formula));
            }
        }
    }
    return issues;
}

} // namespace Vigie
