#pragma once

#include "fieldissuedisplay.h"
#include "nodecheck.h"

#include <QDialog>

#include <memory>
#include <optional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace Vigie {

class BackgroundCheck;

// What the four node dialogs (connection, device, frame, variable) share: the node they edit
// and where it is, and inline validation by the core's own rules.
//
// On every change, once typing pauses (BackgroundCheck, ~150 ms), the node as typed is put
// into a copy of the project at its path and checkProject() runs off the GUI thread; the
// issues at this node are shown next to their fields (FieldIssueDisplay), named by the
// field's caption; issues without a field, and what the edit brings to other nodes, at the
// top. OK is disabled while an error remains, and accept() refuses with the first error
// focused; warnings do not block. Text fields for numbers are read and written in the
// dialog's locale (vigieNumberLocale(): a French user types 12,5).
//
// Usable modally (editNode() in nodedialogs.h) or not: setNode(), node(), and focusField() so
// the Issues dock can open a dialog on the offending field.
class NodeDialog : public QDialog
{
    Q_OBJECT
public:
    ~NodeDialog() override;

    // The project the node belongs to, the node's path (for a new node, the place it will
    // take) and the node. Fills the form and checks it at once.
    void setNode(const Project &project, const NodePath &path, const ProjectNode &node,
                 NodePlacement placement = NodePlacement::Existing);
    // The node given to setNode() with its own fields as the form holds them; its children
    // are those it was given.
    [[nodiscard]] ProjectNode node() const;
    [[nodiscard]] const NodePath &path() const { return m_path; }
    [[nodiscard]] NodePlacement placement() const { return m_placement; }
    [[nodiscard]] NodePath::Kind kind() const { return m_kind; }

    // Focuses the field an issue names ("scanTime", "tcp.port", "simulation.period"; a block's
    // field falls back to the block); false when the form has no such field.
    bool focusField(const QString &field);

    // The last check, and whether one is under way (scheduled or running).
    [[nodiscard]] const NodeCheck &lastCheck() const { return m_lastCheck; }
    [[nodiscard]] bool isCheckPending() const;
    // An error blocks closing: one at this node, or a field that does not read (a number).
    [[nodiscard]] bool hasErrors() const;
    // What is shown under a field, and at the top (one message a line).
    [[nodiscard]] QString shownAt(const QString &field) const { return m_display->shownAt(field); }
    [[nodiscard]] QString summary() const { return m_display->summary(); }
    // How long typing must pause before a check (ms); tests set 0.
    void setCheckDelay(int milliseconds);

    void accept() override;

Q_SIGNALS:
    // A check finished and its messages are shown.
    void checked();

protected:
    NodeDialog(NodePath::Kind kind, QWidget *parent);

    // For the subclass's constructor, after setupUi(): the form's buttons and top label...
    void setUpForm(QDialogButtonBox *buttons, QLabel *summary);
    // ...and each field by the key issues name it with, its editor, and the form label (or
    // check box) whose text names it.
    void addField(const QString &key, QWidget *editor, QWidget *captionWidget);
    void addField(const QString &key, QWidget *editor, const QString &caption);

    // The form from a node of this dialog's kind, and the node's own fields from the form.
    virtual void writeForm(const ProjectNode &node) = 0;
    virtual void readForm(ProjectNode &node) const = 0;
    // Called after every change, to enable what applies (the TCP group for Modbus TCP…).
    virtual void updateEnabled() { }
    // Problems of the form itself, before any rule can see them: a number that does not read.
    [[nodiscard]] virtual QList<FieldMessage> formProblems() const { return {}; }
    // A window title for the node: "Device “PLC 1”", "New device".
    [[nodiscard]] virtual QString titleFor(const ProjectNode &node) const = 0;

    // Helpers for the forms. A spin box accepts any int, so a value outside the rules can be
    // typed (and read from a file) and the rule's message is shown, rather than clamped.
    static void acceptAnyInt(QSpinBox *spin);
    void setNumber(QLineEdit *edit, double value) const;
    // The number a field holds, or `fallback` when it does not read (formProblems() says so).
    [[nodiscard]] double number(const QLineEdit *edit, double fallback) const;
    // A problem for `key` if `edit` (enabled) does not hold a number.
    void checkNumber(QList<FieldMessage> &problems, const QString &key,
                     const QLineEdit *edit) const;
    [[nodiscard]] bool isLoading() const { return m_loading; }

private:
    void formChanged();
    void scheduleCheck();
    void showCheck(const NodeCheck &check);
    void watchInputs();
    void updateOkButton();

    NodePath::Kind m_kind;
    Project m_project;
    NodePath m_path;
    ProjectNode m_original;
    NodePlacement m_placement = NodePlacement::Existing;
    std::optional<ProjectIssues> m_before; // of the project with the node as received
    NodeCheck m_lastCheck;
    BackgroundCheck *m_check;
    QDialogButtonBox *m_buttons = nullptr;
    std::unique_ptr<FieldIssueDisplay> m_display;
    bool m_loading = false;
    bool m_acceptRequested = false; // OK pressed while a check was under way
};

} // namespace Vigie
