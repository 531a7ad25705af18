#include "writerequest.h"

#include "acquisition/valuecodec.h"

#include <QCoreApplication>

namespace Vigie {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::WriteService)
};
} // namespace

QString toString(WriteOrigin origin)
{
    switch (origin) {
    case WriteOrigin::Operator: return QStringLiteral("operator");
    case WriteOrigin::Screen: return QStringLiteral("screen");
    case WriteOrigin::Sequence: return QStringLiteral("sequence");
    case WriteOrigin::RemoteCommand: return QStringLiteral("remote command");
    case WriteOrigin::Script: return QStringLiteral("script");
    }
    return {};
}

QString toString(WriteStatus status)
{
    switch (status) {
    case WriteStatus::Done: return QStringLiteral("done");
    case WriteStatus::Refused: return QStringLiteral("refused");
    case WriteStatus::NotSent: return QStringLiteral("not sent");
    case WriteStatus::Failed: return QStringLiteral("failed");
    }
    return {};
}

std::optional<PreparedWrite> prepareWrite(const Project &project, const TagCatalog &catalog,
                                          const WriteRequest &request, QString *reason)
{
    const auto refuse = [reason](const QString &why) -> std::optional<PreparedWrite> {
        if (reason)
            *reason = why;
        return std::nullopt;
    };
    if (request.tag < 0 || request.tag >= catalog.size())
        return refuse(Tr::tr("unknown tag"));
    const TagInfo &info = catalog.info(request.tag);
    if (info.source != TagSource::Acquired)
        return refuse(
            Tr::tr("%1 is a %2 tag and cannot be written")
                .arg(info.name,
                     info.source == TagSource::System ? Tr::tr("system") : Tr::tr("calculated")));
    const NodePath &p = info.node;
    const Variable &v = project.variable(p);
    const Frame &frame = project.frame(p);
    if (!v.writable || !frame.isWritable || isReadOnlyFrame(frame.type))
        return refuse(Tr::tr("%1 is read-only").arg(v.name));
    if (!request.value.isValid())
        return refuse(Tr::tr("no value given"));
    if (isNumeric(v.dataType)) {
        bool ok = false;
        const double x = request.value.toDouble(&ok);
        if (!ok || request.value.typeId() == QMetaType::Bool)
            return refuse(Tr::tr("\"%1\" is not a number").arg(request.value.toString()));
        if (v.min && x < *v.min)
            return refuse(
                Tr::tr("%1 is below the minimum %2 %3")
                    .arg(ValueCodec::format(request.value), ValueCodec::format(*v.min), v.unit)
                    .trimmed());
        if (v.max && x > *v.max)
            return refuse(
                Tr::tr("%1 is above the maximum %2 %3")
                    .arg(ValueCodec::format(request.value), ValueCodec::format(*v.max), v.unit)
                    .trimmed());
    }
    const Device &device = project.connections[p.connection].devices[p.device];
    PreparedWrite prepared;
    prepared.connection = p.connection;
    LinkRequest &r = prepared.request;
    r.device = p.device;
    r.stationAddress = device.stationAddress;
    r.type = frame.type;
    r.startAddress = frame.startAddress + v.offset;
    r.quietAfter = frame.interFrameDelay;
    QString error;
    if (v.dataType == DataType::Bool && v.bit && !isBitFrame(frame.type)) {
        // One bit of a shared register: the link queue reads, changes and writes it as one step.
        const QList<quint16> words = ValueCodec::encode(v, frame.type, request.value, &error, 0);
        if (words.isEmpty())
            return refuse(error);
        r.kind = LinkRequest::Kind::WriteBit;
        r.bit = *v.bit;
        r.bitValue = (words.constFirst() >> *v.bit) & 1;
        r.quantity = 1;
        return prepared;
    }
    r.kind = LinkRequest::Kind::Write;
    r.words = ValueCodec::encode(v, frame.type, request.value, &error);
    if (r.words.isEmpty())
        return refuse(error);
    r.quantity = int(r.words.size());
    return prepared;
}

QVariant writeValueFromText(const QString &text)
{
    bool ok = false;
    const qlonglong whole = text.toLongLong(&ok);
    if (ok)
        return whole;
    const double number = text.toDouble(&ok);
    if (ok)
        return number;
    return text;
}

} // namespace Vigie
