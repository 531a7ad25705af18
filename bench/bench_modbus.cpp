// Modbus TCP polling, measured against a libmodbus server on loopback in this process:
// 1. sequential reads of one 10-register frame by Vigie's transport and link queue, and by a raw
//    libmodbus client against the same server in the same run: both rates and their ratio;
// 2. the CPU share of `vigie-runtime` polling 100 devices × 10 frames at a 1 s scan, with one
//    and with 4 requests in flight per device.
// libmodbus is a bench-only dependency (Debian libmodbus-dev); Vigie never links it.
#include "acquisition/clock.h"
#include "acquisition/linkqueue.h"
#include "acquisition/modbus/modbustcptransport.h"
#include "median.h"
#include "model/projectfile.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QModbusReply>
#include <QModbusTcpClient>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <modbus/modbus.h>

#include <atomic>
#include <cstdio>
#include <functional>
#include <netinet/in.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

using namespace Vigie;

namespace {

// A libmodbus TCP server answering every connection it gets, one at a time, until stopped.
class Server
{
public:
    Server()
    {
        m_mapping = modbus_mapping_new(0, 0, 2000, 0);
        for (int i = 0; i < 2000; ++i)
            m_mapping->tab_registers[i] = quint16(i);
        m_ctx = modbus_new_tcp("127.0.0.1", 0);
        m_listen = modbus_tcp_listen(m_ctx, 4);
        sockaddr_in address {};
        socklen_t length = sizeof address;
        getsockname(m_listen, reinterpret_cast<sockaddr *>(&address), &length);
        m_port = ntohs(address.sin_port);
        m_thread = std::thread([this] { serve(); });
    }
    ~Server()
    {
        m_stop = true;
        ::shutdown(m_listen, SHUT_RDWR);
        ::close(m_listen);
        m_thread.join();
        modbus_free(m_ctx);
        modbus_mapping_free(m_mapping);
    }
    [[nodiscard]] int port() const { return m_port; }

private:
    void serve()
    {
        while (!m_stop) {
            int listen = m_listen;
            if (modbus_tcp_accept(m_ctx, &listen) < 0)
                return;
            uint8_t query[MODBUS_TCP_MAX_ADU_LENGTH];
            for (;;) {
                const int rc = modbus_receive(m_ctx, query);
                if (rc > 0)
                    modbus_reply(m_ctx, query, rc, m_mapping);
                else if (rc == -1)
                    break; // the client left
            }
            modbus_close(m_ctx);
        }
    }
    modbus_t *m_ctx = nullptr;
    modbus_mapping_t *m_mapping = nullptr;
    int m_listen = -1;
    int m_port = 0;
    std::atomic<bool> m_stop {false};
    std::thread m_thread;
};

double libmodbusRate(int port, int n)
{
    modbus_t *ctx = modbus_new_tcp("127.0.0.1", port);
    modbus_set_slave(ctx, 1);
    if (modbus_connect(ctx) != 0) {
        modbus_free(ctx);
        return 0;
    }
    uint16_t words[10];
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < n; ++i)
        modbus_read_registers(ctx, 100, 10, words);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    modbus_close(ctx);
    modbus_free(ctx);
    return n / seconds;
}

double vigieRate(int port, int n)
{
    SystemClock clock;
    Connection c;
    c.name = QStringLiteral("bench");
    c.protocol = Protocol::ModbusTcp;
    c.tcp = {QStringLiteral("127.0.0.1"), port};
    LinkOptions options;
    options.timeoutMs = 5000;
    LinkQueue queue(new ModbusTcpTransport(c, &clock), &clock, options);
    queue.addDevice(QStringLiteral("d"), 1);
    bool up = false;
    QObject::connect(&queue, &LinkQueue::linkStateChanged, &queue,
                     [&](LinkQueue::LinkState s) { up = s == LinkQueue::LinkState::Up; });
    queue.open();
    QElapsedTimer wait;
    wait.start();
    while (!up && wait.elapsed() < 5000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    if (!up)
        return 0;
    LinkRequest request;
    request.device = 0;
    request.stationAddress = 1;
    request.startAddress = 100;
    request.quantity = 10;
    int done = 0;
    int failed = 0;
    std::function<void(const LinkResult &)> next = [&](const LinkResult &r) {
        failed += !r.ok();
        if (++done == n)
            QCoreApplication::exit(0);
        else
            queue.submit(request, next);
    };
    QElapsedTimer timer;
    timer.start();
    queue.submit(request, next);
    QCoreApplication::exec();
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    queue.close(QStringLiteral("done"));
    if (failed)
        std::printf("  (%d of %d Vigie reads failed)\n", failed, n);
    return n / seconds;
}

// QModbusTcpClient alone, for where the time goes: Qt's share of Vigie's figure.
double qtRate(int port, int n)
{
    QModbusTcpClient client;
    client.setConnectionParameter(QModbusDevice::NetworkAddressParameter,
                                  QStringLiteral("127.0.0.1"));
    client.setConnectionParameter(QModbusDevice::NetworkPortParameter, port);
    client.connectDevice();
    QElapsedTimer wait;
    wait.start();
    while (client.state() != QModbusDevice::ConnectedState && wait.elapsed() < 5000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    int done = 0;
    std::function<void()> next = [&] {
        QModbusReply *reply =
            client.sendReadRequest(QModbusDataUnit(QModbusDataUnit::HoldingRegisters, 100, 10), 1);
        QObject::connect(reply, &QModbusReply::finished, &client, [&, reply] {
            reply->deleteLater();
            if (++done == n)
                QCoreApplication::exit(0);
            else
                next();
        });
    };
    QElapsedTimer timer;
    timer.start();
    next();
    QCoreApplication::exec();
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    client.disconnectDevice();
    return n / seconds;
}

// 100 devices × 10 frames of 10 registers, 1 s scan, on one connection.
QByteArray loadProject(int port, int inFlight)
{
    QByteArray devices;
    for (int d = 0; d < 100; ++d) {
        QByteArray frames;
        for (int f = 0; f < 10; ++f) {
            QByteArray variables;
            for (int v = 0; v < 10; ++v)
                variables += QByteArray(v ? "," : "") + "{\"name\":\"d" + QByteArray::number(d)
                    + "/f" + QByteArray::number(f) + "/v" + QByteArray::number(v)
                    + "\",\"dataType\":\"UInt16\",\"offset\":" + QByteArray::number(v) + "}";
            frames += QByteArray(f ? "," : "") + "{\"name\":\"f" + QByteArray::number(f)
                + "\",\"type\":\"HoldingRegister\",\"startAddress\":" + QByteArray::number(f * 10)
                + ",\"quantity\":10,\"isReadable\":true,\"isWritable\":false,\"variables\":["
                + variables + "]}";
        }
        devices += QByteArray(d ? "," : "") + "{\"name\":\"dev" + QByteArray::number(d)
            + "\",\"scanTime\":1000,\"stationAddress\":" + QByteArray::number(d % 247 + 1)
            + ",\"maxRequestsInFlight\":" + QByteArray::number(inFlight) + ",\"frames\":[" + frames
            + "]}";
    }
    return "{\"formatVersion\":1,\"name\":\"load\",\"connections\":[{\"name\":\"plc\","
           "\"protocol\":\"ModbusTcp\",\"tcp\":{\"host\":\"127.0.0.1\",\"port\":"
        + QByteArray::number(port) + "},\"timeout\":2000,\"devices\":[" + devices + "]}]}";
}

qint64 cpuTicks(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = stat.readAll().split(' ');
    return fields.value(13).toLongLong() + fields.value(14).toLongLong(); // utime + stime
}

void runtimeCpu(int port, int inFlight, const QString &runtime)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("load.vigie.json"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return;
    file.write(loadProject(port, inFlight));
    file.close();
    QProcess process;
    const QString output = dir.filePath(QStringLiteral("out.jsonl"));
    process.setStandardOutputFile(output);
    process.start(
        runtime,
        {path, QStringLiteral("--format"), QStringLiteral("jsonl"), QStringLiteral("--stats")});
    if (!process.waitForStarted())
        return;
    QThread::sleep(3); // connected and polling
    const qint64 before = cpuTicks(process.processId());
    QElapsedTimer wall;
    wall.start();
    QThread::sleep(20);
    const qint64 after = cpuTicks(process.processId());
    const double seconds = double(wall.nsecsElapsed()) / 1e9;
    process.terminate();
    process.waitForFinished(10000);
    const double share = double(after - before) / double(sysconf(_SC_CLK_TCK)) / seconds;
    // The link's counters at exit (--stats), to show the polling really happened.
    QFile out(output);
    QByteArray link;
    if (out.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : out.readAll().split('\n')) {
            if (line.startsWith("{\"stats\":\"link\""))
                link = line;
        }
    }
    const auto field = [&link](const char *name) {
        const QByteArray key = QByteArray("\"") + name + "\":";
        const qsizetype at = link.indexOf(key);
        return at < 0 ? QByteArray("?") : link.mid(at + key.size()).split(',').value(0);
    };
    std::printf("  vigie-runtime, 100 devices x 10 frames, 1 s scan, %d in flight per device: "
                "%.1f%% of one core over %.0f s (10,000 values/s as jsonl to a file; at exit %s "
                "requests, %s good, %s timeouts)\n",
                inFlight, share * 100.0, seconds, field("requests").constData(),
                field("goodReplies").constData(), field("timeouts").constData());
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    Server server;
    constexpr int N = 20000;
    constexpr int Runs = 3;
    QList<double> vigie;
    QList<double> raw;
    QList<double> qt;
    for (int run = 0; run < Runs; ++run) { // interleaved, so drift hits all alike
        vigie << vigieRate(server.port(), N);
        raw << libmodbusRate(server.port(), N);
        qt << qtRate(server.port(), N);
    }
    const double v = median(vigie);
    const double r = median(raw);
    const double q = median(qt);
    std::printf("Modbus TCP, sequential reads of 10 registers from a libmodbus server on "
                "loopback, %d reads, median of %d runs:\n",
                N, Runs);
    std::printf("  Vigie (ModbusTcpTransport + LinkQueue): %8.0f reads/s\n", v);
    std::printf("  libmodbus client:                       %8.0f reads/s\n", r);
    std::printf("  QModbusTcpClient alone (no queue):      %8.0f reads/s (%.2f of libmodbus)\n", q,
                r > 0 ? q / r : 0.0);
    std::printf("  ratio Vigie / libmodbus: %.2f\n", r > 0 ? v / r : 0.0);

    const QString runtime =
        QCoreApplication::applicationDirPath() + QStringLiteral("/../bin/vigie-runtime");
    if (QFile::exists(runtime)) {
        runtimeCpu(server.port(), 1, runtime);
        runtimeCpu(server.port(), 4, runtime);
    } else {
        std::printf("  (vigie-runtime not built: no CPU figure)\n");
    }
    return 0;
}
