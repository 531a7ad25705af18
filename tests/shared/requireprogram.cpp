#include "requireprogram.h"

#include <QFileInfo>
#include <QStandardPaths>
#include <QTest>

namespace Vigie::Test {

QString findProgram(const QString &name, const QStringList &extraDirectories)
{
    if (name.contains(u'/')) {
        const QFileInfo file(name);
        return file.isFile() && file.isExecutable() ? file.absoluteFilePath() : QString();
    }
    QString path = QStandardPaths::findExecutable(name);
    if (path.isEmpty()) {
        path = QStandardPaths::findExecutable(name,
                                              QStringList {QStringLiteral("/usr/local/sbin"),
                                                           QStringLiteral("/usr/sbin"),
                                                           QStringLiteral("/sbin")}
                                                  + extraDirectories);
    }
    return path;
}

QString requireProgram(const QString &name, const QStringList &extraDirectories,
                       std::source_location where)
{
    const QString path = findProgram(name, extraDirectories);
    if (path.isEmpty()) {
        const QString message =
            name + QStringLiteral(" is not installed: run ./dev test, which installs it");
        QTest::qFail(qPrintable(message), where.file_name(), int(where.line()));
    }
    return path;
}

} // namespace Vigie::Test
