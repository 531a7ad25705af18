#pragma once

#include "svgdocument.h"

namespace Vigie {

// Builds an SvgDocument from a file's bytes with QXmlStreamReader: decodes the text itself so
// that each element's position can be that of its '<' (the reader only knows where a token
// ends), checks the root and the nesting depth, and indexes the ids. Used by
// SvgDocument::parse().
class SvgDocumentReader
{
public:
    [[nodiscard]] static SvgDocument read(const QByteArray &data, const QString &fileName);
};

} // namespace Vigie
