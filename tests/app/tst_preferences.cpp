// The preferences on the offscreen platform: the dialog offers the system's language and
// Vigie's, and the number formats with an example; OK saves them in the settings, and the
// number format applies at once to vigieNumberLocale(); the language given to
// loadVigieTranslations() wins over the system's, and English installs nothing.

#include "editor/preferencesdialog.h"
#include "editor/uipreferences.h"
#include "translations.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace Vigie;

class tst_Preferences : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }
    void cleanup()
    {
        QSettings().clear();
        QLocale::setDefault(QLocale::c());
        setVigieNumberFormat(NumberFormat::System);
    }

    void systemNumbersFollowTheLocale()
    {
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
        QCOMPARE(vigieNumberFormat(), NumberFormat::System);
        QCOMPARE(vigieNumberLocale().toString(12.5), "12,5");
        setVigieNumberFormat(NumberFormat::C);
        QCOMPARE(vigieNumberLocale().toString(12.5), "12.5");
    }

    void dialogSavesTheChoices()
    {
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
        PreferencesDialog dialog;
        auto *language = dialog.findChild<QComboBox *>("languageCombo");
        auto *numbers = dialog.findChild<QComboBox *>("numberFormatCombo");
        QVERIFY(language && numbers);
        QVERIFY2(language->itemText(0).startsWith("System"), qPrintable(language->itemText(0)));
        QCOMPARE(language->currentIndex(), 0);
        QCOMPARE(language->count(), 4);
        QCOMPARE(language->itemText(2), "Français");
        QCOMPARE(numbers->itemText(0), "System (1234,5)");
        QCOMPARE(numbers->itemText(1), "C (1234.5)");
        QCOMPARE(numbers->currentIndex(), 0);
        QCOMPARE(dialog.findChild<QLabel *>("languageNote")->text(),
                 "The language applies at the next start of Vigie.");

        language->setCurrentIndex(language->findData("fr"));
        numbers->setCurrentIndex(1);
        dialog.accept();
        QCOMPARE(QSettings().value("ui/language").toString(), "fr");
        QCOMPARE(QSettings().value("ui/numberLocale").toString(), "C");
        QCOMPARE(vigieNumberLocale().toString(12.5), "12.5"); // at once

        // Read back by the next dialog, and by the start of the program.
        PreferencesDialog again;
        QCOMPARE(again.findChild<QComboBox *>("languageCombo")->currentData().toString(), "fr");
        QCOMPARE(again.findChild<QComboBox *>("numberFormatCombo")->currentIndex(), 1);
        setVigieNumberFormat(NumberFormat::System);
        QCOMPARE(UiPreferences::language(), "fr");
        QCOMPARE(UiPreferences::numberFormat(), NumberFormat::C);

        // Back to the system's: the language setting goes, numbers follow the locale again.
        again.findChild<QComboBox *>("languageCombo")->setCurrentIndex(0);
        again.findChild<QComboBox *>("numberFormatCombo")->setCurrentIndex(0);
        again.accept();
        QVERIFY(!QSettings().contains("ui/language"));
        QCOMPARE(QSettings().value("ui/numberLocale").toString(), "system");
        QCOMPARE(vigieNumberLocale().toString(12.5), "12,5");
    }

    void unknownSettingsFallBack()
    {
        QSettings().setValue("ui/language", "tlh");
        QSettings().setValue("ui/numberLocale", "roman");
        QCOMPARE(UiPreferences::language(), QString());
        QCOMPARE(UiPreferences::numberFormat(), NumberFormat::System);
    }

    // Last: translators stay installed for the rest of the program.
    void chosenLanguageWinsOverTheSystems()
    {
        const QString source = "Severity";
        const auto translated = [&] {
            return QCoreApplication::translate("Vigie::ProblemsModel", "Severity");
        };
        QCOMPARE(QLocale::system().language(), QLocale::C); // LC_ALL=C for tests
        QVERIFY(!loadVigieTranslations(*qApp, "en"));
        QCOMPARE(translated(), source);
        QVERIFY(loadVigieTranslations(*qApp, "fr"));
        QCOMPARE(translated(), "Gravité");
    }
};

QTEST_MAIN(tst_Preferences)
#include "tst_preferences.moc"
