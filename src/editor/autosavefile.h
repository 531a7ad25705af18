#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

#include <chrono>

namespace Vigie {

class ProjectDocument;

// Keeps a copy of the project being edited on disk while it has unsaved changes, so a crash or
// a power cut loses at most one interval of work. Every interval (60 s unless set), if the
// document is modified, the project is serialized on this thread (fast: a copy of the value and
// JSON text) and written atomically on a worker, so the GUI never waits on the disk.
//
// Where: `<project file>.autosave` beside the project, or for a project never saved, a file in
// QStandardPaths::AppDataLocation named for this process. The autosave goes away when the
// document is saved (it is then older than the file anyway) and on discard(), which the window
// calls on a clean close and before it leaves a project whose changes it was told to drop.
// recoveryFor() finds one newer than its project file, which the window offers to recover.
class AutosaveFile : public QObject
{
    Q_OBJECT
public:
    static constexpr std::chrono::seconds DefaultInterval {60};
    static constexpr const char *Suffix = ".autosave";

    explicit AutosaveFile(ProjectDocument *document, QObject *parent = nullptr);
    // Waits for a write under way, so none outlives the document's file name.
    ~AutosaveFile() override;

    [[nodiscard]] std::chrono::milliseconds interval() const;
    void setInterval(std::chrono::milliseconds interval);

    // Where the autosave of the current document goes.
    [[nodiscard]] QString path() const;
    // The autosave of `projectFile` if there is one newer than the file; empty otherwise.
    [[nodiscard]] static QString recoveryFor(const QString &projectFile);
    // Where a project file's autosave goes.
    [[nodiscard]] static QString pathFor(const QString &projectFile);

    // Writes now if the document is modified (tests, and before a risky operation).
    void saveNow();
    // Removes the autosave (the project was saved, or closed without keeping its changes).
    void discard();

Q_SIGNALS:
    // A write finished: the file, and an empty error or why it failed.
    void written(const QString &path, const QString &error);

private:
    void onWritten();

    ProjectDocument *m_document;
    QTimer m_timer;
    QFutureWatcher<QString> m_writer; // the error of the write, empty when it worked
    QString m_writing; // the file being written
    QString m_unsavedPath; // for a document without a file
    bool m_discarded = false; // discard() came while a write was under way
};

} // namespace Vigie
