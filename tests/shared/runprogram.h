#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// How a program run by a test ended: its exit status (-1: killed after the timeout, -2: it
// crashed), and what it printed.
struct ProgramRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs one of Vigie's programs to its end, as a script would, and collects what it printed.
// `standardInput` is what it reads on its standard input, which is then closed.
ProgramRun
runProgram(const QString &program, const QStringList &args, int timeoutMs = 20000,
           const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
           const QByteArray &standardInput = {});
