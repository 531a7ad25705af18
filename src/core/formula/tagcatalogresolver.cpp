#include "tagcatalogresolver.h"

#include "model/projectissue.h"
#include "tags/tagcatalog.h"

#include <QCoreApplication>

namespace Vigie {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::Formula)
};

} // namespace

TagCatalogResolver::TagCatalogResolver(const TagCatalog &catalog, QStringList prefixes)
    : m_catalog(catalog)
    , m_prefixes(std::move(prefixes))
{
}

QStringList TagCatalogResolver::defaultPrefixes()
{
    return {QStringLiteral("di."), QStringLiteral("ai."), QStringLiteral("do."),
            QStringLiteral("ao.")};
}

int TagCatalogResolver::resolve(const QString &name, bool bracketed, QString *error) const
{
    TagId id = m_catalog.idOf(name);
    if (id < 0 && !bracketed) {
        for (const QString &prefix : m_prefixes) {
            if (name.startsWith(prefix, Qt::CaseInsensitive)) {
                id = m_catalog.idOf(name.mid(prefix.size()));
                if (id >= 0)
                    break;
            }
        }
    }
    if (id < 0 && error)
        *error = Tr::tr("unknown tag \"%1\"").arg(escapedText(name)); // names may hold spaces
    return id;
}

} // namespace Vigie
