// A screen's bindings over tags and `eg.<element>.<attribute>` slots (ScreenBindingSet): what an
// element's state becomes as tags change, what is evaluated and reported, the bad-quality flag
// and its reason; and the open screen following a tag table (ScreenSession).
#include "model/project.h"
#include "screens/screenbindingset.h"
#include "screens/screensession.h"
#include "screens/svgdocument.h"
#include "screentestdata.h"
#include "tags/tagcatalog.h"
#include "tags/tagtable.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Vigie;

Q_DECLARE_METATYPE(Vigie::BindingAttribute)

// Declared before the test data: moc 6.4 did not find the class after its raw strings.
class tst_ScreenBindings : public QObject
{
    Q_OBJECT

private slots:
    void fillFollowsTag();
    void inputTags();
    void onlyChangedInputsAreEvaluated();
    void readsBindingsAndTheFile();
    void seed002_data();
    void seed002();
    void badInputKeepsLastGood_data();
    void badInputKeepsLastGood();
    void testingGoodIsNotBad();
    void wrongKind_data();
    void wrongKind();
    void clamped_data();
    void clamped();
    void numericAttributes();
    void unknownTagAndMissingElement();
    void blinkAndNowFollowSetTime();
    void drawnValues();
    void hiddenInTheFile();
    void sessionFollowsTheTagTable();
    void sessionErrors();
};

namespace {

// A binding set over its own document and catalog, which it must outlive.
struct Fixture
{
    Fixture(const QByteArray &svg, const QStringList &tags, const QList<ScreenBinding> &bindings)
        : document(SvgDocument::parse(svg, QStringLiteral("test.svg")))
    {
        auto c = std::make_shared<TagCatalog>();
        for (const QString &name : tags) {
            TagInfo info;
            info.name = name;
            info.dataType = DataType::Float32;
            c->add(info);
        }
        catalog = c;
        screen.name = QStringLiteral("Test");
        screen.file = QStringLiteral("test.svg");
        screen.bindings = bindings;
        set = std::make_unique<ScreenBindingSet>(screen, document, catalog);
    }

    TagId tag(const QString &name) const { return catalog->idOf(name); }
    int element(const QString &id) const { return document.elementById(id); }
    const ElementState &state(const QString &id) const { return set->state(element(id)); }
    void setTag(const QString &name, const TagValue &value) { set->setTag(tag(name), value); }
    void setTime(qint64 nowMs) { set->setTime(nowMs); }
    // The ids of the elements evaluate() reports, sorted (it says them in evaluation order).
    QStringList evaluate()
    {
        QStringList ids;
        for (int e : set->evaluate())
            ids.append(document.id(e));
        ids.sort();
        return ids;
    }

    SvgDocument document;
    std::shared_ptr<const TagCatalog> catalog;
    Screen screen;
    std::unique_ptr<ScreenBindingSet> set;
};

} // namespace

void tst_ScreenBindings::fillFollowsTag()
{
    Fixture f(Plant, {"run"},
              {binding("pump", BindingAttribute::Fill, R"(SI(run; "#2e7d32"; "#9e9e9e"))")});
    QVERIFY(f.set->errors().isEmpty());
    QCOMPARE(f.set->boundElements(), QList<int> {f.element("pump")});
    // Nothing read yet: the tag is Bad ("not read yet"), so is the element.
    f.evaluate();
    QVERIFY(f.state("pump").bad);

    f.setTag("run", good(true));
    QCOMPARE(f.evaluate(), QStringList {"pump"});
    QCOMPARE(f.state("pump").fill, "#2e7d32");
    QVERIFY(!f.state("pump").bad);
    QVERIFY(f.state("pump").reason.isEmpty());

    f.setTag("run", good(false, 2000));
    QCOMPARE(f.evaluate(), QStringList {"pump"});
    QCOMPARE(f.state("pump").fill, "#9e9e9e");
    // What no binding drives stays as drawn.
    QVERIFY(f.state("pump").stroke.isEmpty());
    QVERIFY(!f.state("pump").opacity);
    QVERIFY(f.state("pump").visible);
    // An element without bindings has the default state.
    QCOMPARE(f.state("frame"), ElementState());
}

void tst_ScreenBindings::inputTags()
{
    Fixture f(Plant, {"a", "b", "c", "unused"},
              {binding("pump", BindingAttribute::Fill, R"(SI(c > b; "red"; eg.frame.stroke))"),
               binding("label", BindingAttribute::Text, "FORMAT(a; 1) & eg.pump.fill")});
    QVERIFY2(f.set->errors().isEmpty(), qPrintable(f.set->errors().join('\n')));
    // The tags read, sorted, without the element slots.
    QCOMPARE(f.set->inputTags(), (QList<TagId> {f.tag("a"), f.tag("b"), f.tag("c")}));
    QVERIFY(!f.set->usesTime());
}

void tst_ScreenBindings::onlyChangedInputsAreEvaluated()
{
    Fixture f(Plant, {"a", "b"},
              {binding("pump", BindingAttribute::Fill, R"(SI(a; "red"; "green"))"),
               binding("frame", BindingAttribute::Stroke, R"(SI(b; "blue"; "black"))"),
               binding("label", BindingAttribute::Text, "FORMAT(b; 0)")});
    f.setTag("a", good(true));
    f.setTag("b", good(true));
    QCOMPARE(f.evaluate(), (QStringList {"frame", "label", "pump"}));
    const quint64 after = f.set->evaluationCount();
    QCOMPARE(after, quint64(3));

    // Nothing changed: nothing evaluated.
    QVERIFY(f.evaluate().isEmpty());
    QCOMPARE(f.set->evaluationCount(), after);

    // One input: the one formula that reads it, and its element only.
    f.setTag("a", good(false, 3000));
    QCOMPARE(f.evaluate(), QStringList {"pump"});
    QCOMPARE(f.set->evaluationCount(), after + 1);
    QCOMPARE(f.state("pump").fill, "green");

    // Two formulas read b.
    f.setTag("b", good(false, 3000));
    QCOMPARE(f.evaluate(), (QStringList {"frame", "label"}));
    QCOMPARE(f.set->evaluationCount(), after + 3);
    QCOMPARE(f.state("frame").stroke, "black");
    QCOMPARE(f.state("label").text.value_or("<none>"), "0");

    // The same value read again: evaluated, but no element changed.
    f.setTag("a", good(false, 4000));
    QVERIFY(f.evaluate().isEmpty());
    QCOMPARE(f.set->evaluationCount(), after + 4);
}

void tst_ScreenBindings::readsBindingsAndTheFile()
{
    // The reader is listed before its producer: the order of evaluation is the dependencies'.
    Fixture f(
        Plant, {"run"},
        {binding("frame", BindingAttribute::Stroke, "eg.pump.fill"),
         binding("label2", BindingAttribute::Text, R"(eg.label.text & " bar, " & eg.pump.stroke)"),
         binding("pump", BindingAttribute::Fill, R"(SI(run; "#2e7d32"; "#9e9e9e"))")});
    QVERIFY2(f.set->errors().isEmpty(), qPrintable(f.set->errors().join('\n')));

    f.setTag("run", good(true));
    QCOMPARE(f.evaluate(), (QStringList {"frame", "label2", "pump"}));
    QCOMPARE(f.state("frame").stroke, "#2e7d32");
    // The file's text and the stroke no binding drives, as drawn.
    QCOMPARE(f.state("label2").text.value_or("<none>"), "42 bar, #2e2e2e");
    QVERIFY(!f.state("frame").bad);

    // One pass carries the change through: producer, then reader.
    const quint64 before = f.set->evaluationCount();
    f.setTag("run", good(false, 2000));
    QCOMPARE(f.evaluate(), (QStringList {"frame", "pump"}));
    QCOMPARE(f.set->evaluationCount(), before + 2);
    QCOMPARE(f.state("pump").fill, "#9e9e9e");
    QCOMPARE(f.state("frame").stroke, "#9e9e9e");

    // The producer's input goes Bad: so does its reader, through the slot.
    f.setTag("run", bad("no reply"));
    f.evaluate();
    QVERIFY(f.state("pump").bad);
    QVERIFY(f.state("frame").bad);
    QVERIFY2(f.state("frame").reason.contains("eg.pump.fill"), qPrintable(f.state("frame").reason));
    QCOMPARE(f.state("frame").stroke, "#9e9e9e");
}

void tst_ScreenBindings::seed002_data()
{
    QTest::addColumn<bool>("di");
    QTest::addColumn<int>("selector"); // drives E2189S04's text
    QTest::addColumn<QString>("otherStroke"); // a stroke binding of E2189S04; empty: none
    QTest::addColumn<QString>("stroke"); // E2152B04's stroke after it; empty: bad
    QTest::addColumn<QString>("reason");

    // di and E2189S04's text: E2189S04's stroke, as drawn or as its binding makes it.
    QTest::newRow("drawn stroke") << true << 1 << QString() << "#ff0000" << QString();
    QTest::newRow("bound stroke") << true << 1 << "#00ff00"
                                  << "#00ff00" << QString();
    // The other branches are numbers, which are not colours: bad, said plainly.
    QTest::newRow("12") << true << 0 << QString() << QString() << "12 is not a colour";
    // not di: E2152B04's own text (0 in the file).
    QTest::newRow("10") << false << 1 << QString() << QString() << "10 is not a colour";
}

void tst_ScreenBindings::seed002()
{
    QFETCH(bool, di);
    QFETCH(int, selector);
    QFETCH(QString, otherStroke);
    QFETCH(QString, stroke);
    QFETCH(QString, reason);

    const QByteArray svg = drawing(R"svg(
    <text xml:space="preserve" style="font-size:12px;fill:#000000;stroke:#000000" x="10" y="20"
       id="E2152B04"><tspan sodipodi:role="line" id="tspan3" x="10" y="20">0</tspan></text>
    <text xml:space="preserve" style="font-size:12px;fill:#000000;stroke:#ff0000" x="10" y="40"
       id="E2189S04"><tspan sodipodi:role="line" id="tspan4" x="10" y="40">7</tspan></text>
)svg");
    QList<ScreenBinding> bindings {
        binding("E2152B04", BindingAttribute::Stroke,
                "SI(di.E2152B04.value,si(int(eg.E2189S04.text),eg.E2189S04.stroke,12),"
                "si(int(eg.E2152B04.text),6,10))"),
        binding("E2189S04", BindingAttribute::Text, "FORMAT(selector; 0)"),
    };
    if (!otherStroke.isEmpty())
        bindings.append(binding("E2189S04", BindingAttribute::Stroke, '"' + otherStroke + '"'));
    Fixture f(svg, {"E2152B04", "selector"}, bindings);
    QVERIFY2(f.set->errors().isEmpty(), qPrintable(f.set->errors().join('\n')));
    QCOMPARE(f.set->inputTags(), (QList<TagId> {f.tag("E2152B04"), f.tag("selector")}));

    // First a good state, to see that a bad one keeps it.
    f.setTag("E2152B04", good(true));
    f.setTag("selector", good(1));
    f.evaluate();
    const QString first = otherStroke.isEmpty() ? QStringLiteral("#ff0000") : otherStroke;
    QCOMPARE(f.state("E2152B04").stroke, first);
    QVERIFY(!f.state("E2152B04").bad);

    f.setTag("E2152B04", good(di, 2000));
    f.setTag("selector", good(selector, 2000));
    f.evaluate();
    QCOMPARE(f.state("E2189S04").text.value_or("<none>"), QString::number(selector));
    const ElementState &s = f.state("E2152B04");
    if (stroke.isEmpty()) {
        QVERIFY(s.bad);
        QVERIFY2(s.reason.startsWith("stroke: " + reason), qPrintable(s.reason));
        QCOMPARE(s.stroke, first);
    } else {
        QVERIFY2(!s.bad, qPrintable(s.reason));
        QCOMPARE(s.stroke, stroke);
    }
}

void tst_ScreenBindings::badInputKeepsLastGood_data()
{
    QTest::addColumn<int>("quality");
    QTest::newRow("Bad") << int(Quality::Bad);
    QTest::newRow("Stale") << int(Quality::Stale);
}

void tst_ScreenBindings::badInputKeepsLastGood()
{
    QFETCH(int, quality);
    Fixture f(Plant, {"Niveau cuve"},
              {binding("pump", BindingAttribute::Fill, R"(SI([Niveau cuve] > 80; "red"; "grey"))"),
               binding("bar", BindingAttribute::BarHeight, "[Niveau cuve] / 100")});
    f.setTag("Niveau cuve", good(90));
    QCOMPARE(f.evaluate(), (QStringList {"bar", "pump"}));
    QCOMPARE(f.state("pump").fill, "red");
    QCOMPARE(f.state("bar").barHeight.value_or(-1), 0.9);

    f.setTag("Niveau cuve",
             {QVariant(95.0), Quality(quality), "no reply from station 3 after 1000 ms", 2000});
    QCOMPARE(f.evaluate(), (QStringList {"bar", "pump"}));
    const ElementState &s = f.state("pump");
    QVERIFY(s.bad);
    // The reason names the attribute, the input and the device's own reason.
    QVERIFY2(s.reason.startsWith("fill: input [Niveau cuve] is " + toString(Quality(quality))),
             qPrintable(s.reason));
    QVERIFY2(s.reason.contains("no reply from station 3 after 1000 ms"), qPrintable(s.reason));
    // The last good state stays drawn.
    QCOMPARE(s.fill, "red");
    QCOMPARE(f.state("bar").barHeight.value_or(-1), 0.9);
    QVERIFY(f.state("bar").bad);

    // Good again: the flag and the reason go, the new value shows.
    f.setTag("Niveau cuve", good(10, 3000));
    QCOMPARE(f.evaluate(), (QStringList {"bar", "pump"}));
    QVERIFY(!f.state("pump").bad);
    QVERIFY(f.state("pump").reason.isEmpty());
    QCOMPARE(f.state("pump").fill, "grey");
    QCOMPARE(f.state("bar").barHeight.value_or(-1), 0.1);
}

void tst_ScreenBindings::testingGoodIsNotBad()
{
    Fixture f(Plant, {"run"},
              {binding("pump", BindingAttribute::Fill,
                       R"(SI(run.good; SI(run; "#2e7d32"; "#9e9e9e"); "#ff00ff"))"),
               binding("label", BindingAttribute::Text, "run.quality")});
    f.setTag("run", bad("no reply"));
    f.evaluate();
    QVERIFY2(!f.state("pump").bad, qPrintable(f.state("pump").reason));
    QCOMPARE(f.state("pump").fill, "#ff00ff");
    QVERIFY(!f.state("label").bad);
    QCOMPARE(f.state("label").text.value_or("<none>"), "Bad");
}

void tst_ScreenBindings::wrongKind_data()
{
    QTest::addColumn<BindingAttribute>("attribute");
    QTest::addColumn<QString>("formula");
    QTest::addColumn<QString>("reason");

    const auto A = [](const char *name) { return *enumFromString<BindingAttribute>(name); };
    QTest::newRow("fill, a number") << A("fill") << "12"
                                    << "fill: 12 is not a colour";
    QTest::newRow("fill, a sentence") << A("fill") << R"("pump is on")"
                                      << "fill: pump is on is not a colour";
    QTest::newRow("fill, rgba()") << A("fill") << "\"rgba(0,0,0,0.5)\""
                                  << "fill: rgba(0,0,0,0.5) is not a colour";
    QTest::newRow("fill, a boolean") << A("fill") << "TRUE"
                                     << "fill: TRUE is not a colour";
    QTest::newRow("stroke, #12345") << A("stroke") << R"("#12345")"
                                    << "stroke: #12345 is not a colour";
    QTest::newRow("opacity, a word") << A("opacity") << R"("half")"
                                     << "opacity: half is not a number";
    QTest::newRow("rotate, a colour") << A("rotate") << R"("#ff0000")"
                                      << "rotate: #ff0000 is not a number";
    QTest::newRow("translateX, a word") << A("translateX") << R"("left")"
                                        << "translateX: left is not a number";
    QTest::newRow("barHeight, empty") << A("barHeight") << R"("")"
                                      << "barHeight:  is not a number";
    QTest::newRow("visible, a word") << A("visible") << R"("maybe")"
                                     << "visible: maybe is not";
    QTest::newRow("blink, a word") << A("blink") << R"("often")"
                                   << "blink: often is not";
}

void tst_ScreenBindings::wrongKind()
{
    QFETCH(BindingAttribute, attribute);
    QFETCH(QString, formula);
    QFETCH(QString, reason);
    Fixture f(Plant, {"x"},
              {binding("pump", attribute, formula),
               binding("frame", BindingAttribute::Fill, R"("#123456")")});
    QVERIFY(f.set->errors().isEmpty());
    f.evaluate();
    const ElementState &s = f.state("pump");
    QVERIFY(s.bad);
    QVERIFY2(s.reason.startsWith(reason), qPrintable(s.reason));
    // Nothing taken from the wrong value.
    QVERIFY(s.fill.isEmpty());
    QVERIFY(s.stroke.isEmpty());
    QVERIFY(!s.opacity);
    QVERIFY(!s.barHeight);
    QCOMPARE(s.rotate, 0.0);
    QCOMPARE(s.translateX, 0.0);
    QVERIFY(s.visible);
    QVERIFY(!s.blink);
    // Another element is not touched.
    QVERIFY(!f.state("frame").bad);
    QCOMPARE(f.state("frame").fill, "#123456");
}

void tst_ScreenBindings::clamped_data()
{
    QTest::addColumn<BindingAttribute>("attribute");
    QTest::addColumn<double>("value");
    QTest::addColumn<double>("expected");

    const auto A = [](const char *name) { return *enumFromString<BindingAttribute>(name); };
    QTest::newRow("opacity 1.5") << A("opacity") << 1.5 << 1.0;
    QTest::newRow("opacity -0.2") << A("opacity") << -0.2 << 0.0;
    QTest::newRow("opacity 0.4") << A("opacity") << 0.4 << 0.4;
    QTest::newRow("barHeight 2") << A("barHeight") << 2.0 << 1.0;
    QTest::newRow("barHeight -1") << A("barHeight") << -1.0 << 0.0;
    QTest::newRow("barHeight 0.25") << A("barHeight") << 0.25 << 0.25;
    QTest::newRow("barWidth 7") << A("barWidth") << 7.0 << 1.0;
    QTest::newRow("barWidth -0.01") << A("barWidth") << -0.01 << 0.0;
}

void tst_ScreenBindings::clamped()
{
    QFETCH(BindingAttribute, attribute);
    QFETCH(double, value);
    QFETCH(double, expected);
    Fixture f(Plant, {"x"}, {binding("bar", attribute, "x")});
    f.setTag("x", good(value));
    QCOMPARE(f.evaluate(), QStringList {"bar"});
    const ElementState &s = f.state("bar");
    QVERIFY(!s.bad);
    const std::optional<double> got = attribute == BindingAttribute::Opacity ? s.opacity
        : attribute == BindingAttribute::BarHeight                           ? s.barHeight
                                                                             : s.barWidth;
    QVERIFY(got);
    QCOMPARE(*got, expected);
}

void tst_ScreenBindings::numericAttributes()
{
    ScreenBinding rotate = binding("pump", BindingAttribute::Rotate, "x * 90");
    rotate.centerX = 30;
    rotate.centerY = 31;
    Fixture f(Plant, {"x", "on"},
              {rotate, binding("pump", BindingAttribute::TranslateX, "x * 10"),
               binding("pump", BindingAttribute::TranslateY, R"("-5")"),
               binding("frame", BindingAttribute::Visible, "on"),
               binding("label", BindingAttribute::Visible, R"("FAUX")"),
               binding("label2", BindingAttribute::Text, "x / 4")});
    // The centre of rotation is the binding's, before anything is evaluated.
    QCOMPARE(f.state("pump").centerX.value_or(-1), 30.0);
    QCOMPARE(f.state("pump").centerY.value_or(-1), 31.0);
    f.setTag("x", good(0.5));
    f.setTag("on", good(false));
    f.evaluate();
    QCOMPARE(f.state("pump").rotate, 45.0);
    QCOMPARE(f.state("pump").translateX, 5.0);
    // A text that reads as a number is that number.
    QCOMPARE(f.state("pump").translateY, -5.0);
    QCOMPARE(f.state("pump").centerX.value_or(-1), 30.0);
    QVERIFY(!f.state("frame").visible);
    QVERIFY(!f.state("label").visible);
    QCOMPARE(f.state("label2").text.value_or("<none>"), "0.125");
    for (const char *id : {"pump", "frame", "label", "label2"})
        QVERIFY2(!f.state(id).bad, id);
}

void tst_ScreenBindings::unknownTagAndMissingElement()
{
    Fixture f(Plant, {"run"},
              {binding("pump", BindingAttribute::Fill, R"(SI(Pmpe; "red"; "grey"))"),
               binding("pump", BindingAttribute::Stroke, R"(SI(run; "red"; "grey"))"),
               binding("ghost", BindingAttribute::Fill, R"("red")"),
               binding("frame", BindingAttribute::Stroke, "eg.phantom.fill"),
               binding("label", BindingAttribute::Text, "FORMAT(run; 0)")});
    const QStringList errors = f.set->errors();
    QCOMPARE(errors.size(), 3);
    QVERIFY2(errors[0].contains("fill of \"pump\"") && errors[0].contains("Pmpe"),
             qPrintable(errors[0]));
    QVERIFY2(errors[1].contains("ghost"), qPrintable(errors[1]));
    QVERIFY2(errors[2].contains("stroke of \"frame\"") && errors[2].contains("phantom"),
             qPrintable(errors[2]));
    // The elements that exist are bound, and show what failed.
    QCOMPARE(f.set->boundElements(),
             (QList<int> {f.element("pump"), f.element("frame"), f.element("label")}));
    QCOMPARE(f.set->inputTags(), QList<TagId> {f.tag("run")});

    f.setTag("run", good(true));
    f.evaluate();
    QVERIFY(f.state("pump").bad);
    QVERIFY2(f.state("pump").reason.startsWith("fill: ") && f.state("pump").reason.contains("Pmpe"),
             qPrintable(f.state("pump").reason));
    // The binding that compiled still works.
    QCOMPARE(f.state("pump").stroke, "red");
    QVERIFY(f.state("frame").bad);
    QVERIFY2(f.state("frame").reason.contains("phantom"), qPrintable(f.state("frame").reason));
    QVERIFY(!f.state("label").bad);
    QCOMPARE(f.state("label").text.value_or("<none>"), "1");
}

void tst_ScreenBindings::blinkAndNowFollowSetTime()
{
    Fixture f(Plant, {"alarm"},
              {binding("pump", BindingAttribute::Blink, "ET(alarm; BLINK(500))"),
               binding("label", BindingAttribute::Text, "FORMAT(INT(NOW() / 1000); 0)"),
               binding("frame", BindingAttribute::Stroke, R"(SI(alarm; "red"; "black"))")});
    QVERIFY(f.set->usesTime());
    f.setTag("alarm", good(true));
    f.setTime(1000);
    f.evaluate();
    QVERIFY(f.state("pump").blink); // 1000 / 500 = 2: on
    QCOMPARE(f.state("label").text.value_or("<none>"), "1");

    // The clock moves: only the formulas using it are evaluated, the changed ones reported.
    const quint64 before = f.set->evaluationCount();
    f.setTime(1500);
    QCOMPARE(f.evaluate(), QStringList {"pump"});
    QCOMPARE(f.set->evaluationCount(), before + 2);
    QVERIFY(!f.state("pump").blink);
    QCOMPARE(f.state("label").text.value_or("<none>"), "1");

    f.setTime(2000);
    QCOMPARE(f.evaluate(), (QStringList {"label", "pump"}));
    QVERIFY(f.state("pump").blink);
    QCOMPARE(f.state("label").text.value_or("<none>"), "2");

    f.setTime(2200);
    QVERIFY(f.evaluate().isEmpty());
    QCOMPARE(f.set->evaluationCount(), before + 6);

    // No alarm: no blinking, whatever the clock.
    f.setTag("alarm", good(false, 3000));
    f.evaluate();
    QVERIFY(!f.state("pump").blink);
    f.setTime(2500);
    QVERIFY(f.evaluate().isEmpty());
    QVERIFY(!f.state("pump").blink);

    Fixture untimed(Plant, {"alarm"}, {binding("pump", BindingAttribute::Fill, "\"red\"")});
    QVERIFY(!untimed.set->usesTime());
}

void tst_ScreenBindings::drawnValues()
{
    const SvgDocument doc = SvgDocument::parse(Plant);
    const int pump = doc.elementById("pump");
    QCOMPARE(drawnAttributeValue(doc, pump, "fill").text, "#e6e6e6");
    QCOMPARE(drawnAttributeValue(doc, pump, "stroke").text, "#2e2e2e");
    QCOMPARE(drawnAttributeValue(doc, pump, "opacity").number, 1.0);
    QCOMPARE(drawnAttributeValue(doc, pump, "barHeight").number, 1.0);
    QCOMPARE(drawnAttributeValue(doc, pump, "rotate").number, 0.0);
    QCOMPARE(drawnAttributeValue(doc, pump, "stroke-width").text, "2");
    QCOMPARE(drawnAttributeValue(doc, doc.elementById("label"), "text").text, "42");
}

void tst_ScreenBindings::hiddenInTheFile()
{
    // Inkscape's Hide (display:none): hidden as drawn, shown when a visible binding says so.
    const QByteArray svg = drawing(R"svg(
    <rect style="display:none;fill:#d62828" id="alarm" width="40" height="40" x="10" y="10" />
    <rect style="display:none;fill:#e6e6e6" id="pump" width="40" height="40" x="60" y="10" />
    <rect style="fill:#e6e6e6" id="valve" width="40" height="40" x="110" y="10" />
)svg");
    Fixture f(svg, {"alarm"},
              {binding("alarm", BindingAttribute::Visible, "alarm"),
               binding("pump", BindingAttribute::Fill, R"("#2e7d32")"),
               binding("valve", BindingAttribute::Fill, R"("#2e7d32")")});
    QVERIFY(!f.state("alarm").visible);
    QVERIFY(!f.state("pump").visible);
    QVERIFY(f.state("valve").visible);
    f.setTag("alarm", bad("no reply"));
    f.evaluate();
    QVERIFY(!f.state("alarm").visible); // as drawn while nothing good was read
    QVERIFY(f.state("alarm").bad);
    f.setTag("alarm", good(true));
    QCOMPARE(f.evaluate(), QStringList {"alarm"});
    QVERIFY(f.state("alarm").visible);
    QVERIFY(!f.state("pump").visible);
}

void tst_ScreenBindings::sessionFollowsTheTagTable()
{
    QTemporaryDir dir;
    QVERIFY(writeFile(dir.filePath("plant.svg"), Plant));
    TagCatalog catalog;
    for (const char *name : {"run", "level", "other"}) {
        TagInfo info;
        info.name = name;
        catalog.add(info);
    }
    TagTable tags;
    tags.build(catalog);
    ScreenAction action;
    action.element = "pump";
    action.kind = ScreenActionKind::Faceplate;
    action.target = "run";
    ScreenAction lost = action;
    lost.element = "ghost";
    const Screen screen =
        screenOf("plant.svg",
                 {binding("pump", BindingAttribute::Fill, R"(SI(run; "#2e7d32"; "#9e9e9e"))"),
                  binding("bar", BindingAttribute::BarHeight, "level / 100")},
                 {lost, action});
    ScreenSession session(screen, dir.path(), &tags);
    QVERIFY2(session.isValid(), qPrintable(session.errorString()));
    const int pump = session.document().elementById("pump");
    const int bar = session.document().elementById("bar");
    QCOMPARE(session.actionElements(), QList<int> {pump});
    QVERIFY(session.actionOf(pump));
    QCOMPARE(session.actionOf(pump)->target, "run");
    QVERIFY(!session.actionOf(bar));

    // Nothing read yet: bad, "not read yet".
    session.refreshAll();
    QVERIFY(session.bindings().state(pump).bad);
    QVERIFY2(session.bindings().state(pump).reason.contains("not read yet"),
             qPrintable(session.bindings().state(pump).reason));

    session.setUpdateInterval(10);
    QSignalSpy changed(&session, &ScreenSession::elementsChanged);
    tags.update(tags.idOf("run"), good(true));
    QVERIFY(changed.wait(2000));
    QCOMPARE(changed.takeFirst().at(0).value<QList<int>>(), QList<int> {pump});
    QCOMPARE(session.bindings().state(pump).fill, "#2e7d32");
    QVERIFY(!session.bindings().state(pump).bad);
    QVERIFY(session.bindings().state(bar).bad);

    // A tag no binding reads: no batch.
    tags.update(tags.idOf("other"), good(1));
    QVERIFY(!changed.wait(100));

    tags.update({{tags.idOf("level"), good(25)}, {tags.idOf("run"), good(false, 2000)}});
    QVERIFY(changed.wait(2000));
    QList<int> elements = changed.takeFirst().at(0).value<QList<int>>();
    std::sort(elements.begin(), elements.end());
    QCOMPARE(elements, (QList<int> {pump, bar}));
    QCOMPARE(session.bindings().state(bar).barHeight.value_or(-1), 0.25);
}

void tst_ScreenBindings::sessionErrors()
{
    QTemporaryDir dir;
    TagTable tags;
    tags.build(TagCatalog());
    ScreenSession missing(screenOf("nowhere.svg"), dir.path(), &tags);
    QVERIFY(!missing.isValid());
    QVERIFY2(missing.errorString().contains("nowhere.svg"), qPrintable(missing.errorString()));
    QVERIFY(missing.refreshAll().isEmpty());
    missing.setUpdateInterval(10);

    QVERIFY(writeFile(dir.filePath("broken.svg"),
                      "<svg xmlns=\"http://www.w3.org/2000/svg\">\n<g>\n</svg>"));
    ScreenSession broken(screenOf("broken.svg"), dir.path(), &tags);
    QVERIFY(!broken.isValid());
    QVERIFY2(broken.errorString().contains("broken.svg, line 3, column"),
             qPrintable(broken.errorString()));
}

QTEST_GUILESS_MAIN(tst_ScreenBindings)
#include "tst_screenbindings.moc"
