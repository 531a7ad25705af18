#pragma once

#include "station.h"
#include "tagprinter.h"

#include <QObject>
#include <QTextStream>

#include <memory>

class QSocketNotifier;

namespace Vigie {

// vigie-runtime: runs a project headless. Parses the command line, loads and validates the
// project, then checks it (--check), reads it once (--once) or runs until --duration ends or
// SIGINT/SIGTERM arrives, printing values as they change.
class RuntimeApp : public QObject
{
    Q_OBJECT
public:
    explicit RuntimeApp(QObject *parent = nullptr);
    ~RuntimeApp() override;

    // Returns the process exit code.
    int run(const QStringList &arguments);

private:
    void installSignalHandlers();
    void quitCleanly();

    QTextStream m_out;
    QTextStream m_err;
    Station m_station;
    std::unique_ptr<TagPrinter> m_printer;
    QSocketNotifier *m_signalNotifier = nullptr;
};

} // namespace Vigie
