#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringView>

#include <optional>

namespace Vigie::SvgStyle {

// The small amount of CSS a screen's SVG needs, without a CSS engine: inline style
// declarations ("fill:#ff0000;stroke:none") and url(#id) references.

// One "name:value" of an inline style, as views into the style string.
struct Declaration
{
    QStringView name; // trimmed
    QStringView value; // trimmed
};

// The declarations in order of writing; empty and nameless ones are skipped. A ';' inside
// quotes or parentheses (url(data:…;base64,…)) does not end a declaration.
[[nodiscard]] QList<Declaration> parse(QStringView style);
// The value of the last declaration of `name` (the one CSS keeps); nullopt if none.
[[nodiscard]] std::optional<QStringView> value(QStringView style, QStringView name);
// The style with the values of the declared properties found in `values` replaced; other
// declarations are kept as written. Properties the style does not declare are not added.
[[nodiscard]] QString replaceValues(QStringView style, const QMap<QString, QString> &values);

// The ids referenced as url(#id) in a value, style or style sheet, in order.
[[nodiscard]] QList<QStringView> urlReferences(QStringView text);
// The id of "#id" (an href to a fragment of this document); a null view otherwise.
[[nodiscard]] QStringView fragmentReference(QStringView href);

// Whether a paint or colour value uses what QtSvg 6.4 cannot parse as a colour: var(),
// rgba(), hsl(), hsla(), or #rgba/#rrggbbaa. Returns the offending value, or a null view.
[[nodiscard]] QStringView unsupportedColour(QStringView value);

} // namespace Vigie::SvgStyle
