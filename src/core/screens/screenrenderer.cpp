#include "screenrenderer.h"

#include "screenbindingset.h"
#include "screensession.h"
#include "svgdocument.h"
#include "svgtextspec.h"

#include <QLoggingCategory>
#include <QPainter>
#include <QSvgRenderer>

#include <algorithm>
#include <cmath>
#include <functional>

Q_LOGGING_CATEGORY(lcRender, "vigie.screens.render")

namespace Vigie {

namespace {

const ElementState DefaultState;

// Elements that draw something; the rest (defs, style, metadata, Inkscape's namedview…) stay
// in the static layer whatever their place.
bool isGraphic(const SvgDocument &doc, int element)
{
    if (doc.namespaceUri(element) != SvgNamespace)
        return false;
    static const QSet<QString> graphic {
        QStringLiteral("g"),       QStringLiteral("a"),    QStringLiteral("switch"),
        QStringLiteral("svg"),     QStringLiteral("rect"), QStringLiteral("circle"),
        QStringLiteral("ellipse"), QStringLiteral("line"), QStringLiteral("polyline"),
        QStringLiteral("polygon"), QStringLiteral("path"), QStringLiteral("text"),
        QStringLiteral("image"),   QStringLiteral("use"),
    };
    return graphic.contains(doc.localName(element));
}

bool isContainer(const SvgDocument &doc, int element)
{
    const QString &name = doc.localName(element);
    return name == QLatin1String("g") || name == QLatin1String("a")
        || name == QLatin1String("switch");
}

QString number(double x)
{
    return QString::number(x, 'g', 10);
}

// What a state changes in the SVG itself: all of it but blinking and quality, which are
// applied while painting (so a field added to ElementState redraws by default).
bool sameDrawing(ElementState a, const ElementState &b)
{
    a.blink = b.blink;
    a.bad = b.bad;
    a.reason = b.reason;
    return a == b;
}

// The elements' own transform attributes as matrices, as QtSvg reads them: the transform of a
// group holding a probe, all probes in one document (one QtSvg load, not one per element).
// Elements without a transform, or whose transform QtSvg does not read, are left out: identity.
QHash<int, QTransform> ownTransforms(const SvgDocument &doc, const QList<int> &elements)
{
    QHash<int, QTransform> result;
    QString probes;
    QList<int> probed;
    for (int element : elements) {
        const QString transform = doc.attribute(element, u"transform").trimmed();
        if (transform.isEmpty())
            continue;
        probes += QStringLiteral("<g transform=\"%1\"><rect id=\"p%2\" width=\"1\" "
                                 "height=\"1\"/></g>")
                      .arg(transform.toHtmlEscaped(), QString::number(probed.size()));
        probed.append(element);
    }
    if (probed.isEmpty())
        return result;
    QSvgRenderer renderer(
        QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\">%1</svg>").arg(probes).toUtf8());
    if (!renderer.isValid())
        return result;
    for (qsizetype i = 0; i < probed.size(); ++i) {
        const QTransform t = renderer.transformForElement(QStringLiteral("p%1").arg(i));
        if (!t.isIdentity())
            result.insert(probed[i], t);
    }
    return result;
}

// Where an element turns, in its parent's coordinates: the binding's centre is in the
// element's own coordinates (before its own transform); without one, the centre of its bounds
// (`natural`, in the parent's coordinates).
QPointF rotationCentre(const QRectF &natural, const QTransform &own, std::optional<double> x,
                       std::optional<double> y)
{
    if (!x && !y)
        return natural.center();
    const QPointF ownCentre = own.inverted().map(natural.center());
    return own.map(QPointF(x.value_or(ownCentre.x()), y.value_or(ownCentre.y())));
}

} // namespace

// One look of a unit: its standalone document loaded once, and drawn once per scale. A plant
// screen's elements go through few looks (running or stopped, normal or in alarm), so a unit
// keeps its last few: going back to one costs a blit, not a QtSvg load and render.
struct ScreenRenderer::Look
{
    size_t key = 0; // hash of the standalone document (or of the text, colour and opacity)
    qsizetype size = 0; // its length, against hash collisions
    std::unique_ptr<QSvgRenderer> renderer; // none: a text drawn by its spec
    const SvgTextSpec *textSpec = nullptr;
    QString text;
    QColor textColour;
    qreal textOpacity = 1.0;
    QRectF bounds; // drawing coordinates
    QImage image; // the look drawn at imageTransform over imageRect (device)
    QTransform imageTransform;
    QRect imageRect;
    qreal imageRatio = 0;
};

struct ScreenRenderer::Unit
{
    int root = -1;
    QList<int> members; // dynamic elements inside root (root included), in document order
    bool isStatic = false; // a static element kept above a unit before it
    bool blinkingHidden = false; // built with its blinking members left out
    // Of its members' states, kept by setState() so paint() looks no state up per member:
    bool bad = false; // one is bad: the bad-quality look over the unit
    bool innerBlinks = false; // one other than the root blinks: rebuilt for the off phase
    std::vector<std::unique_ptr<Look>> looks; // most recent first
    QRectF bounds; // drawing coordinates, of the current look
    // Of a dynamic unit only (a static one is never moved):
    QHash<int, QRectF> natural; // member → bounds in its parent's coordinates, undriven
    QHash<int, QTransform> own; // member → its own transform, if it has one
    std::unique_ptr<SvgTextSpec> text; // a text QPainter draws as QtSvg would
    [[nodiscard]] Look *current() const { return looks.empty() ? nullptr : looks.front().get(); }
};

ScreenRenderer::ScreenRenderer(const SvgDocument &document,
                               const QList<DynamicElement> &dynamicElements)
    : m_document(document)
{
    m_full = std::make_unique<QSvgRenderer>(document.serialize({}, true));
    if (!m_full->isValid()) {
        qCWarning(lcRender) << "QtSvg cannot load" << document.fileName();
        return;
    }
    m_viewBox = m_full->viewBoxF();
    m_defaultSize = QSizeF(m_full->defaultSize());
    if (m_viewBox.isEmpty())
        m_viewBox = QRectF(QPointF(0, 0), m_defaultSize);
    planUnits(dynamicElements);
    // Hidden in the file: hidden until a state shows it.
    for (const Unit &unit : m_units) {
        for (int member : unit.members) {
            if (drawnAttributeValue(document, member, QStringLiteral("visible")).number == 0.0)
                m_states[member].visible = false;
        }
    }
    m_staticRenderer = std::make_unique<QSvgRenderer>(document.serialize(m_excluded));
    for (Unit &unit : m_units)
        rebuild(unit);
}

ScreenRenderer::~ScreenRenderer() = default;

QList<ScreenRenderer::DynamicElement> ScreenRenderer::dynamicElements(const ScreenSession &session)
{
    QList<int> elements = session.bindings().boundElements() + session.actionElements();
    std::sort(elements.begin(), elements.end());
    elements.erase(std::unique(elements.begin(), elements.end()), elements.end());
    QList<DynamicElement> result;
    QHash<int, qsizetype> indexOf; // element → its place in result
    for (int element : std::as_const(elements)) {
        indexOf.insert(element, result.size());
        DynamicElement d;
        d.element = element;
        result.append(d);
    }
    // One pass over the bindings (not one per element: 2,000 of each is 4 million compares).
    for (const ScreenBinding &b : session.screen().bindings) {
        const auto it = indexOf.constFind(session.document().elementById(b.element));
        if (it == indexOf.constEnd())
            continue;
        DynamicElement &d = result[*it];
        if (b.attribute == BindingAttribute::Rotate) {
            d.rotates = true;
            d.centerX = b.centerX;
            d.centerY = b.centerY;
        }
        d.translates = d.translates || b.attribute == BindingAttribute::TranslateX
            || b.attribute == BindingAttribute::TranslateY;
    }
    return result;
}

std::unique_ptr<ScreenRenderer> ScreenRenderer::forSession(const ScreenSession &session)
{
    auto renderer = std::make_unique<ScreenRenderer>(session.document(), dynamicElements(session));
    for (int element : session.bindings().boundElements())
        renderer->setState(element, session.bindings().state(element));
    return renderer;
}

int ScreenRenderer::unitCount() const
{
    return int(m_units.size());
}

bool ScreenRenderer::isValid() const
{
    return m_full && m_full->isValid();
}

QTransform ScreenRenderer::viewTransform(const QRectF &target) const
{
    if (m_viewBox.isEmpty() || target.isEmpty())
        return {};
    const qreal scale =
        std::min(target.width() / m_viewBox.width(), target.height() / m_viewBox.height());
    const QSizeF size = m_viewBox.size() * scale;
    const QPointF origin(target.x() + (target.width() - size.width()) / 2,
                         target.y() + (target.height() - size.height()) / 2);
    QTransform t;
    t.translate(origin.x(), origin.y());
    t.scale(scale, scale);
    t.translate(-m_viewBox.x(), -m_viewBox.y());
    return t;
}

QRectF ScreenRenderer::fullBounds(int element) const
{
    const QString id = m_document.renderId(element);
    if (id.isEmpty() || !m_full->elementExists(id))
        return {};
    return m_full->transformForElement(id).mapRect(m_full->boundsOnElement(id));
}

void ScreenRenderer::planUnits(const QList<DynamicElement> &dynamicElements)
{
    QList<DynamicElement> sorted = dynamicElements;
    std::sort(sorted.begin(), sorted.end(), [](const DynamicElement &a, const DynamicElement &b) {
        return a.element < b.element;
    });
    QHash<int, DynamicElement> byElement;
    for (const DynamicElement &d : sorted) {
        if (!m_document.isElement(d.element) || byElement.contains(d.element))
            continue;
        byElement.insert(d.element, d);
        // A dynamic element inside another is drawn as part of it (a valve group that turns,
        // with a body whose fill changes).
        int owner = -1;
        for (const Unit &unit : m_units) {
            if (m_document.isAncestor(unit.root, d.element))
                owner = unit.root;
        }
        if (owner >= 0) {
            m_units[std::size_t(unitOf(owner))].members.append(d.element);
            m_unitOfElement.insert(d.element, unitOf(owner));
            continue;
        }
        Unit unit;
        unit.root = d.element;
        unit.members = {d.element};
        m_unitOfElement.insert(d.element, int(m_units.size()));
        m_units.push_back(std::move(unit));
        m_excluded.insert(d.element);
    }

    // Where each unit can reach, in document order, then the static elements drawn after one
    // of them that meet its reach become units too.
    QList<int> dynamicMembers;
    for (const Unit &unit : m_units)
        dynamicMembers += unit.members;
    const QHash<int, QTransform> owns = ownTransforms(m_document, dynamicMembers);
    QList<QRectF> reaches;
    QHash<int, QRectF> reachOf;
    for (const Unit &unit : m_units) {
        QRectF reach = fullBounds(unit.root);
        for (int member : unit.members) {
            const DynamicElement &d = byElement[member];
            const QRectF b = fullBounds(member);
            if (d.translates || b.isEmpty()) {
                reach = m_viewBox;
                break;
            }
            if (d.rotates) {
                // The centre in drawing coordinates, like b.
                const QString id = m_document.renderId(member);
                const QPointF c = m_full->transformForElement(id).map(rotationCentre(
                    m_full->boundsOnElement(id), owns.value(member), d.centerX, d.centerY));
                qreal r = 0;
                for (const QPointF &p :
                     {b.topLeft(), b.topRight(), b.bottomLeft(), b.bottomRight()})
                    r = std::max(r, std::hypot(p.x() - c.x(), p.y() - c.y()));
                reach |= QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r);
            }
        }
        reachOf.insert(unit.root, reach.isEmpty() ? m_viewBox : reach);
    }
    // Walk the tree in document order, collecting reaches as units go by.
    std::function<void(int)> walk = [&](int node) {
        if (!m_document.isElement(node))
            return;
        if (reachOf.contains(node)) {
            reaches.append(reachOf.value(node));
            return;
        }
        const bool holdsUnit = std::any_of(m_units.begin(), m_units.end(), [&](const Unit &u) {
            return m_document.isAncestor(node, u.root);
        });
        if (holdsUnit) {
            for (int child : m_document.children(node))
                walk(child);
            return;
        }
        if (reaches.isEmpty() || !isGraphic(m_document, node))
            return;
        const QRectF b = fullBounds(node);
        const bool meets = b.isEmpty()
            || std::any_of(reaches.begin(), reaches.end(),
                           [&](const QRectF &r) { return r.intersects(b); });
        if (!meets)
            return;
        if (isContainer(m_document, node) && !m_document.children(node).isEmpty()) {
            for (int child : m_document.children(node))
                walk(child);
            return;
        }
        Unit overlay;
        overlay.root = node;
        overlay.members = {node};
        overlay.isStatic = true;
        m_excluded.insert(node);
        m_units.push_back(std::move(overlay));
        ++m_staticOverlays;
    };
    walk(m_document.root());

    std::sort(m_units.begin(), m_units.end(),
              [](const Unit &a, const Unit &b) { return a.root < b.root; });
    m_unitOfElement.clear();
    for (std::size_t i = 0; i < m_units.size(); ++i) {
        for (int member : m_units[i].members)
            m_unitOfElement.insert(member, int(i));
    }
    for (Unit &unit : m_units) {
        if (unit.isStatic)
            continue; // never driven: nothing moves it, nothing reads its text
        for (int member : unit.members) {
            const QString id = m_document.renderId(member);
            unit.natural.insert(member, m_full->boundsOnElement(id));
            if (const auto own = owns.constFind(member); own != owns.constEnd())
                unit.own.insert(member, *own);
        }
        if (unit.members.size() == 1) {
            if (auto spec = SvgTextSpec::of(m_document, unit.root, *m_full))
                unit.text = std::make_unique<SvgTextSpec>(*spec);
        }
    }
}

int ScreenRenderer::unitOf(int element) const
{
    return m_unitOfElement.value(element, -1);
}

const ElementState &ScreenRenderer::state(int element) const
{
    const auto it = m_states.constFind(element);
    return it != m_states.constEnd() ? *it : DefaultState;
}

bool ScreenRenderer::hasBlinking() const
{
    return std::any_of(m_states.cbegin(), m_states.cend(),
                       [](const ElementState &s) { return s.blink; });
}

QRectF ScreenRenderer::setState(int element, const ElementState &newState)
{
    const int index = unitOf(element);
    if (index < 0)
        return {};
    Unit &unit = m_units[std::size_t(index)];
    const ElementState old = state(element);
    m_states.insert(element, newState);
    unit.bad = std::any_of(unit.members.cbegin(), unit.members.cend(),
                           [&](int m) { return state(m).bad; });
    unit.innerBlinks = std::any_of(unit.members.cbegin(), unit.members.cend(),
                                   [&](int m) { return m != unit.root && state(m).blink; });
    QRectF dirty = unit.bounds;
    // Built for the off phase, the unit leaves out what blinks: a change of blinking shows.
    if (!sameDrawing(old, newState) || (unit.blinkingHidden && old.blink != newState.blink)) {
        rebuild(unit, unit.blinkingHidden);
        dirty |= unit.bounds;
    }
    return dirty;
}

bool ScreenRenderer::rebuildText(Unit &unit)
{
    const ElementState &s = state(unit.root);
    if (!unit.text || !s.stroke.isEmpty() || s.rotate != 0.0 || s.translateX != 0.0
        || s.translateY != 0.0 || s.barHeight || s.barWidth) {
        return false;
    }
    const SvgTextSpec &spec = *unit.text;
    const QString text = s.text.value_or(spec.text);
    QColor colour = spec.fill;
    if (!s.fill.isEmpty()) {
        colour = s.fill == u"none" ? QColor() : QColor::fromString(s.fill);
        if (!colour.isValid() && s.fill != u"none")
            return false; // QtSvg's own reading of an unusual colour
    }
    const qreal opacity = s.opacity.value_or(spec.opacity);
    const QString keyText = text + QLatin1Char('\x1f') + colour.name(QColor::HexArgb)
        + QLatin1Char('\x1f') + QString::number(opacity);
    const size_t key = qHash(keyText);
    const auto found = std::find_if(unit.looks.begin(), unit.looks.end(), [&](const auto &look) {
        return !look->renderer && look->key == key && look->text == text
            && look->textColour == colour && look->textOpacity == opacity;
    });
    if (found != unit.looks.end()) {
        std::rotate(unit.looks.begin(), found, found + 1);
    } else {
        auto look = std::make_unique<Look>();
        look->key = key;
        look->textSpec = &spec;
        look->text = text;
        look->textColour = colour;
        look->textOpacity = opacity;
        look->bounds = spec.bounds(text);
        unit.looks.insert(unit.looks.begin(), std::move(look));
        if (unit.looks.size() > MaxLooks)
            unit.looks.pop_back();
    }
    return true;
}

void ScreenRenderer::rebuild(Unit &unit, bool hideBlinking)
{
    ++m_rebuilds;
    const QRectF before = unit.bounds;
    unit.blinkingHidden = hideBlinking;
    if (!hideBlinking && rebuildText(unit)) {
        finishRebuild(unit);
        return;
    }
    SvgDocument::OverridesMap overrides;
    for (int member : unit.members) {
        const ElementState &s = state(member);
        SvgDocument::Overrides o;
        if (!s.fill.isEmpty())
            o.properties.insert(QStringLiteral("fill"), s.fill);
        if (!s.stroke.isEmpty())
            o.properties.insert(QStringLiteral("stroke"), s.stroke);
        if (s.opacity)
            o.properties.insert(QStringLiteral("opacity"), number(*s.opacity));
        if ((!s.visible || (hideBlinking && s.blink)) && member != unit.root) {
            o.properties.insert(QStringLiteral("display"), QStringLiteral("none"));
        } else if (s.visible) {
            // Shown by its state though the file hides it.
            if (m_document.property(member, u"display") == u"none")
                o.properties.insert(QStringLiteral("display"), QStringLiteral("inline"));
            if (m_document.property(member, u"visibility") == u"hidden")
                o.properties.insert(QStringLiteral("visibility"), QStringLiteral("visible"));
        }
        o.text = s.text;
        // Movements in the parent's coordinates (where the element is seen), applied after the
        // element's own transform: translate · rotate · bar.
        const QRectF natural = unit.natural.value(member);
        QStringList transform;
        if (s.translateX != 0.0 || s.translateY != 0.0)
            transform << QStringLiteral("translate(%1 %2)")
                             .arg(number(s.translateX), number(s.translateY));
        if (s.rotate != 0.0) {
            const QPointF c = rotationCentre(natural, unit.own.value(member), s.centerX, s.centerY);
            transform << QStringLiteral("rotate(%1 %2 %3)")
                             .arg(number(s.rotate), number(c.x()), number(c.y()));
        }
        if (s.barHeight || s.barWidth) {
            const qreal fx = s.barWidth.value_or(1.0);
            const qreal fy = s.barHeight.value_or(1.0);
            // Anchored at the bottom-left corner: a level rises, a bar grows to the right.
            const QPointF anchor = natural.bottomLeft();
            transform << QStringLiteral("translate(%1 %2) scale(%3 %4) translate(%5 %6)")
                             .arg(number(anchor.x()), number(anchor.y()), number(fx), number(fy),
                                  number(-anchor.x()), number(-anchor.y()));
        }
        o.transform = transform.join(QLatin1Char(' '));
        if (!o.isEmpty())
            overrides.insert(member, o);
    }
    const QByteArray svg = m_document.standalone(unit.root, overrides);
    const size_t key = qHash(svg);
    const auto found = std::find_if(unit.looks.begin(), unit.looks.end(), [&](const auto &look) {
        return look->key == key && look->size == svg.size();
    });
    if (found != unit.looks.end()) {
        std::rotate(unit.looks.begin(), found, found + 1);
    } else {
        ++m_loads;
        auto look = std::make_unique<Look>();
        look->key = key;
        look->size = svg.size();
        look->renderer = std::make_unique<QSvgRenderer>(svg);
        const QString id = m_document.renderId(unit.root);
        QSvgRenderer *r = look->renderer.get();
        look->bounds = r->elementExists(id)
            ? r->transformForElement(id).mapRect(r->boundsOnElement(id))
            : QRectF();
        unit.looks.insert(unit.looks.begin(), std::move(look));
        if (unit.looks.size() > MaxLooks)
            unit.looks.pop_back();
    }
    finishRebuild(unit);
    // Blinking does not move a unit: what it covers in the on phase is still its place, for
    // the repaint that shows it again.
    if (hideBlinking)
        unit.bounds |= before;
}

void ScreenRenderer::finishRebuild(Unit &unit)
{
    unit.bounds = unit.current()->bounds;
    // Drawn now at the scale of the last paint, so the next paint only copies it: the cost of
    // a change is taken where the view can spread it over several event-loop passes.
    if (m_lastRatio > 0) {
        const QRect device = deviceRect(unit.bounds, m_lastTransform, m_lastVisible);
        if (!device.isEmpty())
            drawLook(*unit.current(), m_lastTransform, device, m_lastRatio);
    }
}

QRectF ScreenRenderer::bounds(int element) const
{
    const int index = unitOf(element);
    if (index < 0)
        return {};
    const Unit &unit = m_units[std::size_t(index)];
    if (!state(unit.root).visible)
        return {};
    return unit.bounds;
}

int ScreenRenderer::elementAt(const QPointF &drawingPoint, const QList<int> &candidates) const
{
    int best = -1;
    for (int element : candidates) {
        const int index = unitOf(element);
        if (index < 0 || element <= best)
            continue; // document order: the later one is drawn on top
        const Unit &unit = m_units[std::size_t(index)];
        QRectF area = bounds(element);
        if (element != unit.root) {
            // An element inside a unit: its own bounds, moved with the unit.
            area = {};
            const QString id = m_document.renderId(element);
            const QSvgRenderer *r = unit.current() ? unit.current()->renderer.get() : nullptr;
            if (r && r->elementExists(id))
                area = r->transformForElement(id).mapRect(r->boundsOnElement(id));
        }
        if (area.contains(drawingPoint))
            best = element;
    }
    return best;
}

void ScreenRenderer::ensureStaticLayer(const QRectF &fitted, const QRectF &visible, qreal dpr)
{
    if (!m_static.isNull() && fitted == m_staticFitted && visible == m_staticVisible
        && dpr == m_staticRatio) {
        return;
    }
    ++m_staticRenders;
    m_staticFitted = fitted;
    m_staticVisible = visible;
    m_staticRatio = dpr;
    const QSize pixels = (visible.size() * dpr).toSize();
    if (pixels.isEmpty()) {
        m_static = QImage();
        return;
    }
    m_static = QImage(pixels, QImage::Format_ARGB32_Premultiplied);
    m_static.fill(Qt::transparent);
    m_static.setDevicePixelRatio(dpr);
    QPainter p(&m_static);
    p.setRenderHint(QPainter::Antialiasing);
    p.translate(-visible.topLeft());
    m_staticRenderer->render(&p, fitted);
}

void ScreenRenderer::paintBadLook(QPainter *painter, const QRectF &deviceRect) const
{
    // ISA-101: not a process colour. A grey diagonal hatch over the element and a dashed grey
    // outline: the value shown is not to be trusted.
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setBrush(QBrush(QColor(0x60, 0x60, 0x60, 170), Qt::BDiagPattern));
    QPen pen(QColor(0x50, 0x50, 0x50));
    pen.setStyle(Qt::DashLine);
    pen.setWidthF(1.5);
    painter->setPen(pen);
    painter->drawRect(deviceRect.adjusted(-2, -2, 2, 2));
    painter->restore();
}

void ScreenRenderer::drawLook(Look &look, const QTransform &t, const QRect &device,
                              qreal devicePixelRatio)
{
    if (!look.image.isNull() && look.imageTransform == t && look.imageRect == device
        && look.imageRatio == devicePixelRatio) {
        return;
    }
    look.image = QImage(device.size() * devicePixelRatio, QImage::Format_ARGB32_Premultiplied);
    look.image.setDevicePixelRatio(devicePixelRatio);
    look.image.fill(Qt::transparent);
    QPainter p(&look.image);
    p.setRenderHint(QPainter::Antialiasing);
    p.translate(-device.topLeft());
    if (look.renderer)
        look.renderer->render(&p, t.mapRect(m_viewBox));
    else
        look.textSpec->draw(&p, t, look.text, look.textColour, look.textOpacity);
    look.imageTransform = t;
    look.imageRect = device;
    look.imageRatio = devicePixelRatio;
}

QRect ScreenRenderer::deviceRect(const QRectF &bounds, const QTransform &t,
                                 const QRect &visible) const
{
    // A margin for antialiasing and strokes QtSvg leaves out of the bounds.
    return t.mapRect(bounds).toAlignedRect().adjusted(-2, -2, 2, 2).intersected(visible);
}

void ScreenRenderer::paint(QPainter *painter, const QRectF &target, const QRectF &viewport,
                           const QRegion &exposed, qreal devicePixelRatio, qint64 nowMs)
{
    if (!isValid())
        return;
    const QTransform t = viewTransform(target);
    const QRectF fitted = t.mapRect(m_viewBox);
    const QRect visible = fitted.intersected(viewport).toAlignedRect();
    ensureStaticLayer(fitted, visible, devicePixelRatio);
    m_lastTransform = t;
    m_lastVisible = visible;
    m_lastRatio = devicePixelRatio;
    const bool blinkOff = (nowMs / (BlinkPeriodMs / 2)) % 2 == 1;
    for (Unit &unit : m_units) {
        // A root that blinks is skipped below; a blinking element inside a unit needs the
        // unit built without it for the off phase.
        const bool hide = blinkOff && unit.innerBlinks;
        if (hide != unit.blinkingHidden)
            rebuild(unit, hide);
    }

    // Where each shown unit is drawn, found once for all the exposed rectangles.
    struct Placed
    {
        const Unit *unit;
        QRect device;
    };
    std::vector<Placed> placed;
    const QRect exposedBounds = exposed.boundingRect();
    for (const Unit &unit : m_units) {
        const ElementState &s = state(unit.root);
        if (!s.visible || (s.blink && blinkOff) || !unit.current() || unit.bounds.isEmpty())
            continue;
        const QRect device = deviceRect(unit.bounds, t, visible);
        if (!device.isEmpty() && device.intersects(exposedBounds))
            placed.push_back({&unit, device});
    }

    painter->save();
    // Rectangle by rectangle: the static layer's part under each is one plain blit, where a
    // clip region of many rectangles would make the raster engine walk all of them per span.
    for (const QRect &r : exposed) {
        const QRect area = r.intersected(visible);
        if (area.isEmpty())
            continue;
        painter->setClipRect(area);
        if (!m_static.isNull()) {
            const QRectF source(QPointF(area.topLeft() - visible.topLeft()) * devicePixelRatio,
                                QSizeF(area.size()) * devicePixelRatio);
            painter->drawImage(QRectF(area), m_static, source);
        }
        for (const Placed &p : placed) {
            if (!p.device.intersects(area))
                continue;
            Look *look = p.unit->current();
            drawLook(*look, t, p.device, devicePixelRatio);
            painter->drawImage(p.device.topLeft(), look->image);
            if (p.unit->bad)
                paintBadLook(painter, t.mapRect(p.unit->bounds));
        }
    }
    painter->restore();
}

} // namespace Vigie
