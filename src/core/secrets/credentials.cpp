#include "credentials.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace Vigie {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::SecretStore)
};
} // namespace

QString Credentials::toText() const
{
    const QJsonObject o {{QStringLiteral("user"), user}, {QStringLiteral("password"), password}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

bool Credentials::fromText(const QString &text, Credentials *credentials, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &parseError);
    const QJsonObject o = doc.object();
    if (parseError.error != QJsonParseError::NoError || !o.value(QStringLiteral("user")).isString()
        || !o.value(QStringLiteral("password")).isString()) {
        // Never quote the text: it is a secret.
        *error = Tr::tr("the keychain entry was not written by Vigie (it holds no user name and "
                        "password): set it again");
        return false;
    }
    credentials->user = o.value(QStringLiteral("user")).toString();
    credentials->password = o.value(QStringLiteral("password")).toString();
    return true;
}

bool Credentials::fromLines(const QByteArray &input, Credentials *credentials, QString *error)
{
    QString text = QString::fromUtf8(input);
    if (text.endsWith(QLatin1Char('\n')))
        text.chop(1);
    if (text.endsWith(QLatin1Char('\r')))
        text.chop(1);
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString &line : lines) {
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
    }
    if (text.isEmpty()) {
        *error = Tr::tr("nothing was read on standard input: give the user name on the first "
                        "line and the password on the second");
        return false;
    }
    if (lines.size() > 2) {
        *error = Tr::tr("%1 lines were read on standard input, but a secret is at most two: the "
                        "user name, then the password")
                     .arg(lines.size());
        return false;
    }
    if (lines.size() == 1) {
        credentials->user.clear();
        credentials->password = lines[0];
    } else {
        credentials->user = lines[0];
        credentials->password = lines[1];
    }
    return true;
}

} // namespace Vigie
