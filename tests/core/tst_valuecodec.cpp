// Tests of ValueCodec: register words <-> engineering values, in every type and byte order.

#include "acquisition/valuecodec.h"

#include <QTest>

#include <limits>

Q_DECLARE_METATYPE(Vigie::DataType)
Q_DECLARE_METATYPE(Vigie::ByteOrder)
Q_DECLARE_METATYPE(Vigie::FrameType)

using namespace Vigie;

using Words = QList<quint16>;

namespace {

Variable variable(DataType type, ByteOrder order = ByteOrder::ABCD, int offset = 0)
{
    Variable v;
    v.name = QStringLiteral("v");
    v.dataType = type;
    v.byteOrder = order;
    v.offset = offset;
    return v;
}

// The QMetaType an engineering value of this variable has (see valuecodec.h).
QMetaType::Type expectedTypeId(const Variable &v)
{
    const bool scaled = v.scale != 1.0 || v.scaleOffset != 0.0;
    switch (v.dataType) {
    case DataType::Bool: return QMetaType::Bool;
    case DataType::String: return QMetaType::QString;
    case DataType::Float32: return QMetaType::Float;
    case DataType::Float64: return QMetaType::Double;
    default: return scaled ? QMetaType::Double : QMetaType::LongLong;
    }
}

} // namespace

class tst_ValueCodec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodeNumber_data();
    void decodeNumber();
    void decodeScaled_data();
    void decodeScaled();
    void decodeScaledOutOfRange_data();
    void decodeScaledOutOfRange();
    void decodeBool_data();
    void decodeBool();
    void decodeString_data();
    void decodeString();
    void decodeOutsideFrame_data();
    void decodeOutsideFrame();
    void decodeImpossibleVariable_data();
    void decodeImpossibleVariable();
    void decodeNotANumber_data();
    void decodeNotANumber();
    void roundTrip_data();
    void roundTrip();
    void encodeBoolFromText_data();
    void encodeBoolFromText();
    void encodeBitKeepsOtherBits_data();
    void encodeBitKeepsOtherBits();
    void encodeError_data();
    void encodeError();
    void encodeScaledOutOfRange_data();
    void encodeScaledOutOfRange();
    void encodeImpossibleVariable_data();
    void encodeImpossibleVariable();
    void format_data();
    void format();
};

// Known register images, as a device in each byte order would send them.
void tst_ValueCodec::decodeNumber_data()
{
    QTest::addColumn<DataType>("type");
    QTest::addColumn<ByteOrder>("order");
    QTest::addColumn<Words>("words");
    QTest::addColumn<QVariant>("expected");

    struct Case
    {
        const char *name;
        DataType type;
        QVariant value;
        Words abcd, cdab, badc, dcba;
    };
    const Case cases[] = {
        {"Int16 -12345", DataType::Int16, qint64(-12345), {0xCFC7}, {0xCFC7}, {0xC7CF}, {0xC7CF}},
        {"UInt16 51966", DataType::UInt16, qint64(51966), {0xCAFE}, {0xCAFE}, {0xFECA}, {0xFECA}},
        {"Int32 -123456789",
         DataType::Int32,
         qint64(-123456789),
         {0xF8A4, 0x32EB},
         {0x32EB, 0xF8A4},
         {0xA4F8, 0xEB32},
         {0xEB32, 0xA4F8}},
        {"UInt32 3735928559",
         DataType::UInt32,
         qint64(3735928559LL),
         {0xDEAD, 0xBEEF},
         {0xBEEF, 0xDEAD},
         {0xADDE, 0xEFBE},
         {0xEFBE, 0xADDE}},
        {"Int64 -1234567890123456789",
         DataType::Int64,
         qint64(-1234567890123456789LL),
         {0xEEDD, 0xEF0B, 0x8216, 0x7EEB},
         {0x7EEB, 0x8216, 0xEF0B, 0xEEDD},
         {0xDDEE, 0x0BEF, 0x1682, 0xEB7E},
         {0xEB7E, 0x1682, 0x0BEF, 0xDDEE}},
        {"Float32 123.456",
         DataType::Float32,
         QVariant::fromValue(123.456f),
         {0x42F6, 0xE979},
         {0xE979, 0x42F6},
         {0xF642, 0x79E9},
         {0x79E9, 0xF642}},
        {"Float64 -9876.54321",
         DataType::Float64,
         -9876.54321,
         {0xC0C3, 0x4A45, 0x87E7, 0xC06E},
         {0xC06E, 0x87E7, 0x4A45, 0xC0C3},
         {0xC3C0, 0x454A, 0xE787, 0x6EC0},
         {0x6EC0, 0xE787, 0x454A, 0xC3C0}},
    };
    for (const Case &c : cases) {
        const std::pair<ByteOrder, Words> orders[] = {{ByteOrder::ABCD, c.abcd},
                                                      {ByteOrder::CDAB, c.cdab},
                                                      {ByteOrder::BADC, c.badc},
                                                      {ByteOrder::DCBA, c.dcba}};
        for (const auto &[order, words] : orders) {
            QTest::addRow("%s %s", c.name, qPrintable(toString(order)))
                << c.type << order << words << c.value;
        }
    }
}

void tst_ValueCodec::decodeNumber()
{
    QFETCH(DataType, type);
    QFETCH(ByteOrder, order);
    QFETCH(Words, words);
    QFETCH(QVariant, expected);

    // Put the value at offset 2 of a larger frame, between words that must not leak into it.
    const Variable v = variable(type, order, 2);
    Words frame {0x1111, 0x2222};
    frame += words;
    frame += Words {0x3333};

    QString error;
    const QVariant value = ValueCodec::decode(v, FrameType::HoldingRegister, frame, &error);
    QVERIFY2(value.isValid(), qPrintable(error));
    QCOMPARE(value.typeId(), int(expectedTypeId(v)));
    QCOMPARE(value, expected);
}

void tst_ValueCodec::decodeScaled_data()
{
    QTest::addColumn<DataType>("type");
    QTest::addColumn<Words>("words");
    QTest::addColumn<double>("scale");
    QTest::addColumn<double>("scaleOffset");
    QTest::addColumn<double>("expected");

    QTest::newRow("Int16 1234 × 0.1 − 5")
        << DataType::Int16 << Words {1234} << 0.1 << -5.0 << 118.4;
    QTest::newRow("Int16 −100 × 0.5") << DataType::Int16 << Words {0xFF9C} << 0.5 << 0.0 << -50.0;
    QTest::newRow("UInt16 4000 × 0.025 + 4 (4–20 mA)")
        << DataType::UInt16 << Words {4000} << 0.025 << 4.0 << 104.0;
    QTest::newRow("UInt32 100000 × 0.001")
        << DataType::UInt32 << Words {0x0001, 0x86A0} << 0.001 << 0.0 << 100.0;
    QTest::newRow("offset only: UInt16 300 − 273.15")
        << DataType::UInt16 << Words {300} << 1.0 << -273.15 << 26.85;
    QTest::newRow("Float32 123.456 × 10")
        << DataType::Float32 << Words {0x42F6, 0xE979} << 10.0 << 0.0 << double(123.456f * 10.0f);
    QTest::newRow("Float64 2.5 × 4 + 1")
        << DataType::Float64 << Words {0x4004, 0, 0, 0} << 4.0 << 1.0 << 11.0;
}

void tst_ValueCodec::decodeScaled()
{
    QFETCH(DataType, type);
    QFETCH(Words, words);
    QFETCH(double, scale);
    QFETCH(double, scaleOffset);
    QFETCH(double, expected);

    Variable v = variable(type);
    v.scale = scale;
    v.scaleOffset = scaleOffset;
    QString error;
    const QVariant value = ValueCodec::decode(v, FrameType::InputRegister, words, &error);
    QVERIFY2(value.isValid(), qPrintable(error));
    QCOMPARE(value.typeId(), int(expectedTypeId(v)));
    if (type == DataType::Float32)
        QCOMPARE(value.toFloat(), float(expected));
    else
        QCOMPARE(value.toDouble(), expected);
}

// An engineering value that scaling pushes past what its type holds is not a reading: it must
// not come out as inf with quality Good (vigie-runtime --format jsonl would print "value":inf).
void tst_ValueCodec::decodeScaledOutOfRange_data()
{
    QTest::addColumn<DataType>("type");
    QTest::addColumn<Words>("words");
    QTest::addColumn<double>("scale");
    QTest::addColumn<double>("scaleOffset");
    QTest::addColumn<QStringList>("fragments"); // the error names the raw value and the scaling

    const double nan = std::numeric_limits<double>::quiet_NaN();
    // 3.4028235e+38 (the largest float) + 1e39 is a finite double, but no float.
    QTest::newRow("Float32 max + 1e39")
        << DataType::Float32 << Words {0x7F7F, 0xFFFF} << 1.0 << 1e39
        << QStringList {"3.4028235e+38 × 1 + 1e+39", "too large for a Float32"};
    QTest::newRow("Float32 max × 10")
        << DataType::Float32 << Words {0x7F7F, 0xFFFF} << 10.0 << 0.0
        << QStringList {"3.4028235e+38 × 10", "too large for a Float32"};
    QTest::newRow("Float32 1 − 1e39") << DataType::Float32 << Words {0x3F80, 0x0000} << 1.0 << -1e39
                                      << QStringList {"1 × 1 − 1e+39", "too large for a Float32"};
    QTest::newRow("Float64 1e308 × 10")
        << DataType::Float64 << Words {0x7FE1, 0xCCF3, 0x85EB, 0xC8A0} << 10.0 << 0.0
        << QStringList {"1e+308 × 10", "too large"};
    QTest::newRow("Float64 1e308 + 1.7e308")
        << DataType::Float64 << Words {0x7FE1, 0xCCF3, 0x85EB, 0xC8A0} << 1.0 << 1.7e308
        << QStringList {"1e+308 × 1 + 1.7e+308", "too large"};
    QTest::newRow("UInt16 65535 × 1e305") << DataType::UInt16 << Words {0xFFFF} << 1e305 << 0.0
                                          << QStringList {"65535 × 1e+305", "too large"};
    QTest::newRow("Int16 −32768 × 1e305") << DataType::Int16 << Words {0x8000} << 1e305 << 0.0
                                          << QStringList {"-32768 × 1e+305", "too large"};
    QTest::newRow("Int64 max × 1e300")
        << DataType::Int64 << Words {0x7FFF, 0xFFFF, 0xFFFF, 0xFFFF} << 1e300 << 0.0
        << QStringList {"9223372036854775807 × 1e+300", "too large"};
    QTest::newRow("UInt32 max × 1e300 + 1e300")
        << DataType::UInt32 << Words {0xFFFF, 0xFFFF} << 1e300 << 1e300
        << QStringList {"4294967295 × 1e+300 + 1e+300", "too large"};
    // The validator refuses a NaN scale; the codec must not turn it into a Good value either.
    QTest::newRow("UInt16 × NaN") << DataType::UInt16 << Words {7} << nan << 0.0
                                  << QStringList {"7 × nan", "not a number"};
}

void tst_ValueCodec::decodeScaledOutOfRange()
{
    QFETCH(DataType, type);
    QFETCH(Words, words);
    QFETCH(double, scale);
    QFETCH(double, scaleOffset);
    QFETCH(QStringList, fragments);

    Variable v = variable(type);
    v.scale = scale;
    v.scaleOffset = scaleOffset;
    QString error;
    const QVariant value = ValueCodec::decode(v, FrameType::InputRegister, words, &error);
    QVERIFY2(!value.isValid(), qPrintable(ValueCodec::format(value)));
    for (const QString &fragment : fragments)
        QVERIFY2(error.contains(fragment), qPrintable(error));
}

void tst_ValueCodec::decodeBool_data()
{
    QTest::addColumn<FrameType>("frameType");
    QTest::addColumn<int>("offset");
    QTest::addColumn<int>("bit"); // -1: none
    QTest::addColumn<Words>("frame");
    QTest::addColumn<bool>("expected");

    const Words coils {0, 1, 0, 1, 1};
    QTest::newRow("coil 1 is on") << FrameType::Coil << 1 << -1 << coils << true;
    QTest::newRow("coil 2 is off") << FrameType::Coil << 2 << -1 << coils << false;
    QTest::newRow("discrete input 4 is on") << FrameType::DiscreteInput << 4 << -1 << coils << true;
    QTest::newRow("bit 3 of 0x0008 is on")
        << FrameType::HoldingRegister << 1 << 3 << Words {0xFFFF, 0x0008} << true;
    QTest::newRow("bit 3 of 0xFFF7 is off")
        << FrameType::HoldingRegister << 1 << 3 << Words {0x0008, 0xFFF7} << false;
    QTest::newRow("bit 15 of 0x8000 is on")
        << FrameType::InputRegister << 0 << 15 << Words {0x8000} << true;
    QTest::newRow("bit 0 of 0x8000 is off")
        << FrameType::InputRegister << 0 << 0 << Words {0x8000} << false;
    QTest::newRow("whole register 0x0100 is on")
        << FrameType::HoldingRegister << 0 << -1 << Words {0x0100} << true;
    QTest::newRow("whole register 0 is off")
        << FrameType::HoldingRegister << 0 << -1 << Words {0x0000} << false;
}

void tst_ValueCodec::decodeBool()
{
    QFETCH(FrameType, frameType);
    QFETCH(int, offset);
    QFETCH(int, bit);
    QFETCH(Words, frame);
    QFETCH(bool, expected);

    Variable v = variable(DataType::Bool, ByteOrder::ABCD, offset);
    if (bit >= 0)
        v.bit = bit;
    QString error;
    const QVariant value = ValueCodec::decode(v, frameType, frame, &error);
    QVERIFY2(value.isValid(), qPrintable(error));
    QCOMPARE(value.typeId(), int(QMetaType::Bool));
    QCOMPARE(value.toBool(), expected);
}

void tst_ValueCodec::decodeString_data()
{
    QTest::addColumn<int>("length");
    QTest::addColumn<ByteOrder>("order");
    QTest::addColumn<Words>("words");
    QTest::addColumn<QString>("expected");

    QTest::newRow("NUL padded") << 10 << ByteOrder::ABCD
                                << Words {0x5055, 0x4D50, 0x2D31, 0x0000, 0x0000} << "PUMP-1";
    QTest::newRow("NUL inside a register")
        << 10 << ByteOrder::ABCD << Words {0x4142, 0x4300, 0x0000, 0x0000, 0x0000} << "ABC";
    QTest::newRow("full length, no NUL")
        << 4 << ByteOrder::ABCD << Words {0x4142, 0x4344} << "ABCD";
    QTest::newRow("odd length drops the last byte")
        << 3 << ByteOrder::ABCD << Words {0x4142, 0x4344} << "ABC";
    QTest::newRow("bytes swapped (BADC)")
        << 6 << ByteOrder::BADC << Words {0x4241, 0x4443, 0x0045} << "ABCDE";
    QTest::newRow("UTF-8 accent") << 4 << ByteOrder::ABCD << Words {0xC3A9, 0x7465} << "éte";
}

void tst_ValueCodec::decodeString()
{
    QFETCH(int, length);
    QFETCH(ByteOrder, order);
    QFETCH(Words, words);
    QFETCH(QString, expected);

    Variable v = variable(DataType::String, order);
    v.length = length;
    QString error;
    const QVariant value = ValueCodec::decode(v, FrameType::HoldingRegister, words, &error);
    QVERIFY2(value.isValid(), qPrintable(error));
    QCOMPARE(value.typeId(), int(QMetaType::QString));
    QCOMPARE(value.toString(), expected);
}

void tst_ValueCodec::decodeOutsideFrame_data()
{
    QTest::addColumn<DataType>("type");
    QTest::addColumn<FrameType>("frameType");
    QTest::addColumn<int>("offset");
    QTest::addColumn<int>("frameSize");

    QTest::newRow("Int32 at the last register")
        << DataType::Int32 << FrameType::HoldingRegister << 9 << 10;
    QTest::newRow("Float64 one register short")
        << DataType::Float64 << FrameType::InputRegister << 7 << 10;
    QTest::newRow("UInt16 just past the end")
        << DataType::UInt16 << FrameType::HoldingRegister << 10 << 10;
    QTest::newRow("negative offset") << DataType::Int16 << FrameType::HoldingRegister << -1 << 10;
    QTest::newRow("coil past a short reply") << DataType::Bool << FrameType::Coil << 8 << 8;
    QTest::newRow("empty reply") << DataType::UInt16 << FrameType::HoldingRegister << 0 << 0;
}

void tst_ValueCodec::decodeOutsideFrame()
{
    QFETCH(DataType, type);
    QFETCH(FrameType, frameType);
    QFETCH(int, offset);
    QFETCH(int, frameSize);

    const Variable v = variable(type, ByteOrder::ABCD, offset);
    QString error;
    const QVariant value = ValueCodec::decode(v, frameType, Words(frameSize, 0x1234), &error);
    QVERIFY(!value.isValid());
    QVERIFY2(!error.isEmpty(), "an invalid value must come with a reason");
}

// Variables no valid project holds (the validator refuses them), given to the codec anyway: it
// must refuse them with a reason and never read past the words it is given, whatever the
// offset, length or bit says.
void tst_ValueCodec::decodeImpossibleVariable_data()
{
    QTest::addColumn<DataType>("type");
    QTest::addColumn<FrameType>("frameType");
    QTest::addColumn<int>("offset");
    QTest::addColumn<int>("length"); // String only
    QTest::addColumn<int>("bit"); // -2: none
    QTest::addColumn<int>("frameSize");

    const int Max = std::numeric_limits<int>::max();
    const int Min = std::numeric_limits<int>::min();
    QTest::newRow("Bool at offset INT_MAX in a one-coil frame")
        << DataType::Bool << FrameType::Coil << Max << 0 << -2 << 1;
    QTest::newRow("Bool at offset INT_MAX in a register frame")
        << DataType::Bool << FrameType::HoldingRegister << Max << 0 << 3 << 1;
    QTest::newRow("UInt16 at offset INT_MAX")
        << DataType::UInt16 << FrameType::HoldingRegister << Max << 0 << -2 << 10;
    QTest::newRow("Float32 at offset INT_MAX-1")
        << DataType::Float32 << FrameType::HoldingRegister << Max - 1 << 0 << -2 << 10;
    QTest::newRow("Int64 at offset INT_MAX-3")
        << DataType::Int64 << FrameType::InputRegister << Max - 3 << 0 << -2 << 10;
    QTest::newRow("Int16 at offset INT_MIN")
        << DataType::Int16 << FrameType::HoldingRegister << Min << 0 << -2 << 10;
    QTest::newRow("String of length INT_MAX")
        << DataType::String << FrameType::HoldingRegister << 0 << Max << -2 << 10;
    QTest::newRow("String of length INT_MAX-1 at offset INT_MAX")
        << DataType::String << FrameType::HoldingRegister << Max << Max - 1 << -2 << 10;
    QTest::newRow("String of length INT_MIN")
        << DataType::String << FrameType::HoldingRegister << 0 << Min << -2 << 10;
    QTest::newRow("String of length 0")
        << DataType::String << FrameType::HoldingRegister << 0 << 0 << -2 << 10;
    QTest::newRow("Bool at bit 16")
        << DataType::Bool << FrameType::HoldingRegister << 0 << 0 << 16 << 1;
    QTest::newRow("Bool at bit -1")
        << DataType::Bool << FrameType::HoldingRegister << 0 << 0 << -1 << 1;
    QTest::newRow("Bool at bit INT_MAX")
        << DataType::Bool << FrameType::InputRegister << 0 << 0 << Max << 1;
}

void tst_ValueCodec::decodeImpossibleVariable()
{
    QFETCH(DataType, type);
    QFETCH(FrameType, frameType);
    QFETCH(int, offset);
    QFETCH(int, length);
    QFETCH(int, bit);
    QFETCH(int, frameSize);

    Variable v = variable(type, ByteOrder::ABCD, offset);
    v.length = length;
    if (bit != -2)
        v.bit = bit;
    QString error;
    const QVariant value = ValueCodec::decode(v, frameType, Words(frameSize, 0xFFFF), &error);
    QVERIFY2(!value.isValid(), qPrintable(ValueCodec::format(value)));
    QVERIFY2(!error.isEmpty(), "an invalid value must come with a reason");
}

void tst_ValueCodec::decodeNotANumber_data()
{
    QTest::addColumn<DataType>("type");
    QTest::addColumn<Words>("words");

    QTest::newRow("Float32 NaN") << DataType::Float32 << Words {0x7FC0, 0x0000};
    QTest::newRow("Float32 +inf") << DataType::Float32 << Words {0x7F80, 0x0000};
    QTest::newRow("Float64 -inf") << DataType::Float64 << Words {0xFFF0, 0, 0, 0};
}

void tst_ValueCodec::decodeNotANumber()
{
    QFETCH(DataType, type);
    QFETCH(Words, words);

    QString error;
    const QVariant value =
        ValueCodec::decode(variable(type), FrameType::HoldingRegister, words, &error);
    QVERIFY(!value.isValid());
    QVERIFY2(!error.isEmpty(), "a refused value must come with a reason");
}

void tst_ValueCodec::roundTrip_data()
{
    QTest::addColumn<DataType>("type");
    QTest::addColumn<ByteOrder>("order");
    QTest::addColumn<QVariant>("value");

    const std::pair<const char *, std::pair<DataType, QList<QVariant>>> values[] = {
        {"Int16", {DataType::Int16, {qint64(-32768), qint64(-1), qint64(32767)}}},
        {"UInt16", {DataType::UInt16, {qint64(0), qint64(65535)}}},
        {"Int32",
         {DataType::Int32,
          {qint64(std::numeric_limits<qint32>::min()), qint64(-123456789),
           qint64(std::numeric_limits<qint32>::max())}}},
        {"UInt32", {DataType::UInt32, {qint64(0), qint64(4294967295LL)}}},
        {"Int64",
         {DataType::Int64,
          {qint64(-1234567890123456LL), qint64(1) << 53, std::numeric_limits<qint64>::min()}}},
        {"Float32",
         {DataType::Float32, {QVariant::fromValue(123.456f), QVariant::fromValue(-1e-30f)}}},
        {"Float64", {DataType::Float64, {-9876.54321, 1e300}}},
    };
    const ByteOrder orders[] = {ByteOrder::ABCD, ByteOrder::CDAB, ByteOrder::BADC, ByteOrder::DCBA};
    for (const auto &[name, typed] : values) {
        for (const ByteOrder order : orders) {
            for (const QVariant &value : typed.second) {
                QTest::addRow("%s %s %s", name, qPrintable(toString(order)),
                              qPrintable(ValueCodec::format(value)))
                    << typed.first << order << value;
            }
        }
    }
    for (const ByteOrder order : orders) {
        QTest::addRow("String %s", qPrintable(toString(order)))
            << DataType::String << order << QVariant(QStringLiteral("Vanne n°3"));
    }
    QTest::newRow("Bool on") << DataType::Bool << ByteOrder::ABCD << QVariant(true);
    QTest::newRow("Bool off") << DataType::Bool << ByteOrder::ABCD << QVariant(false);

    // Int64s that a double cannot hold exactly must keep their low bits.
    for (const ByteOrder order : orders) {
        QTest::addRow("Int64 %s 0x0123456789ABCDEF", qPrintable(toString(order)))
            << DataType::Int64 << order << QVariant(qint64(0x0123456789ABCDEFLL));
    }
    QTest::newRow("Int64 ABCD max")
        << DataType::Int64 << ByteOrder::ABCD << QVariant(std::numeric_limits<qint64>::max());
}

void tst_ValueCodec::roundTrip()
{
    QFETCH(DataType, type);
    QFETCH(ByteOrder, order);
    QFETCH(QVariant, value);

    Variable v = variable(type, order, 1);
    if (type == DataType::String)
        v.length = 12;
    QString error;
    const Words encoded = ValueCodec::encode(v, FrameType::HoldingRegister, value, &error);
    Words frame {0xAAAA};
    frame += encoded;
    frame += Words {0x5555};
    QString decodeError;
    const QVariant decoded = ValueCodec::decode(v, FrameType::HoldingRegister, frame, &decodeError);

    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(encoded.size(), v.width(FrameType::HoldingRegister));
    QVERIFY2(decoded.isValid(), qPrintable(decodeError));
    QCOMPARE(decoded.typeId(), int(expectedTypeId(v)));
    QCOMPARE(decoded, value);
}

void tst_ValueCodec::encodeBoolFromText_data()
{
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<quint16>("expected");

    // What an operator types, or a command arrives as: text.
    QTest::newRow("\"1\"") << QVariant(QStringLiteral("1")) << quint16(1);
    QTest::newRow("\"0\"") << QVariant(QStringLiteral("0")) << quint16(0);
    QTest::newRow("int 1") << QVariant(1) << quint16(1);
    QTest::newRow("\"true\"") << QVariant(QStringLiteral("true")) << quint16(1);
    QTest::newRow("\"false\"") << QVariant(QStringLiteral("false")) << quint16(0);
}

void tst_ValueCodec::encodeBoolFromText()
{
    QFETCH(QVariant, value);
    QFETCH(quint16, expected);

    QString error;
    const Words words =
        ValueCodec::encode(variable(DataType::Bool), FrameType::Coil, value, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(words, Words {expected});
}

void tst_ValueCodec::encodeBitKeepsOtherBits_data()
{
    QTest::addColumn<int>("bit");
    QTest::addColumn<bool>("on");
    QTest::addColumn<int>("current");
    QTest::addColumn<int>("expected");

    QTest::newRow("set bit 0 of 0xF0F0") << 0 << true << 0xF0F0 << 0xF0F1;
    QTest::newRow("clear bit 4 of 0xF0F0") << 4 << false << 0xF0F0 << 0xF0E0;
    QTest::newRow("set bit 15 of 0") << 15 << true << 0x0000 << 0x8000;
    QTest::newRow("set an already set bit") << 5 << true << 0x0020 << 0x0020;
}

void tst_ValueCodec::encodeBitKeepsOtherBits()
{
    QFETCH(int, bit);
    QFETCH(bool, on);
    QFETCH(int, current);
    QFETCH(int, expected);

    Variable v = variable(DataType::Bool);
    v.bit = bit;
    QString error;
    const Words words =
        ValueCodec::encode(v, FrameType::HoldingRegister, on, &error, quint16(current));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(words, Words {quint16(expected)});
}

void tst_ValueCodec::encodeError_data()
{
    QTest::addColumn<DataType>("type");
    QTest::addColumn<FrameType>("frameType");
    QTest::addColumn<QVariant>("value");

    QTest::newRow("70000 into UInt16")
        << DataType::UInt16 << FrameType::HoldingRegister << QVariant(70000);
    QTest::newRow("-1 into UInt16")
        << DataType::UInt16 << FrameType::HoldingRegister << QVariant(-1);
    QTest::newRow("40000 into Int16")
        << DataType::Int16 << FrameType::HoldingRegister << QVariant(40000);
    QTest::newRow("2^32 into UInt32")
        << DataType::UInt32 << FrameType::HoldingRegister << QVariant(qint64(1) << 32);
    QTest::newRow("\"abc\" into Int32")
        << DataType::Int32 << FrameType::HoldingRegister << QVariant(QStringLiteral("abc"));
    QTest::newRow("1e39 into Float32")
        << DataType::Float32 << FrameType::HoldingRegister << QVariant(1e39);
    QTest::newRow("bool value 2 into a coil") << DataType::Bool << FrameType::Coil << QVariant(2);
    QTest::newRow("bool value 2 into a register")
        << DataType::Bool << FrameType::HoldingRegister << QVariant(2);
    QTest::newRow("bool \"maybe\"")
        << DataType::Bool << FrameType::Coil << QVariant(QStringLiteral("maybe"));
    QTest::newRow("String longer than its length") << DataType::String << FrameType::HoldingRegister
                                                   << QVariant(QStringLiteral("much too long"));
}

void tst_ValueCodec::encodeError()
{
    QFETCH(DataType, type);
    QFETCH(FrameType, frameType);
    QFETCH(QVariant, value);

    Variable v = variable(type);
    if (type == DataType::String)
        v.length = 4;
    QString error;
    const Words words = ValueCodec::encode(v, frameType, value, &error);
    QVERIFY2(words.isEmpty(), qPrintable(QStringLiteral("encoded to %1 words").arg(words.size())));
    QVERIFY2(!error.isEmpty(), "a refused write must say why");
}

void tst_ValueCodec::encodeScaledOutOfRange_data()
{
    QTest::addColumn<DataType>("type");
    QTest::addColumn<double>("scale");
    QTest::addColumn<QVariant>("value");

    // raw = (value − scaleOffset) ÷ scale must be a finite number that fits the type.
    QTest::newRow("Float64 1e308 ÷ 1e-10") << DataType::Float64 << 1e-10 << QVariant(1e308);
    QTest::newRow("Float32 1e30 ÷ 1e-10") << DataType::Float32 << 1e-10 << QVariant(1e30);
    QTest::newRow("Int32 5 ÷ NaN")
        << DataType::Int32 << std::numeric_limits<double>::quiet_NaN() << QVariant(5);
    QTest::newRow("Int64 1e300 ÷ 1e-10") << DataType::Int64 << 1e-10 << QVariant(1e300);
}

void tst_ValueCodec::encodeScaledOutOfRange()
{
    QFETCH(DataType, type);
    QFETCH(double, scale);
    QFETCH(QVariant, value);

    Variable v = variable(type);
    v.scale = scale;
    QString error;
    const Words words = ValueCodec::encode(v, FrameType::HoldingRegister, value, &error);
    QVERIFY2(words.isEmpty(), qPrintable(QStringLiteral("encoded to %1 words").arg(words.size())));
    QVERIFY2(!error.isEmpty(), "a refused write must say why");
}

void tst_ValueCodec::encodeImpossibleVariable_data()
{
    QTest::addColumn<DataType>("type");
    QTest::addColumn<int>("length"); // String only
    QTest::addColumn<int>("bit"); // -2: none
    QTest::addColumn<QVariant>("value");

    const int Max = std::numeric_limits<int>::max();
    const int Min = std::numeric_limits<int>::min();
    QTest::newRow("String of length INT_MAX")
        << DataType::String << Max << -2 << QVariant(QStringLiteral("abc"));
    QTest::newRow("String of length INT_MIN")
        << DataType::String << Min << -2 << QVariant(QStringLiteral("abc"));
    QTest::newRow("String of length 0") << DataType::String << 0 << -2 << QVariant(QString());
    QTest::newRow("Bool at bit 16") << DataType::Bool << 0 << 16 << QVariant(true);
    QTest::newRow("Bool at bit -1") << DataType::Bool << 0 << -1 << QVariant(true);
    QTest::newRow("Bool at bit INT_MAX") << DataType::Bool << 0 << Max << QVariant(false);
}

void tst_ValueCodec::encodeImpossibleVariable()
{
    QFETCH(DataType, type);
    QFETCH(int, length);
    QFETCH(int, bit);
    QFETCH(QVariant, value);

    Variable v = variable(type);
    v.length = length;
    if (bit != -2)
        v.bit = bit;
    QString error;
    const Words words = ValueCodec::encode(v, FrameType::HoldingRegister, value, &error, 0x1234);
    QVERIFY2(words.isEmpty(), qPrintable(QStringLiteral("encoded to %1 words").arg(words.size())));
    QVERIFY2(!error.isEmpty(), "a refused write must say why");
}

void tst_ValueCodec::format_data()
{
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("expected");

    QTest::newRow("float 0.1f") << QVariant::fromValue(0.1f) << "0.1";
    QTest::newRow("float 123.456f") << QVariant::fromValue(123.456f) << "123.456";
    QTest::newRow("double 0.1") << QVariant(0.1) << "0.1";
    QTest::newRow("double 1/3") << QVariant(1.0 / 3) << "0.3333333333333333";
    QTest::newRow("double 100") << QVariant(100.0) << "100";
    QTest::newRow("integer -42") << QVariant(qint64(-42)) << "-42";
    QTest::newRow("bool true") << QVariant(true) << "true";
    QTest::newRow("text") << QVariant(QStringLiteral("Marche")) << "Marche";
}

void tst_ValueCodec::format()
{
    QFETCH(QVariant, value);
    QFETCH(QString, expected);
    QCOMPARE(ValueCodec::format(value), expected);
}

QTEST_GUILESS_MAIN(tst_ValueCodec)
#include "tst_valuecodec.moc"
