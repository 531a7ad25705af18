#include "runtimeapp.h"

#include "exchangecommands.h"
#include "formula/formulacompiler.h"
#include "formula/tagcatalogresolver.h"
#include "mqtt/mqttservice.h"
#include "projectcheck.h"
#include "secrets/secretstore.h"
#include "statsprinter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSocketNotifier>
#include <QTimer>

#include <cmath>
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

enum ExitCode { Ok = 0, ProjectErrors = 1, Failed = 1, UsageError = 2, Unfinished = 3 };

// A write to a pipe whose reader is gone (`vigie-runtime … | head -1`) fails with EPIPE instead
// of killing the process with SIGPIPE; the failed write is then seen and the run ends cleanly.
void ignoreBrokenPipes()
{
    struct sigaction action = {};
    action.sa_handler = SIG_IGN;
    sigemptyset(&action.sa_mask);
    sigaction(SIGPIPE, &action, nullptr);
}

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
    // SIGHUP too: a gateway started from a terminal or an SSH session outlives it, and stops
    // cleanly when that goes away.
    for (const int signalNumber : {SIGINT, SIGTERM, SIGHUP})
        sigaction(signalNumber, &action, nullptr);
}

void RuntimeApp::quitCleanly()
{
    finish(Ok);
}

void RuntimeApp::finish(int code)
{
    if (m_options.stats)
        printStats(); // before stopping, so links show the state they ran in
    m_station.stop();
    QCoreApplication::exit(code);
}

void RuntimeApp::printStats()
{
    StatsPrinter printer(m_options.format, m_out);
    printer.print(m_station.statistics(), m_clock.wallMs());
    if (m_station.project().mqtt)
        printer.print(m_station.mqtt()->status());
}

void RuntimeApp::callAfter(qint64 ms, void (RuntimeApp::*slot)())
{
    ClockTimer *timer = m_clock.createTimer(this);
    connect(timer, &ClockTimer::timeout, this, slot);
    timer->startAt(m_clock.monotonicMs() + ms);
}

void RuntimeApp::giveUpOnce()
{
    m_err << tr("vigie-runtime: --once did not finish in time; values so far:") << Qt::endl;
    m_printer->printAll();
    finish(Unfinished);
}

void RuntimeApp::giveUpWrites()
{
    m_err << tr("vigie-runtime: --write: no answer in time to %1")
                 .arg(m_options.writes.value(m_nextWrite - 1).first)
          << Qt::endl;
    finish(Unfinished);
}

// Compiles the formula against the project's tags first (a wrong formula reads nothing), then
// reads every frame once and evaluates it on the values read.
int RuntimeApp::startEval()
{
    const auto catalog = m_station.tags()->catalog();
    FormulaError error;
    const FormulaProgram program =
        FormulaCompiler::compile(m_options.formula, TagCatalogResolver(*catalog), &error);
    if (!program.isValid()) {
        m_err << tr("vigie-runtime: --eval: %1").arg(error.toString()) << Qt::endl;
        return ProjectErrors;
    }
    connect(&m_station, &Station::onceFinished, this, [this, program, catalog] {
        std::vector<FormulaSample> inputs(std::size_t(catalog->size()));
        for (const int slot : program.inputSlots())
            inputs[std::size_t(slot)] = FormulaSample::fromTag(m_station.tags()->value(slot));
        const FormulaSample result = program.evaluate(inputs, m_clock.wallMs());
        // A Bad result has no value worth printing, only its reason.
        const bool bad = result.quality == Quality::Bad;
        if (m_options.format == TagPrinter::Format::Jsonl) {
            TagInfo info;
            info.name = m_options.formula;
            const TagValue value {bad ? QVariant() : result.value.toVariant(), result.quality,
                                  result.reason, m_clock.wallMs()};
            m_out << TagPrinter::jsonLine(info, value) << Qt::endl;
        } else {
            m_out << (bad ? QStringLiteral("\u2013") : result.value.toDisplayString());
            if (result.quality != Quality::Good)
                m_out << "  (" << describeQuality({{}, result.quality, result.reason, 0}) << ')';
            m_out << Qt::endl;
        }
        finish(bad ? ProjectErrors : Ok);
    });
    m_station.readOnce();
    return -1;
}

void RuntimeApp::startWrites()
{
    connect(&m_station, &Station::writeFinished, this, &RuntimeApp::onWriteFinished);
    m_station.start();
    sendNextWrite();
}

// One write at a time, in the order given, each after the previous one's answer.
void RuntimeApp::sendNextWrite()
{
    if (m_nextWrite >= m_options.writes.size()) {
        finish(m_writesFailed ? ProjectErrors : Ok);
        return;
    }
    const auto &[name, text] = m_options.writes[m_nextWrite++];
    const TagId tag = m_station.tags()->idOf(name);
    if (tag < 0) {
        m_out << name << '=' << text << ": " << tr("refused") << ": "
              << tr("no tag is named \"%1\"").arg(name) << Qt::endl;
        ++m_writesFailed;
        QMetaObject::invokeMethod(this, &RuntimeApp::sendNextWrite, Qt::QueuedConnection);
        return;
    }
    m_writeId = m_station.write(tag, writeValueFromText(text), WriteOrigin::RemoteCommand);
}

void RuntimeApp::onWriteFinished(const WriteOutcome &outcome)
{
    if (outcome.id != m_writeId)
        return;
    const auto &[name, text] = m_options.writes[m_nextWrite - 1];
    m_out << name << '=' << text << ": " << toString(outcome.status);
    if (!outcome.ok()) {
        m_out << ": " << outcome.reason;
        ++m_writesFailed;
    }
    m_out << Qt::endl;
    sendNextWrite();
}

int RuntimeApp::startSetSecret()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        m_err << tr("vigie-runtime: cannot read standard input: %1").arg(in.errorString())
              << Qt::endl;
        return Failed;
    }
    // Read to its end: a few hundred bytes from a pipe or a terminal, before anything runs.
    const QByteArray input = in.readAll();
    Credentials credentials;
    QString error;
    if (!Credentials::fromLines(input, &credentials, &error)) {
        m_err << tr("vigie-runtime: --set-secret: %1").arg(error) << Qt::endl;
        return Failed;
    }
    auto *store = new SecretStore(this);
    connect(
        store, &SecretStore::credentialsWritten, this,
        [this](const QString &reference, const QString &failure) {
            if (!failure.isEmpty()) {
                m_err << tr("vigie-runtime: --set-secret: %1").arg(failure) << Qt::endl;
                QCoreApplication::exit(Failed);
                return;
            }
            m_out << tr("vigie-runtime: the secret \"%1\" is stored in the keychain").arg(reference)
                  << Qt::endl;
            QCoreApplication::exit(Ok);
        });
    store->write(m_options.secretReference, credentials);
    return -1;
}

RuntimeOptions RuntimeApp::parseOptions(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Runs a Vigie project without a screen: polls its devices and prints their values."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("project"), tr("The project file (*.vigie.json)."));
    const QCommandLineOption checkOption(QStringLiteral("check"),
                                         tr("Validate the project, print every problem and exit "
                                            "(status 1 if there is any error)."));
    const QCommandLineOption onceOption(QStringLiteral("once"),
                                        tr("Read every readable frame once, print each variable "
                                           "and exit."));
    const QCommandLineOption durationOption(QStringLiteral("duration"),
                                            tr("Stop after this many seconds (default: run until "
                                               "SIGINT, SIGTERM or SIGHUP)."),
                                            tr("seconds"));
    const QCommandLineOption formatOption(QStringLiteral("format"),
                                          tr("Output format: table or jsonl (one JSON object per "
                                             "line)."),
                                          tr("format"), QStringLiteral("table"));
    const QCommandLineOption writeOption(
        QStringLiteral("write"),
        tr("Write VALUE to the tag NAME (true/false for a Bool, a number, or text), wait for the "
           "answer and print it; repeat for several writes, done in order. Exit status 0 if all "
           "were acknowledged, 1 if any was refused or failed."),
        tr("NAME=VALUE"));
    const QCommandLineOption evalOption(
        QStringLiteral("eval"),
        tr("Read every readable frame once, then print the value of FORMULA over the tags "
           "(see docs/formulas.md), or its error with the place; exit status 1 if the formula "
           "is wrong or its value is Bad."),
        tr("FORMULA"));
    const QCommandLineOption statsOption(QStringLiteral("stats"),
                                         tr("Print the counters of every link and device at exit "
                                            "(requests, timeouts, errors, round trips)."));
    const QCommandLineOption statsEveryOption(QStringLiteral("stats-every"),
                                              tr("Also print them every this many seconds."),
                                              tr("seconds"));
    const QCommandLineOption setSecretOption(
        QStringLiteral("set-secret"),
        tr("Store in the OS keychain, under REFERENCE, the user name and password read on "
           "standard input (the user name on the first line, the password on the second), as a "
           "project's mqtt.secret refers to them; no project file is needed."),
        tr("REFERENCE"));
    const QCommandLineOption importOption(
        QStringLiteral("import"),
        tr("Import the tags (and frames, calculated variables, screens, bindings) of FILE (.xlsx "
           "or .csv) into the project given with --into, which is created if it does not exist; "
           "frames are planned from the addresses. Prints what was added and every row error; "
           "on any error nothing is changed and the exit status is 1 (see docs/import.md)."),
        tr("FILE"));
    const QCommandLineOption intoOption(QStringLiteral("into"),
                                        tr("The project file --import adds to."), tr("PROJECT"));
    const QCommandLineOption sheetOption(
        QStringLiteral("sheet"), tr("--import: read only this sheet of the workbook."), tr("NAME"));
    const QCommandLineOption mapOption(
        QStringLiteral("map"),
        tr("--import: read the column HEADER as FIELD (name, address, table, dataType, scale, "
           "unit… or ignore), over the headers recognised; repeat for several columns."),
        tr("HEADER=FIELD"));
    const QCommandLineOption connectionOption(
        QStringLiteral("connection"),
        tr("--import: the connection of rows that name none (created as Modbus TCP if new)."),
        tr("NAME"));
    const QCommandLineOption deviceOption(
        QStringLiteral("device"), tr("--import: the device of rows that name none."), tr("NAME"));
    const QCommandLineOption exportOption(
        QStringLiteral("export"),
        tr("Write the project PROJECT to the file given with --to: .xlsx (a sheet per level of "
           "the tree, and the rest of the project) or .csv (the tree in one sheet)."),
        tr("PROJECT"));
    const QCommandLineOption toOption(QStringLiteral("to"), tr("The file --export writes."),
                                      tr("FILE"));
    parser.addOptions({checkOption, onceOption, durationOption, formatOption, writeOption,
                       evalOption, statsOption, statsEveryOption, setSecretOption, importOption,
                       intoOption, sheetOption, mapOption, connectionOption, deviceOption,
                       exportOption, toOption});

    RuntimeOptions options;
    const auto refuse = [&options](const QString &message) {
        options.usageError = message;
        return options;
    };
    // parse(), not process(): process() exits with status 1 on an unknown option.
    if (!parser.parse(arguments)) {
        QString error = parser.errorText(); // "Unknown option 'bogus'."
        if (error.endsWith(QLatin1Char('.')))
            error.chop(1);
        return refuse(tr("vigie-runtime: %1 (see --help)").arg(error));
    }
    if (parser.isSet(versionOption)) {
        options.action = RuntimeOptions::Action::PrintVersion;
        options.text = QCoreApplication::applicationName() + QLatin1Char(' ')
            + QCoreApplication::applicationVersion() + QLatin1Char('\n');
        return options;
    }
    if (parser.isSet(helpOption) || parser.isSet(QStringLiteral("help-all"))) {
        options.action = RuntimeOptions::Action::PrintHelp;
        options.text = parser.helpText();
        return options;
    }

    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(setSecretOption)) {
        // The secret comes on standard input only: a command line is seen by every user of
        // the machine (ps) and kept in shell histories.
        if (!positional.isEmpty() || parser.optionNames().size() != 1)
            return refuse(tr("vigie-runtime: --set-secret goes alone: give the secret on "
                             "standard input, not on the command line"));
        options.secretReference = parser.value(setSecretOption);
        if (const QString why = SecretStore::invalidReference(options.secretReference);
            !why.isEmpty()) {
            return refuse(tr("vigie-runtime: --set-secret: %1").arg(why));
        }
        options.action = RuntimeOptions::Action::SetSecret;
        return options;
    }
    const QList<const QCommandLineOption *> importOnly {&intoOption, &sheetOption, &mapOption,
                                                        &connectionOption, &deviceOption};
    if (parser.isSet(importOption)) {
        if (!positional.isEmpty() || parser.isSet(exportOption) || parser.isSet(toOption))
            return refuse(tr("vigie-runtime: --import goes with --into PROJECT (and --sheet, "
                             "--map, --connection, --device) only"));
        const QStringList names = parser.optionNames();
        for (const QString &name : names) {
            const bool allowed = name == QLatin1String("import")
                || std::any_of(importOnly.cbegin(), importOnly.cend(),
                               [&name](const QCommandLineOption *o) {
                                   return o->names().contains(name);
                               });
            if (!allowed)
                return refuse(tr("vigie-runtime: --%1 does not go with --import").arg(name));
        }
        if (!parser.isSet(intoOption))
            return refuse(tr("vigie-runtime: --import needs --into PROJECT, the project file to "
                             "add to"));
        options.spreadsheet = parser.value(importOption);
        options.projectFile = parser.value(intoOption);
        options.sheet = parser.value(sheetOption);
        options.connection = parser.value(connectionOption);
        options.device = parser.value(deviceOption);
        if (parser.isSet(deviceOption) && !parser.isSet(connectionOption))
            return refuse(
                tr("vigie-runtime: --device needs --connection, the connection it is on"));
        for (const QString &map : parser.values(mapOption)) {
            const qsizetype equals = map.lastIndexOf(QLatin1Char('='));
            if (equals <= 0 || equals == map.size() - 1)
                return refuse(tr("vigie-runtime: --map: \"%1\" is not HEADER=FIELD").arg(map));
            options.columnMap.append({map.left(equals), map.mid(equals + 1)});
        }
        options.action = RuntimeOptions::Action::Import;
        return options;
    }
    for (const QCommandLineOption *o : importOnly) {
        if (parser.isSet(*o))
            return refuse(
                tr("vigie-runtime: --%1 goes with --import").arg(o->names().constFirst()));
    }
    if (parser.isSet(exportOption)) {
        if (!positional.isEmpty() || parser.optionNames().size() != 2 || !parser.isSet(toOption))
            return refuse(tr("vigie-runtime: --export PROJECT goes with --to FILE only"));
        options.projectFile = parser.value(exportOption);
        options.spreadsheet = parser.value(toOption);
        options.action = RuntimeOptions::Action::Export;
        return options;
    }
    if (parser.isSet(toOption))
        return refuse(tr("vigie-runtime: --to goes with --export"));
    if (positional.size() != 1)
        return refuse(tr("vigie-runtime: give exactly one project file (see --help)"));
    options.projectFile = positional.constFirst();

    const QString format = parser.value(formatOption);
    if (format == QLatin1String("jsonl"))
        options.format = TagPrinter::Format::Jsonl;
    else if (format != QLatin1String("table"))
        return refuse(tr("vigie-runtime: --format: \"%1\" is not table or jsonl").arg(format));

    if (parser.isSet(durationOption)) {
        const QString text = parser.value(durationOption);
        bool ok = false;
        const double seconds = text.toDouble(&ok);
        // Ten years of 365.25 days: a longer run is not a duration, it is "until stopped".
        constexpr double maxSeconds = 10 * 365.25 * 24 * 3600;
        if (!ok || std::isnan(seconds))
            return refuse(
                tr("vigie-runtime: --duration: \"%1\" is not a number of seconds").arg(text));
        if (std::signbit(seconds))
            return refuse(
                tr("vigie-runtime: --duration: \"%1\" is negative; give 0 or more seconds")
                    .arg(text));
        if (seconds > maxSeconds)
            return refuse(tr("vigie-runtime: --duration: \"%1\" is more than ten years; leave "
                             "--duration out to run until stopped")
                              .arg(text));
        options.durationMs = qRound64(seconds * 1000);
    }

    for (const QString &write : parser.values(writeOption)) {
        const qsizetype equals = write.indexOf(QLatin1Char('='));
        if (equals <= 0)
            return refuse(tr("vigie-runtime: --write: \"%1\" is not NAME=VALUE").arg(write));
        options.writes.append({write.left(equals), write.mid(equals + 1)});
    }
    options.stats = parser.isSet(statsOption) || parser.isSet(statsEveryOption);
    if (parser.isSet(statsEveryOption)) {
        const QString text = parser.value(statsEveryOption);
        bool ok = false;
        const double seconds = text.toDouble(&ok);
        if (!ok || !std::isfinite(seconds) || seconds < 0.1 || seconds > 86400)
            return refuse(tr("vigie-runtime: --stats-every: \"%1\" is not a number of seconds "
                             "from 0.1 to 86400")
                              .arg(text));
        options.statsEveryMs = qRound64(seconds * 1000);
    }

    const int actions = int(parser.isSet(checkOption)) + int(parser.isSet(onceOption))
        + int(!options.writes.isEmpty()) + int(parser.isSet(evalOption));
    if (actions > 1)
        return refuse(tr("vigie-runtime: --check, --once, --write and --eval go alone; give one "
                         "of them"));
    if (parser.isSet(evalOption)) {
        options.formula = parser.value(evalOption);
        if (options.formula.trimmed().isEmpty())
            return refuse(tr("vigie-runtime: --eval: give a formula"));
        if (options.durationMs)
            return refuse(tr("vigie-runtime: --eval reads once; leave --duration out"));
        options.action = RuntimeOptions::Action::Eval;
        return options;
    }
    if (!options.writes.isEmpty() && options.durationMs)
        return refuse(tr("vigie-runtime: --write ends when its writes are answered; leave "
                         "--duration out"));
    if (parser.isSet(checkOption))
        options.action = RuntimeOptions::Action::Check;
    else if (parser.isSet(onceOption))
        options.action = RuntimeOptions::Action::Once;
    else if (!options.writes.isEmpty())
        options.action = RuntimeOptions::Action::Write;
    return options;
}

int RuntimeApp::run(const QStringList &arguments)
{
    ignoreBrokenPipes();
    m_options = parseOptions(arguments);
    const RuntimeOptions &options = m_options;
    if (!options.usageError.isEmpty()) {
        m_err << options.usageError << Qt::endl;
        return UsageError;
    }
    if (options.action == RuntimeOptions::Action::PrintHelp
        || options.action == RuntimeOptions::Action::PrintVersion) {
        m_out << options.text;
        m_out.flush();
        return Ok;
    }

    if (options.action == RuntimeOptions::Action::SetSecret) {
        const int failed = startSetSecret();
        return failed >= 0 ? failed : QCoreApplication::exec();
    }

    if (options.action == RuntimeOptions::Action::Import)
        return ExchangeCommands::importInto(options, m_out, m_err);
    if (options.action == RuntimeOptions::Action::Export)
        return ExchangeCommands::exportTo(options, m_out, m_err);

    const QString fileName = options.projectFile;
    const ProjectLoadResult loaded = loadProject(fileName);
    const QString shortName = QFileInfo(fileName).fileName();
    int errors = 0;
    int warnings = 0;
    const bool checkOnly = options.action == RuntimeOptions::Action::Check;
    QTextStream &issueStream = checkOnly ? m_out : m_err;
    for (const ProjectIssue &issue : loaded.issues) {
        (issue.isError() ? errors : warnings)++;
        issueStream << shortName << ": " << (issue.isError() ? tr("error") : tr("warning")) << ": "
                    << issue.toString() << '\n';
        // A formula's line and the caret under the place, indented under the issue.
        if (!issue.excerpt.isEmpty()) {
            for (const QString &line : issue.excerpt.split(QLatin1Char('\n')))
                issueStream << "    " << visibleText(line) << '\n';
        }
    }
    issueStream.flush();
    if (checkOnly) {
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

    Project project = loaded.project;
    // --write is a one-off client of the devices: it must not serve (nor take the port of the
    // station that does).
    if (options.action == RuntimeOptions::Action::Write) {
        project.gateway.reset();
        project.mqtt.reset(); // and not publish as the station's edge node
    }
    m_station.setProjectFile(fileName);
    m_station.setProject(project);
    // The run goes on without the gateway: polling, recording and publishing do not need it.
    connect(&m_station, &Station::gatewayFailed, this, [this](const QString &reason) {
        m_err << tr("vigie-runtime: %1").arg(reason) << Qt::endl;
    });
    m_printer = std::make_unique<TagPrinter>(*m_station.tags(), options.format, m_out);
    installSignalHandlers();

    if (options.statsEveryMs) {
        auto *statsTimer = new QTimer(this);
        connect(statsTimer, &QTimer::timeout, this, &RuntimeApp::printStats);
        statsTimer->start(int(*options.statsEveryMs));
    }

    if (options.action == RuntimeOptions::Action::Write) {
        // Each write is answered within its link's timeout × (retries + 1), twice for a
        // read-modify-write; past that bound something is wrong, so say so rather than hang.
        qint64 guard = 5000;
        for (const Connection &c : loaded.project.connections)
            guard = std::max(guard, 2 * qint64(c.timeout) * (c.retries + 1) + 5000);
        callAfter(guard * std::max<qint64>(1, options.writes.size()), &RuntimeApp::giveUpWrites);
        startWrites();
        return QCoreApplication::exec();
    }

    if (options.action == RuntimeOptions::Action::Eval) {
        const int failed = startEval();
        return failed >= 0 ? failed : QCoreApplication::exec();
    }

    if (options.action == RuntimeOptions::Action::Once) {
        connect(&m_station, &Station::onceFinished, this, [this] {
            m_printer->printAll();
            finish(Ok);
        });
        // Past that bound something is wrong: say so rather than hang.
        callAfter(Station::readOnceBoundMs(loaded.project), &RuntimeApp::giveUpOnce);
        m_station.readOnce();
        return QCoreApplication::exec();
    }

    // Values as they change (not every read), at most four batches a second.
    SubscriptionOptions changesOnly;
    changesOnly.intervalMs = 250;
    changesOnly.refreshes = false;
    changesOnly.tags = m_printer->printedTags();
    TagSubscription *changes = m_station.tags()->subscribe(changesOnly, this);
    connect(changes, &TagSubscription::changed, this, [this](const QList<TagId> &ids) {
        m_printer->printChanges(ids);
        // Nobody reads the output any more: stop quietly, as on SIGTERM.
        if (m_out.status() != QTextStream::Ok)
            quitCleanly();
    });
    if (options.durationMs)
        callAfter(*options.durationMs, &RuntimeApp::quitCleanly);
    m_station.start();
    return QCoreApplication::exec();
}

} // namespace Vigie
