#pragma once

#include "formulaerror.h"
#include "formulaprogram.h"

#include <QHash>
#include <QList>

#include <set>
#include <vector>

namespace Vigie {

class FormulaResolver;

// Many compiled formulas over one space of input slots (tags, element attributes), evaluated
// only when something they read changes: setInput() marks the formulas that read a slot
// dirty, evaluateDirty() evaluates each of them once and says whose result changed.
//
// A formula may write its result into a slot (a calculated tag): formulas reading that slot
// are then evaluated after it, in dependency order, in the same evaluateDirty(). A formula that
// would close a cycle is refused when it is added. Not thread-safe: one owner thread.
class FormulaSet
{
public:
    // Compiles and adds a formula; returns its id (0, 1, …) or -1 with `error` set. With
    // `outputSlot` >= 0 its result is also written to that slot. A new formula is dirty.
    int add(const QString &name, const QString &source, const FormulaResolver &resolver,
            int outputSlot = -1, FormulaError *error = nullptr);

    [[nodiscard]] int size() const { return int(m_formulas.size()); }
    [[nodiscard]] const QString &name(int formula) const { return m_formulas[formula].name; }
    [[nodiscard]] const FormulaProgram &program(int formula) const
    {
        return m_formulas[formula].program;
    }
    [[nodiscard]] const FormulaSample &result(int formula) const
    {
        return m_formulas[formula].result;
    }
    // The formulas that read a slot directly.
    [[nodiscard]] QList<int> dependents(int slot) const { return m_dependents.value(slot); }

    // A new sample for a slot; its readers become dirty (even when it is the same: a read
    // refreshes the timestamp).
    void setInput(int slot, const FormulaSample &sample);
    void setInput(int slot, const TagValue &value)
    {
        setInput(slot, FormulaSample::fromTag(value));
    }
    [[nodiscard]] const FormulaSample &input(int slot) const;
    // The evaluation clock (ms since the epoch); formulas using NOW() or BLINK() become dirty.
    void setTime(qint64 nowMs);

    [[nodiscard]] bool hasDirty() const { return !m_dirty.empty(); }
    // Evaluates every dirty formula once, producers before readers; returns the ids whose
    // result changed, in evaluation order.
    QList<int> evaluateDirty();

    // Evaluations since the set was made, for tests and diagnostics.
    [[nodiscard]] quint64 evaluationCount() const { return m_evaluations; }

private:
    struct Entry
    {
        QString name;
        FormulaProgram program;
        int outputSlot = -1;
        int rank = 0; // 1 + the highest rank of the formulas it reads from
        FormulaSample result;
    };

    void ensureSlot(int slot);
    void markDirty(int formula);
    [[nodiscard]] QList<int> findCycle(int formula) const;
    void raiseReaders(int formula);

    std::vector<Entry> m_formulas;
    std::vector<FormulaSample> m_inputs;
    QHash<int, QList<int>> m_dependents; // slot → formulas reading it
    QHash<int, int> m_producers; // slot → the formula writing it
    QList<int> m_timed; // formulas using NOW() or BLINK()
    std::set<std::pair<int, int>> m_dirty; // (rank, formula)
    std::vector<bool> m_isDirty;
    qint64 m_now = 0;
    quint64 m_evaluations = 0;
};

} // namespace Vigie
