#pragma once

#include "mqtt/mqttstatus.h"

#include <QLabel>

namespace Vigie {

// The MQTT publisher in the status bar: "MQTT online", or what is wrong and how many samples
// wait. Calm while online with an empty queue; colour only when samples wait or are lost
// (ISA-101). The tooltip gives every counter and the last error.
class MqttStatusLabel : public QLabel
{
    Q_OBJECT
public:
    explicit MqttStatusLabel(QWidget *parent = nullptr);
    void setStatus(const MqttStatus &status);

    // The label's text for a status, for tests.
    [[nodiscard]] static QString summary(const MqttStatus &status);
    [[nodiscard]] static QString details(const MqttStatus &status);
};

} // namespace Vigie
