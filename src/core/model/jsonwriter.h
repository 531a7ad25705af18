#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace Vigie {

// Writes JSON with keys in the order they are given (QJsonObject sorts them), four-space
// indentation and raw UTF-8, so a project file reads top-down (name first) and diffs cleanly.
class JsonWriter
{
public:
    void beginObject(const QString &key = {});
    void endObject();
    void beginArray(const QString &key = {});
    void endArray();

    void value(const QString &key, const QString &v);
    void value(const QString &key, const char *v) { value(key, QString::fromUtf8(v)); }
    void value(const QString &key, qint64 v);
    void value(const QString &key, int v) { value(key, qint64(v)); }
    void value(const QString &key, double v);
    void value(const QString &key, bool v);

    [[nodiscard]] QByteArray data() const { return m_out; }

    static QByteArray quoted(const QString &s);
    // Appends `text` as a JSON string: UTF-8 as it is (accents, '/'), only '"', '\\' and
    // control characters escaped; a lone surrogate, which UTF-8 cannot hold, as U+FFFD.
    // UTF-16 to escaped UTF-8 in one pass, with no temporary array: MQTT messages use it too.
    static void appendQuoted(QByteArray &out, QStringView text);
    static QByteArray number(double v);

private:
    void open(const QString &key, char bracket);
    void close(char bracket);
    void prefix(const QString &key);
    void indent();

    QByteArray m_out;
    struct Level
    {
        bool isObject;
        bool empty;
    };
    QList<Level> m_levels;
};

} // namespace Vigie
