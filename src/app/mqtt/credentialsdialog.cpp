#include "credentialsdialog.h"

#include "ui_credentialsdialog.h"

#include <QPushButton>

namespace Vigie {

CredentialsDialog::CredentialsDialog(const QString &reference, const QString &broker,
                                     const QString &why, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CredentialsDialog>())
{
    m_ui->setupUi(this);
    m_ui->explanationLabel->setText(
        tr("The broker %1 needs a user name and password, kept in this computer's keychain "
           "under \"%2\" (the project file holds only that name).\n%3")
            .arg(broker, reference, why));
    m_ui->errorLabel->hide();
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &CredentialsDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->userEdit->setFocus();
}

CredentialsDialog::~CredentialsDialog() = default;

Credentials CredentialsDialog::credentials() const
{
    return {m_ui->userEdit->text(), m_ui->passwordEdit->text()};
}

void CredentialsDialog::accept()
{
    // A password is needed; a user name is not (a token alone is a password).
    if (m_ui->passwordEdit->text().isEmpty()) {
        m_ui->errorLabel->setText(tr("Password: is empty; the broker needs one."));
        m_ui->errorLabel->show();
        m_ui->passwordEdit->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace Vigie
