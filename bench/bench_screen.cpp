// Screen update cost: a generated 2,000-element Inkscape-like drawing (1,500 shapes in layers
// with transforms, 500 texts) where 200 bound elements change on every tick. Vigie's update
// (the 200 tags into the bindings, the changed elements' units rebuilt, the dirty region
// repainted over the cached static layer, as one paint event would) against what QtSvg 6.4
// alone allows: the whole drawing written again with the new values, loaded and rendered, in
// the same run, at the same size. Two cases: fills switching between two colours (a pump
// running or stopped: the looks a unit keeps are reused) and texts showing a new number on
// every tick (every look is new: a QtSvg load and render per element).
#include "median.h"
#include "screens/screenbindingset.h"
#include "screens/screenrenderer.h"
#include "screens/svgdocument.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Vigie;

namespace {

constexpr int Shapes = 1500;
constexpr int Texts = 500;
constexpr int Bound = 200;
constexpr int Ticks = 20;
const QSize Size(1920, 1080);

enum class Case { Fills, Texts };

QByteArray valueText(int i, int tick)
{
    return QByteArray::number(double(i * 37 + tick * 11) / 7.0, 'f', 2);
}

// The drawing with the bound elements' values of a tick (the full re-render writes it again).
QByteArray drawing(Case c, int tick)
{
    QByteArray out;
    out += "<svg xmlns=\"http://www.w3.org/2000/svg\" "
           "xmlns:inkscape=\"http://www.inkscape.org/namespaces/inkscape\" "
           "width=\"1920\" height=\"1080\" viewBox=\"0 0 1920 1080\">\n";
    int bound = 0;
    for (int g = 0; g < Shapes / 10; ++g) {
        out += QByteArray("<g inkscape:groupmode=\"layer\" transform=\"translate(")
            + QByteArray::number((g % 15) * 128) + ' ' + QByteArray::number((g / 15) * 100)
            + ")\">\n";
        for (int i = 0; i < 10; ++i) {
            const int n = g * 10 + i;
            QByteArray fill = "#c8c8c8";
            QByteArray id;
            if (c == Case::Fills && n % (Shapes / Bound) == 0 && bound < Bound) {
                fill = ((bound + tick) % 2) ? "#777777" : "#bbbbbb";
                id = " id=\"b" + QByteArray::number(bound++) + '"';
            }
            out += "<rect" + id + " x=\"" + QByteArray::number((i % 5) * 24 + 4) + "\" y=\""
                + QByteArray::number((i / 5) * 40 + 4)
                + "\" width=\"20\" height=\"30\" style=\"fill:" + fill
                + ";stroke:#444444;stroke-width:1\"/>\n";
        }
        out += "</g>\n";
    }
    for (int t = 0; t < Texts; ++t) {
        QByteArray text = "TAG-" + QByteArray::number(t);
        QByteArray id;
        if (c == Case::Texts && t % (Texts / Bound) == 0 && bound < Bound) {
            text = valueText(bound, tick);
            id = " id=\"x" + QByteArray::number(bound++) + '"';
        }
        out += "<text" + id + " x=\"" + QByteArray::number((t % 25) * 76 + 2) + "\" y=\""
            + QByteArray::number((t / 25) * 52 + 90)
            + "\" style=\"font-size:11px;fill:#333333\"><tspan>" + text + "</tspan></text>\n";
    }
    out += "</svg>\n";
    return out;
}

int run(Case c)
{
    const SvgDocument doc = SvgDocument::parse(drawing(c, 0));
    if (!doc.isValid()) {
        std::fprintf(stderr, "bench_screen: %s\n", qPrintable(doc.errorString()));
        return 1;
    }
    auto catalog = std::make_shared<TagCatalog>();
    Screen screen;
    for (int i = 0; i < Bound; ++i) {
        TagInfo info;
        info.name = QStringLiteral("t%1").arg(i);
        info.dataType = DataType::Float64;
        catalog->add(info);
        if (c == Case::Fills) {
            screen.bindings.append({QStringLiteral("b%1").arg(i),
                                    BindingAttribute::Fill,
                                    QStringLiteral("IF(t%1 > 0, \"#777777\", \"#bbbbbb\")").arg(i),
                                    {},
                                    {}});
        } else {
            screen.bindings.append({QStringLiteral("x%1").arg(i),
                                    BindingAttribute::Text,
                                    QStringLiteral("FORMAT(t%1, 2)").arg(i),
                                    {},
                                    {}});
        }
    }
    ScreenBindingSet bindings(screen, doc, catalog);
    QList<ScreenRenderer::DynamicElement> dynamic;
    for (int element : bindings.boundElements())
        dynamic.append({element, false, false});

    QElapsedTimer setup;
    setup.start();
    ScreenRenderer renderer(doc, dynamic);
    QImage screenImage(Size, QImage::Format_ARGB32_Premultiplied);
    screenImage.fill(Qt::white);
    const QRectF all(QPointF(0, 0), QSizeF(Size));
    auto paintRegion = [&](const QRegion &exposed) {
        QPainter p(&screenImage);
        renderer.paint(&p, all, all, exposed, 1.0, 0);
    };
    paintRegion(QRegion(all.toAlignedRect())); // the first paint renders the static layer
    const double setupMs = double(setup.nsecsElapsed()) / 1e6;
    const QTransform toDevice = renderer.viewTransform(all);

    std::vector<double> vigie;
    std::vector<double> full;
    qint64 stamp = 1;
    for (int tick = 1; tick <= Ticks; ++tick) {
        // Vigie: the 200 changed tags in, the changed elements out, their region repainted.
        QElapsedTimer t;
        t.start();
        for (int i = 0; i < Bound; ++i) {
            const double value =
                c == Case::Fills ? double((i + tick) % 2) : double(i * 37 + tick * 11) / 7.0;
            bindings.setTag(i, TagValue {value, Quality::Good, {}, stamp++});
        }
        const QList<int> changed = bindings.evaluate();
        const qint64 tEval = t.nsecsElapsed();
        QRegion dirty;
        for (int element : changed) {
            dirty += toDevice.mapRect(renderer.setState(element, bindings.state(element)))
                         .toAlignedRect()
                         .adjusted(-2, -2, 2, 2);
        }
        const qint64 tState = t.nsecsElapsed();
        paintRegion(dirty);
        if (qEnvironmentVariableIsSet("BENCH_DETAIL"))
            std::printf("    evaluate %.2f ms, rebuild %.2f ms, paint %.2f ms (%d rects)\n",
                        tEval / 1e6, (tState - tEval) / 1e6, (t.nsecsElapsed() - tState) / 1e6,
                        int(dirty.rectCount()));
        vigie.push_back(double(t.nsecsElapsed()) / 1e6);
        if (changed.size() != Bound) {
            std::fprintf(stderr, "bench_screen: %lld elements changed, expected %d\n",
                         qint64(changed.size()), Bound);
            return 1;
        }

        // QtSvg alone: the drawing written with the new values, loaded and rendered whole.
        t.restart();
        QSvgRenderer whole(drawing(c, tick));
        QImage image(Size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QPainter p(&image);
        whole.render(&p, all);
        p.end();
        full.push_back(double(t.nsecsElapsed()) / 1e6);
    }

    const double v = median(vigie);
    const double f = median(full);
    std::printf("%s: %d bound %s changing per tick\n", c == Case::Fills ? "fills" : "texts", Bound,
                c == Case::Fills ? "rects switching between two colours"
                                 : "texts, a new number each");
    std::printf("  renderer setup and first paint: %.1f ms (%d units, %d static overlays)\n",
                setupMs, renderer.unitCount(), renderer.staticOverlayCount());
    std::printf("  Vigie update per tick:   %7.2f ms (median of %d; %llu QtSvg loads in all)\n", v,
                Ticks, static_cast<unsigned long long>(renderer.loads()));
    std::printf("  full QtSvg re-render:    %7.2f ms\n", f);
    std::printf("  ratio Vigie / full:      %7.3f (goal <= 0.1)\n", v / f);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    std::printf("screen: %d elements (%d texts) in %d layers, %dx%d\n", Shapes + Texts, Texts,
                Shapes / 10, Size.width(), Size.height());
    return run(Case::Fills) || run(Case::Texts);
}
