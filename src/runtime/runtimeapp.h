#pragma once

#include "acquisition/clock.h"
#include "station.h"
#include "tagprinter.h"

#include <QObject>
#include <QTextStream>

#include <memory>
#include <optional>

class QSocketNotifier;

namespace Vigie {

// What the command line asks vigie-runtime to do, checked: RuntimeApp::parseOptions() fills it,
// and a new option adds a field here and its check there.
struct RuntimeOptions
{
    enum class Action {
        Run,
        Check,
        Once,
        Write,
        Eval,
        SetSecret,
        Import,
        Export,
        PrintHelp,
        PrintVersion
    };
    Action action = Action::Run;
    QString projectFile;
    TagPrinter::Format format = TagPrinter::Format::Table;
    std::optional<qint64> durationMs; // Run: stop after this long; empty: run until a signal
    QList<std::pair<QString, QString>> writes; // Write: tag name and value text, in order
    QString formula; // Eval: the formula to evaluate
    QString secretReference; // SetSecret: the keychain reference to store standard input under
    QString spreadsheet; // Import: the file read; Export: the file written
    QString sheet; // Import: only this sheet
    QList<std::pair<QString, QString>> columnMap; // Import: header → field key, in order
    QString connection; // Import: for rows naming none
    QString device;
    bool stats = false; // print link and device counters at exit
    std::optional<qint64> statsEveryMs; // and every so often while running
    QString usageError; // not empty: the command line is refused (exit status 2), saying why
    QString text; // PrintHelp, PrintVersion: what to print
};

// vigie-runtime: runs a project headless. Parses the command line, loads and validates the
// project, then checks it (--check), reads it once (--once), writes values (--write) or runs
// until --duration ends, SIGINT, SIGTERM or SIGHUP arrives or its output is closed, printing
// values as they change; --stats adds the link and device counters.
class RuntimeApp : public QObject
{
    Q_OBJECT
public:
    explicit RuntimeApp(QObject *parent = nullptr);
    ~RuntimeApp() override;

    // Returns the process exit code.
    int run(const QStringList &arguments);

    // Reads and checks the command line (arguments[0] is the program), without side effects.
    [[nodiscard]] static RuntimeOptions parseOptions(const QStringList &arguments);

private:
    void installSignalHandlers();
    void quitCleanly();
    // Calls `slot` once, `ms` from now (any qint64: QTimer alone would narrow it to an int).
    void callAfter(qint64 ms, void (RuntimeApp::*slot)());
    void giveUpOnce();
    void giveUpWrites();
    // Stops acquisition, prints the statistics if asked, and leaves the event loop with `code`.
    void finish(int code);
    void printStats();
    int startEval(); // returns the exit code if it cannot start, -1 if it runs
    int startSetSecret(); // the same
    void startWrites();
    void sendNextWrite();
    void onWriteFinished(const WriteOutcome &outcome);

    QTextStream m_out;
    QTextStream m_err;
    SystemClock m_clock;
    Station m_station;
    std::unique_ptr<TagPrinter> m_printer;
    RuntimeOptions m_options;
    int m_nextWrite = 0;
    quint64 m_writeId = 0;
    int m_writesFailed = 0;
    QSocketNotifier *m_signalNotifier = nullptr;
};

} // namespace Vigie
