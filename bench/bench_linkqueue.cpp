// Link queue throughput: requests per second through a LinkQueue over a zero-latency
// transport (it answers inside send(), so each answer comes back through one queued call, as
// the Transport contract says), and the queue's overhead per request, measured against the
// same transport driven directly with no queue.
#include "acquisition/clock.h"
#include "acquisition/linkqueue.h"
#include "acquisition/linkstatistics.h"
#include "acquisition/transport.h"
#include "median.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace Vigie;

namespace {

class InstantTransport final : public Transport
{
public:
    InstantTransport(Clock *clock, int window)
        : Transport(clock)
        , m_window(window)
    {
        m_words.fill(7, 10);
    }
    void open() override { setState(State::Up); }
    void close() override { setState(State::Closed); }
    int maxInFlight() const override { return m_window; }

protected:
    void sendRequest(quint64 ticket, const LinkRequest &) override
    {
        LinkResult r;
        r.words = m_words;
        r.timestamp = 1;
        complete(ticket, r);
    }

private:
    int m_window;
    QList<quint16> m_words;
};

LinkRequest readRequest(int device)
{
    LinkRequest r;
    r.device = device;
    r.quantity = 10;
    return r;
}

// N requests through a queue, `window` outstanding at a time, spread over `devices`.
double throughQueue(int n, int window, int devices, bool withRecorder)
{
    SystemClock clock;
    LinkOptions options;
    options.timeoutMs = 60000;
    LinkRecorder recorder(QStringLiteral("bench"), QStringLiteral("Instant"));
    LinkQueue queue(new InstantTransport(&clock, window), &clock, options,
                    withRecorder ? &recorder : nullptr);
    for (int d = 0; d < devices; ++d) {
        if (withRecorder)
            recorder.addDevice(QStringLiteral("d%1").arg(d));
        queue.addDevice(QStringLiteral("d%1").arg(d), window);
    }
    queue.open();
    int submitted = 0;
    int done = 0;
    std::function<void(const LinkResult &)> next = [&](const LinkResult &) {
        ++done;
        if (submitted < n)
            queue.submit(readRequest(submitted++ % devices), next);
        if (done == n)
            QCoreApplication::exit(0);
    };
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < window && submitted < n; ++i)
        queue.submit(readRequest(submitted++ % devices), next);
    QCoreApplication::exec();
    return double(timer.nsecsElapsed()) / 1e9;
}

// The same transport with no queue: send, take the queued answer, send the next.
double direct(int n)
{
    SystemClock clock;
    InstantTransport transport(&clock, 1);
    transport.open();
    int done = 0;
    const LinkRequest request = readRequest(0);
    transport.setReplyHandler([&](quint64 ticket, const LinkResult &) {
        if (++done == n) {
            QCoreApplication::exit(0);
            return;
        }
        transport.send(ticket + 1, request);
    });
    QElapsedTimer timer;
    timer.start();
    transport.send(1, request);
    QCoreApplication::exec();
    return double(timer.nsecsElapsed()) / 1e9;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    constexpr int N = 200000;
    constexpr int Runs = 5;

    QList<double> base;
    QList<double> queued;
    QList<double> recorded;
    QList<double> pipelined;
    for (int run = 0; run < Runs; ++run) { // interleaved, so drift hits every variant alike
        base << direct(N);
        queued << throughQueue(N, 1, 1, false);
        recorded << throughQueue(N, 1, 1, true);
        pipelined << throughQueue(N, 16, 4, true);
    }
    const double b = median(base);
    const double q = median(queued);
    const double r = median(recorded);
    const double p = median(pipelined);
    std::printf("link queue, zero-latency transport, %d requests, median of %d runs:\n", N, Runs);
    std::printf("  transport alone (no queue), one at a time: %8.0f req/s (%.2f us each)\n", N / b,
                b / N * 1e6);
    std::printf("  through the queue, one at a time:          %8.0f req/s (%.2f us each)\n", N / q,
                q / N * 1e6);
    std::printf("  through the queue with statistics:         %8.0f req/s (%.2f us each)\n", N / r,
                r / N * 1e6);
    std::printf("  4 devices, window 16, with statistics:     %8.0f req/s (%.2f us each)\n", N / p,
                p / N * 1e6);
    std::printf("  queue overhead per request: %.2f us (%.2f us with statistics)\n",
                (q - b) / N * 1e6, (r - b) / N * 1e6);
    return 0;
}
