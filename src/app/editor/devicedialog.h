#pragma once

#include "nodedialog.h"

#include <memory>

namespace Ui {
class DeviceDialog;
}

namespace Vigie {

// A device's own fields: name, description, scan time and type, station address, requests
// in flight, Mask Write support. Its frames are edited by their own dialogs.
class DeviceDialog : public NodeDialog
{
    Q_OBJECT
public:
    explicit DeviceDialog(QWidget *parent = nullptr);
    ~DeviceDialog() override;

protected:
    void writeForm(const ProjectNode &node) override;
    void readForm(ProjectNode &node) const override;
    [[nodiscard]] QString titleFor(const ProjectNode &node) const override;

private:
    std::unique_ptr<Ui::DeviceDialog> m_ui;
};

} // namespace Vigie
