#pragma once

#include "formulasample.h"

#include <QList>
#include <QString>

#include <span>
#include <vector>

namespace Vigie {

// Which part of an input a formula reads.
enum class FormulaMember : quint8 {
    Value, // the value; a Bad or Stale input makes the result Bad
    Quality, // "Good", "Uncertain", "Bad", "Stale"
    Timestamp, // ms since the epoch
    Good, // TRUE when the input's quality is Good
};

// One compiled formula: bytecode for a small stack machine, made by FormulaCompiler. It reads
// its inputs by slot (resolved once, at compile time), so an evaluation does no name lookup,
// no allocation for numbers and no tree walk; numbers and booleans from Good inputs take a fast
// path that touches no string. A program keeps its own scratch stacks: evaluate one program
// from one thread at a time.
class FormulaProgram
{
public:
    // One name the formula reads, as written, and its slot.
    struct Input
    {
        int slot = -1;
        FormulaMember member = FormulaMember::Value;
        QString name; // for messages: "input [Niveau] is Bad"
    };

    [[nodiscard]] bool isValid() const { return !m_code.empty(); }
    [[nodiscard]] const QString &source() const { return m_source; }
    [[nodiscard]] const QList<Input> &inputs() const { return m_inputs; }
    // The distinct slots it reads, in the order it first reads them.
    [[nodiscard]] const QList<int> &inputSlots() const { return m_inputSlots; }
    // It calls NOW() or BLINK(): it changes with the evaluation clock, not only its inputs.
    [[nodiscard]] bool usesTime() const { return m_usesTime; }

    // `inputs` is indexed by slot and must cover every slot of inputs(); `nowMs` is the
    // evaluation clock (NOW, BLINK). Never throws: a runtime error is a Bad result with a reason.
    [[nodiscard]] FormulaSample evaluate(std::span<const FormulaSample> inputs,
                                         qint64 nowMs = 0) const;
    // The same evaluation without the fast path for numbers, for tests and fuzz_formula to
    // check that both give the same result.
    [[nodiscard]] FormulaSample evaluateGeneral(std::span<const FormulaSample> inputs,
                                                qint64 nowMs = 0) const;

private:
    friend class FormulaCompiler;
    friend class FormulaProgramBuilder;

    // Binary operators and comparisons take Flags in b.
    enum class Op : quint8 {
        PushNumber, // x
        PushConst, // a: constant index
        LoadValue, // a: input index, b: its slot
        LoadMember, // a: input index (.quality, .timestamp, .good)
        Negate,
        Add,
        Subtract,
        Multiply,
        Divide,
        Modulo,
        Power,
        Concat,
        Equal,
        NotEqual,
        Less,
        Greater,
        LessEqual,
        GreaterEqual,
        Not,
        ToBool,
        Jump, // a: target
        JumpIfFalse, // a: target; pops the condition
        AndJump, // a: target; pops, if false pushes FALSE and jumps
        OrJump, // a: target; pops, if true pushes TRUE and jumps
        Call, // a: function, b: argument count
    };

    // Flags in Instruction::b of binary operators and comparisons.
    enum Flag {
        Immediate = 1, // the right operand is x, not the stack
        FusedJump = 2, // a comparison: pop the result, jump to a when it is false
    };

    struct Instruction
    {
        Op op;
        int a = 0;
        int b = 0;
        double x = 0.0;
    };

    // The fast path's form of the instruction at the same index (formulafastpath.cpp): ops
    // specialised for numbers and booleans, one case each with no flag left to test, and
    // fused with the next instruction where that saves a dispatch ("then skip it").
    enum class FastOp : quint8 {
        End, // done (after the last instruction, or a jump to there)
        General, // not for the fast path: the general loop takes over here
        Push, // x, of type `type` (a number or a boolean)
        LoadValue, // b: slot
        LoadTimestamp, // b: slot
        LoadGood, // b: slot
        Negate,
        Add,
        Subtract,
        Multiply,
        Divide,
        Modulo,
        Power,
        AddX, // the right operand is x
        SubtractX,
        MultiplyX,
        DivideX,
        ModuloX,
        PowerX,
        Compare, // `outcomes`: those that make it TRUE (FormulaNumeric::Outcome)
        CompareX,
        CompareJump, // pops both, jumps to a when FALSE
        CompareXJump,
        Not,
        ToBool,
        Jump, // a: target
        JumpIfFalse,
        AndJump,
        OrJump,
        Min2,
        Max2,
        Min, // a: argument count
        Max,
        Abs,
        Round, // a: argument count
        Int,
        Mod,
        Bit,
        Choose, // a: argument count
        Blink,
        Now,
        // LoadValue of slot b fused with the instruction after it, which it skips
        LoadAddX, // b + x
        LoadSubtractX,
        LoadMultiplyX,
        LoadDivideX,
        LoadCompareX,
        LoadCompareXJump,
        AddLoad, // the right operand is slot b
        SubtractLoad,
        MultiplyLoad,
        DivideLoad,
        Min2Load,
        Max2Load,
        CompareLoad,
        CompareLoadJump,
    };

    struct FastInstruction
    {
        FastOp op = FastOp::General;
        FormulaValue::Type type = FormulaValue::Type::Number;
        quint8 outcomes = 0;
        int a = 0;
        int b = 0;
        double x = 0.0;
    };

    // A number or a boolean on the fast path's stack: no QString to construct or destroy.
    struct Cell
    {
        double number;
        FormulaValue::Type type;
    };

    // Derives m_fast from m_code, once compiled.
    void prepareFastPath();
    [[nodiscard]] FormulaSample evaluateFrom(std::span<const FormulaSample> inputs, qint64 nowMs,
                                             int pc, int sp, qint64 timestamp) const;

    QString m_source;
    std::vector<Instruction> m_code;
    std::vector<FastInstruction> m_fast; // one per instruction, then End
    QList<FormulaValue> m_constants;
    QList<Input> m_inputs;
    QList<int> m_inputSlots; // the distinct slots of m_inputs
    int m_maxDepth = 0;
    bool m_usesTime = false;
    mutable std::vector<Cell> m_cells; // the fast path's stack
    mutable std::vector<FormulaValue> m_stack; // the general loop's
};

} // namespace Vigie
