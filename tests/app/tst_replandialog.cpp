// The re-plan preview on the offscreen platform: frames before and after side by side, the
// request counts, the variables left out with their reason and the consent their removal
// needs, and a new plan when the options change.

#include "editor/replandialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTest>

using namespace Vigie;

class tst_ReplanDialog : public QObject
{
    Q_OBJECT

private:
    static Frame frame(const QString &name, int start, int quantity, const Variable &v)
    {
        Frame f;
        f.name = name;
        f.type = FrameType::HoldingRegister;
        f.startAddress = start;
        f.quantity = quantity;
        f.variables = {v};
        return f;
    }
    static Variable variable(const QString &name, DataType type = DataType::UInt16)
    {
        Variable v;
        v.name = name;
        v.dataType = type;
        return v;
    }
    // Two variables 20 registers apart, and a Float32 at the last address, which cannot be.
    static Device device()
    {
        Device d;
        d.name = "PLC";
        d.frames = {frame("a", 0, 2, variable("v0")), frame("b", 20, 1, variable("v20")),
                    frame("end", 65535, 1, variable("past", DataType::Float32))};
        return d;
    }
    static bool settle(ReplanDialog &dialog)
    {
        if (!dialog.isPlanning())
            return true;
        QSignalSpy planned(&dialog, &ReplanDialog::planned);
        return planned.wait(5000);
    }
    static QStringList column(const QStandardItemModel *model, int column)
    {
        QStringList texts;
        for (int row = 0; row < model->rowCount(); ++row)
            texts << model->index(row, column).data().toString();
        return texts;
    }
    static QPushButton *ok(ReplanDialog &dialog)
    {
        return dialog.findChild<QDialogButtonBox *>("buttons")->button(QDialogButtonBox::Ok);
    }

private Q_SLOTS:
    void previewsBeforeAndAfter()
    {
        ReplanDialog dialog(device());
        QVERIFY(settle(dialog));
        QCOMPARE(column(dialog.beforeModel(), ReplanDialog::Name), QStringList({"a", "b", "end"}));
        QCOMPARE(column(dialog.beforeModel(), ReplanDialog::Start),
                 QStringList({"0", "20", "65535"}));
        QCOMPARE(column(dialog.afterModel(), ReplanDialog::Name),
                 QStringList({"HoldingRegister 0–0", "HoldingRegister 20–20"}));
        QCOMPARE(column(dialog.afterModel(), ReplanDialog::Table),
                 QStringList({"HoldingRegister", "HoldingRegister"}));
        QCOMPARE(column(dialog.afterModel(), ReplanDialog::Variables), QStringList({"1", "1"}));
        QCOMPARE(dialog.findChild<QLabel *>("requestsLabel")->text(),
                 "Read requests per cycle: 3 now, 2 re-planned.");

        QCOMPARE(dialog.leftOutModel()->rowCount(), 1);
        QCOMPARE(dialog.leftOutModel()->index(0, ReplanDialog::Variable).data().toString(), "past");
        QCOMPARE(dialog.leftOutModel()->index(0, ReplanDialog::OldFrame).data().toString(), "end");
        const QString reason =
            dialog.leftOutModel()->index(0, ReplanDialog::Reason).data().toString();
        QVERIFY2(reason.contains("runs past the last address"), qPrintable(reason));
        QCOMPARE(dialog.replan().leftOut.size(), 1);
    }

    void leavingVariablesOutNeedsConsent()
    {
        ReplanDialog dialog(device());
        QVERIFY(settle(dialog));
        dialog.show();
        QVERIFY(!ok(dialog)->isEnabled());
        dialog.accept();
        QVERIFY(dialog.isVisible());
        auto *consent = dialog.findChild<QCheckBox *>("removeLeftOutCheck");
        QCOMPARE(consent->text(), "&Remove the 1 variable(s) left out from the device");
        consent->setChecked(true);
        QVERIFY(ok(dialog)->isEnabled());
        QTest::mouseClick(ok(dialog), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.replan().device.frames.size(), 2);
        QCOMPARE(dialog.replan().device.name, "PLC");
    }

    void optionsPlanAgain()
    {
        Device d = device();
        d.frames.removeLast(); // nothing left out: OK needs no consent
        ReplanDialog dialog(d);
        QVERIFY(settle(dialog));
        QVERIFY(dialog.findChild<QWidget *>("leftOutGroup")->isHidden());
        QVERIFY(ok(dialog)->isEnabled());
        dialog.findChild<QSpinBox *>("maxGapSpin")->setValue(20);
        QVERIFY(dialog.isPlanning());
        QVERIFY(settle(dialog));
        QCOMPARE(dialog.options().maxGap, 20);
        QCOMPARE(column(dialog.afterModel(), ReplanDialog::Name),
                 QStringList({"HoldingRegister 0–20"}));
        QCOMPARE(column(dialog.afterModel(), ReplanDialog::Quantity), QStringList({"21"}));
        QCOMPARE(dialog.findChild<QLabel *>("requestsLabel")->text(),
                 "Read requests per cycle: 2 now, 1 re-planned.");
        QCOMPARE(dialog.replan().device.frames.size(), 1);
    }
};

QTEST_MAIN(tst_ReplanDialog)
#include "tst_replandialog.moc"
