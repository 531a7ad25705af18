#include "writedialog.h"

#include "translations.h"

#include "station.h"
#include "ui_writedialog.h"

#include <QPushButton>

namespace Vigie {

QString WriteDialog::refusal(const Station *station, TagId tag)
{
    const TagTable *tags = station->tags();
    if (tag < 0 || tag >= tags->size())
        return tr("There is no such tag.");
    if (!tags->info(tag).writable)
        return tr("%1 is read-only.").arg(tags->info(tag).name);
    if (!station->isRunning())
        return tr("Acquisition is not running: %1 cannot be written now.")
            .arg(tags->info(tag).name);
    return {};
}

WriteDialog *WriteDialog::openFor(Station *station, TagId tag, WriteOrigin origin, QWidget *parent,
                                  const std::function<void(const QString &)> &message)
{
    if (const QString why = refusal(station, tag); !why.isEmpty()) {
        message(why);
        return nullptr;
    }
    auto *dialog = new WriteDialog(station, tag, parent);
    dialog->setOrigin(origin);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &WriteDialog::written, dialog, message);
    dialog->open();
    return dialog;
}

WriteDialog::WriteDialog(Station *station, TagId tag, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::WriteDialog>())
    , m_station(station)
    , m_tag(tag)
    , m_info(station->tags()->info(tag))
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Write %1").arg(m_info.name));
    m_ui->nameLabel->setText(m_info.name);
    m_ui->descriptionLabel->setText(m_info.description);
    m_ui->descriptionLabel->setVisible(!m_info.description.isEmpty());
    const TagValue now = station->tags()->value(tag);
    m_ui->currentLabel->setText(
        withUnit(shown(now.value))
        + (now.isGood() ? QString()
                        : QLatin1String("  (") + describeQuality(now) + QLatin1Char(')')));
    const QVariant setpoint = station->setpoint(tag);
    m_ui->setpointLabel->setText(setpoint.isValid() ? withUnit(shown(setpoint))
                                                    : tr("nothing yet"));
    const bool isBool = m_info.dataType == DataType::Bool;
    if (isBool) {
        m_ui->limitsLabel->setText(tr("%1 or %2").arg(shown(false), shown(true)));
        m_ui->boolCombo->addItem(shown(false), false);
        m_ui->boolCombo->addItem(shown(true), true);
        if (now.value.isValid())
            m_ui->boolCombo->setCurrentIndex(now.value.toBool() ? 1 : 0);
    } else if (isNumeric(m_info.dataType)) {
        const QString low = m_info.min ? shown(*m_info.min) : tr("no minimum");
        const QString high = m_info.max ? shown(*m_info.max) : tr("no maximum");
        m_ui->limitsLabel->setText(withUnit(tr("%1 to %2").arg(low, high)));
    } else {
        m_ui->limitsLabel->setText(tr("text"));
    }
    m_ui->valueEdit->setVisible(!isBool);
    m_ui->boolCombo->setVisible(isBool);
    m_ui->unitLabel->setText(m_info.unit);
    if (!isBool && now.value.isValid())
        m_ui->valueEdit->setText(shown(now.value));
    m_ui->valueEdit->selectAll();
    connect(m_ui->primaryButton, &QPushButton::clicked, this, &WriteDialog::onPrimary);
    connect(m_ui->secondaryButton, &QPushButton::clicked, this, &WriteDialog::onSecondary);
    connect(m_station, &Station::writeFinished, this, &WriteDialog::onOutcome);
    showEditPage();
}

WriteDialog::~WriteDialog() = default;

bool WriteDialog::isConfirming() const
{
    return m_ui->pages->currentWidget() == m_ui->confirmPage;
}

// A value as the tag table shows it: the tag's decimals and texts, numbers in the operator's
// format (61,4 for a French operator).
QString WriteDialog::shown(const QVariant &value) const
{
    return displayText(m_info, value, vigieNumberLocale());
}

QString WriteDialog::withUnit(const QString &text) const
{
    return m_info.unit.isEmpty() ? text : text + QLatin1Char(' ') + m_info.unit;
}

QVariant WriteDialog::typedValue() const
{
    if (m_info.dataType == DataType::Bool)
        return m_ui->boolCombo->currentData();
    // Operators type the decimal separator of their language: accept it, and the dot.
    QString text = m_ui->valueEdit->text().trimmed();
    if (isNumeric(m_info.dataType)) {
        bool ok = false;
        const double x = vigieNumberLocale().toDouble(text, &ok);
        if (ok)
            return writeValueFromText(QString::number(x, 'g', 17));
    }
    return writeValueFromText(text);
}

void WriteDialog::showEditPage(const QString &error)
{
    m_ui->pages->setCurrentWidget(m_ui->editPage);
    m_ui->errorLabel->setText(error);
    m_ui->errorLabel->setVisible(!error.isEmpty());
    m_ui->primaryButton->setText(tr("Write…"));
    m_ui->primaryButton->setEnabled(true);
    m_ui->secondaryButton->setText(tr("Cancel"));
    m_ui->secondaryButton->setEnabled(true);
}

void WriteDialog::onPrimary()
{
    if (!isConfirming()) {
        // Checked here the way the write service will check it, so a wrong value is explained
        // before anything is asked.
        const QVariant value = typedValue();
        if (m_info.dataType != DataType::String && value.typeId() == QMetaType::QString
            && m_info.dataType != DataType::Bool) {
            showEditPage(tr("\"%1\" is not a number.").arg(m_ui->valueEdit->text()));
            return;
        }
        QString reason;
        if (!prepareWrite(m_station->project(), *m_station->tags()->catalog(),
                          {m_tag, value, WriteOrigin::Operator, {}}, &reason)) {
            showEditPage(reason);
            return;
        }
        m_pending = value;
        const TagValue now = m_station->tags()->value(m_tag);
        m_ui->confirmLabel->setText(
            tr("Write %1 to %2?\nIt reads %3 now.")
                .arg(withUnit(shown(value)), m_info.name, withUnit(shown(now.value))));
        m_ui->pages->setCurrentWidget(m_ui->confirmPage);
        m_ui->primaryButton->setText(tr("Write"));
        m_ui->secondaryButton->setText(tr("Back"));
        return;
    }
    m_ui->primaryButton->setEnabled(false);
    m_ui->secondaryButton->setEnabled(false);
    m_ui->confirmLabel->setText(tr("Writing %1…").arg(withUnit(shown(m_pending))));
    m_writeId = m_station->write(m_tag, m_pending, m_origin);
}

void WriteDialog::onSecondary()
{
    if (isConfirming())
        showEditPage();
    else
        reject();
}

void WriteDialog::onOutcome(const WriteOutcome &outcome)
{
    if (outcome.id != m_writeId || m_writeId == 0)
        return;
    m_writeId = 0;
    if (outcome.ok()) {
        Q_EMIT written(tr("%1 written to %2.").arg(withUnit(shown(m_pending)), m_info.name));
        accept();
        return;
    }
    showEditPage(tr("Not written (%1): %2").arg(toString(outcome.status), outcome.reason));
}

} // namespace Vigie
