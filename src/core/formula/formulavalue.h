#pragma once

#include <QString>
#include <QVariant>

#include <optional>

namespace Vigie {

// A value inside the formula language: a number (double), a boolean or a text (colours are
// texts, "#rrggbb" or a name, passed through). Numbers and booleans never touch the text, so
// arithmetic on the evaluation stack costs no string work.
struct FormulaValue
{
    enum class Type : quint8 { Number, Bool, Text };

    Type type = Type::Number;
    double number = 0.0; // the number, or 1/0 for a boolean
    QString text; // only meaningful when type == Text

    [[nodiscard]] static FormulaValue fromNumber(double x) { return {Type::Number, x, {}}; }
    [[nodiscard]] static FormulaValue fromBool(bool b) { return {Type::Bool, b ? 1.0 : 0.0, {}}; }
    [[nodiscard]] static FormulaValue fromText(const QString &s) { return {Type::Text, 0.0, s}; }
    // bool → Bool, any number → Number, anything else → its text.
    [[nodiscard]] static FormulaValue fromVariant(const QVariant &v);

    [[nodiscard]] bool isNumber() const { return type == Type::Number; }
    [[nodiscard]] bool isBool() const { return type == Type::Bool; }
    [[nodiscard]] bool isText() const { return type == Type::Text; }
    // As a number: a number or a boolean as it is, a text when it reads as one (" 12.5 ", in
    // the C locale); none for any other text.
    [[nodiscard]] std::optional<double> toNumber() const;
    // As TRUE or FALSE: a number or a boolean is TRUE unless 0; a text is TRUE, VRAI, FALSE or
    // FAUX in any case, or a number; none for any other text.
    [[nodiscard]] std::optional<bool> toBool() const;
    [[nodiscard]] QVariant toVariant() const;
    // 12.5, TRUE, or the text itself: how a result is shown or written into an attribute.
    [[nodiscard]] QString toDisplayString() const;

    friend bool operator==(const FormulaValue &a, const FormulaValue &b)
    {
        return a.type == b.type && (a.type == Type::Text ? a.text == b.text : a.number == b.number);
    }
};

} // namespace Vigie
