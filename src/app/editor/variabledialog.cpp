#include "variabledialog.h"

#include "enumcombo.h"
#include "numbertext.h"

#include "ui_variabledialog.h"

#include <algorithm>
#include <limits>

namespace Vigie {

VariableDialog::VariableDialog(QWidget *parent)
    : NodeDialog(NodePath::Kind::Variable, parent)
    , m_ui(std::make_unique<Ui::VariableDialog>())
{
    m_ui->setupUi(this);
    EnumCombo::fillWithNames<DataType>(m_ui->dataTypeCombo);
    EnumCombo::fillWithNames<ByteOrder>(m_ui->byteOrderCombo);
    EnumCombo::fill<Waveform>(m_ui->waveformCombo,
                              {{Waveform::Constant, tr("Constant")},
                               {Waveform::Sine, tr("Sine")},
                               {Waveform::Ramp, tr("Ramp")},
                               {Waveform::Square, tr("Square")},
                               {Waveform::RandomWalk, tr("Random walk")},
                               {Waveform::Counter, tr("Counter")}});
    for (QSpinBox *spin :
         {m_ui->offsetSpin, m_ui->bitSpin, m_ui->lengthSpin, m_ui->decimalsSpin, m_ui->periodSpin})
        acceptAnyInt(spin);
    connect(m_ui->dataTypeCombo, &QComboBox::activated, this, &VariableDialog::dataTypeChosen);

    setUpForm(m_ui->buttons, m_ui->summaryLabel);
    addField(QStringLiteral("name"), m_ui->nameEdit, m_ui->nameLabel);
    addField(QStringLiteral("description"), m_ui->descriptionEdit, m_ui->descriptionLabel);
    addField(QStringLiteral("unit"), m_ui->unitEdit, m_ui->unitLabel);
    addField(QStringLiteral("dataType"), m_ui->dataTypeCombo, m_ui->dataTypeLabel);
    addField(QStringLiteral("offset"), m_ui->offsetSpin, m_ui->offsetLabel);
    addField(QStringLiteral("bit"), m_ui->bitSpin, m_ui->bitCheck);
    addField(QStringLiteral("length"), m_ui->lengthSpin, m_ui->lengthLabel);
    addField(QStringLiteral("byteOrder"), m_ui->byteOrderCombo, m_ui->byteOrderLabel);
    addField(QStringLiteral("scale"), m_ui->scaleEdit, m_ui->scaleLabel);
    addField(QStringLiteral("scaleOffset"), m_ui->scaleOffsetEdit, m_ui->scaleOffsetLabel);
    addField(QStringLiteral("min"), m_ui->minEdit, m_ui->minCheck);
    addField(QStringLiteral("max"), m_ui->maxEdit, m_ui->maxCheck);
    addField(QStringLiteral("deadband"), m_ui->deadbandEdit, m_ui->deadbandLabel);
    addField(QStringLiteral("decimals"), m_ui->decimalsSpin, m_ui->decimalsCheck);
    addField(QStringLiteral("onText"), m_ui->onTextEdit, m_ui->onTextLabel);
    addField(QStringLiteral("offText"), m_ui->offTextEdit, m_ui->offTextLabel);
    addField(QStringLiteral("writable"), m_ui->writableCheck, m_ui->writableCheck);
    addField(QStringLiteral("published"), m_ui->publishedCheck, m_ui->publishedCheck);
    addField(QStringLiteral("remoteWrite"), m_ui->remoteWriteCheck, m_ui->remoteWriteCheck);
    addField(QStringLiteral("simulation"), m_ui->simulationGroup, tr("Simulated signal"));
    addField(QStringLiteral("simulation.waveform"), m_ui->waveformCombo, tr("Signal waveform"));
    addField(QStringLiteral("simulation.period"), m_ui->periodSpin, tr("Signal period"));
    addField(QStringLiteral("simulation.amplitude"), m_ui->amplitudeEdit, tr("Signal amplitude"));
    addField(QStringLiteral("simulation.offset"), m_ui->signalOffsetEdit, tr("Signal offset"));
}

VariableDialog::~VariableDialog() = default;

void VariableDialog::writeForm(const ProjectNode &node)
{
    const Variable &v = std::get<Variable>(node);
    m_ui->nameEdit->setText(v.name);
    m_ui->descriptionEdit->setText(v.description);
    m_ui->unitEdit->setText(v.unit);
    EnumCombo::select(m_ui->dataTypeCombo, v.dataType);
    m_ui->offsetSpin->setValue(v.offset);
    m_ui->bitCheck->setChecked(v.bit.has_value());
    m_ui->bitSpin->setValue(v.bit.value_or(0));
    m_ui->lengthSpin->setValue(v.length);
    EnumCombo::select(m_ui->byteOrderCombo, v.byteOrder);
    setNumber(m_ui->scaleEdit, v.scale);
    setNumber(m_ui->scaleOffsetEdit, v.scaleOffset);
    m_ui->minCheck->setChecked(v.min.has_value());
    if (v.min)
        setNumber(m_ui->minEdit, *v.min);
    else
        m_ui->minEdit->clear();
    m_ui->maxCheck->setChecked(v.max.has_value());
    if (v.max)
        setNumber(m_ui->maxEdit, *v.max);
    else
        m_ui->maxEdit->clear();
    setNumber(m_ui->deadbandEdit, v.deadband);
    m_ui->decimalsCheck->setChecked(v.decimals.has_value());
    m_ui->decimalsSpin->setValue(v.decimals.value_or(2));
    m_ui->onTextEdit->setText(v.onText);
    m_ui->offTextEdit->setText(v.offText);
    m_ui->writableCheck->setChecked(v.writable);
    m_ui->publishedCheck->setChecked(v.published);
    m_ui->remoteWriteCheck->setChecked(v.remoteWrite);
    const SimulationSpec simulation = v.simulation.value_or(SimulationSpec());
    m_ui->simulationGroup->setChecked(v.simulation.has_value());
    EnumCombo::select(m_ui->waveformCombo, simulation.waveform);
    m_ui->periodSpin->setValue(int(std::clamp<qint64>(
        simulation.period, std::numeric_limits<int>::min(), std::numeric_limits<int>::max())));
    setNumber(m_ui->amplitudeEdit, simulation.amplitude);
    setNumber(m_ui->signalOffsetEdit, simulation.offset);
}

void VariableDialog::readForm(ProjectNode &node) const
{
    Variable &v = std::get<Variable>(node);
    const auto optionalNumber = [this](const QCheckBox *check, const QLineEdit *edit,
                                       const std::optional<double> &fallback) {
        return check->isChecked() ? std::optional<double>(number(edit, fallback.value_or(0.0)))
                                  : std::nullopt;
    };
    v.name = m_ui->nameEdit->text();
    v.description = m_ui->descriptionEdit->text();
    v.unit = m_ui->unitEdit->text();
    v.dataType = EnumCombo::current<DataType>(m_ui->dataTypeCombo);
    v.offset = m_ui->offsetSpin->value();
    v.bit = m_ui->bitCheck->isChecked() ? std::optional<int>(m_ui->bitSpin->value()) : std::nullopt;
    v.length = m_ui->lengthSpin->value();
    v.byteOrder = EnumCombo::current<ByteOrder>(m_ui->byteOrderCombo);
    // A number that does not read keeps the value the node had; formProblems() blocks OK.
    v.scale = number(m_ui->scaleEdit, v.scale);
    v.scaleOffset = number(m_ui->scaleOffsetEdit, v.scaleOffset);
    v.min = optionalNumber(m_ui->minCheck, m_ui->minEdit, v.min);
    v.max = optionalNumber(m_ui->maxCheck, m_ui->maxEdit, v.max);
    v.deadband = number(m_ui->deadbandEdit, v.deadband);
    v.decimals = m_ui->decimalsCheck->isChecked() ? std::optional<int>(m_ui->decimalsSpin->value())
                                                  : std::nullopt;
    v.onText = m_ui->onTextEdit->text();
    v.offText = m_ui->offTextEdit->text();
    v.writable = m_ui->writableCheck->isChecked();
    v.published = m_ui->publishedCheck->isChecked();
    v.remoteWrite = m_ui->remoteWriteCheck->isChecked();
    if (m_ui->simulationGroup->isChecked()) {
        const SimulationSpec old = v.simulation.value_or(SimulationSpec());
        SimulationSpec s;
        s.waveform = EnumCombo::current<Waveform>(m_ui->waveformCombo);
        s.period = m_ui->periodSpin->value();
        s.amplitude = number(m_ui->amplitudeEdit, old.amplitude);
        s.offset = number(m_ui->signalOffsetEdit, old.offset);
        v.simulation = s;
    } else {
        v.simulation.reset();
    }
}

void VariableDialog::updateEnabled()
{
    const DataType type = EnumCombo::current<DataType>(m_ui->dataTypeCombo);
    const bool isBool = type == DataType::Bool;
    const bool scalable = isNumeric(type) && !isBool;
    // A field that does not apply stays editable while it holds something, so that the error
    // the validator gives about it can be fixed here.
    m_ui->bitCheck->setEnabled(isBool || m_ui->bitCheck->isChecked());
    m_ui->bitSpin->setEnabled(m_ui->bitCheck->isChecked());
    m_ui->lengthSpin->setEnabled(type == DataType::String || m_ui->lengthSpin->value() != 0);
    m_ui->scaleEdit->setEnabled(scalable
                                || NumberText::parse(locale(), m_ui->scaleEdit->text()) != 1.0);
    m_ui->scaleOffsetEdit->setEnabled(
        scalable || NumberText::parse(locale(), m_ui->scaleOffsetEdit->text()) != 0.0);
    m_ui->minEdit->setEnabled(m_ui->minCheck->isChecked());
    m_ui->maxEdit->setEnabled(m_ui->maxCheck->isChecked());
    m_ui->decimalsCheck->setEnabled(isNumeric(type) || m_ui->decimalsCheck->isChecked());
    m_ui->decimalsSpin->setEnabled(m_ui->decimalsCheck->isChecked());
    m_ui->onTextEdit->setEnabled(isBool || !m_ui->onTextEdit->text().isEmpty());
    m_ui->offTextEdit->setEnabled(isBool || !m_ui->offTextEdit->text().isEmpty());
}

// Chosen by the user (not loaded): what only the old type had goes, as withField() does.
void VariableDialog::dataTypeChosen()
{
    const DataType type = EnumCombo::current<DataType>(m_ui->dataTypeCombo);
    if (type != DataType::String)
        m_ui->lengthSpin->setValue(0);
    if (type != DataType::Bool) {
        m_ui->bitCheck->setChecked(false);
        m_ui->onTextEdit->clear();
        m_ui->offTextEdit->clear();
    }
    updateEnabled();
}

QList<FieldMessage> VariableDialog::formProblems() const
{
    QList<FieldMessage> problems;
    checkNumber(problems, QStringLiteral("scale"), m_ui->scaleEdit);
    checkNumber(problems, QStringLiteral("scaleOffset"), m_ui->scaleOffsetEdit);
    checkNumber(problems, QStringLiteral("min"), m_ui->minEdit);
    checkNumber(problems, QStringLiteral("max"), m_ui->maxEdit);
    checkNumber(problems, QStringLiteral("deadband"), m_ui->deadbandEdit);
    if (m_ui->simulationGroup->isChecked()) {
        checkNumber(problems, QStringLiteral("simulation.amplitude"), m_ui->amplitudeEdit);
        checkNumber(problems, QStringLiteral("simulation.offset"), m_ui->signalOffsetEdit);
    }
    return problems;
}

QString VariableDialog::titleFor(const ProjectNode &node) const
{
    if (placement() == NodePlacement::New)
        return tr("New variable");
    return tr("Variable \"%1\"").arg(std::get<Variable>(node).name);
}

} // namespace Vigie
