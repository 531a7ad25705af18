#pragma once

#include "model/project.h"
#include "model/projectissue.h"

#include <QDialog>
#include <QVariant>

#include <functional>
#include <memory>

namespace Ui {
class BulkEditDialog;
}

namespace Vigie {

class BackgroundCheck;

// One field set to one value on several variables: the key and value withField() takes.
struct BulkEdit
{
    QString fieldKey;
    QVariant value;
};

// Sets one field (unit, scale, writable… bulkEditableFields()) to one value on a selection of
// variables. The value's editor suits the field (text, number in the user's locale, whole
// number, choice, check box; "no value" for the optional ones). The dialog says how many
// variables the value changes ("12 of 15 variables will change") and validates like the node
// dialogs: the value is applied to copies of the variables in a copy of the project and
// checkProject() runs off the GUI thread; the errors it brings to the selected variables are
// listed with their names and block OK. Errors the variables already had are not this edit's
// and do not block; what the edit brings elsewhere is listed without blocking.
class BulkEditDialog : public QDialog
{
    Q_OBJECT
public:
    BulkEditDialog(const Project &project, const QList<NodePath> &variables,
                   QWidget *parent = nullptr);
    ~BulkEditDialog() override;

    // The field offered first (a key of bulkEditableFields()), with the first variable's value.
    void setField(const QString &fieldKey);
    // The edit as chosen; the value in withField()'s form.
    [[nodiscard]] BulkEdit edit() const;

    // How many of the selected variables the edit changes, and the selection's size.
    [[nodiscard]] int changeCount() const;
    [[nodiscard]] int variableCount() const { return int(m_variables.size()); }
    // The issues the edit brings to the selected variables, and to the rest of the project, at
    // the last check; and whether a check is under way.
    [[nodiscard]] const ProjectIssues &newIssues() const { return m_newIssues; }
    [[nodiscard]] const ProjectIssues &issuesElsewhere() const { return m_elsewhere; }
    [[nodiscard]] bool isCheckPending() const;
    [[nodiscard]] bool hasErrors() const;
    void setCheckDelay(int milliseconds);

    // Called with the edit when OK is accepted, before the dialog closes (the editor pushes
    // its command there); without one, the caller reads edit() after exec().
    void setApply(std::function<void(const BulkEdit &)> apply);

    void accept() override;

Q_SIGNALS:
    void checked();

private:
    void fieldChosen();
    void valueChanged();
    void scheduleCheck();
    [[nodiscard]] QString valueProblem() const;
    void showCheck(const ProjectIssues &newIssues, const ProjectIssues &elsewhere);
    void updateState();
    [[nodiscard]] QString variableName(const NodePath &path) const;

    std::unique_ptr<Ui::BulkEditDialog> m_ui;
    Project m_project;
    QList<NodePath> m_variables;
    std::optional<ProjectIssues> m_before; // of the project as it is
    ProjectIssues m_newIssues;
    ProjectIssues m_elsewhere;
    BackgroundCheck *m_check;
    std::function<void(const BulkEdit &)> m_apply;
    bool m_acceptRequested = false;
};

} // namespace Vigie
