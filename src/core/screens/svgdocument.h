#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QXmlStreamAttributes>
#include <QXmlStreamNamespaceDeclarations>

#include <vector>

namespace Vigie {

// A mimic screen's SVG as a light, read-only DOM in Qt Core (QtSvg 6.4 has none): the nodes in
// document order with their attributes as written, their place in the file, an id index and
// the properties elements declare, so that bindings can find their elements and read their
// initial values.
//
// Every index is a node index (elements, text and CDATA nodes share one space); node 0 is the
// root <svg> of a valid document. Comments, processing instructions and the DTD are dropped
// (entities are expanded). A parsed document never changes: its const methods may be called
// from several threads.
class SvgDocument
{
public:
    enum class NodeKind : quint8 { Element, Text, CData };

    static constexpr int MaxDepth = 512;

    // Never fails hard: malformed XML, a root that is not SVG, nesting deeper than MaxDepth or
    // an undecodable file give an invalid document with an error and its place.
    static SvgDocument parse(const QByteArray &data, const QString &fileName = {});

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
};

} // namespace Vigie
