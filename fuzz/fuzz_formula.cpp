// libFuzzer target for the formula language (./dev fuzz): any bytes are compiled as a formula
// over a few known names, the program is evaluated on samples of every kind (Good, Bad, Stale,
// Uncertain, texts, booleans, NaN and huge numbers, several clocks), and a FormulaSet chains two
// copies of it through output slots. A formula is text typed by people or read from project
// files, so nothing here may crash, hang, read out of bounds or rely on undefined behaviour;
// ASan and UBSan watch for that, and the checks below for results that break the contract or
// a fast path for numbers that strays from the general loop.

#include "formula/formulacompiler.h"
#include "formula/formulaset.h"
#include "formula/tagcatalogresolver.h"
#include "tags/tagcatalog.h"

#include <QHash>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <limits>
#include <memory>
#include <vector>

using namespace Vigie;

namespace {

// Tags first (their slot is their TagId, in the order FuzzResolver adds them), then other
// elements' attributes and formula outputs. Each input set has one sample per slot.
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
    EgE2189S04Text = TagCount,
    EgE2189S04Stroke,
    EgE2152B04Text,
    Calc1, // written by the first formula of the set
    Calc2, // written by the second
    SlotCount
};

// Tags by the catalog (bare, bracketed, behind the di./ai. prefixes), attributes as `eg.…`
// and formula outputs by name, as a screen resolves them.
class FuzzResolver : public FormulaResolver
{
public:
    FuzzResolver()
    {
        for (const QString &name :
             {QStringLiteral("Niveau"), QStringLiteral("a"), QStringLiteral("b"),
              QStringLiteral("c"), QStringLiteral("Énergie active/Phase 1"),
              QStringLiteral("E2152B04"), QStringLiteral("Pump1.running"),
              QStringLiteral("Message")}) {
            TagInfo info;
            info.name = name;
            info.dataType = DataType::Float64;
            m_catalog.add(info);
        }
        m_tags = std::make_unique<TagCatalogResolver>(m_catalog);
        m_others = {{QStringLiteral("eg.E2189S04.text"), EgE2189S04Text},
                    {QStringLiteral("eg.E2189S04.stroke"), EgE2189S04Stroke},
                    {QStringLiteral("eg.E2152B04.text"), EgE2152B04Text},
                    {QStringLiteral("calc1"), Calc1},
                    {QStringLiteral("calc2"), Calc2}};
    }

    int resolve(const QString &name, bool bracketed, QString *error) const override
    {
        const int slot = bracketed ? -1 : m_others.value(name, -1);
        return slot >= 0 ? slot : m_tags->resolve(name, bracketed, error);
    }

private:
    TagCatalog m_catalog;
    std::unique_ptr<TagCatalogResolver> m_tags;
    QHash<QString, int> m_others;
};

FormulaSample sample(const FormulaValue &value, Quality quality = Quality::Good,
                     qint64 timestamp = 1000)
{
    return {value, quality,
            quality == Quality::Good ? QString() : QStringLiteral("no reply from station 3"),
            timestamp};
}

FormulaValue number(double x)
{
    return FormulaValue::fromNumber(x);
}

FormulaValue text(const char16_t *s)
{
    return FormulaValue::fromText(QString::fromUtf16(s));
}

// Input sets the formula is evaluated on: ordinary values, degraded qualities, texts where
// numbers are expected, and numbers no device should send but some do.
std::vector<std::vector<FormulaSample>> inputSets()
{
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double inf = std::numeric_limits<double>::infinity();
    std::vector<std::vector<FormulaSample>> sets;
    sets.push_back({
        sample(number(85)),
        sample(number(60)),
        sample(number(7)),
        sample(number(1.5)),
        sample(number(12000)),
        sample(FormulaValue::fromBool(true)),
        sample(FormulaValue::fromBool(false)),
        sample(text(u"abc")),
        sample(text(u"1")),
        sample(text(u"#ff0000")),
        sample(text(u"0")),
        sample(number(3)),
        sample(text(u"calc")),
    });
    sets.push_back({
        sample(number(85), Quality::Bad),
        sample(number(60), Quality::Stale, 2000),
        sample(number(7), Quality::Uncertain, 3000),
        sample(FormulaValue::fromBool(true), Quality::Good, 4000),
        sample(number(-0.0)),
        sample(FormulaValue::fromBool(false), Quality::Uncertain),
        sample(FormulaValue::fromBool(true), Quality::Bad),
        sample(text(u"")),
        sample(text(u" 12.5 "), Quality::Uncertain),
        sample(text(u"red"), Quality::Stale),
        sample(text(u"VRAI")),
        sample(number(0), Quality::Bad, 0),
        sample(FormulaValue::fromBool(true), Quality::Uncertain),
    });
    sets.push_back({
        sample(text(u"85")),
        sample(text(u"TRUE")),
        sample(text(u"faux")),
        sample(text(u"x")),
        sample(text(u"1e308")),
        sample(text(u"inf")),
        sample(text(u"nan")),
        sample(text(u"Énergie \"x\"")),
        sample(text(u"-1")),
        sample(text(u"")),
        sample(text(u"99999999999999999999")),
        sample(text(u"2")),
        sample(text(u"#00ff00")),
    });
    sets.push_back({
        sample(number(nan)),
        sample(number(1e300)),
        sample(number(-inf)),
        sample(number(-2.5e-310)),
        sample(number(9.3e18)),
        sample(number(inf)),
        sample(number(-1e300)),
        sample(number(std::numeric_limits<double>::denorm_min())),
        sample(number(-9.3e18)),
        sample(number(2147483648.0)),
        sample(number(-2147483649.0)),
        sample(number(nan), Quality::Uncertain),
        sample(number(1e18)),
    });
    for (const std::vector<FormulaSample> &set : sets) {
        if (set.size() != SlotCount) {
            std::fprintf(stderr, "fuzz_formula: an input set does not cover every slot\n");
            std::abort();
        }
    }
    return sets;
}

[[noreturn]] void broken(const char *what, const QString &source, const FormulaSample &result)
{
    std::fprintf(stderr, "fuzz_formula: %s\n  formula: %s\n  result: %s (%s)\n", what,
                 qUtf8Printable(source), qUtf8Printable(result.value.toDisplayString()),
                 qUtf8Printable(result.reason));
    std::abort();
}

// What every result promises: a result that is not Good says why; a Good number is finite.
void checkResult(const QString &source, const FormulaSample &result)
{
    if (result.quality != Quality::Good && result.reason.isEmpty())
        broken("a result that is not Good gives no reason", source, result);
    if (result.quality == Quality::Bad && !result.value.isNumber())
        broken("a Bad result carries a value", source, result);
    if (result.quality != Quality::Bad && result.value.isNumber()
        && !std::isfinite(result.value.number))
        broken("a result that is not Bad is not a finite number", source, result);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const FuzzResolver resolver;
    static const std::vector<std::vector<FormulaSample>> sets = inputSets();
    static constexpr qint64 clocks[] = {0, 1'700'000'000'123, -1};

    const QString source = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));

    FormulaError error;
    const FormulaProgram program = FormulaCompiler::compile(source, resolver, &error);
    if (program.isValid() == error.isError())
        broken("a program is valid and has an error, or neither", source, {});
    (void)error.toString();
    for (const std::vector<FormulaSample> &inputs : sets) {
        for (const qint64 now : clocks) {
            const FormulaSample first = program.evaluate(inputs, now);
            checkResult(source, first);
            // An evaluation leaves no trace in the program (its stack, its constants).
            const FormulaSample second = program.evaluate(inputs, now);
            if (!(first == second))
                broken("the second evaluation differs from the first", source, second);
            // The fast path for numbers gives exactly what the general loop gives.
            const FormulaSample general = program.evaluateGeneral(inputs, now);
            if (!(first == general))
                broken("the fast path and the general loop differ", source, general);
        }
    }
    if (!program.isValid())
        return 0;

    // Two copies chained through their outputs; the second is refused when the formula reads
    // calc2 (a cycle), the first when it reads calc1. A fixed third formula reads both.
    FormulaSet set;
    FormulaError setError;
    set.add(QStringLiteral("f1"), source, resolver, Calc1, &setError);
    set.add(QStringLiteral("f2"), source, resolver, Calc2, &setError);
    set.add(QStringLiteral("f3"), QStringLiteral("IF(calc1.good; calc1 & \"\"; calc2)"), resolver,
            -1, &setError);
    (void)setError.toString();
    for (const std::vector<FormulaSample> &inputs : sets) {
        for (int slot = 0; slot < Calc1; ++slot)
            set.setInput(slot, inputs[slot]);
        for (const qint64 now : clocks) {
            set.setTime(now);
            for (const int f : set.evaluateDirty())
                checkResult(set.program(f).source(), set.result(f));
            if (set.hasDirty())
                broken("formulas are still dirty after evaluateDirty()", source, {});
        }
    }
    return 0;
}
