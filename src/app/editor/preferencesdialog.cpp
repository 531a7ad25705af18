#include "preferencesdialog.h"

#include "numbertext.h"
#include "uipreferences.h"

#include "ui_preferencesdialog.h"

#include <algorithm>

namespace Vigie {

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PreferencesDialog>())
{
    m_ui->setupUi(this);

    QString systemLanguage = QLocale::system().nativeLanguageName();
    if (!systemLanguage.isEmpty())
        systemLanguage[0] = systemLanguage[0].toUpper(); // "français" → "Français"
    m_ui->languageCombo->addItem(
        systemLanguage.isEmpty() ? tr("System") : tr("System (%1)").arg(systemLanguage), QString());
    for (const UiPreferences::Language &language : UiPreferences::languages())
        m_ui->languageCombo->addItem(language.name, language.code);
    m_ui->languageCombo->setCurrentIndex(
        std::max(0, m_ui->languageCombo->findData(UiPreferences::language())));

    // Each choice shows what it does to a value.
    m_ui->numberFormatCombo->addItem(tr("System (%1)").arg(NumberText::format(QLocale(), 1234.5)),
                                     int(NumberFormat::System));
    m_ui->numberFormatCombo->addItem(tr("C (%1)").arg(NumberText::format(QLocale::c(), 1234.5)),
                                     int(NumberFormat::C));
    m_ui->numberFormatCombo->setCurrentIndex(
        m_ui->numberFormatCombo->findData(int(UiPreferences::numberFormat())));

    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

PreferencesDialog::~PreferencesDialog() = default;

void PreferencesDialog::accept()
{
    UiPreferences::setLanguage(m_ui->languageCombo->currentData().toString());
    UiPreferences::setNumberFormat(NumberFormat(m_ui->numberFormatCombo->currentData().toInt()));
    QDialog::accept();
}

} // namespace Vigie
