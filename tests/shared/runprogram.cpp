#include "runprogram.h"

#include <QProcess>

ProgramRun runProgram(const QString &program, const QStringList &args, int timeoutMs,
                      const QProcessEnvironment &environment, const QByteArray &standardInput)
{
    QProcess p;
    p.setProcessEnvironment(environment);
    p.start(program, args);
    if (p.waitForStarted(timeoutMs)) {
        p.write(standardInput);
        p.closeWriteChannel();
    }
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return {-1, {}, QStringLiteral("timed out")};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}
