// The node dialogs on the offscreen platform: a bad value shows the core rule's message under
// its field and in its tooltip, and OK is refused until it is fixed; the node returned is
// what was typed; numbers are typed in the user's locale; a name clash is said at the name
// whichever node comes first; a new node is checked at the place it will take; warnings and
// what an edit does elsewhere are shown without blocking; focusField() finds fields by the
// issue's key; editNode() runs the dialog modally.

#include "editor/nodedialogs.h"
#include "editortestdata.h"
#include "projectcheck.h"
#include "translations.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QTimer>

using namespace Vigie;

class tst_NodeDialogs : public QObject
{
    Q_OBJECT

private:
    const Project m_project = EditorTestData::project();
    const NodePath m_device {0, 0};
    const NodePath m_level {0, 0, 0, 0};

    // Waits for the check of what the dialog shows, if one is under way.
    static bool settle(NodeDialog &dialog)
    {
        if (!dialog.isCheckPending())
            return true;
        QSignalSpy checked(&dialog, &NodeDialog::checked);
        return checked.wait(5000);
    }
    template<typename T> static T *child(QWidget &dialog, const char *name)
    {
        auto *widget = dialog.findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("no %s", name);
        return widget;
    }
    static QPushButton *okButton(QWidget &dialog)
    {
        return child<QDialogButtonBox>(dialog, "buttons")->button(QDialogButtonBox::Ok);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        QCOMPARE(checkProject(m_project), ProjectIssues());
    }
    void cleanup() { QLocale::setDefault(QLocale::c()); }

    void scanTimeTooShortRefusedThenAccepted()
    {
        DeviceDialog dialog;
        dialog.setNode(m_project, m_device, m_project.connections[0].devices[0]);
        QCOMPARE(dialog.windowTitle(), "Device \"PLC\"");
        QVERIFY(settle(dialog));
        QVERIFY(dialog.lastCheck().own.isEmpty());
        QVERIFY(okButton(dialog)->isEnabled());

        auto *scan = child<QSpinBox>(dialog, "scanTimeSpin");
        const QString help = scan->toolTip();
        scan->setValue(50);
        QVERIFY(settle(dialog));
        const QString rule = "50 ms is below 100 ms, the fastest scan Vigie allows";
        QCOMPARE(dialog.shownAt("scanTime"), rule);
        auto *label = child<QLabel>(dialog, "scanTimeIssue");
        QCOMPARE(label->text(), rule);
        QVERIFY(label->isVisibleTo(&dialog));
        QCOMPARE(scan->toolTip(), "Scan time: " + rule);
        QCOMPARE(scan->property("vigieIssue").toByteArray(), "error");
        QVERIFY(!okButton(dialog)->isEnabled());

        dialog.show();
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(dialog.focusWidget(), scan);

        scan->selectAll();
        QTest::keyClicks(scan, "250");
        QCOMPARE(scan->value(), 250);
        QVERIFY(settle(dialog));
        QCOMPARE(dialog.shownAt("scanTime"), QString());
        QVERIFY(!label->isVisibleTo(&dialog));
        QCOMPARE(scan->toolTip(), help);
        QCOMPARE(scan->property("vigieIssue").toByteArray(), "");
        QVERIFY(okButton(dialog)->isEnabled());

        QTest::keyClicks(child<QLineEdit>(dialog, "descriptionEdit"), "Pump house");
        child<QComboBox>(dialog, "scanTypeCombo")->setCurrentIndex(1);
        QVERIFY(settle(dialog));
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        Device expected = m_project.connections[0].devices[0];
        expected.scanTime = 250;
        expected.description = "Pump house";
        expected.scanType = ScanType::FixedDelay;
        QVERIFY(std::get<Device>(dialog.node()) == expected); // its frames with it
    }

    void okPressedDuringTheCheckWaitsForIt()
    {
        DeviceDialog dialog;
        dialog.setNode(m_project, m_device, m_project.connections[0].devices[0]);
        QVERIFY(settle(dialog));
        dialog.show();
        auto *scan = child<QSpinBox>(dialog, "scanTimeSpin");
        scan->setValue(50);
        QVERIFY(dialog.isCheckPending());
        dialog.accept(); // before the check of 50 came back: decided by it
        QVERIFY(dialog.isVisible());
        QVERIFY(settle(dialog));
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.focusWidget(), scan);

        scan->setValue(100);
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QVERIFY(settle(dialog));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(std::get<Device>(dialog.node()).scanTime, 100);
    }

    void numbersInTheUsersLocale()
    {
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
        QCOMPARE(vigieNumberLocale().toString(12.5), "12,5");
        Project project = m_project;
        Variable &level = project.connections[0].devices[0].frames[0].variables[0];
        level.scale = 0.5;
        level.max = 1500.25;

        VariableDialog dialog;
        dialog.setNode(project, m_level, level);
        auto *scale = child<QLineEdit>(dialog, "scaleEdit");
        QCOMPARE(scale->text(), "0,5");
        QCOMPARE(child<QLineEdit>(dialog, "maxEdit")->text(), "1500,25");
        QVERIFY(!child<QLineEdit>(dialog, "minEdit")->isEnabled());

        scale->clear();
        QTest::keyClicks(scale, "12,5");
        QCOMPARE(std::get<Variable>(dialog.node()).scale, 12.5);
        QVERIFY(settle(dialog));
        QVERIFY(!dialog.hasErrors());

        // A C-locale number is not one here: said at the field, and the value stays.
        scale->setText("12.5");
        QVERIFY(settle(dialog));
        QCOMPARE(dialog.shownAt("scale"), "\"12.5\" is not a number (write it like 1234,5)");
        QVERIFY(dialog.hasErrors());
        QVERIFY(!okButton(dialog)->isEnabled());
        QCOMPARE(std::get<Variable>(dialog.node()).scale, 0.5);

        // An optional limit: checked, typed, read.
        child<QCheckBox>(dialog, "minCheck")->setChecked(true);
        QVERIFY(child<QLineEdit>(dialog, "minEdit")->isEnabled());
        child<QLineEdit>(dialog, "minEdit")->setText("-3,75");
        scale->setText("2");
        QVERIFY(settle(dialog));
        QVERIFY(!dialog.hasErrors());
        const Variable typed = std::get<Variable>(dialog.node());
        QCOMPARE(typed.min, -3.75);
        QCOMPARE(typed.max, 1500.25);
        QCOMPARE(typed.scale, 2.0);
    }

    void protocolChoosesTheLinkSettings()
    {
        const Connection &line = m_project.connections[0];
        ConnectionDialog dialog;
        dialog.setNode(m_project, {0}, line);
        auto *tcp = child<QGroupBox>(dialog, "tcpGroup");
        auto *serial = child<QGroupBox>(dialog, "serialGroup");
        QVERIFY(!tcp->isEnabled());
        QVERIFY(!serial->isEnabled());

        auto *protocol = child<QComboBox>(dialog, "protocolCombo");
        protocol->setCurrentIndex(protocol->findData(int(Protocol::ModbusTcp)));
        QVERIFY(tcp->isEnabled());
        QVERIFY(!serial->isEnabled());
        child<QSpinBox>(dialog, "portSpin")->setValue(70000);
        QVERIFY(settle(dialog));
        QCOMPARE(dialog.shownAt("tcp.port"), "70000 is outside 1–65535");
        QCOMPARE(child<QSpinBox>(dialog, "portSpin")->toolTip(),
                 "TCP port: 70000 is outside 1–65535");
        QVERIFY(dialog.hasErrors());

        protocol->setCurrentIndex(protocol->findData(int(Protocol::ModbusRtu)));
        QVERIFY(serial->isEnabled());
        QVERIFY(settle(dialog));
        // The TCP port is no longer used, nor checked; the serial port is empty.
        QCOMPARE(dialog.shownAt("tcp.port"), QString());
        QCOMPARE(dialog.shownAt("serial.port"), "is empty");
        child<QLineEdit>(dialog, "serialPortEdit")->setText("/dev/ttyUSB0");
        QVERIFY(settle(dialog));
        QVERIFY(!dialog.hasErrors());
        const Connection typed = std::get<Connection>(dialog.node());
        QCOMPARE(int(typed.protocol), int(Protocol::ModbusRtu));
        QCOMPARE(typed.serial.port, "/dev/ttyUSB0");
        QCOMPARE(typed.tcp.port, 70000); // kept, as typed, for a switch back
        QCOMPARE(typed.devices, line.devices);
    }

    void nameClashSaidAtTheNameEitherWay()
    {
        // Level comes first: the validator reports the clash at Flow, the dialog at Level.
        VariableDialog first;
        first.setNode(m_project, m_level, m_project.variable(m_level));
        child<QLineEdit>(first, "nameEdit")->setText("Flow");
        QVERIFY(settle(first));
        QCOMPARE(first.shownAt("name"),
                 "\"Flow\" is already the name of "
                 "connections[0].devices[0].frames[0].variables[1]");
        QVERIFY(first.hasErrors());

        // Flow comes second: the validator's own message.
        const NodePath flow {0, 0, 0, 1};
        VariableDialog second;
        second.setNode(m_project, flow, m_project.variable(flow));
        child<QLineEdit>(second, "nameEdit")->setText("Level");
        QVERIFY(settle(second));
        QCOMPARE(second.shownAt("name"),
                 "\"Level\" is already the name of "
                 "connections[0].devices[0].frames[0].variables[0]");

        // A calculated variable's name counts too.
        child<QLineEdit>(second, "nameEdit")->setText("Twice");
        QVERIFY(settle(second));
        QCOMPARE(second.shownAt("name"), "\"Twice\" is already the name of calculated[0]");
    }

    void newNodeCheckedWhereItWillBe()
    {
        // A device inserted before the existing one, with its name.
        Device fresh;
        fresh.name = "PLC";
        DeviceDialog dialog;
        dialog.setNode(m_project, {0, 0}, fresh, NodePlacement::New);
        QCOMPARE(dialog.windowTitle(), "New device");
        QVERIFY(settle(dialog));
        // The clash first, then what it does to the device's system tags.
        QVERIFY2(dialog.shownAt("name").startsWith(
                     "\"PLC\" is already the name of connections[0].devices[1]\n"
                     "the variable \"Line 1/PLC/$online\" has the name of a system tag"),
                 qPrintable(dialog.shownAt("name")));
        QVERIFY(dialog.hasErrors());
        child<QLineEdit>(dialog, "nameEdit")->setText("PLC 2");
        QVERIFY(settle(dialog));
        QVERIFY(!dialog.hasErrors());
        QCOMPARE(std::get<Device>(dialog.node()).name, "PLC 2");

        // A variable appended to the frame, past its last register.
        Variable extra;
        extra.name = "Pressure";
        extra.offset = 10;
        VariableDialog variable;
        variable.setNode(m_project, {0, 0, 0, 2}, extra, NodePlacement::New);
        QVERIFY(settle(variable));
        QCOMPARE(variable.shownAt("offset"),
                 "10 + 1 registers falls outside the frame, which holds 10 registers "
                 "(addresses 0–9)");
        child<QSpinBox>(variable, "offsetSpin")->setValue(9);
        QVERIFY(settle(variable));
        QVERIFY(!variable.hasErrors());
    }

    void warningsAndConsequencesDoNotBlock()
    {
        Project project = m_project;
        project.connections[0].protocol = Protocol::ModbusTcp;
        VariableDialog dialog;
        dialog.setNode(project, m_level, project.variable(m_level));
        child<QGroupBox>(dialog, "simulationGroup")->setChecked(true);
        QVERIFY(settle(dialog));
        QCOMPARE(dialog.shownAt("simulation"),
                 "ignored: the connection is ModbusTcp, not Simulation");
        QCOMPARE(child<QGroupBox>(dialog, "simulationGroup")->property("vigieIssue").toByteArray(),
                 "warning");
        QVERIFY(!dialog.hasErrors());
        QVERIFY(okButton(dialog)->isEnabled());

        // Renaming a tag a formula reads: said at the top, not blocking (the formula may be
        // fixed next).
        child<QGroupBox>(dialog, "simulationGroup")->setChecked(false);
        child<QLineEdit>(dialog, "nameEdit")->setText("Niveau");
        QVERIFY(settle(dialog));
        QVERIFY(dialog.lastCheck().own.isEmpty());
        QCOMPARE(dialog.lastCheck().elsewhere.size(), 1);
        QVERIFY2(dialog.summary().startsWith("This change also affects calculated[0].formula: "),
                 qPrintable(dialog.summary()));
        QVERIFY(child<QLabel>(dialog, "summaryLabel")->isVisibleTo(&dialog));
        QVERIFY(!dialog.hasErrors());
    }

    void fieldsThatDoNotApply()
    {
        Project project = m_project;
        Variable &pump = project.connections[0].devices[0].frames[0].variables[1];
        pump.dataType = DataType::Bool;
        pump.bit = 3;
        pump.onText = "Marche";
        const NodePath path {0, 0, 0, 1};
        VariableDialog dialog;
        dialog.setNode(project, path, pump);
        QVERIFY(child<QLineEdit>(dialog, "onTextEdit")->isEnabled());
        QVERIFY(!child<QSpinBox>(dialog, "lengthSpin")->isEnabled());
        QVERIFY(!child<QLineEdit>(dialog, "scaleEdit")->isEnabled());

        // The user picks Int16 (the next type): the bit and the texts go with Bool.
        auto *type = child<QComboBox>(dialog, "dataTypeCombo");
        QTest::keyClick(type, Qt::Key_Down);
        QCOMPARE(type->currentText(), "Int16");
        QVERIFY(settle(dialog));
        QVERIFY(!dialog.hasErrors());
        const Variable typed = std::get<Variable>(dialog.node());
        QCOMPARE(typed.bit, std::nullopt);
        QCOMPARE(typed.onText, QString());
        QVERIFY(!child<QLineEdit>(dialog, "onTextEdit")->isEnabled());
        QVERIFY(child<QLineEdit>(dialog, "scaleEdit")->isEnabled());

        // Read from a file as it is: the stray text stays editable, with the rule's message.
        pump.dataType = DataType::Int16;
        pump.bit.reset();
        dialog.setNode(project, path, pump);
        QVERIFY(settle(dialog));
        QCOMPARE(dialog.shownAt("onText"), "is only for a Bool, not a Int16");
        QVERIFY(child<QLineEdit>(dialog, "onTextEdit")->isEnabled());
    }

    void focusFieldByIssueKey()
    {
        Variable simulated = m_project.variable(m_level);
        simulated.simulation = SimulationSpec();
        VariableDialog dialog;
        dialog.setNode(m_project, m_level, simulated);
        QVERIFY(dialog.focusField("simulation.period"));
        QCOMPARE(dialog.focusWidget(), child<QSpinBox>(dialog, "periodSpin"));
        QVERIFY(dialog.focusField("deadband"));
        QCOMPARE(dialog.focusWidget(), child<QLineEdit>(dialog, "deadbandEdit"));
        QVERIFY(dialog.focusField("simulation.someday")); // the block holds it
        QCOMPARE(dialog.focusWidget(), child<QGroupBox>(dialog, "simulationGroup"));
        QVERIFY(!dialog.focusField("nonsense"));
        // Unchecked, the block takes the focus for its disabled fields.
        child<QGroupBox>(dialog, "simulationGroup")->setChecked(false);
        QVERIFY(dialog.focusField("simulation.period"));
        QCOMPARE(dialog.focusWidget(), child<QGroupBox>(dialog, "simulationGroup"));
    }

    void editNodeIsModal()
    {
        const Frame &frame = m_project.connections[0].devices[0].frames[0];
        QString refusal;
        bool refusedFirst = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<FrameDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            child<QSpinBox>(*dialog, "quantitySpin")->setValue(20);
            child<QCheckBox>(*dialog, "minutesOffsetCheck")->setChecked(true);
            dialog->accept(); // decided by the check: a period of 1 s is not whole minutes
            if (settle(*dialog)) {
                refusedFirst = dialog->isVisible();
                refusal = dialog->shownAt("minutesOffset");
            }
            child<QCheckBox>(*dialog, "minutesOffsetCheck")->setChecked(false);
            dialog->accept();
            if (!settle(*dialog))
                dialog->reject(); // never leave the modal loop running
        });
        const std::optional<ProjectNode> edited = editNode(nullptr, m_project, {0, 0, 0}, frame);
        QVERIFY(refusedFirst);
        QCOMPARE(refusal,
                 "needs a frame period in whole minutes, but scanTime × scanTimeFactor "
                 "is 1000 ms");
        QVERIFY(edited);
        Frame expected = frame;
        expected.quantity = 20;
        QVERIFY(std::get<Frame>(*edited) == expected);

        QTimer::singleShot(0, this, [] {
            if (QWidget *dialog = QApplication::activeModalWidget())
                qobject_cast<QDialog *>(dialog)->reject();
        });
        QVERIFY(!editNewNode(nullptr, m_project, {0, 0, 1}, ProjectNode(Frame())));
    }
};

QTEST_MAIN(tst_NodeDialogs)
#include "tst_nodedialogs.moc"
