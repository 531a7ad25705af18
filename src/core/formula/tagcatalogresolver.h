#pragma once

#include "formularesolver.h"

#include <QStringList>

namespace Vigie {

class TagCatalog;

// Names → tags of a TagCatalog, the slot being the TagId: a bare or bracketed name is a tag by
// its exact name; a name starting with one of the prefixes (`di.`, `ai.`, `do.`, `ao.` by
// default, as some teams name their tags) is also tried without it.
class TagCatalogResolver : public FormulaResolver
{
public:
    explicit TagCatalogResolver(const TagCatalog &catalog,
                                QStringList prefixes = defaultPrefixes());
    [[nodiscard]] static QStringList defaultPrefixes();

    [[nodiscard]] int resolve(const QString &name, bool bracketed, QString *error) const override;

private:
    const TagCatalog &m_catalog;
    QStringList m_prefixes;
};

} // namespace Vigie
