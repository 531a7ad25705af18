// Drawing a screen (ScreenRenderer), checked on the pixels of offscreen images: units drawn as
// the file draws them, the file's stacking order held over changing units, rotations, bars and
// translations landing where they should, opacity and text, the bad-quality look, hiding and
// blinking (of units and of elements inside them), scaled paints, the dirty rectangles and
// partial repaints; broken drawings draw nothing and do not crash. tst_screenlive feeds the
// renderer from bindings, sessions and the demo's Station.
#include "screenpixels.h"
#include "screens/screenrenderer.h"
#include "screens/svgdocument.h"

#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTest>

#include <functional>

using namespace Vigie;

// Declared before the test data: moc 6.4 did not find the class after its raw strings.
class tst_ScreenRender : public QObject
{
    Q_OBJECT

private slots:
    void drawsLikeTheFile();
    void staticOverlayStaysOnTop();
    void rotation();
    void rotationAboutOwnOrigin();
    void ownTransformsOfSeveralElements();
    void barHeightFillsFromTheBottom();
    void barWidthFillsFromTheLeft();
    void translation();
    void badQualityLook();
    void visibleFalseHides();
    void blinkHidesInTheOffPhase();
    void memberInsideAUnit();
    void opacityAndText();
    void shownWhenHiddenInTheFile();
    void scaledAndLetterboxed();
    void dirtyRectAndRebuilds();
    void exposedRectOnly();
    void elementAt();
    void brokenDrawings_data();
    void brokenDrawings();
};

namespace {

// A 200 × 200 drawing drawn 1:1: a white page, then in file order
// - pump: a bound square (20,20)-(60,60), no stroke;
// - under: a static bar drawn before the tank, partly under it;
// - tank: a bound level (100,20)-(140,120);
// - mark: a static black line drawn after the tank, over it (y 60–64);
// - needle: a horizontal bar (20,100)-(60,106) that turns about its centre;
// - slider: a square (20,150)-(30,160) that moves right;
// - arm: a bar drawn with its own transform, turning about its own origin;
// - label: a static text far from everything.
const QByteArray Drawing = R"svg(<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<svg width="200" height="200" viewBox="0 0 200 200" version="1.1" id="svg1"
   xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape"
   xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd"
   xmlns="http://www.w3.org/2000/svg" xmlns:svg="http://www.w3.org/2000/svg">
  <sodipodi:namedview id="namedview1" pagecolor="#ffffff" />
  <defs id="defs1" />
  <g inkscape:label="Fond" inkscape:groupmode="layer" id="layer1">
    <rect style="fill:#ffffff;stroke:none" id="page" width="200" height="200" x="0" y="0" />
  </g>
  <g inkscape:label="Equipements" inkscape:groupmode="layer" id="layer2">
    <rect style="fill:#e6e6e6;stroke:none" id="pump" width="40" height="40" x="20" y="20" />
    <rect style="fill:#00ffff;stroke:none" id="under" width="60" height="4" x="90" y="40" />
    <rect style="fill:#8d99a5;stroke:none" id="tank" width="40" height="100" x="100" y="20" />
    <rect style="fill:#000000;stroke:none" id="mark" width="20" height="4" x="110" y="60" />
    <rect style="fill:#0000ff;stroke:none" id="needle" width="40" height="6" x="20" y="100" />
    <rect style="fill:#00aa00;stroke:none" id="slider" width="10" height="10" x="20" y="150" />
    <rect style="fill:#ff8000;stroke:none" id="arm" width="30" height="6" x="0" y="-3"
       transform="translate(150,170)" />
    <text xml:space="preserve" style="font-size:10px;fill:#1e1e1e" x="150" y="12"
       id="label"><tspan sodipodi:role="line" id="tspan1" x="150" y="12">T-101</tspan></text>
  </g>
</svg>
)svg";

ElementState stateWith(const std::function<void(ElementState &)> &change)
{
    ElementState s;
    change(s);
    return s;
}

// A renderer over Drawing with the bound elements dynamic, drawn 1:1 into 200 × 200 images.
struct Scene
{
    explicit Scene(const QByteArray &svg = Drawing,
                   const QStringList &dynamic = {"pump", "tank", "needle", "slider", "arm"},
                   const QStringList &rotating = {"needle", "arm"},
                   const QStringList &moving = {"slider"})
        : document(SvgDocument::parse(svg, QStringLiteral("scene.svg")))
    {
        QList<ScreenRenderer::DynamicElement> elements;
        for (const QString &id : dynamic) {
            ScreenRenderer::DynamicElement d;
            d.element = document.elementById(id);
            d.rotates = rotating.contains(id);
            d.translates = moving.contains(id);
            elements.append(d);
        }
        renderer = std::make_unique<ScreenRenderer>(document, elements);
    }

    int element(const QString &id) const { return document.elementById(id); }
    QRectF set(const QString &id, const ElementState &state)
    {
        return renderer->setState(element(id), state);
    }
    QImage paint(qint64 nowMs = 0, const QRectF &exposed = Whole,
                 const QColor &fill = Background) const
    {
        QImage image(200, 200, QImage::Format_ARGB32_Premultiplied);
        image.fill(fill);
        QPainter painter(&image);
        renderer->paint(&painter, Whole, Whole, exposed, 1.0, nowMs);
        return image;
    }

    SvgDocument document;
    std::unique_ptr<ScreenRenderer> renderer;
};

} // namespace

void tst_ScreenRender::drawsLikeTheFile()
{
    Scene scene;
    QVERIFY(scene.renderer->isValid());
    QCOMPARE(scene.renderer->viewBox(), Whole);
    QCOMPARE(scene.renderer->unitCount(), 5 + scene.renderer->staticOverlayCount());
    // Units with their undriven state draw exactly what QtSvg draws of the whole file.
    QImage reference(200, 200, QImage::Format_ARGB32_Premultiplied);
    reference.fill(Background);
    {
        QPainter painter(&reference);
        QSvgRenderer(Drawing).render(&painter, Whole);
    }
    const QImage drawn = scene.paint();
    QCOMPARE_COLOUR(drawn, 40, 40, QColor(0xe6, 0xe6, 0xe6));
    QCOMPARE_COLOUR(drawn, 120, 100, QColor(0x8d, 0x99, 0xa5));
    QCOMPARE_COLOUR(drawn, 120, 62, Qt::black);
    QCOMPARE_COLOUR(drawn, 95, 42, QColor(0x00, 0xff, 0xff));
    QCOMPARE_COLOUR(drawn, 120, 42, QColor(0x8d, 0x99, 0xa5)); // the tank is over "under"
    QCOMPARE_COLOUR(drawn, 40, 103, Qt::blue);
    QCOMPARE_COLOUR(drawn, 165, 170, QColor(0xff, 0x80, 0x00));
    QCOMPARE_COLOUR(drawn, 100, 180, Background);
    const int differences = differing(drawn, reference, reference.rect());
    QVERIFY2(differences < 50, qPrintable(QString::number(differences)));
}

void tst_ScreenRender::staticOverlayStaysOnTop()
{
    Scene scene;
    // "mark" is drawn after the tank and over it: it must stay above the tank whatever the tank
    // becomes. "under", drawn before, stays under. The text far away is left static.
    QVERIFY(scene.renderer->staticOverlayCount() >= 1);
    scene.set("tank", stateWith([](ElementState &s) { s.fill = "#d62828"; }));
    const QImage image = scene.paint();
    QCOMPARE_COLOUR(image, 120, 100, QColor(0xd6, 0x28, 0x28));
    QCOMPARE_COLOUR(image, 105, 62, QColor(0xd6, 0x28, 0x28));
    QCOMPARE_COLOUR(image, 120, 62, Qt::black);
    QCOMPARE_COLOUR(image, 115, 61, Qt::black);
    QCOMPARE_COLOUR(image, 120, 42, QColor(0xd6, 0x28, 0x28));
    QCOMPARE_COLOUR(image, 95, 42, QColor(0x00, 0xff, 0xff));
    QCOMPARE_COLOUR(image, 145, 42, QColor(0x00, 0xff, 0xff));
    // A moved tank still goes under the mark.
    scene.set("tank", stateWith([](ElementState &s) {
                  s.fill = "#d62828";
                  s.barHeight = 0.7;
              }));
    const QImage lower = scene.paint();
    QCOMPARE_COLOUR(lower, 120, 62, Qt::black);
    QCOMPARE_COLOUR(lower, 105, 62, QColor(0xd6, 0x28, 0x28));
    QCOMPARE_COLOUR(lower, 105, 45, Background); // above the level: the page
    QCOMPARE_COLOUR(lower, 95, 42, QColor(0x00, 0xff, 0xff));
}

void tst_ScreenRender::rotation()
{
    Scene scene;
    const QImage before = scene.paint();
    QCOMPARE_COLOUR(before, 25, 103, Qt::blue);
    QCOMPARE_COLOUR(before, 40, 88, Background);
    // 90° clockwise about its centre (40, 103): now upright, (37,83)-(43,123).
    scene.set("needle", stateWith([](ElementState &s) { s.rotate = 90; }));
    const QImage turned = scene.paint();
    QCOMPARE_COLOUR(turned, 25, 103, Background);
    QCOMPARE_COLOUR(turned, 55, 103, Background);
    QCOMPARE_COLOUR(turned, 40, 88, Qt::blue);
    QCOMPARE_COLOUR(turned, 40, 118, Qt::blue);
    QCOMPARE_COLOUR(turned, 40, 103, Qt::blue);
    // About a given centre, in the element's coordinates: its left end (20, 103).
    scene.set("needle", stateWith([](ElementState &s) {
                  s.rotate = 90;
                  s.centerX = 20;
                  s.centerY = 103;
              }));
    const QImage aboutEnd = scene.paint();
    QCOMPARE_COLOUR(aboutEnd, 40, 103, Background);
    QCOMPARE_COLOUR(aboutEnd, 20, 130, Qt::blue);
    QCOMPARE_COLOUR(aboutEnd, 20, 140, Qt::blue);
    QCOMPARE_COLOUR(aboutEnd, 20, 145, Background);
}

void tst_ScreenRender::rotationAboutOwnOrigin()
{
    // The arm is drawn at its own origin, placed by its transform at (150, 170). Its centre of
    // rotation is given in its own coordinates (the model's and ElementState's word): (0, 0).
    Scene scene;
    const QImage before = scene.paint();
    QCOMPARE_COLOUR(before, 175, 170, QColor(0xff, 0x80, 0x00));
    scene.set("arm", stateWith([](ElementState &s) {
                  s.rotate = 90;
                  s.centerX = 0;
                  s.centerY = 0;
              }));
    const QImage turned = scene.paint();
    QCOMPARE_COLOUR(turned, 175, 170, Background);
    QCOMPARE_COLOUR(turned, 150, 190, QColor(0xff, 0x80, 0x00));
    QCOMPARE_COLOUR(turned, 150, 175, QColor(0xff, 0x80, 0x00));
}

void tst_ScreenRender::ownTransformsOfSeveralElements()
{
    // The own transforms are read together (one QtSvg load): each element still gets its own.
    const QByteArray svg = R"svg(<svg xmlns="http://www.w3.org/2000/svg" width="200" height="200"
     viewBox="0 0 200 200">
  <rect id="a" width="30" height="6" x="0" y="-3" fill="#ff0000" transform="translate(50,50)"/>
  <rect id="plain" width="10" height="10" x="0" y="0" fill="#00ff00"/>
  <rect id="b" width="30" height="6" x="0" y="-3" fill="#0000ff"
     transform="translate(150,150)"/>
</svg>)svg";
    Scene scene(svg, {"a", "plain", "b"}, {"a", "b"}, {});
    for (const QString &id : {u"a"_qs, u"b"_qs}) {
        scene.set(id, stateWith([](ElementState &s) {
                      s.rotate = 90;
                      s.centerX = 0;
                      s.centerY = 0;
                  }));
    }
    const QImage turned = scene.paint();
    QCOMPARE_COLOUR(turned, 65, 50, Background);
    QCOMPARE_COLOUR(turned, 50, 70, QColor(0xff, 0x00, 0x00));
    QCOMPARE_COLOUR(turned, 165, 150, Background);
    QCOMPARE_COLOUR(turned, 150, 170, QColor(0x00, 0x00, 0xff));
    QCOMPARE_COLOUR(turned, 5, 5, QColor(0x00, 0xff, 0x00));
}

void tst_ScreenRender::barHeightFillsFromTheBottom()
{
    Scene scene;
    scene.set("tank", stateWith([](ElementState &s) { s.barHeight = 0.5; }));
    const QImage image = scene.paint();
    // The tank is (100,20)-(140,120): half is (100,70)-(140,120).
    QCOMPARE_COLOUR(image, 105, 115, QColor(0x8d, 0x99, 0xa5));
    QCOMPARE_COLOUR(image, 105, 72, QColor(0x8d, 0x99, 0xa5));
    QCOMPARE_COLOUR(image, 105, 67, Background);
    QCOMPARE_COLOUR(image, 105, 30, Background);
    QCOMPARE_COLOUR(image, 138, 100, QColor(0x8d, 0x99, 0xa5)); // full width
    QCOMPARE_COLOUR(image, 145, 100, Background);
    QCOMPARE(scene.renderer->bounds(scene.element("tank")), QRectF(100, 70, 40, 50));

    scene.set("tank", stateWith([](ElementState &s) { s.barHeight = 0.0; }));
    const QImage empty = scene.paint();
    QCOMPARE_COLOUR(empty, 105, 115, Background);
    QCOMPARE_COLOUR(empty, 120, 62, Qt::black);
}

void tst_ScreenRender::barWidthFillsFromTheLeft()
{
    Scene scene;
    scene.set("tank", stateWith([](ElementState &s) { s.barWidth = 0.25; }));
    const QImage image = scene.paint();
    QCOMPARE_COLOUR(image, 102, 100, QColor(0x8d, 0x99, 0xa5));
    QCOMPARE_COLOUR(image, 108, 100, QColor(0x8d, 0x99, 0xa5));
    QCOMPARE_COLOUR(image, 112, 100, Background);
    QCOMPARE_COLOUR(image, 102, 22, QColor(0x8d, 0x99, 0xa5)); // full height
    // A quarter of (100,20)-(140,120) from the left.
    QCOMPARE(scene.renderer->bounds(scene.element("tank")), QRectF(100, 20, 10, 100));
}

void tst_ScreenRender::translation()
{
    Scene scene;
    scene.set("slider", stateWith([](ElementState &s) { s.translateX = 30; }));
    const QImage image = scene.paint();
    QCOMPARE_COLOUR(image, 25, 155, Background);
    QCOMPARE_COLOUR(image, 55, 155, QColor(0x00, 0xaa, 0x00));
    QCOMPARE_COLOUR(image, 45, 155, Background);
    QCOMPARE(scene.renderer->bounds(scene.element("slider")), QRectF(50, 150, 10, 10));
    scene.set("slider", stateWith([](ElementState &s) {
                  s.translateX = 100;
                  s.translateY = -10;
              }));
    const QImage moved = scene.paint();
    QCOMPARE_COLOUR(moved, 125, 145, QColor(0x00, 0xaa, 0x00));
    QCOMPARE_COLOUR(moved, 55, 155, Background);
}

void tst_ScreenRender::badQualityLook()
{
    Scene scene;
    scene.set("pump", stateWith([](ElementState &s) { s.fill = "#ffffff"; }));
    const QImage good = scene.paint();
    QCOMPARE_COLOUR(good, 40, 40, Background);
    scene.set("pump", stateWith([](ElementState &s) {
                  s.fill = "#ffffff";
                  s.bad = true;
                  s.reason = "fill: input [Pompe] is Bad: no reply";
              }));
    const QImage bad = scene.paint();
    // The look is over the element and its outline only, a few pixels around it.
    QVERIFY(differencesWithin(good, bad, QRect(15, 15, 50, 50)));
    // Grey hatch lines across the element: grey pixels on each row, white between them.
    int hatched = 0;
    for (int y = 24; y < 56; ++y) {
        int grey = 0;
        int white = 0;
        for (int x = 24; x < 56; ++x) {
            const QColor c = bad.pixelColor(x, y);
            const bool isGrey = c.red() == c.green() && c.green() == c.blue() && c.red() < 0xe0;
            grey += isGrey;
            white += same(c, Background, 0);
        }
        hatched += grey > 0 && white > 0;
    }
    QCOMPARE(hatched, 32);
    // A dashed grey outline just outside: grey and white along its left edge.
    int outline = 0;
    for (int y = 18; y < 62; ++y) {
        for (int x = 16; x < 20; ++x) {
            const QColor c = bad.pixelColor(x, y);
            outline += c.red() == c.green() && c.green() == c.blue() && c.red() < 0x90;
        }
    }
    QVERIFY2(outline >= 10 && outline < 4 * 44, qPrintable(QString::number(outline)));
    // Without the flag, none of it.
    scene.set("pump", stateWith([](ElementState &s) { s.fill = "#ffffff"; }));
    QCOMPARE(scene.paint(), good);
    // A hidden element shows no look either.
    scene.set("pump", stateWith([](ElementState &s) {
                  s.bad = true;
                  s.visible = false;
              }));
    QCOMPARE_COLOUR(scene.paint(), 40, 40, Background);
    QCOMPARE_COLOUR(scene.paint(), 18, 40, Background);
}

void tst_ScreenRender::visibleFalseHides()
{
    Scene scene;
    scene.set("tank", stateWith([](ElementState &s) { s.visible = false; }));
    const QImage image = scene.paint();
    QCOMPARE_COLOUR(image, 120, 100, Background);
    QCOMPARE_COLOUR(image, 120, 42, QColor(0x00, 0xff, 0xff)); // what it covered shows
    QCOMPARE_COLOUR(image, 120, 62, Qt::black);
    QVERIFY(scene.renderer->bounds(scene.element("tank")).isEmpty());
    scene.set("tank", ElementState());
    QCOMPARE_COLOUR(scene.paint(), 120, 100, QColor(0x8d, 0x99, 0xa5));
}

void tst_ScreenRender::blinkHidesInTheOffPhase()
{
    Scene scene;
    QVERIFY(!scene.renderer->hasBlinking());
    scene.set("pump", stateWith([](ElementState &s) {
                  s.fill = "#d62828";
                  s.blink = true;
              }));
    QVERIFY(scene.renderer->hasBlinking());
    QCOMPARE(ScreenRenderer::BlinkPeriodMs, 1000);
    const QColor red(0xd6, 0x28, 0x28);
    QCOMPARE_COLOUR(scene.paint(0), 40, 40, red);
    QCOMPARE_COLOUR(scene.paint(499), 40, 40, red);
    QCOMPARE_COLOUR(scene.paint(500), 40, 40, Background);
    QCOMPARE_COLOUR(scene.paint(999), 40, 40, Background);
    QCOMPARE_COLOUR(scene.paint(1000), 40, 40, red);
    QCOMPARE_COLOUR(scene.paint(1'700'000'000'600), 40, 40, Background);
    // Others do not blink.
    QCOMPARE_COLOUR(scene.paint(600), 120, 100, QColor(0x8d, 0x99, 0xa5));
    scene.set("pump", stateWith([](ElementState &s) { s.fill = "#d62828"; }));
    QVERIFY(!scene.renderer->hasBlinking());
    QCOMPARE_COLOUR(scene.paint(600), 40, 40, red);
}

void tst_ScreenRender::memberInsideAUnit()
{
    // A clickable group (a unit of its own) holding bound shapes: the body blinks and turns
    // red, the indicator hides; each drawn as its state says, the group around them as drawn.
    const QByteArray svg = R"svg(<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 200"
        width="200" height="200">
      <g id="pump_group">
        <rect id="casing" x="10" y="10" width="100" height="100" style="fill:#cccccc" />
        <rect id="body" x="20" y="20" width="30" height="30" style="fill:#e6e6e6" />
        <rect id="lamp" x="150" y="150" width="20" height="20" style="fill:#ffff00" />
        <rect id="indicator" x="60" y="20" width="30" height="30" style="fill:#00aa00" />
      </g>
    </svg>)svg";
    Scene scene(svg, {"pump_group", "body", "indicator", "lamp"}, {}, {});
    QCOMPARE(scene.renderer->unitCount(), 1);
    const QColor red(0xd6, 0x28, 0x28);
    scene.set("body", stateWith([](ElementState &s) {
                  s.fill = "#d62828";
                  s.blink = true;
              }));
    scene.set("indicator", stateWith([](ElementState &s) { s.visible = false; }));
    scene.set("lamp", stateWith([](ElementState &s) { s.blink = true; }));
    QVERIFY(scene.renderer->hasBlinking());
    const QImage on = scene.paint(0);
    QCOMPARE_COLOUR(on, 35, 35, red);
    QCOMPARE_COLOUR(on, 75, 35, QColor(0xcc, 0xcc, 0xcc));
    QCOMPARE_COLOUR(on, 15, 15, QColor(0xcc, 0xcc, 0xcc));
    // In the off phase the blinking body is hidden, the group still drawn.
    const QImage off = scene.paint(500);
    QCOMPARE_COLOUR(off, 35, 35, QColor(0xcc, 0xcc, 0xcc));
    QCOMPARE_COLOUR(off, 15, 15, QColor(0xcc, 0xcc, 0xcc));
    // Its place does not change with the phase (a repaint there shows it again).
    QCOMPARE(scene.renderer->bounds(scene.element("lamp")), QRectF(10, 10, 160, 160));
    QCOMPARE_COLOUR(off, 160, 160, Background);
    QCOMPARE_COLOUR(on, 160, 160, QColor(0xff, 0xff, 0x00));
    QCOMPARE(scene.paint(1000), on);
    // Rebuilt when the phase turns, not on every paint.
    const quint64 rebuilds = scene.renderer->rebuilds();
    scene.paint(1100);
    scene.paint(1200);
    QCOMPARE(scene.renderer->rebuilds(), rebuilds);
    scene.paint(1600);
    QCOMPARE(scene.renderer->rebuilds(), rebuilds + 1);
    // It stops blinking in the off phase: shown again.
    scene.set("body", stateWith([](ElementState &s) { s.fill = "#d62828"; }));
    QCOMPARE_COLOUR(scene.paint(1700), 35, 35, red);
    // A bad member puts the look over the unit.
    scene.set("indicator", stateWith([](ElementState &s) {
                  s.visible = false;
                  s.bad = true;
              }));
    QVERIFY(differing(scene.paint(0), on, QRect(0, 0, 200, 200)) > 0);
}

void tst_ScreenRender::opacityAndText()
{
    Scene scene(Drawing, {"pump", "label"}, {}, {});
    const QImage before = scene.paint();
    scene.set("pump", stateWith([](ElementState &s) {
                  s.fill = "#000000";
                  s.opacity = 0.5;
              }));
    const QImage half = scene.paint();
    QCOMPARE_COLOUR(half, 40, 40, QColor(0x80, 0x80, 0x80));
    scene.set("pump", stateWith([](ElementState &s) { s.opacity = 0.0; }));
    QCOMPARE_COLOUR(scene.paint(), 40, 40, Background);
    // A new text: the label's pixels change, nothing else.
    scene.set("pump", ElementState());
    scene.set("label", stateWith([](ElementState &s) { s.text = "P-101 ###"; }));
    const QImage relabelled = scene.paint();
    QVERIFY(differing(before, relabelled, QRect(140, 0, 60, 20)) > 20);
    QVERIFY(differencesWithin(before, relabelled, QRect(140, 0, 60, 20)));
}

void tst_ScreenRender::shownWhenHiddenInTheFile()
{
    // Inkscape's Hide writes display:none; a visible binding is how a screen shows it on an
    // alarm. Without one, or until it says so, it stays hidden, as drawn.
    const QByteArray svg = R"svg(<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 200"
        width="200" height="200">
      <rect id="alarm" x="20" y="20" width="40" height="40" style="display:none;fill:#d62828" />
      <rect id="tag" x="100" y="20" width="40" height="40" visibility="hidden" fill="#0000ff" />
      <rect id="pump" x="20" y="100" width="40" height="40" style="display:none;fill:#00aa00" />
    </svg>)svg";
    Scene scene(svg, {"alarm", "tag", "pump"}, {}, {});
    const QImage drawn = scene.paint();
    QCOMPARE_COLOUR(drawn, 40, 40, Background);
    QCOMPARE_COLOUR(drawn, 120, 40, Background);
    QCOMPARE_COLOUR(drawn, 40, 120, Background);
    QVERIFY(scene.renderer->bounds(scene.element("alarm")).isEmpty());

    scene.set("alarm", stateWith([](ElementState &s) { s.visible = true; }));
    scene.set("tag", stateWith([](ElementState &s) { s.visible = true; }));
    scene.set("pump", stateWith([](ElementState &s) {
                  s.visible = false;
                  s.fill = "#ffff00";
              }));
    const QImage shown = scene.paint();
    QCOMPARE_COLOUR(shown, 40, 40, QColor(0xd6, 0x28, 0x28));
    QCOMPARE_COLOUR(shown, 120, 40, Qt::blue);
    QCOMPARE_COLOUR(shown, 40, 120, Background);
    QCOMPARE(scene.renderer->bounds(scene.element("alarm")), QRectF(20, 20, 40, 40));

    scene.set("alarm", stateWith([](ElementState &s) { s.visible = false; }));
    QCOMPARE_COLOUR(scene.paint(), 40, 40, Background);
}

void tst_ScreenRender::scaledAndLetterboxed()
{
    // Drawn twice as large into a wider target: the drawing is centred, 400 × 400 at x 100.
    Scene scene;
    scene.set("pump", stateWith([](ElementState &s) { s.fill = "#2e7d32"; }));
    scene.set("tank", stateWith([](ElementState &s) { s.barHeight = 0.5; }));
    const QRectF target(0, 0, 600, 400);
    QCOMPARE(scene.renderer->viewTransform(target).map(QPointF(0, 0)), QPointF(100, 0));
    QCOMPARE(scene.renderer->viewTransform(target).map(QPointF(200, 200)), QPointF(500, 400));
    QImage image(600, 400, QImage::Format_ARGB32_Premultiplied);
    image.fill(Sentinel);
    {
        QPainter painter(&image);
        scene.renderer->paint(&painter, target, target, target);
    }
    const auto at = [](double x, double y) { return QPoint(int(100 + 2 * x), int(2 * y)); };
    QCOMPARE_COLOUR(image, at(40, 40).x(), at(40, 40).y(), QColor(0x2e, 0x7d, 0x32));
    QCOMPARE_COLOUR(image, at(61, 40).x(), at(61, 40).y(), Background);
    QCOMPARE_COLOUR(image, at(105, 110).x(), at(105, 110).y(), QColor(0x8d, 0x99, 0xa5));
    QCOMPARE_COLOUR(image, at(105, 66).x(), at(105, 66).y(), Background);
    QCOMPARE_COLOUR(image, at(120, 62).x(), at(120, 62).y(), Qt::black);
    QCOMPARE_COLOUR(image, 50, 200, Sentinel); // the margins are not painted
    QCOMPARE_COLOUR(image, 550, 200, Sentinel);
    // On a HiDPI device: the same drawing, twice the pixels.
    QImage hidpi(400, 400, QImage::Format_ARGB32_Premultiplied);
    hidpi.setDevicePixelRatio(2);
    hidpi.fill(Sentinel);
    {
        QPainter painter(&hidpi);
        scene.renderer->paint(&painter, Whole, Whole, Whole, 2.0);
    }
    QCOMPARE_COLOUR(hidpi, 80, 80, QColor(0x2e, 0x7d, 0x32));
    QCOMPARE_COLOUR(hidpi, 210, 220, QColor(0x8d, 0x99, 0xa5));
    QCOMPARE_COLOUR(hidpi, 240, 124, Qt::black);
    QCOMPARE_COLOUR(hidpi, 390, 390, Background);
}

void tst_ScreenRender::dirtyRectAndRebuilds()
{
    Scene scene;
    const quint64 start = scene.renderer->rebuilds();
    QCOMPARE(start, quint64(scene.renderer->unitCount())); // each unit built once

    // A move: the old and the new place.
    const QRectF moved = scene.set("slider", stateWith([](ElementState &s) { s.translateX = 50; }));
    QVERIFY2(moved.contains(QRectF(20, 150, 10, 10)),
             qPrintable(QString("%1 %2 %3 %4")
                            .arg(moved.x())
                            .arg(moved.y())
                            .arg(moved.width())
                            .arg(moved.height())));
    QVERIFY(moved.contains(QRectF(70, 150, 10, 10)));
    QVERIFY(moved.width() <= 62 && moved.height() <= 12);
    QCOMPARE(scene.renderer->rebuilds(), start + 1);

    // A level going down: the old bounds hold the new ones.
    scene.set("tank", stateWith([](ElementState &s) { s.barHeight = 0.3; }));
    const QRectF fuller = scene.set("tank", stateWith([](ElementState &s) { s.barHeight = 0.8; }));
    QVERIFY(fuller.contains(QRectF(100, 40, 40, 80)));
    QVERIFY(fuller.top() >= 39);
    QCOMPARE(scene.renderer->rebuilds(), start + 3);

    // Only the quality, or only the blinking: redrawn where it is, not rebuilt.
    const QRectF flagged = scene.set("pump", stateWith([](ElementState &s) { s.bad = true; }));
    QVERIFY(flagged.contains(QRectF(20, 20, 40, 40)));
    scene.set("pump", stateWith([](ElementState &s) {
                  s.bad = true;
                  s.blink = true;
              }));
    QCOMPARE(scene.renderer->rebuilds(), start + 3);
    // The same state again: nothing rebuilt.
    scene.set("tank", stateWith([](ElementState &s) { s.barHeight = 0.8; }));
    QCOMPARE(scene.renderer->rebuilds(), start + 3);
    // An element that is no unit: nothing.
    QVERIFY(scene.set("under", stateWith([](ElementState &s) { s.fill = "red"; })).isEmpty());
    QVERIFY(scene.renderer->setState(-1, ElementState()).isEmpty());
    QVERIFY(scene.renderer->setState(100000, ElementState()).isEmpty());
    QCOMPARE(scene.renderer->rebuilds(), start + 3);

    // Painting again and again renders the static layer once (per scale).
    scene.paint();
    const quint64 statics = scene.renderer->staticRenders();
    QVERIFY(statics >= 1);
    scene.paint();
    scene.paint(500);
    QCOMPARE(scene.renderer->staticRenders(), statics);
}

void tst_ScreenRender::exposedRectOnly()
{
    Scene scene;
    const QRectF exposed(0, 0, 100, 80);
    const QImage image = scene.paint(0, exposed, Sentinel);
    const QImage whole = scene.paint();
    for (int y = 0; y < 200; ++y) {
        for (int x = 0; x < 200; ++x) {
            if (exposed.contains(QPointF(x + 0.5, y + 0.5))) {
                if (image.pixel(x, y) != whole.pixel(x, y))
                    QFAIL(qPrintable(QString("(%1, %2) not drawn").arg(x).arg(y)));
            } else if (image.pixelColor(x, y) != Sentinel) {
                QFAIL(qPrintable(
                    QString("(%1, %2) drawn outside the exposed rectangle").arg(x).arg(y)));
            }
        }
    }
}

void tst_ScreenRender::elementAt()
{
    Scene scene;
    const int pump = scene.element("pump");
    const int tank = scene.element("tank");
    QCOMPARE(scene.renderer->elementAt({40, 40}, {pump, tank}), pump);
    QCOMPARE(scene.renderer->elementAt({120, 100}, {pump, tank}), tank);
    QCOMPARE(scene.renderer->elementAt({80, 180}, {pump, tank}), -1);
    scene.set("tank", stateWith([](ElementState &s) { s.barHeight = 0.5; }));
    QCOMPARE(scene.renderer->elementAt({120, 30}, {pump, tank}), -1);
}

void tst_ScreenRender::brokenDrawings_data()
{
    QTest::addColumn<QByteArray>("svg");
    QTest::addColumn<bool>("drawable");

    const QByteArray head = R"svg(<svg xmlns="http://www.w3.org/2000/svg"
        xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 200 200" width="200" height="200">)svg";
    QTest::newRow("not XML") << QByteArray("this is not an svg") << false;
    QTest::newRow("empty") << QByteArray() << false;
    QTest::newRow("unclosed") << head + R"svg(<rect id="a" width="10" height="10">)svg" << false;
    QTest::newRow("not svg") << QByteArray(R"svg(<html><rect id="a"/></html>)svg") << false;
    QTest::newRow("no size") << QByteArray(R"svg(<svg xmlns="http://www.w3.org/2000/svg">
        <rect id="a" width="10" height="10" style="fill:red"/></svg>)svg")
                             << true;
    QTest::newRow("marker") << head
            + R"svg(<defs><marker id="m"><path d="M0,0 L5,5"/></marker></defs>
        <path id="a" d="M10,10 H100" style="stroke:#000;marker-end:url(#m)"/></svg>)svg"
                            << true;
    QTest::newRow("clip path and mask")
        << head + R"svg(<defs><clipPath id="c"><rect width="5" height="5"/></clipPath>
        <mask id="k"><rect width="5" height="5" fill="white"/></mask></defs>
        <rect id="a" width="50" height="50" clip-path="url(#c)" mask="url(#k)"/></svg>)svg"
        << true;
    QTest::newRow("filter and pattern")
        << head + R"svg(<defs><filter id="f"><feGaussianBlur stdDeviation="2"/></filter>
        <pattern id="p" width="4" height="4"><rect width="2" height="2"/></pattern></defs>
        <rect id="a" width="50" height="50" style="fill:url(#p);filter:url(#f)"/></svg>)svg"
        << true;
    QTest::newRow("symbol and use")
        << head + R"svg(<defs><symbol id="s"><rect width="5" height="5"/></symbol></defs>
        <use id="a" xlink:href="#s" x="10" y="10"/><use id="b" xlink:href="#nowhere"/></svg>)svg"
        << true;
    QTest::newRow("foreignObject, textPath, flowRoot")
        << head + R"svg(<foreignObject id="a" width="50" height="50"><div>x</div></foreignObject>
        <path id="p" d="M0,0 H100"/><text id="b"><textPath xlink:href="#p">t</textPath></text>
        <flowRoot xmlns="http://www.w3.org/2000/svg" id="c"><flowRegion><rect width="9"
        height="9"/></flowRegion><flowPara>x</flowPara></flowRoot></svg>)svg"
        << true;
    QTest::newRow("nested svg and colours")
        << head + R"svg(<svg id="a" x="10" y="10" width="50" height="50" viewBox="0 0 10 10">
        <rect width="10" height="10" style="fill:var(--x)"/></svg>
        <rect id="b" width="9" height="9" style="fill:rgba(1,2,3,0.5);stroke:hsl(1,2%,3%)"/></svg>)svg"
        << true;
    QTest::newRow("empty shapes") << head
            + R"svg(<g id="a"/><rect id="b" width="0" height="0"/><path id="c" d=""/>
        <text id="d"></text><circle id="e" r="-5"/></svg>)svg"
                                  << true;
    QTest::newRow("huge numbers") << head
            + R"svg(<rect id="a" width="1e308" height="1e308" x="-1e308"
        transform="scale(1e308)"/><rect id="b" width="nan" height="inf"/></svg>)svg"
                                  << true;
}

void tst_ScreenRender::brokenDrawings()
{
    QFETCH(QByteArray, svg);
    QFETCH(bool, drawable);
    const SvgDocument document = SvgDocument::parse(svg);
    QList<ScreenRenderer::DynamicElement> dynamic;
    for (const char *id : {"a", "b", "c", "d", "e"}) {
        const int element = document.elementById(id);
        dynamic.append({element, element % 2 == 0, element % 3 == 0});
    }
    dynamic.append({-1, false, false});
    dynamic.append({1, true, true}); // whatever node 1 is: a text node, an element, nothing
    dynamic.append({1000000, true, true});
    ScreenRenderer renderer(document, dynamic);
    QCOMPARE(renderer.isValid(), drawable);
    ElementState state;
    state.fill = "#ff0000";
    state.rotate = 45;
    state.translateX = 1e300;
    state.barHeight = 0.5;
    state.text = "x";
    state.bad = true;
    state.blink = true;
    for (const auto &d : dynamic)
        renderer.setState(d.element, state);
    QImage image(64, 64, QImage::Format_ARGB32_Premultiplied);
    image.fill(Background);
    QPainter painter(&image);
    renderer.paint(&painter, QRectF(0, 0, 64, 64), QRectF(0, 0, 64, 64), QRectF(0, 0, 64, 64));
    renderer.paint(&painter, QRectF(0, 0, 0, 0), QRectF(0, 0, 64, 64), QRectF(0, 0, 64, 64));
    renderer.paint(&painter, QRectF(0, 0, 64, 64), QRectF(), QRectF(), 2.0, 700);
    (void)renderer.elementAt({5, 5}, {0, 1, 2, 3});
    for (const auto &d : dynamic)
        (void)renderer.bounds(d.element);
}

QTEST_MAIN(tst_ScreenRender)
#include "tst_screenrender.moc"
