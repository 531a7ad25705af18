#include "csvencoding.h"

#include <QStringDecoder>

namespace Vigie::Csv {

namespace {

constexpr char16_t Windows1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, // 0x80
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F, // 0x88
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, // 0x90
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178, // 0x98
};

} // namespace

QString fromWindows1252(QByteArrayView data)
{
    QString text(data.size(), Qt::Uninitialized);
    char16_t *out = reinterpret_cast<char16_t *>(text.data());
    for (qsizetype i = 0; i < data.size(); ++i) {
        const uchar byte = uchar(data[i]);
        out[i] = byte >= 0x80 && byte < 0xA0 ? Windows1252High[byte - 0x80] : char16_t(byte);
    }
    return text;
}

QString decode(QByteArrayView data, CsvFile::Format::Encoding *encoding)
{
    using Encoding = CsvFile::Format::Encoding;
    if (data.startsWith("\xEF\xBB\xBF")) {
        *encoding = Encoding::Utf8Bom;
        // Invalid sequences after a BOM become U+FFFD: the BOM says what the file means to be.
        return QString::fromUtf8(data.sliced(3));
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(data);
    if (!utf8.hasError()) {
        *encoding = Encoding::Utf8;
        return text;
    }
    *encoding = Encoding::Windows1252;
    return fromWindows1252(data);
}

} // namespace Vigie::Csv
