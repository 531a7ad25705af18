#include "mqttstatuslabel.h"

#include "isapalette.h"

#include <QDateTime>
#include <QLocale>

namespace Vigie {

MqttStatusLabel::MqttStatusLabel(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("mqttStatus"));
    setTextFormat(Qt::PlainText);
    hide(); // until a project publishes
}

QString MqttStatusLabel::summary(const MqttStatus &s)
{
    const QLocale locale;
    QString text = tr("MQTT %1").arg(toDisplayString(s.link));
    if (s.queued > 0)
        text += tr(" · %1 queued").arg(locale.toString(s.queued));
    if (s.dropped > 0)
        text += tr(" · %1 lost").arg(locale.toString(s.dropped));
    return text;
}

QString MqttStatusLabel::details(const MqttStatus &s)
{
    const QLocale locale;
    QString text = tr("Broker: %1\nState: %2").arg(s.broker, toDisplayString(s.link));
    if (s.onlineSince)
        text += tr("\nOnline since %1")
                    .arg(locale.toString(QDateTime::fromMSecsSinceEpoch(s.onlineSince),
                                         QLocale::ShortFormat));
    text += tr("\nMessages sent: %1 (%2 live metrics, %3 from the queue)")
                .arg(locale.toString(s.messagesSent), locale.toString(s.metricsSent),
                     locale.toString(s.historicalSent));
    text += tr("\nQueued: %1 samples (%2 kB)")
                .arg(locale.toString(s.queued), locale.toString(s.queueBytes / 1024));
    text += tr("\nLost: %1").arg(locale.toString(s.dropped));
    text += tr("\nBirths: %1, rebirths asked: %2, commands refused: %3")
                .arg(locale.toString(s.births), locale.toString(s.rebirths),
                     locale.toString(s.commandsRefused));
    if (!s.lastError.isEmpty())
        text += tr("\nLast error: %1").arg(s.lastError);
    return text;
}

void MqttStatusLabel::setStatus(const MqttStatus &s)
{
    setVisible(s.link != MqttStatus::Link::Off || s.queued > 0);
    setText(summary(s));
    setToolTip(details(s));
    // Grey while all is well; the abnormal colours of the palette only when data waits or is
    // lost, or the broker cannot be reached.
    const bool lost = s.dropped > 0;
    const bool waiting =
        (s.link != MqttStatus::Link::Online && s.link != MqttStatus::Link::Off) || s.queued > 0;
    QString style;
    if (lost)
        style = QStringLiteral("color: %1;").arg(IsaPalette::alarm().name());
    else if (waiting)
        style = QStringLiteral("color: %1;").arg(IsaPalette::caution().name());
    setStyleSheet(style);
}

} // namespace Vigie
