#include "svgserializer.h"

#include "svgstyle.h"

#include <QMutexLocker>

#include <algorithm>

namespace Vigie {

namespace {

constexpr QStringView XLinkNamespace = u"http://www.w3.org/1999/xlink";

// SVG text is mostly ASCII: copy it straight, and go through QString::toUtf8() only from the
// first other character on.
void appendUtf8(QByteArray &out, QStringView s)
{
    const qsizetype old = out.size();
    out.resize(old + s.size());
    char *d = out.data() + old;
    qsizetype i = 0;
    for (; i < s.size(); ++i) {
        const char16_t c = s[i].unicode();
        if (c >= 0x80)
            break;
        d[i] = char(c);
    }
    if (i == s.size())
        return;
    out.truncate(old + i);
    out += s.sliced(i).toUtf8();
}

enum class Escape { Text, Attribute };

void appendEscaped(QByteArray &out, QStringView s, Escape mode)
{
    qsizetype run = 0;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char *entity = nullptr;
        switch (s[i].unicode()) {
        case u'&': entity = "&amp;"; break;
        case u'<': entity = "&lt;"; break;
        case u'>': entity = "&gt;"; break;
        case u'\r': entity = "&#13;"; break; // a raw one would be read back as \n
        case u'"':
            if (mode == Escape::Attribute)
                entity = "&quot;";
            break;
        case u'\t':
            if (mode == Escape::Attribute)
                entity = "&#9;";
            break;
        case u'\n':
            if (mode == Escape::Attribute)
                entity = "&#10;";
            break;
        default: break;
        }
        if (!entity)
            continue;
        appendUtf8(out, s.sliced(run, i - run));
        out += entity;
        run = i + 1;
    }
    appendUtf8(out, s.sliced(run));
}

void appendCData(QByteArray &out, QStringView s)
{
    out += "<![CDATA[";
    // "]]>" cannot occur inside a section: end it after "]]" and open another before ">"
    qsizetype from = 0;
    for (qsizetype at = s.indexOf(u"]]>"); at >= 0; at = s.indexOf(u"]]>", from)) {
        appendUtf8(out, s.sliced(from, at + 2 - from));
        out += "]]><![CDATA[";
        from = at + 2;
    }
    appendUtf8(out, s.sliced(from));
    out += "]]>";
}

void appendAttribute(QByteArray &out, QStringView qualifiedName, QStringView value)
{
    out += ' ';
    appendUtf8(out, qualifiedName);
    out += "=\"";
    appendEscaped(out, value, Escape::Attribute);
    out += '"';
}

void appendNamespace(QByteArray &out, const QXmlStreamNamespaceDeclaration &declaration)
{
    if (declaration.prefix().isEmpty()) {
        out += " xmlns=\"";
    } else {
        out += " xmlns:";
        appendUtf8(out, declaration.prefix());
        out += "=\"";
    }
    appendEscaped(out, declaration.namespaceUri(), Escape::Attribute);
    out += '"';
}

void appendEndTag(QByteArray &out, QStringView qualifiedName)
{
    out += "</";
    appendUtf8(out, qualifiedName);
    out += '>';
}

// The value of an attribute without namespace ("style", "fill"); a null view if absent.
QStringView plainAttribute(const QXmlStreamAttributes &attributes, QStringView name)
{
    for (const QXmlStreamAttribute &a : attributes) {
        if (a.namespaceUri().isEmpty() && a.name() == name)
            return a.value().isNull() ? QStringView(u"") : a.value();
    }
    return {};
}

bool isHref(const QXmlStreamAttribute &a)
{
    return a.name() == u"href"
        && (a.namespaceUri().isEmpty() || a.namespaceUri() == XLinkNamespace);
}

// Whether a group's bound value must also be written onto descendants declaring the property
// themselves. Not for what is not inherited (opacity, display, …: set on the group, it already
// applies to all it holds), and visibility only when it hides: showing a group must not show
// what its author hid inside it.
bool pushesDown(const QString &property, const QString &value)
{
    static const QSet<QString> applyToWhole = {
        QStringLiteral("opacity"),   QStringLiteral("display"), QStringLiteral("filter"),
        QStringLiteral("clip-path"), QStringLiteral("mask"),    QStringLiteral("transform"),
    };
    if (property == u"visibility")
        return value.trimmed() != u"visible" && value.trimmed() != u"inherit";
    return !applyToWhole.contains(property);
}

bool isTextContent(const SvgDocument &doc, int element)
{
    const QString &name = doc.localName(element);
    return name == u"text" || name == u"tspan" || name == u"textPath";
}

} // namespace

struct SvgSerializer::Plan
{
    int element = -1;
    const SvgDocument::Overrides *overrides = nullptr;
    QMap<QString, QString> pushedDown;
    // The text override: the text nodes in (textBase, textEnd) are emptied except textNode,
    // which gets the text; with no textNode the text is put first in textContainer.
    int textBase = -1;
    int textEnd = -1;
    int textContainer = -1;
    int textNode = -1;

    Plan(const SvgDocument &doc, int element, const SvgDocument::Overrides &overrides)
        : element(element)
        , overrides(&overrides)
    {
        for (auto it = overrides.properties.cbegin(); it != overrides.properties.cend(); ++it) {
            if (pushesDown(it.key(), it.value()))
                pushedDown.insert(it.key(), it.value());
        }
        if (overrides.text)
            planText(doc);
    }

    // The <text> itself, else the first <text> inside; then down its first tspans.
    void planText(const SvgDocument &doc)
    {
        if (isTextContent(doc, element)) {
            textBase = element;
        } else {
            for (int n = element + 1; n < doc.subtreeEnd(element) && textBase < 0; ++n) {
                if (doc.isElement(n) && doc.localName(n) == u"text")
                    textBase = n;
            }
            if (textBase < 0)
                return;
        }
        textEnd = doc.subtreeEnd(textBase);
        textContainer = textBase;
        for (bool deeper = true; deeper;) {
            deeper = false;
            for (int child : doc.children(textContainer)) {
                if (doc.isElement(child) && isTextContent(doc, child)) {
                    textContainer = child;
                    deeper = true;
                    break;
                }
            }
        }
        for (int child : doc.children(textContainer)) {
            if (!doc.isElement(child)) {
                textNode = child;
                break;
            }
        }
    }
};

QByteArray SvgSerializer::serialize(const QSet<int> &excluded) const
{
    QByteArray out;
    if (m_doc.root() < 0)
        return out;
    out.reserve(m_doc.nodeCount() * 64);
    appendSubtree(out, m_doc.root(), &excluded, nullptr);
    return out;
}

QByteArray SvgSerializer::standalone(int element, const SvgDocument::OverridesMap &overrides,
                                     SvgTemplateCache &cache) const
{
    if (!m_doc.isElement(element))
        return {};
    std::vector<Plan> plans;
    plans.reserve(std::size_t(overrides.size()));
    QHash<int, const Plan *> byElement;
    for (auto it = overrides.cbegin(); it != overrides.cend(); ++it) {
        if (it.key() >= element && it.key() < m_doc.subtreeEnd(element) && !it->isEmpty())
            plans.emplace_back(m_doc, it.key(), it.value());
    }
    for (const Plan &p : plans)
        byElement.insert(p.element, &p);
    QByteArray body;
    appendSubtree(body, element, nullptr, byElement.value(element), nullptr, &byElement);
    return withTemplate(element, body, cache);
}

QByteArray SvgSerializer::withTemplate(int element, const QByteArray &body,
                                       SvgTemplateCache &cache) const
{
    if (element == m_doc.root())
        return body;
    SvgTemplate t;
    {
        QMutexLocker lock(&cache.mutex);
        t = cache.templates.value(element);
    }
    if (t.prefix.isEmpty()) {
        t = makeTemplate(element);
        QMutexLocker lock(&cache.mutex);
        cache.templates.insert(element, t);
    }
    QByteArray out;
    out.reserve(t.prefix.size() + t.suffix.size() + body.size());
    out += t.prefix;
    out += body;
    out += t.suffix;
    return out;
}

SvgTemplate SvgSerializer::makeTemplate(int element) const
{
    SvgTemplate t;
    const int root = m_doc.root();
    QList<int> chain; // the ancestors below the root, outermost first
    for (int p = m_doc.parent(element); p > root; p = m_doc.parent(p))
        chain.prepend(p);

    appendStartTag(t.prefix, root, nullptr);
    t.prefix += '>';
    for (int n : m_doc.styleElements()) {
        if (n >= element && n < m_doc.subtreeEnd(element))
            continue; // comes with the element
        const QXmlStreamNamespaceDeclarations namespaces = inheritedNamespaces(n);
        appendSubtree(t.prefix, n, nullptr, nullptr, &namespaces);
    }
    const QList<int> definitions = requiredDefinitions(element);
    if (!definitions.isEmpty()) {
        // in the root's namespace, with the root's prefix if it has one ("svg:svg")
        const QString &rootName = m_doc.qualifiedName(root);
        const QStringView prefix = QStringView(rootName).first(rootName.size() - 3);
        t.prefix += '<';
        appendUtf8(t.prefix, prefix);
        t.prefix += "defs>";
        for (int d : definitions) {
            const QXmlStreamNamespaceDeclarations namespaces = inheritedNamespaces(d);
            appendSubtree(t.prefix, d, nullptr, nullptr, &namespaces);
        }
        t.prefix += "</";
        appendUtf8(t.prefix, prefix);
        t.prefix += "defs>";
    }
    for (int a : std::as_const(chain)) {
        appendStartTag(t.prefix, a, nullptr);
        t.prefix += '>';
    }

    for (auto a = chain.crbegin(); a != chain.crend(); ++a)
        appendEndTag(t.suffix, m_doc.qualifiedName(*a));
    appendEndTag(t.suffix, m_doc.qualifiedName(root));
    return t;
}

QList<int> SvgSerializer::requiredDefinitions(int element) const
{
    QSet<int> found;
    QList<int> pending;
    auto reference = [&](QStringView id) {
        const int target = m_doc.elementById(id.toString());
        if (target >= 0 && !found.contains(target)) {
            found.insert(target);
            pending.append(target);
        }
    };
    auto scanElement = [&](int n) {
        for (const QXmlStreamAttribute &a : m_doc.attributes(n)) {
            if (isHref(a)) {
                reference(SvgStyle::fragmentReference(a.value()));
                continue;
            }
            if (a.value().contains(u"url(", Qt::CaseInsensitive)) {
                for (QStringView id : SvgStyle::urlReferences(a.value()))
                    reference(id);
            }
        }
    };
    auto scanSubtree = [&](int top) {
        for (int n = top; n < m_doc.subtreeEnd(top); ++n) {
            if (m_doc.isElement(n))
                scanElement(n);
            else if (m_doc.localName(m_doc.parent(n)) == u"style")
                for (QStringView id : SvgStyle::urlReferences(m_doc.text(n)))
                    reference(id);
        }
    };

    scanSubtree(element);
    for (int p = m_doc.parent(element); p >= 0; p = m_doc.parent(p))
        scanElement(p); // an inherited fill:url(#…) on a group
    for (int n : m_doc.styleElements())
        scanSubtree(n);
    while (!pending.isEmpty())
        scanSubtree(pending.takeLast());

    QList<int> sorted(found.cbegin(), found.cend());
    std::sort(sorted.begin(), sorted.end());
    QList<int> result;
    int coveredUntil = 0; // the end of the last definition taken: its descendants come with it
    const int elementEnd = m_doc.subtreeEnd(element);
    for (int d : std::as_const(sorted)) {
        const bool carried = (d >= element && d < elementEnd) || d < coveredUntil;
        if (carried || d == m_doc.root() || m_doc.isAncestor(d, element)
            || m_doc.localName(d) == u"style")
            continue;
        result.append(d);
        coveredUntil = m_doc.subtreeEnd(d);
    }
    return result;
}

void SvgSerializer::appendSubtree(QByteArray &out, int node, const QSet<int> *excluded,
                                  const Plan *plan,
                                  const QXmlStreamNamespaceDeclarations *extraNamespaces,
                                  const QHash<int, const Plan *> *plans) const
{
    if (plans) {
        if (const Plan *own = plans->value(node))
            plan = own;
    }
    if (!m_doc.isElement(node)) {
        if (plan && node > plan->textBase && node < plan->textEnd) {
            if (node == plan->textNode)
                appendEscaped(out, *plan->overrides->text, Escape::Text);
            return;
        }
        if (m_doc.kind(node) == SvgDocument::NodeKind::CData)
            appendCData(out, m_doc.text(node));
        else
            appendEscaped(out, m_doc.text(node), Escape::Text);
        return;
    }
    if (excluded && excluded->contains(node))
        return;
    appendStartTag(out, node, plan, extraNamespaces);
    const bool injectText = plan && plan->textNode < 0 && node == plan->textContainer;
    const QList<int> &children = m_doc.children(node);
    if (children.isEmpty() && !injectText) {
        out += "/>";
        return;
    }
    out += '>';
    if (injectText)
        appendEscaped(out, *plan->overrides->text, Escape::Text);
    for (int child : children)
        appendSubtree(out, child, excluded, plan, nullptr, plans);
    appendEndTag(out, m_doc.qualifiedName(node));
}

void SvgSerializer::appendStartTag(QByteArray &out, int element, const Plan *plan,
                                   const QXmlStreamNamespaceDeclarations *extraNamespaces) const
{
    out += '<';
    appendUtf8(out, m_doc.qualifiedName(element));
    for (const QXmlStreamNamespaceDeclaration &d : m_doc.namespaceDeclarations(element))
        appendNamespace(out, d);
    if (extraNamespaces) {
        for (const QXmlStreamNamespaceDeclaration &d : *extraNamespaces)
            appendNamespace(out, d);
    }

    const QXmlStreamAttributes &attributes = m_doc.attributes(element);
    if (m_renderIds && m_doc.id(element).isEmpty())
        appendAttribute(out, u"id", m_doc.renderId(element));
    if (!plan) {
        for (const QXmlStreamAttribute &a : attributes)
            appendAttribute(out, a.qualifiedName(), a.value());
        return;
    }

    // Where each bound property goes: into the inline style if it declares it, else into the
    // presentation attribute. Descendants only get the pushed-down properties they declare.
    const QStringView style = plainAttribute(attributes, u"style");
    QMap<QString, QString> styleValues;
    QMap<QString, QString> attributeValues;
    const bool isBound = element == plan->element;
    const QMap<QString, QString> &wanted = isBound ? plan->overrides->properties : plan->pushedDown;
    for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
        if (!style.isNull() && SvgStyle::value(style, it.key()))
            styleValues.insert(it.key(), it.value());
        else if (isBound || !plainAttribute(attributes, it.key()).isNull())
            attributeValues.insert(it.key(), it.value());
    }
    const QString &extraTransform = isBound ? plan->overrides->transform : QString();
    bool transformWritten = false;

    for (const QXmlStreamAttribute &a : attributes) {
        if (a.namespaceUri().isEmpty()) {
            const QStringView name = a.name();
            if (name == u"style" && !styleValues.isEmpty()) {
                appendAttribute(out, name, SvgStyle::replaceValues(a.value(), styleValues));
                continue;
            }
            bool replaced = false;
            for (auto it = attributeValues.begin(); it != attributeValues.end(); ++it) {
                if (it.key() == name) {
                    appendAttribute(out, name, it.value());
                    attributeValues.erase(it);
                    replaced = true;
                    break;
                }
            }
            if (replaced)
                continue;
            if (name == u"transform" && !extraTransform.isEmpty()) {
                // EXTRA OWN: the element's own transform first, then EXTRA, in the parent's
                // coordinates
                appendAttribute(out, name, QString(extraTransform + u' ' + a.value()));
                transformWritten = true;
                continue;
            }
        }
        appendAttribute(out, a.qualifiedName(), a.value());
    }
    for (auto it = attributeValues.cbegin(); it != attributeValues.cend(); ++it)
        appendAttribute(out, it.key(), it.value());
    if (!extraTransform.isEmpty() && !transformWritten)
        appendAttribute(out, u"transform", extraTransform);
}

QXmlStreamNamespaceDeclarations SvgSerializer::inheritedNamespaces(int node) const
{
    QList<int> ancestors; // below the root, innermost first
    for (int p = m_doc.parent(node); p > m_doc.root(); p = m_doc.parent(p))
        ancestors.append(p);
    QXmlStreamNamespaceDeclarations result;
    auto declared = [](const QXmlStreamNamespaceDeclarations &list, QStringView prefix) {
        return std::any_of(
            list.cbegin(), list.cend(),
            [&](const QXmlStreamNamespaceDeclaration &d) { return d.prefix() == prefix; });
    };
    for (int a : std::as_const(ancestors)) { // the innermost declaration of a prefix wins
        for (const QXmlStreamNamespaceDeclaration &d : m_doc.namespaceDeclarations(a)) {
            if (!declared(result, d.prefix())
                && !declared(m_doc.namespaceDeclarations(node), d.prefix()))
                result.append(d);
        }
    }
    return result;
}

} // namespace Vigie
