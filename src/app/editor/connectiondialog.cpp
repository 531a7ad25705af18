#include "connectiondialog.h"

#include "enumcombo.h"

#include "ui_connectiondialog.h"

namespace Vigie {

ConnectionDialog::ConnectionDialog(QWidget *parent)
    : NodeDialog(NodePath::Kind::Connection, parent)
    , m_ui(std::make_unique<Ui::ConnectionDialog>())
{
    m_ui->setupUi(this);
    EnumCombo::fill<Protocol>(m_ui->protocolCombo,
                              {{Protocol::Simulation, tr("Simulation")},
                               {Protocol::ModbusTcp, tr("Modbus TCP")},
                               {Protocol::ModbusRtu, tr("Modbus RTU")}});
    EnumCombo::fill<Parity>(m_ui->parityCombo,
                            {{Parity::None, tr("None")},
                             {Parity::Even, tr("Even")},
                             {Parity::Odd, tr("Odd")},
                             {Parity::Space, tr("Space")},
                             {Parity::Mark, tr("Mark")}});
    for (QSpinBox *spin : {m_ui->timeoutSpin, m_ui->retriesSpin, m_ui->portSpin, m_ui->baudRateSpin,
                           m_ui->dataBitsSpin, m_ui->stopBitsSpin})
        acceptAnyInt(spin);
    setUpForm(m_ui->buttons, m_ui->summaryLabel);
    addField(QStringLiteral("name"), m_ui->nameEdit, m_ui->nameLabel);
    addField(QStringLiteral("description"), m_ui->descriptionEdit, m_ui->descriptionLabel);
    addField(QStringLiteral("protocol"), m_ui->protocolCombo, m_ui->protocolLabel);
    addField(QStringLiteral("timeout"), m_ui->timeoutSpin, m_ui->timeoutLabel);
    addField(QStringLiteral("retries"), m_ui->retriesSpin, m_ui->retriesLabel);
    // The two "Port" fields are told apart by their block in messages.
    addField(QStringLiteral("tcp.host"), m_ui->hostEdit, tr("TCP host"));
    addField(QStringLiteral("tcp.port"), m_ui->portSpin, tr("TCP port"));
    addField(QStringLiteral("serial.port"), m_ui->serialPortEdit, m_ui->serialPortLabel);
    addField(QStringLiteral("serial.baudRate"), m_ui->baudRateSpin, m_ui->baudRateLabel);
    addField(QStringLiteral("serial.parity"), m_ui->parityCombo, m_ui->parityLabel);
    addField(QStringLiteral("serial.dataBits"), m_ui->dataBitsSpin, m_ui->dataBitsLabel);
    addField(QStringLiteral("serial.stopBits"), m_ui->stopBitsSpin, m_ui->stopBitsLabel);
}

ConnectionDialog::~ConnectionDialog() = default;

void ConnectionDialog::writeForm(const ProjectNode &node)
{
    const Connection &c = std::get<Connection>(node);
    m_ui->nameEdit->setText(c.name);
    m_ui->descriptionEdit->setText(c.description);
    EnumCombo::select(m_ui->protocolCombo, c.protocol);
    m_ui->timeoutSpin->setValue(c.timeout);
    m_ui->retriesSpin->setValue(c.retries);
    m_ui->hostEdit->setText(c.tcp.host);
    m_ui->portSpin->setValue(c.tcp.port);
    m_ui->serialPortEdit->setText(c.serial.port);
    m_ui->baudRateSpin->setValue(c.serial.baudRate);
    EnumCombo::select(m_ui->parityCombo, c.serial.parity);
    m_ui->dataBitsSpin->setValue(c.serial.dataBits);
    m_ui->stopBitsSpin->setValue(c.serial.stopBits);
}

void ConnectionDialog::readForm(ProjectNode &node) const
{
    Connection &c = std::get<Connection>(node);
    c.name = m_ui->nameEdit->text();
    c.description = m_ui->descriptionEdit->text();
    c.protocol = EnumCombo::current<Protocol>(m_ui->protocolCombo);
    c.timeout = m_ui->timeoutSpin->value();
    c.retries = m_ui->retriesSpin->value();
    c.tcp.host = m_ui->hostEdit->text();
    c.tcp.port = m_ui->portSpin->value();
    c.serial.port = m_ui->serialPortEdit->text();
    c.serial.baudRate = m_ui->baudRateSpin->value();
    c.serial.parity = EnumCombo::current<Parity>(m_ui->parityCombo);
    c.serial.dataBits = m_ui->dataBitsSpin->value();
    c.serial.stopBits = m_ui->stopBitsSpin->value();
}

void ConnectionDialog::updateEnabled()
{
    // The other protocol's settings keep their values (switching back finds them again) and
    // are not checked, as the runtime does not use them.
    const Protocol protocol = EnumCombo::current<Protocol>(m_ui->protocolCombo);
    m_ui->tcpGroup->setEnabled(protocol == Protocol::ModbusTcp);
    m_ui->serialGroup->setEnabled(protocol == Protocol::ModbusRtu);
}

QString ConnectionDialog::titleFor(const ProjectNode &node) const
{
    if (placement() == NodePlacement::New)
        return tr("New connection");
    return tr("Connection \"%1\"").arg(std::get<Connection>(node).name);
}

} // namespace Vigie
