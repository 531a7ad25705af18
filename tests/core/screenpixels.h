#pragma once

// Pixel checks shared by the screen rendering tests: colours compared with a tolerance, and
// where two images differ.

#include <QByteArray>
#include <QColor>
#include <QImage>
#include <QRectF>
#include <QTest>

#include <cstdlib>

inline const QColor Background(0xff, 0xff, 0xff);
inline const QColor Sentinel(0xff, 0x00, 0xff);
inline const QRectF Whole(0, 0, 200, 200);

inline bool same(const QColor &a, const QColor &b, int tolerance = 8)
{
    return std::abs(a.red() - b.red()) <= tolerance && std::abs(a.green() - b.green()) <= tolerance
        && std::abs(a.blue() - b.blue()) <= tolerance;
}

inline QByteArray describe(const QColor &c)
{
    return c.name().toLatin1();
}

#define QCOMPARE_COLOUR_WITHIN(image, x, y, expected, tolerance)                                   \
    QVERIFY2(same((image).pixelColor(x, y), expected, tolerance),                                  \
             QByteArray(describe((image).pixelColor(x, y)) + " at (" + QByteArray::number(x)       \
                        + ", " + QByteArray::number(y) + "), expected " + describe(expected))      \
                 .constData())

#define QCOMPARE_COLOUR(image, x, y, expected) QCOMPARE_COLOUR_WITHIN(image, x, y, expected, 8)

#define QVERIFY_NOT_COLOUR(image, x, y, unexpected)                                                \
    QVERIFY2(!same((image).pixelColor(x, y), unexpected),                                          \
             QByteArray(describe((image).pixelColor(x, y)) + " at (" + QByteArray::number(x)       \
                        + ", " + QByteArray::number(y) + ")")                                      \
                 .constData())

// The pixels of `area` that differ between two images of the same size.
inline int differing(const QImage &a, const QImage &b, const QRect &area)
{
    int count = 0;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x)
            count += a.pixel(x, y) != b.pixel(x, y);
    }
    return count;
}

// Every pixel that differs between a and b lies inside `inside`.
inline bool differencesWithin(const QImage &a, const QImage &b, const QRect &inside)
{
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x) {
            if (a.pixel(x, y) != b.pixel(x, y) && !inside.contains(x, y)) {
                qWarning("pixel (%d, %d) changed outside (%d, %d %dx%d)", x, y, inside.x(),
                         inside.y(), inside.width(), inside.height());
                return false;
            }
        }
    }
    return true;
}
