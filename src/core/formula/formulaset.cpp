#include "formulaset.h"

#include "formulacompiler.h"

#include <QCoreApplication>

#include <functional>

namespace Vigie {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::Formula)
};

} // namespace

int FormulaSet::add(const QString &name, const QString &source, const FormulaResolver &resolver,
                    int outputSlot, FormulaError *error)
{
    FormulaError compileError;
    FormulaProgram program = FormulaCompiler::compile(source, resolver, &compileError);
    if (!program.isValid()) {
        if (error)
            *error = compileError;
        return -1;
    }
    if (outputSlot >= 0 && m_producers.contains(outputSlot)) {
        if (error)
            *error = {Tr::tr("formula %1 writes a slot that %2 already writes")
                          .arg(name, m_formulas[m_producers.value(outputSlot)].name)};
        return -1;
    }
    const int id = int(m_formulas.size());
    const QList<int> readSlots = program.inputSlots();
    m_formulas.push_back({name, std::move(program), outputSlot, 0, {}});
    m_isDirty.push_back(false);
    for (int slot : readSlots) {
        ensureSlot(slot);
        m_dependents[slot].append(id);
    }
    if (outputSlot >= 0) {
        ensureSlot(outputSlot);
        m_producers.insert(outputSlot, id);
        const QList<int> cycle = findCycle(id);
        if (!cycle.isEmpty()) {
            QStringList names;
            for (int f : cycle)
                names.append(m_formulas[f].name);
            names.append(name);
            if (error) {
                *error = {Tr::tr("cycle between formulas: %1").arg(names.join(u" → "))};
                error->cycle = names;
            }
            m_producers.remove(outputSlot);
            for (int slot : readSlots)
                m_dependents[slot].removeAll(id);
            m_formulas.pop_back();
            m_isDirty.pop_back();
            return -1;
        }
    }
    if (m_formulas[id].program.usesTime())
        m_timed.append(id);
    // Ranked when next evaluated: a screen adds thousands of formulas in a row, and ranking
    // after each would cost quadratic time while the screen opens.
    m_ranksStale = true;
    markDirty(id);
    if (error)
        *error = {};
    return id;
}

void FormulaSet::ensureSlot(int slot)
{
    if (slot >= int(m_inputs.size()))
        m_inputs.resize(slot + 1, FormulaSample {{}, Quality::Bad, Tr::tr("not read yet"), 0});
}

const FormulaSample &FormulaSet::input(int slot) const
{
    static const FormulaSample none {{}, Quality::Bad, {}, 0};
    return slot >= 0 && slot < int(m_inputs.size()) ? m_inputs[slot] : none;
}

// Follows outputs → readers from `formula`; returns the path back to it, if any.
QList<int> FormulaSet::findCycle(int formula) const
{
    QList<int> path;
    std::vector<bool> seen(m_formulas.size(), false);
    std::function<bool(int)> visit = [&](int f) -> bool {
        const int out = m_formulas[f].outputSlot;
        if (out < 0)
            return false;
        path.append(f);
        for (int reader : m_dependents.value(out)) {
            if (reader == formula)
                return true;
            if (!seen[reader]) {
                seen[reader] = true;
                if (visit(reader))
                    return true;
            }
        }
        path.removeLast();
        return false;
    };
    return visit(formula) ? path : QList<int>();
}

void FormulaSet::computeRanks()
{
    // The graph has no cycle (add() refuses them), so ranks settle in at most size() passes.
    for (Entry &e : m_formulas)
        e.rank = 0;
    bool changed = true;
    for (int pass = 0; changed && pass <= int(m_formulas.size()); ++pass) {
        changed = false;
        for (Entry &e : m_formulas) {
            for (int slot : e.program.inputSlots()) {
                const int producer = m_producers.value(slot, -1);
                if (producer >= 0 && m_formulas[producer].rank + 1 > e.rank) {
                    e.rank = m_formulas[producer].rank + 1;
                    changed = true;
                }
            }
        }
    }
    // Dirty formulas are ordered by rank: re-sort them under the new ranks.
    std::set<std::pair<int, int>> dirty;
    for (const auto &[rank, formula] : m_dirty)
        dirty.insert({m_formulas[formula].rank, formula});
    m_dirty = std::move(dirty);
}

void FormulaSet::markDirty(int formula)
{
    if (m_isDirty[formula])
        return;
    m_isDirty[formula] = true;
    m_dirty.insert({m_formulas[formula].rank, formula});
}

void FormulaSet::setInput(int slot, const FormulaSample &sample)
{
    ensureSlot(slot);
    m_inputs[slot] = sample;
    const auto it = m_dependents.constFind(slot);
    if (it == m_dependents.cend())
        return;
    for (int f : *it)
        markDirty(f);
}

void FormulaSet::setTime(qint64 nowMs)
{
    m_now = nowMs;
    for (int f : std::as_const(m_timed))
        markDirty(f);
}

QList<int> FormulaSet::evaluateDirty()
{
    if (m_ranksStale) {
        computeRanks();
        m_ranksStale = false;
    }
    QList<int> changed;
    while (!m_dirty.empty()) {
        const int f = m_dirty.begin()->second;
        m_dirty.erase(m_dirty.begin());
        m_isDirty[f] = false;
        Entry &e = m_formulas[f];
        FormulaSample result = e.program.evaluate(m_inputs, m_now);
        ++m_evaluations;
        if (result == e.result)
            continue;
        e.result = std::move(result);
        changed.append(f);
        if (e.outputSlot >= 0)
            setInput(e.outputSlot, e.result);
    }
    return changed;
}

} // namespace Vigie
