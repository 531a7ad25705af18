#include "calculationengine.h"

#include "acquisition/clock.h"
#include "calculatedvalue.h"
#include "tagcatalogresolver.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <QSet>

#include <algorithm>
#include <numeric>

namespace Vigie {

namespace {

Q_LOGGING_CATEGORY(lcCalculated, "vigie.formula.calculated", QtWarningMsg)

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::Formula)
};

// Why a calculated tag has no value, on one line (a reason is shown in a table cell).
QString refusedReason(const FormulaError &error)
{
    return Tr::tr("the formula is wrong: %1").arg(error.summary());
}

} // namespace

CalculationEngine::CalculationEngine(TagTable *tags, Clock *clock, QObject *parent)
    : QObject(parent)
    , m_tags(tags)
    , m_clock(clock)
    , m_tickTimer(clock->createTimer(this))
{
    connect(m_tickTimer, &ClockTimer::timeout, this, &CalculationEngine::onTick);
}

CalculationEngine::~CalculationEngine()
{
    stop();
}

void CalculationEngine::start(const Project &project, quint64 generation)
{
    stop();
    m_catalog = m_tags->catalog();
    m_generation = generation;
    m_set = FormulaSet();
    m_outputs.clear();
    m_lastValues.clear();
    m_calculated.clear();
    m_inputs.clear();
    m_passes = 0;
    m_ticks = 0;

    const TagCatalogResolver resolver(*m_catalog);
    QList<TagUpdate> refused;
    for (int i = 0; i < project.calculated.size(); ++i) {
        const CalculatedVariable &v = project.calculated[i];
        const TagId tag = m_catalog->calculatedTag(i);
        if (tag < 0 || m_catalog->info(tag).name != v.name)
            continue; // no tag of its own (a name taken): the project's issues say so
        m_calculated.append(tag);
        FormulaError error;
        const int formula = m_set.add(v.name, v.formula, resolver, tag, &error);
        if (formula < 0) {
            // Normally refused before the project runs (checkFormulas()); if it runs anyway,
            // the tag says why it has no value, and formulas reading it say so in turn.
            const QString reason = refusedReason(error);
            qCInfo(lcCalculated) << v.name << reason;
            refused.append({tag, {m_tags->value(tag).value, Quality::Bad, reason, 0}});
            continue;
        }
        Q_ASSERT(formula == m_outputs.size());
        m_outputs.append(tag);
        m_lastValues.append(m_tags->value(tag).value); // carried over by Station::apply()
    }
    m_tags->update(refused, m_generation);

    // The table feeds the slots no formula here writes; the others flow inside the set.
    m_timed = false;
    QSet<TagId> known(m_outputs.cbegin(), m_outputs.cend());
    for (int f = 0; f < m_set.size(); ++f) {
        m_timed = m_timed || m_set.program(f).usesTime();
        for (const int slot : m_set.program(f).inputSlots()) {
            if (!known.contains(slot)) {
                known.insert(slot);
                m_inputs.append(slot);
            }
        }
    }
    m_running = true;
    // An empty list would mean every tag: no inputs, no subscription.
    if (!m_inputs.isEmpty()) {
        SubscriptionOptions options;
        options.delivery = SubscriptionOptions::Delivery::Conflated;
        options.tags = m_inputs;
        options.intervalMs = 0;
        options.refreshes = true;
        m_subscription = m_tags->subscribe(options, this);
        connect(m_subscription, &TagSubscription::changed, this,
                &CalculationEngine::onInputsChanged);
    }
    qCDebug(lcCalculated) << m_set.size() << "calculated tags over" << m_inputs.size() << "inputs,"
                          << refused.size() << "refused";
    m_set.setTime(m_clock->wallMs());
    takeInputs(m_inputs);
    evaluate(true);
    if (m_timed) {
        m_nextTickWall = 0;
        scheduleTick();
    }
}

void CalculationEngine::stop()
{
    if (!m_running)
        return;
    m_running = false;
    delete m_subscription; // its pending batch goes with it
    m_subscription = nullptr;
    m_tickTimer->stop();
    m_tags->markStale(m_calculated, Tr::tr("calculations stopped"), m_generation);
}

void CalculationEngine::flush()
{
    if (!m_running)
        return;
    takeInputs(m_inputs);
    evaluate();
}

void CalculationEngine::onInputsChanged(const QList<TagId> &ids)
{
    if (!m_running)
        return;
    takeInputs(ids);
    evaluate();
}

void CalculationEngine::takeInputs(const QList<TagId> &ids)
{
    const QList<TagValue> values = m_tags->values(ids);
    for (int i = 0; i < ids.size(); ++i) {
        const FormulaSample sample = FormulaSample::fromTag(values[i]);
        // The same sample (same timestamp too) is no news: already taken by flush().
        if (sample != m_set.input(ids[i]))
            m_set.setInput(ids[i], sample);
    }
}

void CalculationEngine::onTick()
{
    if (!m_running)
        return;
    ++m_ticks;
    // A timer may fire a little early: the tick's own time keeps BLINK's edges where they are.
    m_set.setTime(std::max(m_clock->wallMs(), m_nextTickWall));
    evaluate();
    scheduleTick();
}

void CalculationEngine::scheduleTick()
{
    // On multiples of the tick on the wall clock, so BLINK(500) turns on time with a 250 ms
    // tick; after a pause (or a clock jump) it catches up with the present, skipping the rest.
    const qint64 wall = m_clock->wallMs();
    qint64 next = m_nextTickWall + m_tickMs;
    if (m_nextTickWall == 0 || next <= wall || next > wall + 2 * m_tickMs)
        next = (wall / m_tickMs + 1) * m_tickMs;
    m_nextTickWall = next;
    m_tickTimer->startAt(m_clock->monotonicMs() + (next - wall));
}

void CalculationEngine::evaluate(bool all)
{
    if (!all && !m_set.hasDirty())
        return;
    ++m_passes;
    QList<int> written = m_set.evaluateDirty();
    if (all) {
        written.resize(m_set.size());
        std::iota(written.begin(), written.end(), 0);
    }
    if (written.isEmpty())
        return;
    const qint64 now = m_clock->wallMs();
    QList<TagUpdate> updates;
    updates.reserve(written.size());
    for (const int f : std::as_const(written)) {
        const TagId tag = m_outputs[f];
        TagValue value = calculatedValue(m_set.result(f), m_catalog->info(tag).dataType);
        // A formula reading no tag, or reading the clock, is as new as its evaluation.
        if (value.timestamp == 0 || m_set.program(f).usesTime())
            value.timestamp = now;
        if (value.quality == Quality::Bad)
            value.value = m_lastValues[f];
        else
            m_lastValues[f] = value.value;
        updates.append({tag, value});
    }
    m_tags->update(updates, m_generation);
}

} // namespace Vigie
