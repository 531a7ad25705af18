#include "framedialog.h"

#include "enumcombo.h"

#include "ui_framedialog.h"

namespace Vigie {

FrameDialog::FrameDialog(QWidget *parent)
    : NodeDialog(NodePath::Kind::Frame, parent)
    , m_ui(std::make_unique<Ui::FrameDialog>())
{
    m_ui->setupUi(this);
    EnumCombo::fillWithNames<FrameType>(m_ui->typeCombo);
    for (QSpinBox *spin : {m_ui->startAddressSpin, m_ui->quantitySpin, m_ui->scanTimeFactorSpin,
                           m_ui->minutesOffsetSpin, m_ui->interFrameDelaySpin})
        acceptAnyInt(spin);
    setUpForm(m_ui->buttons, m_ui->summaryLabel);
    addField(QStringLiteral("name"), m_ui->nameEdit, m_ui->nameLabel);
    addField(QStringLiteral("description"), m_ui->descriptionEdit, m_ui->descriptionLabel);
    addField(QStringLiteral("type"), m_ui->typeCombo, m_ui->typeLabel);
    addField(QStringLiteral("startAddress"), m_ui->startAddressSpin, m_ui->startAddressLabel);
    addField(QStringLiteral("quantity"), m_ui->quantitySpin, m_ui->quantityLabel);
    addField(QStringLiteral("isReadable"), m_ui->readableCheck, m_ui->readableCheck);
    addField(QStringLiteral("isWritable"), m_ui->writableCheck, m_ui->writableCheck);
    addField(QStringLiteral("scanTimeFactor"), m_ui->scanTimeFactorSpin, m_ui->scanTimeFactorLabel);
    addField(QStringLiteral("minutesOffset"), m_ui->minutesOffsetSpin, m_ui->minutesOffsetCheck);
    addField(QStringLiteral("interFrameDelay"), m_ui->interFrameDelaySpin,
             m_ui->interFrameDelayLabel);
}

FrameDialog::~FrameDialog() = default;

void FrameDialog::writeForm(const ProjectNode &node)
{
    const Frame &f = std::get<Frame>(node);
    m_ui->nameEdit->setText(f.name);
    m_ui->descriptionEdit->setText(f.description);
    EnumCombo::select(m_ui->typeCombo, f.type);
    m_ui->startAddressSpin->setValue(f.startAddress);
    m_ui->quantitySpin->setValue(f.quantity);
    m_ui->readableCheck->setChecked(f.isReadable);
    m_ui->writableCheck->setChecked(f.isWritable);
    m_ui->scanTimeFactorSpin->setValue(f.scanTimeFactor);
    m_ui->minutesOffsetCheck->setChecked(f.minutesOffset.has_value());
    m_ui->minutesOffsetSpin->setValue(f.minutesOffset.value_or(0));
    m_ui->interFrameDelaySpin->setValue(f.interFrameDelay);
}

void FrameDialog::readForm(ProjectNode &node) const
{
    Frame &f = std::get<Frame>(node);
    f.name = m_ui->nameEdit->text();
    f.description = m_ui->descriptionEdit->text();
    f.type = EnumCombo::current<FrameType>(m_ui->typeCombo);
    f.startAddress = m_ui->startAddressSpin->value();
    f.quantity = m_ui->quantitySpin->value();
    f.isReadable = m_ui->readableCheck->isChecked();
    f.isWritable = m_ui->writableCheck->isChecked();
    f.scanTimeFactor = m_ui->scanTimeFactorSpin->value();
    f.minutesOffset = m_ui->minutesOffsetCheck->isChecked()
        ? std::optional<int>(m_ui->minutesOffsetSpin->value())
        : std::nullopt;
    f.interFrameDelay = m_ui->interFrameDelaySpin->value();
}

void FrameDialog::updateEnabled()
{
    m_ui->minutesOffsetSpin->setEnabled(m_ui->minutesOffsetCheck->isChecked());
}

QString FrameDialog::titleFor(const ProjectNode &node) const
{
    if (placement() == NodePlacement::New)
        return tr("New frame");
    return tr("Frame \"%1\"").arg(std::get<Frame>(node).name);
}

} // namespace Vigie
