// The cost of what the screen renderer asks the SVG document for, on a generated Inkscape-like
// drawing of 2,000 elements (layers, transformed groups, styled shapes, 500 texts with a tspan
// each, gradients in <defs>): parsing, the first standalone() of an element (its template is
// built), the next ones with and without overrides, and the static layer. Every result's size
// is folded into a printed checksum so that no call can be optimised away.
#include "screens/svgdocument.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Vigie;

namespace {

constexpr int Groups = 250; // × (1 group + 5 shapes + 1 text + 1 tspan) = 2,000 elements

QByteArray drawing()
{
    QByteArray svg = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                     "<svg width=\"1920\" height=\"1080\" viewBox=\"0 0 1920 1080\" "
                     "xmlns:inkscape=\"http://www.inkscape.org/namespaces/inkscape\" "
                     "xmlns:sodipodi=\"http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd\" "
                     "xmlns:xlink=\"http://www.w3.org/1999/xlink\" "
                     "xmlns=\"http://www.w3.org/2000/svg\">\n<defs id=\"defs2\">\n";
    for (int g = 0; g < 10; ++g) {
        svg += QStringLiteral("<linearGradient id=\"base%1\"><stop offset=\"0\" "
                              "style=\"stop-color:#00ff00\"/><stop offset=\"1\" "
                              "style=\"stop-color:#008000\"/></linearGradient>\n"
                              "<linearGradient id=\"grad%1\" xlink:href=\"#base%1\" x1=\"0\" "
                              "x2=\"40\" gradientUnits=\"userSpaceOnUse\"/>\n")
                   .arg(g)
                   .toUtf8();
    }
    svg += "</defs>\n<g inkscape:groupmode=\"layer\" id=\"layer1\" inkscape:label=\"Plant\" "
           "transform=\"translate(0,10)\">\n";
    for (int g = 0; g < Groups; ++g) {
        const int x = (g % 25) * 76;
        const int y = (g / 25) * 100;
        svg += QStringLiteral("<g id=\"group%1\" transform=\"translate(%2,%3)\">\n")
                   .arg(g)
                   .arg(x)
                   .arg(y)
                   .toUtf8();
        for (int s = 0; s < 5; ++s) {
            // the last shape of each group is painted with a gradient
            const QString fill =
                s == 4 ? QStringLiteral("url(#grad%1)").arg(g % 10) : QStringLiteral("#cc6633");
            svg += QStringLiteral("  <rect style=\"fill:%1;fill-opacity:1;stroke:#000000;"
                                  "stroke-width:0.5\" id=\"rect%2_%3\" width=\"12\" height=\"30\" "
                                  "x=\"%4\" y=\"0\"/>\n")
                       .arg(fill)
                       .arg(g)
                       .arg(s)
                       .arg(s * 14)
                       .toUtf8();
        }
        svg += QStringLiteral("  <text xml:space=\"preserve\" style=\"font-size:12px;"
                              "font-family:sans-serif;fill:#000000\" x=\"0\" y=\"50\" "
                              "id=\"text%1\"><tspan sodipodi:role=\"line\" id=\"tspan%1\" "
                              "x=\"0\" y=\"50\">%2 m3/h</tspan></text>\n</g>\n")
                   .arg(g)
                   .arg(g * 1.5)
                   .toUtf8();
    }
    svg += "</g>\n</svg>\n";
    return svg;
}

// Median of `runs` timings, each the mean over `calls` calls of f, in µs.
template<typename F> double medianMicros(int runs, int calls, F f)
{
    std::vector<double> times;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < calls; ++i)
            f(i);
        times.push_back(double(timer.nsecsElapsed()) / 1000.0 / calls);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QByteArray data = drawing();
    qint64 checksum = 0;

    SvgDocument doc;
    const double parseUs = medianMicros(5, 1, [&](int) {
        doc = SvgDocument::parse(data);
        checksum += doc.nodeCount();
    });
    if (!doc.isValid()) {
        std::fprintf(stderr, "invalid drawing: %s\n", qPrintable(doc.errorString()));
        return 1;
    }

    std::vector<int> rects;
    std::vector<int> texts;
    for (int g = 0; g < Groups; ++g) {
        rects.push_back(doc.elementById(QStringLiteral("rect%1_4").arg(g)));
        texts.push_back(doc.elementById(QStringLiteral("text%1").arg(g)));
    }
    // the first call for an element builds its template: timed on a document parsed anew
    // (copies share their cache), one first call per element
    const SvgDocument fresh = SvgDocument::parse(data);
    const double firstUs =
        medianMicros(1, Groups, [&](int i) { checksum += fresh.standalone(rects[i]).size(); });

    for (int i = 0; i < Groups; ++i) { // warm every template
        checksum += doc.standalone(rects[i]).size();
        checksum += doc.standalone(texts[i]).size();
    }
    const int calls = 20000;
    const double plainUs = medianMicros(
        7, calls, [&](int i) { checksum += doc.standalone(rects[i % Groups]).size(); });
    SvgDocument::Overrides fill;
    const double fillUs = medianMicros(7, calls, [&](int i) {
        fill.properties[QStringLiteral("fill")] =
            (i & 1) ? QStringLiteral("#ff0000") : QStringLiteral("#00ff00");
        checksum += doc.standalone(rects[i % Groups], fill).size();
    });
    SvgDocument::Overrides text;
    const double textUs = medianMicros(7, calls, [&](int i) {
        text.text = QString::number(i * 0.25, 'f', 2);
        checksum += doc.standalone(texts[i % Groups], text).size();
    });
    SvgDocument::Overrides rotate;
    const double rotateUs = medianMicros(7, calls, [&](int i) {
        rotate.transform = QStringLiteral("rotate(%1 6 15)").arg(i % 360);
        rotate.properties[QStringLiteral("fill")] = QStringLiteral("#ffcc00");
        checksum += doc.standalone(rects[i % Groups], rotate).size();
    });
    QSet<int> excluded;
    for (int i = 0; i < Groups; ++i)
        excluded.insert(rects[i]);
    const double baseUs =
        medianMicros(5, 10, [&](int) { checksum += doc.serialize(excluded).size(); });

    std::printf("SVG document: %d elements, %lld bytes\n", doc.elementCount(), qint64(data.size()));
    std::printf("  parse                                %10.1f us\n", parseUs);
    std::printf("  standalone(rect), first call         %10.2f us\n", firstUs);
    std::printf("  standalone(rect), no override        %10.2f us\n", plainUs);
    std::printf("  standalone(rect), fill override      %10.2f us\n", fillUs);
    std::printf("  standalone(text), text override      %10.2f us\n", textUs);
    std::printf("  standalone(rect), rotate + fill      %10.2f us\n", rotateUs);
    std::printf("  serialize() without 250 rects        %10.1f us\n", baseUs);
    std::printf("  checksum %lld\n", checksum);
    return 0;
}
