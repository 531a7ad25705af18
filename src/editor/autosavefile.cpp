#include "autosavefile.h"

#include "editorlog.h"

#include "document/projectdocument.h"
#include "model/projectfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

namespace Vigie {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::Editor)
};

// On a worker thread: the bytes to `path`, whole or not at all.
QString writeAtomically(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Tr::tr("cannot write the autosave %1: %2").arg(path, file.errorString());
    return {};
}
} // namespace

AutosaveFile::AutosaveFile(ProjectDocument *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
    // One per process and document, so two unsaved projects do not write over each other.
    , m_unsavedPath(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                    + QLatin1String("/unsaved-")
                    + QString::number(QCoreApplication::applicationPid()) + u'-'
                    + QString::number(quintptr(document), 16) + QLatin1String(".vigie.json")
                    + QLatin1String(Suffix))
{
    m_timer.setInterval(DefaultInterval);
    connect(&m_timer, &QTimer::timeout, this, &AutosaveFile::saveNow);
    connect(&m_writer, &QFutureWatcher<QString>::finished, this, &AutosaveFile::onWritten);
    // The timer runs while there is something to keep; a save removes what was kept.
    connect(m_document, &ProjectDocument::modifiedChanged, this, [this](bool modified) {
        if (modified) {
            m_timer.start();
        } else {
            m_timer.stop();
            discard();
        }
    });
    // After discard(), the next edit starts the timer again.
    const auto edited = [this] {
        if (m_document->isModified() && !m_timer.isActive())
            m_timer.start();
    };
    for (auto signal : {&ProjectDocument::nodeInserted, &ProjectDocument::nodeRemoved,
                        &ProjectDocument::nodeChanged})
        connect(m_document, signal, this, edited);
    connect(m_document, &ProjectDocument::nodeMoved, this, edited);
    // Saved under a name: the autosave of the unnamed project is no longer this document's.
    connect(m_document, &ProjectDocument::fileNameChanged, this,
            [this] { QFile::remove(m_unsavedPath); });
    if (m_document->isModified())
        m_timer.start();
}

AutosaveFile::~AutosaveFile()
{
    m_writer.waitForFinished();
}

std::chrono::milliseconds AutosaveFile::interval() const
{
    return m_timer.intervalAsDuration();
}

void AutosaveFile::setInterval(std::chrono::milliseconds interval)
{
    m_timer.setInterval(interval);
}

QString AutosaveFile::pathFor(const QString &projectFile)
{
    return projectFile + QLatin1String(Suffix);
}

QString AutosaveFile::path() const
{
    if (!m_document->fileName().isEmpty())
        return pathFor(m_document->fileName());
    if (m_unsavedPath.isEmpty()) {
        // One per process, so two windows on unsaved projects do not write over each other.
        auto *self = const_cast<AutosaveFile *>(this);
        self->m_unsavedPath = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
            + QLatin1String("/unsaved-") + QString::number(QCoreApplication::applicationPid())
            + QLatin1String(".vigie.json") + QLatin1String(Suffix);
    }
    return m_unsavedPath;
}

QString AutosaveFile::recoveryFor(const QString &projectFile)
{
    const QFileInfo autosave(pathFor(projectFile));
    const QFileInfo project(projectFile);
    if (!autosave.exists())
        return {};
    if (project.exists() && autosave.lastModified() <= project.lastModified())
        return {};
    return autosave.filePath();
}

void AutosaveFile::saveNow()
{
    if (!m_document->isModified())
        return;
    if (m_writer.isRunning()) {
        // A slow disk: the next tick writes the newer state.
        return;
    }
    m_discarded = false;
    m_writing = path();
    const QByteArray bytes = ProjectFile::serialize(m_document->project());
    m_writer.setFuture(
        QtConcurrent::run([path = m_writing, bytes] { return writeAtomically(path, bytes); }));
}

void AutosaveFile::onWritten()
{
    const QString error = m_writer.result();
    if (!error.isEmpty())
        qCWarning(lcEditor).noquote() << error;
    // Saved or discarded meanwhile: what was written is not to be recovered.
    if (!m_document->isModified() || m_discarded)
        QFile::remove(m_writing);
    m_discarded = false;
    Q_EMIT written(m_writing, error);
}

void AutosaveFile::discard()
{
    m_timer.stop();
    // A write under way is removed when it ends (onWritten()); the GUI does not wait for it.
    m_discarded = m_writer.isRunning();
    QFile::remove(path());
}

} // namespace Vigie
