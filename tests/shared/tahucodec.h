#pragma once

// Eclipse Tahu's JavaScript Sparkplug codec (npm sparkplug-payload run by node, see
// tests/peers/node and its README): the implementation, independent of Vigie's, that Vigie's
// Sparkplug payloads are checked against. ./dev test installs the npm package into
// <build>/node-peers.

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Vigie::Test {

// Why Tahu's codec cannot run here (node or the npm package missing, and how to install it),
// or an empty string if it can.
[[nodiscard]] QString tahuUnavailable();

// Each payload as Tahu's decoder reads it, in order: one JSON object each
// (tests/peers/README.md). Empty, with *error, if a payload does not decode or node fails.
[[nodiscard]] QList<QJsonObject> decodeWithTahu(const QList<QByteArray> &payloads, QString *error);

// The payloads Tahu's encoder makes from `json`: one payload in Tahu's own form, or an array
// of them. Empty, with *error, if node fails.
[[nodiscard]] QList<QByteArray> encodeWithTahu(const QByteArray &json, QString *error);

} // namespace Vigie::Test
