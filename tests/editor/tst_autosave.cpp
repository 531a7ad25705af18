// Tests of AutosaveFile: written only while the document has unsaved changes, atomically, beside
// the project file or (never saved) in the application's data folder; removed by a save and by
// discard(); recoveryFor() finds only an autosave newer than its file. An editor killed with
// SIGKILL (this executable run again) leaves an autosave that brings its edit back.

#include "editortestdata.h"

#include "autosavefile.h"
#include "projecteditor.h"

#include "document/projectdocument.h"
#include "model/projectfile.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <csignal>
#include <cstdio>

using namespace Vigie;
using namespace std::chrono_literals;

namespace {
const NodePath level {0, 0, 0, 0};
} // namespace

class tst_Autosave : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void writesOnlyWhileModified();
    void saveRemovesIt();
    void discardRemovesIt();
    void unsavedProject();
    void recoveryNeedsANewerFile();
    void survivesKill9();

private:
    QString m_file;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProjectDocument> m_document;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<ProjectEditor> m_editor;
    std::unique_ptr<AutosaveFile> m_autosave;
};

void tst_Autosave::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_Autosave::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_file = m_dir->filePath(QStringLiteral("plant.vigie.json"));
    QVERIFY(ProjectFile::save(EditorTestData::project(), m_file));
    m_document = std::make_unique<ProjectDocument>();
    m_document->reset(ProjectFile::load(m_file).project, m_file);
    m_stack = std::make_unique<QUndoStack>();
    m_editor = std::make_unique<ProjectEditor>(m_document.get(), m_stack.get());
    m_autosave = std::make_unique<AutosaveFile>(m_document.get());
    m_autosave->setInterval(50ms);
}

void tst_Autosave::cleanup()
{
    m_autosave.reset();
    m_editor.reset();
    m_stack.reset();
    m_document.reset();
    m_dir.reset();
}

void tst_Autosave::writesOnlyWhileModified()
{
    QCOMPARE(AutosaveFile(m_document.get()).interval(), 60000ms);
    QSignalSpy written(m_autosave.get(), &AutosaveFile::written);
    QVERIFY(!written.wait(300)); // unmodified: nothing to keep
    QVERIFY(!QFile::exists(m_autosave->path()));

    QVERIFY(m_editor->renameVariable(level, QStringLiteral("Niveau"), true));
    QVERIFY(written.wait(5000));
    QCOMPARE(written[0][0].toString(), m_file + QStringLiteral(".autosave"));
    QCOMPARE(written[0][1].toString(), QString());
    const ProjectLoadResult kept = ProjectFile::load(m_autosave->path());
    QVERIFY(kept.ok());
    QCOMPARE(kept.project, m_document->project());
    QCOMPARE(AutosaveFile::recoveryFor(m_file), m_autosave->path());

    // Undone to the saved state: unmodified again, and the autosave is gone.
    m_stack->undo();
    QVERIFY(!m_document->isModified());
    QTRY_VERIFY(!QFile::exists(m_autosave->path()));
    written.clear();
    QVERIFY(!written.wait(300));
}

void tst_Autosave::saveRemovesIt()
{
    QSignalSpy written(m_autosave.get(), &AutosaveFile::written);
    QVERIFY(m_editor->setVariableField({level}, VariableField::Unit, QStringLiteral("m")));
    QVERIFY(written.wait(5000));
    QVERIFY(QFile::exists(m_autosave->path()));
    QVERIFY(m_document->save());
    QTRY_VERIFY(!QFile::exists(m_autosave->path()));
    QCOMPARE(AutosaveFile::recoveryFor(m_file), QString());
}

void tst_Autosave::discardRemovesIt()
{
    QSignalSpy written(m_autosave.get(), &AutosaveFile::written);
    QVERIFY(m_editor->setVariableField({level}, VariableField::Unit, QStringLiteral("m")));
    QVERIFY(written.wait(5000));
    m_autosave->discard();
    QTRY_VERIFY(!QFile::exists(m_autosave->path()));
    // Discarded means no more writes until the next edit.
    written.clear();
    QVERIFY(!written.wait(300));
    QVERIFY(m_editor->setVariableField({level}, VariableField::Unit, QStringLiteral("cm")));
    QVERIFY(written.wait(5000));
}

void tst_Autosave::unsavedProject()
{
    m_document->reset(EditorTestData::project());
    const QString path = m_autosave->path();
    QVERIFY(path.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
    QVERIFY(path.endsWith(QStringLiteral(".autosave")));
    QSignalSpy written(m_autosave.get(), &AutosaveFile::written);
    QVERIFY(m_editor->remove({level}));
    QVERIFY(written.wait(5000));
    QVERIFY(QFile::exists(path));
    QCOMPARE(ProjectFile::load(path).project, m_document->project());
    // Saved under a name: that autosave is not this document's any more.
    const QString named = m_dir->filePath(QStringLiteral("named.vigie.json"));
    QVERIFY(m_document->saveAs(named));
    QVERIFY(!QFile::exists(path));
    QCOMPARE(m_autosave->path(), named + QStringLiteral(".autosave"));
}

void tst_Autosave::recoveryNeedsANewerFile()
{
    const QString autosave = AutosaveFile::pathFor(m_file);
    QCOMPARE(AutosaveFile::recoveryFor(m_file), QString());
    QVERIFY(ProjectFile::save(EditorTestData::project(), autosave));
    const QDateTime now = QDateTime::currentDateTime();
    const auto touch = [](const QString &path, const QDateTime &when) {
        QFile file(path);
        return file.open(QIODevice::ReadWrite)
            && file.setFileTime(when, QFileDevice::FileModificationTime);
    };
    QVERIFY(touch(m_file, now));
    QVERIFY(touch(autosave, now.addSecs(-10)));
    QCOMPARE(AutosaveFile::recoveryFor(m_file), QString());
    QVERIFY(touch(autosave, now.addSecs(10)));
    QCOMPARE(AutosaveFile::recoveryFor(m_file), autosave);
    // The project file gone: the autosave is all there is.
    QVERIFY(QFile::remove(m_file));
    QCOMPARE(AutosaveFile::recoveryFor(m_file), autosave);
}

void tst_Autosave::survivesKill9()
{
    QProcess editor;
    editor.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    editor.start(QCoreApplication::applicationFilePath(), {"--autosaving-editor", m_file});
    QVERIFY2(editor.waitForStarted(), qPrintable(editor.errorString()));
    QByteArray line;
    QDeadlineTimer deadline(20000);
    while (!line.startsWith("autosaved") && !deadline.hasExpired()) {
        if (!editor.canReadLine())
            QVERIFY2(editor.waitForReadyRead(int(deadline.remainingTime())),
                     "the editor never autosaved");
        else
            line = editor.readLine().trimmed();
    }
    QVERIFY(line.startsWith("autosaved"));
    ::kill(pid_t(editor.processId()), SIGKILL);
    QVERIFY(editor.waitForFinished(10000));
    QCOMPARE(editor.exitStatus(), QProcess::CrashExit);

    // What the window does on opening the file: finds the autosave and recovers it.
    const QString recovery = AutosaveFile::recoveryFor(m_file);
    QCOMPARE(recovery, AutosaveFile::pathFor(m_file));
    const ProjectLoadResult recovered = ProjectFile::load(recovery);
    QVERIFY(recovered.ok());
    QCOMPARE(recovered.project.variable(level).name, QStringLiteral("Niveau"));
    QCOMPARE(recovered.project.variable(level).unit, QStringLiteral("m"));
    QCOMPARE(recovered.project.calculated[0].formula, QStringLiteral("Niveau * 2 + [Speed]"));

    const Project onDisk = ProjectFile::load(m_file).project;
    QCOMPARE(onDisk, EditorTestData::project());
    m_document->reset(onDisk, m_file);
    m_editor->replaceProject(recovered.project, QStringLiteral("Recover"));
    QCOMPARE(m_document->project(), recovered.project);
    QVERIFY(m_document->isModified());
    m_stack->undo();
    QCOMPARE(m_document->project(), onDisk);
    QVERIFY(!m_document->isModified());
}

namespace {

// Run as `tst_autosave --autosaving-editor FILE`: opens FILE, renames Level with its usages and
// sets its unit, prints "autosaved" once the autosave is written, and waits to be killed
// (quitting by itself after 30 s).
int runAutosavingEditor(const QString &file)
{
    ProjectDocument document;
    const ProjectLoadResult loaded = ProjectFile::load(file);
    if (!loaded.ok()) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(file));
        return 2;
    }
    document.reset(loaded.project, file);
    QUndoStack stack;
    ProjectEditor editor(&document, &stack);
    AutosaveFile autosave(&document);
    autosave.setInterval(100ms);
    QObject::connect(&autosave, &AutosaveFile::written, &autosave,
                     [](const QString &path, const QString &error) {
                         if (!error.isEmpty()) {
                             std::fprintf(stderr, "%s\n", qPrintable(error));
                             QCoreApplication::exit(3);
                             return;
                         }
                         std::printf("autosaved %s\n", qPrintable(path));
                         std::fflush(stdout);
                     });
    if (!editor.renameVariable(level, QStringLiteral("Niveau"), true)
        || !editor.setVariableField({level}, VariableField::Unit, QStringLiteral("m")))
        return 4;
    QTimer::singleShot(30000, qApp, &QCoreApplication::quit);
    return QCoreApplication::exec();
}

} // namespace

// QTEST_GUILESS_MAIN, plus the editor role that survivesKill9 runs this executable in.
int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc == 3 && qstrcmp(argv[1], "--autosaving-editor") == 0)
        return runAutosavingEditor(QString::fromLocal8Bit(argv[2]));
    tst_Autosave test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_autosave.moc"
