#include "statsprinter.h"

#include "model/jsonwriter.h"

#include <QCoreApplication>

namespace Vigie {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::StatsPrinter)
};

QString quoted(const QString &s)
{
    return QString::fromUtf8(JsonWriter::quoted(s));
}
QString number(double v)
{
    return QString::fromUtf8(JsonWriter::number(v));
}

QString counters(const RequestCounters &c)
{
    QString text = Tr::tr("%1 requests, %2 good, %3 timeouts, %4 exceptions, %5 other errors, "
                          "round trip %6 ms mean / %7 ms p99")
                       .arg(c.requests)
                       .arg(c.goodReplies)
                       .arg(c.timeouts)
                       .arg(c.exceptions)
                       .arg(c.otherErrors)
                       .arg(c.meanRoundTripMs, 0, 'f', 3)
                       .arg(c.p99RoundTripMs, 0, 'f', 3);
    if (c.skippedCycles)
        text += Tr::tr(", %1 skipped cycles").arg(c.skippedCycles);
    if (!c.lastError.isEmpty())
        text +=
            Tr::tr("; last error at %1: %2").arg(TagPrinter::isoTime(c.lastErrorAt), c.lastError);
    return text;
}

QString state(const QString &name, const QString &reason)
{
    return reason.isEmpty() ? name : name + QLatin1String(" (") + reason + QLatin1Char(')');
}

} // namespace

StatsPrinter::StatsPrinter(TagPrinter::Format format, QTextStream &out)
    : m_format(format)
    , m_out(out)
{
}

QString StatsPrinter::jsonLine(const QString &kind, const QString &link, const QString &device,
                               const QString &state, const QString &reason,
                               const RequestCounters &c)
{
    QString line =
        QLatin1String("{\"stats\":") + quoted(kind) + QLatin1String(",\"link\":") + quoted(link);
    if (!device.isNull())
        line += QLatin1String(",\"device\":") + quoted(device);
    line += QLatin1String(",\"state\":") + quoted(state);
    if (!reason.isEmpty())
        line += QLatin1String(",\"reason\":") + quoted(reason);
    line += QLatin1String(",\"requests\":") + QString::number(c.requests)
        + QLatin1String(",\"goodReplies\":") + QString::number(c.goodReplies)
        + QLatin1String(",\"timeouts\":") + QString::number(c.timeouts)
        + QLatin1String(",\"exceptions\":") + QString::number(c.exceptions)
        + QLatin1String(",\"otherErrors\":") + QString::number(c.otherErrors)
        + QLatin1String(",\"skippedCycles\":") + QString::number(c.skippedCycles)
        + QLatin1String(",\"meanRoundTripMs\":") + number(c.meanRoundTripMs)
        + QLatin1String(",\"p99RoundTripMs\":") + number(c.p99RoundTripMs)
        + QLatin1String(",\"lastError\":") + quoted(c.lastError)
        + QLatin1String(",\"lastErrorAt\":")
        + (c.lastErrorAt ? quoted(TagPrinter::isoTime(c.lastErrorAt)) : QStringLiteral("null"))
        + QLatin1Char('}');
    return line;
}

void StatsPrinter::print(const AcquisitionStatistics &statistics, qint64 wallMs)
{
    if (m_format == TagPrinter::Format::Jsonl) {
        for (const LinkStatistics &link : statistics.links) {
            m_out << jsonLine(QStringLiteral("link"), link.name, QString(), link.state,
                              link.stateReason, link.counters)
                  << '\n';
            for (const DeviceStatistics &d : link.devices)
                m_out << jsonLine(QStringLiteral("device"), link.name, d.name, d.state,
                                  d.stateReason, d.counters)
                      << '\n';
        }
        m_out.flush();
        return;
    }
    m_out << Tr::tr("Statistics at %1").arg(TagPrinter::isoTime(wallMs)) << '\n';
    for (const LinkStatistics &link : statistics.links) {
        m_out << Tr::tr("link \"%1\" (%2): %3, %4 reconnection(s); %5")
                     .arg(link.name, link.protocol, state(link.state, link.stateReason))
                     .arg(link.reconnects)
                     .arg(counters(link.counters))
              << '\n';
        for (const DeviceStatistics &d : link.devices)
            m_out << Tr::tr("  device \"%1\": %2; %3")
                         .arg(d.name, state(d.state, d.stateReason), counters(d.counters))
                  << '\n';
    }
    m_out.flush();
}

void StatsPrinter::print(const MqttStatus &s)
{
    if (m_format == TagPrinter::Format::Jsonl) {
        m_out << "{\"stats\":\"mqtt\",\"broker\":" << quoted(s.broker)
              << ",\"state\":" << quoted(toDisplayString(s.link))
              << ",\"online\":" << (s.link == MqttStatus::Link::Online ? "true" : "false")
              << ",\"queued\":" << s.queued << ",\"queueBytes\":" << s.queueBytes
              << ",\"messagesSent\":" << s.messagesSent << ",\"metricsSent\":" << s.metricsSent
              << ",\"historicalSent\":" << s.historicalSent << ",\"dropped\":" << s.dropped
              << ",\"births\":" << s.births << ",\"rebirths\":" << s.rebirths
              << ",\"commandsRefused\":" << s.commandsRefused << ",\"bdSeq\":" << s.bdSeq
              << ",\"lastError\":" << quoted(s.lastError) << "}\n";
        m_out.flush();
        return;
    }
    m_out << Tr::tr("mqtt %1: %2; %3 queued (%4 kB), %5 messages sent (%6 live metrics, %7 "
                    "historical), %8 dropped, %9 births")
                 .arg(s.broker, toDisplayString(s.link))
                 .arg(s.queued)
                 .arg(s.queueBytes / 1024)
                 .arg(s.messagesSent)
                 .arg(s.metricsSent)
                 .arg(s.historicalSent)
                 .arg(s.dropped)
                 .arg(s.births);
    if (!s.lastError.isEmpty())
        m_out << Tr::tr("; last error: %1").arg(s.lastError);
    m_out << '\n';
    m_out.flush();
}

} // namespace Vigie
