#pragma once

#include <QString>

#include <optional>

namespace Vigie {

// Where an MQTT broker listens, as the engineer types it: mqtt://host[:port] for plain TCP
// (port 1883 by default) or mqtts://host[:port] for TLS (8883), an IPv6 address in brackets
// (mqtts://[fd00::7]:8883). Parsed by hand rather than by QUrl, which quietly accepts a path, a
// query, a user name or a port it then drops: a broker address typed wrong is refused here with
// what is wrong in it, not found out later as a connection that never comes up.
class MqttBrokerUrl
{
public:
    MqttBrokerUrl() = default;
    // host without brackets; port 0 takes the scheme's default.
    MqttBrokerUrl(const QString &host, quint16 port, bool tls);

    // The URL, or nothing with *error saying what is wrong ("the broker URL "x" has no host").
    // Spaces around it are ignored, and so is a lone trailing '/'.
    [[nodiscard]] static std::optional<MqttBrokerUrl> parse(const QString &text,
                                                            QString *error = nullptr);

    // False for a default-constructed URL (no host).
    [[nodiscard]] bool isValid() const { return !m_host.isEmpty(); }
    // A host name (ASCII; an international name in its xn-- form) or an IP address, without
    // brackets: what getaddrinfo() and the TLS host name check are given.
    [[nodiscard]] const QString &host() const { return m_host; }
    [[nodiscard]] quint16 port() const { return m_port; }
    [[nodiscard]] bool isTls() const { return m_tls; }
    // "mqtts://[::1]:8883": the canonical form, with the port always written.
    [[nodiscard]] QString toString() const;
    // "127.0.0.1:1883", "[::1]:8883": how messages name the broker.
    [[nodiscard]] QString endpoint() const;

    friend bool operator==(const MqttBrokerUrl &, const MqttBrokerUrl &) = default;

    static constexpr quint16 defaultPort = 1883;
    static constexpr quint16 defaultTlsPort = 8883;

private:
    QString m_host;
    quint16 m_port = 0;
    bool m_tls = false;
};

} // namespace Vigie
