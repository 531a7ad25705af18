// The import preview, offscreen: a French CSV as Excel writes it (Windows-1252, ';', decimal
// comma) is read on a worker, previewed with its planned frames and problems by row, refused
// while it has an error, remembered column choices come back for a sheet laid out alike.
#include "document/projectdocument.h"
#include "editor/importdialog.h"
#include "editor/importissuemodel.h"
#include "exchange/exchangefiles.h"
#include "mainwindow.h"

#include <QUndoStack>

#include <QDialogButtonBox>
#include <QFile>
#include <QListView>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Vigie;

namespace {

QByteArray cp1252(const QString &text)
{
    QByteArray out;
    for (const QChar c : text) {
        switch (c.unicode()) {
        case 0x20AC: out.append(char(0x80)); break; // €
        default: out.append(char(c.unicode() <= 0xFF ? c.unicode() : '?'));
        }
    }
    return out;
}

} // namespace

class tst_ImportDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(content);
        return path;
    }
    static bool waitForPreview(ImportDialog &dialog)
    {
        QSignalSpy ready(&dialog, &ImportDialog::previewReady);
        return dialog.isPreviewReady() || ready.wait(10000);
    }
    static QPushButton *okButton(ImportDialog &dialog)
    {
        return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
    }

    void frenchCsvIsPreviewedThenAccepted()
    {
        const QString file =
            write(QStringLiteral("points.csv"),
                  cp1252(QStringLiteral(
                      "Repère;Désignation;Adresse;Type;Unité;Échelle;Lecture/Écriture\r\n"
                      "Niveau;Niveau bassin (m);40001;REAL;m;0,1;L\r\n"
                      "Débit;\"Débit; entrée\";40003;INT;m³/h;1;L/E\r\n"
                      "Marche pompe;;00001;BOOL;;;RW\r\n")));
        ImportDialog dialog(Project {}, file);
        dialog.show();
        QVERIFY(waitForPreview(dialog));
        // No connection named anywhere: one error, nothing can be imported yet.
        QVERIFY(dialog.report().hasErrors());
        QVERIFY(!okButton(dialog)->isEnabled());
        dialog.setDefaultConnection(QStringLiteral("Automate"), QStringLiteral("API 1"));
        QVERIFY(waitForPreview(dialog));
        QVERIFY(!dialog.report().hasErrors());
        QVERIFY(okButton(dialog)->isEnabled());
        QCOMPARE(dialog.report().variablesAdded, 3);
        QCOMPARE(dialog.report().framesPlanned, 2);
        const Project &result = dialog.report().result;
        const Variable &flow = result.connections[0].devices[0].frames[1].variables[1];
        QCOMPARE(flow.name, QStringLiteral("Débit"));
        QCOMPARE(flow.description, QStringLiteral("Débit; entrée"));
        QCOMPARE(flow.unit, QStringLiteral("m³/h"));
        QCOMPARE(result.connections[0].devices[0].frames[1].variables[0].scale, 0.1);
        auto *frames = dialog.findChild<QListView *>(QStringLiteral("framesView"));
        QCOMPARE(frames->model()->rowCount(), 2);
        okButton(dialog)->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void rowErrorsAreListedAndBlock()
    {
        const QString file = write(QStringLiteral("bad.csv"),
                                   "Tag,Address,Scale\n"
                                   "A,40001,1\n"
                                   "B,40002,abc\n"
                                   "A,40003,1\n");
        ImportDialog dialog(Project {}, file);
        QVERIFY(waitForPreview(dialog));
        dialog.setDefaultConnection(QStringLiteral("C"), QStringLiteral("D"));
        QVERIFY(waitForPreview(dialog));
        QCOMPARE(dialog.report().errorCount(), 2);
        auto *issues = dialog.findChild<QTableView *>(QStringLiteral("issuesView"));
        QAbstractItemModel *model = issues->model();
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(model->index(0, ImportIssueModel::Row).data().toInt(), 3);
        QCOMPARE(model->index(0, ImportIssueModel::ColumnName).data().toString(),
                 QStringLiteral("Scale"));
        QCOMPARE(model->index(1, ImportIssueModel::Row).data().toInt(), 4);
        QVERIFY(!okButton(dialog)->isEnabled());
        dialog.accept(); // refused
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }

    void unreadableFileSaysWhy()
    {
        const QString file = write(QStringLiteral("broken.xlsx"), "PK\x03\x04 not really a zip");
        ImportDialog dialog(Project {}, file);
        QVERIFY(waitForPreview(dialog));
        QVERIFY(!dialog.readError().isEmpty());
        QVERIFY2(dialog.readError().contains(QStringLiteral("broken.xlsx")),
                 qPrintable(dialog.readError()));
        QVERIFY(!okButton(dialog)->isEnabled());
    }

    void columnChoiceIsRememberedForTheSameHeaders()
    {
        const QByteArray csv = "Tag,Addr,Col X\nA,40001,2.5\n";
        {
            ImportDialog dialog(Project {}, write(QStringLiteral("one.csv"), csv));
            QVERIFY(waitForPreview(dialog));
            dialog.mapColumn(QStringLiteral("Col X"), QStringLiteral("scale"));
            dialog.setDefaultConnection(QStringLiteral("C"), QStringLiteral("D"));
            QVERIFY(waitForPreview(dialog));
            QVERIFY2(!dialog.report().hasErrors(),
                     qPrintable(dialog.report().issues.value(0).toString()));
            QCOMPARE(dialog.report().result.connections[0].devices[0].frames[0].variables[0].scale,
                     2.5);
            dialog.accept();
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        ImportDialog again(Project {},
                           write(QStringLiteral("two.csv"), "Tag,Addr,Col X\nB,40010,4\n"));
        QVERIFY(waitForPreview(again));
        again.setDefaultConnection(QStringLiteral("C"), QStringLiteral("D"));
        QVERIFY(waitForPreview(again));
        QVERIFY2(!again.report().hasErrors(),
                 qPrintable(again.report().issues.value(0).toString()));
        QCOMPARE(again.report().result.connections[0].devices[0].frames[0].variables[0].scale, 4.0);
    }

    // In the window: the import is one undoable command on the edited project; the export
    // writes a workbook that reads back as the same tree.
    void windowAppliesTheImportAsOneCommandAndExports()
    {
        MainWindow window;
        window.newProject();
        const QString file = write(QStringLiteral("window.csv"),
                                   "Tag;Adresse;Équipement;Liaison\n"
                                   "T1;40001;API;Automate\n"
                                   "T2;40002;API;Automate\n");
        ImportDialog *dialog = window.importSpreadsheet(file);
        QVERIFY(dialog);
        QVERIFY(waitForPreview(*dialog));
        QVERIFY2(!dialog->report().hasErrors(),
                 qPrintable(dialog->report().issues.value(0).toString()));
        dialog->accept();
        const Project &p = window.document()->project();
        QCOMPARE(p.variablePaths().size(), 2);
        QVERIFY(window.document()->isModified());
        auto *stack = window.findChild<QUndoStack *>();
        QVERIFY(stack);
        QCOMPARE(stack->undoText(), QStringLiteral("Import window.csv"));
        stack->undo();
        QCOMPARE(window.document()->project().connections.size(), 0);
        stack->redo();
        QCOMPARE(window.document()->project().variablePaths().size(), 2);

        const QString xlsx = m_dir.filePath(QStringLiteral("window.xlsx"));
        QSignalSpy exported(&window, &MainWindow::exported);
        window.exportSpreadsheet(xlsx);
        QVERIFY(exported.wait(10000));
        QVERIFY2(exported.first().first().toBool(), qPrintable(exported.first().last().toString()));
        QString error;
        const auto book = readSpreadsheet(xlsx, &error);
        QVERIFY2(book, qPrintable(error));
        QVERIFY(book->sheet(QStringLiteral("Variables")));
    }
};

QTEST_MAIN(tst_ImportDialog)
#include "tst_importdialog.moc"
