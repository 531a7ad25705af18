#include "formulaerror.h"

#include <QCoreApplication>

namespace Vigie {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::Formula)
};

} // namespace

QString FormulaError::summary() const
{
    if (line <= 0)
        return message;
    return Tr::tr("line %1, column %2: %3").arg(line).arg(column).arg(message);
}

QString FormulaError::toString() const
{
    return line <= 0 ? message : summary() + u'\n' + excerpt;
}

FormulaError FormulaError::at(const QString &source, int offset, const QString &message)
{
    FormulaError error;
    error.message = message;
    offset = qBound(0, offset, int(source.size()));
    const int lineStart = int(source.lastIndexOf(u'\n', offset - 1)) + 1; // -1 + 1 = 0
    int lineEnd = int(source.indexOf(u'\n', offset));
    if (lineEnd < 0)
        lineEnd = int(source.size());
    error.line = int(source.left(lineStart).count(u'\n')) + 1;
    error.column = offset - lineStart + 1;
    error.excerpt = u' ' + source.mid(lineStart, lineEnd - lineStart) + u'\n'
        + QString(error.column, u' ') + u'^';
    return error;
}

} // namespace Vigie
