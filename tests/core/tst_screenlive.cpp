// The screen renderer fed live: a binding set following a tag, a session over a tag table
// planning a turning pointer from its binding, and the demo's Procédé screen read through a
// real Station (Station::readOnce, ScreenSession::refreshAll, ScreenRenderer::forSession).
#include "model/project.h"
#include "projectcheck.h"
#include "screenpixels.h"
#include "screens/screenbindingset.h"
#include "screens/screenrenderer.h"
#include "screens/screensession.h"
#include "screens/svgdocument.h"
#include "screentestdata.h"
#include "station.h"
#include "tags/tagcatalog.h"
#include "tags/tagtable.h"

#include <QFileInfo>
#include <QPainter>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Vigie;

// Declared before the test data: moc 6.4 did not find the class after its raw strings.
class tst_ScreenLive : public QObject
{
    Q_OBJECT

private slots:
    void tagChangesTheBoundPixels();
    void rotationReachKeepsStackingOrder();
    void demoProcede();
};

void tst_ScreenLive::tagChangesTheBoundPixels()
{
    // Plant's pump is (10,10)-(50,50) with a 2-wide dark outline, its frame (0,0)-(60,60).
    const SvgDocument document = SvgDocument::parse(Plant);
    auto catalog = std::make_shared<TagCatalog>();
    TagInfo info;
    info.name = "Pompe en marche";
    info.dataType = DataType::Bool;
    catalog->add(info);
    Screen screen;
    screen.bindings = {
        binding("pump", BindingAttribute::Fill, R"(SI([Pompe en marche]; "#2e7d32"; "#e6e6e6"))")};
    ScreenBindingSet set(screen, document, catalog);
    const int pump = document.elementById("pump");
    ScreenRenderer renderer(document, {{pump, false, false}});
    const auto draw = [&] {
        for (int element : set.evaluate())
            renderer.setState(element, set.state(element));
        QImage image(200, 200, QImage::Format_ARGB32_Premultiplied);
        image.fill(Background);
        QPainter painter(&image);
        renderer.paint(&painter, Whole, Whole, Whole);
        return image;
    };
    set.setTag(0, good(false));
    const QImage off = draw();
    QCOMPARE_COLOUR(off, 30, 30, QColor(0xe6, 0xe6, 0xe6));
    QCOMPARE_COLOUR(off, 10, 30, QColor(0x2e, 0x2e, 0x2e));

    set.setTag(0, good(true, 2000));
    const QImage on = draw();
    QCOMPARE_COLOUR(on, 30, 30, QColor(0x2e, 0x7d, 0x32));
    QCOMPARE_COLOUR(on, 12, 12, QColor(0x2e, 0x7d, 0x32));
    QCOMPARE_COLOUR(on, 48, 48, QColor(0x2e, 0x7d, 0x32));
    // The outline is not the fill; nothing outside the pump changes.
    QCOMPARE_COLOUR(on, 10, 30, QColor(0x2e, 0x2e, 0x2e));
    QCOMPARE_COLOUR(on, 55, 30, Background);
    QCOMPARE_COLOUR(on, 110, 100, QColor(0x8d, 0x99, 0xa5));
    QVERIFY(differencesWithin(off, on, QRect(8, 8, 44, 44)));
    QVERIFY(differing(off, on, QRect(12, 12, 36, 36)) == 36 * 36);

    set.setTag(0, good(false, 3000));
    QCOMPARE(draw(), off);
}

void tst_ScreenLive::rotationReachKeepsStackingOrder()
{
    // A pointer turning about its left end sweeps a disc of radius 40 about (100, 100); a static
    // dot drawn after it at (66, 100), outside the pointer's bounds, is inside that disc: it must
    // stay on top when the pointer turns over it. The centre is the binding's, in the pointer's
    // own coordinates (its origin), placed by its own and its group's transforms.
    QTemporaryDir dir;
    QFile file(dir.filePath("pointer.svg"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"svg(<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 200"
        width="200" height="200">
      <g id="group" transform="translate(50,0)">
        <rect id="pointer" x="0" y="-3" width="40" height="6" style="fill:#0000ff"
          transform="translate(50,100)" />
      </g>
      <rect id="dot" x="62" y="96" width="8" height="8" style="fill:#000000" />
    </svg>)svg");
    file.close();
    Screen screen;
    screen.file = "pointer.svg";
    ScreenBinding turn = binding("pointer", BindingAttribute::Rotate, "180");
    turn.centerX = 0;
    turn.centerY = 0;
    screen.bindings = {turn};
    TagTable tags;
    tags.build(TagCatalog());
    ScreenSession session(screen, dir.path(), &tags);
    QVERIFY2(session.isValid(), qPrintable(session.errorString()));
    session.refreshAll();
    const auto renderer = ScreenRenderer::forSession(session);
    QCOMPARE(renderer->staticOverlayCount(), 1);
    QImage image(200, 200, QImage::Format_ARGB32_Premultiplied);
    image.fill(Background);
    {
        QPainter painter(&image);
        renderer->paint(&painter, Whole, Whole, Whole);
    }
    QCOMPARE_COLOUR(image, 80, 100, Qt::blue); // the pointer now points left
    QCOMPARE_COLOUR(image, 66, 100, Qt::black); // under the dot
    QCOMPARE_COLOUR(image, 120, 100, Background);
}

void tst_ScreenLive::demoProcede()
{
    const QString file = QStringLiteral(VIGIE_SOURCE_DIR "/examples/demo/demo.vigie.json");
    const ProjectLoadResult loaded = loadProject(file);
    QVERIFY(loaded.ok());
    const Screen *screen = loaded.project.screen(QStringLiteral("Procédé"));
    QVERIFY(screen);

    Station station;
    station.setProject(loaded.project);
    QSignalSpy once(&station, &Station::onceFinished);
    station.readOnce();
    QVERIFY(once.wait(10000));
    const TagValue level = station.tags()->value(station.tags()->idOf("Niveau cuve"));
    QVERIFY(level.isGood());
    const double percent = level.value.toDouble();
    QVERIFY2(percent > 15 && percent < 65, qPrintable(QString::number(percent)));

    ScreenSession session(*screen, QFileInfo(file).absolutePath(), station.tags());
    QVERIFY2(session.isValid(), qPrintable(session.errorString()));
    QVERIFY2(session.bindings().errors().isEmpty(),
             qPrintable(session.bindings().errors().join('\n')));
    session.refreshAll();
    const int bar = session.document().elementById("cuve_niveau");
    QVERIFY(!session.bindings().state(bar).bad);
    QVERIFY(qAbs(session.bindings().state(bar).barHeight.value_or(-1) - percent / 100) < 1e-6);

    const auto renderer = ScreenRenderer::forSession(session);
    QVERIFY(renderer->isValid());
    QCOMPARE(renderer->defaultSize(), QSizeF(1280, 800));
    QVERIFY(renderer->staticOverlayCount() > 0); // the graduations over the level
    QImage image(1280, 800, QImage::Format_ARGB32_Premultiplied);
    image.fill(Sentinel);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        const QRectF all(0, 0, 1280, 800);
        renderer->paint(&painter, all, all, all);
    }
    // The tank is (444,170)-(676,650); the level rises from its bottom edge.
    const int top = int(650 - 480 * percent / 100);
    const QColor level8d99a5(0x8d, 0x99, 0xa5);
    QCOMPARE_COLOUR(image, 560, 640, level8d99a5);
    QCOMPARE_COLOUR(image, 560, top + 4, level8d99a5);
    QVERIFY_NOT_COLOUR(image, 560, top - 4, level8d99a5);
    QVERIFY_NOT_COLOUR(image, 560, 200, level8d99a5);
    QVERIFY_NOT_COLOUR(image, 560, 200, Sentinel);
    // A graduation (drawn after the level) stays over it.
    QCOMPARE_COLOUR_WITHIN(image, 450, 650 - 24 * 2, QColor(0x26, 0x26, 0x26), 40);

    station.stop();
    QVERIFY(station.waitForStopped());
}

QTEST_MAIN(tst_ScreenLive)
#include "tst_screenlive.moc"
