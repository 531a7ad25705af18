#pragma once

#include "screens/screenrenderer.h"

#include "screens/screensession.h"

#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QWidget>

#include <memory>

namespace Vigie {

// A live mimic screen: draws a ScreenSession's SVG through a ScreenRenderer, and on each batch
// of changed elements repaints only their old and new bounds. Fits the drawing to the widget;
// the wheel zooms about the cursor, dragging pans, a double-click or 0 fits again, + and -
// zoom. A click on an element with an action says so (actionTriggered); hovering shows the
// element's bad-quality reason or its action as a tooltip. HiDPI: the static layer is cached
// at the screen's device pixel ratio.
class ScreenView : public QWidget
{
    Q_OBJECT
public:
    explicit ScreenView(QWidget *parent = nullptr);
    ~ScreenView() override;

    // Shows a session (not owned; null clears the view).
    void setSession(ScreenSession *session);
    [[nodiscard]] ScreenSession *session() const { return m_session; }
    [[nodiscard]] ScreenRenderer *renderer() const { return m_renderer.get(); }

    [[nodiscard]] qreal zoom() const { return m_zoom; }
    void fit();
    void zoomBy(qreal factor, const QPointF &anchor);
    // Drawing ↔ widget coordinates at the current zoom and pan.
    [[nodiscard]] QTransform drawingToWidget() const;
    // The centre of an element in widget coordinates (for tests and keyboard focus).
    [[nodiscard]] QPointF elementCenter(const QString &id) const;
    // Repaints since the session was set, and the area they covered (widget pixels), for tests.
    [[nodiscard]] quint64 partialUpdates() const { return m_partialUpdates; }

    QSize sizeHint() const override;

Q_SIGNALS:
    // An element with an action was clicked (a document element index of the session).
    void actionTriggered(int element);

protected:
    void paintEvent(QPaintEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;

private:
    void onElementsChanged(const QList<int> &elements);
    void applyPending();
    void onBlink();
    [[nodiscard]] QRectF target() const;
    // A drawing rectangle in widget pixels, with a margin for antialiasing.
    [[nodiscard]] QRect toWidget(const QRectF &drawingRect) const;
    // Schedules a repaint of these drawing rectangles.
    void updateDrawing(const QList<QRectF> &drawingRects);
    // The topmost of `candidates` under a widget point, -1 if none.
    [[nodiscard]] int elementAt(const QPointF &widgetPoint, const QList<int> &candidates) const;
    [[nodiscard]] int actionElementAt(const QPointF &widgetPoint) const;
    [[nodiscard]] int boundElementAt(const QPointF &widgetPoint) const;

    QPointer<ScreenSession> m_session;
    std::unique_ptr<ScreenRenderer> m_renderer;
    qreal m_zoom = 1.0;
    QPointF m_pan; // widget pixels
    QPointF m_pressPos;
    QPointF m_panAtPress;
    bool m_dragging = false;
    int m_pressedAction = -1;
    QTimer m_blinkTimer;
    // Changed elements not drawn yet, oldest first: applied a few milliseconds at a time so a
    // burst of changes never holds the GUI thread for long.
    QList<int> m_pending;
    QSet<int> m_pendingSet;
    QTimer m_applyTimer;
    quint64 m_partialUpdates = 0;
};

} // namespace Vigie
