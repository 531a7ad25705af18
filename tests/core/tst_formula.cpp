// Tests of the formula language: every operator and function, precedence, French aliases and
// ';', bracketed and prefixed names, the seed project's formula, compile errors with their
// line, column and caret, runtime errors, quality propagation, and FormulaSet's dependency
// index (counting evaluations), chained formulas, cycles and the evaluation clock.

#include "formula/formulacompiler.h"
#include "formula/formulaset.h"
#include "formula/tagcatalogresolver.h"
#include "tags/tagcatalog.h"

#include <QTest>

#include <limits>
#include <vector>

Q_DECLARE_METATYPE(Vigie::Quality)

using namespace Vigie;

namespace {

// Tags through the catalog (with the di./ai./… prefixes), and other elements' attributes as
// `eg.<element id>.<attribute>`, the way a screen will resolve them.
class ScreenResolver : public FormulaResolver
{
public:
    explicit ScreenResolver(const TagCatalog &catalog)
        : m_tags(catalog)
    {
    }
    int resolve(const QString &name, bool bracketed, QString *error) const override
    {
        if (!bracketed && name.startsWith("eg.")) {
            const int slot = m_attributes.value(name, -1);
            if (slot < 0)
                *error = QStringLiteral("unknown attribute %1").arg(name);
            return slot;
        }
        const int slot = m_extra.value(name, -1);
        return slot >= 0 ? slot : m_tags.resolve(name, bracketed, error);
    }
    QHash<QString, int> m_attributes;
    QHash<QString, int> m_extra; // more names → slots (formula outputs)

private:
    TagCatalogResolver m_tags;
};

TagInfo tag(const QString &name)
{
    TagInfo info;
    info.name = name;
    info.dataType = DataType::Float64;
    return info;
}

enum Slot {
    Niveau,
    A,
    B,
    C,
    Energie,
    E2152B04,
    Pump1Running,
    Message,
    TagCount,
    EgE2189S04Text = 100,
    EgE2189S04Stroke,
    EgE2152B04Text,
    SlotCount
};

FormulaSample good(const QVariant &v, qint64 timestamp = 1000)
{
    return FormulaSample::good(FormulaValue::fromVariant(v), timestamp);
}

} // namespace

class tst_Formula : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void evaluate_data();
    void evaluate();
    void seedFormula_data();
    void seedFormula();
    void compileErrors_data();
    void compileErrors();
    void deepNesting();
    void runtimeErrors_data();
    void runtimeErrors();
    void quality_data();
    void quality();
    void fuzzFindings_data();
    void fuzzFindings();
    void fastPath_data();
    void fastPath();
    void prefixes();
    void functionNames();
    void dependentsOnly();
    void sameInputTwiceEvaluatesOnce();
    void chainedFormulas();
    void chainAddedBackwards();
    void cycles();
    void clock();

private:
    FormulaSample run(const QString &source, QString *error = nullptr);

    TagCatalog m_catalog;
    std::unique_ptr<ScreenResolver> m_resolver;
    std::vector<FormulaSample> m_inputs;
};

void tst_Formula::initTestCase()
{
    for (const char *name : {"Niveau", "a", "b", "c", "Énergie active/Phase 1", "E2152B04",
                             "Pump1.running", "Message"})
        QVERIFY(m_catalog.add(tag(QString::fromUtf8(name))) >= 0);
    m_resolver = std::make_unique<ScreenResolver>(m_catalog);
    m_resolver->m_attributes = {{"eg.E2189S04.text", EgE2189S04Text},
                                {"eg.E2189S04.stroke", EgE2189S04Stroke},
                                {"eg.E2152B04.text", EgE2152B04Text}};
    m_inputs.assign(SlotCount, FormulaSample {});
    m_inputs[Niveau] = good(85.0);
    m_inputs[A] = good(60);
    m_inputs[B] = good(7);
    m_inputs[C] = good(1.5);
    m_inputs[Energie] = good(12000.0);
    m_inputs[E2152B04] = good(true);
    m_inputs[Pump1Running] = good(true);
    m_inputs[Message] = good(QStringLiteral("abc"));
    m_inputs[EgE2189S04Text] = good(QStringLiteral("1"));
    m_inputs[EgE2189S04Stroke] = good(QStringLiteral("#ff0000"));
    m_inputs[EgE2152B04Text] = good(QStringLiteral("0"));
}

FormulaSample tst_Formula::run(const QString &source, QString *error)
{
    FormulaError e;
    const FormulaProgram program = FormulaCompiler::compile(source, *m_resolver, &e);
    if (error)
        *error = e.toString();
    if (!program.isValid())
        return {};
    // Twice: an evaluation must leave no trace (constants and inputs are not changed by &).
    const FormulaSample first = program.evaluate(m_inputs, 0);
    const FormulaSample second = program.evaluate(m_inputs, 0);
    if (!(first == second))
        return {{}, Quality::Bad, "the second evaluation differs from the first", 0};
    // The fast path for numbers gives what the general loop gives.
    if (!(program.evaluateGeneral(m_inputs, 0) == first))
        return {{}, Quality::Bad, "the general loop and the fast path differ", 0};
    return first;
}

void tst_Formula::evaluate_data()
{
    QTest::addColumn<QString>("formula");
    QTest::addColumn<QString>("expected");
    auto row = [](const char *name, const char *formula, const char *expected) {
        QTest::newRow(name) << QString::fromUtf8(formula) << QString::fromUtf8(expected);
    };
    // operators
    row("number", "42", "42");
    row("decimal", "1.25", "1.25");
    row("exponent", "1e3", "1000");
    row("add", "1 + 2", "3");
    row("subtract left to right", "10 - 2 - 3", "5");
    row("multiply", "6 * 7", "42");
    row("divide", "7 / 2", "3.5");
    row("modulo", "7 % 3", "1");
    row("modulo floors like MOD", "-7 % 3", "2");
    row("power", "2 ^ 10", "1024");
    row("unary minus", "-3 + 1", "-2");
    row("unary plus", "+3", "3");
    row("double minus", "--3", "3");
    row("concat", "\"a\" & \"b\"", "ab");
    row("concat number", "\"n=\" & 1.5", "n=1.5");
    row("concat an input to itself", "Message & Message", "abcabc");
    row("concat chain", "\"x\" & 1 & TRUE & \"y\"", "x1TRUEy");
    row("concat constants", "\"a\" & \"b\"", "ab");
    row("concat boolean", "\"x\" & TRUE", "xTRUE");
    row("equal", "1 = 1", "TRUE");
    row("equal ==", "1 == 2", "FALSE");
    row("not equal <>", "1 <> 2", "TRUE");
    row("not equal !=", "1 != 1", "FALSE");
    row("less", "1 < 2", "TRUE");
    row("greater", "1 > 2", "FALSE");
    row("less equal", "2 <= 2", "TRUE");
    row("greater equal", "2 >= 3", "FALSE");
    row("text equal ignores case", "\"abc\" = \"ABC\"", "TRUE");
    row("text less", "\"abc\" < \"abd\"", "TRUE");
    row("numeric text equals number", "\"10\" = 10", "TRUE");
    row("text times number", "\"5\" * 2", "10");
    row("boolean plus number", "TRUE + 1", "2");
    // precedence
    row("* before +", "1 + 2 * 3", "7");
    row("parentheses", "(1 + 2) * 3", "9");
    row("^ before *", "2 * 3 ^ 2", "18");
    row("unary minus before ^ (Excel)", "-2^2", "4");
    row("^ left to right (Excel)", "2^3^2", "64");
    row("negative exponent", "2^-1", "0.5");
    row("& below +", "1 + 2 & \"x\"", "3x");
    row("comparison below &", "\"a\" & 1 + 2 = \"a3\"", "TRUE");
    row("comparison below +", "1 + 1 = 2", "TRUE");
    // values
    row("TRUE", "TRUE", "TRUE");
    row("false lower case", "false", "FALSE");
    row("VRAI", "vrai", "TRUE");
    row("FAUX", "FAUX", "FALSE");
    row("text with quotes", "\"say \"\"hi\"\"\"", "say \"hi\"");
    row("colour passes", "\"#00ff00\"", "#00ff00");
    // names
    row("bare tag", "Niveau", "85");
    row("bare tag .value", "Niveau.value + 1", "86");
    row("bracketed", "[Niveau] * 2", "170");
    row("bracketed with spaces, accent, slash", "[Énergie active/Phase 1] / 1000", "12");
    row("dotted tag name", "Pump1.running", "TRUE");
    row(".quality", "[Niveau].quality", "Good");
    row(".good", "Niveau.good", "TRUE");
    row(".timestamp", "Niveau.timestamp", "1000");
    row("member case", "Niveau.GOOD", "TRUE");
    row("prefixed tag", "di.E2152B04", "TRUE");
    row("prefixed tag .value", "di.E2152B04.value", "TRUE");
    // functions
    row("IF true", "IF(a > 50, b * 2 + c, MIN(a, b))", "15.5");
    row("IF false", "IF(a > 70, b * 2 + c, MIN(a, b))", "7");
    row("IF without else", "IF(FALSE, 1)", "FALSE");
    row("IF nested", "IF(a < 0, 1, IF(a < 100, 2, 3))", "2");
    row("SI with ;", "SI([Niveau] > 80; \"orange\"; \"gris\")", "orange");
    row("si lower case", "si(Niveau > 90; \"orange\"; \"gris\")", "gris");
    row("If mixed case", "If(TRUE, 1, 2)", "1");
    row("AND", "AND(TRUE, 1, a > 1)", "TRUE");
    row("AND false", "AND(TRUE, 0)", "FALSE");
    row("ET", "ET(VRAI; FAUX)", "FALSE");
    row("OR", "OR(FALSE, 0)", "FALSE");
    row("OU", "OU(FALSE; 1)", "TRUE");
    row("NOT", "NOT(TRUE)", "FALSE");
    row("NON", "NON(0)", "TRUE");
    row("MIN", "MIN(3, 1, 2)", "1");
    row("MAX", "max(3; 1; 2)", "3");
    row("MIN one", "MIN(4)", "4");
    row("ABS", "ABS(-4.5)", "4.5");
    row("ROUND half up", "ROUND(2.5)", "3");
    row("ROUND half away from zero", "ROUND(-2.5)", "-3");
    row("ROUND digits", "ROUND(3.14159, 2)", "3.14");
    row("ROUND negative digits", "ROUND(1234, -2)", "1200");
    row("ARRONDI", "ARRONDI(1.26; 1)", "1.3");
    row("INT", "INT(2.7)", "2");
    row("INT negative floors", "INT(-1.5)", "-2");
    row("ENT", "ENT(3.9)", "3");
    row("MOD", "MOD(7, 3)", "1");
    row("MOD negative", "MOD(-7, 3)", "2");
    row("MOD sign of divisor", "MOD(7, -3)", "-2");
    row("BIT set", "BIT(5, 0)", "TRUE");
    row("BIT clear", "BIT(5, 1)", "FALSE");
    row("BIT high", "BIT(32768, 15)", "TRUE");
    row("FORMAT", "FORMAT(3.14159, 2)", "3.14");
    row("FORMAT no decimals", "FORMAT(2.6)", "3");
    row("FORMAT and &", "FORMAT(Niveau, 1) & \" %\"", "85.0 %");
    row("CHOOSE", "CHOOSE(2, \"a\", \"b\", \"c\")", "b");
    row("CHOISIR", "CHOISIR(1; \"x\"; \"y\")", "x");
    row("RGB", "RGB(255, 128, 0)", "#ff8000");
    row("RGB clamps and rounds", "RGB(300, -5, 15.6)", "#ff0010");
    // literal right operands (compiled as immediates)
    row("literal after IF", "2 + IF(a > 0, 1, 3)", "3");
    row("IF then literal", "IF(FALSE, 1, 2) + 3", "5");
    row("numeric text against literal", "\"5\" > 4", "TRUE");
    row("text against literal", "Message > 1", "TRUE");
    row("numeric text minus literal", "\"5\" - 1", "4");
    row("literal after AND", "1 + AND(a > 0, TRUE)", "2");
    // a comparison fused with IF's jump, and where it must not be
    row("IF on a comparison of an IF", "IF(a > IF(FALSE, 1, 100), \"hi\", \"lo\")", "lo");
    row("IF on an IF of comparisons", "IF(IF(a < 0, a > 1, b > 100), 1, 2)", "2");
    row("IF on an IF of comparisons, taken", "IF(IF(a > 0, a > 1, b > 100), 1, 2)", "1");
    row("IF on AND of comparisons", "IF(AND(a > 1, b > 1), 1, 2)", "1");
    row("multi-line", "IF(a > 50,\n   1,\n   2)", "1");
}

void tst_Formula::evaluate()
{
    QFETCH(QString, formula);
    QFETCH(QString, expected);
    QString error;
    const FormulaSample result = run(formula, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(result.isGood(), qPrintable(result.reason));
    QCOMPARE(result.value.toDisplayString(), expected);
}

void tst_Formula::seedFormula_data()
{
    QTest::addColumn<bool>("di");
    QTest::addColumn<QString>("text2189");
    QTest::addColumn<QString>("text2152");
    QTest::addColumn<QString>("expected");
    QTest::newRow("di on, text 1: stroke") << true << "1"
                                           << "0"
                                           << "#ff0000";
    QTest::newRow("di on, text 0: 12") << true << "0"
                                       << "0"
                                       << "12";
    QTest::newRow("di off, text 1: 6") << false << "1"
                                       << "1"
                                       << "6";
    QTest::newRow("di off, text 0: 10") << false << "1"
                                        << "0"
                                        << "10";
}

void tst_Formula::seedFormula()
{
    QFETCH(bool, di);
    QFETCH(QString, text2189);
    QFETCH(QString, text2152);
    QFETCH(QString, expected);
    const auto saved = m_inputs;
    m_inputs[E2152B04] = good(di);
    m_inputs[EgE2189S04Text] = good(text2189);
    m_inputs[EgE2152B04Text] = good(text2152);
    QString error;
    // Seed 002's own formula, as written there.
    const FormulaSample result =
        run("SI(di.E2152B04.value,si(int(eg.E2189S04.text),eg.E2189S04.stroke,12),"
            "si(int(eg.E2152B04.text),6,10))",
            &error);
    m_inputs = saved;
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(result.isGood(), qPrintable(result.reason));
    QCOMPARE(result.value.toDisplayString(), expected);
}

void tst_Formula::compileErrors_data()
{
    QTest::addColumn<QString>("formula");
    QTest::addColumn<QString>("expected");
    auto row = [](const char *name, const char *formula, const char *expected) {
        QTest::newRow(name) << QString::fromUtf8(formula) << QString::fromUtf8(expected);
    };
    row("missing operand", "IF(a > , 1)",
        "line 1, column 8: expected a value\n IF(a > , 1)\n        ^");
    row("dangling operator", "1 +", "line 1, column 4: expected a value\n 1 +\n    ^");
    row("empty", "", "line 1, column 1: expected a value\n \n ^");
    row("unclosed parenthesis", "(1 + 2", "line 1, column 7: expected ')'\n (1 + 2\n       ^");
    row("missing separator", "MIN(1 2)",
        "line 1, column 7: expected ',' or ')'\n MIN(1 2)\n       ^");
    row("trailing token", "1 2",
        "line 1, column 3: unexpected '2' after the end of the formula\n 1 2\n   ^");
    row("bad character", "a # b", "line 1, column 3: unexpected character '#'\n a # b\n   ^");
    row("unterminated text", "\"abc",
        "line 1, column 1: unterminated text: missing closing \"\n \"abc\n ^");
    row("unclosed bracket", "[Niveau + 1",
        "line 1, column 1: missing ] after a name\n [Niveau + 1\n ^");
    row("unknown function", "FOO(1)", "line 1, column 1: unknown function FOO\n FOO(1)\n ^");
    row("IF one argument", "IF(1)",
        "line 1, column 1: IF takes 2 to 3 argument(s), not 1\n IF(1)\n ^");
    row("SI four arguments", "1 + SI(1; 2; 3; 4)",
        "line 1, column 5: SI takes 2 to 3 argument(s), not 4\n 1 + SI(1; 2; 3; 4)\n     ^");
    row("NOT two", "NOT(1, 2)", "line 1, column 1: NOT takes 1 argument(s), not 2\n NOT(1, 2)\n ^");
    row("MIN none", "MIN()",
        "line 1, column 1: MIN takes at least 1 argument(s), not 0\n MIN()\n ^");
    row("NOW with one", "NOW(1)", "line 1, column 1: NOW takes 0 argument(s), not 1\n NOW(1)\n ^");
    row("unknown tag", "Inconnu + 1",
        "line 1, column 1: unknown tag \"Inconnu\"\n Inconnu + 1\n ^");
    row("unknown bracketed tag", "1 + [Pas là]",
        "line 1, column 5: unknown tag \"Pas là\"\n 1 + [Pas là]\n     ^");
    row("unknown attribute", "eg.X.fill",
        "line 1, column 1: unknown attribute eg.X.fill\n eg.X.fill\n ^");
    row("unknown member", "[Niveau].foo",
        "line 1, column 1: unknown member .foo (value, quality, timestamp, good)\n"
        " [Niveau].foo\n ^");
    row("second line", "IF(a > 50,\n  1 +,\n  2)",
        "line 2, column 6: expected a value\n   1 +,\n      ^");
}

void tst_Formula::compileErrors()
{
    QFETCH(QString, formula);
    QFETCH(QString, expected);
    FormulaError error;
    const FormulaProgram program = FormulaCompiler::compile(formula, *m_resolver, &error);
    QVERIFY(!program.isValid());
    QCOMPARE(error.toString(), expected);
    // An invalid program evaluates to Bad, never crashes.
    QCOMPARE(toString(program.evaluate(m_inputs).quality), toString(Quality::Bad));
}

void tst_Formula::deepNesting()
{
    FormulaError error;
    const QString deep = QString(5000, '(') + "1" + QString(5000, ')');
    QVERIFY(!FormulaCompiler::compile(deep, *m_resolver, &error).isValid());
    QCOMPARE(error.message, "the formula is nested too deeply");
    QVERIFY(!FormulaCompiler::compile(QString(5000, '-') + "1", *m_resolver, &error).isValid());
    QCOMPARE(error.message, "the formula is nested too deeply");
    // Ordinary nesting is fine.
    const QString fifty = QString(50, '(') + "1" + QString(50, ')');
    QVERIFY(FormulaCompiler::compile(fifty, *m_resolver, &error).isValid());
}

void tst_Formula::runtimeErrors_data()
{
    QTest::addColumn<QString>("formula");
    QTest::addColumn<QString>("reason");
    QTest::newRow("division by zero") << "1 / (a - 60)"
                                      << "division by zero";
    QTest::newRow("division by literal zero") << "a / 0"
                                              << "division by zero";
    QTest::newRow("text times literal") << "\"x\" * 2"
                                        << "expected a number, got the text \"x\"";
    QTest::newRow("modulo by zero") << "1 % 0"
                                    << "division by zero";
    QTest::newRow("MOD by zero") << "MOD(1, 0)"
                                 << "MOD by zero";
    QTest::newRow("text as number") << "Message * 2"
                                    << "expected a number, got the text \"abc\"";
    QTest::newRow("text in a function") << "ABS(\"x\")"
                                        << "expected a number, got the text \"x\"";
    QTest::newRow("text as condition") << "IF(Message, 1, 2)"
                                       << "expected TRUE or FALSE, got the text \"abc\"";
    QTest::newRow("CHOOSE out of range") << "CHOOSE(5, 1, 2)"
                                         << "CHOOSE: index 5 is not between 1 and 2";
    QTest::newRow("CHOOSE zero") << "CHOOSE(0, 1, 2)"
                                 << "CHOOSE: index 0 is not between 1 and 2";
    QTest::newRow("BIT 64") << "BIT(1, 64)"
                            << "BIT: bit number 64 is not between 0 and 63";
    QTest::newRow("root of negative") << "(-8)^0.5"
                                      << "-8 ^ 0.5 is not a number";
    QTest::newRow("overflow") << "10^400"
                              << "10 ^ 400 is not a number";
    QTest::newRow("overflow by product") << "1e300 * 1e300"
                                         << "the result is not a finite number";
    QTest::newRow("BLINK zero") << "BLINK(0)"
                                << "BLINK: the period must be at least 1 ms";
}

void tst_Formula::runtimeErrors()
{
    QFETCH(QString, formula);
    QFETCH(QString, reason);
    QString error;
    const FormulaSample result = run(formula, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(toString(result.quality), toString(Quality::Bad));
    QCOMPARE(result.reason, reason);
}

void tst_Formula::quality_data()
{
    QTest::addColumn<QString>("formula");
    QTest::addColumn<Quality>("inputQuality");
    QTest::addColumn<Quality>("quality");
    QTest::addColumn<QString>("expected"); // the value, or the reason when not Good
    QTest::newRow("bad input") << "Niveau + 1" << Quality::Bad << Quality::Bad
                               << "input [Niveau] is Bad: no reply from station 3";
    QTest::newRow("stale input") << "[Niveau] * 2" << Quality::Stale << Quality::Bad
                                 << "input [Niveau] is Stale: no reply from station 3";
    QTest::newRow("uncertain input") << "Niveau + 1" << Quality::Uncertain << Quality::Uncertain
                                     << "input [Niveau] is Uncertain";
    QTest::newRow(".good of a bad input")
        << "Niveau.good" << Quality::Bad << Quality::Good << "FALSE";
    QTest::newRow(".quality of a bad input")
        << "Niveau.quality" << Quality::Bad << Quality::Good << "Bad";
    QTest::newRow("guarded by .good")
        << "IF(Niveau.good, Niveau, -1)" << Quality::Bad << Quality::Good << "-1";
    QTest::newRow("guarded, good")
        << "IF(Niveau.good, Niveau, -1)" << Quality::Good << Quality::Good << "85";
    QTest::newRow("branch not taken")
        << "IF(TRUE, 1, Niveau)" << Quality::Bad << Quality::Good << "1";
    QTest::newRow("short-circuit AND")
        << "AND(FALSE, Niveau > 1)" << Quality::Bad << Quality::Good << "FALSE";
}

void tst_Formula::quality()
{
    QFETCH(QString, formula);
    QFETCH(Quality, inputQuality);
    QFETCH(Quality, quality);
    QFETCH(QString, expected);
    const auto saved = m_inputs;
    m_inputs[Niveau].quality = inputQuality;
    if (inputQuality != Quality::Good)
        m_inputs[Niveau].reason = "no reply from station 3";
    const FormulaSample result = run(formula);
    m_inputs = saved;
    QCOMPARE(toString(result.quality), toString(quality));
    QCOMPARE(quality == Quality::Good ? result.value.toDisplayString() : result.reason, expected);
}

// What fuzz/fuzz_formula.cpp found (./dev fuzz), each input as it was found and the input
// values that triggered it; the last rows are the same mistake, found by reading around them.
void tst_Formula::fuzzFindings_data()
{
    QTest::addColumn<QString>("formula");
    QTest::addColumn<QVariant>("niveau"); // Niveau's value, when it matters
    QTest::addColumn<QVariant>("a"); // a's value, when it matters
    QTest::addColumn<Quality>("quality");
    QTest::addColumn<QString>("expected"); // the value, or the reason when not Good
    const QVariant nan = std::numeric_limits<double>::quiet_NaN();
    const QVariant keep;
    // UBSan: NaN converted to qint64 (a device may send a NaN float).
    QTest::newRow("BIT of a NaN input")
        << "CHOISIR(1 + BIT(Niveau; 0); RGB(255; 128.4; -3); \"grey\"; TRUE)" << nan << keep
        << Quality::Bad << "BIT: nan does not fit in 64 bits";
    QTest::newRow("BIT of 1e300") << "BIT(1e300, 0)" << keep << keep << Quality::Bad
                                  << "BIT: 1e+300 does not fit in 64 bits";
    // UBSan: 1.1e110 decimals converted to int (the invalid UTF-8 byte is U+FFFD).
    QTest::newRow("FORMAT with 1e110 decimals")
        << QString::fromUtf8(
               "FORMAT(a, 1111111111111111111111111111111111111111111111111111111"
               "11111111111111111111111111111111111111111111111111111110) & \" \377\"")
        << keep << keep << Quality::Good << QString::fromUtf8("60.000000000000000 \xef\xbf\xbd");
    QTest::newRow("FORMAT with NaN decimals")
        << "FORMAT(2.5, Niveau)" << nan << keep << Quality::Good << "3";
    // UBSan: a 6e119 ms period converted to qint64.
    QTest::newRow("BLINK of 6e119 ms")
        << "SI(CLIGNOTE(59999999999999999999999999999999999999999999999999999999999999999999999"
           "99999999999999999999999999999999999999999999999999900); \"red\"; \"grey\") & "
           "MAINTENANT() -- Niveau.timestamp"
        << keep << keep << Quality::Good << "red1000";
    // UBSan: an index of 1e300 converted to int.
    QTest::newRow("CHOOSE of 1e300")
        << "IF(a > b  * 4 +a, b)+ c-ABS(CHOISIR( +a, b)+ c-+ c- MIN(a, b))" << keep
        << QVariant(1e300) << Quality::Bad << "CHOOSE: index 1e+300 is not between 1 and 1";
    QTest::newRow("CHOOSE of NaN") << "CHOOSE(Niveau, 1, 2)" << nan << keep << Quality::Bad
                                   << "CHOOSE: index nan is not between 1 and 2";
    // No sanitizer sees it: lround() past long and long to int gave black, not a clamp.
    QTest::newRow("RGB clamps huge parts")
        << "RGB(4294967296; -1e300; 1e300)" << keep << keep << Quality::Good << "#ff00ff";
    QTest::newRow("RGB of NaN") << "RGB(Niveau; 0; 0)" << nan << keep << Quality::Good << "#000000";
}

void tst_Formula::fuzzFindings()
{
    QFETCH(QString, formula);
    QFETCH(QVariant, niveau);
    QFETCH(QVariant, a);
    QFETCH(Quality, quality);
    QFETCH(QString, expected);
    const auto saved = m_inputs;
    if (niveau.isValid())
        m_inputs[Niveau] = good(niveau);
    if (a.isValid())
        m_inputs[A] = good(a);
    QString error;
    const FormulaSample result = run(formula, &error);
    m_inputs = saved;
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(toString(result.quality), toString(quality));
    QCOMPARE(quality == Quality::Good ? result.value.toDisplayString() : result.reason, expected);
}

// The fast path for numbers (formulafastpath.cpp): each of its fused instructions, and the hand
// over to the general loop in the middle of a formula, values already on the stack. run()
// checks every row against the general loop alone.
void tst_Formula::fastPath_data()
{
    QTest::addColumn<QString>("formula");
    QTest::addColumn<Quality>("quality");
    QTest::addColumn<QString>("expected"); // the value, or the reason when not Good
    auto good = [](const char *name, const char *formula, const char *expected) {
        QTest::newRow(name) << QString::fromUtf8(formula) << Quality::Good
                            << QString::fromUtf8(expected);
    };
    auto bad = [](const char *name, const char *formula, const char *reason) {
        QTest::newRow(name) << QString::fromUtf8(formula) << Quality::Bad
                            << QString::fromUtf8(reason);
    };
    // a = 60, b = 7, c = 1.5, Niveau = 85 (timestamp 1000), Message = "abc"
    good("input then literal", "(a + 1) * (a - 1) + a * 2 + a / 4", "3734");
    good("input as right operand", "100 + a - b * c / a", "159.825");
    good("MIN, MAX with an input", "MIN(100, a) + MAX(1, b)", "67");
    good("compare to an input", "1 < a", "TRUE");
    good("compare to an input, jump", "IF(100 < a, 1, 2)", "2");
    good("input against a literal", "a >= 60", "TRUE");
    good("input against a literal, jump", "IF(a = 60, 1, 0)", "1");
    good("booleans", "AND(NOT(a < 1), OR(b > 100, c > 1))", "TRUE");
    good("functions", "MIN(a, b, c) + MAX(a, b, c) + ROUND(a / 7, 2) + INT(c) + MOD(a, 7)",
         "75.07");
    good("more functions", "ABS(-a) + a % 7 + 2 ^ b + -b", "185");
    good("CHOOSE keeps a boolean", "CHOOSE(2, a, b > 1, c)", "TRUE");
    good("BIT", "BIT(a, 2)", "TRUE");
    good("members", "a.timestamp + 1 + a.good", "1002");
    good("a text after numbers", "IF(a > 50, \"big\", \"small\")", "big");
    good("a text input after numbers", "IF(a > 50, Message, 0)", "abc");
    good("a text input compared", "IF(a > 50, Message = \"ABC\", 0)", "TRUE");
    bad("a text in the middle", "1 + 2 * Message", "expected a number, got the text \"abc\"");
    bad("division by an input of zero", "1 + a / (b - 7)", "division by zero");
    bad("division by a literal zero", "1 + a / 0", "division by zero");
    bad("MOD by zero", "1 + MOD(a, b - 7)", "MOD by zero");
    bad("not finite", "1 + a * 1e307", "the result is not a finite number");
}

void tst_Formula::fastPath()
{
    QFETCH(QString, formula);
    QFETCH(Quality, quality);
    QFETCH(QString, expected);
    QString error;
    const FormulaSample result = run(formula, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(toString(result.quality), toString(quality));
    QCOMPARE(quality == Quality::Good ? result.value.toDisplayString() : result.reason, expected);
}

void tst_Formula::prefixes()
{
    TagCatalogResolver plain(m_catalog);
    QString error;
    QCOMPARE(plain.resolve("ai.a", false, &error), int(A));
    QCOMPARE(plain.resolve("DO.b", false, &error), int(B));
    QCOMPARE(plain.resolve("[di.a]", true, &error), -1);
    TagCatalogResolver custom(m_catalog, {"tag:"});
    QCOMPARE(custom.resolve("tag:c", false, &error), int(C));
    QCOMPARE(custom.resolve("di.c", false, &error), -1);
    QCOMPARE(error, "unknown tag \"di.c\"");
}

void tst_Formula::functionNames()
{
    const QStringList names = FormulaCompiler::functionNames();
    for (const char *name :
         {"IF",  "SI",    "AND", "ET",  "OR",  "OU",     "NOT",    "NON", "MIN",   "MAX",
          "ABS", "ROUND", "INT", "MOD", "BIT", "FORMAT", "CHOOSE", "RGB", "BLINK", "NOW"})
        QVERIFY2(names.contains(QString::fromLatin1(name)), name);
}

void tst_Formula::dependentsOnly()
{
    FormulaSet set;
    QCOMPARE(set.add("f0", "a + 1", *m_resolver), 0);
    QCOMPARE(set.add("f1", "b * 2", *m_resolver), 1);
    QCOMPARE(set.add("f2", "a + b", *m_resolver), 2);
    QCOMPARE(set.dependents(A), QList<int>({0, 2}));
    set.setInput(A, good(1));
    set.setInput(B, good(2));
    QVERIFY(set.hasDirty());
    QCOMPARE(set.evaluateDirty(), QList<int>({0, 1, 2}));
    QCOMPARE(set.evaluationCount(), 3u);
    QCOMPARE(set.result(2).value.toDisplayString(), "3");

    set.setInput(A, good(10));
    QCOMPARE(set.evaluateDirty(), QList<int>({0, 2}));
    QCOMPARE(set.evaluationCount(), 5u);
    QCOMPARE(set.result(0).value.toDisplayString(), "11");
    QCOMPARE(set.result(1).value.toDisplayString(), "4");

    // The same value again: its readers are evaluated, nothing changed.
    set.setInput(A, good(10));
    QCOMPARE(set.evaluateDirty(), QList<int>());
    QCOMPARE(set.evaluationCount(), 7u);

    // An input nobody reads: nothing to do.
    set.setInput(Message, good("x"));
    QVERIFY(!set.hasDirty());
    QCOMPARE(set.evaluateDirty(), QList<int>());
    QCOMPARE(set.evaluationCount(), 7u);

    // A failed compile adds nothing.
    FormulaError error;
    QCOMPARE(set.add("bad", "a +", *m_resolver, -1, &error), -1);
    QCOMPARE(error.line, 1);
    QCOMPARE(error.column, 4);
    QCOMPARE(set.size(), 3);
}

void tst_Formula::sameInputTwiceEvaluatesOnce()
{
    FormulaSet set;
    set.add("f", "a + b", *m_resolver);
    set.add("g", "c", *m_resolver);
    set.evaluateDirty();
    const quint64 before = set.evaluationCount();
    set.setInput(A, good(1));
    set.setInput(A, good(2));
    set.setInput(B, good(3));
    QCOMPARE(set.evaluateDirty(), QList<int>({0}));
    QCOMPARE(set.evaluationCount() - before, 1u);
    QCOMPARE(set.result(0).value.toDisplayString(), "5");
}

void tst_Formula::chainedFormulas()
{
    // calc = a + 1 (a calculated tag in slot 50); g = calc * 2; h = calc + a.
    ScreenResolver resolver(m_catalog);
    resolver.m_extra = {{"calc", 50}};
    FormulaSet set;
    QCOMPARE(set.add("h", "calc + a", resolver), 0); // added before its producer
    QCOMPARE(set.add("calc", "a + 1", resolver, 50), 1);
    QCOMPARE(set.add("g", "calc * 2", resolver), 2);
    set.setInput(A, good(1));
    set.evaluateDirty();
    QCOMPARE(set.result(0).value.toDisplayString(), "3");
    QCOMPARE(set.result(2).value.toDisplayString(), "4");

    const quint64 before = set.evaluationCount();
    set.setInput(A, good(5));
    const QList<int> changed = set.evaluateDirty();
    QCOMPARE(changed, QList<int>({1, 0, 2}) /* producer first, then its readers by id */);
    QCOMPARE(set.evaluationCount() - before, 3u); // each once, h not twice
    QCOMPARE(set.result(0).value.toDisplayString(), "11");
    QCOMPARE(set.result(2).value.toDisplayString(), "12");
    QCOMPARE(set.input(50).value.toDisplayString(), "6");

    // A Bad producer makes its readers Bad, naming it.
    set.setInput(A, FormulaSample {{}, Quality::Bad, "no reply", 0});
    set.evaluateDirty();
    QCOMPARE(toString(set.result(2).quality), toString(Quality::Bad));
    QCOMPARE(set.result(2).reason, "input [calc] is Bad: input [a] is Bad: no reply");
}

void tst_Formula::chainAddedBackwards()
{
    // last reads y, which middle writes from x, which first writes: added readers first, so
    // adding first must rank middle and, through it, last after it.
    ScreenResolver resolver(m_catalog);
    resolver.m_extra = {{"x", 60}, {"y", 61}};
    FormulaSet set;
    QCOMPARE(set.add("last", "y * 2", resolver), 0);
    QCOMPARE(set.add("middle", "x + 1", resolver, 61), 1);
    QCOMPARE(set.add("first", "a + 1", resolver, 60), 2);
    set.setInput(A, good(1));
    QCOMPARE(set.evaluateDirty(), QList<int>({2, 1, 0}));
    QCOMPARE(set.evaluationCount(), 3u); // each once
    QCOMPARE(set.result(0).value.toDisplayString(), "6");
}

void tst_Formula::cycles()
{
    ScreenResolver resolver(m_catalog);
    resolver.m_extra = {{"x", 60}, {"y", 61}, {"z", 62}};
    FormulaSet set;
    FormulaError error;
    QCOMPARE(set.add("self", "x + 1", resolver, 60, &error), -1);
    QCOMPARE(error.toString(), "cycle between formulas: self → self");
    QCOMPARE(set.add("fx", "y + 1", resolver, 60, &error), 0);
    QCOMPARE(set.add("fy", "z + 1", resolver, 61, &error), 1);
    QCOMPARE(set.add("fz", "IF(a > 0, x, 0)", resolver, 62, &error), -1);
    QCOMPARE(error.toString(), "cycle between formulas: fz → fy → fx → fz");
    QCOMPARE(error.cycle, QStringList({"fz", "fy", "fx", "fz"}));
    QCOMPARE(set.size(), 2);
    QCOMPARE(set.dependents(A), QList<int>());
    QCOMPARE(set.add("fz", "a * 2", resolver, 62, &error), 2);
    QCOMPARE(set.add("again", "a", resolver, 62, &error), -1);
    QCOMPARE(error.toString(), "formula again writes a slot that fz already writes");
    QVERIFY(error.cycle.isEmpty());
    set.setInput(A, good(1));
    set.evaluateDirty();
    QCOMPARE(set.result(0).value.toDisplayString(), "4");
    QCOMPARE(set.evaluationCount(), 3u);
}

void tst_Formula::clock()
{
    FormulaSet set;
    QCOMPARE(set.add("blink", "IF(BLINK(500), \"red\", \"grey\")", *m_resolver), 0);
    QCOMPARE(set.add("now", "NOW() - a", *m_resolver), 1);
    QCOMPARE(set.add("plain", "a", *m_resolver), 2);
    set.setInput(A, good(1000));
    set.setTime(10'000);
    set.evaluateDirty();
    QCOMPARE(set.result(0).value.toDisplayString(), "red");
    QCOMPARE(set.result(1).value.toDisplayString(), "9000");
    const quint64 before = set.evaluationCount();
    set.setTime(10'600);
    QCOMPARE(set.evaluateDirty(), QList<int>({0, 1}));
    QCOMPARE(set.evaluationCount() - before, 2u); // "plain" does not read the clock
    QCOMPARE(set.result(0).value.toDisplayString(), "grey");
    set.setTime(11'000);
    QCOMPARE(set.evaluateDirty(), QList<int>({0, 1}));
    QCOMPARE(set.result(0).value.toDisplayString(), "red");
}

QTEST_GUILESS_MAIN(tst_Formula)
#include "tst_formula.moc"
