#include "formularename.h"

#include "formulacompiler.h"
#include "tagcatalogresolver.h"

#include "model/project.h"

#include <algorithm>

namespace Vigie {

namespace {

// The compiler's own rules for a bare name (formulacompiler.cpp): a letter, `_` or `$`, then
// letters, digits, `_`, `$`, and dots between them.
bool isNameStart(QChar c)
{
    return c.isLetter() || c == u'_' || c == u'$';
}

bool isNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'$';
}

bool isMemberWord(QStringView word)
{
    for (const char16_t *member : {u"value", u"quality", u"timestamp", u"good"}) {
        if (word.compare(QStringView(member), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// Whether `name` reads back as this very name when written without brackets: the lexer takes
// it whole, it is no constant or member, and no resolver reads it as something else.
bool canBeBare(const QString &name)
{
    if (name.isEmpty() || !isNameStart(name.front()) || !isNameChar(name.back()))
        return false;
    for (qsizetype i = 1; i < name.size(); ++i) {
        const QChar c = name[i];
        if (c == u'.' ? !isNameChar(name[i - 1]) : !isNameChar(c))
            return false;
    }
    const qsizetype dot = name.lastIndexOf(u'.');
    if (dot > 0 && isMemberWord(QStringView(name).sliced(dot + 1)))
        return false;
    if (ElementAttributeName::matches(name))
        return false;
    for (const char16_t *constant : {u"TRUE", u"FALSE", u"VRAI", u"FAUX"}) {
        if (name.compare(QStringView(constant), Qt::CaseInsensitive) == 0)
            return false;
    }
    return true;
}

// The prefix under which `reference` names `tag` ("" for the exact name), or none.
std::optional<QString> prefixOf(const FormulaReference &reference, const QString &tag)
{
    if (reference.name == tag)
        return QString();
    if (reference.bracketed)
        return std::nullopt;
    for (const QString &prefix : TagCatalogResolver::defaultPrefixes()) {
        if (reference.name.size() == prefix.size() + tag.size()
            && reference.name.startsWith(prefix, Qt::CaseInsensitive)
            && QStringView(reference.name).sliced(prefix.size()) == tag)
            return reference.name.left(prefix.size());
    }
    return std::nullopt;
}

bool isTagTarget(ScreenActionKind kind)
{
    return kind != ScreenActionKind::OpenScreen;
}

QString place(const QString &list, qsizetype index)
{
    return list + u'[' + QString::number(index) + u']';
}

} // namespace

bool hasWritableName(const QString &name)
{
    return !name.trimmed().isEmpty() && !name.contains(u']') && name.trimmed() == name;
}

QString renameTag(const QString &formula, const QString &oldName, const QString &newName)
{
    const QList<FormulaReference> references = FormulaCompiler::references(formula);
    QString result = formula;
    // From the end, so the offsets of the references still to do stay right.
    for (auto it = references.crbegin(); it != references.crend(); ++it) {
        const std::optional<QString> prefix = prefixOf(*it, oldName);
        if (!prefix)
            continue;
        QString text;
        if (!it->bracketed && canBeBare(*prefix + newName))
            text = *prefix + newName;
        else
            text = u'[' + newName + u']';
        if (!it->member.isEmpty())
            text += u'.' + it->member;
        result.replace(it->offset, it->length, text);
    }
    return result;
}

bool readsTag(const QString &formula, const QString &name)
{
    const QList<FormulaReference> references = FormulaCompiler::references(formula);
    return std::any_of(references.cbegin(), references.cend(),
                       [&](const FormulaReference &r) { return prefixOf(r, name).has_value(); });
}

QStringList usagesOf(const Project &project, const QString &tag)
{
    QStringList places;
    for (qsizetype i = 0; i < project.calculated.size(); ++i) {
        if (readsTag(project.calculated[i].formula, tag))
            places << place(QStringLiteral("calculated"), i) + QLatin1String(".formula");
    }
    for (qsizetype s = 0; s < project.screens.size(); ++s) {
        const Screen &screen = project.screens[s];
        const QString at = place(QStringLiteral("screens"), s);
        for (qsizetype b = 0; b < screen.bindings.size(); ++b) {
            if (readsTag(screen.bindings[b].formula, tag))
                places << at + u'.' + place(QStringLiteral("bindings"), b)
                        + QLatin1String(".formula");
        }
        for (qsizetype a = 0; a < screen.actions.size(); ++a) {
            const ScreenAction &action = screen.actions[a];
            if (isTagTarget(action.kind) && action.target == tag)
                places << at + u'.' + place(QStringLiteral("actions"), a)
                        + QLatin1String(".target");
        }
    }
    if (project.gateway) {
        for (qsizetype m = 0; m < project.gateway->map.size(); ++m) {
            if (project.gateway->map[m].tag == tag)
                places << QLatin1String("gateway.") + place(QStringLiteral("map"), m)
                        + QLatin1String(".tag");
        }
    }
    return places;
}

Project renameUsages(const Project &project, const QString &oldName, const QString &newName)
{
    Project renamed = project;
    for (CalculatedVariable &calculated : renamed.calculated)
        calculated.formula = renameTag(calculated.formula, oldName, newName);
    for (Screen &screen : renamed.screens) {
        for (ScreenBinding &binding : screen.bindings)
            binding.formula = renameTag(binding.formula, oldName, newName);
        for (ScreenAction &action : screen.actions) {
            if (isTagTarget(action.kind) && action.target == oldName)
                action.target = newName;
        }
    }
    if (renamed.gateway) {
        for (GatewayMapping &mapping : renamed.gateway->map) {
            if (mapping.tag == oldName)
                mapping.tag = newName;
        }
    }
    return renamed;
}

} // namespace Vigie
