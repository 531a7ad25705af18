#pragma once

#include "nodedialog.h"

#include <memory>

namespace Ui {
class ConnectionDialog;
}

namespace Vigie {

// A connection's own fields: name, description, protocol, the TCP endpoint or the serial
// line (the group the protocol uses is enabled, the other keeps its values), timeout and
// retries. Its devices are edited by their own dialogs.
class ConnectionDialog : public NodeDialog
{
    Q_OBJECT
public:
    explicit ConnectionDialog(QWidget *parent = nullptr);
    ~ConnectionDialog() override;

protected:
    void writeForm(const ProjectNode &node) override;
    void readForm(ProjectNode &node) const override;
    void updateEnabled() override;
    [[nodiscard]] QString titleFor(const ProjectNode &node) const override;

private:
    std::unique_ptr<Ui::ConnectionDialog> m_ui;
};

} // namespace Vigie
