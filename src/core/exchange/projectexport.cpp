#include "projectexport.h"

#include "exchangefields.h"
#include "model/projectfile.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace Vigie::ProjectExport {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::ProjectExport)
};

using F = ExchangeField;

template<typename T> QVariant optional(const std::optional<T> &value)
{
    return value ? QVariant(double(*value)) : QVariant();
}

QVariant number(double value)
{
    return QVariant(value);
}

QVariant cellOf(const Connection &c, F f)
{
    switch (f) {
    case F::ConnectionName: return c.name;
    case F::ConnectionDescription: return c.description;
    case F::Protocol: return toString(c.protocol);
    case F::Host: return c.tcp.host;
    case F::Port: return number(c.tcp.port);
    case F::SerialPort: return c.serial.port;
    case F::BaudRate: return number(c.serial.baudRate);
    case F::Parity: return toString(c.serial.parity);
    case F::DataBits: return number(c.serial.dataBits);
    case F::StopBits: return number(c.serial.stopBits);
    case F::Timeout: return number(c.timeout);
    case F::Retries: return number(c.retries);
    default: return {};
    }
}

QVariant cellOf(const Device &d, F f)
{
    switch (f) {
    case F::DeviceName: return d.name;
    case F::DeviceDescription: return d.description;
    case F::ScanTime: return number(d.scanTime);
    case F::ScanType: return toString(d.scanType);
    case F::StationAddress: return number(d.stationAddress);
    case F::MaxRequestsInFlight: return number(d.maxRequestsInFlight);
    case F::MaskWrite: return d.maskWrite;
    default: return {};
    }
}

QVariant cellOf(const Frame &fr, F f)
{
    switch (f) {
    case F::FrameName: return fr.name;
    case F::FrameDescription: return fr.description;
    case F::Table: return toString(fr.type);
    case F::StartAddress: return number(fr.startAddress);
    case F::Quantity: return number(fr.quantity);
    case F::FrameReadable: return fr.isReadable;
    case F::FrameWritable: return fr.isWritable;
    case F::ScanTimeFactor: return number(fr.scanTimeFactor);
    case F::MinutesOffset: return optional(fr.minutesOffset);
    case F::InterFrameDelay: return number(fr.interFrameDelay);
    default: return {};
    }
}

QVariant cellOf(const Variable &v, F f)
{
    switch (f) {
    case F::Name: return v.name;
    case F::Description: return v.description;
    case F::Unit: return v.unit;
    case F::DataType: return toString(v.dataType);
    case F::Offset: return number(v.offset);
    case F::Bit: return optional(v.bit);
    case F::Length: return v.length ? number(v.length) : QVariant();
    case F::ByteOrder: return toString(v.byteOrder);
    case F::Scale: return number(v.scale);
    case F::ScaleOffset: return number(v.scaleOffset);
    case F::Min: return optional(v.min);
    case F::Max: return optional(v.max);
    case F::Deadband: return number(v.deadband);
    case F::Decimals: return optional(v.decimals);
    case F::OnText: return v.onText;
    case F::OffText: return v.offText;
    case F::Writable: return v.writable;
    case F::Published: return v.published;
    case F::RemoteWrite: return v.remoteWrite;
    case F::Waveform: return v.simulation ? QVariant(toString(v.simulation->waveform)) : QVariant();
    case F::SimulationPeriod:
        return v.simulation ? number(double(v.simulation->period)) : QVariant();
    case F::Amplitude: return v.simulation ? number(v.simulation->amplitude) : QVariant();
    case F::SimulationOffset: return v.simulation ? number(v.simulation->offset) : QVariant();
    default: return {};
    }
}

// The cells of one row of the tree: a variable with its parents, or a container alone.
QList<QVariant> treeRow(const QList<F> &columns, const Connection &c, const Device *d,
                        const Frame *fr, const Variable *v)
{
    QList<QVariant> row;
    row.reserve(columns.size());
    for (const F f : columns) {
        switch (ExchangeFields::levelOf(f)) {
        case 1: row.append(cellOf(c, f)); break;
        case 2: row.append(d ? cellOf(*d, f) : QVariant()); break;
        case 3: row.append(fr ? cellOf(*fr, f) : QVariant()); break;
        case 4: row.append(v ? cellOf(*v, f) : QVariant()); break;
        default: row.append(QVariant()); break;
        }
    }
    return row;
}

QList<QVariant> headerRow(const QList<F> &columns, SheetKind kind)
{
    QList<QVariant> row;
    for (const F f : columns)
        row.append(ExchangeFields::header(f, kind));
    return row;
}

// Columns of a sheet: its kind's fields, less the ones it does not write. An absolute address is
// what an import gives; the export gives frames and offsets, which say the same exactly.
QList<F> columnsOf(SheetKind kind)
{
    QList<F> out = ExchangeFields::fieldsOf(kind);
    out.removeAll(F::Address);
    return out;
}

// A block of the project file (gateway, mqtt) as the file writes it, on one line.
QString settingsBlock(const Project &project, const QString &key)
{
    const QJsonObject file = QJsonDocument::fromJson(ProjectFile::serialize(project)).object();
    return QString::fromUtf8(
        QJsonDocument(file.value(key).toObject()).toJson(QJsonDocument::Compact));
}

} // namespace

Workbook workbook(const Project &project)
{
    Workbook book;
    {
        Sheet sheet;
        sheet.name = ExchangeFields::sheetName(SheetKind::Project);
        sheet.rows.append(headerRow({F::Key, F::Value}, SheetKind::Project));
        sheet.rows.append({QStringLiteral("name"), project.name});
        sheet.rows.append({QStringLiteral("description"), project.description});
        sheet.rows.append({QStringLiteral("gateway"),
                           project.gateway
                               ? QVariant(settingsBlock(project, QStringLiteral("gateway")))
                               : QVariant()});
        sheet.rows.append(
            {QStringLiteral("mqtt"),
             project.mqtt ? QVariant(settingsBlock(project, QStringLiteral("mqtt"))) : QVariant()});
        book.sheets.append(sheet);
    }
    const auto treeLevel = [&](SheetKind kind, auto eachRow) {
        Sheet sheet;
        sheet.name = ExchangeFields::sheetName(kind);
        QList<F> columns = columnsOf(kind);
        if (kind == SheetKind::Variables) {
            // Its parents by name; their fields are on their own sheets.
            columns.erase(std::remove_if(columns.begin(), columns.end(),
                                         [](F f) {
                                             return ExchangeFields::levelOf(f) < 4
                                                 && f != F::ConnectionName && f != F::DeviceName
                                                 && f != F::FrameName;
                                         }),
                          columns.end());
        }
        sheet.rows.append(headerRow(columns, kind));
        eachRow(columns, sheet.rows);
        book.sheets.append(sheet);
    };
    treeLevel(SheetKind::Connections, [&](const QList<F> &columns, auto &rows) {
        for (const Connection &c : project.connections)
            rows.append(treeRow(columns, c, nullptr, nullptr, nullptr));
    });
    treeLevel(SheetKind::Devices, [&](const QList<F> &columns, auto &rows) {
        for (const Connection &c : project.connections) {
            for (const Device &d : c.devices)
                rows.append(treeRow(columns, c, &d, nullptr, nullptr));
        }
    });
    treeLevel(SheetKind::Frames, [&](const QList<F> &columns, auto &rows) {
        for (const Connection &c : project.connections) {
            for (const Device &d : c.devices) {
                for (const Frame &f : d.frames)
                    rows.append(treeRow(columns, c, &d, &f, nullptr));
            }
        }
    });
    treeLevel(SheetKind::Variables, [&](const QList<F> &columns, auto &rows) {
        for (const Connection &c : project.connections) {
            for (const Device &d : c.devices) {
                for (const Frame &f : d.frames) {
                    for (const Variable &v : f.variables)
                        rows.append(treeRow(columns, c, &d, &f, &v));
                }
            }
        }
    });
    {
        Sheet sheet;
        sheet.name = ExchangeFields::sheetName(SheetKind::Calculated);
        const QList<F> columns = ExchangeFields::fieldsOf(SheetKind::Calculated);
        sheet.rows.append(headerRow(columns, SheetKind::Calculated));
        for (const CalculatedVariable &c : project.calculated) {
            sheet.rows.append({c.name, c.description, c.unit, c.formula, toString(c.dataType),
                               optional(c.decimals), c.onText, c.offText, number(c.deadband),
                               c.published});
        }
        book.sheets.append(sheet);
    }
    Sheet screens, bindings, actions;
    screens.name = ExchangeFields::sheetName(SheetKind::Screens);
    bindings.name = ExchangeFields::sheetName(SheetKind::Bindings);
    actions.name = ExchangeFields::sheetName(SheetKind::Actions);
    screens.rows.append(
        headerRow(ExchangeFields::fieldsOf(SheetKind::Screens), SheetKind::Screens));
    bindings.rows.append(
        headerRow(ExchangeFields::fieldsOf(SheetKind::Bindings), SheetKind::Bindings));
    actions.rows.append(
        headerRow(ExchangeFields::fieldsOf(SheetKind::Actions), SheetKind::Actions));
    for (const Screen &s : project.screens) {
        screens.rows.append({s.name, s.description, s.file, s.parent});
        for (const ScreenBinding &b : s.bindings) {
            bindings.rows.append({s.name, b.element, toString(b.attribute), b.formula,
                                  optional(b.centerX), optional(b.centerY)});
        }
        for (const ScreenAction &a : s.actions)
            actions.rows.append({s.name, a.element, toString(a.kind), a.target});
    }
    book.sheets.append(screens);
    book.sheets.append(bindings);
    book.sheets.append(actions);
    return book;
}

Sheet treeSheet(const Project &project)
{
    Sheet sheet;
    sheet.name = ExchangeFields::sheetName(SheetKind::Variables);
    const QList<F> columns = columnsOf(SheetKind::Variables);
    sheet.rows.append(headerRow(columns, SheetKind::Variables));
    for (const Connection &c : project.connections) {
        if (c.devices.isEmpty())
            sheet.rows.append(treeRow(columns, c, nullptr, nullptr, nullptr));
        for (const Device &d : c.devices) {
            if (d.frames.isEmpty())
                sheet.rows.append(treeRow(columns, c, &d, nullptr, nullptr));
            for (const Frame &f : d.frames) {
                if (f.variables.isEmpty())
                    sheet.rows.append(treeRow(columns, c, &d, &f, nullptr));
                for (const Variable &v : f.variables)
                    sheet.rows.append(treeRow(columns, c, &d, &f, &v));
            }
        }
    }
    return sheet;
}

} // namespace Vigie::ProjectExport
