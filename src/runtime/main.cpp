#include "runtimeapp.h"
#include "translations.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("vigie-runtime"));
    QCoreApplication::setOrganizationName(QStringLiteral("Vigie"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VIGIE_VERSION));
    Vigie::loadVigieTranslations(app);
    Vigie::RuntimeApp runtime;
    return runtime.run(QCoreApplication::arguments());
}
