#include "valuecodec.h"

#include <QCoreApplication>

#include <bit>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>

namespace Vigie::ValueCodec {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::ValueCodec)
};

bool identityScale(const Variable &v)
{
    return v.scale == 1.0 && v.scaleOffset == 0.0;
}

// The variable's words reordered into big-endian register order with big-endian bytes
// (ABCD), whatever order the device uses.
QList<quint16> toCanonicalOrder(QList<quint16> words, ByteOrder order)
{
    const bool swapBytes = order == ByteOrder::BADC || order == ByteOrder::DCBA;
    const bool swapWords = order == ByteOrder::CDAB || order == ByteOrder::DCBA;
    if (swapWords)
        std::reverse(words.begin(), words.end());
    if (swapBytes) {
        for (quint16 &w : words)
            w = quint16((w >> 8) | (w << 8));
    }
    return words;
}

// The transformation is its own inverse.
QList<quint16> fromCanonicalOrder(const QList<quint16> &words, ByteOrder order)
{
    return toCanonicalOrder(words, order);
}

quint64 wordsToBits(const QList<quint16> &words)
{
    quint64 bits = 0;
    for (const quint16 w : words)
        bits = (bits << 16) | w;
    return bits;
}

QList<quint16> bitsToWords(quint64 bits, int count)
{
    QList<quint16> words(count);
    for (int i = count - 1; i >= 0; --i) {
        words[i] = quint16(bits & 0xFFFF);
        bits >>= 16;
    }
    return words;
}

// raw × scale, but divided by 1/scale when that is a whole number: 904 / 100 is exactly the
// double nearest 9.04, where 904 × 0.01 gives 9.040000000000001 on an operator's screen.
double applyScale(double raw, double scale)
{
    const double inverse = std::round(1.0 / scale);
    if (inverse != 0 && std::abs(1.0 / scale - inverse) < 1e-9 * std::abs(inverse))
        return raw / inverse;
    return raw * scale;
}

// "raw × scale + scaleOffset" with the raw value as its type shows it, for messages.
QString scalingText(const Variable &v, const QVariant &raw)
{
    QString text = format(raw) + QStringLiteral(" × ") + format(v.scale);
    if (v.scaleOffset < 0)
        text += QStringLiteral(" − ") + format(-v.scaleOffset);
    else if (v.scaleOffset != 0 || std::isnan(v.scaleOffset))
        text += QStringLiteral(" + ") + format(v.scaleOffset);
    return text;
}

// raw × scale + scaleOffset, or an invalid QVariant and *error when that is no finite value
// of the variable's type: JSON, the tag table and every consumer expect finite numbers.
QVariant scaled(const Variable &v, double raw, const QVariant &rawValue, QString *error)
{
    const double eng = applyScale(raw, v.scale) + v.scaleOffset;
    const bool isFloat32 = v.dataType == DataType::Float32;
    if (std::isnan(eng)) {
        if (error)
            *error =
                Tr::tr("scaling %1 gives no number (not a number)").arg(scalingText(v, rawValue));
        return {};
    }
    if (isFloat32 && std::abs(eng) > std::numeric_limits<float>::max()) {
        if (error)
            *error = Tr::tr("scaling %1 gives a value too large for a Float32 (beyond ±3.4e38)")
                         .arg(scalingText(v, rawValue));
        return {};
    }
    if (!std::isfinite(eng)) {
        if (error)
            *error = Tr::tr("scaling %1 gives a value too large for a number (beyond ±1.8e308)")
                         .arg(scalingText(v, rawValue));
        return {};
    }
    if (isFloat32)
        return QVariant::fromValue(float(eng)); // a Float32 source has float precision
    return eng;
}

} // namespace

QVariant decode(const Variable &v, FrameType frameType, const QList<quint16> &frameWords,
                QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return QVariant();
    };
    // The variable is trusted for nothing: offset + width is summed in 64 bits, so an offset
    // near 2^31 cannot wrap past the bound check and index outside the words.
    const bool bitFrame = isBitFrame(frameType);
    if (!bitFrame && v.dataType == DataType::String && v.length < 1)
        return fail(Tr::tr("a String needs a length of at least 1, not %1").arg(v.length));
    if (!bitFrame && v.dataType == DataType::Bool && v.bit && (*v.bit < 0 || *v.bit > 15))
        return fail(Tr::tr("bit %1 is outside 0–15: a register has 16 bits").arg(*v.bit));
    const qint64 offset = v.offset;
    const qint64 width = v.width(frameType);
    if (offset < 0 || offset + width > frameWords.size()) {
        return fail(Tr::tr("the reply holds %1 words; the variable needs words %2–%3")
                        .arg(frameWords.size())
                        .arg(offset)
                        .arg(offset + width - 1));
    }
    if (bitFrame)
        return frameWords[offset] != 0;
    if (v.dataType == DataType::Bool) {
        const quint16 reg = frameWords[offset];
        return v.bit ? bool((reg >> *v.bit) & 1) : reg != 0;
    }
    const QList<quint16> words = toCanonicalOrder(frameWords.mid(offset, width), v.byteOrder);
    if (v.dataType == DataType::String) {
        QByteArray bytes;
        for (const quint16 w : words) {
            bytes.append(char(w >> 8));
            bytes.append(char(w & 0xFF));
        }
        bytes.truncate(v.length);
        const int nul = bytes.indexOf('\0');
        if (nul >= 0)
            bytes.truncate(nul);
        return QString::fromUtf8(bytes).trimmed();
    }
    const quint64 bits = wordsToBits(words);
    double raw = 0;
    qint64 integer = 0;
    switch (v.dataType) {
    case DataType::Int16: integer = qint16(bits); break;
    case DataType::UInt16: integer = quint16(bits); break;
    case DataType::Int32: integer = qint32(bits); break;
    case DataType::UInt32: integer = quint32(bits); break;
    case DataType::Int64: integer = qint64(bits); break;
    case DataType::Float32: raw = std::bit_cast<float>(quint32(bits)); break;
    case DataType::Float64: raw = std::bit_cast<double>(bits); break;
    default: break;
    }
    if (isInteger(v.dataType)) {
        if (identityScale(v))
            return integer;
        return scaled(v, double(integer), integer, error);
    }
    if (!std::isfinite(raw)) {
        if (error)
            *error = Tr::tr("the device sent %1, not a number").arg(raw);
        return {};
    }
    if (v.dataType == DataType::Float32) {
        if (identityScale(v))
            return QVariant::fromValue(float(raw));
        return scaled(v, raw, QVariant::fromValue(float(raw)), error);
    }
    return scaled(v, raw, raw, error);
}

QList<quint16> encode(const Variable &v, FrameType frameType, const QVariant &value, QString *error,
                      quint16 currentRegister)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return QList<quint16>();
    };
    if (v.dataType == DataType::Bool) {
        bool on = false;
        const QString text =
            value.typeId() == QMetaType::QString ? value.toString().trimmed().toLower() : QString();
        if (value.typeId() == QMetaType::Bool) {
            on = value.toBool();
        } else if (text == QLatin1String("true") || text == QLatin1String("false")) {
            on = text == QLatin1String("true");
        } else {
            bool ok = false;
            const double d = value.toDouble(&ok);
            if (!ok || (d != 0 && d != 1))
                return fail(Tr::tr("%1 is not on/off (true, false, 1 or 0)").arg(value.toString()));
            on = d != 0;
        }
        if (isBitFrame(frameType))
            return {quint16(on)};
        if (v.bit && (*v.bit < 0 || *v.bit > 15))
            return fail(Tr::tr("bit %1 is outside 0–15: a register has 16 bits").arg(*v.bit));
        if (v.bit) {
            const quint16 mask = quint16(1u << *v.bit);
            return {quint16(on ? (currentRegister | mask) : (currentRegister & ~mask))};
        }
        return {quint16(on)};
    }
    if (isBitFrame(frameType))
        return fail(Tr::tr("a %1 cannot be written to a bit").arg(toString(v.dataType)));
    if (v.dataType == DataType::String && (v.length < 1 || v.length > Variable::MaxStringLength)) {
        return fail(Tr::tr("a String holds 1–%1 characters, not %2")
                        .arg(Variable::MaxStringLength)
                        .arg(v.length));
    }
    const int width = v.width(frameType);
    if (v.dataType == DataType::String) {
        QByteArray bytes = value.toString().toUtf8();
        if (bytes.size() > v.length)
            return fail(
                Tr::tr("\"%1\" is longer than %2 bytes").arg(value.toString()).arg(v.length));
        bytes.resize(width * 2, '\0');
        QList<quint16> words;
        for (int i = 0; i < width; ++i)
            words.append(quint16((quint8(bytes[2 * i]) << 8) | quint8(bytes[2 * i + 1])));
        return fromCanonicalOrder(words, v.byteOrder);
    }

    // Whole numbers into unscaled integer types go exactly: a double would round Int64s past 2^53.
    if (isInteger(v.dataType) && v.scale == 1.0 && v.scaleOffset == 0.0) {
        bool isWhole = false;
        const qint64 n = value.toLongLong(&isWhole);
        const bool exact = isWhole && value.typeId() != QMetaType::Double
            && value.typeId() != QMetaType::Float
            && !(value.typeId() == QMetaType::ULongLong
                 && value.toULongLong() > quint64(INT64_MAX));
        if (exact) {
            const std::pair<qint64, qint64> range = [&]() -> std::pair<qint64, qint64> {
                switch (v.dataType) {
                case DataType::Int16: return {-32768, 32767};
                case DataType::UInt16: return {0, 65535};
                case DataType::Int32: return {INT32_MIN, INT32_MAX};
                case DataType::UInt32: return {0, UINT32_MAX};
                default: return {INT64_MIN, INT64_MAX};
                }
            }();
            if (n < range.first || n > range.second)
                return fail(Tr::tr("%1 does not fit a %2").arg(n).arg(toString(v.dataType)));
            return fromCanonicalOrder(bitsToWords(quint64(n), width), v.byteOrder);
        }
    }

    bool ok = false;
    const double eng = value.toDouble(&ok);
    if (!ok || !std::isfinite(eng))
        return fail(Tr::tr("\"%1\" is not a number").arg(value.toString()));
    const double raw = (eng - v.scaleOffset) / v.scale;
    if (!std::isfinite(raw)) {
        return fail(Tr::tr("%1 gives no finite raw value: (%1 − %2) ÷ %3 is %4")
                        .arg(format(value), format(v.scaleOffset), format(v.scale), format(raw)));
    }
    quint64 bits = 0;
    auto integerBits = [&](double low, double high, int bitsWide) -> bool {
        const double r = std::round(raw);
        if (r < low || r > high)
            return false;
        const quint64 mask = bitsWide == 64 ? ~quint64(0) : ((quint64(1) << bitsWide) - 1);
        bits = quint64(qint64(r)) & mask;
        return true;
    };
    bool fits = true;
    switch (v.dataType) {
    case DataType::Int16: fits = integerBits(-32768, 32767, 16); break;
    case DataType::UInt16: fits = integerBits(0, 65535, 16); break;
    case DataType::Int32: fits = integerBits(-2147483648.0, 2147483647.0, 32); break;
    case DataType::UInt32: fits = integerBits(0, 4294967295.0, 32); break;
    case DataType::Int64:
        fits = integerBits(-9.2233720368547758e18, 9.2233720368547748e18, 64);
        break;
    case DataType::Float32:
        fits = std::abs(raw) <= std::numeric_limits<float>::max();
        bits = std::bit_cast<quint32>(float(raw));
        break;
    case DataType::Float64: bits = std::bit_cast<quint64>(raw); break;
    default: break;
    }
    if (!fits)
        return fail(Tr::tr("%1 does not fit a %2 (raw value %3)")
                        .arg(format(value), toString(v.dataType), QString::number(raw, 'g', 12)));
    return fromCanonicalOrder(bitsToWords(bits, width), v.byteOrder);
}

QString format(const QVariant &value)
{
    char buffer[64];
    switch (value.typeId()) {
    case QMetaType::Float: {
        const auto r = std::to_chars(buffer, buffer + sizeof buffer, value.toFloat());
        return QString::fromLatin1(buffer, r.ptr - buffer);
    }
    case QMetaType::Double: {
        const auto r = std::to_chars(buffer, buffer + sizeof buffer, value.toDouble());
        return QString::fromLatin1(buffer, r.ptr - buffer);
    }
    case QMetaType::Bool: return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    default: return value.toString();
    }
}

} // namespace Vigie::ValueCodec
