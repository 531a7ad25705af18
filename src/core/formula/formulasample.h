#pragma once

#include "formulavalue.h"
#include "tags/tagvalue.h"

namespace Vigie {

// A value with its quality: what a formula reads (a tag, an element's attribute, another
// formula's output) and what it gives. A Bad result always says why ("input [Niveau] is Bad:
// no reply…", "division by zero"), so a screen can show the reason instead of a wrong colour.
struct FormulaSample
{
    FormulaValue value;
    Quality quality = Quality::Bad;
    QString reason; // why the quality is not Good
    qint64 timestamp = 0; // ms since the epoch; a result takes the newest of its inputs

    [[nodiscard]] static FormulaSample fromTag(const TagValue &tag)
    {
        return {FormulaValue::fromVariant(tag.value), tag.quality, tag.reason, tag.timestamp};
    }
    [[nodiscard]] static FormulaSample good(const FormulaValue &value, qint64 timestamp = 0)
    {
        return {value, Quality::Good, {}, timestamp};
    }
    [[nodiscard]] bool isGood() const { return quality == Quality::Good; }
    friend bool operator==(const FormulaSample &, const FormulaSample &) = default;
};

} // namespace Vigie
