#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class PreferencesDialog;
}

namespace Vigie {

// The user's preferences: the language of the interface ("System (Français)", English,
// Français, Español), which applies at the next start, and the number format (the system's,
// 12,5 for a French user, or C, 12.5), which applies at once. OK saves them (UiPreferences).
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget *parent = nullptr);
    ~PreferencesDialog() override;

    void accept() override;

private:
    std::unique_ptr<Ui::PreferencesDialog> m_ui;
};

} // namespace Vigie
