#pragma once

// Fixtures shared by the screen tests: a small Inkscape-like drawing, tag values and bindings.

#include "model/screen.h"
#include "tags/tagvalue.h"

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>

// A small drawing as Inkscape writes it: a layer, a named view, styles inline, texts in tspans.
inline QByteArray drawing(const QByteArray &body)
{
    return R"svg(<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<svg width="200" height="200" viewBox="0 0 200 200" version="1.1" id="svg1"
   xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape"
   xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd"
   xmlns="http://www.w3.org/2000/svg" xmlns:svg="http://www.w3.org/2000/svg">
  <sodipodi:namedview id="namedview1" pagecolor="#ffffff" inkscape:document-units="px" />
  <defs id="defs1" />
  <g inkscape:label="Calque 1" inkscape:groupmode="layer" id="layer1">
)svg" + body
        + R"svg(
  </g>
</svg>
)svg";
}

// Elements for most tests: a pump, a frame around it, two labels.
inline const QByteArray Plant = drawing(R"svg(
    <rect style="fill:#e6e6e6;stroke:#2e2e2e;stroke-width:2" id="pump"
       width="40" height="40" x="10" y="10" />
    <rect style="fill:none;stroke:#000000;stroke-width:1" id="frame"
       width="60" height="60" x="0" y="0" />
    <text xml:space="preserve" style="font-size:12px;fill:#1e1e1e" x="10" y="80"
       id="label"><tspan sodipodi:role="line" id="tspan1" x="10" y="80">42</tspan></text>
    <text xml:space="preserve" style="font-size:12px;fill:#1e1e1e" x="10" y="100"
       id="label2"><tspan sodipodi:role="line" id="tspan2" x="10" y="100">?</tspan></text>
    <rect style="fill:#8d99a5" id="bar" width="20" height="100" x="100" y="50" />
)svg");

inline Vigie::TagValue good(const QVariant &value, qint64 timestamp = 1000)
{
    return {value, Vigie::Quality::Good, {}, timestamp};
}

inline Vigie::TagValue bad(const QString &reason, qint64 timestamp = 2000)
{
    return {{}, Vigie::Quality::Bad, reason, timestamp};
}

inline Vigie::ScreenBinding binding(const QString &element, Vigie::BindingAttribute attribute,
                                    const QString &formula)
{
    Vigie::ScreenBinding b;
    b.element = element;
    b.attribute = attribute;
    b.formula = formula;
    return b;
}

// A project's screen over a file (relative to the project's folder).
inline Vigie::Screen screenOf(const QString &file, const QList<Vigie::ScreenBinding> &bindings = {},
                              const QList<Vigie::ScreenAction> &actions = {})
{
    Vigie::Screen s;
    s.name = QStringLiteral("Screen");
    s.file = file;
    s.bindings = bindings;
    s.actions = actions;
    return s;
}

inline bool writeFile(const QString &path, const QByteArray &content)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(content) == content.size();
}
