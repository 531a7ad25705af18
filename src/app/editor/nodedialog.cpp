#include "nodedialog.h"

#include "backgroundcheck.h"
#include "numbertext.h"
#include "translations.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>

#include <algorithm>
#include <limits>
#include <utility>

namespace Vigie {

NodeDialog::NodeDialog(NodePath::Kind kind, QWidget *parent)
    : QDialog(parent)
    , m_kind(kind)
    , m_check(new BackgroundCheck(this))
{
    // Numbers in the user's chosen number format, as the tag table shows them.
    setLocale(vigieNumberLocale());
}

NodeDialog::~NodeDialog() = default;

void NodeDialog::setUpForm(QDialogButtonBox *buttons, QLabel *summary)
{
    m_buttons = buttons;
    m_display = std::make_unique<FieldIssueDisplay>(this, summary);
    connect(buttons, &QDialogButtonBox::accepted, this, &NodeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    watchInputs();
}

void NodeDialog::addField(const QString &key, QWidget *editor, QWidget *captionWidget)
{
    m_display->addField(key, editor,
                        FieldIssueDisplay::captionOf(captionWidget->property("text").toString()),
                        captionWidget);
}

void NodeDialog::addField(const QString &key, QWidget *editor, const QString &caption)
{
    m_display->addField(key, editor, caption);
}

// Every input of the form restarts the check: fields added later by a subclass need nothing.
void NodeDialog::watchInputs()
{
    const auto changed = [this] { formChanged(); };
    for (auto *edit : findChildren<QLineEdit *>())
        connect(edit, &QLineEdit::textChanged, this, changed);
    for (auto *spin : findChildren<QSpinBox *>())
        connect(spin, &QSpinBox::valueChanged, this, changed);
    for (auto *combo : findChildren<QComboBox *>())
        connect(combo, &QComboBox::currentIndexChanged, this, changed);
    for (auto *button : findChildren<QAbstractButton *>()) {
        if (button->isCheckable())
            connect(button, &QAbstractButton::toggled, this, changed);
    }
    for (auto *group : findChildren<QGroupBox *>()) {
        if (group->isCheckable())
            connect(group, &QGroupBox::toggled, this, changed);
    }
    for (auto *text : findChildren<QPlainTextEdit *>())
        connect(text, &QPlainTextEdit::textChanged, this, changed);
}

void NodeDialog::setNode(const Project &project, const NodePath &path, const ProjectNode &node,
                         NodePlacement placement)
{
    Q_ASSERT(kindOf(node) == m_kind);
    m_project = project;
    m_path = path;
    m_original = node;
    m_placement = placement;
    m_before.reset();
    m_loading = true;
    writeForm(node);
    m_loading = false;
    setWindowTitle(titleFor(node));
    updateEnabled();
    scheduleCheck();
    m_check->runNow(); // the first check need not wait for a pause in typing
}

ProjectNode NodeDialog::node() const
{
    ProjectNode node = m_original;
    readForm(node);
    return node;
}

void NodeDialog::formChanged()
{
    if (m_loading)
        return;
    m_acceptRequested = false; // the user is still typing: OK applies to what they see
    updateEnabled();
    scheduleCheck();
}

void NodeDialog::scheduleCheck()
{
    if (!m_display)
        return;
    // The job works on copies; only the function it returns touches the dialog, on the GUI
    // thread, and only while the dialog (which owns m_check) lives.
    m_check->schedule([this, project = m_project, path = m_path, node = node(),
                       original = m_original, placement = m_placement,
                       before = m_before]() -> BackgroundCheck::Apply {
        const ProjectIssues base =
            before ? *before : issuesBefore(project, path, original, placement);
        const NodeCheck check = checkNode(project, path, node, placement, base);
        return [this, base, check] {
            m_before = base;
            showCheck(check);
        };
    });
    updateOkButton();
}

void NodeDialog::showCheck(const NodeCheck &check)
{
    m_lastCheck = check;
    QList<FieldMessage> messages = formProblems();
    for (const ProjectIssue &issue : check.own)
        messages.append({issue.field, issue.isError(), issue.message});
    // A renamed tag may be read by hundreds of formulas: a few say what happens, the Issues
    // dock lists them all once the edit is applied.
    constexpr int ShownElsewhere = 3;
    for (const ProjectIssue &issue :
         check.elsewhere.first(std::min<qsizetype>(ShownElsewhere, check.elsewhere.size()))) {
        messages.append(
            {{}, false, tr("This change also affects %1: %2").arg(issue.path, issue.message)});
    }
    if (check.elsewhere.size() > ShownElsewhere) {
        messages.append(
            {{},
             false,
             tr("…and %n more place(s).", nullptr, int(check.elsewhere.size() - ShownElsewhere))});
    }
    m_display->show(messages);
    updateOkButton();
    Q_EMIT checked();
    if (std::exchange(m_acceptRequested, false))
        accept();
}

void NodeDialog::updateOkButton()
{
    if (QPushButton *ok = m_buttons ? m_buttons->button(QDialogButtonBox::Ok) : nullptr)
        ok->setEnabled(!hasErrors());
}

bool NodeDialog::isCheckPending() const
{
    return m_check->isPending();
}

bool NodeDialog::hasErrors() const
{
    const QList<FieldMessage> problems = formProblems();
    return m_lastCheck.hasErrors()
        || std::any_of(problems.cbegin(), problems.cend(),
                       [](const FieldMessage &m) { return m.error; });
}

void NodeDialog::setCheckDelay(int milliseconds)
{
    m_check->setDelay(milliseconds);
}

bool NodeDialog::focusField(const QString &field)
{
    QWidget *editor = m_display->editor(field);
    if (!editor)
        return false;
    // A disabled field (in an unchecked block) cannot take the focus: the block that enables
    // it does.
    QWidget *target = editor;
    while (target && target != this && !target->isEnabled())
        target = target->parentWidget();
    if (target != editor && target && target != this && target->isEnabled())
        target->setFocus(Qt::OtherFocusReason);
    editor->setFocus(Qt::OtherFocusReason);
    if (auto *edit = qobject_cast<QLineEdit *>(editor))
        edit->selectAll();
    else if (auto *spin = qobject_cast<QAbstractSpinBox *>(editor))
        spin->selectAll();
    return true;
}

void NodeDialog::accept()
{
    if (m_check->isPending()) {
        // Decided when the check of what is on screen comes back.
        m_acceptRequested = true;
        m_check->runNow();
        return;
    }
    if (hasErrors()) {
        QString first;
        for (const FieldMessage &problem : formProblems()) {
            if (problem.error && first.isEmpty())
                first = problem.field;
        }
        if (first.isEmpty())
            first = m_display->firstErrorField();
        focusField(first);
        return;
    }
    QDialog::accept();
}

void NodeDialog::acceptAnyInt(QSpinBox *spin)
{
    spin->setRange(std::numeric_limits<int>::min(), std::numeric_limits<int>::max());
}

void NodeDialog::setNumber(QLineEdit *edit, double value) const
{
    edit->setText(NumberText::format(edit->locale(), value));
}

double NodeDialog::number(const QLineEdit *edit, double fallback) const
{
    return NumberText::parse(edit->locale(), edit->text()).value_or(fallback);
}

void NodeDialog::checkNumber(QList<FieldMessage> &problems, const QString &key,
                             const QLineEdit *edit) const
{
    if (edit->isEnabled() && !NumberText::parse(edit->locale(), edit->text()))
        problems.append({key, true, NumberText::problem(edit->locale(), edit->text())});
}

} // namespace Vigie
