#pragma once

#include "nodedialog.h"

#include <memory>

namespace Ui {
class VariableDialog;
}

namespace Vigie {

// A variable's fields: name, description, unit; where and how it is read (data type, offset,
// bit, length, byte order); its engineering value (scale and offset, limits, deadband,
// decimals, on/off texts); access (writable, published, remote write); and, for simulated
// connections, its signal. Fields that do not apply to the data type are disabled unless they
// hold a value, which then stays editable so the error about it can be fixed; choosing
// another data type clears what only the old one had.
class VariableDialog : public NodeDialog
{
    Q_OBJECT
public:
    explicit VariableDialog(QWidget *parent = nullptr);
    ~VariableDialog() override;

protected:
    void writeForm(const ProjectNode &node) override;
    void readForm(ProjectNode &node) const override;
    void updateEnabled() override;
    [[nodiscard]] QList<FieldMessage> formProblems() const override;
    [[nodiscard]] QString titleFor(const ProjectNode &node) const override;

private:
    void dataTypeChosen();

    std::unique_ptr<Ui::VariableDialog> m_ui;
};

} // namespace Vigie
