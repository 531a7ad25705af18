// Calculated variables: a formula over other tags kept in the tag table as a tag of its own.
// The engine over a tag table on a manual clock (values follow inputs, chained formulas in
// order and once per change, a burst of updates costs one pass, quality naming the input,
// .good, conversion to the data type, runtime errors, NOW/BLINK on the tick, stopping), a
// Station running a simulated project (values follow the simulation and writes, --once sees
// them, stop ends them), and checkFormulas() (syntax with the place, unknown names, cycles,
// screen bindings with eg. names).

#include "acquisition/clock.h"
#include "formula/calculationengine.h"
#include "formula/formulacheck.h"
#include "model/projectfile.h"
#include "projectcheck.h"
#include "station.h"

#include <QSignalSpy>
#include <QTest>

#include <cmath>

Q_DECLARE_METATYPE(Vigie::CalculatedVariable)
Q_DECLARE_METATYPE(Vigie::DataType)
Q_DECLARE_METATYPE(Vigie::Quality)

using namespace Vigie;

namespace {

// Three inputs on a simulated device (the engine tests feed the table themselves).
Project baseProject()
{
    const ProjectLoadResult r = ProjectFile::parse(R"({
        "formatVersion": 1, "name": "calculated",
        "connections": [{"name": "sim", "protocol": "Simulation", "devices": [
          {"name": "plc", "scanTime": 100, "frames": [
            {"name": "regs", "type": "HoldingRegister", "startAddress": 0, "quantity": 10,
             "isReadable": true, "isWritable": true, "variables": [
               {"name": "A", "dataType": "Float64", "offset": 0, "writable": true,
                "simulation": {"waveform": "Constant", "period": 1000, "amplitude": 0, "offset": 10}},
               {"name": "B", "dataType": "Float64", "offset": 4, "writable": true,
                "simulation": {"waveform": "Constant", "period": 1000, "amplitude": 0, "offset": 1}},
               {"name": "Onde", "dataType": "Float32", "offset": 8,
                "simulation": {"waveform": "Sine", "period": 1000, "amplitude": 10, "offset": 50}}
             ]}]}]}]})");
    if (!r.ok())
        qFatal("test project invalid: %s", qPrintable(r.issues.first().toString()));
    return r.project;
}

CalculatedVariable calc(const QString &name, const QString &formula,
                        DataType type = DataType::Float64)
{
    CalculatedVariable v;
    v.name = name;
    v.formula = formula;
    v.dataType = type;
    return v;
}

QString listing(const ProjectIssues &issues)
{
    QStringList lines;
    for (const ProjectIssue &i : issues)
        lines << i.toString();
    return lines.join(u'\n');
}

// An issue as --check prints it: its line, then the excerpt's lines.
QString withExcerpt(const ProjectIssue &issue)
{
    return issue.excerpt.isEmpty() ? issue.toString() : issue.toString() + u'\n' + issue.excerpt;
}

// A tag table fed by the test as acquisition would feed it, and the engine over it, on a
// manual clock: batches arrive when the test lets the event loop run (settle()).
struct Rig
{
    explicit Rig(const QList<CalculatedVariable> &calculated)
    {
        project = baseProject();
        project.calculated = calculated;
        table.setClock(&clock);
        generation = table.build(project);
        engine.start(project, generation);
    }

    TagId id(const QString &name) const { return table.idOf(name); }
    TagValue value(const QString &name) const { return table.value(id(name)); }
    void set(const QString &name, const QVariant &v, Quality q = Quality::Good,
             const QString &reason = {})
    {
        table.update(QList<TagUpdate> {{id(name), {v, q, reason, clock.wallMs()}}}, generation);
    }
    static void settle() { QCoreApplication::processEvents(); }

    Project project;
    ManualClock clock {1'700'000'000'000};
    TagTable table;
    CalculationEngine engine {&table, &clock};
    quint64 generation = 0;
};

} // namespace

class tst_Calculated : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void catalogHasCalculatedTags();
    void valuesFollowInputs();
    void chainedInOrderOncePerChange();
    void burstCostsOnePass();
    void flushTakesPendingInputs();
    void badInputNamesIt_data();
    void badInputNamesIt();
    void goodTestStaysGood();
    void conversion_data();
    void conversion();
    void divisionByZero();
    void nowOnTheTick();
    void blinkOnTime();
    void noTickWithoutTime();
    void stopEndsUpdates();
    void refusedFormulaSaysWhy();
    void oldGenerationWritesNothing();
    void stationFollowsSimulation();
    void stationOnceShowsCalculated();
    void stationStopEndsUpdates();
    void checkCalculated_data();
    void checkCalculated();
    void checkBindings();
    void checkProjectIncludesFormulas();
};

void tst_Calculated::catalogHasCalculatedTags()
{
    Project p = baseProject();
    CalculatedVariable v = calc("Total", "A + B", DataType::Int32);
    v.unit = "kW";
    v.description = "somme";
    v.decimals = 1;
    v.deadband = 0.5;
    v.published = true;
    p.calculated = {v, calc("sim/$online", "1"), calc("Alarme", "A > 5", DataType::Bool)};
    p.calculated[2].onText = "Oui";
    p.calculated[2].offText = "Non";
    const TagCatalog catalog = TagCatalog::fromProject(p);
    // After the 3 variables and the system tags (2 of the link, 6 of the device).
    QCOMPARE(catalog.size(), 3 + 2 + 6 + 2);
    const TagId total = catalog.calculatedTag(0);
    QCOMPARE(total, 11);
    const TagInfo &info = catalog.info(total);
    QCOMPARE(info.name, "Total");
    QCOMPARE(int(info.source), int(TagSource::Calculated));
    QCOMPARE(int(info.dataType), int(DataType::Int32));
    QCOMPARE(info.unit, "kW");
    QCOMPARE(info.description, "somme");
    QCOMPARE(info.decimals, std::optional<int>(1));
    QCOMPARE(info.deadband, 0.5);
    QVERIFY(info.published);
    QVERIFY(!info.writable);
    QCOMPARE(info.staleAfterMs, 0);
    // A system tag's name is taken: that one is not created, and the catalog says so.
    QCOMPARE(catalog.calculatedTag(1), -1);
    QCOMPARE(catalog.issues().size(), 1);
    QCOMPARE(catalog.issues().first().path, "calculated[1].name");
    const TagInfo &alarm = catalog.info(catalog.calculatedTag(2));
    QCOMPARE(alarm.onText, "Oui");
    QCOMPARE(alarm.offText, "Non");
    QCOMPARE(catalog.calculatedTag(3), -1);
}

void tst_Calculated::valuesFollowInputs()
{
    Rig rig({calc("C", "A * 2 + B")});
    QCOMPARE(toString(rig.value("C").quality), toString(Quality::Bad));
    QCOMPARE(rig.value("C").reason, "input [A] is Bad: not read yet");

    rig.set("A", 3.0);
    rig.clock.advanceBy(10);
    rig.set("B", 1.0);
    rig.settle();
    TagValue c = rig.value("C");
    QCOMPARE(toString(c.quality), toString(Quality::Good));
    QCOMPARE(c.value, QVariant(7.0));
    QCOMPARE(c.timestamp, rig.clock.wallMs()); // the newest input's
    QCOMPARE(c.value.typeId(), QMetaType::Double);

    rig.clock.advanceBy(10);
    rig.set("A", 5.0);
    rig.settle();
    c = rig.value("C");
    QCOMPARE(c.value, QVariant(11.0));
    QCOMPARE(c.timestamp, rig.clock.wallMs());

    // A read of the same value refreshes the calculated tag too.
    rig.clock.advanceBy(10);
    rig.set("B", 1.0);
    rig.settle();
    QCOMPARE(rig.value("C").value, QVariant(11.0));
    QCOMPARE(rig.value("C").timestamp, rig.clock.wallMs());
}

void tst_Calculated::chainedInOrderOncePerChange()
{
    // Listed readers first: the order comes from the dependencies, not the list.
    Rig rig({calc("Z", "X + Y"), calc("Y", "X * 2"), calc("X", "A + 1"), calc("W", "B")});
    rig.set("B", 0.0);
    rig.set("A", 1.0);
    rig.settle();
    QCOMPARE(rig.value("X").value, QVariant(2.0));
    QCOMPARE(rig.value("Y").value, QVariant(4.0));
    QCOMPARE(rig.value("Z").value, QVariant(6.0));

    // Every sample Z is given: one per change of A, never one from a Y not yet updated.
    SubscriptionOptions options;
    options.delivery = SubscriptionOptions::Delivery::Complete;
    options.tags = {rig.id("Z")};
    TagSubscription *samples = rig.table.subscribe(options, this);
    const quint64 evaluations = rig.engine.evaluations();
    const quint64 passes = rig.engine.passes();
    rig.set("A", 10.0);
    rig.settle();
    QCOMPARE(rig.engine.evaluations() - evaluations, quint64(3)); // X, Y, Z; not W
    QCOMPARE(rig.engine.passes() - passes, quint64(1));
    const QList<TagSample> got = samples->takeSamples();
    QCOMPARE(got.size(), 1);
    QCOMPARE(got.first().value.value, QVariant(11.0 + 22.0));
    delete samples;
}

void tst_Calculated::burstCostsOnePass()
{
    // A 1 kHz source between two passes of the event loop: one evaluation of the latest value.
    Rig rig({calc("C", "A + 1")});
    rig.set("A", 0.0);
    rig.settle();
    const quint64 evaluations = rig.engine.evaluations();
    for (int i = 1; i <= 1000; ++i) {
        rig.clock.advanceBy(1);
        rig.set("A", double(i));
    }
    rig.settle();
    QCOMPARE(rig.engine.evaluations() - evaluations, quint64(1));
    QCOMPARE(rig.value("C").value, QVariant(1001.0));
}

void tst_Calculated::flushTakesPendingInputs()
{
    // What Station does before saying a single read is finished: no waiting for the batch.
    Rig rig({calc("C", "A + 1")});
    rig.set("A", 1.0);
    QCOMPARE(toString(rig.value("C").quality), toString(Quality::Bad));
    rig.engine.flush();
    QCOMPARE(rig.value("C").value, QVariant(2.0));
    // The batch that follows brings nothing new: no second evaluation.
    const quint64 evaluations = rig.engine.evaluations();
    rig.settle();
    QCOMPARE(rig.engine.evaluations(), evaluations);
}

void tst_Calculated::badInputNamesIt_data()
{
    QTest::addColumn<Quality>("quality");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<Quality>("expected");
    QTest::addColumn<QString>("expectedReason");
    QTest::newRow("Bad") << Quality::Bad << "no reply from station 3" << Quality::Bad
                         << "input [A] is Bad: no reply from station 3";
    QTest::newRow("Stale") << Quality::Stale << "not refreshed for 6 s" << Quality::Bad
                           << "input [A] is Stale: not refreshed for 6 s";
    QTest::newRow("Uncertain") << Quality::Uncertain << "above max 100" << Quality::Uncertain
                               << "input [A] is Uncertain";
}

void tst_Calculated::badInputNamesIt()
{
    QFETCH(Quality, quality);
    QFETCH(QString, reason);
    QFETCH(Quality, expected);
    QFETCH(QString, expectedReason);
    Rig rig({calc("C", "A + 1"), calc("D", "C * 2")});
    rig.set("A", 4.0);
    rig.settle();
    QCOMPARE(rig.value("D").value, QVariant(10.0));

    rig.set("A", 4.0, quality, reason);
    rig.settle();
    const TagValue c = rig.value("C");
    QCOMPARE(toString(c.quality), toString(expected));
    QCOMPARE(c.reason, expectedReason);
    QCOMPARE(c.value, QVariant(5.0)); // Bad keeps the last value, as a failed read does
    // Down the chain, the reason still leads to the input.
    QVERIFY2(rig.value("D").reason.contains("input [C] is"), qPrintable(rig.value("D").reason));

    rig.set("A", 6.0);
    rig.settle();
    QCOMPARE(toString(rig.value("D").quality), toString(Quality::Good));
    QCOMPARE(rig.value("D").value, QVariant(14.0));
}

void tst_Calculated::goodTestStaysGood()
{
    Rig rig({calc("Sûr", "IF(A.good, A, -1)"), calc("Qualité", "A.quality", DataType::String),
             calc("Brut", "A")});
    rig.set("A", 3.0, Quality::Bad, "no reply");
    rig.settle();
    QCOMPARE(toString(rig.value("Sûr").quality), toString(Quality::Good));
    QCOMPARE(rig.value("Sûr").value, QVariant(-1.0));
    QCOMPARE(rig.value("Qualité").value, QVariant("Bad"));
    QCOMPARE(toString(rig.value("Brut").quality), toString(Quality::Bad));
    rig.set("A", 3.0);
    rig.settle();
    QCOMPARE(rig.value("Sûr").value, QVariant(3.0));
    QCOMPARE(rig.value("Qualité").value, QVariant("Good"));
}

void tst_Calculated::conversion_data()
{
    QTest::addColumn<QString>("formula");
    QTest::addColumn<DataType>("type");
    QTest::addColumn<QVariant>("value"); // invalid: Bad
    QTest::addColumn<QString>("reason");
    // A is 10.
    const auto row = [](const char *name, const char *formula, DataType type, QVariant value,
                        const QString &reason = {}) {
        QTest::newRow(name) << QString::fromUtf8(formula) << type << value << reason;
    };
    row("Int16 rounds half up", "A / 4", DataType::Int16, QVariant(qint64(3)));
    row("Int16 rounds half away from zero", "-A / 4", DataType::Int16, QVariant(qint64(-3)));
    row("Int16 rounds down", "A / 3", DataType::Int16, QVariant(qint64(3)));
    row("Int16 too big", "A * 4000", DataType::Int16, {},
        "the result 40000 does not fit a Int16 (-32768 to 32767)");
    row("UInt16 negative", "-A", DataType::UInt16, {},
        "the result -10 does not fit a UInt16 (0 to 65535)");
    row("Int64 from a Bool", "A > 5", DataType::Int64, QVariant(qint64(1)));
    row("UInt32 from a numeric text", "\"12.4\"", DataType::UInt32, QVariant(qint64(12)));
    row("Float32", "A / 4", DataType::Float32, QVariant(2.5f));
    row("Float32 too big", "A ^ 40", DataType::Float32, {},
        "the result 1e+40 does not fit a Float32 (beyond ±3.4e38)");
    row("Float64 from a text", "\"abc\"", DataType::Float64, {},
        "the result is the text \"abc\", not a number for a Float64");
    row("Int16 from a text", "\"dix\" & A", DataType::Int16, {},
        "the result is the text \"dix10\", not a number for a Int16");
    row("Bool from a number", "A - 10", DataType::Bool, QVariant(false));
    row("Bool from a non-zero number", "A / 100", DataType::Bool, QVariant(true));
    row("Bool from a comparison", "A >= 10", DataType::Bool, QVariant(true));
    row("Bool from VRAI", "\"vrai\"", DataType::Bool, QVariant(true));
    row("Bool from a text", "\"peut-être\"", DataType::Bool, {},
        "the result is the text \"peut-être\", not TRUE or FALSE for a Bool");
    row("String from a number", "A / 4", DataType::String, QVariant("2.5"));
    row("String from a Bool", "A > 3", DataType::String, QVariant("TRUE"));
    row("String from a text", "FORMAT(A, 1) & \" kW\"", DataType::String, QVariant("10.0 kW"));
}

void tst_Calculated::conversion()
{
    QFETCH(QString, formula);
    QFETCH(DataType, type);
    QFETCH(QVariant, value);
    QFETCH(QString, reason);
    Rig rig({calc("R", formula, type)});
    rig.set("A", 10.0);
    rig.settle();
    const TagValue r = rig.value("R");
    if (!value.isValid()) {
        QCOMPARE(toString(r.quality), toString(Quality::Bad));
        QCOMPARE(r.reason, reason);
        return;
    }
    QCOMPARE(toString(r.quality), toString(Quality::Good));
    QCOMPARE(r.value.typeId(), value.typeId());
    QCOMPARE(r.value, value);
}

void tst_Calculated::divisionByZero()
{
    Rig rig({calc("Ratio", "B / A"), calc("Suite", "Ratio + 1")});
    rig.set("B", 6.0);
    rig.set("A", 3.0);
    rig.settle();
    QCOMPARE(rig.value("Ratio").value, QVariant(2.0));
    rig.set("A", 0.0);
    rig.settle();
    QCOMPARE(toString(rig.value("Ratio").quality), toString(Quality::Bad));
    QCOMPARE(rig.value("Ratio").reason, "division by zero");
    QCOMPARE(rig.value("Suite").reason, "input [Ratio] is Bad: division by zero");
    rig.set("A", 2.0);
    rig.settle();
    QCOMPARE(toString(rig.value("Suite").quality), toString(Quality::Good));
    QCOMPARE(rig.value("Suite").value, QVariant(4.0));
}

void tst_Calculated::nowOnTheTick()
{
    Rig rig({calc("Secondes", "INT(NOW() / 1000)", DataType::Int64), calc("Plus", "A + 1")});
    const qint64 start = rig.clock.wallMs() / 1000;
    QCOMPARE(rig.value("Secondes").value, QVariant(start));
    QCOMPARE(rig.value("Secondes").timestamp, rig.clock.wallMs());
    const quint64 plus = rig.engine.evaluations();
    rig.clock.advanceBy(1000);
    QCOMPARE(rig.engine.ticks(), quint64(4)); // every 250 ms
    QCOMPARE(rig.value("Secondes").value, QVariant(start + 1));
    QCOMPARE(rig.value("Secondes").timestamp, rig.clock.wallMs());
    // Only the formula that reads the clock is evaluated on the tick.
    QCOMPARE(rig.engine.evaluations() - plus, quint64(4));
    rig.clock.advanceBy(2000);
    QCOMPARE(rig.value("Secondes").value, QVariant(start + 3));
}

void tst_Calculated::blinkOnTime()
{
    // The clock starts on a multiple of 500 ms: BLINK(500) is TRUE, then turns every 500 ms,
    // on the tick that falls on the edge.
    Rig rig({calc("Clignote", "BLINK(500)", DataType::Bool)});
    rig.engine.setTickInterval(100);
    rig.engine.start(rig.project, rig.generation);
    QCOMPARE(rig.value("Clignote").value, QVariant(true));
    rig.clock.advanceBy(499);
    QCOMPARE(rig.value("Clignote").value, QVariant(true));
    rig.clock.advanceBy(1);
    QCOMPARE(rig.value("Clignote").value, QVariant(false));
    rig.clock.advanceBy(500);
    QCOMPARE(rig.value("Clignote").value, QVariant(true));
}

void tst_Calculated::noTickWithoutTime()
{
    Rig rig({calc("C", "A + 1")});
    rig.clock.advanceBy(10000);
    QCOMPARE(rig.engine.ticks(), quint64(0));
}

void tst_Calculated::stopEndsUpdates()
{
    Rig rig({calc("C", "A + 1"), calc("T", "NOW()")});
    rig.set("A", 1.0);
    rig.settle();
    QCOMPARE(rig.value("C").value, QVariant(2.0));
    rig.engine.stop();
    QVERIFY(!rig.engine.isRunning());
    // Stale from now on, with its last value: nobody keeps it up to date any more.
    QCOMPARE(toString(rig.value("C").quality), toString(Quality::Stale));
    QCOMPARE(rig.value("C").reason, "calculations stopped");

    SubscriptionOptions options;
    options.delivery = SubscriptionOptions::Delivery::Complete;
    options.tags = {rig.id("C"), rig.id("T")};
    TagSubscription *samples = rig.table.subscribe(options, this);
    const quint64 evaluations = rig.engine.evaluations();
    rig.set("A", 5.0);
    rig.clock.advanceBy(1000);
    rig.settle();
    QCOMPARE(rig.engine.evaluations(), evaluations);
    QCOMPARE(samples->takeSamples().size(), 0);
    QCOMPARE(rig.value("C").value, QVariant(2.0));
    delete samples;

    // Started again, it takes the present values.
    rig.engine.start(rig.project, rig.table.newGeneration());
    rig.generation = rig.table.generation();
    QCOMPARE(toString(rig.value("C").quality), toString(Quality::Good));
    QCOMPARE(rig.value("C").value, QVariant(6.0));
}

void tst_Calculated::refusedFormulaSaysWhy()
{
    // Not run normally (checkFormulas() refuses the project), but never silent if it is.
    Rig rig({calc("P", "Q + 1"), calc("Q", "P + A"), calc("R", "Q * 2"), calc("S", "A +")});
    rig.set("A", 1.0);
    rig.settle();
    QCOMPARE(rig.value("Q").reason, "the formula is wrong: cycle between formulas: Q → P → Q");
    QCOMPARE(rig.value("P").reason,
             "input [Q] is Bad: the formula is wrong: cycle between "
             "formulas: Q → P → Q");
    QCOMPARE(rig.value("R").reason, rig.value("P").reason);
    QCOMPARE(rig.value("S").reason, "the formula is wrong: line 1, column 4: expected a value");
}

void tst_Calculated::oldGenerationWritesNothing()
{
    Rig rig({calc("C", "A + 1")});
    rig.set("A", 1.0);
    rig.settle();
    QCOMPARE(rig.value("C").value, QVariant(2.0));
    // A new run has begun (the station restarting) while this engine still listens: its
    // results belong to the old run and must not land in the new one.
    rig.table.newGeneration();
    rig.table.update(rig.id("A"), {7.0, Quality::Good, {}, rig.clock.wallMs()});
    rig.settle();
    QCOMPARE(rig.value("A").value, QVariant(7.0));
    QCOMPARE(rig.value("C").value, QVariant(2.0));
}

void tst_Calculated::stationFollowsSimulation()
{
    Project p = baseProject();
    p.calculated = {calc("Double onde", "Onde * 2"), calc("Somme", "A + B", DataType::Int32)};
    Station station;
    station.setProject(p);
    station.start();
    TagTable *tags = station.tags();
    const TagId onde = tags->idOf("Onde");
    const TagId twice = tags->idOf("Double onde");
    const TagId sum = tags->idOf("Somme");
    QTRY_COMPARE_WITH_TIMEOUT(tags->value(sum).value, QVariant(qint64(11)), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(tags->value(twice).isGood(), 5000);
    const double first = tags->value(twice).value.toDouble();
    QVERIFY2(first >= 80 && first <= 120, qPrintable(QString::number(first)));
    // The sine moves, and the calculated tag with it.
    QTRY_VERIFY_WITH_TIMEOUT(tags->value(twice).value.toDouble() != first, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(tags->value(twice).value.toDouble(),
                              2 * tags->value(onde).value.toDouble(), 5000);
    QVERIFY(station.calculations()->evaluations() > 2);

    // A write to an input: the calculated tag follows the next read.
    QSignalSpy written(&station, &Station::writeFinished);
    station.write(tags->idOf("A"), 41.6);
    QVERIFY(written.wait(5000));
    QTRY_COMPARE_WITH_TIMEOUT(tags->value(sum).value, QVariant(qint64(43)), 5000);
    // A calculated tag cannot be written.
    station.write(sum, 1);
    QVERIFY(written.wait(5000));
    QVERIFY(!written.last().at(0).value<WriteOutcome>().ok());
}

void tst_Calculated::stationOnceShowsCalculated()
{
    Project p = baseProject();
    p.calculated = {calc("Somme", "A + B"), calc("Alarme", "Somme > 10", DataType::Bool)};
    Station station;
    station.setProject(p);
    TagValue atFinish;
    connect(&station, &Station::onceFinished, this,
            [&] { atFinish = station.tags()->value(station.tags()->idOf("Alarme")); });
    QSignalSpy finished(&station, &Station::onceFinished);
    station.readOnce();
    QVERIFY(finished.wait(5000));
    // When a single read is said finished, the calculated tags have followed it.
    QCOMPARE(toString(atFinish.quality), toString(Quality::Good));
    QCOMPARE(atFinish.value, QVariant(true));
}

void tst_Calculated::stationStopEndsUpdates()
{
    Project p = baseProject();
    p.calculated = {calc("Double onde", "Onde * 2")};
    Station station;
    station.setProject(p);
    station.start();
    const TagId twice = station.tags()->idOf("Double onde");
    QTRY_VERIFY_WITH_TIMEOUT(station.tags()->value(twice).isGood(), 5000);
    station.stop();
    QVERIFY(!station.calculations()->isRunning());
    const TagValue last = station.tags()->value(twice);
    QCOMPARE(toString(last.quality), toString(Quality::Stale));
    const quint64 evaluations = station.calculations()->evaluations();
    QTest::qWait(400); // the sine would have moved four times
    QCOMPARE(station.calculations()->evaluations(), evaluations);
    QCOMPARE(station.tags()->value(twice), last);
    QVERIFY(station.waitForStopped(5000));
}

void tst_Calculated::checkCalculated_data()
{
    QTest::addColumn<QList<CalculatedVariable>>("calculated");
    QTest::addColumn<QStringList>("issues");
    QTest::newRow("fine") << QList<CalculatedVariable> {calc("X", "A + [B] + di.Onde"),
                                                        calc("Y", "X * 2 + [sim/$online]")}
                          << QStringList();
    QTest::newRow("syntax, with the place")
        << QList<CalculatedVariable> {calc("X", "A + 1"), calc("Y", "IF(A > , 1)")}
        << QStringList {"calculated[1].formula: line 1, column 8: expected a value\n"
                        "IF(A > , 1)\n"
                        "       ^"};
    QTest::newRow("on the second line")
        << QList<CalculatedVariable> {calc("X", "A +\n  B *")}
        << QStringList {"calculated[0].formula: line 2, column 6: expected a value\n"
                        "  B *\n"
                        "     ^"};
    QTest::newRow("a tab is shown, the caret follows")
        << QList<CalculatedVariable> {calc("X", "A\t+ )")}
        << QStringList {"calculated[0].formula: line 1, column 5: expected a value\n"
                        "A\\t+ )\n"
                        "     ^"};
    QTest::newRow("unknown tag") << QList<CalculatedVariable> {calc("X", "Niveau * 2")}
                                 << QStringList {"calculated[0].formula: line 1, column 1: "
                                                 "unknown tag \"Niveau\"\n"
                                                 "Niveau * 2\n"
                                                 "^"};
    QTest::newRow("a screen's name is no tag")
        << QList<CalculatedVariable> {calc("X", "eg.pompe.fill")}
        << QStringList {"calculated[0].formula: line 1, column 1: unknown tag \"eg.pompe.fill\"\n"
                        "eg.pompe.fill\n"
                        "^"};
    QTest::newRow("cycle") << QList<CalculatedVariable> {calc("A2", "B2 + 1"), calc("Z", "A"),
                                                         calc("B2", "A2 * 2")}
                           << QStringList {"calculated[2].formula: cycle: B2 → A2 → B2"};
    QTest::newRow("long cycle") << QList<CalculatedVariable> {calc("P", "Q"), calc("Q", "R"),
                                                              calc("R", "IF(A > 0, P, 0)")}
                                << QStringList {"calculated[2].formula: cycle: R → Q → P → R"};
    QTest::newRow("itself") << QList<CalculatedVariable> {calc("Compteur", "Compteur + 1")}
                            << QStringList {"calculated[0].formula: cycle: Compteur → Compteur"};
    QTest::newRow("empty is the validator's")
        << QList<CalculatedVariable> {calc("X", " ")} << QStringList();
}

void tst_Calculated::checkCalculated()
{
    QFETCH(QList<CalculatedVariable>, calculated);
    QFETCH(QStringList, issues);
    Project p = baseProject();
    p.calculated = calculated;
    const ProjectIssues found = checkFormulas(p);
    QStringList got;
    for (const ProjectIssue &issue : found) {
        QVERIFY(issue.isError());
        QCOMPARE(issue.node, NodePath {});
        got << withExcerpt(issue);
    }
    QCOMPARE(got, issues);
}

void tst_Calculated::checkBindings()
{
    Project p = baseProject();
    p.calculated = {calc("Total", "A + B")};
    Screen s;
    s.name = "Synoptique";
    s.file = "synoptique.svg";
    const auto bind = [](const QString &element, const QString &formula) {
        ScreenBinding b;
        b.element = element;
        b.formula = formula;
        return b;
    };
    s.bindings = {
        bind("pompe", "SI(eg.E2189S04.stroke = \"red\"; Total; [B])"),
        bind("texte", "eg.pompe"),
        bind("cuve", "Inconnu * 2"),
        bind("vanne", "1 +"),
        bind("niveau", "IF(di.A > 0, eg.cuve.fill, \"grey\")"),
        bind("a", "eg.b.fill"),
        bind("b", "IF(A > 0, eg.a.FILL, \"red\")"), // the screen would refuse the loop
        bind("a", "\"red\""), // bound twice: the validator's error, not a cycle
    };
    p.screens = {s, s};
    p.screens[1].bindings = {bind("x", "ABS()")};
    const ProjectIssues issues = checkFormulas(p);
    QStringList got;
    for (const ProjectIssue &issue : issues)
        got << withExcerpt(issue);
    QCOMPARE(got,
             QStringList({"screens[0].bindings[1].formula: line 1, column 1: \"eg.pompe\" names no "
                          "attribute: write eg.<element>.<attribute>\neg.pompe\n^",
                          "screens[0].bindings[2].formula: line 1, column 1: unknown tag "
                          "\"Inconnu\"\nInconnu * 2\n^",
                          "screens[0].bindings[3].formula: line 1, column 4: expected a value\n"
                          "1 +\n   ^",
                          "screens[0].bindings[6].formula: cycle: fill of \"b\" → fill of \"a\" "
                          "→ fill of \"b\"",
                          "screens[1].bindings[0].formula: line 1, column 1: ABS takes 1 "
                          "argument(s), not 0\nABS()\n^"}));
}

void tst_Calculated::checkProjectIncludesFormulas()
{
    Project p = baseProject();
    p.calculated = {calc("X", "Y"), calc("Y", "X")};
    const ProjectIssues issues = checkProject(p);
    QVERIFY2(hasErrors(issues), qPrintable(listing(issues)));
    QCOMPARE(issues.last().toString(), "calculated[1].formula: cycle: Y → X → Y");
    // A station refuses to apply it.
    Station station;
    QVERIFY(hasErrors(station.apply(p)));
}

QTEST_GUILESS_MAIN(tst_Calculated)
#include "tst_calculated.moc"
