#include "devicedialog.h"

#include "enumcombo.h"

#include "ui_devicedialog.h"

namespace Vigie {

DeviceDialog::DeviceDialog(QWidget *parent)
    : NodeDialog(NodePath::Kind::Device, parent)
    , m_ui(std::make_unique<Ui::DeviceDialog>())
{
    m_ui->setupUi(this);
    EnumCombo::fill<ScanType>(
        m_ui->scanTypeCombo,
        {{ScanType::Periodic, tr("Periodic")}, {ScanType::FixedDelay, tr("Fixed delay")}});
    for (QSpinBox *spin :
         {m_ui->scanTimeSpin, m_ui->stationAddressSpin, m_ui->maxRequestsInFlightSpin})
        acceptAnyInt(spin);
    setUpForm(m_ui->buttons, m_ui->summaryLabel);
    addField(QStringLiteral("name"), m_ui->nameEdit, m_ui->nameLabel);
    addField(QStringLiteral("description"), m_ui->descriptionEdit, m_ui->descriptionLabel);
    addField(QStringLiteral("scanTime"), m_ui->scanTimeSpin, m_ui->scanTimeLabel);
    addField(QStringLiteral("scanType"), m_ui->scanTypeCombo, m_ui->scanTypeLabel);
    addField(QStringLiteral("stationAddress"), m_ui->stationAddressSpin, m_ui->stationAddressLabel);
    addField(QStringLiteral("maxRequestsInFlight"), m_ui->maxRequestsInFlightSpin,
             m_ui->maxRequestsInFlightLabel);
    addField(QStringLiteral("maskWrite"), m_ui->maskWriteCheck, tr("Mask Write"));
}

DeviceDialog::~DeviceDialog() = default;

void DeviceDialog::writeForm(const ProjectNode &node)
{
    const Device &d = std::get<Device>(node);
    m_ui->nameEdit->setText(d.name);
    m_ui->descriptionEdit->setText(d.description);
    m_ui->scanTimeSpin->setValue(d.scanTime);
    EnumCombo::select(m_ui->scanTypeCombo, d.scanType);
    m_ui->stationAddressSpin->setValue(d.stationAddress);
    m_ui->maxRequestsInFlightSpin->setValue(d.maxRequestsInFlight);
    m_ui->maskWriteCheck->setChecked(d.maskWrite);
}

void DeviceDialog::readForm(ProjectNode &node) const
{
    Device &d = std::get<Device>(node);
    d.name = m_ui->nameEdit->text();
    d.description = m_ui->descriptionEdit->text();
    d.scanTime = m_ui->scanTimeSpin->value();
    d.scanType = EnumCombo::current<ScanType>(m_ui->scanTypeCombo);
    d.stationAddress = m_ui->stationAddressSpin->value();
    d.maxRequestsInFlight = m_ui->maxRequestsInFlightSpin->value();
    d.maskWrite = m_ui->maskWriteCheck->isChecked();
}

QString DeviceDialog::titleFor(const ProjectNode &node) const
{
    if (placement() == NodePlacement::New)
        return tr("New device");
    return tr("Device \"%1\"").arg(std::get<Device>(node).name);
}

} // namespace Vigie
