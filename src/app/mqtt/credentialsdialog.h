#pragma once

#include "secrets/credentials.h"

#include <QDialog>

#include <memory>

namespace Ui {
class CredentialsDialog;
}

namespace Vigie {

// Asks the engineer once for the broker's user name and password when the keychain has none
// for the project's reference; Save stores them in the keychain (never in the project file).
class CredentialsDialog : public QDialog
{
    Q_OBJECT
public:
    CredentialsDialog(const QString &reference, const QString &broker, const QString &why,
                      QWidget *parent = nullptr);
    ~CredentialsDialog() override;

    [[nodiscard]] Credentials credentials() const;

    void accept() override;

private:
    std::unique_ptr<Ui::CredentialsDialog> m_ui;
};

} // namespace Vigie
