#pragma once

#include <QColor>
#include <QFont>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <QTransform>

#include <optional>

class QPainter;
class QSvgRenderer;

namespace Vigie {

class SvgDocument;

// A live value's <text> drawn with QPainter instead of QtSvg. QtSvg 6.4 lays a text out again
// on every render and a new look of a text element costs ~170 µs to draw; QPainter draws the
// same line in ~6 µs. Only for a plain one-line text whose look QPainter can match: one run
// (the text itself or a single tspan) at one x/y, a font given by family, size in user units,
// weight and style, a text-anchor, a plain fill; anything else (letter-spacing, a stroke, dx,
// CSS classes, a style sheet, several lines…) keeps QtSvg drawing it.
//
// The text is drawn as QtSvg 6.4 draws it: the font at 100 pixels, scaled down to its size,
// the baseline at y, the anchor measured on the text's advance.
struct SvgTextSpec
{
    QFont font; // at 100 pixels
    qreal size = 0.0; // font-size, in user units
    QColor fill; // invalid: none
    qreal fillOpacity = 1.0;
    qreal opacity = 1.0;
    Qt::Alignment anchor = Qt::AlignLeft;
    QPointF position; // x, y of the run, in the text's user space
    QTransform toDrawing; // the text's user space → the drawing's (root) coordinates
    QString text; // as drawn in the file

    // The spec of a text element, or none when QPainter would not draw it as QtSvg does.
    // `full` is the whole drawing loaded with render ids (for the transforms above it).
    [[nodiscard]] static std::optional<SvgTextSpec> of(const SvgDocument &document, int element,
                                                       const QSvgRenderer &full);

    // Where `text` is drawn, in drawing coordinates.
    [[nodiscard]] QRectF bounds(const QString &text) const;
    // Draws `text` with this fill and opacity; `toDevice` maps the drawing to the painter.
    void draw(QPainter *painter, const QTransform &toDevice, const QString &text,
              const QColor &fill, qreal opacity) const;
};

} // namespace Vigie
