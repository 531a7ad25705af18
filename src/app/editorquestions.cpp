#include "editorquestions.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>

namespace Vigie {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::MainWindow)
};
} // namespace

EditorQuestions messageBoxQuestions(QWidget *parent)
{
    EditorQuestions q;
    q.unsavedChanges = [parent](const QString &name) {
        const auto answer = QMessageBox::warning(
            parent, Tr::tr("Unsaved changes"),
            Tr::tr("%1 has unsaved changes. Save them?").arg(name),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        return answer == QMessageBox::Save   ? UnsavedAnswer::Save
            : answer == QMessageBox::Discard ? UnsavedAnswer::Discard
                                             : UnsavedAnswer::Cancel;
    };
    q.recoverAutosave = [parent](const QString &autosave) {
        return QMessageBox::question(
                   parent, Tr::tr("Recover unsaved changes"),
                   Tr::tr("Vigie kept unsaved changes of this project in %1, newer than the file. "
                          "Recover them?")
                       .arg(QDir::toNativeSeparators(autosave)))
            == QMessageBox::Yes;
    };
    q.revert = [parent] {
        return QMessageBox::question(parent, Tr::tr("Revert"),
                                     Tr::tr("Drop every unsaved change and read the file again?"))
            == QMessageBox::Yes;
    };
    q.updateUsages = [parent](const QString &oldName, const QString &newName,
                              const QStringList &usages) -> std::optional<bool> {
        QMessageBox box(QMessageBox::Question, Tr::tr("Rename %1").arg(oldName),
                        Tr::tr("\"%1\" is used in %n place(s). Update them to \"%2\"?", nullptr,
                               int(usages.size()))
                            .arg(oldName, newName),
                        QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, parent);
        box.setDetailedText(usages.join(QLatin1Char('\n')));
        const int answer = box.exec();
        if (answer == QMessageBox::Cancel)
            return std::nullopt;
        return answer == QMessageBox::Yes;
    };
    q.saveFileName = [parent](const QString &proposed) {
        return QFileDialog::getSaveFileName(parent, Tr::tr("Save project"), proposed,
                                            Tr::tr("Vigie projects (*.vigie.json)"));
    };
    q.importFileName = [parent] {
        return QFileDialog::getOpenFileName(
            parent, Tr::tr("Import tags"), {},
            Tr::tr("Spreadsheets (*.xlsx *.csv *.txt *.tsv);;Excel workbooks (*.xlsx);;CSV files "
                   "(*.csv *.txt *.tsv)"));
    };
    q.exportFileName = [parent](const QString &proposed) {
        return QFileDialog::getSaveFileName(
            parent, Tr::tr("Export the project"), proposed,
            Tr::tr("Excel workbook, every part of the project (*.xlsx);;CSV, the tree (*.csv)"));
    };
    return q;
}

} // namespace Vigie
