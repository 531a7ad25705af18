#include "faceplatedialog.h"

#include "station.h"
#include "tags/tagsubscription.h"
#include "ui_faceplatedialog.h"

#include <QLocale>
#include <QPushButton>

namespace Vigie {

namespace {

QString sourceText(const TagInfo &info)
{
    switch (info.source) {
    case TagSource::Acquired: return FaceplateDialog::tr("read from its device");
    case TagSource::Calculated: return FaceplateDialog::tr("calculated from other tags");
    case TagSource::System: return FaceplateDialog::tr("the state of a link or device");
    }
    return {};
}

} // namespace

FaceplateDialog::FaceplateDialog(Station *station, TagId tag, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::FaceplateDialog>())
    , m_station(station)
    , m_tag(tag)
    , m_info(station->tags()->info(tag))
{
    m_ui->setupUi(this);
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(m_info.name);
    m_ui->nameLabel->setText(m_info.name);
    m_ui->descriptionLabel->setText(m_info.description);
    m_ui->descriptionLabel->setVisible(!m_info.description.isEmpty());
    const QString low = m_info.min ? displayText(m_info, *m_info.min) : tr("none");
    const QString high = m_info.max ? displayText(m_info, *m_info.max) : tr("none");
    m_ui->limitsLabel->setText(tr("min %1, max %2").arg(low, high));
    m_ui->sourceLabel->setText(sourceText(m_info));
    if (m_info.writable) {
        m_writeButton = m_ui->buttons->addButton(tr("&Write…"), QDialogButtonBox::ActionRole);
        connect(m_writeButton, &QPushButton::clicked, this,
                [this] { Q_EMIT writeRequested(m_tag); });
    }
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Follows the tag as the tag table's views do (every read, for its time), and the setpoint
    // when a write of it is answered: no polling.
    SubscriptionOptions options;
    options.tags = {m_tag};
    auto *subscription = station->tags()->subscribe(options, this);
    connect(subscription, &TagSubscription::changed, this, &FaceplateDialog::refresh);
    connect(station, &Station::writeFinished, this, [this](const WriteOutcome &outcome) {
        if (outcome.request.tag == m_tag)
            refresh();
    });
    refresh();
}

FaceplateDialog::~FaceplateDialog() = default;

QString FaceplateDialog::valueText() const
{
    return m_ui->valueLabel->text();
}

QString FaceplateDialog::qualityText() const
{
    return m_ui->qualityLabel->text();
}

void FaceplateDialog::refresh()
{
    const TagValue now = m_station->tags()->value(m_tag);
    QString value = displayText(m_info, now.value);
    if (!m_info.unit.isEmpty() && now.value.isValid())
        value += QLatin1Char(' ') + m_info.unit;
    m_ui->valueLabel->setText(value);
    m_ui->qualityLabel->setText(describeQuality(now));
    m_ui->timeLabel->setText(
        now.timestamp ? QLocale().toString(now.dateTime().toLocalTime(), QLocale::ShortFormat)
                      : tr("never"));
    const QVariant setpoint = m_station->setpoint(m_tag);
    m_ui->setpointLabel->setText(setpoint.isValid() ? displayText(m_info, setpoint)
                                                    : tr("nothing yet"));
    m_ui->setpointCaption->setVisible(m_info.writable);
    m_ui->setpointLabel->setVisible(m_info.writable);
}

} // namespace Vigie
