#include "csvfile.h"

#include "csvencoding.h"
#include "csvparser.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>

namespace Vigie::CsvFile {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::CsvFile)
};

// A failure of parsing, for read() and parse() to word with or without the file's name.
struct Failure
{
    int line = 0; // 0: not about one line
    QString message;
};

// The 1-based line of data[offset], counting CRLF, LF and CR as one break each.
int lineAt(QByteArrayView data, qsizetype offset)
{
    int line = 1;
    for (qsizetype i = 0; i < offset; ++i) {
        if (data[i] == '\n' || (data[i] == '\r' && (i + 1 >= data.size() || data[i + 1] != '\n')))
            ++line;
    }
    return line;
}

// "sep=;" alone on the first line: Excel's own way to name the delimiter of a file.
std::optional<QChar> separatorLine(QStringView text, qsizetype *lineEnd)
{
    if (!text.startsWith(QLatin1StringView("sep="), Qt::CaseInsensitive) || text.size() < 5)
        return std::nullopt;
    const QChar delimiter = text[4];
    if (delimiter == u'"' || delimiter == u'\r' || delimiter == u'\n')
        return std::nullopt;
    qsizetype end = 5;
    if (end < text.size() && text[end] == u'\r')
        ++end;
    if (end < text.size() && text[end] == u'\n')
        ++end;
    if (end != text.size() && end == 5)
        return std::nullopt; // more on the line: data that starts with "sep="
    *lineEnd = end;
    return delimiter;
}

std::optional<Sheet> parseData(const QByteArray &data, Failure *failure, Format *detected,
                               const ReadProgress &progress)
{
    if (data.startsWith("\xFF\xFE") || data.startsWith("\xFE\xFF")) {
        failure->message = Tr::tr("the file is UTF-16 text (Excel's \"Unicode text\"); save it "
                                  "as \"CSV UTF-8\" or \"CSV\" instead");
        return std::nullopt;
    }
    const qsizetype nul = data.indexOf('\0');
    if (nul >= 0) {
        *failure = {lineAt(data, nul), Tr::tr("a NUL byte: this is a binary file, not CSV text")};
        return std::nullopt;
    }
    Format format;
    const QString text = Csv::decode(data, &format.encoding);
    QStringView body = text;
    int firstLine = 1;
    qsizetype sepLineEnd = 0;
    if (const std::optional<QChar> sep = separatorLine(text, &sepLineEnd)) {
        format.delimiter = *sep;
        body = body.mid(sepLineEnd);
        firstLine = 2;
    } else {
        format.delimiter = Csv::detectDelimiter(text);
    }
    if (detected)
        *detected = format;

    Sheet sheet;
    const qint64 total = data.size();
    const qsizetype characters = std::max<qsizetype>(body.size(), 1);
    const auto tell = [&](qsizetype position) {
        return !progress || progress(qint64(double(position) / characters * total), total);
    };
    const Csv::ParseOutcome outcome =
        Csv::parseRecords(body, format.delimiter, &sheet, firstLine, -1, tell);
    switch (outcome.status) {
    case Csv::ParseOutcome::Done: break;
    case Csv::ParseOutcome::UnclosedQuote:
        *failure = {outcome.line, Tr::tr("a quoted field is never closed")};
        return std::nullopt;
    case Csv::ParseOutcome::Cancelled: failure->message = Tr::tr("cancelled"); return std::nullopt;
    }
    if (progress && !progress(total, total)) {
        failure->message = Tr::tr("cancelled");
        return std::nullopt;
    }
    return sheet;
}

QString fieldText(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::UnknownType: return {};
    case QMetaType::Double:
    case QMetaType::Float:
        return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    case QMetaType::Bool: return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QMetaType::QDate: return value.toDate().toString(Qt::ISODate);
    case QMetaType::QTime: {
        const QTime time = value.toTime();
        return time.toString(time.msec() ? QStringLiteral("HH:mm:ss.zzz")
                                         : QStringLiteral("HH:mm:ss"));
    }
    case QMetaType::QDateTime: {
        // A space, not ISO's "T": Excel reads "2024-03-01 14:30:00" as a date and time.
        const QDateTime dateTime = value.toDateTime();
        return dateTime.toString(dateTime.time().msec() ? QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")
                                                        : QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    }
    default: return value.toString();
    }
}

// Whether a field must be quoted: a quote or a line break, and any of the delimiters a reader
// might detect, not only this one, so that a one-column file reads back as one column.
bool needsQuotes(const QString &text)
{
    for (const QChar c : text) {
        if (c == u'"' || c == u'\n' || c == u'\r' || c == u',' || c == u';' || c == u'\t')
            return true;
    }
    return false;
}

} // namespace

std::optional<Sheet> parse(const QByteArray &data, QString *errorMessage, Format *detected)
{
    Failure failure;
    std::optional<Sheet> sheet = parseData(data, &failure, detected, {});
    if (!sheet && errorMessage) {
        *errorMessage = failure.line > 0
            ? Tr::tr("line %1: %2").arg(failure.line).arg(failure.message)
            : failure.message;
    }
    return sheet;
}

std::optional<Sheet> read(const QString &fileName, QString *errorMessage, Format *detected,
                          const ReadProgress &progress)
{
    const QString name = QFileInfo(fileName).fileName();
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        if (errorMessage)
            *errorMessage = Tr::tr("%1: cannot open the file: %2").arg(name, file.errorString());
        return std::nullopt;
    }
    const QByteArray data = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        if (errorMessage)
            *errorMessage = Tr::tr("%1: cannot read the file: %2").arg(name, file.errorString());
        return std::nullopt;
    }
    Failure failure;
    std::optional<Sheet> sheet = parseData(data, &failure, detected, progress);
    if (!sheet) {
        if (errorMessage) {
            *errorMessage = failure.line > 0
                ? Tr::tr("%1, line %2: %3").arg(name).arg(failure.line).arg(failure.message)
                : Tr::tr("%1: %2").arg(name, failure.message);
        }
        return std::nullopt;
    }
    sheet->name = QFileInfo(fileName).completeBaseName();
    return sheet;
}

QByteArray serialize(const Sheet &sheet, QChar delimiter)
{
    QString text;
    for (const QList<QVariant> &row : sheet.rows) {
        for (qsizetype c = 0; c < row.size(); ++c) {
            if (c > 0)
                text += delimiter;
            QString field = fieldText(row[c]);
            // A first cell "sep=x" would read back as Excel's delimiter line.
            const bool looksLikeSep = &row == &sheet.rows.front() && c == 0
                && field.startsWith(QLatin1StringView("sep="), Qt::CaseInsensitive);
            if (needsQuotes(field) || field.contains(delimiter) || looksLikeSep) {
                field.replace(u'"', QLatin1StringView("\"\""));
                text += u'"' + field + u'"';
            } else {
                text += field;
            }
        }
        text += QLatin1StringView("\r\n");
    }
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

bool write(const Sheet &sheet, const QString &fileName, QString *errorMessage, QChar delimiter)
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || file.write(serialize(sheet, delimiter)) < 0
        || !file.commit()) {
        if (errorMessage) {
            *errorMessage = Tr::tr("%1: cannot write the file: %2")
                                .arg(QFileInfo(fileName).fileName(), file.errorString());
        }
        return false;
    }
    return true;
}

} // namespace Vigie::CsvFile
