#include "csvparser.h"

#include <QHash>

#include <optional>
#include <tuple>

namespace Vigie::Csv {

namespace {

// Enough records to see a pattern, few enough to stay instant on any file.
constexpr qsizetype DetectionRecords = 30;
constexpr qsizetype RecordsBetweenProgress = 1000;

bool isLineBreak(QChar c)
{
    return c == u'\n' || c == u'\r';
}

class Parser
{
public:
    // trim: leave trailing empty fields and records out; the delimiter's detection counts them.
    Parser(QStringView text, QChar delimiter, int firstLine, bool trim)
        : m_text(text)
        , m_delimiter(delimiter)
        , m_line(firstLine)
        , m_trim(trim)
    {
    }

    // Records read leniently, or left with a quote never closed, so far.
    [[nodiscard]] qsizetype lenientRecords() const { return m_lenientRecords; }

    ParseOutcome run(Sheet *sheet, qsizetype maxRecords,
                     const std::function<bool(qsizetype)> &progress)
    {
        bool linesDiffer = false;
        qsizetype keptRows = 0; // rows up to the last that holds a value
        while (m_pos < m_text.size() && (maxRecords < 0 || sheet->rows.size() < maxRecords)) {
            if (progress && sheet->rows.size() % RecordsBetweenProgress == 0 && !progress(m_pos)) {
                return {ParseOutcome::Cancelled, m_line};
            }
            const int recordLine = m_line;
            QList<QVariant> record;
            m_leniencies = false;
            if (!readRecord(&record)) {
                ++m_lenientRecords;
                return {ParseOutcome::UnclosedQuote, m_openQuoteLine};
            }
            if (m_leniencies)
                ++m_lenientRecords;
            while (m_trim && !record.isEmpty() && !record.back().isValid())
                record.removeLast();
            linesDiffer = linesDiffer || recordLine != sheet->rows.size() + 1;
            sheet->lines.append(recordLine);
            if (!record.isEmpty())
                keptRows = sheet->rows.size() + 1;
            sheet->rows.append(std::move(record));
        }
        if (m_trim) {
            sheet->rows.resize(keptRows);
            sheet->lines.resize(linesDiffer ? keptRows : 0);
        }
        return {};
    }

private:
    // One record, up to and past its line break; false if a quoted field is never closed.
    bool readRecord(QList<QVariant> *record)
    {
        while (true) {
            QString field;
            const bool quoted = m_pos < m_text.size() && m_text[m_pos] == u'"';
            if (quoted && !readQuoted(&field))
                return false;
            // The unquoted field, or what follows a closing quote up to the delimiter.
            const qsizetype start = m_pos;
            while (m_pos < m_text.size() && m_text[m_pos] != m_delimiter
                   && !isLineBreak(m_text[m_pos])) {
                ++m_pos;
            }
            const QStringView rest = m_text.mid(start, m_pos - start);
            // Text after a closing quote, or a quote inside an unquoted field: read leniently,
            // but a sign that this may not be the file's delimiter.
            if ((quoted && !rest.isEmpty()) || rest.contains(u'"'))
                m_leniencies = true;
            field += rest;
            record->append(field.isEmpty() ? QVariant() : QVariant(field));
            if (m_pos >= m_text.size())
                return true;
            if (m_text[m_pos] == m_delimiter) {
                ++m_pos;
                continue;
            }
            skipLineBreak();
            return true;
        }
    }

    // From an opening quote to past its closing one; doubled quotes are one.
    bool readQuoted(QString *field)
    {
        m_openQuoteLine = m_line;
        ++m_pos;
        while (true) {
            const qsizetype quote = m_text.indexOf(u'"', m_pos);
            if (quote < 0)
                return false;
            const QStringView chunk = m_text.mid(m_pos, quote - m_pos);
            countLines(chunk);
            *field += chunk;
            m_pos = quote + 1;
            if (m_pos < m_text.size() && m_text[m_pos] == u'"') {
                *field += u'"';
                ++m_pos;
            } else {
                return true;
            }
        }
    }

    void skipLineBreak()
    {
        if (m_text[m_pos] == u'\r' && m_pos + 1 < m_text.size() && m_text[m_pos + 1] == u'\n')
            ++m_pos;
        ++m_pos;
        ++m_line;
    }

    // Line breaks inside a quoted field: CRLF, LF or CR, each one line.
    void countLines(QStringView chunk)
    {
        for (qsizetype i = 0; i < chunk.size(); ++i) {
            const bool crlf = chunk[i] == u'\r' && i + 1 < chunk.size() && chunk[i + 1] == u'\n';
            if (isLineBreak(chunk[i]) && !crlf)
                ++m_line;
        }
    }

    QStringView m_text;
    QChar m_delimiter;
    qsizetype m_pos = 0;
    int m_line;
    int m_openQuoteLine = 0;
    bool m_trim;
    bool m_leniencies = false; // in the record being read
    qsizetype m_lenientRecords = 0;
};

} // namespace

ParseOutcome parseRecords(QStringView text, QChar delimiter, Sheet *sheet, int firstLine,
                          qsizetype maxRecords, const std::function<bool(qsizetype)> &progress)
{
    return Parser(text, delimiter, firstLine, true).run(sheet, maxRecords, progress);
}

QChar detectDelimiter(QStringView text)
{
    // Ranked by, in turn: fewer records read leniently (a wrong delimiter misplaces quotes), more
    // records split into the most common number of fields when that is two or more, more fields
    // in them, and more records split at all (a sheet whose rows mostly hold one cell still has
    // its delimiter).
    QChar best = u',';
    std::tuple<qsizetype, qsizetype, qsizetype, qsizetype> bestRank {};
    bool first = true;
    for (const QChar candidate : {QChar(u';'), QChar(u','), QChar(u'\t')}) {
        Sheet sample;
        Parser parser(text, candidate, 1, false);
        parser.run(&sample, DetectionRecords, {});
        // Empty fields count: a tag list's optional last columns are often empty.
        QHash<qsizetype, qsizetype> records; // number of fields → records that have it
        qsizetype split = 0;
        for (const QList<QVariant> &row : std::as_const(sample.rows)) {
            if (row.size() > 1 || (row.size() == 1 && row.front().isValid()))
                ++records[row.size()];
            if (row.size() > 1)
                ++split;
        }
        qsizetype fields = 1;
        qsizetype consistent = 0;
        for (auto it = records.cbegin(); it != records.cend(); ++it) {
            if (it.value() > consistent || (it.value() == consistent && it.key() > fields)) {
                fields = it.key();
                consistent = it.value();
            }
        }
        if (fields < 2) {
            fields = 1;
            consistent = 0;
        }
        const auto rank = std::tuple(-parser.lenientRecords(), consistent, fields, split);
        if (split > 0 && (first || rank > bestRank)) {
            best = candidate;
            bestRank = rank;
            first = false;
        }
    }
    return best;
}

} // namespace Vigie::Csv
