#pragma once

#include "nodedialog.h"

#include <memory>

namespace Ui {
class FrameDialog;
}

namespace Vigie {

// A frame's own fields: name, description, table, start address and quantity, readable and
// writable, scan time factor, an optional minutes offset, and the delay after it. Its
// variables are edited by their own dialogs.
class FrameDialog : public NodeDialog
{
    Q_OBJECT
public:
    explicit FrameDialog(QWidget *parent = nullptr);
    ~FrameDialog() override;

protected:
    void writeForm(const ProjectNode &node) override;
    void readForm(ProjectNode &node) const override;
    void updateEnabled() override;
    [[nodiscard]] QString titleFor(const ProjectNode &node) const override;

private:
    std::unique_ptr<Ui::FrameDialog> m_ui;
};

} // namespace Vigie
