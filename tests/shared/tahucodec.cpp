#include "tahucodec.h"

#include "requireprogram.h"
#include "runprogram.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTemporaryDir>

namespace Vigie::Test {

namespace {

const QString nodePeers = QStringLiteral(VIGIE_BINARY_DIR "/node-peers");
const QString scripts = QStringLiteral(VIGIE_SOURCE_DIR "/tests/peers/node/");

// One of the scripts under node, with `input` on its standard input: its output's lines.
std::optional<QList<QByteArray>> runScript(const QString &script, QStringList args,
                                           const QByteArray &input, QString *error)
{
    if (const QString why = tahuUnavailable(); !why.isEmpty()) {
        *error = why;
        return std::nullopt;
    }
    args.prepend(nodePeers);
    args.prepend(QStringLiteral("--peers"));
    args.prepend(scripts + script);
    const ProgramRun run = runProgram(findProgram(QStringLiteral("node")), args, 60000,
                                      QProcessEnvironment::systemEnvironment(), input);
    if (run.exitCode != 0) {
        *error =
            QStringLiteral("node %1 failed (%2): %3").arg(script).arg(run.exitCode).arg(run.err);
        return std::nullopt;
    }
    QList<QByteArray> lines;
    for (const QByteArray &line : run.out.toUtf8().split('\n')) {
        if (!line.isEmpty())
            lines.append(line);
    }
    return lines;
}

} // namespace

QString tahuUnavailable()
{
    if (findProgram(QStringLiteral("node")).isEmpty())
        return QStringLiteral("node is not installed: run ./dev test, which installs it");
    if (!QFileInfo::exists(nodePeers + QStringLiteral("/node_modules/sparkplug-payload")))
        return nodePeers
            + QStringLiteral("/node_modules/sparkplug-payload is missing: run ./dev test, which "
                             "installs the node test peers");
    return {};
}

QList<QJsonObject> decodeWithTahu(const QList<QByteArray> &payloads, QString *error)
{
    QTemporaryDir dir;
    QStringList files;
    for (qsizetype i = 0; i < payloads.size(); ++i) {
        QFile file(dir.filePath(QString::number(i)));
        if (!file.open(QIODevice::WriteOnly) || file.write(payloads[i]) != payloads[i].size()) {
            *error = QStringLiteral("cannot write ") + file.fileName();
            return {};
        }
        files.append(file.fileName());
    }
    const auto lines = runScript(QStringLiteral("sparkplug_decode.js"), files, {}, error);
    if (!lines)
        return {};
    QList<QJsonObject> decoded;
    for (const QByteArray &line : *lines)
        decoded.append(QJsonDocument::fromJson(line).object());
    if (decoded.size() != payloads.size()) {
        *error = QStringLiteral("node decoded %1 payloads of %2")
                     .arg(decoded.size())
                     .arg(payloads.size());
        return {};
    }
    return decoded;
}

QList<QByteArray> encodeWithTahu(const QByteArray &json, QString *error)
{
    const auto lines = runScript(QStringLiteral("sparkplug_encode.js"), {}, json, error);
    if (!lines)
        return {};
    QList<QByteArray> payloads;
    for (const QByteArray &line : *lines)
        payloads.append(QByteArray::fromBase64(line));
    return payloads;
}

} // namespace Vigie::Test
