// The editing window driven through its dialogs, offscreen, as an engineer builds a small site:
// nodes added from the Edit menu and filled in their dialogs (a wrong scan time refused with its
// reason, then fixed), undone and redone step by step, saved and read back; an issue of the
// Issues dock opening the node's dialog on its field; the bulk edit and the re-plan as one
// undoable command each.

#include "editactions.h"
#include "editor/bulkeditdialog.h"
#include "editor/issuesdock.h"
#include "editor/nodedialog.h"
#include "editor/replandialog.h"
#include "mainwindow.h"
#include "projecteditor.h"

#include "document/projectdocument.h"
#include "model/projectfile.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Vigie;

namespace {

template<typename T> T *child(QWidget *dialog, const char *name)
{
    return dialog->findChild<T *>(QString::fromLatin1(name));
}

// Waits until the dialog's background check of its current content is done.
bool settled(NodeDialog *dialog)
{
    return QTest::qWaitFor([dialog] { return !dialog->isCheckPending(); }, 10000);
}

QStringList names(const Project &p)
{
    QStringList out;
    for (const Connection &c : p.connections) {
        out << c.name;
        for (const Device &d : c.devices) {
            out << d.name;
            for (const Frame &f : d.frames) {
                out << f.name;
                for (const Variable &v : f.variables)
                    out << v.name;
            }
        }
    }
    return out;
}

} // namespace

class tst_EditorDialogs : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QLocale::setDefault(QLocale::c());
        QVERIFY(m_dir.isValid());
    }

    void buildThroughDialogsUndoRedoSaveReload()
    {
        MainWindow window;
        window.show();
        window.newProject();
        EditActions *actions = window.editActions();
        auto *stack = window.findChild<QUndoStack *>();
        QList<Project> states {window.document()->project()};

        // A connection, named and pointed at its PLC in its dialog.
        actions->addConnection->trigger();
        states << window.document()->project();
        NodeDialog *dialog = window.editNodeAt(actions->currentPath());
        QVERIFY(dialog);
        child<QLineEdit>(dialog, "nameEdit")->setText(QStringLiteral("Automate"));
        auto *protocol = child<QComboBox>(dialog, "protocolCombo");
        protocol->setCurrentIndex(protocol->findData(int(Protocol::ModbusTcp)));
        child<QLineEdit>(dialog, "hostEdit")->setText(QStringLiteral("10.0.0.7"));
        QVERIFY(settled(dialog));
        QVERIFY2(!dialog->hasErrors(), qPrintable(dialog->summary()));
        dialog->accept();
        states << window.document()->project();
        QCOMPARE(states.last().connections[0].name, QStringLiteral("Automate"));
        QCOMPARE(states.last().connections[0].tcp.host, QStringLiteral("10.0.0.7"));

        // A device whose scan time is refused until it is fixed.
        actions->addDevice->trigger();
        states << window.document()->project();
        dialog = window.editNodeAt(actions->currentPath());
        child<QLineEdit>(dialog, "nameEdit")->setText(QStringLiteral("API 1"));
        child<QSpinBox>(dialog, "scanTimeSpin")->setValue(50);
        QVERIFY(settled(dialog));
        QVERIFY(dialog->hasErrors());
        QVERIFY2(dialog->shownAt(QStringLiteral("scanTime")).contains(QStringLiteral("100")),
                 qPrintable(dialog->shownAt(QStringLiteral("scanTime"))));
        dialog->accept(); // refused: still open, nothing changed
        QVERIFY(dialog->isVisible());
        QCOMPARE(window.document()->project(), states.last());
        child<QSpinBox>(dialog, "scanTimeSpin")->setValue(500);
        QVERIFY(settled(dialog));
        QVERIFY(!dialog->hasErrors());
        dialog->accept();
        states << window.document()->project();
        QCOMPARE(states.last().connections[0].devices[0].scanTime, 500);

        // A frame and two variables, from the menu.
        actions->addFrame->trigger();
        states << window.document()->project();
        actions->addVariable->trigger();
        states << window.document()->project();
        dialog = window.editNodeAt(actions->currentPath());
        child<QLineEdit>(dialog, "nameEdit")->setText(QStringLiteral("Niveau"));
        child<QLineEdit>(dialog, "unitEdit")->setText(QStringLiteral("m"));
        QVERIFY(settled(dialog));
        QVERIFY2(!dialog->hasErrors(), qPrintable(dialog->summary()));
        dialog->accept();
        states << window.document()->project();
        QVERIFY(names(states.last()).contains(QStringLiteral("Niveau")));

        // Undo everything, step by step, then redo it.
        for (int i = states.size() - 2; i >= 0; --i) {
            stack->undo();
            QCOMPARE(window.document()->project(), states[i]);
        }
        for (int i = 1; i < states.size(); ++i) {
            stack->redo();
            QCOMPARE(window.document()->project(), states[i]);
        }

        // Saved, and read back the same.
        const QString file = m_dir.filePath(QStringLiteral("site.vigie.json"));
        window.questions().saveFileName = [file](const QString &) { return file; };
        QVERIFY(window.saveAs());
        QVERIFY(!window.document()->isModified());
        QCOMPARE(ProjectFile::load(file).project, states.last());
    }

    void issueOpensItsNodeOnItsField()
    {
        MainWindow window;
        window.show();
        window.newProject();
        EditActions *actions = window.editActions();
        actions->addConnection->trigger();
        actions->addDevice->trigger();
        const NodePath device = actions->currentPath();
        Device slow = *window.document()->device(device);
        slow.scanTime = 20; // an error the validator names at scanTime
        QVERIFY(window.editor()->setFields(device, slow));
        window.document()->validateNow();
        IssuesDock *dock = window.issuesDock();
        QSignalSpy activated(dock, &IssuesDock::activated);
        // The dock's rows in their order: the one about the scan time.
        bool found = false;
        for (int row = 0; !found && row < window.document()->issues().size(); ++row) {
            dock->activateRow(row);
            found = !activated.isEmpty()
                && activated.last().last().toString() == QLatin1String("scanTime");
        }
        QVERIFY(found);
        QCOMPARE(activated.last().first().value<NodePath>(), device);
        // The dialogs opened for the other rows are closed; the last is on the scan time.
        const auto dialogs = window.findChildren<NodeDialog *>();
        for (NodeDialog *d : dialogs) {
            if (d != dialogs.last())
                d->close();
        }
        NodeDialog *dialog = dialogs.last();
        QCOMPARE(dialog->path(), device);
        QTRY_VERIFY(child<QSpinBox>(dialog, "scanTimeSpin")->hasFocus()
                    || dialog->focusWidget() == child<QSpinBox>(dialog, "scanTimeSpin"));
    }

    void bulkEditAndReplanAreOneCommandEach()
    {
        MainWindow window;
        window.newProject();
        EditActions *actions = window.editActions();
        actions->addConnection->trigger();
        actions->addDevice->trigger();
        const NodePath device = actions->currentPath();
        actions->addFrame->trigger();
        const NodePath frame = actions->currentPath();
        for (int i = 0; i < 3; ++i) {
            actions->select({frame});
            actions->addVariable->trigger();
        }
        auto *stack = window.findChild<QUndoStack *>();
        const Project before = window.document()->project();
        const QList<NodePath> variables {frame.child(0), frame.child(1), frame.child(2)};
        BulkEditDialog *bulk = window.bulkEditVariables(variables);
        QVERIFY(bulk);
        bulk->setCheckDelay(0);
        bulk->setField(QStringLiteral("unit"));
        auto *unit = child<QLineEdit>(bulk, "valueTextEdit");
        QVERIFY(unit);
        unit->setText(QStringLiteral("bar"));
        QTRY_VERIFY(!bulk->isCheckPending());
        QCOMPARE(bulk->changeCount(), 3);
        const int index = stack->index();
        bulk->accept();
        QCOMPARE(stack->index(), index + 1);
        for (const NodePath &p : variables)
            QCOMPARE(window.document()->variable(p)->unit, QStringLiteral("bar"));
        stack->undo();
        QCOMPARE(window.document()->project(), before);

        ReplanDialog *replan = window.replanFrames(device);
        QVERIFY(replan);
        QTRY_VERIFY(!replan->isPlanning());
        replan->accept();
        QCOMPARE(stack->index(), index + 1);
        QCOMPARE(window.document()->device(device)->frames.size(), 1);
        stack->undo();
        QCOMPARE(window.document()->project(), before);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(tst_EditorDialogs)
#include "tst_editordialogs.moc"
