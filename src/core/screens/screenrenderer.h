#pragma once

#include "elementstate.h"

#include <QHash>
#include <QImage>
#include <QList>
#include <QRectF>
#include <QRegion>
#include <QSet>
#include <QTransform>

#include <memory>
#include <optional>
#include <vector>

class QPainter;
class QSvgRenderer;

namespace Vigie {

class ScreenSession;
class SvgDocument;

// Draws a screen's SVG with its elements' live states, redrawing only what changed.
//
// QtSvg 6.4 has no DOM (FIELD_NOTES.md): changing an attribute means loading a new document,
// and a full 2,000-element drawing costs tens of milliseconds. So the drawing is split once:
// - units: the elements that change (bound elements, and clickable ones), each drawn from a
//   small standalone document of its own, rebuilt when its state changes;
// - the static layer: everything else, rendered once per scale into an image;
// - static elements drawn after a unit in the file and overlapping where it can be (a level
//   gauge's scale over its bar, a label over a coloured pump) are units too, never rebuilt,
//   so the file's stacking order holds.
// paint() blits the static image and draws the units that meet the exposed rectangle, in file
// order, with the bad-quality look (an ISA-101 grey hatch and outline) over units whose state
// is bad, and blinking units hidden in the off half of the blink period (a blinking element
// inside a unit, such as a clickable group, hides by rebuilding the unit when the phase turns).
//
// Coordinates: "drawing" coordinates are the root's user space (its viewBox); a target
// rectangle in device coordinates says where the whole drawing goes (see viewTransform()).
class ScreenRenderer
{
public:
    // An element whose look changes: where it can go decides which static elements drawn
    // after it must stay above it.
    struct DynamicElement
    {
        int element = -1;
        bool rotates = false; // a rotate binding: it sweeps a disc about its centre
        bool translates = false; // a translation: it may go anywhere
        // The rotate binding's centre, in the element's own coordinates (none: the centre of
        // its bounds), known before any state: it decides the disc the element sweeps.
        std::optional<double> centerX;
        std::optional<double> centerY;
    };

    ScreenRenderer(const SvgDocument &document, const QList<DynamicElement> &dynamicElements);
    // The dynamic elements of an open screen: its bound and clickable elements.
    [[nodiscard]] static QList<DynamicElement> dynamicElements(const ScreenSession &session);
    // A renderer for an open screen with every bound element in its current state.
    [[nodiscard]] static std::unique_ptr<ScreenRenderer> forSession(const ScreenSession &session);
    ~ScreenRenderer();

    [[nodiscard]] bool isValid() const;
    // The drawing's user space, and its natural size (width and height of the root).
    [[nodiscard]] QRectF viewBox() const { return m_viewBox; }
    [[nodiscard]] QSizeF defaultSize() const { return m_defaultSize; }
    // Drawing → device: the viewBox fitted (aspect kept, centred) into `target`.
    [[nodiscard]] QTransform viewTransform(const QRectF &target) const;

    // A new state for a dynamic element (or an element inside a unit): returns the drawing
    // rectangle to repaint (its old and new bounds). Nothing is drawn until paint().
    QRectF setState(int element, const ElementState &state);
    [[nodiscard]] const ElementState &state(int element) const;
    // Units whose state blinks now (for the view's blink timer).
    [[nodiscard]] bool hasBlinking() const;

    // Where a unit is now, in drawing coordinates (empty if hidden or unknown).
    [[nodiscard]] QRectF bounds(int element) const;
    // The topmost of `candidates` (dynamic elements) whose drawn bounds contain the point.
    [[nodiscard]] int elementAt(const QPointF &drawingPoint, const QList<int> &candidates) const;

    // Draws the part of the drawing inside `exposed` (device coordinates) with the whole drawing
    // fitted into `target` (larger than the viewport when zoomed in). The static layer is cached
    // for the part of the drawing inside `viewport` at this scale and `devicePixelRatio` (crisp
    // on HiDPI). `nowMs` gives the blink phase.
    void paint(QPainter *painter, const QRectF &target, const QRectF &viewport,
               const QRegion &exposed, qreal devicePixelRatio = 1.0, qint64 nowMs = 0);
    void paint(QPainter *painter, const QRectF &target, const QRectF &viewport,
               const QRectF &exposed, qreal devicePixelRatio = 1.0, qint64 nowMs = 0)
    {
        paint(painter, target, viewport, QRegion(exposed.toAlignedRect()), devicePixelRatio, nowMs);
    }

    // Counters for tests and the bench.
    [[nodiscard]] int unitCount() const;
    [[nodiscard]] int staticOverlayCount() const { return m_staticOverlays; }
    [[nodiscard]] quint64 rebuilds() const { return m_rebuilds; }
    // QtSvg loads of a unit's look (a rebuild to a look still held costs none).
    [[nodiscard]] quint64 loads() const { return m_loads; }
    [[nodiscard]] quint64 staticRenders() const { return m_staticRenders; }

    static constexpr int BlinkPeriodMs = 1000;
    // Looks a unit keeps (see Look in the .cpp).
    static constexpr std::size_t MaxLooks = 4;

private:
    struct Look;
    struct Unit;

    void planUnits(const QList<DynamicElement> &dynamicElements);
    [[nodiscard]] QRectF fullBounds(int element) const;
    // With `hideBlinking`, members inside the unit that blink are left out (the off phase).
    void rebuild(Unit &unit, bool hideBlinking = false);
    // A text unit drawn by QPainter (SvgTextSpec); false when its state needs QtSvg.
    bool rebuildText(Unit &unit);
    void finishRebuild(Unit &unit);
    [[nodiscard]] int unitOf(int element) const;
    void ensureStaticLayer(const QRectF &fitted, const QRectF &visible, qreal dpr);
    void paintBadLook(QPainter *painter, const QRectF &deviceRect) const;
    void drawLook(Look &look, const QTransform &t, const QRect &device, qreal devicePixelRatio);
    [[nodiscard]] QRect deviceRect(const QRectF &bounds, const QTransform &t,
                                   const QRect &visible) const;

    const SvgDocument &m_document;
    QRectF m_viewBox;
    QSizeF m_defaultSize;
    std::unique_ptr<QSvgRenderer> m_full; // the whole drawing, for bounds of static elements
    std::vector<Unit> m_units; // in document order
    QHash<int, int> m_unitOfElement; // element (the unit's root or inside it) → unit
    QHash<int, ElementState> m_states;
    QSet<int> m_excluded; // unit roots: left out of the static layer
    int m_staticOverlays = 0;

    std::unique_ptr<QSvgRenderer> m_staticRenderer;
    QImage m_static; // the static layer over m_staticVisible (device coordinates)
    QRectF m_staticFitted;
    QRectF m_staticVisible;
    qreal m_staticRatio = 0;
    quint64 m_rebuilds = 0;
    quint64 m_staticRenders = 0;
    quint64 m_loads = 0;
    QTransform m_lastTransform; // of the last paint(): looks are drawn ahead for it
    QRect m_lastVisible;
    qreal m_lastRatio = 0; // 0: nothing painted yet
};

} // namespace Vigie
