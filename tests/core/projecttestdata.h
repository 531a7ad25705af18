#pragma once

// Fixtures shared by the project file tests: a small valid project as text and as an object, and
// patches that change one thing in it.

#include "model/projectfile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

#include <algorithm>

// One change to a JSON document: the value at a path ("a.b[2].c") becomes this value;
// an undefined value removes the field; an index one past the end appends.
using Patch = QList<std::pair<QString, QJsonValue>>;
Q_DECLARE_METATYPE(Patch)
Q_DECLARE_METATYPE(Vigie::ProjectIssue::Severity)
Q_DECLARE_METATYPE(Vigie::NodePath)

inline const QJsonValue Remove(QJsonValue::Undefined);

// A small valid project: one Modbus TCP device with a holding-register, a coil and an
// input-register frame. Most bad-file rows change one thing in it.
inline constexpr char BaseProject[] = R"({
    "formatVersion": 1,
    "name": "Test",
    "connections": [
        {
            "name": "plc",
            "protocol": "ModbusTcp",
            "tcp": { "host": "127.0.0.1", "port": 502 },
            "devices": [
                {
                    "name": "dev1",
                    "scanTime": 1000,
                    "stationAddress": 1,
                    "frames": [
                        {
                            "name": "hr", "type": "HoldingRegister",
                            "startAddress": 0, "quantity": 10, "isWritable": true,
                            "variables": [
                                { "name": "setpoint", "dataType": "Float32", "offset": 0,
                                  "writable": true },
                                { "name": "running", "dataType": "Bool", "offset": 2, "bit": 3 }
                            ]
                        },
                        {
                            "name": "coils", "type": "Coil", "startAddress": 0, "quantity": 16,
                            "variables": [ { "name": "pump", "dataType": "Bool", "offset": 0 } ]
                        },
                        {
                            "name": "ir", "type": "InputRegister", "startAddress": 100,
                            "quantity": 4,
                            "variables": [ { "name": "temperature", "dataType": "Int16",
                                             "offset": 0, "scale": 0.1 } ]
                        }
                    ]
                }
            ]
        }
    ]
})";

inline QJsonObject baseObject()
{
    return QJsonDocument::fromJson(QByteArray(BaseProject)).object();
}

// A second device for the base connection, with one frame holding one variable.
inline QJsonObject device(const QString &name, const QString &variableName)
{
    return QJsonObject {
        {"name", name},
        {"scanTime", 1000},
        {"frames",
         QJsonArray {QJsonObject {
             {"name", "hr"},
             {"type", "HoldingRegister"},
             {"startAddress", 0},
             {"quantity", 2},
             {"variables",
              QJsonArray {
                  QJsonObject {{"name", variableName}, {"dataType", "UInt16"}, {"offset", 0}}}},
         }}},
    };
}

// A valid gateway for the base project, serving one value of each kind: a writable Float32 in
// holding registers, a scaled Int16 in input registers, a coil, and a Bool taken from a register
// bit served as a discrete input. Gateway rows patch it in, then change one thing.
inline QJsonObject baseGateway()
{
    return QJsonObject {
        {"listenAddress", "127.0.0.1"},
        {"port", 1502},
        {"unitId", 1},
        {"allowWrites", true},
        {"map",
         QJsonArray {
             QJsonObject {{"tag", "setpoint"},
                          {"table", "HoldingRegister"},
                          {"address", 0},
                          {"writable", true}},
             QJsonObject {{"tag", "temperature"}, {"table", "InputRegister"}, {"address", 0}},
             QJsonObject {{"tag", "pump"}, {"table", "Coil"}, {"address", 0}},
             QJsonObject {{"tag", "running"}, {"table", "DiscreteInput"}, {"address", 5}},
         }},
    };
}

// Two calculated variables over the base project's tags, valid as they are.
inline QJsonArray baseCalculated()
{
    return QJsonArray {
        QJsonObject {{"name", "temperature °F"},
                     {"unit", "°F"},
                     {"formula", "temperature * 9 / 5 + 32"},
                     {"decimals", 1}},
        QJsonObject {{"name", "alarm"},
                     {"formula", "pump AND temperature > 80"},
                     {"dataType", "Bool"},
                     {"onText", "Alarme"},
                     {"offText", "Normal"}},
    };
}

// Two screens, the second a child of the first, with bindings and one action of each kind,
// valid as they are (the validator does not open the SVG files).
inline QJsonArray baseScreens()
{
    return QJsonArray {
        QJsonObject {
            {"name", "Process"},
            {"file", "process.svg"},
            {"bindings",
             QJsonArray {
                 QJsonObject {{"element", "pump"},
                              {"attribute", "fill"},
                              {"formula", "IF(pump, \"#2e7d32\", \"#9e9e9e\")"}},
                 QJsonObject {{"element", "valve"},
                              {"attribute", "rotate"},
                              {"formula", "setpoint * 0.9"},
                              {"centerX", 10},
                              {"centerY", 20}},
             }},
            {"actions",
             QJsonArray {
                 QJsonObject {{"element", "pump"}, {"action", "toggle"}, {"target", "pump"}},
                 QJsonObject {{"element", "sp"}, {"action", "write"}, {"target", "setpoint"}},
                 QJsonObject {{"element", "go"}, {"action", "openScreen"}, {"target", "Detail"}},
                 QJsonObject {{"element", "t"}, {"action", "faceplate"}, {"target", "alarm"}},
             }},
        },
        QJsonObject {{"name", "Detail"}, {"file", "detail.svg"}, {"parent", "Process"}},
    };
}

// The base screens patched in, with the pump made writable for their toggle action.
inline QList<std::pair<QString, QJsonValue>> screensPatch()
{
    return {{"screens", baseScreens()},
            {"connections[0].devices[0].frames[1].isWritable", true},
            {"connections[0].devices[0].frames[1].variables[0].writable", true}};
}

inline QJsonValue setAt(const QJsonValue &node, const QStringList &tokens, int i,
                        const QJsonValue &value)
{
    if (i == tokens.size())
        return value;
    const QString &token = tokens[i];
    if (token.startsWith(QLatin1Char('['))) {
        QJsonArray array = node.toArray();
        const int index = token.mid(1, token.size() - 2).toInt();
        if (index < array.size()) {
            const QJsonValue child = setAt(array[index], tokens, i + 1, value);
            if (child.isUndefined())
                array.removeAt(index);
            else
                array[index] = child;
        } else {
            Q_ASSERT(index == array.size());
            array.append(setAt(QJsonValue(), tokens, i + 1, value));
        }
        return array;
    }
    QJsonObject object = node.toObject();
    const QJsonValue child = setAt(object.value(token), tokens, i + 1, value);
    if (child.isUndefined())
        object.remove(token);
    else
        object.insert(token, child);
    return object;
}

inline QJsonObject patched(QJsonObject object, const Patch &patch)
{
    static const QRegularExpression tokenRe(QStringLiteral("[^.\\[\\]]+|\\[\\d+\\]"));
    for (const auto &[path, value] : patch) {
        QStringList tokens;
        for (auto it = tokenRe.globalMatch(path); it.hasNext();)
            tokens << it.next().captured();
        object = setAt(object, tokens, 0, value).toObject();
    }
    return object;
}

inline QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson();
}

inline QString listing(const Vigie::ProjectIssues &issues)
{
    QStringList lines;
    for (const Vigie::ProjectIssue &i : issues)
        lines << (i.isError() ? QStringLiteral("error ") : QStringLiteral("warning "))
                + i.toString();
    return lines.isEmpty() ? QStringLiteral("(no issues)") : lines.join(QLatin1Char('\n'));
}

inline bool hasIssue(const Vigie::ProjectIssues &issues, Vigie::ProjectIssue::Severity severity,
                     const QString &path, const QString &fragment = {})
{
    return std::any_of(issues.cbegin(), issues.cend(), [&](const Vigie::ProjectIssue &i) {
        return i.severity == severity && i.path == path && i.message.contains(fragment);
    });
}
