#pragma once

#include "exchangefields.h"

#include "document/frameplanner.h"
#include "document/nodeinsertion.h"
#include "spreadsheet/sheet.h"

#include <QHash>

namespace Vigie {

// A problem of one cell, row or sheet of an imported file, with its place.
struct ImportIssue
{
    enum class Severity { Error, Warning };
    Severity severity = Severity::Error;
    QString sheet; // empty for the file as a whole
    int row = 0; // the row number the spreadsheet shows (a CSV's line); 0: the whole sheet
    QString column; // the column's header as written; empty: the whole row
    QString message;

    [[nodiscard]] bool isError() const { return severity == Severity::Error; }
    // "sheet "Tags", row 12, column "Adresse": …", translated.
    [[nodiscard]] QString toString() const;
};

// How one column of a sheet was understood.
struct ColumnMapping
{
    int column = 0; // 0-based
    QString header; // as written in the header row
    std::optional<ExchangeField> field; // none: not imported
    bool chosen = false; // set by ImportOptions::columnMap rather than recognised
};

struct SheetMapping
{
    QString sheet;
    SheetKind kind = SheetKind::Variables;
    int headerRow = 0; // the row number of the header row; 0: none was found
    int dataRows = 0; // rows below it that hold something
    QList<ColumnMapping> columns;
};

struct ImportOptions
{
    // Only this sheet (by name, any case); empty: every sheet with a header row it recognises.
    QString sheet;
    // Header → field key (ExchangeFields::key(), or "ignore"), over the recognised headers;
    // headers are compared as ExchangeFields::normalized() compares them.
    QHash<QString, QString> columnMap;
    // For rows that name no connection or device: these names (created if new, as Modbus TCP).
    QString connection;
    QString device;
    FramePlanOptions planner;
};

// What importing a file into a project would do, computed without changing it: the changes to
// apply as one command, the project they give, what was planned and every problem found. When
// hasErrors(), nothing should be applied: an import is all or nothing.
struct ImportReport
{
    ProjectChanges changes;
    Project result; // the project with the changes applied
    QList<ImportIssue> issues;
    QList<SheetMapping> sheets;
    int connectionsAdded = 0;
    int devicesAdded = 0;
    int framesAdded = 0; // planned or given
    int framesPlanned = 0;
    int variablesAdded = 0;
    int calculatedAdded = 0;
    int screensAdded = 0;
    int bindingsAdded = 0;
    int actionsAdded = 0;
    bool projectFieldsChanged = false;
    // "Automate/API 1: HoldingRegister 0–24, 12 variables", one per planned frame.
    QStringList plannedFrames;

    // What the changes add, a phrase per kind of node that it adds ("5 variable(s)",
    // "3 frame(s), 3 planned"), in the tree's order; empty when nothing.
    [[nodiscard]] QStringList additions() const;
    [[nodiscard]] bool hasErrors() const;
    [[nodiscard]] int errorCount() const;
    [[nodiscard]] bool isEmpty() const { return changes.isEmpty(); }
};

// Reads the rows of `workbook` into `into`: the tree's four levels (one sheet each, or a single
// sheet of variables naming their connection, device and frame in columns), calculated
// variables, screens with their bindings and actions, and the project's own fields. Variables
// given by table and absolute address rather than frame and offset get frames from the frame
// planner, per device. Names must be new: a row naming an existing connection, device or frame
// adds to it (its other cells must agree with it), a variable or screen named like an existing
// one is an error. docs/import.md describes the columns and the words recognised.
[[nodiscard]] ImportReport prepareImport(const Project &into, const Workbook &workbook,
                                         const ImportOptions &options = {});

} // namespace Vigie
