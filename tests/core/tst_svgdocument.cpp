// The mimic screens' SVG document: parsing an Inkscape drawing and refusing broken ones, and
// the queries bindings rely on. Links Qt Gui and Svg to check the test drawing with QSvgRenderer
// (offscreen platform), unlike the other core tests.
#include "screens/svgdocument.h"

#include <QFile>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTest>

using namespace Vigie;

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

QTEST_MAIN(tst_SvgDocument)
#include "tst_svgdocument.moc"
