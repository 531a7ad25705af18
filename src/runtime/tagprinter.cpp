#include "tagprinter.h"

#include "acquisition/valuecodec.h"
#include "model/jsonwriter.h"

#include <QDateTime>
#include <QTimeZone>

#include <numeric>

namespace Vigie {

namespace {

QString jsonValue(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::UnknownType: return QStringLiteral("null");
    case QMetaType::Bool:
    case QMetaType::Float:
    case QMetaType::Double:
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::ULongLong: return ValueCodec::format(v);
    default: return QString::fromUtf8(JsonWriter::quoted(v.toString()));
    }
}

QString quoted(const QString &s)
{
    return QString::fromUtf8(JsonWriter::quoted(s));
}

} // namespace

QString TagPrinter::isoTime(qint64 utcMs)
{
    if (utcMs == 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(utcMs, QTimeZone::utc()).toString(Qt::ISODateWithMs);
}

TagPrinter::TagPrinter(const TagTable &tags, Format format, QTextStream &out)
    : m_tags(tags)
    , m_format(format)
    , m_out(out)
{
    for (const TagId id : printedTags())
        m_nameWidth = std::max(m_nameWidth, int(tags.info(id).name.size()));
}

QString TagPrinter::jsonLine(const TagInfo &info, const TagValue &value)
{
    QString line = QLatin1String("{\"name\":") + quoted(info.name) + QLatin1String(",\"value\":")
        + jsonValue(value.value) + QLatin1String(",\"unit\":") + quoted(info.unit)
        + QLatin1String(",\"quality\":") + quoted(toString(value.quality));
    if (!value.reason.isEmpty())
        line += QLatin1String(",\"reason\":") + quoted(value.reason);
    line += QLatin1String(",\"timestamp\":")
        + (value.timestamp ? quoted(isoTime(value.timestamp)) : QStringLiteral("null"))
        + QLatin1Char('}');
    return line;
}

QString TagPrinter::tableLine(const TagInfo &info, const TagValue &value) const
{
    const QString shown =
        value.value.isValid() ? ValueCodec::format(value.value) : QStringLiteral("-");
    return info.name.leftJustified(m_nameWidth) + QLatin1String("  ") + shown.rightJustified(14)
        + QLatin1Char(' ') + info.unit.leftJustified(5) + QLatin1String("  ")
        + isoTime(value.timestamp).leftJustified(24) + QLatin1String("  ") + describeQuality(value);
}

QList<TagId> TagPrinter::printedTags() const
{
    QList<TagId> ids;
    for (TagId id = 0; id < m_tags.size(); ++id) {
        if (m_tags.info(id).source != TagSource::System)
            ids.append(id);
    }
    return ids;
}

void TagPrinter::printAll()
{
    printChanges(printedTags());
}

void TagPrinter::printChanges(const QList<TagId> &ids)
{
    const QList<TagValue> values = m_tags.values(ids);
    for (int i = 0; i < ids.size(); ++i) {
        const TagInfo &info = m_tags.info(ids[i]);
        m_out << (m_format == Format::Jsonl ? jsonLine(info, values[i])
                                            : tableLine(info, values[i]))
              << '\n';
    }
    m_out.flush();
}

} // namespace Vigie
