// Tests of withField() and its companions: each bulk-editable field set from the forms a
// dialog or a spreadsheet gives (number, C-locale text, bool, spelling, null to clear), values
// that do not fit refused with a message naming the field, and a new data type dropping what
// only the old one had.

#include "document/variablefields.h"

#include <QTest>

using namespace Vigie;

namespace Vigie {
char *toString(const Variable &v)
{
    return QTest::toString(QStringLiteral("%1 %2 unit=%3 scale=%4")
                               .arg(v.name, Vigie::toString(v.dataType), v.unit)
                               .arg(v.scale));
}
} // namespace Vigie

class tst_VariableFields : public QObject
{
    Q_OBJECT

private:
    static Variable sample()
    {
        Variable v;
        v.name = "Niveau cuve";
        v.unit = "m";
        v.dataType = DataType::Float32;
        v.scale = 0.1;
        v.min = 0.0;
        v.max = 10.0;
        v.decimals = 2;
        return v;
    }

private Q_SLOTS:
    void bulkFieldsInOfferOrder()
    {
        QCOMPARE(bulkEditableFields(),
                 QStringList({"unit", "description", "scale", "scaleOffset", "deadband", "decimals",
                              "min", "max", "byteOrder", "dataType", "writable", "published",
                              "remoteWrite"}));
    }

    void setsField_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QVariant>("expected"); // variableField() afterwards

        QTest::newRow("unit") << "unit" << QVariant("bar") << QVariant("bar");
        QTest::newRow("description") << "description" << QVariant("Cuve 1") << QVariant("Cuve 1");
        QTest::newRow("scale from double") << "scale" << QVariant(2.5) << QVariant(2.5);
        QTest::newRow("scale from int") << "scale" << QVariant(3) << QVariant(3.0);
        QTest::newRow("scale from C text") << "scale" << QVariant(" 0.25 ") << QVariant(0.25);
        QTest::newRow("scaleOffset") << "scaleOffset" << QVariant(-40.0) << QVariant(-40.0);
        QTest::newRow("deadband") << "deadband" << QVariant(0.5) << QVariant(0.5);
        QTest::newRow("decimals") << "decimals" << QVariant(3) << QVariant(3);
        QTest::newRow("decimals from whole double") << "decimals" << QVariant(1.0) << QVariant(1);
        QTest::newRow("decimals cleared") << "decimals" << QVariant() << QVariant();
        QTest::newRow("min") << "min" << QVariant(-5.0) << QVariant(-5.0);
        QTest::newRow("min cleared by null") << "min" << QVariant() << QVariant();
        QTest::newRow("max cleared by empty text") << "max" << QVariant("") << QVariant();
        QTest::newRow("byteOrder") << "byteOrder" << QVariant("CDAB") << QVariant("CDAB");
        QTest::newRow("dataType") << "dataType" << QVariant("Int32") << QVariant("Int32");
        QTest::newRow("writable") << "writable" << QVariant(true) << QVariant(true);
        QTest::newRow("published from text") << "published" << QVariant("true") << QVariant(true);
        QTest::newRow("remoteWrite") << "remoteWrite" << QVariant(true) << QVariant(true);
    }
    void setsField()
    {
        QFETCH(QString, key);
        QFETCH(QVariant, value);
        QFETCH(QVariant, expected);
        QCOMPARE(checkVariableField(key, value), QString());
        const Variable before = sample();
        const Variable after = withField(before, key, value);
        QCOMPARE(variableField(after, key), expected);
        // Nothing else moved: setting the field back gives the variable again.
        QCOMPARE(withField(after, key, variableField(before, key)), before);
    }

    void refusesWhatDoesNotFit_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QString>("message");

        QTest::newRow("unknown key") << "name" << QVariant("x")
                                     << "\"name\" is not a field that can be set on several "
                                        "variables at once";
        QTest::newRow("scale text")
            << "scale" << QVariant("abc") << "scale: \"abc\" is not a number";
        QTest::newRow("scale in French")
            << "scale" << QVariant("12,5") << "scale: \"12,5\" is not a number";
        QTest::newRow("scale missing") << "scale" << QVariant() << "scale: \"\" is not a number";
        QTest::newRow("decimals beyond 10")
            << "decimals" << QVariant(11) << "decimals: \"11\" is outside 0–10";
        QTest::newRow("decimals fraction")
            << "decimals" << QVariant(1.5) << "decimals: \"1.5\" is not a whole number";
        QTest::newRow("byte order") << "byteOrder" << QVariant("XYZW")
                                    << "byteOrder: \"XYZW\" is not one of ABCD, CDAB, BADC, DCBA";
        QTest::newRow("data type case") << "dataType" << QVariant("float32")
                                        << "dataType: \"float32\" is not one of Bool, Int16, "
                                           "UInt16, Int32, UInt32, Int64, Float32, Float64, "
                                           "String";
        QTest::newRow("flag") << "writable" << QVariant("yes")
                              << "writable: \"yes\" is neither true nor false";
        QTest::newRow("unit as number") << "unit" << QVariant(3) << "unit: \"3\" is not a text";
    }
    void refusesWhatDoesNotFit()
    {
        QFETCH(QString, key);
        QFETCH(QVariant, value);
        QFETCH(QString, message);
        QCOMPARE(checkVariableField(key, value), message);
        QCOMPARE(withField(sample(), key, value), sample());
    }

    void newDataTypeDropsWhatOnlyTheOldHad()
    {
        Variable text = sample();
        text.dataType = DataType::String;
        text.length = 10;
        text.scale = 1.0;
        const Variable number = withField(text, "dataType", "UInt16");
        QCOMPARE(int(number.dataType), int(DataType::UInt16));
        QCOMPARE(number.length, 0);

        Variable pump;
        pump.dataType = DataType::Bool;
        pump.bit = 3;
        pump.onText = "Marche";
        pump.offText = "Arrêt";
        const Variable counter = withField(pump, "dataType", "Int16");
        QCOMPARE(counter.bit, std::nullopt);
        QCOMPARE(counter.onText, QString());
        QCOMPARE(counter.offText, QString());
        // Back to Bool: the bit and the texts are gone for good, as the user chose.
        QCOMPARE(withField(counter, "dataType", "Bool").bit, std::nullopt);
        // The same type keeps everything.
        QCOMPARE(withField(pump, "dataType", "Bool"), pump);
    }

    void kindsAndChoices()
    {
        QCOMPARE(variableFieldKind("unit"), VariableFieldKind::Text);
        QCOMPARE(variableFieldKind("deadband"), VariableFieldKind::Number);
        QCOMPARE(variableFieldKind("max"), VariableFieldKind::OptionalNumber);
        QCOMPARE(variableFieldKind("decimals"), VariableFieldKind::OptionalInteger);
        QCOMPARE(variableFieldKind("dataType"), VariableFieldKind::Choice);
        QCOMPARE(variableFieldKind("remoteWrite"), VariableFieldKind::Flag);
        QCOMPARE(variableFieldChoices("byteOrder"), QStringList({"ABCD", "CDAB", "BADC", "DCBA"}));
        QCOMPARE(variableFieldChoices("dataType").size(), 9);
        QVERIFY(variableFieldChoices("unit").isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_VariableFields)
#include "tst_variablefields.moc"
