#include "xlsxcellref.h"

namespace Vigie::Xlsx {

namespace {

// Past these a reference is absurd; stopping here keeps the arithmetic from overflowing.
constexpr qsizetype MaxLetters = 7;
constexpr qsizetype MaxDigits = 12;

} // namespace

std::optional<CellRef> parseCellRef(QStringView text)
{
    CellRef ref;
    qsizetype i = 0;
    for (; i < text.size() && i <= MaxLetters; ++i) {
        const char16_t c = text[i].unicode();
        if (c >= u'A' && c <= u'Z')
            ref.column = ref.column * 26 + (c - u'A' + 1);
        else if (c >= u'a' && c <= u'z')
            ref.column = ref.column * 26 + (c - u'a' + 1);
        else
            break;
    }
    const qsizetype letters = i;
    for (; i < text.size() && i - letters <= MaxDigits; ++i) {
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9')
            return std::nullopt;
        ref.row = ref.row * 10 + (c - u'0');
    }
    if (letters == 0 || letters > MaxLetters || i == letters || i != text.size()
        || i - letters > MaxDigits || ref.row == 0) {
        return std::nullopt;
    }
    return ref;
}

QString columnName(qint64 column)
{
    QString name;
    while (column > 0) {
        const qint64 digit = (column - 1) % 26;
        name.prepend(QChar(char16_t(u'A' + digit)));
        column = (column - 1) / 26;
    }
    return name;
}

QString cellName(qint64 row, qint64 column)
{
    return columnName(column) + QString::number(row);
}

} // namespace Vigie::Xlsx
