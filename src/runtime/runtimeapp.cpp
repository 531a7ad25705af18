#include "runtimeapp.h"

#include "projectcheck.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QSocketNotifier>
#include <QTimer>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace Vigie {

namespace {

int signalPipe[2] = {-1, -1};

// Async-signal-safe: only writes one byte; the event loop does the rest.
void onSignal(int signal)
{
    const char c = char(signal);
    [[maybe_unused]] const auto n = ::write(signalPipe[1], &c, 1);
}

enum ExitCode { Ok = 0, ProjectErrors = 1, UsageError = 2, Unfinished = 3 };

} // namespace

RuntimeApp::RuntimeApp(QObject *parent)
    : QObject(parent)
    , m_out(stdout)
    , m_err(stderr)
{
}

RuntimeApp::~RuntimeApp() = default;

void RuntimeApp::installSignalHandlers()
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        return;
    m_signalNotifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, this);
    connect(m_signalNotifier, &QSocketNotifier::activated, this, [this] {
        char c = 0;
        [[maybe_unused]] const auto n = ::read(signalPipe[0], &c, 1);
        quitCleanly();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
}

void RuntimeApp::quitCleanly()
{
    m_station.stop();
    QCoreApplication::exit(Ok);
}

int RuntimeApp::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Runs a Vigie project without a screen: polls its devices and prints their values."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("project"), tr("The project file (*.vigie.json)."));
    const QCommandLineOption checkOption(QStringLiteral("check"),
                                         tr("Validate the project, print every problem and exit "
                                            "(status 1 if there is any error)."));
    const QCommandLineOption onceOption(QStringLiteral("once"),
                                        tr("Read every readable frame once, print each variable "
                                           "and exit."));
    const QCommandLineOption durationOption(QStringLiteral("duration"),
                                            tr("Stop after this many seconds (default: run until "
                                               "SIGINT or SIGTERM)."),
                                            tr("seconds"));
    const QCommandLineOption formatOption(QStringLiteral("format"),
                                          tr("Output format: table or jsonl (one JSON object per "
                                             "line)."),
                                          tr("format"), QStringLiteral("table"));
    parser.addOptions({checkOption, onceOption, durationOption, formatOption});
    parser.process(arguments); // --help, --version and unknown options exit here

    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        m_err << tr("vigie-runtime: give exactly one project file (see --help)") << Qt::endl;
        return UsageError;
    }
    const QString format = parser.value(formatOption);
    if (format != QLatin1String("table") && format != QLatin1String("jsonl")) {
        m_err << tr("vigie-runtime: --format: \"%1\" is not table or jsonl").arg(format)
              << Qt::endl;
        return UsageError;
    }
    double duration = -1;
    if (parser.isSet(durationOption)) {
        bool ok = false;
        duration = parser.value(durationOption).toDouble(&ok);
        if (!ok || duration < 0) {
            m_err << tr("vigie-runtime: --duration: \"%1\" is not a number of seconds")
                         .arg(parser.value(durationOption))
                  << Qt::endl;
            return UsageError;
        }
    }

    const QString fileName = positional.constFirst();
    const ProjectLoadResult loaded = loadProject(fileName);
    const QString shortName = QFileInfo(fileName).fileName();
    int errors = 0;
    int warnings = 0;
    QTextStream &issueStream = parser.isSet(checkOption) ? m_out : m_err;
    for (const ProjectIssue &issue : loaded.issues) {
        (issue.isError() ? errors : warnings)++;
        issueStream << shortName << ": " << (issue.isError() ? tr("error") : tr("warning")) << ": "
                    << issue.toString() << '\n';
    }
    issueStream.flush();
    if (parser.isSet(checkOption)) {
        m_out << tr("%1: %n error(s)", nullptr, errors).arg(shortName) << ", "
              << tr("%n warning(s)", nullptr, warnings) << Qt::endl;
        return errors ? ProjectErrors : Ok;
    }
    if (errors) {
        m_err << tr("vigie-runtime: %1 is not valid; nothing was started (run with --check for the "
                    "list)")
                     .arg(fileName)
              << Qt::endl;
        return ProjectErrors;
    }

    m_station.setProject(loaded.project);
    m_printer = std::make_unique<TagPrinter>(
        *m_station.tags(),
        format == QLatin1String("jsonl") ? TagPrinter::Format::Jsonl : TagPrinter::Format::Table,
        m_out);
    installSignalHandlers();

    if (parser.isSet(onceOption)) {
        connect(&m_station, &Station::onceFinished, this, [this] {
            m_station.stop();
            m_printer->printAll();
            QCoreApplication::exit(Ok);
        });
        // Every reply finishes within its connection's timeout × (retries + 1), and a link's
        // frames go one after another: past that bound something is wrong, so say so rather
        // than hang.
        qint64 guard = 0;
        for (const Connection &c : loaded.project.connections) {
            qint64 link = 0;
            for (const Device &d : c.devices) {
                for (const Frame &f : d.frames)
                    link += qint64(c.timeout) * (c.retries + 1) + f.interFrameDelay;
            }
            guard = std::max(guard, link);
        }
        guard += 5000;
        QTimer::singleShot(guard, this, [this] {
            m_station.stop();
            m_err << tr("vigie-runtime: --once did not finish in time; values so far:") << Qt::endl;
            m_printer->printAll();
            QCoreApplication::exit(Unfinished);
        });
        m_station.readOnce();
        return QCoreApplication::exec();
    }

    // Values as they change (not every read), at most four batches a second.
    SubscriptionOptions options;
    options.intervalMs = 250;
    options.refreshes = false;
    options.tags = m_printer->printedTags();
    TagSubscription *changes = m_station.tags()->subscribe(options, this);
    connect(changes, &TagSubscription::changed, this,
            [this](const QList<TagId> &ids) { m_printer->printChanges(ids); });
    if (duration >= 0)
        QTimer::singleShot(qint64(duration * 1000), this, &RuntimeApp::quitCleanly);
    m_station.start();
    return QCoreApplication::exec();
}

} // namespace Vigie
