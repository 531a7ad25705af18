#pragma once

// What the MQTT benches share: a raw libmosquitto subscriber on its own thread
// (mosquitto_loop_start), independent of Vigie's client, that counts the messages it receives
// and records latencies, and an event loop that waits without spinning a core.

#include <QEventLoop>
#include <QTimer>

#include <mosquitto.h>

#include <atomic>
#include <chrono>
#include <cstring>
#include <functional>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace Vigie::Bench {

inline qint64 nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

// Runs the event loop until `done` or `timeout` (false then), sleeping in between: a busy loop
// would take a core from the thread being measured.
inline bool spinUntil(const std::function<bool()> &done, std::chrono::milliseconds timeout)
{
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(1);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    QTimer::singleShot(timeout, &loop, [&] { loop.exit(1); });
    poll.start();
    return done() || loop.exec() == 0;
}

class Subscriber
{
public:
    // The latencies a received message gives (ns), from its payload and its arrival time.
    using Latencies = std::function<void(const mosquitto_message *message, qint64 arrivedNs,
                                         std::vector<qint64> &out)>;

    // Subscribes to `filter`; counts the messages whose topic contains `counted` (all if empty).
    Subscriber(quint16 port, std::string filter, std::string counted = {})
        : m_filter(std::move(filter))
        , m_counted(std::move(counted))
    {
        m_handle = mosquitto_new("bench-subscriber", true, this);
        mosquitto_int_option(m_handle, MOSQ_OPT_TCP_NODELAY, 1);
        mosquitto_connect_callback_set(m_handle, [](mosquitto *m, void *self, int) {
            mosquitto_subscribe(m, nullptr, static_cast<Subscriber *>(self)->m_filter.c_str(), 0);
        });
        mosquitto_subscribe_callback_set(m_handle,
                                         [](mosquitto *, void *self, int, int, const int *) {
                                             static_cast<Subscriber *>(self)->m_subscribed = true;
                                         });
        mosquitto_message_callback_set(
            m_handle, [](mosquitto *, void *self, const mosquitto_message *message) {
                static_cast<Subscriber *>(self)->received(message);
            });
        mosquitto_connect(m_handle, "127.0.0.1", port, 60);
        mosquitto_loop_start(m_handle);
    }
    ~Subscriber()
    {
        mosquitto_disconnect(m_handle);
        mosquitto_loop_stop(m_handle, false);
        mosquitto_destroy(m_handle);
    }
    Subscriber(const Subscriber &) = delete;
    Subscriber &operator=(const Subscriber &) = delete;

    [[nodiscard]] bool waitSubscribed() const
    {
        for (int i = 0; i < 5000 && !m_subscribed; ++i)
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        return m_subscribed;
    }
    // Starts counting again; with `latencies`, records what it gives for each message.
    void reset(Latencies latencies = {})
    {
        std::lock_guard lock(m_mutex);
        m_latency = std::move(latencies);
        m_latencies.clear();
        m_count = 0;
    }
    [[nodiscard]] int count() const { return m_count; }
    [[nodiscard]] std::vector<qint64> latencies() const
    {
        std::lock_guard lock(m_mutex);
        return m_latencies;
    }

private:
    void received(const mosquitto_message *message)
    {
        if (!m_counted.empty() && !std::strstr(message->topic, m_counted.c_str()))
            return;
        const qint64 arrived = nowNs();
        {
            std::lock_guard lock(m_mutex);
            if (m_latency)
                m_latency(message, arrived, m_latencies);
        }
        ++m_count; // after the latency: a reader sees both
    }

    std::string m_filter;
    std::string m_counted;
    mosquitto *m_handle;
    std::atomic<bool> m_subscribed = false;
    std::atomic<int> m_count = 0;
    mutable std::mutex m_mutex;
    Latencies m_latency;
    std::vector<qint64> m_latencies;
};

} // namespace Vigie::Bench
