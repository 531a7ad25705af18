#pragma once

#include <QObject>
#include <QTimer>

#include <functional>

namespace Vigie {

// Runs a check of what the user is typing off the GUI thread, once they pause: the dialogs
// validate a copy of the whole project (checkProject()), which takes milliseconds on a small
// project and more on a large one, and the GUI thread never waits for it.
//
// schedule() restarts the delay; when it elapses the job runs on the global thread pool. A job
// works on copies it captured (never on the dialog) and returns the function that applies its
// result; that function runs on this object's thread, and only for the latest job: a result
// overtaken by a later schedule() is dropped, and so is one arriving after this object died.
class BackgroundCheck : public QObject
{
    Q_OBJECT
public:
    using Apply = std::function<void()>;
    using Job = std::function<Apply()>;

    static constexpr int DefaultDelay = 150; // ms: a pause in typing, not a wait

    explicit BackgroundCheck(QObject *parent = nullptr);
    ~BackgroundCheck() override;

    [[nodiscard]] int delay() const { return m_timer.interval(); }
    void setDelay(int milliseconds);

    // Runs `job` once `delay()` ms pass without another schedule().
    void schedule(Job job);
    // Starts the scheduled job now, without waiting for the rest of the delay.
    void runNow();
    // True from schedule() until the latest job's result is applied.
    [[nodiscard]] bool isPending() const { return m_pending; }

Q_SIGNALS:
    // The latest job's result was applied.
    void finished();

private:
    void start();

    QTimer m_timer;
    Job m_job;
    quint64 m_generation = 0; // of the latest schedule(): older results are dropped
    bool m_pending = false;
};

} // namespace Vigie
