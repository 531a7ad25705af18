// The bulk edit dialog on the offscreen platform: the editor suits the field, the count of
// variables the value changes, the errors it would bring listed with the variables' names and
// blocking OK, numbers in the user's locale, and the edit handed to the caller's callback.

#include "editor/bulkeditdialog.h"
#include "editortestdata.h"
#include "translations.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTest>

using namespace Vigie;

class tst_BulkEdit : public QObject
{
    Q_OBJECT

private:
    // The test project with a third variable, already in bar.
    static Project project()
    {
        Project p = EditorTestData::project();
        Variable pressure;
        pressure.name = "Pressure";
        pressure.unit = "bar";
        pressure.offset = 2;
        p.connections[0].devices[0].frames[0].variables.append(pressure);
        return p;
    }
    const QList<NodePath> m_all = {{0, 0, 0, 0}, {0, 0, 0, 1}, {0, 0, 0, 2}};

    static bool settle(BulkEditDialog &dialog)
    {
        if (!dialog.isCheckPending())
            return true;
        QSignalSpy checked(&dialog, &BulkEditDialog::checked);
        return checked.wait(5000);
    }
    template<typename T> static T *child(QWidget &dialog, const char *name)
    {
        auto *widget = dialog.findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("no %s", name);
        return widget;
    }
    static QString count(BulkEditDialog &dialog)
    {
        return child<QLabel>(dialog, "countLabel")->text();
    }
    static bool okEnabled(BulkEditDialog &dialog)
    {
        return child<QDialogButtonBox>(dialog, "buttons")
            ->button(QDialogButtonBox::Ok)
            ->isEnabled();
    }

private Q_SLOTS:
    void cleanup() { QLocale::setDefault(QLocale::c()); }

    void countsTheVariablesThatChange()
    {
        BulkEditDialog dialog(project(), m_all);
        dialog.setField("unit");
        QCOMPARE(child<QLineEdit>(dialog, "valueTextEdit")->text(), "m"); // the first one's
        QCOMPARE(dialog.changeCount(), 2);
        QCOMPARE(count(dialog), "2 of 3 variable(s) will change.");
        child<QLineEdit>(dialog, "valueTextEdit")->setText("bar");
        QCOMPARE(count(dialog), "2 of 3 variable(s) will change.");
        child<QLineEdit>(dialog, "valueTextEdit")->setText("m3/h");
        QCOMPARE(dialog.changeCount(), 2);

        BulkEditDialog flow(project(), {{0, 0, 0, 1}});
        flow.setField("unit");
        QCOMPARE(count(flow), "None of the 1 variable(s) will change.");
        QVERIFY(settle(flow));
        QVERIFY(!okEnabled(flow)); // nothing to do
    }

    void editorSuitsTheField()
    {
        BulkEditDialog dialog(project(), m_all);
        auto *stack = child<QStackedWidget>(dialog, "valueStack");
        auto *clear = child<QCheckBox>(dialog, "clearCheck");
        dialog.setField("byteOrder");
        QCOMPARE(stack->currentWidget()->objectName(), "choicePage");
        QCOMPARE(child<QComboBox>(dialog, "valueChoiceCombo")->count(), 4);
        QVERIFY(clear->isHidden());
        dialog.setField("writable");
        QCOMPARE(stack->currentWidget()->objectName(), "flagPage");
        dialog.setField("decimals");
        QCOMPARE(stack->currentWidget()->objectName(), "integerPage");
        QVERIFY(!clear->isHidden());
        QVERIFY(clear->isChecked()); // the first variable has no decimals
        dialog.setField("max");
        QCOMPARE(stack->currentWidget()->objectName(), "numberPage");
        QVERIFY(clear->isChecked());
        QCOMPARE(dialog.changeCount(), 0);
        clear->setChecked(false);
        child<QLineEdit>(dialog, "valueNumberEdit")->setText("100");
        QCOMPARE(dialog.changeCount(), 3);
        QCOMPARE(dialog.edit().fieldKey, "max");
        QCOMPARE(dialog.edit().value, QVariant(100.0));
    }

    void errorsNamedByVariableAndBlocking()
    {
        BulkEditDialog dialog(project(), m_all);
        dialog.setField("scale");
        child<QLineEdit>(dialog, "valueNumberEdit")->setText("0");
        QVERIFY(settle(dialog));
        QCOMPARE(dialog.newIssues().size(), 3);
        auto *list = child<QListWidget>(dialog, "issueList");
        QVERIFY(list->isVisibleTo(&dialog));
        QCOMPARE(list->item(0)->text(), "Level: scale: must be a non-zero number");
        QCOMPARE(list->item(2)->text(), "Pressure: scale: must be a non-zero number");
        QVERIFY(dialog.hasErrors());
        QVERIFY(!okEnabled(dialog));
        dialog.show();
        dialog.accept();
        QVERIFY(dialog.isVisible());

        child<QLineEdit>(dialog, "valueNumberEdit")->setText("0.1");
        QVERIFY(settle(dialog));
        QVERIFY(dialog.newIssues().isEmpty());
        QVERIFY(list->isHidden());
        QVERIFY(okEnabled(dialog));
    }

    void warningsDoNotBlock()
    {
        // A String needs its length: a type change the validator refuses on every variable.
        BulkEditDialog dialog(project(), m_all);
        dialog.setField("dataType");
        child<QComboBox>(dialog, "valueChoiceCombo")->setCurrentText("String");
        QVERIFY(settle(dialog));
        QCOMPARE(dialog.newIssues().size(), 3);
        QVERIFY(dialog.hasErrors());
        // A Float32 takes two registers: the variables now overlap, which is only a warning.
        child<QComboBox>(dialog, "valueChoiceCombo")->setCurrentText("Float32");
        QVERIFY(settle(dialog));
        QCOMPARE(dialog.newIssues().size(), 2);
        QVERIFY(!dialog.newIssues()[0].isError());
        QCOMPARE(child<QListWidget>(dialog, "issueList")->item(0)->text(),
                 "Flow: offset: overlaps \"Level\" in the same frame");
        QVERIFY(!dialog.hasErrors());
        QVERIFY(okEnabled(dialog));
    }

    void numbersInTheUsersLocaleAndTheCallback()
    {
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
        BulkEditDialog dialog(project(), m_all);
        dialog.setField("deadband");
        auto *value = child<QLineEdit>(dialog, "valueNumberEdit");
        QCOMPARE(value->text(), "0");
        value->setText("0.5");
        QCOMPARE(child<QLabel>(dialog, "valueProblemLabel")->text(),
                 "Deadband: \"0.5\" is not a number (write it like 1234,5)");
        QVERIFY(dialog.hasErrors());
        value->setText("0,5");
        QVERIFY(child<QLabel>(dialog, "valueProblemLabel")->isHidden());
        QCOMPARE(dialog.changeCount(), 3);

        QList<BulkEdit> applied;
        dialog.setApply([&applied](const BulkEdit &edit) { applied.append(edit); });
        dialog.show();
        dialog.accept(); // the check is still under way: decided when it comes back
        QVERIFY(settle(dialog));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(applied.size(), 1);
        QCOMPARE(applied[0].fieldKey, "deadband");
        QCOMPARE(applied[0].value, QVariant(0.5));
    }
};

QTEST_MAIN(tst_BulkEdit)
#include "tst_bulkedit.moc"
