// SvgTextSpec draws live texts with QPainter instead of QtSvg: it must draw them where QtSvg
// does, with the same size, weight and anchor. Every text of the demo's screens that it takes
// is drawn both ways and compared: the inked box within a pixel, the ink within a few percent.
#include "screens/svgdocument.h"
#include "screens/svgtextspec.h"

#include <QFile>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTest>

using namespace Vigie;

class tst_SvgText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void matchesQtSvg_data();
    void matchesQtSvg();
    void refusesWhatItCannotDraw_data();
    void refusesWhatItCannotDraw();
};

namespace {

const QSize Size(1280, 800);

QImage blank()
{
    QImage image(Size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    return image;
}

// The box of pixels darker than the background, and how dark they are in all.
QRect inked(const QImage &image, qint64 *ink)
{
    QRect box;
    *ink = 0;
    for (int y = 0; y < image.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            const int darkness = 255 - qGray(line[x]);
            if (darkness > 40) {
                box |= QRect(x, y, 1, 1);
                *ink += darkness;
            }
        }
    }
    return box;
}

SvgDocument load(const QString &name)
{
    QFile file(QStringLiteral(VIGIE_SOURCE_DIR "/examples/demo/screens/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return SvgDocument::parse(file.readAll(), name);
}

} // namespace

void tst_SvgText::matchesQtSvg_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("procede") << "procede.svg";
    QTest::newRow("energie") << "energie.svg";
}

void tst_SvgText::matchesQtSvg()
{
    QFETCH(QString, file);
    const SvgDocument doc = load(file);
    QVERIFY(doc.isValid());
    QSvgRenderer full(doc.serialize({}, true));
    QVERIFY(full.isValid());
    const QRectF target(QPointF(0, 0), QSizeF(Size));
    const QTransform toDevice = QTransform::fromScale(Size.width() / full.viewBoxF().width(),
                                                      Size.height() / full.viewBoxF().height());
    int compared = 0;
    for (int e = 0; e < doc.nodeCount(); ++e) {
        if (!doc.isElement(e) || doc.localName(e) != u"text")
            continue;
        const auto spec = SvgTextSpec::of(doc, e, full);
        if (!spec || spec->text.trimmed().isEmpty())
            continue;
        ++compared;
        QImage byQtSvg = blank();
        {
            QPainter p(&byQtSvg);
            p.setRenderHint(QPainter::Antialiasing);
            QSvgRenderer one(doc.standalone(e));
            one.render(&p, target);
        }
        QImage byPainter = blank();
        {
            QPainter p(&byPainter);
            p.setRenderHint(QPainter::Antialiasing);
            spec->draw(&p, toDevice, spec->text, spec->fill, spec->opacity);
        }
        qint64 inkSvg = 0;
        qint64 inkPainter = 0;
        const QRect a = inked(byQtSvg, &inkSvg);
        const QRect b = inked(byPainter, &inkPainter);
        const QString what = QStringLiteral("%1 \"%2\": QtSvg %3,%4 %5x%6, QPainter %7,%8 %9x%10")
                                 .arg(doc.renderId(e), spec->text)
                                 .arg(a.x())
                                 .arg(a.y())
                                 .arg(a.width())
                                 .arg(a.height())
                                 .arg(b.x())
                                 .arg(b.y())
                                 .arg(b.width())
                                 .arg(b.height());
        QVERIFY2(!a.isEmpty(), qPrintable(what));
        QVERIFY2(std::abs(a.left() - b.left()) <= 1 && std::abs(a.right() - b.right()) <= 1
                     && std::abs(a.top() - b.top()) <= 1 && std::abs(a.bottom() - b.bottom()) <= 1,
                 qPrintable(what));
        QVERIFY2(std::abs(inkSvg - inkPainter) <= inkSvg / 20, qPrintable(what));
        // The bounds the renderer repaints hold every inked pixel.
        const QRect bounds =
            toDevice.mapRect(spec->bounds(spec->text)).toAlignedRect().adjusted(-2, -2, 2, 2);
        QVERIFY2(bounds.contains(b), qPrintable(what));
    }
    QVERIFY2(compared >= 10, qPrintable(QString::number(compared)));
}

void tst_SvgText::refusesWhatItCannotDraw_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("two lines") << QByteArray(
        "<text x='10' y='20'><tspan x='10' y='20'>a</tspan><tspan x='10' y='40'>b</tspan></text>");
    QTest::newRow("letter-spacing")
        << QByteArray("<text x='10' y='20' style='letter-spacing:2px'>a</text>");
    QTest::newRow("a stroke") << QByteArray("<text x='10' y='20' stroke='red'>a</text>");
    QTest::newRow("dx") << QByteArray("<text x='10' y='20' dx='3'>a</text>");
    QTest::newRow("a class") << QByteArray("<text x='10' y='20' class='big'>a</text>");
    QTest::newRow("its own transform")
        << QByteArray("<text x='10' y='20' transform='rotate(90)'>a</text>");
    QTest::newRow("a size in points")
        << QByteArray("<text x='10' y='20' font-size='12pt'>a</text>");
    QTest::newRow("a list of x") << QByteArray("<text x='10 20' y='20'>ab</text>");
    QTest::newRow("a gradient fill") << QByteArray("<text x='10' y='20' fill='url(#g)'>a</text>");
}

void tst_SvgText::refusesWhatItCannotDraw()
{
    QFETCH(QByteArray, text);
    const QByteArray svg =
        "<svg xmlns='http://www.w3.org/2000/svg' width='100' height='100'>" + text + "</svg>";
    const SvgDocument doc = SvgDocument::parse(svg);
    QVERIFY(doc.isValid());
    QSvgRenderer full(doc.serialize({}, true));
    int textElement = -1;
    for (int e = 0; e < doc.nodeCount() && textElement < 0; ++e) {
        if (doc.isElement(e) && doc.localName(e) == u"text")
            textElement = e;
    }
    QVERIFY(!SvgTextSpec::of(doc, textElement, full));
    // A plain one is taken, so the rows fail for their own reason.
    const SvgDocument plain =
        SvgDocument::parse("<svg xmlns='http://www.w3.org/2000/svg' width='100' height='100'>"
                           "<text x='10' y='20'>a</text></svg>");
    QSvgRenderer plainFull(plain.serialize({}, true));
    QVERIFY(SvgTextSpec::of(plain, 1, plainFull));
}

QTEST_MAIN(tst_SvgText)
#include "tst_svgtext.moc"
