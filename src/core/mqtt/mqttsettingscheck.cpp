#include "mqttsettingscheck.h"

#include "model/issuereporter.h"
#include "mqttbrokerurl.h"
#include "mqttpublication.h"
#include "scorpiojson.h"
#include "secrets/secretstore.h"
#include "sparkplugcodec.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace Vigie {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::ProjectFile)
};

// The ids the broker sees: group and edge node ids, where they are used.
void checkIds(const IssueReporter &at, const MqttSettings &m)
{
    const bool json = m.mode == MqttMode::ScorpioJson;
    const auto uses = [&m](const QString &placeholder) {
        return m.birthTopic.contains(placeholder) || m.dataTopic.contains(placeholder);
    };
    const QList<std::pair<QString, QString>> ids = {
        {QStringLiteral("groupId"), m.groupId},
        {QStringLiteral("edgeNodeId"), m.edgeNodeId},
    };
    for (const auto &[field, id] : ids) {
        const bool needed = !json
            || uses(field == QLatin1String("groupId") ? QStringLiteral("{group}")
                                                      : QStringLiteral("{node}"));
        if (!needed && id.isEmpty())
            continue;
        if (const QString why = invalidSparkplugId(id); !why.isEmpty())
            at.error(field, why);
    }
    if (!m.primaryHost.isEmpty()) {
        if (json)
            at.warning(QStringLiteral("primaryHost"),
                       Tr::tr("is only used in sparkplugB mode: ignored in scorpioJson mode"));
        else if (const QString why = invalidSparkplugId(m.primaryHost); !why.isEmpty())
            at.error(QStringLiteral("primaryHost"), why);
    }
}

void checkTopics(const IssueReporter &at, const MqttSettings &m)
{
    if (m.mode != MqttMode::ScorpioJson)
        return;
    for (const auto &[field, pattern] : {std::pair {QStringLiteral("birthTopic"), m.birthTopic},
                                         std::pair {QStringLiteral("dataTopic"), m.dataTopic}}) {
        if (const QString why = invalidTopicTemplate(pattern); !why.isEmpty())
            at.error(field, why);
    }
    if (m.birthTopic == m.dataTopic && !m.birthTopic.contains(QLatin1String("{type}"))) {
        at.error(QStringLiteral("dataTopic"),
                 Tr::tr("is the same as birthTopic: births and data need topics of their own "
                        "(or use {type} in both)"));
    }
}

void checkTls(const IssueReporter &at, const MqttSettings &m, bool tls)
{
    const QList<std::pair<QString, QString>> files = {
        {QStringLiteral("caFile"), m.caFile},
        {QStringLiteral("certFile"), m.certFile},
        {QStringLiteral("keyFile"), m.keyFile},
    };
    for (const auto &[field, file] : files) {
        if (!file.isEmpty() && !tls)
            at.warning(field,
                       Tr::tr("is ignored: the broker URL starts with mqtt://, without "
                              "TLS (use mqtts://)"));
    }
    if (m.certFile.isEmpty() != m.keyFile.isEmpty()) {
        at.error(m.certFile.isEmpty() ? QStringLiteral("certFile") : QStringLiteral("keyFile"),
                 Tr::tr("a client certificate needs both certFile and keyFile"));
    }
    if (tls && !m.verifyCertificate) {
        at.warning(QStringLiteral("verifyCertificate"),
                   Tr::tr("is false: the broker's certificate is not checked, so anyone on the "
                          "way can pose as the broker and read what is published"));
    }
}

// The published devices' ids: each Vigie device with published variables is published under
// its own name unless mapped; ids must be valid and distinct.
void checkDevices(const IssueReporter &root, const IssueReporter &at, const Project &project,
                  const MqttSettings &m, const ListIndices &listIndices)
{
    QSet<QPair<QString, QString>> mapped;
    for (int i = 0; i < m.devices.size(); ++i) {
        const MqttDeviceMapping &d = m.devices[i];
        const IssueReporter entry = at.element(
            QStringLiteral("devices"), placeInFile(listIndices, QStringLiteral("mqtt.devices"), i));
        const Connection *connection = nullptr;
        for (const Connection &c : project.connections) {
            if (c.name == d.connection)
                connection = &c;
        }
        bool found = false;
        if (!connection) {
            entry.error(QStringLiteral("connection"),
                        Tr::tr("no connection is named \"%1\"").arg(escapedText(d.connection)));
        } else {
            for (const Device &device : connection->devices)
                found = found || device.name == d.device;
            if (!found)
                entry.error(QStringLiteral("device"),
                            Tr::tr("the connection \"%1\" has no device \"%2\"")
                                .arg(escapedText(d.connection), escapedText(d.device)));
        }
        if (const QString why = invalidSparkplugId(d.publishAs); !why.isEmpty())
            entry.error(QStringLiteral("publishAs"), why);
        if (mapped.contains({d.connection, d.device})) {
            entry.error(QStringLiteral("device"),
                        Tr::tr("the device \"%1\" of \"%2\" is mapped twice")
                            .arg(escapedText(d.device), escapedText(d.connection)));
        }
        mapped.insert({d.connection, d.device});
    }

    QHash<QString, QString> owners; // published id → which Vigie device holds it
    bool publishesAnything = false;
    for (const CalculatedVariable &v : project.calculated)
        publishesAnything = publishesAnything || v.published;
    if (publishesAnything && m.mode == MqttMode::ScorpioJson)
        owners.insert(m.edgeNodeId, Tr::tr("the edge node's calculated variables"));
    for (const Connection &c : project.connections) {
        for (const Device &device : c.devices) {
            bool published = false;
            for (const Frame &f : device.frames) {
                for (const Variable &v : f.variables)
                    published = published || v.published;
            }
            if (!published)
                continue;
            publishesAnything = true;
            const QString id = publishedDeviceId(m, c.name, device.name);
            const QString who = Tr::tr("the device \"%1\" of \"%2\"")
                                    .arg(escapedText(device.name), escapedText(c.name));
            if (!mapped.contains({c.name, device.name})) {
                if (const QString why = invalidSparkplugId(id); !why.isEmpty()) {
                    at.error(QStringLiteral("devices"),
                             Tr::tr("%1 publishes under its own name, which cannot be a device "
                                    "id (%2): map it to another name here")
                                 .arg(who, why));
                    continue;
                }
            }
            const auto taken = owners.constFind(id);
            if (taken != owners.constEnd()) {
                at.error(QStringLiteral("devices"),
                         Tr::tr("%1 and %2 would both be published as \"%3\": map one of them "
                                "to another name here")
                             .arg(*taken, who, escapedText(id)));
                continue;
            }
            owners.insert(id, who);
        }
    }
    if (!publishesAnything) {
        root.warning(QStringLiteral("mqtt"),
                     Tr::tr("no variable is published: mark the variables to send with "
                            "\"published\": true"));
    }
}

} // namespace

QString effectiveClientId(const MqttSettings &settings)
{
    return settings.clientId.isEmpty() ? QStringLiteral("vigie-") + settings.edgeNodeId
                                       : settings.clientId;
}

ProjectIssues validateMqtt(const Project &project, const ListIndices &listIndices)
{
    ProjectIssues issues;
    if (!project.mqtt)
        return issues;
    const MqttSettings &m = *project.mqtt;
    const FileIndices none; // the mqtt block is a field of the project, not a node
    const IssueReporter root(issues, none, {});
    const IssueReporter at = root.child(QStringLiteral("mqtt"));

    QString why;
    const std::optional<MqttBrokerUrl> url = MqttBrokerUrl::parse(m.broker, &why);
    if (!url)
        at.error(QStringLiteral("broker"), why);
    checkRange(at, QStringLiteral("keepAlive"), m.keepAlive, 5, 65535);
    if (!m.secret.isEmpty()) {
        if (const QString bad = SecretStore::invalidReference(m.secret); !bad.isEmpty())
            at.error(QStringLiteral("secret"), bad);
    }
    if (effectiveClientId(m).toUtf8().size() > 23) {
        at.warning(m.clientId.isEmpty() ? QStringLiteral("edgeNodeId") : QStringLiteral("clientId"),
                   Tr::tr("the client id \"%1\" is longer than 23 bytes, which an MQTT 3.1.1 "
                          "broker may refuse")
                       .arg(escapedText(effectiveClientId(m))));
    }
    checkTls(at, m, url && url->isTls());
    checkIds(at, m);
    checkTopics(at, m);
    if (m.qos < 0 || m.qos > 1)
        at.error(QStringLiteral("qos"), Tr::tr("%1 is not 0 or 1 (QoS 2 is not used)").arg(m.qos));
    if (m.period != 0)
        checkRange(at, QStringLiteral("period"), m.period, 100, 86400000);
    if (!m.onChange && m.period == 0)
        at.error(QStringLiteral("onChange"),
                 Tr::tr("is false and period is 0: nothing would ever be published"));
    const IssueReporter queue = at.child(QStringLiteral("queue"));
    checkRange(queue, QStringLiteral("maxMegabytes"), m.queue.maxMegabytes, 1, 100000);
    checkRange(queue, QStringLiteral("maxAgeHours"), m.queue.maxAgeHours, 1, 87600);
    checkRange(queue, QStringLiteral("replayRate"), m.queue.replayRate, 1, 1000000);
    checkDevices(root, at, project, m, listIndices);
    return issues;
}

} // namespace Vigie
