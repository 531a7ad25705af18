#include "formulacheck.h"

#include "formulacompiler.h"
#include "formulaset.h"
#include "tagcatalogresolver.h"
#include "tags/tagcatalog.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace Vigie {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::Formula)
};

// A screen's names: `eg.<element>.<attribute>` for an element's attribute (any element and
// attribute here: whether the element exists is the SVG file's business), anything else a tag.
// Attributes get slots after the tags as a screen gives them, one per element and attribute
// whatever its case, so a binding's output and another's `eg.` read of it meet, and a cycle
// between bindings is found where the screen would refuse it.
class BindingNameResolver final : public FormulaResolver
{
public:
    explicit BindingNameResolver(const TagCatalog &catalog)
        : m_tags(catalog)
        , m_firstSlot(catalog.size())
    {
    }

    int resolve(const QString &name, bool bracketed, QString *error) const override
    {
        if (!ElementAttributeName::matches(name))
            return m_tags.resolve(name, bracketed, error);
        if (const auto parsed = ElementAttributeName::parse(name))
            return slotOf(parsed->element, parsed->attribute);
        if (error)
            *error = Tr::tr("\"%1\" names no attribute: write eg.<element>.<attribute>")
                         .arg(escapedText(name));
        return -1;
    }

    // `attribute` is canonical (canonicalAttribute()).
    int slotOf(const QString &element, const QString &attribute) const
    {
        const auto key = qMakePair(element, attribute);
        const auto it = m_slots.constFind(key);
        if (it != m_slots.constEnd())
            return *it;
        const int slot = m_firstSlot + int(m_slots.size());
        m_slots.insert(key, slot);
        return slot;
    }

private:
    TagCatalogResolver m_tags;
    int m_firstSlot;
    mutable QHash<QPair<QString, QString>, int> m_slots;
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

    for (int s = 0; s < project.screens.size(); ++s) {
        const QString bindings =
            childPath(indexPath(QStringLiteral("screens"), s), QStringLiteral("bindings"));
        const QList<ScreenBinding> &list = project.screens[s].bindings;
        const BindingNameResolver names(catalog);
        FormulaSet screen;
        QSet<int> driven;
        for (int b = 0; b < list.size(); ++b) {
            const ScreenBinding &binding = list[b];
            if (binding.formula.trimmed().isEmpty())
                continue;
            // An attribute bound twice, or no element: the validator's error; compile only.
            int output = -1;
            if (!binding.element.trimmed().isEmpty()) {
                output = names.slotOf(binding.element, toString(binding.attribute));
                if (driven.contains(output))
                    output = -1;
                else
                    driven.insert(output);
            }
            const QString what =
                Tr::tr("%1 of \"%2\"")
                    .arg(toString(binding.attribute), escapedText(binding.element));
            FormulaError error;
            if (screen.add(what, binding.formula, names, output, &error) < 0) {
                issues.append(
                    formulaIssue(childPath(indexPath(bindings, b), QStringLiteral("formula")),
                                 error, binding.formula));
            }
        }
    }
    return issues;
}

} // namespace Vigie
