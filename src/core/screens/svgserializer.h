#pragma once

#include "svgdocument.h"

#include <QByteArray>
#include <QHash>
#include <QMutex>

namespace Vigie {

// What surrounds one element in its standalone document (the root, the style sheets, the
// definitions it needs, its ancestors' opening tags, and the closing tags): the same bytes on
// every call, so made once per element.
struct SvgTemplate
{
    QByteArray prefix;
    QByteArray suffix;
};

struct SvgTemplateCache
{
    QMutex mutex;
    QHash<int, SvgTemplate> templates; // element → template
};

// Writes an SvgDocument back as UTF-8 XML: whole or in part (SvgDocument::serialize()), or one
// element as a standalone document with a binding's overrides (SvgDocument::standalone()).
// Writes the bytes itself rather than through QXmlStreamWriter: prefixes must stay as written
// (QtSvg looks attributes up by qualified name, "xlink:href") and the hot path must not
// allocate per attribute.
class SvgSerializer
{
public:
    // With `renderIds`, elements without an id are written with SvgDocument::renderId().
    explicit SvgSerializer(const SvgDocument &doc, bool renderIds = false)
        : m_doc(doc)
        , m_renderIds(renderIds)
    {
    }

    [[nodiscard]] QByteArray serialize(const QSet<int> &excluded) const;
    [[nodiscard]] QByteArray standalone(int element, const SvgDocument::OverridesMap &overrides,
                                        SvgTemplateCache &cache) const;
    [[nodiscard]] SvgTemplate makeTemplate(int element) const;
    // The elements the element's standalone document must define: referenced by url(#id) or
    // href from its subtree, its ancestors or the style sheets, transitively, and outside its
    // subtree and ancestors; outermost ones only, in document order.
    [[nodiscard]] QList<int> requiredDefinitions(int element) const;

private:
    struct Plan; // how the overrides change a subtree

    // `extraNamespaces` are declared on `node` itself (a copy detached from its ancestors).
    // `plans`: elements inside the subtree with overrides of their own, taking over from `plan`.
    void appendSubtree(QByteArray &out, int node, const QSet<int> *excluded, const Plan *plan,
                       const QXmlStreamNamespaceDeclarations *extraNamespaces = nullptr,
                       const QHash<int, const Plan *> *plans = nullptr) const;
    [[nodiscard]] QByteArray withTemplate(int element, const QByteArray &body,
                                          SvgTemplateCache &cache) const;
    // "<name xmlns…attributes…" without its closing '>' or "/>".
    void appendStartTag(QByteArray &out, int element, const Plan *plan,
                        const QXmlStreamNamespaceDeclarations *extraNamespaces = nullptr) const;
    // The namespaces declared above `node` (below the root) that a copy of it detached from
    // its ancestors must declare itself.
    [[nodiscard]] QXmlStreamNamespaceDeclarations inheritedNamespaces(int node) const;

    const SvgDocument &m_doc;
    bool m_renderIds = false;
};

} // namespace Vigie
