#pragma once

#include "enums.h"

#include <QString>

#include <optional>

namespace Vigie {

// A tag whose value is a formula over other tags (docs/formulas.md), recomputed when one of
// them changes: a tag like any other for views, history, alarms and publishing. Its quality
// follows its inputs: a Bad or Stale input makes it Bad, naming that input, unless the formula
// reads the input's `.good` or `.quality` itself.
struct CalculatedVariable
{
    QString name; // unique among every variable of the project
    QString description;
    QString unit;
    QString formula;
    // What the result is stored as: a number type (rounded toward the type for integers),
    // Bool (a non-zero number is true) or String. A result that does not convert is Bad.
    DataType dataType = DataType::Float64;
    std::optional<int> decimals; // as for Variable
    QString onText; // Bool: what true reads as
    QString offText;
    double deadband = 0.0; // for consumers that ask for it (history, publishing)
    bool published = false; // forwarded to MQTT

    friend bool operator==(const CalculatedVariable &, const CalculatedVariable &) = default;
};

} // namespace Vigie
