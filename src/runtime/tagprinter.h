#pragma once

#include "tags/tagtable.h"

#include <QTextStream>

namespace Vigie {

// Prints tag values for vigie-runtime: an aligned table, or one JSON object per line
// ({"name", "value", "unit", "quality", "reason"?, "timestamp"}) for scripts.
class TagPrinter
{
public:
    enum class Format { Table, Jsonl };

    TagPrinter(const TagTable &tags, Format format, QTextStream &out);

    // Every printed tag, in project order (used by --once).
    void printAll();
    // The tags it prints: variables and calculated tags (system tags go with --stats).
    [[nodiscard]] QList<TagId> printedTags() const;
    // One line per changed tag (used while running).
    void printChanges(const QList<TagId> &ids);

    [[nodiscard]] static QString jsonLine(const TagInfo &info, const TagValue &value);
    // A UTC time as printed everywhere in vigie-runtime's output (ISO 8601 with ms), empty for 0.
    [[nodiscard]] static QString isoTime(qint64 utcMs);

private:
    [[nodiscard]] QString tableLine(const TagInfo &info, const TagValue &value) const;

    const TagTable &m_tags;
    Format m_format;
    QTextStream &m_out;
    int m_nameWidth = 0;
};

} // namespace Vigie
