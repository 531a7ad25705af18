#include "formulaprogram.h"

#include "formulacompiler.h"
#include "formulanumeric.h"

#include <QCoreApplication>

#include <cmath>

namespace Vigie {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::Formula)
};

using Function = FormulaCompiler::Function;
using Type = FormulaValue::Type;
using namespace FormulaNumeric;

// Evaluation state: the first error wins and stops the program.
struct Run
{
    QString error;

    bool number(const FormulaValue &v, double *out)
    {
        if (const auto x = v.toNumber()) {
            *out = *x;
            return true;
        }
        error = Tr::tr("expected a number, got the text \"%1\"").arg(v.text);
        return false;
    }
    bool boolean(const FormulaValue &v, bool *out)
    {
        if (const auto b = v.toBool()) {
            *out = *b;
            return true;
        }
        error = Tr::tr("expected TRUE or FALSE, got the text \"%1\"").arg(v.text);
        return false;
    }
};

// -1, 0, 1; numbers (and booleans) numerically, texts without regard to case as in Excel, a
// text against a number numerically when the text is a number, else as texts.
int compareValues(const FormulaValue &a, const FormulaValue &b)
{
    const auto x = a.toNumber();
    const auto y = b.toNumber();
    if (!x || !y)
        return a.toDisplayString().compare(b.toDisplayString(), Qt::CaseInsensitive);
    return *x < *y ? -1 : (*x > *y ? 1 : 0);
}

void setNumber(FormulaValue &v, double x)
{
    v.type = Type::Number;
    v.number = x;
}

void setBool(FormulaValue &v, bool b)
{
    v.type = Type::Bool;
    v.number = b ? 1.0 : 0.0;
}

void setText(FormulaValue &v, const QString &text)
{
    v.type = Type::Text;
    v.text = text;
}

// A text just made (FORMAT, RGB, a number about to be joined by &) goes into the buffer the
// stack slot kept from earlier evaluations when nobody else holds it: the & that follow then
// append within its capacity instead of growing a new string by realloc() every evaluation.
void setMadeText(FormulaValue &v, const QString &text)
{
    v.type = Type::Text;
    if (v.text.isDetached() && v.text.capacity() >= text.size()) {
        v.text.resize(0); // keeps the buffer
        v.text.append(text);
    } else {
        v.text = text;
    }
}

// Calls a built-in on args[0..count); the result goes to args[0].
bool callFunction(Run &run, Function f, FormulaValue *args, int count, qint64 nowMs)
{
    double x = 0;
    double y = 0;
    switch (f) {
    case Function::Min:
    case Function::Max: {
        double best = 0;
        if (!run.number(args[0], &best))
            return false;
        for (int i = 1; i < count; ++i) {
            if (!run.number(args[i], &x))
                return false;
            best = f == Function::Min ? std::min(best, x) : std::max(best, x);
        }
        setNumber(args[0], best);
        return true;
    }
    case Function::Abs:
        if (!run.number(args[0], &x))
            return false;
        setNumber(args[0], std::fabs(x));
        return true;
    case Function::Round: {
        if (!run.number(args[0], &x) || (count > 1 && !run.number(args[1], &y)))
            return false;
        setNumber(args[0], roundTo(x, y));
        return true;
    }
    case Function::Int:
        if (!run.number(args[0], &x))
            return false;
        setNumber(args[0], std::floor(x)); // INT(-1.5) = -2, as Excel
        return true;
    case Function::Mod:
        if (!run.number(args[0], &x) || !run.number(args[1], &y))
            return false;
        if (y == 0.0) {
            run.error = Tr::tr("MOD by zero");
            return false;
        }
        setNumber(args[0], floorMod(x, y));
        return true;
    case Function::Bit:
        if (!run.number(args[0], &x) || !run.number(args[1], &y))
            return false;
        if (!isBitNumber(y)) {
            run.error = Tr::tr("BIT: bit number %1 is not between 0 and 63").arg(y);
            return false;
        }
        if (!fitsIn64Bits(x)) {
            run.error = Tr::tr("BIT: %1 does not fit in 64 bits").arg(x);
            return false;
        }
        setBool(args[0], bit(x, y));
        return true;
    case Function::Format: {
        if (!run.number(args[0], &x) || (count > 1 && !run.number(args[1], &y)))
            return false;
        // Clamped before the conversion to int, which is undefined for 1e100 or NaN (then 0).
        const int decimals = y >= 15 ? 15 : (y >= 0 ? int(y) : 0);
        setMadeText(args[0], QString::number(x, 'f', decimals));
        return true;
    }
    case Function::Choose: {
        if (!run.number(args[0], &x))
            return false;
        if (!isChoice(x, count)) {
            run.error = Tr::tr("CHOOSE: index %1 is not between 1 and %2").arg(x).arg(count - 1);
            return false;
        }
        args[0] = args[int(x)];
        return true;
    }
    case Function::Rgb: {
        int c[3];
        for (int i = 0; i < 3; ++i) {
            if (!run.number(args[i], &x))
                return false;
            // Clamped as a double: lround() past the range of long, and long to int, give
            // any value (RGB(4294967296; 0; 0) was black); NaN is 0.
            const double part = std::round(x);
            c[i] = part >= 255 ? 255 : (part >= 0 ? int(part) : 0);
        }
        setMadeText(args[0],
                    QStringLiteral("#%1%2%3")
                        .arg(c[0], 2, 16, QLatin1Char('0'))
                        .arg(c[1], 2, 16, QLatin1Char('0'))
                        .arg(c[2], 2, 16, QLatin1Char('0')));
        return true;
    }
    case Function::Blink: {
        if (!run.number(args[0], &x))
            return false;
        if (!isBlinkPeriod(x)) {
            run.error = Tr::tr("BLINK: the period must be at least 1 ms");
            return false;
        }
        setBool(args[0], blinkOn(nowMs, x));
        return true;
    }
    case Function::Now: setNumber(args[0], double(nowMs)); return true;
    case Function::If:
    case Function::And:
    case Function::Or:
    case Function::Not: break; // compiled to jumps and Op::Not
    }
    run.error = Tr::tr("internal error: unknown function");
    return false;
}

} // namespace

FormulaSample FormulaProgram::evaluateGeneral(std::span<const FormulaSample> inputs,
                                              qint64 nowMs) const
{
    if (m_code.empty()) {
        FormulaSample result;
        result.reason = Tr::tr("the formula did not compile");
        return result;
    }
    return evaluateFrom(inputs, nowMs, 0, 0, 0);
}

// The general loop: any value, any quality, every error with its reason. It starts at `pc`
// with `sp` values on m_stack (those the fast path left) and the newest input time so far.
FormulaSample FormulaProgram::evaluateFrom(std::span<const FormulaSample> inputs, qint64 nowMs,
                                           int pc, int sp, qint64 timestamp) const
{
    FormulaSample result;
    FormulaValue *st = m_stack.data();
    Run run;
    Quality quality = Quality::Good;
    QString uncertain;
    const Instruction *code = m_code.data();
    const int size = int(m_code.size());
    for (; pc < size; ++pc) {
        const Instruction &in = code[pc];
        switch (in.op) {
        case Op::PushNumber: setNumber(st[sp++], in.x); break;
        case Op::PushConst: st[sp++] = m_constants[in.a]; break;
        case Op::LoadValue: {
            const FormulaSample &s = inputs[in.b];
            FormulaValue &top = st[sp++];
            if (s.quality != Quality::Good) [[unlikely]] {
                const Input &ref = m_inputs[in.a];
                if (s.quality == Quality::Bad || s.quality == Quality::Stale) {
                    result.reason =
                        Tr::tr("input [%1] is %2")
                            .arg(ref.name, describeQuality({{}, s.quality, s.reason, 0}));
                    result.timestamp = s.timestamp;
                    return result;
                }
                if (quality == Quality::Good) {
                    quality = Quality::Uncertain;
                    uncertain = Tr::tr("input [%1] is Uncertain").arg(ref.name);
                }
            }
            top.type = s.value.type;
            top.number = s.value.number;
            if (s.value.type == Type::Text)
                top.text = s.value.text;
            timestamp = std::max(timestamp, s.timestamp);
            break;
        }
        case Op::LoadMember: {
            const Input &ref = m_inputs[in.a];
            const FormulaSample &s = inputs[ref.slot];
            FormulaValue &top = st[sp++];
            switch (ref.member) {
            case FormulaMember::Value: break; // Op::LoadValue
            case FormulaMember::Quality: setText(top, toString(s.quality)); break;
            case FormulaMember::Timestamp: setNumber(top, double(s.timestamp)); break;
            case FormulaMember::Good: setBool(top, s.quality == Quality::Good); break;
            }
            timestamp = std::max(timestamp, s.timestamp);
            break;
        }
        case Op::Negate: {
            double x = 0;
            if (!run.number(st[sp - 1], &x))
                goto failed;
            setNumber(st[sp - 1], -x);
            break;
        }
        case Op::Add:
        case Op::Subtract:
        case Op::Multiply:
        case Op::Divide:
        case Op::Modulo:
        case Op::Power: {
            // b == 1: the right operand is the immediate x (a literal number)
            const bool immediate = (in.b & Immediate) != 0;
            FormulaValue &a = st[sp - 2 + immediate];
            double x = a.number;
            double y = in.x;
            if (!immediate) {
                const FormulaValue &b = st[--sp];
                y = b.number;
                if (b.type == Type::Text && !run.number(b, &y))
                    goto failed;
            }
            if (a.type == Type::Text && !run.number(a, &x))
                goto failed;
            double r = 0;
            switch (in.op) {
            case Op::Add: r = x + y; break;
            case Op::Subtract: r = x - y; break;
            case Op::Multiply: r = x * y; break;
            case Op::Divide:
                if (y == 0.0) {
                    run.error = Tr::tr("division by zero");
                    goto failed;
                }
                r = x / y;
                break;
            case Op::Modulo:
                if (y == 0.0) {
                    run.error = Tr::tr("division by zero");
                    goto failed;
                }
                r = floorMod(x, y);
                break;
            default:
                r = std::pow(x, y);
                if (!std::isfinite(r)) {
                    run.error = Tr::tr("%1 ^ %2 is not a number").arg(x).arg(y);
                    goto failed;
                }
                break;
            }
            setNumber(a, r);
            break;
        }
        case Op::Concat: {
            // Appends in place: a chain of & grows one string instead of making one per step.
            FormulaValue &a = st[sp - 2];
            const FormulaValue &b = st[sp - 1];
            if (a.type != Type::Text)
                setMadeText(a, a.toDisplayString());
            if (b.type == Type::Text)
                a.text += b.text;
            else
                a.text += b.toDisplayString();
            --sp;
            break;
        }
        case Op::Equal:
        case Op::NotEqual:
        case Op::Less:
        case Op::Greater:
        case Op::LessEqual:
        case Op::GreaterEqual: {
            const bool immediate = (in.b & Immediate) != 0;
            FormulaValue &a = st[sp - 2 + immediate];
            int c = 0;
            if (immediate) {
                c = a.type != Type::Text ? (a.number < in.x ? -1 : (a.number > in.x ? 1 : 0))
                                         : compareValues(a, FormulaValue::fromNumber(in.x));
            } else {
                const FormulaValue &bv = st[--sp];
                c = a.type != Type::Text && bv.type != Type::Text
                    ? (a.number < bv.number ? -1 : (a.number > bv.number ? 1 : 0))
                    : compareValues(a, bv);
            }
            bool r = false;
            switch (in.op) {
            case Op::Equal: r = c == 0; break;
            case Op::NotEqual: r = c != 0; break;
            case Op::Less: r = c < 0; break;
            case Op::Greater: r = c > 0; break;
            case Op::LessEqual: r = c <= 0; break;
            default: r = c >= 0; break;
            }
            if (in.b & FusedJump) {
                --sp;
                if (!r)
                    pc = in.a - 1;
            } else {
                setBool(a, r);
            }
            break;
        }
        case Op::Not:
        case Op::ToBool: {
            bool b = st[sp - 1].number != 0.0;
            if (st[sp - 1].type == Type::Text && !run.boolean(st[sp - 1], &b))
                goto failed;
            setBool(st[sp - 1], in.op == Op::Not ? !b : b);
            break;
        }
        case Op::Jump: pc = in.a - 1; break;
        case Op::JumpIfFalse: {
            const FormulaValue &v = st[--sp];
            bool b = v.number != 0.0;
            if (v.type == Type::Text && !run.boolean(v, &b))
                goto failed;
            if (!b)
                pc = in.a - 1;
            break;
        }
        case Op::AndJump:
        case Op::OrJump: {
            bool b = st[sp - 1].number != 0.0;
            if (st[sp - 1].type == Type::Text && !run.boolean(st[sp - 1], &b))
                goto failed;
            if (b == (in.op == Op::OrJump)) {
                setBool(st[sp - 1], b);
                pc = in.a - 1;
            } else {
                --sp;
            }
            break;
        }
        case Op::Call: {
            if (in.b == 0)
                ++sp;
            const int count = std::max(in.b, 1);
            if (!callFunction(run, Function(in.a), st + sp - count, in.b, nowMs))
                goto failed;
            sp -= count - 1;
            break;
        }
        }
    }
    if (st[0].type == Type::Number && !std::isfinite(st[0].number)) {
        run.error = Tr::tr("the result is not a finite number");
        goto failed;
    }
    result.value.type = st[0].type;
    result.value.number = st[0].number;
    if (st[0].type == Type::Text)
        result.value.text = st[0].text;
    result.quality = quality;
    result.reason = uncertain;
    result.timestamp = timestamp;
    return result;

failed:
    result.reason = run.error;
    result.timestamp = timestamp;
    return result;
}

} // namespace Vigie
