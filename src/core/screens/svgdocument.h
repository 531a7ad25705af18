#pragma once

#include "svgunsupported.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QXmlStreamAttributes>
#include <QXmlStreamNamespaceDeclarations>

#include <memory>
#include <optional>
#include <vector>

namespace Vigie {

// The SVG namespace, which a drawing's root and the elements QtSvg draws are in.
inline constexpr QStringView SvgNamespace = u"http://www.w3.org/2000/svg";

struct SvgTemplateCache;

// A mimic screen's SVG as a light, read-only DOM in Qt Core (QtSvg 6.4 has none): the nodes in
// document order with their attributes as written, their place in the file, an id index and
// the properties elements declare, so that bindings find their elements and initial values;
// and what the screen renderer needs to redraw one bound element without reloading the whole
// drawing: a standalone document for that element with its bound values applied
// (standalone()), the drawing without its bound elements (serialize()), and the list of
// what QtSvg 6.4 will not draw (unsupportedFeatures()).
//
// Every index is a node index (elements, text and CDATA nodes share one space); node 0 is the
// root <svg> of a valid document. Comments, processing instructions and the DTD are dropped
// (entities are expanded). A parsed document never changes: its const methods may be called
// from several threads (the template cache is locked).
class SvgDocument
{
public:
    enum class NodeKind : quint8 { Element, Text, CData };

    // The values a binding imposes on an element; see standalone() for how each is written.
    struct Overrides
    {
        // property → value: fill, stroke, opacity, fill-opacity, stroke-width, display, …
        QMap<QString, QString> properties;
        // Replaces the element's text (for a group, that of its first <text>; ignored when
        // there is none).
        std::optional<QString> text;
        // Put before the element's own transform, so it acts in the coordinates of the
        // element's parent (where the element is seen, after its own transform):
        // "rotate(30 50 50)" turns it about the point (50, 50) of its parent's coordinates.
        QString transform;

        [[nodiscard]] bool isEmpty() const
        {
            return properties.isEmpty() && !text && transform.isEmpty();
        }
    };

    static constexpr int MaxDepth = 512;

    // Never fails hard: malformed XML, a root that is not SVG, nesting deeper than MaxDepth or
    // an undecodable file give an invalid document with an error and its place.
    static SvgDocument parse(const QByteArray &data, const QString &fileName = {});
    // Reads and parses the file at `path`. When it cannot, an invalid document and *error:
    // "cannot open <path>: <reason>", or "<file name>, line L, column C: <reason>".
    static SvgDocument load(const QString &path, QString *error);

    [[nodiscard]] bool isValid() const { return m_errorString.isEmpty() && !m_nodes.empty(); }
    [[nodiscard]] const QString &fileName() const { return m_fileName; }
    [[nodiscard]] const QString &errorString() const { return m_errorString; }
    // 1-based: the last character the reader read, the offending element's '<' or the byte
    // that is not UTF-8.
    [[nodiscard]] int errorLine() const { return m_errorLine; }
    [[nodiscard]] int errorColumn() const { return m_errorColumn; }

    // --- The tree. Out-of-range indices give empty values, never a crash.
    [[nodiscard]] int nodeCount() const { return int(m_nodes.size()); }
    [[nodiscard]] int elementCount() const { return m_elementCount; }
    [[nodiscard]] int root() const { return isValid() ? 0 : -1; }
    [[nodiscard]] NodeKind kind(int node) const;
    [[nodiscard]] bool isElement(int node) const;
    [[nodiscard]] const QString &namespaceUri(int element) const;
    [[nodiscard]] const QString &localName(int element) const;
    [[nodiscard]] const QString &qualifiedName(int element) const;
    [[nodiscard]] const QXmlStreamAttributes &attributes(int element) const;
    // The value of an attribute by its name as written ("width", "xlink:href"); empty if none.
    [[nodiscard]] QString attribute(int element, QStringView qualifiedName) const;
    [[nodiscard]] bool hasAttribute(int element, QStringView qualifiedName) const;
    // The xmlns declarations written on this element.
    [[nodiscard]] const QXmlStreamNamespaceDeclarations &namespaceDeclarations(int element) const;
    // The characters of a text or CDATA node.
    [[nodiscard]] const QString &text(int node) const;
    [[nodiscard]] int parent(int node) const;
    [[nodiscard]] const QList<int> &children(int element) const;
    // One past the last node of the subtree: the subtree of n is [n, subtreeEnd(n)).
    [[nodiscard]] int subtreeEnd(int node) const;
    // Whether `ancestor` is a proper ancestor of `node`.
    [[nodiscard]] bool isAncestor(int ancestor, int node) const;
    // 1-based position of the element's '<' (of the text's first character) in the file.
    [[nodiscard]] int line(int node) const;
    [[nodiscard]] int column(int node) const;

    // Every <style> element (CSS style sheets), in document order.
    [[nodiscard]] const QList<int> &styleElements() const { return m_styleElements; }

    [[nodiscard]] const QString &id(int element) const;
    // The first element with this id, in document order; -1 if none.
    [[nodiscard]] int elementById(const QString &id) const { return m_ids.value(id, -1); }
    // All text and CDATA below the element, concatenated, whitespace as in the file.
    [[nodiscard]] QString textContent(int element) const;
    // The value the element itself declares for a property: its inline style first
    // (style="fill:#ff0000"), else the presentation attribute (fill="#ff0000"); empty if neither.
    // Neither inherited values nor <style> sheet rules are looked at.
    [[nodiscard]] QString property(int element, QStringView name) const;

    // --- Writing (svgserializer.cpp)

    // A complete SVG document drawing only `element`, with the overrides applied, that renders
    // at the same place as in the whole drawing when drawn into the same target rectangle: the
    // root <svg> with the original root's attributes and namespaces, every <style> element, the
    // definitions the element needs (url(#…) and href references, transitively) in a <defs>, its
    // ancestors as opening tags (their transforms and inherited styles apply), the element, and
    // the closing tags. Everything but the element itself is cached per element on first use.
    //
    // A property override is written into the element's inline style when that style declares
    // the property, else as a presentation attribute. Inherited properties (fill, stroke, …) are
    // also written onto each descendant that declares the same property itself, so a bound group
    // fill recolours its shapes; opacity and display are not pushed down (they already apply to
    // the whole group) and visibility only when it hides. The text goes into the first innermost
    // <tspan> of the <text> (or the text itself), the other text nodes of that <text> are emptied.
    // The transform becomes transform="EXTRA OWN", which SVG composes as EXTRA · OWN: the
    // element's own transform first, then EXTRA, in the parent's coordinates.
    // Returns an empty array for a node that is not an element.
    [[nodiscard]] QByteArray standalone(int element, const Overrides &overrides = {}) const;
    // The same, with overrides for the element and for elements inside it (a turning valve
    // group whose body's fill changes). Elements without an id get their renderId().
    using OverridesMap = QHash<int, Overrides>;
    [[nodiscard]] QByteArray standalone(int element, const OverridesMap &overrides) const;
    // The id QtSvg knows an element by in what serialize(…, true) and standalone() write: its own,
    // or "__vigie_<index>" for one that has none, so the renderer can ask QtSvg for the bounds of
    // any element.
    [[nodiscard]] QString renderId(int element) const;
    // The whole document without the subtrees of the excluded elements (the static layer).
    // With `renderIds`, elements without an id are written with their renderId().
    [[nodiscard]] QByteArray serialize(const QSet<int> &excluded = {},
                                       bool renderIds = false) const;

    // --- What QtSvg 6.4 will not draw (svgsupport.cpp): features used by the drawing or by
    // what it references; unused definitions are not reported.
    [[nodiscard]] QList<SvgUnsupported> unsupportedFeatures() const;

private:
    struct Node
    {
        NodeKind kind = NodeKind::Element;
        int parent = -1;
        int subtreeEnd = 0;
        int line = 0;
        int column = 0;
        QString namespaceUri;
        QString localName;
        QString qualifiedName;
        QString id;
        QXmlStreamAttributes attributes;
        QXmlStreamNamespaceDeclarations namespaceDeclarations;
        QList<int> children;
        QString text; // text and CDATA nodes
    };
    friend class SvgDocumentReader;

    [[nodiscard]] const Node *node(int index) const;
    [[nodiscard]] const Node *element(int index) const;

    QString m_fileName;
    QString m_errorString;
    int m_errorLine = 0;
    int m_errorColumn = 0;
    std::vector<Node> m_nodes; // document order
    int m_elementCount = 0;
    QHash<QString, int> m_ids;
    QList<int> m_styleElements;
    // Prefix and suffix bytes of standalone(), per element; shared by copies, whose nodes are
    // the same, and never changed by anything else.
    std::shared_ptr<SvgTemplateCache> m_templates;
};

} // namespace Vigie
