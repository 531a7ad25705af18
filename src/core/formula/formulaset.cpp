#include "formulaset.h"

#include "formulacompiler.h"

#include <QCoreApplication>

#include <algorithm>
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
    Entry &entry = m_formulas[id];
    for (int slot : readSlots) {
        const int producer = m_producers.value(slot, -1);
        if (producer >= 0)
            entry.rank = std::max(entry.rank, m_formulas[producer].rank + 1);
    }
    raiseReaders(id);
    if (entry.program.usesTime())
        m_timed.append(id);
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

// Ranks the formulas reading `formula`'s output after it, and their readers after them: a
// formula may be added after the ones that read what it writes. Only ranks that rise are
// touched, so adding formulas in dependency order costs nothing here.
void FormulaSet::raiseReaders(int formula)
{
    std::vector<int> raised {formula};
    while (!raised.empty()) {
        const Entry &producer = m_formulas[raised.back()];
        raised.pop_back();
        if (producer.outputSlot < 0)
            continue;
        for (int reader : m_dependents.value(producer.outputSlot)) {
            Entry &e = m_formulas[reader];
            if (e.rank > producer.rank)
                continue;
            // Dirty formulas are ordered by rank: move it to its new place.
            if (m_isDirty[reader]) {
                m_dirty.erase({e.rank, reader});
                m_dirty.insert({producer.rank + 1, reader});
            }
            e.rank = producer.rank + 1;
            raised.push_back(reader);
        }
    }
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
