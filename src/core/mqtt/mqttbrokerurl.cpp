#include "mqttbrokerurl.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QUrl>

namespace Vigie {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::Mqtt)
};

bool isHostNameCharacter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
        || c == u'-' || c == u'.' || c == u'_';
}

} // namespace

MqttBrokerUrl::MqttBrokerUrl(const QString &host, quint16 port, bool tls)
    : m_host(host)
    , m_port(port ? port : (tls ? defaultTlsPort : defaultPort))
    , m_tls(tls)
{
}

std::optional<MqttBrokerUrl> MqttBrokerUrl::parse(const QString &text, QString *error)
{
    const QString url = text.trimmed();
    const auto fail = [&](const QString &why) -> std::optional<MqttBrokerUrl> {
        if (error)
            *error = why;
        return std::nullopt;
    };

    const qsizetype schemeEnd = url.indexOf(QLatin1String("://"));
    if (schemeEnd < 0) {
        return fail(Tr::tr("the broker URL \"%1\" has no scheme: write mqtt://host or "
                           "mqtts://host")
                        .arg(url));
    }
    const QString scheme = url.left(schemeEnd).toLower();
    bool tls = false;
    if (scheme == QLatin1String("mqtts"))
        tls = true;
    else if (scheme != QLatin1String("mqtt"))
        return fail(
            Tr::tr("unknown scheme \"%1\": use mqtt:// or mqtts://").arg(url.left(schemeEnd)));

    QString rest = url.mid(schemeEnd + 3);
    if (rest.endsWith(u'/'))
        rest.chop(1); // "mqtt://broker/" is what a copy from a browser's address bar gives
    if (rest.contains(u'@')) {
        return fail(Tr::tr("the broker URL \"%1\" holds a user name: give the user name and "
                           "password in their own fields")
                        .arg(url));
    }
    if (rest.contains(u'/') || rest.contains(u'?') || rest.contains(u'#')) {
        return fail(Tr::tr("the broker URL \"%1\" has a path, a query or a fragment: only "
                           "%2://host[:port] is allowed")
                        .arg(url, scheme));
    }

    QString host;
    QString portText;
    bool hasPort = false;
    if (rest.startsWith(u'[')) {
        const qsizetype close = rest.indexOf(u']');
        if (close < 0)
            return fail(Tr::tr("the broker URL \"%1\" has a '[' without its ']'").arg(url));
        host = rest.mid(1, close - 1);
        const QString after = rest.mid(close + 1);
        if (!after.isEmpty() && !after.startsWith(u':')) {
            return fail(Tr::tr("the broker URL \"%1\" has \"%2\" after its IPv6 address, where "
                               "only :port may follow")
                            .arg(url, after));
        }
        hasPort = !after.isEmpty();
        portText = after.mid(1);
        if (host.isEmpty())
            return fail(Tr::tr("the broker URL \"%1\" has no host").arg(url));
        const QHostAddress address(host);
        if (address.protocol() != QAbstractSocket::IPv6Protocol)
            return fail(
                Tr::tr("\"%1\" in the broker URL \"%2\" is not an IPv6 address").arg(host, url));
    } else {
        const qsizetype colon = rest.indexOf(u':');
        if (colon >= 0 && rest.indexOf(u':', colon + 1) >= 0) {
            return fail(Tr::tr("the broker URL \"%1\" has more than one ':': an IPv6 address "
                               "goes in brackets, as in %2://[::1]:%3")
                            .arg(url, scheme, QString::number(tls ? defaultTlsPort : defaultPort)));
        }
        host = colon < 0 ? rest : rest.left(colon);
        hasPort = colon >= 0;
        portText = colon < 0 ? QString() : rest.mid(colon + 1);
        if (host.isEmpty())
            return fail(Tr::tr("the broker URL \"%1\" has no host").arg(url));
        bool ascii = true;
        for (const QChar c : std::as_const(host))
            ascii = ascii && c.unicode() < 0x80;
        if (!ascii) {
            // An international name goes to getaddrinfo() and to the certificate check in its
            // ASCII (punycode) form, the one DNS and certificates hold.
            const QByteArray ace = QUrl::toAce(host);
            if (ace.isEmpty()) {
                return fail(Tr::tr("\"%1\" in the broker URL \"%2\" is not a valid host name")
                                .arg(host, url));
            }
            host = QString::fromLatin1(ace);
        }
        for (const QChar c : std::as_const(host)) {
            if (!isHostNameCharacter(c)) {
                return fail(Tr::tr("the host \"%1\" in the broker URL \"%2\" contains \"%3\", "
                                   "which a host name cannot hold")
                                .arg(host, url, QString(c)));
            }
        }
    }

    quint16 port = tls ? defaultTlsPort : defaultPort;
    if (hasPort) {
        if (portText.isEmpty())
            return fail(Tr::tr("the broker URL \"%1\" has a ':' but no port after it").arg(url));
        bool digits = true;
        for (const QChar c : std::as_const(portText))
            digits = digits && c >= u'0' && c <= u'9';
        if (!digits) {
            return fail(Tr::tr("the port \"%1\" in the broker URL \"%2\" is not a number")
                            .arg(portText, url));
        }
        bool inRange = false;
        const uint number = portText.toUInt(&inRange);
        if (!inRange || number < 1 || number > 65535) {
            QString shown = portText;
            while (shown.size() > 1 && shown.startsWith(u'0'))
                shown.remove(0, 1);
            return fail(
                Tr::tr("port %1 is out of range 1–65535 in the broker URL \"%2\"").arg(shown, url));
        }
        port = quint16(number);
    }
    return MqttBrokerUrl(host, port, tls);
}

QString MqttBrokerUrl::toString() const
{
    return (m_tls ? QStringLiteral("mqtts://") : QStringLiteral("mqtt://")) + endpoint();
}

QString MqttBrokerUrl::endpoint() const
{
    const QString host = m_host.contains(u':') ? u'[' + m_host + u']' : m_host;
    return host + u':' + QString::number(m_port);
}

} // namespace Vigie
