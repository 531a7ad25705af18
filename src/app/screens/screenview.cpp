#include "screenview.h"

#include "isapalette.h"
#include "screens/screensession.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QRegion>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace Vigie {

namespace {

constexpr qreal MinZoom = 0.25;
constexpr qreal MaxZoom = 16.0;
constexpr int DragThreshold = 4; // pixels before a press becomes a pan
// A batch of up to this many changed elements is repainted as their own rectangles (a level
// bar and a text across the screen); past it, as their bounding rectangle at once.
constexpr int MaxRepaintRects = 16;

} // namespace

ScreenView::ScreenView(QWidget *parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    m_blinkTimer.setInterval(ScreenRenderer::BlinkPeriodMs / 2);
    connect(&m_blinkTimer, &QTimer::timeout, this, &ScreenView::onBlink);
    m_applyTimer.setSingleShot(true);
    m_applyTimer.setInterval(0);
    connect(&m_applyTimer, &QTimer::timeout, this, &ScreenView::applyPending);
}

ScreenView::~ScreenView() = default;

void ScreenView::setSession(ScreenSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_renderer.reset();
    m_session = session;
    m_partialUpdates = 0;
    m_pending.clear();
    m_pendingSet.clear();
    m_applyTimer.stop();
    m_blinkTimer.stop();
    if (session && session->isValid()) {
        m_renderer = ScreenRenderer::forSession(*session);
        connect(session, &ScreenSession::elementsChanged, this, &ScreenView::onElementsChanged);
        if (m_renderer->hasBlinking())
            m_blinkTimer.start();
    }
    fit();
}

QSize ScreenView::sizeHint() const
{
    if (m_renderer && !m_renderer->defaultSize().isEmpty())
        return m_renderer->defaultSize().toSize().boundedTo(QSize(1280, 800));
    return {800, 600};
}

void ScreenView::fit()
{
    m_zoom = 1.0;
    m_pan = {};
    update();
}

QRectF ScreenView::target() const
{
    // Zoom 1: the drawing fitted to the widget; zoomed, the same rectangle scaled about the
    // widget's centre, then panned.
    const QRectF r(rect());
    QRectF t(0, 0, r.width() * m_zoom, r.height() * m_zoom);
    t.moveCenter(r.center() + m_pan);
    return t;
}

QTransform ScreenView::drawingToWidget() const
{
    return m_renderer ? m_renderer->viewTransform(target()) : QTransform();
}

QPointF ScreenView::elementCenter(const QString &id) const
{
    if (!m_session || !m_renderer)
        return {};
    const int element = m_session->document().elementById(id);
    return drawingToWidget().map(m_renderer->bounds(element).center());
}

void ScreenView::zoomBy(qreal factor, const QPointF &anchor)
{
    const qreal zoom = std::clamp(m_zoom * factor, MinZoom, MaxZoom);
    if (zoom == m_zoom)
        return;
    // Keep the drawing point under the anchor where it is.
    const QPointF centre = QRectF(rect()).center() + m_pan;
    const QPointF fromCentre = anchor - centre;
    m_pan += fromCentre - fromCentre * (zoom / m_zoom);
    m_zoom = zoom;
    update();
}

void ScreenView::paintEvent(QPaintEvent *event)
{
    QPainter painter(this);
    for (const QRect &r : event->region())
        painter.fillRect(r, IsaPalette::screenBackground());
    if (!m_renderer)
        return;
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    m_renderer->paint(&painter, target(), QRectF(rect()), event->region(), devicePixelRatioF(),
                      QDateTime::currentMSecsSinceEpoch());
}

QRect ScreenView::toWidget(const QRectF &drawingRect) const
{
    return drawingToWidget().mapRect(drawingRect).toAlignedRect().adjusted(-4, -4, 4, 4);
}

void ScreenView::updateDrawing(const QList<QRectF> &drawingRects)
{
    if (drawingRects.size() > MaxRepaintRects) {
        QRectF all;
        for (const QRectF &r : drawingRects)
            all |= r;
        update(toWidget(all));
        return;
    }
    QRegion region;
    for (const QRectF &r : drawingRects)
        region += toWidget(r);
    update(region);
}

void ScreenView::onElementsChanged(const QList<int> &elements)
{
    for (int element : elements) {
        if (!m_pendingSet.contains(element)) {
            m_pendingSet.insert(element);
            m_pending.append(element);
        }
    }
    if (!m_applyTimer.isActive())
        m_applyTimer.start();
}

void ScreenView::applyPending()
{
    if (!m_renderer || !m_session)
        return;
    // A slice short enough for input and painting to go on between two (a frame is ~16 ms).
    constexpr qint64 SliceNs = 8'000'000;
    QElapsedTimer clock;
    clock.start();
    QList<QRectF> dirty;
    qsizetype done = 0;
    while (done < m_pending.size() && clock.nsecsElapsed() < SliceNs) {
        const int element = m_pending[done++];
        m_pendingSet.remove(element);
        // The state now, not when it was queued: a later change is not drawn twice.
        const QRectF r = m_renderer->setState(element, m_session->bindings().state(element));
        if (!r.isEmpty())
            dirty.append(r);
    }
    m_pending.remove(0, done);
    if (!m_pending.isEmpty())
        m_applyTimer.start();
    if (m_renderer->hasBlinking() != m_blinkTimer.isActive()) {
        if (m_blinkTimer.isActive())
            m_blinkTimer.stop();
        else
            m_blinkTimer.start();
    }
    if (dirty.isEmpty())
        return;
    ++m_partialUpdates;
    updateDrawing(dirty);
}

void ScreenView::onBlink()
{
    if (!m_renderer || !m_session)
        return;
    QList<QRectF> dirty;
    for (int element : m_session->bindings().boundElements()) {
        if (m_renderer->state(element).blink && !m_renderer->bounds(element).isEmpty())
            dirty.append(m_renderer->bounds(element));
    }
    if (!dirty.isEmpty())
        updateDrawing(dirty);
}

int ScreenView::elementAt(const QPointF &widgetPoint, const QList<int> &candidates) const
{
    if (!m_renderer)
        return -1;
    return m_renderer->elementAt(drawingToWidget().inverted().map(widgetPoint), candidates);
}

int ScreenView::actionElementAt(const QPointF &widgetPoint) const
{
    return m_session ? elementAt(widgetPoint, m_session->actionElements()) : -1;
}

int ScreenView::boundElementAt(const QPointF &widgetPoint) const
{
    return m_session ? elementAt(widgetPoint, m_session->bindings().boundElements()) : -1;
}

void ScreenView::wheelEvent(QWheelEvent *event)
{
    const qreal steps = event->angleDelta().y() / 120.0;
    if (steps != 0)
        zoomBy(std::pow(1.25, steps), event->position());
    event->accept();
}

void ScreenView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton && event->button() != Qt::MiddleButton)
        return QWidget::mousePressEvent(event);
    m_pressPos = event->position();
    m_panAtPress = m_pan;
    m_dragging = event->button() == Qt::MiddleButton;
    m_pressedAction = event->button() == Qt::LeftButton ? actionElementAt(event->position()) : -1;
}

void ScreenView::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & (Qt::LeftButton | Qt::MiddleButton)) {
        if (!m_dragging && (event->position() - m_pressPos).manhattanLength() > DragThreshold)
            m_dragging = true;
        if (m_dragging) {
            m_pan = m_panAtPress + (event->position() - m_pressPos);
            update();
        }
        return;
    }
    setCursor(actionElementAt(event->position()) >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
}

void ScreenView::mouseReleaseEvent(QMouseEvent *event)
{
    const bool click = !m_dragging && event->button() == Qt::LeftButton;
    m_dragging = false;
    if (click && m_pressedAction >= 0 && actionElementAt(event->position()) == m_pressedAction)
        Q_EMIT actionTriggered(m_pressedAction);
    m_pressedAction = -1;
}

void ScreenView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (actionElementAt(event->position()) < 0)
        fit();
}

void ScreenView::keyPressEvent(QKeyEvent *event)
{
    const QPointF centre = QRectF(rect()).center();
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal: zoomBy(1.25, centre); break;
    case Qt::Key_Minus: zoomBy(0.8, centre); break;
    case Qt::Key_0: fit(); break;
    default: QWidget::keyPressEvent(event); return;
    }
}

bool ScreenView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && m_session && m_renderer) {
        auto *help = static_cast<QHelpEvent *>(event);
        QStringList lines;
        const int bound = boundElementAt(help->pos());
        if (bound >= 0 && m_session->bindings().state(bound).bad)
            lines << tr("Not to be trusted:") << m_session->bindings().state(bound).reason;
        const int action = actionElementAt(help->pos());
        if (const ScreenAction *a = action >= 0 ? m_session->actionOf(action) : nullptr) {
            switch (a->kind) {
            case ScreenActionKind::OpenScreen: lines << tr("Opens %1").arg(a->target); break;
            case ScreenActionKind::Write: lines << tr("Writes %1").arg(a->target); break;
            case ScreenActionKind::Toggle: lines << tr("Switches %1").arg(a->target); break;
            case ScreenActionKind::Faceplate: lines << tr("Shows %1").arg(a->target); break;
            }
        }
        if (lines.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), lines.join(QLatin1Char('\n')), this);
        return true;
    }
    return QWidget::event(event);
}

} // namespace Vigie
