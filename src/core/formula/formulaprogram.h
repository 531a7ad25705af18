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
// no allocation for numbers and no tree walk. A program keeps its own scratch stack: evaluate
// one program from one thread at a time.
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
    // The distinct slots it reads.
    [[nodiscard]] QList<int> inputSlots() const;
    // It calls NOW() or BLINK(): it changes with the evaluation clock, not only its inputs.
    [[nodiscard]] bool usesTime() const { return m_usesTime; }

    // `inputs` is indexed by slot and must cover every slot of inputs(); `nowMs` is the
    // evaluation clock (NOW, BLINK). Never throws: a runtime error is a Bad result with a reason.
    [[nodiscard]] FormulaSample evaluate(std::span<const FormulaSample> inputs,
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

    QString m_source;
    std::vector<Instruction> m_code;
    QList<FormulaValue> m_constants;
    QList<Input> m_inputs;
    int m_maxDepth = 0;
    bool m_usesTime = false;
    mutable std::vector<FormulaValue> m_stack;
};

} // namespace Vigie
