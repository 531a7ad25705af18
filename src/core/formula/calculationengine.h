#pragma once

#include "formulaset.h"
#include "model/project.h"
#include "tags/tagtable.h"

#include <QObject>

namespace Vigie {

class Clock;
class ClockTimer;

// Keeps a project's calculated variables up to date in the tag table while the station runs:
// each calculated tag's formula is compiled once into one FormulaSet, whose output slot is the
// tag's own id, so calculated tags can read each other and are evaluated in dependency order.
//
// It lives on the station's thread and takes its inputs from a Conflated subscription with no
// interval: each pass of the event loop brings the ids that changed since the last one, each
// once, and their latest values are read from the table. A 1 kHz source thus costs one
// evaluation per pass of the loop, not a thousand queued samples, and nothing queues up if the
// thread is busy: the batch only grows to the number of inputs. (Complete delivery would hand
// over every sample, but a formula only needs the present value of its inputs, and history
// records the calculated tag's own values.) Re-reads count as changes, so a calculated tag is
// refreshed with its inputs and carries the newest input's timestamp.
//
// Formulas that use NOW() or BLINK() are also evaluated on a tick (250 ms by default, aligned on
// the wall clock), only when there are some. A result changes the tag only when it changed;
// a Bad result keeps the tag's last value, as a failed read does.
class CalculationEngine : public QObject
{
    Q_OBJECT
public:
    CalculationEngine(TagTable *tags, Clock *clock, QObject *parent = nullptr);
    ~CalculationEngine() override;

    // Compiles the calculated variables of `project` over the table's present catalog (built
    // from that project), subscribes to their inputs and evaluates every formula at once.
    // Writes only with `generation`: a run that is over cannot write into the next one.
    void start(const Project &project, quint64 generation);
    // Stops following the inputs: nothing is written after it returns, except that each
    // calculated tag is marked Stale ("calculations stopped") as it does so, as its value is
    // no longer kept up to date.
    void stop();
    [[nodiscard]] bool isRunning() const { return m_running; }

    // Takes in the inputs that changed and evaluates now, without waiting for the next pass of
    // the event loop: Station calls it before saying that a single read is finished.
    void flush();

    // The tick of NOW() and BLINK() formulas, in ms (250 by default); set it before start().
    void setTickInterval(int ms) { m_tickMs = std::max(1, ms); }

    [[nodiscard]] quint64 evaluations() const { return m_set.evaluationCount(); }
    [[nodiscard]] quint64 passes() const { return m_passes; }
    [[nodiscard]] quint64 ticks() const { return m_ticks; }

private:
    void onInputsChanged(const QList<TagId> &ids);
    void onTick();
    void scheduleTick();
    void takeInputs(const QList<TagId> &ids);
    // Evaluates the dirty formulas and writes the results that changed (all of them: `all`).
    void evaluate(bool all = false);

    TagTable *m_tags;
    Clock *m_clock;
    ClockTimer *m_tickTimer;
    int m_tickMs = 250;
    bool m_running = false;
    quint64 m_generation = 0;
    std::shared_ptr<const TagCatalog> m_catalog;
    FormulaSet m_set;
    QList<TagId> m_outputs; // by formula id in m_set: the calculated tag it writes
    QList<QVariant> m_lastValues; // by formula id: the last value written, kept when Bad
    QList<TagId> m_calculated; // every calculated tag of the run, compiled or not
    QList<TagId> m_inputs; // the tags read from the table (not written by a formula here)
    TagSubscription *m_subscription = nullptr;
    bool m_timed = false; // some formula uses NOW() or BLINK()
    qint64 m_nextTickWall = 0; // the wall time the next tick is for; 0: none yet
    quint64 m_passes = 0;
    quint64 m_ticks = 0;
};

} // namespace Vigie
