// Formula evaluation cost: ns per evaluation of compiled formulas against the same expression
// written as a C++ lambda, in the same run, over the same inputs. The inputs change on every
// iteration and every result is folded into a checksum that is printed, so the compiler can
// neither hoist nor drop the native versions.
#include "formula/formulacompiler.h"
#include "formula/formularesolver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <vector>

using namespace Vigie;

namespace {

enum Slot { A, B, C, Di, Text2189, Stroke2189, Text2152, SlotCount };

class BenchResolver : public FormulaResolver
{
public:
    int resolve(const QString &name, bool, QString *error) const override
    {
        static const QHash<QString, int> names {{QStringLiteral("a"), A},
                                                {QStringLiteral("b"), B},
                                                {QStringLiteral("c"), C},
                                                {QStringLiteral("di.E2152B04"), Di},
                                                {QStringLiteral("eg.E2189S04.text"), Text2189},
                                                {QStringLiteral("eg.E2189S04.stroke"), Stroke2189},
                                                {QStringLiteral("eg.E2152B04.text"), Text2152}};
        const int slot = names.value(name, -1);
        if (slot < 0)
            *error = QStringLiteral("unknown %1").arg(name);
        return slot;
    }
};

// Changes the inputs for iteration i: numbers every time, texts every 8th iteration.
void vary(std::vector<FormulaSample> &in, int i)
{
    in[A].value.number = double(i % 101);
    in[B].value.number = double(i % 37) * 0.5;
    in[C].value.number = double(i & 7);
    in[Di].value.number = (i >> 1) & 1;
    if ((i & 7) == 0) {
        in[Text2189].value.text = (i & 8) ? QStringLiteral("1") : QStringLiteral("0");
        in[Text2152].value.text = (i & 16) ? QStringLiteral("1") : QStringLiteral("0");
    }
}

double fold(const FormulaValue &v)
{
    return v.isText() ? double(v.text.size()) : v.number;
}

struct Case
{
    const char *label;
    QString formula;
    std::function<FormulaValue(const std::vector<FormulaSample> &)> native;
    int iterations;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    BenchResolver resolver;
    std::vector<FormulaSample> inputs(SlotCount);
    inputs[A] = FormulaSample::good(FormulaValue::fromNumber(0));
    inputs[B] = FormulaSample::good(FormulaValue::fromNumber(0));
    inputs[C] = FormulaSample::good(FormulaValue::fromNumber(0));
    inputs[Di] = FormulaSample::good(FormulaValue::fromBool(false));
    inputs[Text2189] = FormulaSample::good(FormulaValue::fromText(QStringLiteral("0")));
    inputs[Stroke2189] = FormulaSample::good(FormulaValue::fromText(QStringLiteral("#ff0000")));
    inputs[Text2152] = FormulaSample::good(FormulaValue::fromText(QStringLiteral("0")));

    const std::vector<Case> cases {
        {"trivial a + 1", QStringLiteral("a + 1"),
         [](const std::vector<FormulaSample> &in) {
             return FormulaValue::fromNumber(in[A].value.number + 1);
         },
         20'000'000},
        {"numeric IF/MIN", QStringLiteral("IF(a > 50, b * 2 + c, MIN(a, b))"),
         [](const std::vector<FormulaSample> &in) {
             const double a = in[A].value.number;
             const double b = in[B].value.number;
             const double c = in[C].value.number;
             return FormulaValue::fromNumber(a > 50 ? b * 2 + c : std::min(a, b));
         },
         20'000'000},
        {"text FORMAT and &", QStringLiteral("FORMAT(a, 1) & \" °C / \" & FORMAT(b, 0) & \" bar\""),
         [](const std::vector<FormulaSample> &in) {
             return FormulaValue::fromText(
                 QString::number(in[A].value.number, 'f', 1) + QStringLiteral(" °C / ")
                 + QString::number(in[B].value.number, 'f', 0) + QStringLiteral(" bar"));
         },
         2'000'000},
        {"seed 002 formula",
         QStringLiteral("SI(di.E2152B04.value,si(int(eg.E2189S04.text),eg.E2189S04.stroke,12),"
                        "si(int(eg.E2152B04.text),6,10))"),
         [](const std::vector<FormulaSample> &in) {
             if (in[Di].value.number != 0) {
                 if (std::floor(in[Text2189].value.text.toDouble()) != 0)
                     return in[Stroke2189].value;
                 return FormulaValue::fromNumber(12);
             }
             return FormulaValue::fromNumber(
                 std::floor(in[Text2152].value.text.toDouble()) != 0 ? 6 : 10);
         },
         10'000'000},
    };

    std::printf("%-20s %12s %12s %8s\n", "formula", "VM ns/eval", "C++ ns/eval", "ratio");
    const QString only = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString(); // a filter
    for (const Case &c : cases) {
        if (!only.isEmpty() && !QString::fromUtf8(c.label).contains(only))
            continue;
        FormulaError error;
        const FormulaProgram program = FormulaCompiler::compile(c.formula, resolver, &error);
        if (!program.isValid()) {
            std::printf("%s: %s\n", c.label, qPrintable(error.toString()));
            return 1;
        }
        // Best of three alternating rounds: the machine is shared, the minimum is the cost.
        double vmNs = 1e300;
        double nativeNs = 1e300;
        bool same = true;
        for (int round = 0; round < 3; ++round) {
            double sumVm = 0;
            double sumNative = 0;
            QElapsedTimer timer;
            timer.start();
            for (int i = 0; i < c.iterations; ++i) {
                vary(inputs, i);
                sumVm += fold(program.evaluate(inputs).value);
            }
            vmNs = std::min(vmNs, double(timer.nsecsElapsed()) / c.iterations);
            timer.restart();
            for (int i = 0; i < c.iterations; ++i) {
                vary(inputs, i);
                sumNative += fold(c.native(inputs));
            }
            nativeNs = std::min(nativeNs, double(timer.nsecsElapsed()) / c.iterations);
            same = same && sumVm == sumNative;
        }
        std::printf("%-20s %12.1f %12.1f %7.1fx%s\n", c.label, vmNs, nativeNs, vmNs / nativeNs,
                    same ? "" : "  (checksums differ!)");
    }
    std::printf("(both columns include changing the inputs; the C++ version checks no quality)\n");
    return 0;
}
