// FormulaProgram's fast path for numbers and booleans: what most formulas of a screen compute
// on every poll (levels, thresholds, states), the general loop (formulaprogram.cpp) being
// there for texts, qualities other than Good and errors.

#include "formulacompiler.h"
#include "formulanumeric.h"
#include "formulaprogram.h"

#include <algorithm>

namespace Vigie {

using namespace FormulaNumeric;
using Function = FormulaCompiler::Function;
using Type = FormulaValue::Type;

// One FastInstruction per Instruction, at the same index, so that the fast path can hand over
// to the general loop at any instruction; the ones it does not take on are FastOp::General.
void FormulaProgram::prepareFastPath()
{
    m_fast.clear();
    m_fast.reserve(m_code.size() + 1);
    for (const Instruction &in : m_code) {
        FastInstruction f;
        f.a = in.a;
        f.x = in.x;
        const bool immediate = (in.b & Immediate) != 0;
        switch (in.op) {
        case Op::PushNumber: f.op = FastOp::Push; break;
        case Op::PushConst: {
            const FormulaValue &c = m_constants[in.a];
            if (c.type != Type::Text) {
                f.op = FastOp::Push;
                f.type = c.type;
                f.x = c.number;
            }
            break;
        }
        case Op::LoadValue:
            f.op = FastOp::LoadValue;
            f.b = in.b; // the slot
            break;
        case Op::LoadMember: {
            const Input &ref = m_inputs[in.a];
            f.b = ref.slot;
            if (ref.member == FormulaMember::Timestamp)
                f.op = FastOp::LoadTimestamp;
            else if (ref.member == FormulaMember::Good)
                f.op = FastOp::LoadGood;
            break; // .quality is a text
        }
        case Op::Negate: f.op = FastOp::Negate; break;
        case Op::Add: f.op = immediate ? FastOp::AddX : FastOp::Add; break;
        case Op::Subtract: f.op = immediate ? FastOp::SubtractX : FastOp::Subtract; break;
        case Op::Multiply: f.op = immediate ? FastOp::MultiplyX : FastOp::Multiply; break;
        case Op::Divide: f.op = immediate ? FastOp::DivideX : FastOp::Divide; break;
        case Op::Modulo: f.op = immediate ? FastOp::ModuloX : FastOp::Modulo; break;
        case Op::Power: f.op = immediate ? FastOp::PowerX : FastOp::Power; break;
        case Op::Concat: break; // makes a text
        case Op::Equal:
        case Op::NotEqual:
        case Op::Less:
        case Op::Greater:
        case Op::LessEqual:
        case Op::GreaterEqual: {
            constexpr quint8 outcomes[] = {Same,    Less | Greater, Less,
                                           Greater, Less | Same,    Greater | Same};
            f.outcomes = outcomes[int(in.op) - int(Op::Equal)];
            if (in.b & FusedJump)
                f.op = immediate ? FastOp::CompareXJump : FastOp::CompareJump;
            else
                f.op = immediate ? FastOp::CompareX : FastOp::Compare;
            break;
        }
        case Op::Not: f.op = FastOp::Not; break;
        case Op::ToBool: f.op = FastOp::ToBool; break;
        case Op::Jump: f.op = FastOp::Jump; break;
        case Op::JumpIfFalse: f.op = FastOp::JumpIfFalse; break;
        case Op::AndJump: f.op = FastOp::AndJump; break;
        case Op::OrJump: f.op = FastOp::OrJump; break;
        case Op::Call:
            f.a = in.b; // the argument count
            switch (Function(in.a)) {
            case Function::Min: f.op = in.b == 2 ? FastOp::Min2 : FastOp::Min; break;
            case Function::Max: f.op = in.b == 2 ? FastOp::Max2 : FastOp::Max; break;
            case Function::Abs: f.op = FastOp::Abs; break;
            case Function::Round: f.op = FastOp::Round; break;
            case Function::Int: f.op = FastOp::Int; break;
            case Function::Mod: f.op = FastOp::Mod; break;
            case Function::Bit: f.op = FastOp::Bit; break;
            case Function::Choose: f.op = FastOp::Choose; break;
            case Function::Blink: f.op = FastOp::Blink; break;
            case Function::Now: f.op = FastOp::Now; break;
            default: break; // FORMAT and RGB make texts
            }
            break;
        }
        m_fast.push_back(f);
    }
    m_fast.push_back({FastOp::End});

    // Fusions, decided on the plain instructions: instruction k + 1 stays as it is, for the
    // jumps that land on it, and for the general loop, which resumes at k when k bails out.
    const std::vector<FastInstruction> plain = m_fast;
    const int end = int(m_code.size());
    for (int k = 0; k < end; ++k) {
        FastInstruction &f = m_fast[k];
        if (plain[k].op == FastOp::Jump && plain[k].a == end) {
            f.op = FastOp::End; // the general loop resumes at the jump, which goes to the end
            continue;
        }
        if (plain[k].op != FastOp::LoadValue)
            continue;
        const FastInstruction &next = plain[k + 1]; // End at the last instruction
        const int slot = plain[k].b;
        FastOp fused = FastOp::General;
        switch (next.op) {
        case FastOp::AddX: fused = FastOp::LoadAddX; break;
        case FastOp::SubtractX: fused = FastOp::LoadSubtractX; break;
        case FastOp::MultiplyX: fused = FastOp::LoadMultiplyX; break;
        case FastOp::DivideX: fused = FastOp::LoadDivideX; break;
        case FastOp::CompareX: fused = FastOp::LoadCompareX; break;
        case FastOp::CompareXJump: fused = FastOp::LoadCompareXJump; break;
        case FastOp::Add: fused = FastOp::AddLoad; break;
        case FastOp::Subtract: fused = FastOp::SubtractLoad; break;
        case FastOp::Multiply: fused = FastOp::MultiplyLoad; break;
        case FastOp::Divide: fused = FastOp::DivideLoad; break;
        case FastOp::Min2: fused = FastOp::Min2Load; break;
        case FastOp::Max2: fused = FastOp::Max2Load; break;
        case FastOp::Compare: fused = FastOp::CompareLoad; break;
        case FastOp::CompareJump: fused = FastOp::CompareLoadJump; break;
        default: continue;
        }
        f = next;
        f.op = fused;
        f.b = slot;
    }

    // A formula that meets a text before its first jump (FORMAT(x, 1) & " bar") would only
    // waste the fast path's work: it goes to the general loop at once.
    for (const FastInstruction &f : m_fast) {
        switch (f.op) {
        case FastOp::General: m_fast.front().op = FastOp::General; return;
        case FastOp::End:
        case FastOp::Jump:
        case FastOp::JumpIfFalse:
        case FastOp::AndJump:
        case FastOp::OrJump:
        case FastOp::CompareJump:
        case FastOp::CompareXJump:
        case FastOp::LoadCompareXJump:
        case FastOp::CompareLoadJump: return;
        default: break;
        }
    }
}

// The fast path: numbers and booleans read from Good inputs, on a stack of plain cells, so an
// evaluation constructs, copies and destroys no QString until its result. At the first
// instruction it does not take on — a text, an input that is not Good, anything that would be
// an error — it hands its stack to the general loop, which resumes at that same instruction:
// nothing done is undone or done twice, and the result is the general loop's. So every case
// checks before it changes the stack, and tst_formula and fuzz_formula compare both paths.
FormulaSample FormulaProgram::evaluate(std::span<const FormulaSample> inputs, qint64 nowMs) const
{
    if (m_fast.empty())
        return evaluateGeneral(inputs, nowMs); // did not compile
    const FastInstruction *const code = m_fast.data();
    const FastInstruction *ip = code;
    Cell *const base = m_cells.data();
    Cell *top = base; // above the topmost value
    qint64 timestamp = 0;
    const FormulaSample *const in = inputs.data();
    // An input's value into c, unless it is a text or not Good: then the general loop takes over.
    const auto load = [&](int slot, Cell &c) {
        const FormulaSample &s = in[slot];
        if (s.quality != Quality::Good || s.value.type == Type::Text)
            return false;
        c = {s.value.number, s.value.type};
        timestamp = std::max(timestamp, s.timestamp);
        return true;
    };
    const auto setNumber = [](Cell &c, double x) { c = {x, Type::Number}; };
    const auto setBool = [](Cell &c, bool b) { c = {b ? 1.0 : 0.0, Type::Bool}; };
    Cell v {0.0, Type::Number}; // a fused instruction's input
    for (;;) {
        const FastInstruction &i = *ip++;
        switch (i.op) {
        case FastOp::End: goto done;
        case FastOp::General: goto general;
        case FastOp::Push: *top++ = {i.x, i.type}; continue;
        case FastOp::LoadValue:
            if (!load(i.b, *top))
                goto general;
            ++top;
            continue;
        case FastOp::LoadTimestamp:
            setNumber(*top++, double(in[i.b].timestamp));
            timestamp = std::max(timestamp, in[i.b].timestamp);
            continue;
        case FastOp::LoadGood:
            setBool(*top++, in[i.b].quality == Quality::Good);
            timestamp = std::max(timestamp, in[i.b].timestamp);
            continue;
        case FastOp::Negate: setNumber(top[-1], -top[-1].number); continue;
        case FastOp::Add:
            --top;
            setNumber(top[-1], top[-1].number + top[0].number);
            continue;
        case FastOp::Subtract:
            --top;
            setNumber(top[-1], top[-1].number - top[0].number);
            continue;
        case FastOp::Multiply:
            --top;
            setNumber(top[-1], top[-1].number * top[0].number);
            continue;
        case FastOp::Divide:
            if (top[-1].number == 0.0)
                goto general;
            --top;
            setNumber(top[-1], top[-1].number / top[0].number);
            continue;
        case FastOp::Modulo:
            if (top[-1].number == 0.0)
                goto general;
            --top;
            setNumber(top[-1], floorMod(top[-1].number, top[0].number));
            continue;
        case FastOp::Power: {
            const double r = std::pow(top[-2].number, top[-1].number);
            if (!std::isfinite(r))
                goto general;
            --top;
            setNumber(top[-1], r);
            continue;
        }
        case FastOp::AddX: setNumber(top[-1], top[-1].number + i.x); continue;
        case FastOp::SubtractX: setNumber(top[-1], top[-1].number - i.x); continue;
        case FastOp::MultiplyX: setNumber(top[-1], top[-1].number * i.x); continue;
        case FastOp::DivideX:
            if (i.x == 0.0)
                goto general;
            setNumber(top[-1], top[-1].number / i.x);
            continue;
        case FastOp::ModuloX:
            if (i.x == 0.0)
                goto general;
            setNumber(top[-1], floorMod(top[-1].number, i.x));
            continue;
        case FastOp::PowerX: {
            const double r = std::pow(top[-1].number, i.x);
            if (!std::isfinite(r))
                goto general;
            setNumber(top[-1], r);
            continue;
        }
        case FastOp::Compare:
            --top;
            setBool(top[-1], i.outcomes & compare(top[-1].number, top[0].number));
            continue;
        case FastOp::CompareX:
            setBool(top[-1], i.outcomes & compare(top[-1].number, i.x));
            continue;
        case FastOp::CompareJump:
            top -= 2;
            if (!(i.outcomes & compare(top[0].number, top[1].number)))
                ip = code + i.a;
            continue;
        case FastOp::CompareXJump:
            --top;
            if (!(i.outcomes & compare(top[0].number, i.x)))
                ip = code + i.a;
            continue;
        case FastOp::Not: setBool(top[-1], top[-1].number == 0.0); continue;
        case FastOp::ToBool: setBool(top[-1], top[-1].number != 0.0); continue;
        case FastOp::Jump: ip = code + i.a; continue;
        case FastOp::JumpIfFalse:
            if ((--top)->number == 0.0)
                ip = code + i.a;
            continue;
        case FastOp::AndJump:
        case FastOp::OrJump: {
            const bool b = top[-1].number != 0.0;
            if (b == (i.op == FastOp::OrJump)) {
                setBool(top[-1], b);
                ip = code + i.a;
            } else {
                --top;
            }
            continue;
        }
        case FastOp::Min2:
            --top;
            setNumber(top[-1], std::min(top[-1].number, top[0].number));
            continue;
        case FastOp::Max2:
            --top;
            setNumber(top[-1], std::max(top[-1].number, top[0].number));
            continue;
        case FastOp::Min:
        case FastOp::Max: {
            Cell *args = top - i.a;
            double best = args[0].number;
            for (int k = 1; k < i.a; ++k) {
                best = i.op == FastOp::Min ? std::min(best, args[k].number)
                                           : std::max(best, args[k].number);
            }
            top = args + 1;
            setNumber(args[0], best);
            continue;
        }
        case FastOp::Abs: setNumber(top[-1], std::fabs(top[-1].number)); continue;
        case FastOp::Round: {
            Cell *args = top - i.a;
            const double digits = i.a > 1 ? args[1].number : 0.0;
            top = args + 1;
            setNumber(args[0], roundTo(args[0].number, digits));
            continue;
        }
        case FastOp::Int: setNumber(top[-1], std::floor(top[-1].number)); continue;
        case FastOp::Mod:
            if (top[-1].number == 0.0)
                goto general;
            --top;
            setNumber(top[-1], floorMod(top[-1].number, top[0].number));
            continue;
        case FastOp::Bit:
            if (!isBitNumber(top[-1].number) || !fitsIn64Bits(top[-2].number))
                goto general;
            --top;
            setBool(top[-1], bit(top[-1].number, top[0].number));
            continue;
        case FastOp::Choose: {
            Cell *args = top - i.a;
            if (!isChoice(args[0].number, i.a))
                goto general;
            args[0] = args[int(args[0].number)];
            top = args + 1;
            continue;
        }
        case FastOp::Blink:
            if (!isBlinkPeriod(top[-1].number))
                goto general;
            setBool(top[-1], blinkOn(nowMs, top[-1].number));
            continue;
        case FastOp::Now: setNumber(*top++, double(nowMs)); continue;
        // Fused: each bails out before it changes anything, at the LoadValue (ip - 1), and
        // skips the instruction it took on.
        case FastOp::LoadAddX:
            if (!load(i.b, v))
                goto general;
            setNumber(*top++, v.number + i.x);
            ++ip;
            continue;
        case FastOp::LoadSubtractX:
            if (!load(i.b, v))
                goto general;
            setNumber(*top++, v.number - i.x);
            ++ip;
            continue;
        case FastOp::LoadMultiplyX:
            if (!load(i.b, v))
                goto general;
            setNumber(*top++, v.number * i.x);
            ++ip;
            continue;
        case FastOp::LoadDivideX:
            if (i.x == 0.0 || !load(i.b, v))
                goto general;
            setNumber(*top++, v.number / i.x);
            ++ip;
            continue;
        case FastOp::LoadCompareX:
            if (!load(i.b, v))
                goto general;
            setBool(*top++, i.outcomes & compare(v.number, i.x));
            ++ip;
            continue;
        case FastOp::LoadCompareXJump:
            if (!load(i.b, v))
                goto general;
            ip = i.outcomes & compare(v.number, i.x) ? ip + 1 : code + i.a;
            continue;
        case FastOp::AddLoad:
            if (!load(i.b, v))
                goto general;
            setNumber(top[-1], top[-1].number + v.number);
            ++ip;
            continue;
        case FastOp::SubtractLoad:
            if (!load(i.b, v))
                goto general;
            setNumber(top[-1], top[-1].number - v.number);
            ++ip;
            continue;
        case FastOp::MultiplyLoad:
            if (!load(i.b, v))
                goto general;
            setNumber(top[-1], top[-1].number * v.number);
            ++ip;
            continue;
        case FastOp::DivideLoad:
            if (!load(i.b, v) || v.number == 0.0)
                goto general;
            setNumber(top[-1], top[-1].number / v.number);
            ++ip;
            continue;
        case FastOp::Min2Load:
            if (!load(i.b, v))
                goto general;
            setNumber(top[-1], std::min(top[-1].number, v.number));
            ++ip;
            continue;
        case FastOp::Max2Load:
            if (!load(i.b, v))
                goto general;
            setNumber(top[-1], std::max(top[-1].number, v.number));
            ++ip;
            continue;
        case FastOp::CompareLoad:
            if (!load(i.b, v))
                goto general;
            setBool(top[-1], i.outcomes & compare(top[-1].number, v.number));
            ++ip;
            continue;
        case FastOp::CompareLoadJump:
            if (!load(i.b, v))
                goto general;
            --top;
            ip = i.outcomes & compare(top[0].number, v.number) ? ip + 1 : code + i.a;
            continue;
        }
        // Every case continues or leaves: saying so spares the dispatch its range check, and
        // the switch has no default, so the compiler still names a FastOp left out.
        Q_UNREACHABLE();
    }

done:
    if (base->type == Type::Number && !std::isfinite(base->number))
        goto general; // the general loop only says why
    return {{base->type, base->number, {}}, Quality::Good, {}, timestamp};

general:
    // The instruction that stopped the fast path is the one before ip (at End: the end).
    const int sp = int(top - base);
    for (int k = 0; k < sp; ++k) {
        m_stack[k].type = base[k].type;
        m_stack[k].number = base[k].number;
    }
    return evaluateFrom(inputs, nowMs, int(ip - code) - 1, sp, timestamp);
}

} // namespace Vigie
