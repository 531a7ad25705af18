#include "projectimport.h"

#include "cellvalues.h"
#include "projectcheck.h"

#include <QCoreApplication>
#include <QSet>

namespace Vigie {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::ProjectImport)
};

using F = ExchangeField;
namespace CV = CellValues;

// Rows looked at for the header row: a title or a logo may sit above it.
constexpr int HeaderSearchRows = 20;

// Where a node or a value came from.
struct RowRef
{
    QString sheet;
    int row = 0;
};

// A node of the tree by its indices, as a hash key.
quint64 nodeKey(int c, int d = -1, int f = -1, int v = -1)
{
    return (quint64(quint16(c + 1)) << 48) | (quint64(quint16(d + 1)) << 32)
        | (quint64(quint16(f + 1)) << 16) | quint64(quint16(v + 1));
}

quint64 nodeKey(const NodePath &p)
{
    return nodeKey(p.connection, p.device, p.frame, p.variable);
}

// The sheets in the order their rows are read: containers before what they contain, screens
// before their bindings, whatever the order of the tabs.
constexpr SheetKind ReadingOrder[] = {
    SheetKind::Project, SheetKind::Connections, SheetKind::Devices,
    SheetKind::Frames,  SheetKind::Variables,   SheetKind::Calculated,
    SheetKind::Screens, SheetKind::Bindings,    SheetKind::Actions,
};

// Fields a sheet cannot do without, by kind.
QList<F> requiredFields(SheetKind kind)
{
    switch (kind) {
    case SheetKind::Project: return {F::Key, F::Value};
    case SheetKind::Connections: return {F::ConnectionName};
    case SheetKind::Devices: return {F::DeviceName};
    case SheetKind::Frames: return {F::FrameName, F::Table, F::StartAddress};
    case SheetKind::Variables: return {F::Name};
    case SheetKind::Calculated: return {F::Name, F::Formula};
    case SheetKind::Screens: return {F::Name, F::File};
    case SheetKind::Bindings: return {F::Screen, F::Element, F::Attribute, F::Formula};
    case SheetKind::Actions: return {F::Screen, F::Element, F::ActionKind};
    }
    return {};
}

class Importer
{
public:
    Importer(const Project &into, const ImportOptions &options)
        : m_base(into)
        , m_work(into)
        , m_options(options)
    {
        for (const VariablePath &p : into.variablePaths())
            m_names.insert(into.variable(p).name, RowRef {});
        for (const CalculatedVariable &c : into.calculated)
            m_names.insert(c.name, RowRef {});
        for (auto it = options.columnMap.cbegin(); it != options.columnMap.cend(); ++it)
            m_columnMap.insert(ExchangeFields::normalized(it.key()), it.value());
    }

    ImportReport run(const Workbook &workbook);

private:
    struct Row
    {
        const Sheet *sheet;
        const SheetMapping *mapping;
        int index; // in sheet->rows
        QHash<F, int> columns; // field → column

        [[nodiscard]] QVariant cell(F f) const
        {
            const int c = columns.value(f, -1);
            return c < 0 ? QVariant() : sheet->cell(index, c);
        }
        [[nodiscard]] bool has(F f) const { return !CV::isEmpty(cell(f)); }
        [[nodiscard]] int number() const { return sheet->rowNumber(index); }
        [[nodiscard]] QString header(F f) const
        {
            const int c = columns.value(f, -1);
            for (const ColumnMapping &m : mapping->columns) {
                if (m.column == c)
                    return m.header;
            }
            return {};
        }
    };

    void error(const Row &row, F field, const QString &message)
    {
        m_report.issues.append({ImportIssue::Severity::Error, row.sheet->name, row.number(),
                                row.header(field), message});
    }
    void rowError(const Row &row, const QString &message)
    {
        m_report.issues.append(
            {ImportIssue::Severity::Error, row.sheet->name, row.number(), {}, message});
    }
    void sheetIssue(ImportIssue::Severity severity, const QString &sheet, const QString &message,
                    int row = 0)
    {
        m_report.issues.append({severity, sheet, row, {}, message});
    }

    SheetMapping mapSheet(const Sheet &sheet, SheetKind kind, QStringList *problems);
    void readRows(const Sheet &sheet, const SheetMapping &mapping);
    void readProjectRow(const Row &row);
    void readTreeRow(const Row &row, int level);
    void readCalculatedRow(const Row &row);
    void readScreenRow(const Row &row);
    void readBindingRow(const Row &row);
    void readActionRow(const Row &row);
    Screen *screenOf(const Row &row);

    // The connection, device or frame a row names (or the default), created when new; -1 after
    // an error. `fieldsToo`: the row's cells of that level are its fields.
    int connectionOf(const Row &row, bool fieldsToo);
    int deviceOf(const Row &row, int c, bool fieldsToo);
    int frameOf(const Row &row, int c, int d, bool fieldsToo, bool rowIsFrame);

    // The row's cells of a level applied to a node: false after an error. A node read before
    // (new from an earlier row, or in the project) must agree with them.
    template<typename Node>
    bool applyFields(const Row &row, Node &node, quint64 key, const QString &what, int level,
                     bool (Importer::*set)(const Row &, F, Node &));
    bool setConnectionField(const Row &row, F f, Connection &c);
    bool setDeviceField(const Row &row, F f, Device &d);
    bool setFrameField(const Row &row, F f, Frame &fr);
    bool setVariableField(const Row &row, F f, Variable &v);

    template<typename T>
    bool parsed(const Row &row, F f, std::optional<T> value, const QString &why, T &target)
    {
        if (!value) {
            error(row, f, why);
            return false;
        }
        target = *value;
        return true;
    }
    bool readInt(const Row &row, F f, qint64 min, qint64 max, int &target)
    {
        QString why;
        return parsed(row, f, CV::integer(row.cell(f), min, max, &why), why, target);
    }
    bool readDouble(const Row &row, F f, double &target)
    {
        QString why;
        return parsed(row, f, CV::number(row.cell(f), &why), why, target);
    }
    bool readBool(const Row &row, F f, bool &target)
    {
        QString why;
        return parsed(row, f, CV::boolean(row.cell(f), &why), why, target);
    }

    bool claimName(const Row &row, const QString &name);
    void planFramesOfDevices();
    void finishFrames();
    void validate();
    [[nodiscard]] QString columnOfField(const QString &sheet, const QString &field) const;
    void collectChanges();

    const Project &m_base;
    Project m_work;
    const ImportOptions &m_options;
    ImportReport m_report;
    QHash<QString, QString> m_columnMap;
    // Every variable and calculated name, and the row that brought it (none: in the project).
    QHash<QString, RowRef> m_names;
    // For each node read from a row: which of its fields came from which row, so a later row
    // that disagrees is told which one it disagrees with.
    QHash<quint64, QHash<F, int>> m_fieldRows;
    QHash<quint64, RowRef> m_nodeRows; // new nodes (and planned variables) → the row
    QSet<quint64> m_quantityGiven; // new frames whose Quantity a row gave
    QList<quint64> m_rowFrames; // frames new from a row (not planned)
    struct Pending
    {
        int connection;
        int device;
        AddressedVariable input;
        RowRef ref;
        QHash<F, QString> headers;
    };
    QList<Pending> m_pending; // variables to plan, in row order
    QSet<QString> m_usedSheets;
    int m_projectSheetRow = 0;
    QString m_projectSheet;
};

// How a sheet's columns read as a sheet of that kind; problems of the chosen mapping (--map
// naming no field of the sheet) go to `problems`, for the caller to report once it has chosen.
SheetMapping Importer::mapSheet(const Sheet &sheet, SheetKind kind, QStringList *problems)
{
    SheetMapping mapping;
    mapping.sheet = sheet.name;
    mapping.kind = kind;
    const int searched = int(qMin<qsizetype>(sheet.rows.size(), HeaderSearchRows));
    for (int r = 0; r < searched; ++r) {
        QList<ColumnMapping> columns;
        int recognised = 0;
        for (int c = 0; c < sheet.rows[r].size(); ++c) {
            const QVariant &cell = sheet.rows[r][c];
            if (CV::isEmpty(cell))
                continue;
            ColumnMapping column;
            column.column = c;
            column.header = CV::text(cell).trimmed();
            const QString word = ExchangeFields::normalized(column.header);
            if (const auto chosen = m_columnMap.constFind(word); chosen != m_columnMap.constEnd()) {
                bool ignore = false;
                column.field = ExchangeFields::fieldForKey(*chosen, kind, &ignore);
                column.chosen = true;
                if (!column.field && !ignore) {
                    problems->append(
                        Tr::tr("the column \"%1\" is mapped to \"%2\", which is not "
                               "a field of this sheet (expected one of %3)")
                            .arg(column.header, *chosen,
                                 ExchangeFields::keys(kind).join(QLatin1String(", "))));
                }
            } else {
                column.field = ExchangeFields::fieldForHeader(column.header, kind);
            }
            if (column.field)
                ++recognised;
            columns.append(column);
        }
        // Two recognised headers make a header row, or one in a sheet of one column.
        if (recognised >= 2 || (recognised == 1 && columns.size() == 1)) {
            mapping.headerRow = sheet.rowNumber(r);
            mapping.columns = columns;
            for (int d = r + 1; d < sheet.rows.size(); ++d) {
                const auto &cells = sheet.rows[d];
                if (std::any_of(cells.cbegin(), cells.cend(),
                                [](const QVariant &v) { return !CV::isEmpty(v); })) {
                    ++mapping.dataRows;
                }
            }
            break;
        }
    }
    return mapping;
}

ImportReport Importer::run(const Workbook &workbook)
{
    // Which sheets, and what each holds: by its name, else by its headers.
    QList<std::pair<const Sheet *, SheetMapping>> sheets;
    bool sheetFound = m_options.sheet.isEmpty();
    for (const Sheet &sheet : workbook.sheets) {
        if (!m_options.sheet.isEmpty()) {
            if (sheet.name.compare(m_options.sheet, Qt::CaseInsensitive) != 0)
                continue;
            sheetFound = true;
        }
        const auto named = ExchangeFields::kindOfSheetName(sheet.name);
        SheetMapping mapping;
        QStringList problems;
        if (named) {
            mapping = mapSheet(sheet, *named, &problems);
        } else {
            // A sheet named "Feuil1": bindings if it has an element and an attribute column,
            // else variables.
            mapping = mapSheet(sheet, SheetKind::Bindings, &problems);
            const auto has = [&mapping](F f) {
                return std::any_of(mapping.columns.cbegin(), mapping.columns.cend(),
                                   [f](const ColumnMapping &m) { return m.field == f; });
            };
            if (!(has(F::Element) && has(F::Attribute))) {
                problems.clear();
                mapping = mapSheet(sheet, SheetKind::Variables, &problems);
            }
        }
        for (const QString &problem : std::as_const(problems))
            sheetIssue(ImportIssue::Severity::Error, sheet.name, problem, mapping.headerRow);
        if (mapping.headerRow == 0) {
            const bool chosen = !m_options.sheet.isEmpty();
            sheetIssue(chosen ? ImportIssue::Severity::Error : ImportIssue::Severity::Warning,
                       sheet.name,
                       Tr::tr("no header row found in the first %1 rows (looked for columns such "
                              "as %2): the sheet is not imported")
                           .arg(HeaderSearchRows)
                           .arg(QStringList {ExchangeFields::header(F::Name, mapping.kind),
                                             ExchangeFields::header(F::Address, mapping.kind),
                                             QStringLiteral("Nom"), QStringLiteral("Adresse")}
                                    .join(QLatin1String(", "))));
            continue;
        }
        sheets.append({&sheet, mapping});
    }
    if (!sheetFound) {
        QStringList names;
        for (const Sheet &s : workbook.sheets)
            names.append(QStringLiteral("\"%1\"").arg(s.name));
        sheetIssue(ImportIssue::Severity::Error, {},
                   Tr::tr("there is no sheet \"%1\" (the sheets are %2)")
                       .arg(m_options.sheet, names.join(QLatin1String(", "))));
    } else if (sheets.isEmpty() && !m_report.hasErrors()) {
        sheetIssue(ImportIssue::Severity::Error, {},
                   Tr::tr("no sheet has a header row this import recognises: see docs/import.md "
                          "for the column names"));
    }

    for (const auto &[sheet, mapping] : std::as_const(sheets)) {
        // Unknown columns are left out, said once; a field twice is an error (which one wins?).
        QHash<F, QString> seen;
        for (const ColumnMapping &column : mapping.columns) {
            if (!column.field) {
                if (!column.chosen) {
                    sheetIssue(ImportIssue::Severity::Warning, sheet->name,
                               Tr::tr("column %1 \"%2\" is not a field Vigie knows: it is not "
                                      "imported")
                                   .arg(ExchangeFields::columnName(column.column), column.header),
                               mapping.headerRow);
                }
                continue;
            }
            if (seen.contains(*column.field)) {
                sheetIssue(ImportIssue::Severity::Error, sheet->name,
                           Tr::tr("the columns \"%1\" and \"%2\" both mean %3: keep one, or map "
                                  "one to another field")
                               .arg(seen.value(*column.field), column.header,
                                    ExchangeFields::header(*column.field, mapping.kind)),
                           mapping.headerRow);
            }
            seen.insert(*column.field, column.header);
        }
        QStringList missing;
        for (const F f : requiredFields(mapping.kind)) {
            if (!seen.contains(f))
                missing.append(ExchangeFields::header(f, mapping.kind));
        }
        if (!missing.isEmpty()) {
            sheetIssue(ImportIssue::Severity::Error, sheet->name,
                       Tr::tr("the %1 sheet needs the column(s) %2")
                           .arg(ExchangeFields::sheetName(mapping.kind),
                                missing.join(QLatin1String(", "))),
                       mapping.headerRow);
        }
        m_report.sheets.append(mapping);
    }
    if (m_report.hasErrors())
        return std::move(m_report);

    for (const SheetKind kind : ReadingOrder) {
        for (int i = 0; i < sheets.size(); ++i) {
            if (sheets[i].second.kind == kind)
                readRows(*sheets[i].first, m_report.sheets[i]);
        }
    }
    planFramesOfDevices();
    finishFrames();
    collectChanges();
    if (!m_report.hasErrors())
        validate();
    m_report.result = m_work;
    return std::move(m_report);
}

void Importer::readRows(const Sheet &sheet, const SheetMapping &mapping)
{
    Row row {&sheet, &mapping, 0, {}};
    for (const ColumnMapping &column : mapping.columns) {
        if (column.field)
            row.columns.insert(*column.field, column.column);
    }
    int first = 0;
    while (first < sheet.rows.size() && sheet.rowNumber(first) <= mapping.headerRow)
        ++first;
    for (int r = first; r < sheet.rows.size(); ++r) {
        const auto &cells = sheet.rows[r];
        if (std::all_of(cells.cbegin(), cells.cend(),
                        [](const QVariant &v) { return CV::isEmpty(v); }))
            continue;
        row.index = r;
        switch (mapping.kind) {
        case SheetKind::Project: readProjectRow(row); break;
        case SheetKind::Calculated: readCalculatedRow(row); break;
        case SheetKind::Screens: readScreenRow(row); break;
        case SheetKind::Bindings: readBindingRow(row); break;
        case SheetKind::Actions: readActionRow(row); break;
        default: readTreeRow(row, ExchangeFields::levelOf(mapping.kind)); break;
        }
    }
}

// --- the tree -------------------------------------------------------------------------------

void Importer::readTreeRow(const Row &row, int level)
{
    if (level == 4) {
        // A row of the Variables sheet is at the deepest level it names: a row naming only a
        // frame defines the frame (the exporter writes one for a frame without variables).
        level = row.has(F::Name) ? 4 : row.has(F::FrameName) ? 3 : row.has(F::DeviceName) ? 2 : 1;
        if (level == 1 && !row.has(F::ConnectionName)) {
            rowError(row,
                     Tr::tr("the row has no name (column \"%1\")")
                         .arg(ExchangeFields::header(F::Name, SheetKind::Variables)));
            return;
        }
    }
    const int c = connectionOf(row, true);
    if (c < 0 || level == 1)
        return;
    const int d = deviceOf(row, c, true);
    if (d < 0 || level == 2)
        return;
    const bool frameNamed = row.has(F::FrameName);
    if (level == 3) {
        frameOf(row, c, d, true, true);
        return;
    }
    const QString name = CV::text(row.cell(F::Name));
    if (!claimName(row, name))
        return;
    Variable v;
    // A bit, or a bit table, makes a Bool unless the row says otherwise.
    bool ok = true;
    for (const F f : ExchangeFields::fieldsOf(SheetKind::Variables)) {
        if (ExchangeFields::levelOf(f) == 4 && f != F::Address && f != F::Offset && row.has(f))
            ok = setVariableField(row, f, v) && ok;
    }
    if (!ok)
        return;

    const bool tableGiven = row.has(F::Table);
    std::optional<FrameType> table;
    if (tableGiven) {
        QString why;
        table = CV::table(row.cell(F::Table), &why);
        if (!table) {
            error(row, F::Table, why);
            return;
        }
    }
    if (frameNamed) {
        const int f = frameOf(row, c, d, false, false);
        if (f < 0)
            return;
        Frame &frame = m_work.connections[c].devices[d].frames[f];
        if (row.has(F::Offset)) {
            if (!readInt(row, F::Offset, 0, 65535, v.offset))
                return;
        } else if (row.has(F::Address)) {
            QString why;
            auto at = CV::address(row.cell(F::Address), tableGiven, &why);
            if (!at && !tableGiven)
                at = CV::address(row.cell(F::Address), true, &why); // the frame gives the table
            if (!at) {
                error(row, F::Address, why);
                return;
            }
            const FrameType given = at->table.value_or(table.value_or(frame.type));
            if (given != frame.type) {
                error(row, F::Address,
                      Tr::tr("the address is in the %1 table, but the frame \"%2\" reads %3")
                          .arg(toString(given), frame.name, toString(frame.type)));
                return;
            }
            if (at->address < frame.startAddress) {
                error(row, F::Address,
                      Tr::tr("address %1 is before the start of the frame \"%2\" (%3)")
                          .arg(at->address)
                          .arg(frame.name)
                          .arg(frame.startAddress));
                return;
            }
            v.offset = at->address - frame.startAddress;
            if (at->bit && !v.bit)
                v.bit = at->bit;
        } else {
            rowError(row,
                     Tr::tr("the variable \"%1\" is in the frame \"%2\" but has no place in "
                            "it: give its \"%3\" or its \"%4\"")
                         .arg(name, frame.name,
                              ExchangeFields::header(F::Offset, SheetKind::Variables),
                              ExchangeFields::header(F::Address, SheetKind::Variables)));
            return;
        }
        if (!row.has(F::DataType) && (isBitFrame(frame.type) || v.bit))
            v.dataType = DataType::Bool;
        frame.variables.append(v);
        const quint64 key = nodeKey(c, d, f, int(frame.variables.size()) - 1);
        m_nodeRows.insert(key, {row.sheet->name, row.number()});
        return;
    }
    if (row.has(F::Offset)) {
        error(row, F::Offset,
              Tr::tr("an offset needs its frame: give the \"%1\" column, or an \"%2\" instead")
                  .arg(ExchangeFields::header(F::FrameName, SheetKind::Variables),
                       ExchangeFields::header(F::Address, SheetKind::Variables)));
        return;
    }
    if (!row.has(F::Address)) {
        rowError(row,
                 Tr::tr("the variable \"%1\" has no address: give its \"%2\" (with a \"%3\", "
                        "or 40001-style), or its \"%4\" and \"%5\"")
                     .arg(name, ExchangeFields::header(F::Address, SheetKind::Variables),
                          ExchangeFields::header(F::Table, SheetKind::Variables),
                          ExchangeFields::header(F::FrameName, SheetKind::Variables),
                          ExchangeFields::header(F::Offset, SheetKind::Variables)));
        return;
    }
    QString why;
    const auto at = CV::address(row.cell(F::Address), tableGiven, &why);
    if (!at) {
        error(row, F::Address, why);
        return;
    }
    if (at->table && table && *at->table != *table) {
        error(row, F::Address,
              Tr::tr("the address is in the %1 table, but the \"%2\" column says %3")
                  .arg(toString(*at->table), row.header(F::Table), toString(*table)));
        return;
    }
    AddressedVariable input;
    input.table = at->table.value_or(table.value_or(FrameType::HoldingRegister));
    input.address = at->address;
    if (at->bit && !v.bit)
        v.bit = at->bit;
    if (!row.has(F::DataType) && (isBitFrame(input.table) || v.bit))
        v.dataType = DataType::Bool;
    input.variable = v;
    QHash<F, QString> headers;
    headers.insert(F::Address, row.header(F::Address));
    m_pending.append({c, d, input, {row.sheet->name, row.number()}, headers});
}

bool Importer::claimName(const Row &row, const QString &name)
{
    const auto it = m_names.constFind(name);
    if (it != m_names.constEnd()) {
        if (it->row == 0)
            error(row, F::Name,
                  Tr::tr("a variable named \"%1\" is already in the project").arg(name));
        else if (it->sheet == row.sheet->name)
            error(row, F::Name,
                  Tr::tr("\"%1\" is already the name of row %2").arg(name).arg(it->row));
        else
            error(row, F::Name,
                  Tr::tr("\"%1\" is already the name of sheet \"%2\", row %3")
                      .arg(name, it->sheet)
                      .arg(it->row));
        return false;
    }
    m_names.insert(name, {row.sheet->name, row.number()});
    return true;
}

template<typename Node>
bool Importer::applyFields(const Row &row, Node &node, quint64 key, const QString &what, int level,
                           bool (Importer::*set)(const Row &, F, Node &))
{
    const bool isNew = m_nodeRows.contains(key);
    QHash<F, int> &rows = m_fieldRows[key];
    bool ok = true;
    for (auto it = row.columns.cbegin(); it != row.columns.cend(); ++it) {
        const F f = it.key();
        if (ExchangeFields::levelOf(f) != level || !row.has(f))
            continue;
        // The name was used to find the node: it agrees.
        if (f == F::ConnectionName || f == F::DeviceName || f == F::FrameName)
            continue;
        // A frame's table is its own field only on a row that is about frames; on a variable
        // row it is the variable's (checked against the frame where it is placed).
        Node changed = node;
        if (!(this->*set)(row, f, changed)) {
            ok = false;
            continue;
        }
        if (isNew && !rows.contains(f)) {
            node = changed;
            rows.insert(f, row.number());
        } else if (changed == node) {
            continue;
        } else if (isNew) {
            error(row, f,
                  Tr::tr("%1 is given another value on row %2: rows of one %3 must agree")
                      .arg(row.header(f))
                      .arg(rows.value(f))
                      .arg(what));
            ok = false;
        } else {
            error(row, f,
                  Tr::tr("%1 is already in the project with another \"%2\": an import adds to it "
                         "but does not change it (edit it in the project instead)")
                      .arg(what, row.header(f)));
            ok = false;
        }
    }
    return ok;
}

int Importer::connectionOf(const Row &row, bool fieldsToo)
{
    QString name = CV::text(row.cell(F::ConnectionName));
    if (name.isEmpty())
        name = m_options.connection;
    if (name.isEmpty()) {
        if (m_work.connections.size() == 1) {
            name = m_work.connections.constFirst().name;
        } else {
            rowError(
                row,
                m_work.connections.isEmpty()
                    ? Tr::tr("the row names no connection: add a \"%1\" column, or choose "
                             "the connection to import into")
                          .arg(ExchangeFields::header(F::ConnectionName, SheetKind::Variables))
                    : Tr::tr("the row names no connection and the project has %1: add a "
                             "\"%2\" column, or choose the connection to import into")
                          .arg(m_work.connections.size())
                          .arg(ExchangeFields::header(F::ConnectionName, SheetKind::Variables)));
            return -1;
        }
    }
    int c = 0;
    while (c < m_work.connections.size() && m_work.connections[c].name != name)
        ++c;
    if (c == m_work.connections.size()) {
        Connection created;
        created.name = name;
        created.protocol = Protocol::ModbusTcp; // a tag list is about Modbus devices
        // The one text field whose default is not empty: an empty Host cell means no host
        // (a serial connection's), as the export writes it.
        if (row.columns.contains(F::Host) && !row.has(F::Host))
            created.tcp.host.clear();
        m_work.connections.append(created);
        m_nodeRows.insert(nodeKey(c), {row.sheet->name, row.number()});
    }
    if (fieldsToo
        && !applyFields<Connection>(row, m_work.connections[c], nodeKey(c),
                                    Tr::tr("the connection \"%1\"").arg(name), 1,
                                    &Importer::setConnectionField)) {
        return -1;
    }
    return c;
}

int Importer::deviceOf(const Row &row, int c, bool fieldsToo)
{
    Connection &connection = m_work.connections[c];
    QString name = CV::text(row.cell(F::DeviceName));
    if (name.isEmpty())
        name = m_options.device;
    if (name.isEmpty()) {
        if (connection.devices.size() == 1) {
            name = connection.devices.constFirst().name;
        } else {
            rowError(row,
                     Tr::tr("the row names no device of the connection \"%1\": add a \"%2\" "
                            "column, or choose the device to import into")
                         .arg(connection.name,
                              ExchangeFields::header(F::DeviceName, SheetKind::Variables)));
            return -1;
        }
    }
    int d = 0;
    while (d < connection.devices.size() && connection.devices[d].name != name)
        ++d;
    if (d == connection.devices.size()) {
        Device created;
        created.name = name;
        connection.devices.append(created);
        m_nodeRows.insert(nodeKey(c, d), {row.sheet->name, row.number()});
    }
    if (fieldsToo
        && !applyFields<Device>(row, connection.devices[d], nodeKey(c, d),
                                Tr::tr("the device \"%1\"").arg(name), 2,
                                &Importer::setDeviceField)) {
        return -1;
    }
    return d;
}

int Importer::frameOf(const Row &row, int c, int d, bool fieldsToo, bool rowIsFrame)
{
    Device &device = m_work.connections[c].devices[d];
    const QString name = CV::text(row.cell(F::FrameName));
    int f = 0;
    while (f < device.frames.size() && device.frames[f].name != name)
        ++f;
    if (f == device.frames.size()) {
        // A new frame needs its table and start address from its row.
        if (!row.has(F::Table) || !row.has(F::StartAddress)) {
            rowError(row,
                     Tr::tr("the frame \"%1\" is new: give its \"%2\" and \"%3\" (or leave "
                            "\"%4\" empty and give addresses, to have frames planned)")
                         .arg(name, ExchangeFields::header(F::Table, SheetKind::Frames),
                              ExchangeFields::header(F::StartAddress, SheetKind::Frames),
                              ExchangeFields::header(F::FrameName, SheetKind::Variables)));
            return -1;
        }
        Frame created;
        created.name = name;
        device.frames.append(created);
        m_nodeRows.insert(nodeKey(c, d, f), {row.sheet->name, row.number()});
        m_rowFrames.append(nodeKey(c, d, f));
        fieldsToo = true;
    } else if (!rowIsFrame) {
        return f; // a variable row naming a known frame: its table is the variable's
    }
    if (fieldsToo
        && !applyFields<Frame>(row, device.frames[f], nodeKey(c, d, f),
                               Tr::tr("the frame \"%1\"").arg(name), 3, &Importer::setFrameField)) {
        return -1;
    }
    if (row.has(F::Quantity))
        m_quantityGiven.insert(nodeKey(c, d, f));
    return f;
}

bool Importer::setConnectionField(const Row &row, F f, Connection &c)
{
    QString why;
    const QVariant cell = row.cell(f);
    switch (f) {
    case F::ConnectionDescription: c.description = CV::text(cell); return true;
    case F::Protocol: return parsed(row, f, CV::protocol(cell, &why), why, c.protocol);
    case F::Host: c.tcp.host = CV::text(cell).trimmed(); return true;
    case F::Port: return readInt(row, f, 0, 65535, c.tcp.port);
    case F::SerialPort: c.serial.port = CV::text(cell).trimmed(); return true;
    case F::BaudRate: return readInt(row, f, 0, 100'000'000, c.serial.baudRate);
    case F::Parity: return parsed(row, f, CV::parity(cell, &why), why, c.serial.parity);
    case F::DataBits: return readInt(row, f, 0, 64, c.serial.dataBits);
    case F::StopBits: return readInt(row, f, 0, 64, c.serial.stopBits);
    case F::Timeout: return readInt(row, f, 0, 86'400'000, c.timeout);
    case F::Retries: return readInt(row, f, 0, 1000, c.retries);
    default: return true;
    }
}

bool Importer::setDeviceField(const Row &row, F f, Device &d)
{
    QString why;
    const QVariant cell = row.cell(f);
    switch (f) {
    case F::DeviceDescription: d.description = CV::text(cell); return true;
    case F::ScanTime: return readInt(row, f, 0, 86'400'000, d.scanTime);
    case F::ScanType: return parsed(row, f, CV::scanType(cell, &why), why, d.scanType);
    case F::StationAddress: return readInt(row, f, 0, 255, d.stationAddress);
    case F::MaxRequestsInFlight: return readInt(row, f, 0, 1000, d.maxRequestsInFlight);
    case F::MaskWrite: return readBool(row, f, d.maskWrite);
    default: return true;
    }
}

bool Importer::setFrameField(const Row &row, F f, Frame &fr)
{
    QString why;
    const QVariant cell = row.cell(f);
    switch (f) {
    case F::FrameDescription: fr.description = CV::text(cell); return true;
    case F::Table: return parsed(row, f, CV::table(cell, &why), why, fr.type);
    case F::StartAddress: return readInt(row, f, 0, 65535, fr.startAddress);
    case F::Quantity: return readInt(row, f, 0, 65536, fr.quantity);
    case F::FrameReadable: return readBool(row, f, fr.isReadable);
    case F::FrameWritable: return readBool(row, f, fr.isWritable);
    case F::ScanTimeFactor: return readInt(row, f, 0, 1'000'000, fr.scanTimeFactor);
    case F::MinutesOffset: {
        int minutes = 0;
        if (!readInt(row, f, 0, 1'000'000, minutes))
            return false;
        fr.minutesOffset = minutes;
        return true;
    }
    case F::InterFrameDelay: return readInt(row, f, 0, 86'400'000, fr.interFrameDelay);
    default: return true;
    }
}

bool Importer::setVariableField(const Row &row, F f, Variable &v)
{
    QString why;
    const QVariant cell = row.cell(f);
    const auto optionalDouble = [&](std::optional<double> &target) {
        double value = 0;
        if (!readDouble(row, f, value))
            return false;
        target = value;
        return true;
    };
    const auto simulation = [&v]() -> SimulationSpec & {
        if (!v.simulation)
            v.simulation = SimulationSpec {};
        return *v.simulation;
    };
    switch (f) {
    case F::Name: v.name = CV::text(cell); return true;
    case F::Description: v.description = CV::text(cell); return true;
    case F::Unit: v.unit = CV::text(cell); return true;
    case F::DataType: return parsed(row, f, CV::dataType(cell, &why), why, v.dataType);
    case F::Bit: {
        int bit = 0;
        if (!readInt(row, f, 0, 15, bit))
            return false;
        v.bit = bit;
        return true;
    }
    case F::Length: return readInt(row, f, 0, 65535, v.length);
    case F::ByteOrder: return parsed(row, f, CV::byteOrder(cell, &why), why, v.byteOrder);
    case F::Scale: return readDouble(row, f, v.scale);
    case F::ScaleOffset: return readDouble(row, f, v.scaleOffset);
    case F::Min: return optionalDouble(v.min);
    case F::Max: return optionalDouble(v.max);
    case F::Deadband: return readDouble(row, f, v.deadband);
    case F::Decimals: {
        int decimals = 0;
        if (!readInt(row, f, 0, 100, decimals))
            return false;
        v.decimals = decimals;
        return true;
    }
    case F::OnText: v.onText = CV::text(cell); return true;
    case F::OffText: v.offText = CV::text(cell); return true;
    case F::Writable: return readBool(row, f, v.writable);
    case F::Published: return readBool(row, f, v.published);
    case F::RemoteWrite: return readBool(row, f, v.remoteWrite);
    case F::Waveform: return parsed(row, f, CV::waveform(cell, &why), why, simulation().waveform);
    case F::SimulationPeriod: {
        int period = 0;
        if (!readInt(row, f, 0, std::numeric_limits<int>::max(), period))
            return false;
        simulation().period = period;
        return true;
    }
    case F::Amplitude: return readDouble(row, f, simulation().amplitude);
    case F::SimulationOffset: return readDouble(row, f, simulation().offset);
    default: return true;
    }
}

void Importer::planFramesOfDevices()
{
    // Per device, in the order devices were first named.
    QList<std::pair<int, int>> devices;
    for (const Pending &p : std::as_const(m_pending)) {
        if (!devices.contains(std::pair {p.connection, p.device}))
            devices.append({p.connection, p.device});
    }
    for (const auto &[c, d] : std::as_const(devices)) {
        QList<const Pending *> mine;
        QList<AddressedVariable> inputs;
        for (const Pending &p : std::as_const(m_pending)) {
            if (p.connection == c && p.device == d) {
                mine.append(&p);
                inputs.append(p.input);
            }
        }
        const FramePlan plan = planFrames(inputs, m_options.planner);
        for (int i = 0; i < plan.inputs.size(); ++i) {
            if (!plan.inputs[i].isPlaced()) {
                m_report.issues.append({ImportIssue::Severity::Error, mine[i]->ref.sheet,
                                        mine[i]->ref.row, mine[i]->headers.value(F::Address),
                                        plan.inputs[i].problem});
            }
        }
        Device &device = m_work.connections[c].devices[d];
        QSet<QString> names;
        for (const Frame &f : std::as_const(device.frames))
            names.insert(f.name);
        const int firstNew = int(device.frames.size());
        for (Frame frame : plan.frames) {
            // A planned name may already be a frame of the device (an earlier import).
            const QString base = frame.name;
            for (int n = 2; names.contains(frame.name); ++n)
                frame.name = QStringLiteral("%1 (%2)").arg(base).arg(n);
            names.insert(frame.name);
            device.frames.append(frame);
            m_report.plannedFrames.append(
                Tr::tr("%1/%2: %3, %n variable(s)", nullptr, int(frame.variables.size()))
                    .arg(m_work.connections[c].name, device.name, frame.name));
        }
        m_report.framesPlanned += int(plan.frames.size());
        // The planner keeps each frame's variables in a known order; find each input's place.
        for (int i = 0; i < plan.inputs.size(); ++i) {
            if (!plan.inputs[i].isPlaced())
                continue;
            const int f = firstNew + plan.inputs[i].frame;
            m_nodeRows.insert(nodeKey(c, d, f), mine[i]->ref);
            const QList<Variable> &vars = device.frames[f].variables;
            for (int v = 0; v < vars.size(); ++v) {
                if (vars[v].name == inputs[i].variable.name)
                    m_nodeRows.insert(nodeKey(c, d, f, v), mine[i]->ref);
            }
        }
    }
}

// Frames a row created (not planned) and whose quantity no row gave cover their variables;
// unless a row said, they are writable when one of their variables is.
void Importer::finishFrames()
{
    for (const quint64 key : std::as_const(m_rowFrames)) {
        const int c = int((key >> 48) & 0xffff) - 1;
        const int d = int((key >> 32) & 0xffff) - 1;
        const int f = int((key >> 16) & 0xffff) - 1;
        Frame &frame = m_work.connections[c].devices[d].frames[f];
        if (!m_quantityGiven.contains(key)) {
            int end = 1;
            for (const Variable &v : std::as_const(frame.variables))
                end = qMax(end, v.offset + v.width(frame.type));
            frame.quantity = end;
        }
        if (!m_fieldRows.value(key).contains(F::FrameWritable)) {
            bool writable = false;
            for (const Variable &v : std::as_const(frame.variables))
                writable = writable || v.writable;
            frame.isWritable = writable && !isReadOnlyFrame(frame.type);
        }
    }
}

// --- beside the tree ------------------------------------------------------------------------

void Importer::readProjectRow(const Row &row)
{
    const QString key = ExchangeFields::normalized(CV::text(row.cell(F::Key)));
    const QVariant value = row.cell(F::Value);
    m_projectSheet = row.sheet->name;
    m_projectSheetRow = row.number();
    const auto setText = [&](QString &target, const QString &what) {
        const QString text = CV::text(value);
        if (target.isEmpty() || target == text) {
            target = text;
        } else {
            m_report.issues.append({ImportIssue::Severity::Warning, row.sheet->name, row.number(),
                                    row.header(F::Value),
                                    Tr::tr("the project already has a %1: it is kept").arg(what)});
        }
    };
    if (key == QLatin1String("name") || key == QLatin1String("nom")
        || key == QLatin1String("nombre")) {
        setText(m_work.name, Tr::tr("name"));
    } else if (key == QLatin1String("description")) {
        setText(m_work.description, Tr::tr("description"));
    } else if (key == QLatin1String("gateway") || key == QLatin1String("mqtt")) {
        const bool gateway = key == QLatin1String("gateway");
        if (CV::isEmpty(value))
            return;
        if (gateway ? bool(m_work.gateway) : bool(m_work.mqtt)) {
            m_report.issues.append({ImportIssue::Severity::Warning, row.sheet->name, row.number(),
                                    row.header(F::Value),
                                    Tr::tr("the project already has %1 settings: they are kept")
                                        .arg(CV::text(row.cell(F::Key)))});
            return;
        }
        // The cell holds the block as the project file writes it: read it as a file would be.
        const QByteArray json = QByteArrayLiteral("{\"formatVersion\":1,\"name\":\"-\",\"")
            + key.toUtf8() + QByteArrayLiteral("\":") + CV::text(value).toUtf8()
            + QByteArrayLiteral("}");
        const ProjectLoadResult read = ProjectFile::parse(json);
        const bool missing = gateway ? !read.project.gateway : !read.project.mqtt;
        for (const ProjectIssue &issue : read.issues) {
            if (missing || issue.line > 0 || !issue.path.startsWith(key)) {
                error(row, F::Value, issue.message);
                return;
            }
        }
        if (gateway)
            m_work.gateway = read.project.gateway;
        else
            m_work.mqtt = read.project.mqtt;
    } else {
        m_report.issues.append({ImportIssue::Severity::Warning, row.sheet->name, row.number(),
                                row.header(F::Key),
                                Tr::tr("\"%1\" is not a project field (name, description, gateway, "
                                       "mqtt): the row is not imported")
                                    .arg(CV::text(row.cell(F::Key)))});
    }
}

void Importer::readCalculatedRow(const Row &row)
{
    CalculatedVariable c;
    c.name = CV::text(row.cell(F::Name));
    if (c.name.isEmpty()) {
        error(row, F::Name, Tr::tr("the calculated variable has no name"));
        return;
    }
    if (!claimName(row, c.name))
        return;
    c.description = CV::text(row.cell(F::Description));
    c.unit = CV::text(row.cell(F::Unit));
    c.formula = CV::text(row.cell(F::Formula));
    c.onText = CV::text(row.cell(F::OnText));
    c.offText = CV::text(row.cell(F::OffText));
    QString why;
    bool ok = true;
    if (row.has(F::DataType))
        ok = parsed(row, F::DataType, CV::dataType(row.cell(F::DataType), &why), why, c.dataType);
    if (row.has(F::Decimals)) {
        int decimals = 0;
        ok = readInt(row, F::Decimals, 0, 100, decimals) && ok;
        c.decimals = decimals;
    }
    if (row.has(F::Deadband))
        ok = readDouble(row, F::Deadband, c.deadband) && ok;
    if (row.has(F::Published))
        ok = readBool(row, F::Published, c.published) && ok;
    if (!ok)
        return;
    m_work.calculated.append(c);
    ++m_report.calculatedAdded;
}

void Importer::readScreenRow(const Row &row)
{
    Screen s;
    s.name = CV::text(row.cell(F::Name));
    if (s.name.isEmpty()) {
        error(row, F::Name, Tr::tr("the screen has no name"));
        return;
    }
    if (m_work.screen(s.name)) {
        error(row, F::Name, Tr::tr("a screen named \"%1\" is already there").arg(s.name));
        return;
    }
    s.description = CV::text(row.cell(F::Description));
    s.file = CV::text(row.cell(F::File));
    s.parent = CV::text(row.cell(F::ParentScreen));
    m_work.screens.append(s);
    ++m_report.screensAdded;
}

// The screen a binding or action row names, which an earlier row or the project has; null,
// said, when there is none.
Screen *Importer::screenOf(const Row &row)
{
    const QString name = CV::text(row.cell(F::Screen));
    for (Screen &s : m_work.screens) {
        if (s.name == name)
            return &s;
    }
    error(row, F::Screen,
          Tr::tr("there is no screen \"%1\": add it to the project (or a Screens sheet) first")
              .arg(name));
    return nullptr;
}

void Importer::readBindingRow(const Row &row)
{
    Screen *screen = screenOf(row);
    if (!screen)
        return;
    ScreenBinding b;
    b.element = CV::text(row.cell(F::Element)).trimmed();
    if (b.element.isEmpty()) {
        error(row, F::Element, Tr::tr("the element id is empty"));
        return;
    }
    QString why;
    if (!parsed(row, F::Attribute, CV::bindingAttribute(row.cell(F::Attribute), &why), why,
                b.attribute)) {
        return;
    }
    b.formula = CV::text(row.cell(F::Formula));
    for (const F f : {F::CenterX, F::CenterY}) {
        if (!row.has(f))
            continue;
        double v = 0;
        if (!readDouble(row, f, v))
            return;
        (f == F::CenterX ? b.centerX : b.centerY) = v;
    }
    screen->bindings.append(b);
    ++m_report.bindingsAdded;
}

void Importer::readActionRow(const Row &row)
{
    Screen *screen = screenOf(row);
    if (!screen)
        return;
    ScreenAction a;
    a.element = CV::text(row.cell(F::Element)).trimmed();
    QString why;
    if (!parsed(row, F::ActionKind, CV::actionKind(row.cell(F::ActionKind), &why), why, a.kind))
        return;
    a.target = CV::text(row.cell(F::Target));
    screen->actions.append(a);
    ++m_report.actionsAdded;
}

// --- the result -----------------------------------------------------------------------------

void Importer::collectChanges()
{
    ProjectChanges &changes = m_report.changes;
    const auto countIn = [this](const Connection &c) {
        ++m_report.connectionsAdded;
        for (const Device &d : c.devices) {
            ++m_report.devicesAdded;
            m_report.framesAdded += int(d.frames.size());
            for (const Frame &f : d.frames)
                m_report.variablesAdded += int(f.variables.size());
        }
    };
    for (int c = 0; c < m_work.connections.size(); ++c) {
        const Connection &conn = m_work.connections[c];
        if (c >= m_base.connections.size()) {
            changes.insertions.append({NodePath {c}, conn});
            countIn(conn);
            continue;
        }
        const Connection &old = m_base.connections[c];
        for (int d = 0; d < conn.devices.size(); ++d) {
            const Device &dev = conn.devices[d];
            if (d >= old.devices.size()) {
                changes.insertions.append({NodePath {c, d}, dev});
                ++m_report.devicesAdded;
                m_report.framesAdded += int(dev.frames.size());
                for (const Frame &f : dev.frames)
                    m_report.variablesAdded += int(f.variables.size());
                continue;
            }
            const Device &oldDev = old.devices[d];
            for (int f = 0; f < dev.frames.size(); ++f) {
                const Frame &frame = dev.frames[f];
                if (f >= oldDev.frames.size()) {
                    changes.insertions.append({NodePath {c, d, f}, frame});
                    ++m_report.framesAdded;
                    m_report.variablesAdded += int(frame.variables.size());
                    continue;
                }
                for (int v = int(oldDev.frames[f].variables.size()); v < frame.variables.size();
                     ++v) {
                    changes.insertions.append({NodePath {c, d, f, v}, frame.variables[v]});
                    ++m_report.variablesAdded;
                }
            }
        }
    }
    Project fields = m_work;
    fields.connections = m_base.connections;
    if (!(fields == m_base)) {
        changes.projectFields = fields;
        m_report.projectFieldsChanged = true;
    }
}

// The project's own checks on the result, for what the rows alone cannot tell (a scale of 0, a
// formula naming no tag, frames that overlap): each new problem is given the row its node came
// from. Problems the project had before are not the import's.
// The header of the column a sheet reads a project file field from ("scale" → "Échelle"), or
// nothing when no column of that sheet sets it.
QString Importer::columnOfField(const QString &sheet, const QString &field) const
{
    for (const SheetMapping &mapping : m_report.sheets) {
        if (mapping.sheet != sheet)
            continue;
        for (const ColumnMapping &column : mapping.columns) {
            if (column.field && ExchangeFields::key(*column.field, mapping.kind) == field)
                return column.header;
        }
    }
    return {};
}

void Importer::validate()
{
    const ProjectIssues before = checkProject(m_base);
    QSet<QString> known;
    for (const ProjectIssue &issue : before)
        known.insert(issue.path + QLatin1Char('\n') + issue.message);
    for (const ProjectIssue &issue : checkProject(m_work)) {
        if (known.contains(issue.path + QLatin1Char('\n') + issue.message))
            continue;
        ImportIssue out;
        out.severity =
            issue.isError() ? ImportIssue::Severity::Error : ImportIssue::Severity::Warning;
        out.message = issue.field.isEmpty()
            ? issue.message
            : QStringLiteral("%1: %2").arg(issue.field, issue.message);
        // The row of the node, or of the nearest node above it that came from a row.
        for (NodePath p = issue.node; !p.isProject(); p = p.parent()) {
            const auto it = m_nodeRows.constFind(nodeKey(p));
            if (it != m_nodeRows.constEnd()) {
                out.sheet = it->sheet;
                out.row = it->row;
                out.column = columnOfField(out.sheet, issue.field);
                if (!out.column.isEmpty())
                    out.message = issue.message;
                break;
            }
        }
        if (out.row == 0
            && (issue.path.startsWith(QLatin1String("gateway"))
                || issue.path.startsWith(QLatin1String("mqtt")))) {
            out.sheet = m_projectSheet;
            out.row = m_projectSheetRow;
        }
        if (out.row == 0)
            out.message = QStringLiteral("%1: %2").arg(issue.path, issue.message);
        m_report.issues.append(out);
    }
}

} // namespace

QString ImportIssue::toString() const
{
    QStringList place;
    if (!sheet.isEmpty())
        place.append(Tr::tr("sheet \"%1\"").arg(sheet));
    if (row > 0)
        place.append(Tr::tr("row %1").arg(row));
    if (!column.isEmpty())
        place.append(Tr::tr("column \"%1\"").arg(column));
    const QString text =
        severity == Severity::Warning ? Tr::tr("warning: %1").arg(message) : message;
    return place.isEmpty() ? text : place.join(QLatin1String(", ")) + QLatin1String(": ") + text;
}

QStringList ImportReport::additions() const
{
    QStringList out;
    const auto add = [&out](int count, const QString &text) {
        if (count > 0)
            out.append(text);
    };
    add(connectionsAdded, Tr::tr("%n connection(s)", nullptr, connectionsAdded));
    add(devicesAdded, Tr::tr("%n device(s)", nullptr, devicesAdded));
    add(framesAdded, Tr::tr("%n frame(s), %1 planned", nullptr, framesAdded).arg(framesPlanned));
    add(variablesAdded, Tr::tr("%n variable(s)", nullptr, variablesAdded));
    add(calculatedAdded, Tr::tr("%n calculated variable(s)", nullptr, calculatedAdded));
    add(screensAdded, Tr::tr("%n screen(s)", nullptr, screensAdded));
    add(bindingsAdded, Tr::tr("%n screen binding(s)", nullptr, bindingsAdded));
    add(actionsAdded, Tr::tr("%n screen action(s)", nullptr, actionsAdded));
    return out;
}

bool ImportReport::hasErrors() const
{
    return errorCount() > 0;
}

int ImportReport::errorCount() const
{
    return int(std::count_if(issues.cbegin(), issues.cend(),
                             [](const ImportIssue &i) { return i.isError(); }));
}

ImportReport prepareImport(const Project &into, const Workbook &workbook,
                           const ImportOptions &options)
{
    return Importer(into, options).run(workbook);
}

} // namespace Vigie
