#pragma once

#include "acquisition/linkstatistics.h"
#include "mqtt/mqttstatus.h"
#include "tagprinter.h"

#include <QTextStream>

namespace Vigie {

// Prints the counters of every link and device for `vigie-runtime --stats`: an aligned block
// for people, or one JSON object per device (and per link) for scripts.
class StatsPrinter
{
public:
    StatsPrinter(TagPrinter::Format format, QTextStream &out);
    void print(const AcquisitionStatistics &statistics, qint64 wallMs);
    // The MQTT publisher's line: link state, queue, counters, last error.
    void print(const MqttStatus &mqtt);

    [[nodiscard]] static QString jsonLine(const QString &kind, const QString &link,
                                          const QString &device, const QString &state,
                                          const QString &reason, const RequestCounters &c);

private:
    TagPrinter::Format m_format;
    QTextStream &m_out;
};

} // namespace Vigie
