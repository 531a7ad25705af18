#include "backgroundcheck.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace Vigie {

BackgroundCheck::BackgroundCheck(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(DefaultDelay);
    connect(&m_timer, &QTimer::timeout, this, &BackgroundCheck::start);
}

// A job still running keeps only its own copies; its watcher dies with this object, so its
// result is never applied.
BackgroundCheck::~BackgroundCheck() = default;

void BackgroundCheck::setDelay(int milliseconds)
{
    m_timer.setInterval(milliseconds);
}

void BackgroundCheck::schedule(Job job)
{
    m_job = std::move(job);
    ++m_generation;
    m_pending = true;
    m_timer.start();
}

void BackgroundCheck::runNow()
{
    if (m_timer.isActive()) {
        m_timer.stop();
        start();
    }
}

void BackgroundCheck::start()
{
    if (!m_job)
        return;
    const quint64 generation = m_generation;
    auto *watcher = new QFutureWatcher<Apply>(this);
    connect(watcher, &QFutureWatcher<Apply>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return; // a later schedule() has its own job coming
        m_pending = false;
        if (const Apply apply = watcher->result())
            apply();
        Q_EMIT finished();
    });
    watcher->setFuture(QtConcurrent::run(std::exchange(m_job, Job())));
}

} // namespace Vigie
