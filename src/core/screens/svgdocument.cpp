#include "svgdocument.h"

#include "svgdocumentreader.h"
#include "svgserializer.h"
#include "svgstyle.h"
#include "svgsupport.h"

#include "model/projectissue.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace Vigie {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::ProjectFile)
};

// What an out-of-range index reads: empty values, so a stale index cannot crash a renderer.
const QString emptyString;
const QList<int> noChildren;
const QXmlStreamAttributes noAttributes;
const QXmlStreamNamespaceDeclarations noNamespaces;

} // namespace

SvgDocument SvgDocument::parse(const QByteArray &data, const QString &fileName)
{
    return SvgDocumentReader::read(data, fileName);
}

SvgDocument SvgDocument::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = Tr::tr("cannot open %1: %2").arg(visibleText(path), file.errorString());
        return {};
    }
    SvgDocument document = parse(file.readAll(), path);
    if (!document.isValid()) {
        *error = Tr::tr("%1, line %2, column %3: %4")
                     .arg(visibleText(QFileInfo(path).fileName()))
                     .arg(document.errorLine())
                     .arg(document.errorColumn())
                     .arg(document.errorString());
    }
    return document;
}

const SvgDocument::Node *SvgDocument::node(int index) const
{
    return index >= 0 && index < int(m_nodes.size()) ? &m_nodes[index] : nullptr;
}

const SvgDocument::Node *SvgDocument::element(int index) const
{
    const Node *n = node(index);
    return n && n->kind == NodeKind::Element ? n : nullptr;
}

SvgDocument::NodeKind SvgDocument::kind(int index) const
{
    const Node *n = node(index);
    return n ? n->kind : NodeKind::Text;
}

bool SvgDocument::isElement(int index) const
{
    return element(index) != nullptr;
}

const QString &SvgDocument::namespaceUri(int index) const
{
    const Node *e = element(index);
    return e ? e->namespaceUri : emptyString;
}

const QString &SvgDocument::localName(int index) const
{
    const Node *e = element(index);
    return e ? e->localName : emptyString;
}

const QString &SvgDocument::qualifiedName(int index) const
{
    const Node *e = element(index);
    return e ? e->qualifiedName : emptyString;
}

const QXmlStreamAttributes &SvgDocument::attributes(int index) const
{
    const Node *e = element(index);
    return e ? e->attributes : noAttributes;
}

QString SvgDocument::attribute(int index, QStringView qualifiedName) const
{
    for (const QXmlStreamAttribute &a : attributes(index)) {
        if (a.qualifiedName() == qualifiedName)
            return a.value().toString();
    }
    return {};
}

bool SvgDocument::hasAttribute(int index, QStringView qualifiedName) const
{
    const QXmlStreamAttributes &all = attributes(index);
    return std::any_of(all.cbegin(), all.cend(), [&](const QXmlStreamAttribute &a) {
        return a.qualifiedName() == qualifiedName;
    });
}

const QXmlStreamNamespaceDeclarations &SvgDocument::namespaceDeclarations(int index) const
{
    const Node *e = element(index);
    return e ? e->namespaceDeclarations : noNamespaces;
}

const QString &SvgDocument::text(int index) const
{
    const Node *n = node(index);
    return n && n->kind != NodeKind::Element ? n->text : emptyString;
}

int SvgDocument::parent(int index) const
{
    const Node *n = node(index);
    return n ? n->parent : -1;
}

const QList<int> &SvgDocument::children(int index) const
{
    const Node *e = element(index);
    return e ? e->children : noChildren;
}

int SvgDocument::subtreeEnd(int index) const
{
    const Node *n = node(index);
    return n ? n->subtreeEnd : index;
}

bool SvgDocument::isAncestor(int ancestor, int index) const
{
    // subtrees are contiguous in document order
    const Node *a = node(ancestor);
    return a && node(index) && index > ancestor && index < a->subtreeEnd;
}

int SvgDocument::line(int index) const
{
    const Node *n = node(index);
    return n ? n->line : 0;
}

int SvgDocument::column(int index) const
{
    const Node *n = node(index);
    return n ? n->column : 0;
}

const QString &SvgDocument::id(int index) const
{
    const Node *e = element(index);
    return e ? e->id : emptyString;
}

QString SvgDocument::textContent(int index) const
{
    QString result;
    if (!element(index))
        return result;
    for (int n = index + 1; n < m_nodes[index].subtreeEnd; ++n) {
        if (m_nodes[n].kind != NodeKind::Element)
            result += m_nodes[n].text;
    }
    return result;
}

QString SvgDocument::property(int index, QStringView name) const
{
    const Node *e = element(index);
    if (!e)
        return {};
    QStringView attributeValue;
    bool hasAttributeValue = false;
    for (const QXmlStreamAttribute &a : e->attributes) {
        if (!a.namespaceUri().isEmpty())
            continue;
        if (a.name() == u"style") {
            if (const std::optional<QStringView> v = SvgStyle::value(a.value(), name))
                return v->toString();
        } else if (a.name() == name) {
            attributeValue = a.value();
            hasAttributeValue = true;
        }
    }
    return hasAttributeValue ? attributeValue.toString() : QString();
}

QByteArray SvgDocument::standalone(int element, const Overrides &overrides) const
{
    // One way to write it: the templates cached per element depend on renderIds.
    return standalone(element, OverridesMap {{element, overrides}});
}

QByteArray SvgDocument::standalone(int element, const OverridesMap &overrides) const
{
    if (!m_templates)
        return {};
    return SvgSerializer(*this, true).standalone(element, overrides, *m_templates);
}

QString SvgDocument::renderId(int element) const
{
    if (!isElement(element))
        return {};
    const QString &own = id(element);
    return own.isEmpty() ? QStringLiteral("__vigie_%1").arg(element) : own;
}

QByteArray SvgDocument::serialize(const QSet<int> &excluded, bool renderIds) const
{
    return SvgSerializer(*this, renderIds).serialize(excluded);
}

QList<SvgUnsupported> SvgDocument::unsupportedFeatures() const
{
    return SvgSupport::unsupportedFeatures(*this);
}

} // namespace Vigie
