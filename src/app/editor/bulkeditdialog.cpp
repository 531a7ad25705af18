#include "bulkeditdialog.h"

#include "backgroundcheck.h"
#include "document/projecttree.h"
#include "document/variablefields.h"
#include "isapalette.h"
#include "nodecheck.h"
#include "numbertext.h"
#include "projectcheck.h"
#include "translations.h"

#include "ui_bulkeditdialog.h"

#include <QPushButton>

#include <limits>
#include <set>

namespace Vigie {

namespace {

// Pages of the value stack, in the form's order.
enum Page { TextPage, NumberPage, IntegerPage, ChoicePage, FlagPage };

Page pageFor(VariableFieldKind kind)
{
    switch (kind) {
    case VariableFieldKind::Text: return TextPage;
    case VariableFieldKind::Number:
    case VariableFieldKind::OptionalNumber: return NumberPage;
    case VariableFieldKind::OptionalInteger: return IntegerPage;
    case VariableFieldKind::Choice: return ChoicePage;
    case VariableFieldKind::Flag: return FlagPage;
    }
    return TextPage;
}

bool isOptional(VariableFieldKind kind)
{
    return kind == VariableFieldKind::OptionalNumber || kind == VariableFieldKind::OptionalInteger;
}

} // namespace

BulkEditDialog::BulkEditDialog(const Project &project, const QList<NodePath> &variables,
                               QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::BulkEditDialog>())
    , m_project(project)
    , m_variables(variables)
    , m_check(new BackgroundCheck(this))
{
    m_ui->setupUi(this);
    setLocale(vigieNumberLocale());
    m_ui->explanationLabel->setText(
        tr("Sets one field to the same value on the %n selected variable(s).", nullptr,
           int(variables.size())));
    const QHash<QString, QString> captions = {
        {QStringLiteral("unit"), tr("Unit")},
        {QStringLiteral("description"), tr("Description")},
        {QStringLiteral("scale"), tr("Scale")},
        {QStringLiteral("scaleOffset"), tr("Scale offset")},
        {QStringLiteral("deadband"), tr("Deadband")},
        {QStringLiteral("decimals"), tr("Decimals")},
        {QStringLiteral("min"), tr("Minimum")},
        {QStringLiteral("max"), tr("Maximum")},
        {QStringLiteral("byteOrder"), tr("Byte order")},
        {QStringLiteral("dataType"), tr("Data type")},
        {QStringLiteral("writable"), tr("Writable")},
        {QStringLiteral("published"), tr("Published")},
        {QStringLiteral("remoteWrite"), tr("Remote write")},
    };
    for (const QString &key : bulkEditableFields())
        m_ui->fieldCombo->addItem(captions.value(key, key), key);
    m_ui->valueIntegerSpin->setRange(std::numeric_limits<int>::min(),
                                     std::numeric_limits<int>::max());
    m_ui->valueProblemLabel->hide();
    m_ui->issueList->hide();

    connect(m_ui->fieldCombo, &QComboBox::currentIndexChanged, this, &BulkEditDialog::fieldChosen);
    connect(m_ui->valueTextEdit, &QLineEdit::textChanged, this, &BulkEditDialog::valueChanged);
    connect(m_ui->valueNumberEdit, &QLineEdit::textChanged, this, &BulkEditDialog::valueChanged);
    connect(m_ui->valueIntegerSpin, &QSpinBox::valueChanged, this, &BulkEditDialog::valueChanged);
    connect(m_ui->valueChoiceCombo, &QComboBox::currentIndexChanged, this,
            &BulkEditDialog::valueChanged);
    connect(m_ui->valueFlagCheck, &QCheckBox::toggled, this, &BulkEditDialog::valueChanged);
    connect(m_ui->clearCheck, &QCheckBox::toggled, this, &BulkEditDialog::valueChanged);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &BulkEditDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    fieldChosen();
}

BulkEditDialog::~BulkEditDialog() = default;

void BulkEditDialog::setField(const QString &fieldKey)
{
    const int index = m_ui->fieldCombo->findData(fieldKey);
    if (index >= 0)
        m_ui->fieldCombo->setCurrentIndex(index);
}

// A new field: its editor, showing the first selected variable's value as a start.
void BulkEditDialog::fieldChosen()
{
    const QString key = m_ui->fieldCombo->currentData().toString();
    const VariableFieldKind kind = variableFieldKind(key);
    const QVariant value = m_variables.isEmpty()
        ? QVariant()
        : variableField(m_project.variable(m_variables.constFirst()), key);
    const QSignalBlocker blockers[] = {
        QSignalBlocker(m_ui->valueTextEdit),    QSignalBlocker(m_ui->valueNumberEdit),
        QSignalBlocker(m_ui->valueIntegerSpin), QSignalBlocker(m_ui->valueChoiceCombo),
        QSignalBlocker(m_ui->valueFlagCheck),   QSignalBlocker(m_ui->clearCheck),
    };
    const Page page = pageFor(kind);
    m_ui->valueStack->setCurrentIndex(page);
    m_ui->clearCheck->setVisible(isOptional(kind));
    m_ui->clearCheck->setChecked(isOptional(kind) && !value.isValid());
    switch (page) {
    case TextPage:
        m_ui->valueTextEdit->setText(value.toString());
        m_ui->valueLabel->setBuddy(m_ui->valueTextEdit);
        break;
    case NumberPage:
        m_ui->valueNumberEdit->setText(
            value.isValid() ? NumberText::format(locale(), value.toDouble()) : QString());
        m_ui->valueLabel->setBuddy(m_ui->valueNumberEdit);
        break;
    case IntegerPage:
        m_ui->valueIntegerSpin->setValue(value.isValid() ? value.toInt() : 2);
        m_ui->valueLabel->setBuddy(m_ui->valueIntegerSpin);
        break;
    case ChoicePage:
        m_ui->valueChoiceCombo->clear();
        m_ui->valueChoiceCombo->addItems(variableFieldChoices(key));
        m_ui->valueChoiceCombo->setCurrentText(value.toString());
        m_ui->valueLabel->setBuddy(m_ui->valueChoiceCombo);
        break;
    case FlagPage:
        m_ui->valueFlagCheck->setChecked(value.toBool());
        m_ui->valueLabel->setBuddy(m_ui->valueFlagCheck);
        break;
    }
    valueChanged();
}

BulkEdit BulkEditDialog::edit() const
{
    const QString key = m_ui->fieldCombo->currentData().toString();
    const VariableFieldKind kind = variableFieldKind(key);
    if (isOptional(kind) && m_ui->clearCheck->isChecked())
        return {key, QVariant()};
    switch (pageFor(kind)) {
    case TextPage: return {key, m_ui->valueTextEdit->text()};
    case NumberPage: {
        const QString text = m_ui->valueNumberEdit->text();
        // A text that does not read is kept as text: withField() refuses it, and OK is blocked.
        const std::optional<double> number = NumberText::parse(locale(), text);
        return {key, number ? QVariant(*number) : QVariant(text)};
    }
    case IntegerPage: return {key, m_ui->valueIntegerSpin->value()};
    case ChoicePage: return {key, m_ui->valueChoiceCombo->currentText()};
    case FlagPage: return {key, m_ui->valueFlagCheck->isChecked()};
    }
    return {key, {}};
}

QString BulkEditDialog::valueProblem() const
{
    const QString key = m_ui->fieldCombo->currentData().toString();
    const VariableFieldKind kind = variableFieldKind(key);
    if (pageFor(kind) != NumberPage || (isOptional(kind) && m_ui->clearCheck->isChecked()))
        return {};
    const QString text = m_ui->valueNumberEdit->text();
    if (NumberText::parse(locale(), text))
        return {};
    return m_ui->fieldCombo->currentText() + QLatin1String(": ")
        + NumberText::problem(locale(), text);
}

int BulkEditDialog::changeCount() const
{
    if (!valueProblem().isEmpty())
        return 0;
    const BulkEdit e = edit();
    int count = 0;
    for (const NodePath &path : m_variables) {
        const Variable &v = m_project.variable(path);
        if (withField(v, e.fieldKey, e.value) != v)
            ++count;
    }
    return count;
}

void BulkEditDialog::valueChanged()
{
    m_acceptRequested = false;
    const bool optionalCleared =
        isOptional(variableFieldKind(edit().fieldKey)) && m_ui->clearCheck->isChecked();
    m_ui->valueStack->setEnabled(!optionalCleared);

    const int changes = changeCount();
    if (changes == 0)
        m_ui->countLabel->setText(
            tr("None of the %n variable(s) will change.", nullptr, variableCount()));
    else
        m_ui->countLabel->setText(
            tr("%1 of %n variable(s) will change.", nullptr, variableCount()).arg(changes));
    const QString problem = valueProblem();
    m_ui->valueProblemLabel->setText(problem);
    m_ui->valueProblemLabel->setVisible(!problem.isEmpty());
    scheduleCheck();
    updateState();
}

void BulkEditDialog::scheduleCheck()
{
    if (!valueProblem().isEmpty()) {
        // Nothing to check until the value reads; this also drops the check of the last value.
        m_check->schedule([this]() -> BackgroundCheck::Apply {
            return [this] {
                showCheck({}, {});
                Q_EMIT checked();
                m_acceptRequested = false;
            };
        });
        return;
    }
    m_check->schedule([this, project = m_project, variables = m_variables, e = edit(),
                       before = m_before]() -> BackgroundCheck::Apply {
        const ProjectIssues base = before ? *before : checkProject(project);
        Project changed = project;
        for (const NodePath &path : variables) {
            ProjectTree::setFields(changed, path,
                                   withField(changed.variable(path), e.fieldKey, e.value));
        }
        const std::set<NodePath> selected(variables.cbegin(), variables.cend());
        ProjectIssues mine;
        ProjectIssues elsewhere;
        for (const ProjectIssue &issue : issuesNotIn(checkProject(changed), base))
            (selected.count(issue.node) ? mine : elsewhere).append(issue);
        return [this, base, mine, elsewhere] {
            m_before = base;
            showCheck(mine, elsewhere);
            Q_EMIT checked();
            if (std::exchange(m_acceptRequested, false))
                accept();
        };
    });
}

QString BulkEditDialog::variableName(const NodePath &path) const
{
    const Variable *v = ProjectTree::variable(m_project, path);
    return v ? v->name : nodePathText(path);
}

void BulkEditDialog::showCheck(const ProjectIssues &newIssues, const ProjectIssues &elsewhere)
{
    m_newIssues = newIssues;
    m_elsewhere = elsewhere;
    m_ui->issueList->clear();
    const auto add = [this](const ProjectIssue &issue, const QString &text) {
        auto *item = new QListWidgetItem(text, m_ui->issueList);
        item->setForeground(issue.isError() ? IsaPalette::alarm() : IsaPalette::caution());
        item->setToolTip(issue.toString());
    };
    for (const ProjectIssue &issue : newIssues) {
        add(issue,
            tr("%1: %2: %3")
                .arg(variableName(issue.node), issue.field.isEmpty() ? tr("variable") : issue.field,
                     issue.message));
    }
    for (const ProjectIssue &issue : elsewhere)
        add(issue, tr("This change also affects %1: %2").arg(issue.path, issue.message));
    m_ui->issueList->setVisible(m_ui->issueList->count() > 0);
    updateState();
}

bool BulkEditDialog::isCheckPending() const
{
    return m_check->isPending();
}

bool BulkEditDialog::hasErrors() const
{
    return !valueProblem().isEmpty() || Vigie::hasErrors(m_newIssues);
}

void BulkEditDialog::setCheckDelay(int milliseconds)
{
    m_check->setDelay(milliseconds);
}

void BulkEditDialog::setApply(std::function<void(const BulkEdit &)> apply)
{
    m_apply = std::move(apply);
}

void BulkEditDialog::updateState()
{
    if (QPushButton *ok = m_ui->buttons->button(QDialogButtonBox::Ok))
        ok->setEnabled(!hasErrors() && changeCount() > 0);
}

void BulkEditDialog::accept()
{
    if (!valueProblem().isEmpty()) {
        m_ui->valueNumberEdit->setFocus();
        return;
    }
    if (m_check->isPending()) {
        m_acceptRequested = true;
        m_check->runNow();
        return;
    }
    if (hasErrors() || changeCount() == 0)
        return;
    if (m_apply)
        m_apply(edit());
    QDialog::accept();
}

} // namespace Vigie
