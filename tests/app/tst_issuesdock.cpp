// The Issues dock over a project document on the offscreen platform: the issues live as the
// document validates, greyed while a validation is pending, filtered by severity and text;
// a double-click gives the issue's node and field, current even when the list was stale; the
// status bar's count says how many and is clickable.

#include "document/projectdocument.h"
#include "editor/issuecountlabel.h"
#include "editor/issuesdock.h"
#include "editor/issuesfiltermodel.h"
#include "editor/issuesmodel.h"
#include "editortestdata.h"
#include "isapalette.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

using namespace Vigie;

Q_DECLARE_METATYPE(Vigie::NodePath)

class tst_IssuesDock : public QObject
{
    Q_OBJECT

private:
    // The test project with a device scanned too fast (an error) and a frame that is neither
    // readable nor writable (a warning).
    static Project brokenProject()
    {
        Project p = EditorTestData::project();
        p.connections[0].devices[0].scanTime = 50;
        Frame idle;
        idle.name = "idle";
        idle.isReadable = false;
        p.connections[0].devices[0].frames.append(idle);
        return p;
    }
    static QStringList shownPlaces(IssuesDock &dock)
    {
        QStringList places;
        const QAbstractItemModel *shown = dock.view()->model();
        for (int row = 0; row < shown->rowCount(); ++row)
            places << shown->index(row, IssuesModel::Place).data().toString();
        return places;
    }

private Q_SLOTS:
    void listsTheDocumentsIssuesLive()
    {
        ProjectDocument document;
        document.setValidationDelay(0);
        document.reset(brokenProject());
        IssuesDock dock(&document);
        QCOMPARE(shownPlaces(dock),
                 QStringList({"connections[0].devices[0].scanTime",
                              "connections[0].devices[0].frames[1].isReadable"}));
        const QModelIndex first = dock.model()->index(0, IssuesModel::Message);
        QCOMPARE(first.data().toString(), "50 ms is below 100 ms, the fastest scan Vigie allows");
        QCOMPARE(dock.model()->index(0, IssuesModel::Severity).data().toString(), "Error");
        QCOMPARE(dock.model()->index(1, IssuesModel::Severity).data().toString(), "Warning");
        QVERIFY(!dock.model()->isPending());

        // An edit: the list is greyed until the validation comes back with the new issues.
        Device fixed = *document.device({0, 0});
        fixed.scanTime = 500;
        QSignalSpy pending(dock.model(), &IssuesModel::pendingChanged);
        QVERIFY(document.setNodeFields({0, 0}, fixed));
        QVERIFY(dock.model()->isPending());
        QCOMPARE(pending.size(), 1);
        const QColor grey = QApplication::palette().color(QPalette::Disabled, QPalette::Text);
        QCOMPARE(first.data(Qt::ForegroundRole).value<QBrush>().color(), grey);
        QVERIFY(dock.findChild<QLabel *>("checkingLabel")->isVisibleTo(&dock));

        QSignalSpy changed(&document, &ProjectDocument::issuesChanged);
        QVERIFY(changed.wait(5000));
        QVERIFY(!dock.model()->isPending());
        QVERIFY(!dock.findChild<QLabel *>("checkingLabel")->isVisibleTo(&dock));
        QCOMPARE(shownPlaces(dock),
                 QStringList({"connections[0].devices[0].frames[1].isReadable"}));
        QCOMPARE(dock.model()
                     ->index(0, IssuesModel::Severity)
                     .data(Qt::ForegroundRole)
                     .value<QBrush>()
                     .color(),
                 IsaPalette::caution());
    }

    void filtersBySeverityAndText()
    {
        ProjectDocument document;
        document.reset(brokenProject());
        IssuesDock dock(&document);
        auto *severity = dock.findChild<QComboBox *>("severityFilter");
        auto *text = dock.findChild<QLineEdit *>("textFilter");
        severity->setCurrentIndex(severity->findData(int(IssuesFilterModel::Severities::Errors)));
        QCOMPARE(shownPlaces(dock), QStringList({"connections[0].devices[0].scanTime"}));
        severity->setCurrentIndex(severity->findData(int(IssuesFilterModel::Severities::Warnings)));
        QCOMPARE(shownPlaces(dock),
                 QStringList({"connections[0].devices[0].frames[1].isReadable"}));
        severity->setCurrentIndex(severity->findData(int(IssuesFilterModel::Severities::All)));
        QCOMPARE(shownPlaces(dock).size(), 2);
        text->setText("FASTEST SCAN"); // any case, in the message
        QCOMPARE(shownPlaces(dock), QStringList({"connections[0].devices[0].scanTime"}));
        text->setText("frames[1]"); // in the place
        QCOMPARE(shownPlaces(dock),
                 QStringList({"connections[0].devices[0].frames[1].isReadable"}));
        text->setText("nothing like it");
        QCOMPARE(shownPlaces(dock), QStringList());
    }

    void doubleClickGivesNodeAndField()
    {
        ProjectDocument document;
        document.reset(brokenProject());
        IssuesDock dock(&document);
        dock.resize(800, 300);
        dock.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dock));
        QSignalSpy activated(&dock, &IssuesDock::activated);
        QTreeView *view = dock.view();
        const QModelIndex second = view->model()->index(1, IssuesModel::Message);
        const QPoint centre = view->visualRect(second).center();
        // What a window system sends: press, release, then a press that is a double-click.
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, centre);
        QTest::mousePress(view->viewport(), Qt::LeftButton, {}, centre);
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, centre);
        QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, centre);
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated[0][0].value<NodePath>(), NodePath({0, 0, 1}));
        QCOMPARE(activated[0][1].toString(), "isReadable");
    }

    void staleListIsCheckedBeforeJumping()
    {
        ProjectDocument document;
        document.setValidationDelay(60000); // stale until someone asks
        document.reset(brokenProject());
        IssuesDock dock(&document);
        QSignalSpy activated(&dock, &IssuesDock::activated);
        // The idle frame moves before the other: the list still says frames[1].
        QVERIFY(document.moveNode({0, 0, 1}, {0, 0, 0}));
        QVERIFY(dock.model()->isPending());
        QCOMPARE(shownPlaces(dock)[1], "connections[0].devices[0].frames[1].isReadable");
        dock.activateRow(1);
        QVERIFY(!document.isValidationPending());
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated[0][0].value<NodePath>(), NodePath({0, 0, 0}));
        QCOMPARE(activated[0][1].toString(), "isReadable");
    }

    void countLabel()
    {
        QCOMPARE(IssueCountLabel::summary(0, 0), "No issues");
        QCOMPARE(IssueCountLabel::summary(2, 0), "2 error(s)");
        QCOMPARE(IssueCountLabel::summary(0, 1), "1 warning(s)");
        QCOMPARE(IssueCountLabel::summary(2, 1), "2 error(s), 1 warning(s)");

        ProjectDocument document;
        document.setValidationDelay(0);
        document.reset(brokenProject());
        IssueCountLabel label(&document);
        QCOMPARE(label.text(), "1 error(s), 1 warning(s)");
        QCOMPARE(label.palette().color(QPalette::WindowText), IsaPalette::alarm());

        Device fixed = *document.device({0, 0});
        fixed.scanTime = 500;
        QVERIFY(document.setNodeFields({0, 0}, fixed));
        QSignalSpy changed(&document, &ProjectDocument::issuesChanged);
        QVERIFY(changed.wait(5000));
        QCOMPARE(label.text(), "1 warning(s)");
        QVERIFY(label.palette().color(QPalette::WindowText) != IsaPalette::alarm());

        QSignalSpy clicked(&label, &IssueCountLabel::clicked);
        label.resize(label.sizeHint());
        QTest::mouseClick(&label, Qt::LeftButton);
        QCOMPARE(clicked.size(), 1);
        QTest::keyClick(&label, Qt::Key_Space);
        QCOMPARE(clicked.size(), 2);
    }
};

QTEST_MAIN(tst_IssuesDock)
#include "tst_issuesdock.moc"
