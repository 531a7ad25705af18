// The mimic screens' SVG document: parsing an Inkscape drawing and refusing broken ones, the
// queries, and what the renderer relies on, checked by drawing with QtSvg itself: a standalone
// element draws the same pixels as the whole drawing, overrides change the right ones, the
// static layer leaves excluded elements out, and unsupported features are found where used.
// Links Qt Gui and Svg for QSvgRenderer (the offscreen platform), unlike the other core tests.
#include "screens/svgdocument.h"

#include <QFile>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTest>

using namespace Vigie;
using Feature = SvgUnsupported::Feature;

namespace {

const QColor Background = Qt::white;

QByteArray plantSvg()
{
    QFile file(QStringLiteral(VIGIE_SOURCE_DIR "/tests/core/data/plant.svg"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    return file.readAll();
}

// Draws an SVG document into 200 × 200 pixels (the test drawings' viewBox), on white.
QImage render(const QByteArray &svg)
{
    QImage image(200, 200, QImage::Format_ARGB32);
    image.fill(Background);
    QSvgRenderer renderer(svg);
    if (!renderer.isValid())
        return {};
    QPainter painter(&image);
    renderer.render(&painter, QRectF(0, 0, 200, 200));
    return image;
}

QColor pixel(const QImage &image, int x, int y)
{
    return image.isNull() ? QColor() : image.pixelColor(x, y);
}

int inkedPixels(const QImage &image, const QRect &area)
{
    int count = 0;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x)
            count += image.pixelColor(x, y) != Background;
    }
    return count;
}

// The pixels of `area` that differ between two images.
int differingPixels(const QImage &a, const QImage &b, const QRect &area)
{
    int count = 0;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x)
            count += a.pixel(x, y) != b.pixel(x, y);
    }
    return count;
}

// 1-based line and column of `needle` in `text`, found independently of the parser.
QPair<int, int> positionOf(const QByteArray &text, const QByteArray &needle,
                           const QByteArray &after)
{
    const qsizetype anchor = text.indexOf(after);
    const qsizetype at = text.lastIndexOf(needle, anchor);
    const int line = int(text.left(at).count('\n')) + 1;
    const qsizetype lineStart = text.lastIndexOf('\n', at - 1) + 1;
    return {line, int(at - lineStart) + 1};
}

} // namespace

class tst_SvgDocument : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void parsesInkscapeDrawing();
    void positions();
    void property_data();
    void property();
    void textContent();
    void parseErrors_data();
    void parseErrors();
    void deepNesting();
    void otherEncodings();

    void standaloneDrawsLikeTheWhole_data();
    void standaloneDrawsLikeTheWhole();
    void everyStandaloneIsValid();
    void fillOverride();
    void attributeOverride();
    void groupFillRecoloursChildren();
    void notPushedDown();
    void textOverride();
    void textOverrideOfPlainText();
    void rotationActsInParentCoordinates();
    void translationOverride();
    void gradientChainIsCarried();
    void namespacesOfDetachedDefinitions();
    void serializeWithoutExcluded();

    void unsupportedInPlant();
    void unsupportedFeatures_data();
    void unsupportedFeatures();
    void unusedDefinitionsNotReported();

private:
    SvgDocument m_plant;
    QImage m_whole;
};

void tst_SvgDocument::initTestCase()
{
    m_plant = SvgDocument::parse(plantSvg(), QStringLiteral("plant.svg"));
    QVERIFY2(m_plant.isValid(), qPrintable(m_plant.errorString()));
    m_whole = render(plantSvg());
    QVERIFY(!m_whole.isNull());
    // the drawing as the tests expect it
    QCOMPARE(pixel(m_whole, 30, 40), QColor(0, 0, 255)); // tank
    QCOMPARE(pixel(m_whole, 90, 40), QColor(255, 0, 0)); // pump body
}

void tst_SvgDocument::parsesInkscapeDrawing()
{
    const SvgDocument &doc = m_plant;
    QCOMPARE(doc.fileName(), "plant.svg");
    QCOMPARE(doc.root(), 0);
    QCOMPARE(doc.localName(0), "svg");
    QCOMPARE(doc.namespaceUri(0), "http://www.w3.org/2000/svg");
    QCOMPARE(doc.elementCount(), 37);
    QCOMPARE(doc.attribute(0, u"viewBox"), "0 0 200 200");

    // the root's namespace declarations, as written
    QStringList prefixes;
    for (const QXmlStreamNamespaceDeclaration &d : doc.namespaceDeclarations(0))
        prefixes << d.prefix().toString();
    QCOMPARE(prefixes,
             QStringList({"inkscape", "sodipodi", "xlink", "", "svg", "rdf", "cc", "dc"}));

    const int layer1 = doc.elementById("layer1");
    const int pump = doc.elementById("pump");
    const int pumpBody = doc.elementById("pumpBody");
    QVERIFY(layer1 > 0);
    QCOMPARE(doc.parent(layer1), 0);
    QCOMPARE(doc.parent(pump), layer1);
    QCOMPARE(doc.parent(pumpBody), pump);
    QCOMPARE(doc.localName(pumpBody), "circle");
    QCOMPARE(doc.id(pumpBody), "pumpBody");
    QVERIFY(doc.isAncestor(layer1, pumpBody));
    QVERIFY(doc.isAncestor(0, pumpBody));
    QVERIFY(!doc.isAncestor(pumpBody, layer1));
    QVERIFY(!doc.isAncestor(pump, pump));
    QVERIFY(!doc.isAncestor(doc.elementById("tank"), pumpBody));
    QCOMPARE(doc.elementById("nothing"), -1);
    QCOMPARE(doc.elementById(""), -1);

    // children include the whitespace between elements: mixed content is kept
    QList<int> elementChildren;
    for (int c : doc.children(pump)) {
        if (doc.isElement(c))
            elementChildren << c;
        else
            QCOMPARE(doc.kind(c), SvgDocument::NodeKind::Text);
    }
    QCOMPARE(elementChildren,
             QList<int>({pumpBody, doc.elementById("pumpBase"), doc.elementById("pumpFeet")}));

    // namespaced attributes keep their namespace and their prefix
    bool found = false;
    for (const QXmlStreamAttribute &a : doc.attributes(layer1)) {
        if (a.name() == u"groupmode") {
            found = true;
            QCOMPARE(a.namespaceUri().toString(), "http://www.inkscape.org/namespaces/inkscape");
            QCOMPARE(a.qualifiedName().toString(), "inkscape:groupmode");
            QCOMPARE(a.value().toString(), "layer");
        }
    }
    QVERIFY(found);
    QCOMPARE(doc.attribute(doc.elementById("linearGradient2"), u"xlink:href"), "#linearGradient1");
    QVERIFY(doc.hasAttribute(doc.elementById("label1"), u"xml:space"));

    // a foreign element (sodipodi:namedview) is kept with its namespace
    const int namedView = doc.elementById("namedview7");
    QCOMPARE(doc.qualifiedName(namedView), "sodipodi:namedview");
    QCOMPARE(doc.namespaceUri(namedView), "http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd");

    // out of range: empty, not a crash
    QCOMPARE(doc.localName(-1), QString());
    QCOMPARE(doc.parent(100000), -1);
    QVERIFY(doc.children(-5).isEmpty());
    QCOMPARE(doc.standalone(-1), QByteArray());
}

void tst_SvgDocument::positions()
{
    const QByteArray data = plantSvg();
    for (const char *id : {"svg5", "tank", "pump", "label1", "tspan2", "arrow1"}) {
        const int e = m_plant.elementById(QString::fromLatin1(id));
        const QByteArray tag = '<' + m_plant.localName(e).toLatin1();
        const auto [line, column] = positionOf(data, tag, "id=\"" + QByteArray(id) + '"');
        QCOMPARE(m_plant.line(e), line);
        QCOMPARE(m_plant.column(e), column);
    }
    // spot check of the helper itself: the tank's <rect is on line 134, column 5
    QCOMPARE(m_plant.line(m_plant.elementById("tank")), 134);
    QCOMPARE(m_plant.column(m_plant.elementById("tank")), 5);

    // after an entity expansion and a multi-byte character
    const SvgDocument doc =
        SvgDocument::parse("<!DOCTYPE svg [<!ENTITY e 'expanded text'>]>\n"
                           "<svg xmlns='http://www.w3.org/2000/svg'><desc id='d'>&e; é</desc>\n"
                           "  <rect id='r'/></svg>");
    QVERIFY2(doc.isValid(), qPrintable(doc.errorString()));
    QCOMPARE(doc.textContent(doc.elementById("d")), "expanded text é");
    QCOMPARE(doc.line(doc.elementById("r")), 3);
    QCOMPARE(doc.column(doc.elementById("r")), 3);
}

void tst_SvgDocument::property_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");

    QTest::newRow("style") << "tank"
                           << "fill"
                           << "#0000ff";
    QTest::newRow("style, last of several") << "tank"
                                            << "stroke-width"
                                            << "0.5";
    QTest::newRow("style wins over attribute") << "both"
                                               << "fill"
                                               << "#ff0000";
    QTest::newRow("attribute when style lacks it") << "both"
                                                   << "stroke"
                                                   << "#00ff00";
    QTest::newRow("attribute only") << "plain"
                                    << "fill"
                                    << "#123456";
    QTest::newRow("declared twice: the last") << "twice"
                                              << "fill"
                                              << "#222222";
    QTest::newRow("spaces around") << "spaced"
                                   << "stroke-width"
                                   << "2";
    QTest::newRow("url with ; inside") << "dataUrl"
                                       << "fill"
                                       << "url(data:a;b)";
    QTest::newRow("neither") << "plain"
                             << "stroke"
                             << "";
    QTest::newRow("not inherited from the group") << "pumpFeet"
                                                  << "fill"
                                                  << "";
    QTest::newRow("namespaced attribute is not a property") << "ns"
                                                            << "fill"
                                                            << "";
}

void tst_SvgDocument::property()
{
    QFETCH(QString, id);
    QFETCH(QString, name);
    QFETCH(QString, expected);
    static const SvgDocument doc =
        SvgDocument::parse("<svg xmlns='http://www.w3.org/2000/svg' xmlns:x='urn:x'>"
                           "<rect id='both' fill='#0000ff' style='fill:#ff0000' stroke='#00ff00'/>"
                           "<rect id='plain' fill='#123456'/>"
                           "<rect id='twice' style='fill:#111111;fill:#222222'/>"
                           "<rect id='spaced' style=' stroke-width :  2 ; '/>"
                           "<rect id='dataUrl' style='fill:url(data:a;b);stroke:none'/>"
                           "<rect id='ns' x:fill='#ff0000'/>"
                           "</svg>");
    QVERIFY(doc.isValid());
    const SvgDocument &source = doc.elementById(id) >= 0 ? doc : m_plant;
    const int e = source.elementById(id);
    QVERIFY(e > 0);
    QCOMPARE(source.property(e, name), expected);
}

void tst_SvgDocument::textContent()
{
    QCOMPARE(m_plant.textContent(m_plant.elementById("label1")), "HiLo");
    QCOMPARE(m_plant.textContent(m_plant.elementById("tspan2")), "Lo");
    QCOMPARE(m_plant.textContent(m_plant.elementById("tank")), "");
    QCOMPARE(m_plant.textContent(m_plant.elementById("pump")).trimmed(), "");
    QCOMPARE(m_plant.textContent(m_plant.elementById("pump")).count(u'\n'), 4);
    QCOMPARE(m_plant.textContent(m_plant.elementById("pumpBody")), "");

    const SvgDocument doc = SvgDocument::parse(
        "<svg xmlns='http://www.w3.org/2000/svg'><text id='t'>  a &amp; <tspan>b</tspan>"
        "<![CDATA[<c>]]>\n d</text></svg>");
    QVERIFY(doc.isValid());
    QCOMPARE(doc.textContent(doc.elementById("t")), "  a & b<c>\n d");
}

void tst_SvgDocument::parseErrors_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("error");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");

    const QByteArray svg = "<svg xmlns='http://www.w3.org/2000/svg'>";
    QTest::newRow("empty") << QByteArray() << "Premature end of document." << 1 << 1;
    QTest::newRow("mismatched tag") << svg + "\n  <g>\n  </rect>\n</svg>"
                                    << "Opening and ending tag mismatch." << 3 << 9;
    QTest::newRow("unclosed") << svg + "\n<rect/>\n"
                              << "Premature end of document." << 3 << 1;
    QTest::newRow("attribute without quotes")
        << svg + "\n<rect width=10/></svg>"
        << "Expected ''' or '\"', but got '[0-9]'." << 2 << 13;
    QTest::newRow("undeclared prefix") << svg + "\n <inkscape:x/></svg>"
                                       << "Namespace prefix 'inkscape' not declared" << 2 << 14;
    QTest::newRow("not svg") << QByteArray("<?xml version='1.0'?>\n<html><body/></html>")
                             << "the root element is <html>, not an SVG <svg>" << 2 << 1;
    QTest::newRow("svg outside its namespace")
        << QByteArray("\n\n   <svg width='10'/>")
        << "the root element <svg> is not in the SVG namespace (add "
           "xmlns=\"http://www.w3.org/2000/svg\")"
        << 3 << 4;
    QTest::newRow("binary garbage")
        << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\xff\xfe", 18)
        << "byte 0x89 is not UTF-8: save the drawing as UTF-8, or declare its encoding in the XML "
           "declaration"
        << 1 << 1;
    QTest::newRow("Latin-1 without a declaration")
        << svg
            + "\n<text>D\xe9"
              "bit</text></svg>"
        << "byte 0xe9 is not UTF-8: save the drawing as UTF-8, or declare its encoding in the XML "
           "declaration"
        << 2 << 8;
    QTest::newRow("unknown encoding")
        << QByteArray("<?xml version='1.0' encoding='x-klingon'?><svg/>")
        << "Encoding x-klingon is unsupported" << 1 << 42;
    QTest::newRow("text after the root") << svg + "</svg>trailing"
                                         << "Extra content at end of document." << 1 << 47;
}

void tst_SvgDocument::parseErrors()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, error);
    QFETCH(int, line);
    QFETCH(int, column);

    const SvgDocument doc = SvgDocument::parse(data);
    QVERIFY(!doc.isValid());
    QCOMPARE(doc.errorString(), error);
    QCOMPARE(doc.errorLine(), line);
    QCOMPARE(doc.errorColumn(), column);
    QCOMPARE(doc.nodeCount(), 0);
    QCOMPARE(doc.root(), -1);
    QCOMPARE(doc.serialize(), QByteArray());
    QCOMPARE(doc.standalone(0), QByteArray());
    QVERIFY(doc.unsupportedFeatures().isEmpty());
}

void tst_SvgDocument::deepNesting()
{
    auto nested = [](int depth) {
        QByteArray data = "<svg xmlns='http://www.w3.org/2000/svg'>\n";
        for (int i = 1; i < depth; ++i)
            data += "<g>";
        data += "<rect id='deep'/>";
        for (int i = 1; i < depth; ++i)
            data += "</g>";
        data += "</svg>";
        return data;
    };
    // 512 levels (the root, 510 groups, the rect) are read
    const SvgDocument ok = SvgDocument::parse(nested(SvgDocument::MaxDepth - 1));
    QVERIFY2(ok.isValid(), qPrintable(ok.errorString()));
    QCOMPARE(ok.elementCount(), SvgDocument::MaxDepth);
    QVERIFY(!ok.standalone(ok.elementById("deep")).isEmpty());

    // one more is refused, at the element that goes too deep
    const SvgDocument deep = SvgDocument::parse(nested(SvgDocument::MaxDepth));
    QVERIFY(!deep.isValid());
    QCOMPARE(deep.errorString(), "elements are nested more than 512 levels deep");
    QCOMPARE(deep.errorLine(), 2);
    QCOMPARE(deep.errorColumn(), 3 * (SvgDocument::MaxDepth - 1) + 1);

    // far deeper input fails the same way, without exhausting the stack
    const SvgDocument deeper = SvgDocument::parse(nested(200000));
    QVERIFY(!deeper.isValid());
    QCOMPARE(deeper.errorLine(), 2);
}

void tst_SvgDocument::otherEncodings()
{
    const QString source = QStringLiteral(
        "<?xml version='1.0' encoding='%1'?>\n<svg xmlns='http://www.w3.org/2000/svg'>\n"
        "  <text id='t'>Débit</text></svg>");
    const QByteArray latin1 = source.arg(QStringLiteral("ISO-8859-1")).toLatin1();
    const SvgDocument fromLatin1 = SvgDocument::parse(latin1);
    QVERIFY2(fromLatin1.isValid(), qPrintable(fromLatin1.errorString()));
    QCOMPARE(fromLatin1.textContent(fromLatin1.elementById("t")), "Débit");
    QCOMPARE(fromLatin1.line(fromLatin1.elementById("t")), 3);
    // written back as UTF-8 (without a declaration saying otherwise)
    QVERIFY(fromLatin1.serialize().contains("Débit"));

    QByteArray utf16;
    const QString u16 = QChar(QChar::ByteOrderMark) + source.arg(QStringLiteral("UTF-16"));
    utf16.append(reinterpret_cast<const char *>(u16.utf16()), u16.size() * 2);
    const SvgDocument fromUtf16 = SvgDocument::parse(utf16);
    QVERIFY2(fromUtf16.isValid(), qPrintable(fromUtf16.errorString()));
    QCOMPARE(fromUtf16.textContent(fromUtf16.elementById("t")), "Débit");

    // invalid UTF-8 is an error with a place, not a mangled text
    const SvgDocument broken =
        SvgDocument::parse("<svg xmlns='http://www.w3.org/2000/svg'>\n<text>D\xe9</text></svg>");
    QVERIFY(!broken.isValid());
    QCOMPARE(broken.errorLine(), 2);
}

void tst_SvgDocument::standaloneDrawsLikeTheWhole_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QRect>("area"); // the element's pixels in the whole drawing
    QTest::addColumn<QPoint>("inside");
    QTest::addColumn<QColor>("colour");

    QTest::newRow("rect in a translated layer")
        << "tank" << QRect(10, 20, 40, 40) << QPoint(30, 40) << QColor(0, 0, 255);
    QTest::newRow("circle in a nested group")
        << "pumpBody" << QRect(74, 24, 32, 32) << QPoint(90, 40) << QColor(255, 0, 0);
    QTest::newRow("path filled by its group's style")
        << "pumpFeet" << QRect(70, 75, 40, 10) << QPoint(90, 80) << QColor(255, 0, 0);
    QTest::newRow("the group itself")
        << "pump" << QRect(70, 20, 40, 65) << QPoint(90, 65) << QColor(128, 0, 0);
    QTest::newRow("gradient through xlink:href")
        << "gradRect" << QRect(130, 20, 40, 40) << QPoint(150, 40) << QColor(0, 223, 0);
    QTest::newRow("rect with its own transform")
        << "bar" << QRect(110, 140, 60, 10) << QPoint(150, 145) << QColor(255, 165, 0);
    QTest::newRow("rect in a rotated layer")
        << "rotated" << QRect(170, 140, 10, 20) << QPoint(175, 150) << QColor(255, 0, 255);
    QTest::newRow("text") << "label1" << QRect(5, 100, 60, 25) << QPoint(-1, -1) << QColor();
    QTest::newRow("whole layer") << "layer1" << QRect(0, 0, 200, 200) << QPoint(30, 40)
                                 << QColor(0, 0, 255);
}

void tst_SvgDocument::standaloneDrawsLikeTheWhole()
{
    QFETCH(QString, id);
    QFETCH(QRect, area);
    QFETCH(QPoint, inside);
    QFETCH(QColor, colour);

    const int element = m_plant.elementById(id);
    QVERIFY(element > 0);
    const QImage alone = render(m_plant.standalone(element));
    QVERIFY(!alone.isNull());
    if (!colour.isValid()) {
        QVERIFY(inkedPixels(m_whole, area) > 50);
    } else {
        QCOMPARE(pixel(m_whole, inside.x(), inside.y()), colour);
        QCOMPARE(pixel(alone, inside.x(), inside.y()), colour);
    }
    if (id != "layer1") // the layer drawn alone lacks the other layer, which crosses it
        QCOMPARE(differingPixels(m_whole, alone, area), 0);
    // nothing else is drawn: the tank is only in its own document and in its layer's
    if (id != "tank" && id != "layer1")
        QCOMPARE(pixel(alone, 30, 40), Background);

    // the second call comes from the cached template and is the same
    QCOMPARE(m_plant.standalone(element), m_plant.standalone(element));
}

void tst_SvgDocument::everyStandaloneIsValid()
{
    // every element outside the definitions, including foreign ones and text: the standalone
    // document is well-formed, SVG, and QtSvg accepts it
    for (int e = 0; e < m_plant.nodeCount(); ++e) {
        if (!m_plant.isElement(e))
            continue;
        const QByteArray svg = m_plant.standalone(e);
        const SvgDocument back = SvgDocument::parse(svg);
        QVERIFY2(back.isValid(),
                 qPrintable(QStringLiteral("%1 (%2): %3")
                                .arg(m_plant.id(e), m_plant.localName(e), back.errorString())));
        QVERIFY(QSvgRenderer(svg).isValid());
    }
    // the root alone is the whole drawing
    QCOMPARE(render(m_plant.standalone(0)), m_whole);
}

void tst_SvgDocument::fillOverride()
{
    const int tank = m_plant.elementById("tank");
    SvgDocument::Overrides o;
    o.properties.insert("fill", "#00ff00");
    const QByteArray svg = m_plant.standalone(tank, o);
    // written into the style, which declares fill, where the rest is kept as written
    QVERIFY(svg.contains("style=\"fill:#00ff00;fill-opacity:1;stroke:none;stroke-width:0.5\""));
    QVERIFY(!svg.contains("#0000ff"));
    const QImage image = render(svg);
    QCOMPARE(pixel(image, 30, 40), QColor(0, 255, 0));
    QCOMPARE(differingPixels(image, render(m_plant.standalone(tank)), QRect(10, 20, 40, 40)),
             40 * 40);

    // several at once; a property the style lacks becomes an attribute
    o.properties.insert("opacity", "0.5");
    const QByteArray both = m_plant.standalone(tank, o);
    QVERIFY(both.contains(" opacity=\"0.5\""));
    QCOMPARE(pixel(render(both), 30, 40), QColor(128, 255, 128));

    // the cached template is not changed by an override
    QVERIFY(m_plant.standalone(tank).contains("fill:#0000ff"));
}

void tst_SvgDocument::attributeOverride()
{
    const SvgDocument doc = SvgDocument::parse(
        "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 200 200'>"
        "<rect id='r' x='10' y='10' width='20' height='20' fill='#0000ff'/>"
        "<rect id='s' x='50' y='10' width='20' height='20' fill='#0000ff' style='fill:#ff0000'/>"
        "</svg>");
    QVERIFY(doc.isValid());
    SvgDocument::Overrides o;
    o.properties.insert("fill", "#00ff00");
    o.properties.insert("stroke", "#000000");
    const QByteArray r = doc.standalone(doc.elementById("r"), o);
    QVERIFY(r.contains("<rect id=\"r\" x=\"10\" y=\"10\" width=\"20\" height=\"20\" "
                       "fill=\"#00ff00\" stroke=\"#000000\"/>"));
    QCOMPARE(pixel(render(r), 20, 20), QColor(0, 255, 0));

    // the style declares fill: it is set there (the attribute is hidden by it anyway)
    const QByteArray s = doc.standalone(doc.elementById("s"), o);
    QVERIFY(s.contains("style=\"fill:#00ff00\""));
    QCOMPARE(pixel(render(s), 60, 20), QColor(0, 255, 0));

    // values are escaped
    o.properties["fill"] = "\"<&>";
    QVERIFY(doc.standalone(doc.elementById("r"), o).contains("fill=\"&quot;&lt;&amp;&gt;\""));
}

void tst_SvgDocument::groupFillRecoloursChildren()
{
    const int pump = m_plant.elementById("pump");
    SvgDocument::Overrides o;
    o.properties.insert("fill", "#00ffff");
    const QByteArray svg = m_plant.standalone(pump, o);
    const QImage image = render(svg);
    QCOMPARE(pixel(image, 90, 40), QColor(0, 255, 255)); // circle declaring its own fill
    QCOMPARE(pixel(image, 90, 65), QColor(0, 255, 255)); // rect declaring its own fill
    QCOMPARE(pixel(image, 90, 80), QColor(0, 255, 255)); // path inheriting the group's

    // the circle's stroke is not a fill
    QVERIFY(svg.contains("style=\"fill:#00ffff;stroke:#000000;stroke-width:1\""));
    // only descendants that declare it get it: the path still inherits, adds nothing
    QVERIFY(svg.contains("<path\n         d=\"M 0,55 H 40 V 65 H 0 Z\"\n         "
                         "id=\"pumpFeet\"/>")
            || svg.contains("<path d=\"M 0,55 H 40 V 65 H 0 Z\" id=\"pumpFeet\"/>"));
}

void tst_SvgDocument::notPushedDown()
{
    const SvgDocument doc = SvgDocument::parse(
        "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 200 200'>"
        "<g id='g' style='opacity:1'>"
        "<rect id='a' x='10' y='10' width='20' height='20' fill='#0000ff' opacity='1'/>"
        "<rect id='b' x='50' y='10' width='20' height='20' fill='#0000ff' visibility='hidden'/>"
        "<rect id='c' x='90' y='10' width='20' height='20' fill='#0000ff' display='inline'/>"
        "</g></svg>");
    QVERIFY(doc.isValid());
    const int g = doc.elementById("g");

    // opacity on the group applies once to all: not again on the child
    SvgDocument::Overrides o;
    o.properties.insert("opacity", "0.5");
    o.properties.insert("visibility", "visible");
    const QByteArray svg = doc.standalone(g, o);
    QVERIFY(svg.contains("style=\"opacity:0.5\""));
    QVERIFY(svg.contains("fill=\"#0000ff\" opacity=\"1\""));
    QVERIFY(svg.contains("visibility=\"hidden\"")); // showing the group keeps b hidden
    QVERIFY(svg.contains(" visibility=\"visible\"/><rect")
            || svg.contains("visibility=\"visible\">"));
    const QImage image = render(svg);
    QCOMPARE(pixel(image, 20, 20), QColor(128, 128, 255));
    QCOMPARE(pixel(image, 60, 20), Background);

    // hiding the group hides the child that declares itself visible too
    SvgDocument::Overrides hide;
    hide.properties.insert("visibility", "hidden");
    hide.properties.insert("display", "none");
    const QByteArray hidden = doc.standalone(g, hide);
    QVERIFY(hidden.contains("display=\"inline\"")); // display:none on the group suffices
    QCOMPARE(inkedPixels(render(hidden), QRect(0, 0, 200, 200)), 0);
}

void tst_SvgDocument::textOverride()
{
    const int label = m_plant.elementById("label1");
    const QRect area(5, 100, 120, 25);
    const int before = inkedPixels(render(m_plant.standalone(label)), area);

    SvgDocument::Overrides o;
    o.text = QStringLiteral("Hello world");
    const QByteArray svg = m_plant.standalone(label, o);
    // in the first line's tspan; the second line emptied
    QVERIFY(svg.contains("y=\"100\">Hello world</tspan>"));
    QVERIFY(svg.contains("id=\"tspan2\"/>") || svg.contains("id=\"tspan2\"></tspan>"));
    QVERIFY(!svg.contains(">Hi<"));
    QVERIFY(!svg.contains(">Lo<"));
    const int after = inkedPixels(render(svg), area);
    QVERIFY2(after > 2 * before, qPrintable(QStringLiteral("%1 → %2").arg(before).arg(after)));

    // markup in the value is text, and reads back as it was given
    o.text = QStringLiteral("a < b & \"c\"");
    const SvgDocument back = SvgDocument::parse(m_plant.standalone(label, o));
    QVERIFY(back.isValid());
    QCOMPARE(back.textContent(back.elementById("label1")), "a < b & \"c\"");

    // on a tspan: that tspan's text; on the group holding the text: its first text
    o.text = QStringLiteral("X");
    const SvgDocument tspan =
        SvgDocument::parse(m_plant.standalone(m_plant.elementById("tspan2"), o));
    QCOMPARE(tspan.textContent(tspan.elementById("tspan2")), "X");
    const SvgDocument layer =
        SvgDocument::parse(m_plant.standalone(m_plant.elementById("layer1"), o));
    QCOMPARE(layer.textContent(layer.elementById("label1")), "X");
}

void tst_SvgDocument::textOverrideOfPlainText()
{
    const SvgDocument doc = SvgDocument::parse(
        "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 200 200'>"
        "<text id='plain' x='10' y='30'>12.5</text>"
        "<text id='empty' x='10' y='60'/>"
        "<text id='nested' x='10' y='90'>a<tspan id='outer'><tspan id='inner'/>b</tspan></text>"
        "<text id='cdata'><![CDATA[x]]></text>"
        "</svg>");
    QVERIFY(doc.isValid());
    SvgDocument::Overrides o;
    o.text = QStringLiteral("99.1 °C");
    for (const char *id : {"plain", "empty", "nested", "cdata"}) {
        const SvgDocument back =
            SvgDocument::parse(doc.standalone(doc.elementById(QString::fromLatin1(id)), o));
        QVERIFY2(back.isValid(), id);
        QCOMPARE(back.textContent(back.elementById(QString::fromLatin1(id))), "99.1 °C");
    }
    // the first innermost tspan gets it, even when empty
    const QByteArray nested = doc.standalone(doc.elementById("nested"), o);
    QVERIFY(nested.contains("<tspan id=\"inner\">99.1 °C</tspan></tspan></text>"));
}

void tst_SvgDocument::rotationActsInParentCoordinates()
{
    // bar: x 0..60, y 120..130 in its own coordinates, own transform translate(100,0): x
    // 100..160 in its layer's coordinates, the layer translated by (10,20). A quarter turn
    // about the layer's (100,120): x 90..100, y 120..180 → +layer: x 100..110, y 140..200.
    const int bar = m_plant.elementById("bar");
    SvgDocument::Overrides o;
    o.transform = QStringLiteral("rotate(90 100 120)");
    const QByteArray svg = m_plant.standalone(bar, o);
    QVERIFY(svg.contains("transform=\"rotate(90 100 120) translate(100,0)\""));
    const QImage image = render(svg);
    const QColor orange(255, 165, 0);
    QCOMPARE(pixel(m_whole, 150, 145), orange);
    QCOMPARE(pixel(image, 150, 145), Background);
    QCOMPARE(pixel(m_whole, 105, 180), Background);
    QCOMPARE(pixel(image, 105, 180), orange);
    QCOMPARE(inkedPixels(image, QRect(100, 140, 10, 60)), 10 * 60);
    QCOMPARE(inkedPixels(image, QRect(0, 0, 200, 200)), 10 * 60);
}

void tst_SvgDocument::translationOverride()
{
    // the tank has no transform of its own: the extra one becomes its transform
    const int tank = m_plant.elementById("tank");
    SvgDocument::Overrides o;
    o.transform = QStringLiteral("translate(0 100)");
    const QByteArray svg = m_plant.standalone(tank, o);
    QVERIFY(svg.contains("y=\"0\" transform=\"translate(0 100)\"/>"));
    const QImage image = render(svg);
    QCOMPARE(pixel(image, 30, 40), Background);
    QCOMPARE(pixel(image, 30, 140), QColor(0, 0, 255));
}

void tst_SvgDocument::gradientChainIsCarried()
{
    const QByteArray svg = m_plant.standalone(m_plant.elementById("gradRect"));
    QVERIFY(svg.contains("id=\"linearGradient1\""));
    QVERIFY(svg.contains("id=\"linearGradient2\""));
    // and only what it needs
    QVERIFY(!svg.contains("id=\"Arrow2Lend\""));
    QVERIFY(!svg.contains("id=\"filter1\""));
    QVERIFY(!svg.contains("id=\"tank\""));
    const QColor c = pixel(render(svg), 150, 40);
    QVERIFY2(c.green() > 150 && c.red() < 30 && c.blue() < 30 && c.alpha() == 255,
             qPrintable(c.name(QColor::HexArgb)));

    // the marker's definition comes with the arrow (even if QtSvg will not draw it)
    QVERIFY(m_plant.standalone(m_plant.elementById("arrow1")).contains("id=\"Arrow2Lend\""));
    // a gradient inherited from a group and a <use> target come along too
    const SvgDocument doc = SvgDocument::parse(
        "<svg xmlns='http://www.w3.org/2000/svg' xmlns:xlink='http://www.w3.org/1999/xlink' "
        "viewBox='0 0 200 200'><defs>"
        "<linearGradient id='g'><stop offset='0' stop-color='#00ff00'/>"
        "<stop offset='1' stop-color='#00ff00'/></linearGradient>"
        "<g id='shape'><rect width='20' height='20'/></g></defs>"
        "<g fill='url(#g)'><rect id='r' x='10' y='10' width='20' height='20'/></g>"
        "<use id='u' xlink:href='#shape' x='50' y='50' fill='#0000ff'/>"
        "</svg>");
    QVERIFY(doc.isValid());
    QCOMPARE(pixel(render(doc.standalone(doc.elementById("r"))), 20, 20), QColor(0, 255, 0));
    QCOMPARE(pixel(render(doc.standalone(doc.elementById("u"))), 60, 60), QColor(0, 0, 255));
}

void tst_SvgDocument::namespacesOfDetachedDefinitions()
{
    // a gradient defined under a group that declares the xlink prefix itself
    const SvgDocument doc =
        SvgDocument::parse("<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 200 200'>"
                           "<g xmlns:l='http://www.w3.org/1999/xlink'><defs>"
                           "<linearGradient id='a'><stop offset='0' stop-color='#00ff00'/>"
                           "<stop offset='1' stop-color='#00ff00'/></linearGradient>"
                           "<linearGradient id='b' l:href='#a'/></defs></g>"
                           "<rect id='r' x='10' y='10' width='20' height='20' fill='url(#b)'/>"
                           "</svg>");
    QVERIFY(doc.isValid());
    const QByteArray svg = doc.standalone(doc.elementById("r"));
    QVERIFY(SvgDocument::parse(svg).isValid());
    QVERIFY(svg.contains("<linearGradient xmlns:l=\"http://www.w3.org/1999/xlink\" id=\"b\""));
}

void tst_SvgDocument::serializeWithoutExcluded()
{
    // everything: draws exactly like the file
    const QByteArray all = m_plant.serialize();
    QCOMPARE(render(all), m_whole);
    QCOMPARE(SvgDocument::parse(all).elementCount(), m_plant.elementCount());

    const int tank = m_plant.elementById("tank");
    const int pump = m_plant.elementById("pump");
    const QByteArray base = m_plant.serialize({tank, pump});
    QVERIFY(!base.contains("id=\"tank\""));
    QVERIFY(!base.contains("id=\"pumpBody\""));
    QVERIFY(base.contains("id=\"gradRect\""));
    const QImage image = render(base);
    QCOMPARE(pixel(image, 30, 40), Background);
    QCOMPARE(pixel(image, 90, 40), Background);
    QCOMPARE(pixel(image, 90, 80), Background);
    QCOMPARE(pixel(image, 175, 150), QColor(255, 0, 255));
    QCOMPARE(differingPixels(image, m_whole, QRect(120, 0, 80, 200)), 0);

    // the excluded elements plus the base give back the whole drawing
    QImage composed = image;
    QPainter painter(&composed);
    for (int e : {tank, pump})
        QSvgRenderer(m_plant.standalone(e)).render(&painter, QRectF(0, 0, 200, 200));
    painter.end();
    QCOMPARE(composed, m_whole);
}

void tst_SvgDocument::unsupportedInPlant()
{
    const QList<SvgUnsupported> found = m_plant.unsupportedFeatures();
    QStringList summary;
    for (const SvgUnsupported &u : found)
        summary << QStringLiteral("%1:%2@%3").arg(u.elementId).arg(int(u.feature)).arg(u.line);
    const QByteArray data = plantSvg();
    auto lineOf = [&](const char *id) {
        return positionOf(data, "<", "id=\"" + QByteArray(id) + '"').first;
    };
    QCOMPARE(summary,
             QStringList({
                 QStringLiteral("label1:%1@%2").arg(int(Feature::TextLayout)).arg(lineOf("label1")),
                 QStringLiteral("arrow1:%1@%2").arg(int(Feature::Marker)).arg(lineOf("arrow1")),
                 QStringLiteral("clippedGroup:%1@%2")
                     .arg(int(Feature::ClipPath))
                     .arg(lineOf("clippedGroup")),
             }));
    QCOMPARE(found[1].message,
             "element \"arrow1\" uses the marker \"Arrow2Lend\": QtSvg 6.4 does not draw markers");
    QCOMPARE(found[1].element, m_plant.elementById("arrow1"));
    QCOMPARE(found[1].column, 5);
}

void tst_SvgDocument::unsupportedFeatures_data()
{
    QTest::addColumn<QByteArray>("body"); // on line 2 of the document
    QTest::addColumn<int>("feature");
    QTest::addColumn<QString>("message");

    QTest::newRow("marker attribute")
        << QByteArray("<path id='p' marker-start='url(#m)'/>") << int(Feature::Marker)
        << "element \"p\" uses the marker \"m\": QtSvg 6.4 does not draw markers";
    QTest::newRow("marker in style, no id")
        << QByteArray("<path style='marker-mid:url(#m)'/>") << int(Feature::Marker)
        << "a path element uses the marker \"m\": QtSvg 6.4 does not draw markers";
    QTest::newRow("clip path")
        << QByteArray("<rect id='r' clip-path='url(#c)'/>") << int(Feature::ClipPath)
        << "element \"r\" is clipped by \"c\": QtSvg 6.4 ignores clip paths and draws it whole";
    QTest::newRow("mask")
        << QByteArray("<g id='g' style='mask:url(#k)'/>") << int(Feature::Mask)
        << "element \"g\" uses the mask \"k\": QtSvg 6.4 ignores masks and draws it unmasked";
    QTest::newRow("filter")
        << QByteArray("<rect id='r' style='filter:url(#f)'/>") << int(Feature::Filter)
        << "element \"r\" uses the filter \"f\": QtSvg 6.4 ignores filters (blur, shadow…) and "
           "draws it without";
    QTest::newRow("pattern fill")
        << QByteArray("<rect id='r' fill='url(#pat)'/>") << int(Feature::Pattern)
        << "the fill of element \"r\" is the pattern \"pat\": QtSvg 6.4 does not paint patterns";
    QTest::newRow("use of a symbol")
        << QByteArray("<use id='u' xlink:href='#sym'/>") << int(Feature::Symbol)
        << "element \"u\" shows the symbol \"sym\": QtSvg 6.4 does not draw symbols";
    QTest::newRow("use of a group with a marker")
        << QByteArray("<use id='u' href='#arrowGroup'/>") << int(Feature::Marker)
        << "element \"inner\" uses the marker \"m\": QtSvg 6.4 does not draw markers";
    QTest::newRow("foreignObject")
        << QByteArray("<foreignObject id='fo'/>") << int(Feature::ForeignObject)
        << "element \"fo\" is a foreignObject: QtSvg 6.4 does not draw foreign content";
    QTest::newRow("text on a path")
        << QByteArray("<text><textPath id='tp' xlink:href='#c'>x</textPath></text>")
        << int(Feature::TextPath)
        << "element \"tp\" puts text on a path: QtSvg 6.4 does not draw text on a path";
    QTest::newRow("flowed text")
        << QByteArray("<flowRoot id='fr'><flowPara>x</flowPara></flowRoot>")
        << int(Feature::FlowedText)
        << "element \"fr\" is flowed text (flowRoot): QtSvg 6.4 draws its frame in black and "
           "not its text; in Inkscape, use Text > Convert to Text";
    QTest::newRow("tspan lines")
        << QByteArray("<text id='t' x='0' y='10'><tspan x='0' y='10'>a</tspan><tspan x='0' "
                      "y='30'>b</tspan></text>")
        << int(Feature::TextLayout)
        << "element \"t\" places lines or parts with tspan positions: QtSvg 6.4 ignores them "
           "and runs the text together on one line";
    QTest::newRow("nested svg")
        << QByteArray("<svg id='inner' x='10' width='5'/>") << int(Feature::NestedSvg)
        << "element \"inner\" is an svg inside the drawing: QtSvg 6.4 ignores its position, "
           "size and viewBox";
    QTest::newRow("rgba fill")
        << QByteArray("<rect id='r' style='fill:rgba(255,0,0,0.5)'/>") << int(Feature::Colour)
        << "the fill of element \"r\" is \"rgba(255,0,0,0.5)\": QtSvg 6.4 draws this colour "
           "black (use #rrggbb and an opacity)";
    QTest::newRow("var fill")
        << QByteArray("<rect id='r' fill='var(--tank, #00f)'/>") << int(Feature::Colour)
        << "the fill of element \"r\" is \"var(--tank, #00f)\": QtSvg 6.4 draws this colour "
           "black (use #rrggbb and an opacity)";
    QTest::newRow("hsla stroke")
        << QByteArray("<rect id='r' stroke='hsla(0,100%,50%,1)'/>") << int(Feature::Colour)
        << "the stroke of element \"r\" is \"hsla(0,100%,50%,1)\": QtSvg 6.4 does not draw this "
           "colour (use #rrggbb and stroke-opacity)";
    QTest::newRow("#rrggbbaa fill")
        << QByteArray("<rect id='r' fill='#00ff0080'/>") << int(Feature::Colour)
        << "the fill of element \"r\" is \"#00ff0080\": QtSvg 6.4 draws this colour black (use "
           "#rrggbb and an opacity)";
    QTest::newRow("stop-color of a painted gradient")
        << QByteArray("<rect id='r' fill='url(#child)'/>") << int(Feature::Colour)
        << "the stop-color of element \"badStop\" is \"rgba(0,255,0,1)\": QtSvg 6.4 draws this "
           "colour black (use #rrggbb and stop-opacity)";
    QTest::newRow("gradient href without xlink")
        << QByteArray("<rect id='r' fill='url(#plainHref)'/>") << int(Feature::PlainHref)
        << "gradient element \"plainHref\" inherits from \"good\" through href: QtSvg 6.4 only "
           "follows xlink:href";
    QTest::newRow("style sheet colour")
        << QByteArray("<style id='css'>.a { fill: hsl(120, 100%, 50%) }</style>")
        << int(Feature::Colour)
        << "the style sheet element \"css\" uses the colour \"hsl(120, 100%, 50%)\": QtSvg 6.4 "
           "does not understand it (use #rrggbb and an opacity)";
}

void tst_SvgDocument::unsupportedFeatures()
{
    QFETCH(QByteArray, body);
    QFETCH(int, feature);
    QFETCH(QString, message);

    // the definitions every row may use, none of them reported unless used
    const QByteArray data =
        "<svg xmlns='http://www.w3.org/2000/svg' xmlns:xlink='http://www.w3.org/1999/xlink'>\n"
        + body
        + "\n<defs>"
          "<marker id='m'/><clipPath id='c'/><mask id='k'/><filter id='f'/>"
          "<pattern id='pat'/><symbol id='sym'/><path id='c2'/>"
          "<g id='arrowGroup'><path id='inner' marker-end='url(#m)'/></g>"
          "<linearGradient id='bad'><stop id='badStop' stop-color='rgba(0,255,0,1)'/>"
          "</linearGradient>"
          "<linearGradient id='child' xlink:href='#bad'/>"
          "<linearGradient id='good'><stop stop-color='#00ff00'/></linearGradient>"
          "<linearGradient id='plainHref' href='#good'/>"
          "</defs></svg>";
    const SvgDocument doc = SvgDocument::parse(data);
    QVERIFY2(doc.isValid(), qPrintable(doc.errorString()));
    const QList<SvgUnsupported> found = doc.unsupportedFeatures();
    QCOMPARE(found.size(), 1);
    const SvgUnsupported &u = found.first();
    QCOMPARE(int(u.feature), feature);
    QCOMPARE(u.message, message);
    QVERIFY(doc.isElement(u.element));
    QCOMPARE(u.elementId, doc.id(u.element));
    QCOMPARE(u.line, doc.line(u.element));
    QCOMPARE(u.column, doc.column(u.element));
    // on the line of the row's body, except what lives in the definitions
    if (u.element < doc.elementById("m"))
        QCOMPARE(u.line, 2);
    else
        QCOMPARE(u.line, 3);
}

void tst_SvgDocument::unusedDefinitionsNotReported()
{
    // definitions full of unsupported things, used by nobody; an Illustrator switch whose
    // private foreignObject is skipped by QtSvg as by every viewer; a hidden layer still counts
    const SvgDocument doc = SvgDocument::parse(
        "<svg xmlns='http://www.w3.org/2000/svg' xmlns:xlink='http://www.w3.org/1999/xlink'>"
        "<defs><marker id='m'><path marker-end='url(#m)'/></marker><clipPath id='c'/>"
        "<filter id='f'/><pattern id='p'><rect fill='rgba(1,1,1,1)'/></pattern>"
        "<symbol id='s'><rect style='fill:var(--x)'/></symbol>"
        "<linearGradient id='g'><stop stop-color='hsla(1,1%,1%,1)'/></linearGradient>"
        "<g id='lib'><path clip-path='url(#c)'/></g></defs>"
        "<switch><foreignObject requiredExtensions='http://ns.adobe.com/AdobeIllustrator/10.0/'/>"
        "<g><rect fill='#ff0000' stroke='url(#g2)'/></g></switch>"
        "<linearGradient id='g2'><stop stop-color='#000000'/></linearGradient>"
        "<g style='display:none'><path id='hidden' style='filter:url(#f)'/></g>"
        "</svg>");
    QVERIFY(doc.isValid());
    const QList<SvgUnsupported> found = doc.unsupportedFeatures();
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().elementId, "hidden");
    QCOMPARE(found.first().feature, Feature::Filter);
}

QTEST_MAIN(tst_SvgDocument)
#include "tst_svgdocument.moc"
