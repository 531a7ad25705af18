#pragma once

#include "enums.h"

#include <QList>
#include <QString>

#include <optional>

namespace Vigie {

// One SVG element attribute driven by a formula: `pump1`'s fill follows
// `SI([Pompe 1/Marche]; "#2e7d32"; "#9e9e9e")`. What each attribute expects from the formula
// is in docs/project-format.md ("Screens"); other formulas may read the current value back as
// `eg.<element>.<attribute>`.
struct ScreenBinding
{
    QString element; // the id of the element in the screen's SVG file
    BindingAttribute attribute = BindingAttribute::Fill;
    QString formula;
    // rotate: the centre of rotation in the element's own coordinates; none: the centre of
    // the element's bounds.
    std::optional<double> centerX;
    std::optional<double> centerY;

    friend bool operator==(const ScreenBinding &, const ScreenBinding &) = default;
};

// What clicking an element does. Writes and toggles ask the operator to confirm and go through
// the one write path with origin "screen".
struct ScreenAction
{
    QString element; // the id of the element in the screen's SVG file
    ScreenActionKind kind = ScreenActionKind::Faceplate;
    QString target; // openScreen: a screen's name; write, toggle, faceplate: a tag's name

    friend bool operator==(const ScreenAction &, const ScreenAction &) = default;
};

// A mimic screen: an SVG drawing made in any editor (Inkscape first), its bindings and its
// actions. Screens form a tree through `parent` (the screen list shows it; "up" goes there);
// openScreen actions link any screen to any other. The first screen of the project is the one
// vigie opens on.
struct Screen
{
    QString name; // unique among the screens
    QString description;
    QString file; // the SVG file, relative to the project file's folder
    QString parent; // the name of the parent screen; empty: a top-level screen
    QList<ScreenBinding> bindings;
    QList<ScreenAction> actions;

    friend bool operator==(const Screen &, const Screen &) = default;
};

// An attribute as `eg.<element>.<attribute>` names it, in one spelling whatever its case: a
// binding attribute as the file spells it (eg.x.FILL → fill, eg.x.barheight → barHeight), any
// other SVG property in lower case.
[[nodiscard]] inline QString canonicalAttribute(const QString &attribute)
{
    for (const QString &known : enumNames<BindingAttribute>()) {
        if (attribute.compare(known, Qt::CaseInsensitive) == 0)
            return known;
    }
    return attribute.toLower();
}

// A formula's name for an element's attribute, `eg.<element>.<attribute>` (`eg.` in any case),
// split at its last dot; the attribute is canonical. Shared by the screens and checkFormulas(),
// so both read the same names the same way.
struct ElementAttributeName
{
    // Whether `name` is one (it starts with `eg.`); the other names are tags.
    [[nodiscard]] static bool matches(const QString &name)
    {
        return name.startsWith(QLatin1String("eg."), Qt::CaseInsensitive);
    }
    // The parts of a name that matches(); none when the element or the attribute is missing.
    [[nodiscard]] static std::optional<ElementAttributeName> parse(const QString &name)
    {
        if (!matches(name))
            return std::nullopt;
        const QStringView rest = QStringView(name).sliced(3);
        const qsizetype dot = rest.lastIndexOf(u'.');
        if (dot <= 0 || dot == rest.size() - 1)
            return std::nullopt;
        return ElementAttributeName {rest.left(dot).toString(),
                                     canonicalAttribute(rest.mid(dot + 1).toString())};
    }

    QString element;
    QString attribute;
};

} // namespace Vigie
