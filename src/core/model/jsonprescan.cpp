#include "jsonprescan.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <cstring>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace Vigie {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::ProjectFile)
};

// Deeper than this, the scan stops and leaves the text to the parser, which refuses it.
constexpr qsizetype MaxDepth = 1024;
// Objects with more keys than this look keys up in a hash rather than one by one.
constexpr std::size_t LinearKeys = 16;

// What a byte means inside a string: a run of Plain bytes is skipped in one tight loop.
enum ByteClass : unsigned char { Plain, Quote, Backslash, Control, NonAscii };

constexpr std::array<unsigned char, 256> stringByteClasses()
{
    std::array<unsigned char, 256> classes {};
    for (int b = 0; b < 256; ++b) {
        classes[b] = b < 0x20 ? Control
            : b == '"'        ? Quote
            : b == '\\'       ? Backslash
            : b >= 0x80       ? NonAscii
                              : Plain;
    }
    return classes;
}
constexpr std::array<unsigned char, 256> StringByteClass = stringByteClasses();

// Outside strings only quotes, brackets, commas and bytes ≥ 0x80 matter.
constexpr std::array<bool, 256> structuralBytes()
{
    std::array<bool, 256> matters {};
    for (int b = 0; b < 256; ++b) {
        matters[b] =
            b == '"' || b == '{' || b == '}' || b == '[' || b == ']' || b == ',' || b >= 0x80;
    }
    return matters;
}
constexpr std::array<bool, 256> MattersOutsideStrings = structuralBytes();

// Eight bytes at a time, to skip what does not matter quickly: a 4 MB project is mostly
// indentation and plain ASCII text.
constexpr quint64 Ones = 0x0101010101010101;
constexpr quint64 Highs = 0x8080808080808080;
constexpr quint64 Spaces = Ones * ' ';

quint64 load8(const unsigned char *p)
{
    quint64 word;
    std::memcpy(&word, p, sizeof word);
    return word;
}

// Non-zero if a byte of `word` is below n (n ≤ 128).
constexpr quint64 hasByteBelow(quint64 word, unsigned n)
{
    return (word - Ones * n) & ~word & Highs;
}

constexpr quint64 hasByte(quint64 word, unsigned char b)
{
    return hasByteBelow(word ^ (Ones * b), 1);
}

// Non-zero if a byte of `word` is not Plain inside a string.
constexpr quint64 hasStringSpecial(quint64 word)
{
    return (word & Highs) | hasByteBelow(word, 0x20) | hasByte(word, '"') | hasByte(word, '\\');
}

// The length (2–4) of the well-formed UTF-8 sequence at p[i], a byte ≥ 0x80, or 0: overlong
// forms, surrogates (U+D800–U+DFFF) and code points past U+10FFFF are not well-formed.
int utf8Length(const unsigned char *p, qsizetype size, qsizetype i, char32_t *codePoint = nullptr)
{
    const unsigned char lead = p[i];
    int length = 0;
    char32_t c = 0;
    char32_t lowest = 0;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
        c = lead & 0x1F;
        lowest = 0x80;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        c = lead & 0x0F;
        lowest = 0x800;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        c = lead & 0x07;
        lowest = 0x10000;
    } else {
        return 0;
    }
    if (i + length > size)
        return 0;
    for (int k = 1; k < length; ++k) {
        const unsigned char next = p[i + k];
        if ((next & 0xC0) != 0x80)
            return 0;
        c = (c << 6) | (next & 0x3F);
    }
    if (c < lowest || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
        return 0;
    if (codePoint)
        *codePoint = c;
    return length;
}

int hexDigit(unsigned char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// The UTF-16 unit of the escape \uXXXX at p[i] (the backslash), or -1.
int unicodeEscape(const unsigned char *p, qsizetype size, qsizetype i)
{
    if (i + 6 > size || p[i] != '\\' || p[i + 1] != 'u')
        return -1;
    int unit = 0;
    for (int k = 2; k < 6; ++k) {
        const int digit = hexDigit(p[i + k]);
        if (digit < 0)
            return -1;
        unit = unit * 16 + digit;
    }
    return unit;
}

bool isHighSurrogate(int unit)
{
    return unit >= 0xD800 && unit <= 0xDBFF;
}

bool isLowSurrogate(int unit)
{
    return unit >= 0xDC00 && unit <= 0xDFFF;
}

QString codePointName(char32_t c)
{
    return QStringLiteral("U+") + QString::number(uint(c), 16).toUpper().rightJustified(4, u'0');
}

void appendUtf8(std::string &out, char32_t c)
{
    if (c < 0x80) {
        out += char(c);
    } else if (c < 0x800) {
        out += char(0xC0 | (c >> 6));
        out += char(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += char(0xE0 | (c >> 12));
        out += char(0x80 | ((c >> 6) & 0x3F));
        out += char(0x80 | (c & 0x3F));
    } else {
        out += char(0xF0 | (c >> 18));
        out += char(0x80 | ((c >> 12) & 0x3F));
        out += char(0x80 | ((c >> 6) & 0x3F));
        out += char(0x80 | (c & 0x3F));
    }
}

QString toQString(std::string_view utf8)
{
    return QString::fromUtf8(utf8.data(), qsizetype(utf8.size()));
}

// Counts lines and columns forward through UTF-8 text: characters, not bytes, so continuation
// bytes take no column; a leading byte order mark takes none either.
class PositionCounter
{
public:
    explicit PositionCounter(const QByteArray &text)
        : m_p(reinterpret_cast<const unsigned char *>(text.constData()))
        , m_size(text.size())
        , m_i(text.startsWith("\xEF\xBB\xBF") ? 3 : 0)
    {
    }
    // The position of `offset`, at or after the previous one asked.
    TextPosition advanceTo(qsizetype offset)
    {
        for (const qsizetype end = std::min(offset, m_size); m_i < end; ++m_i) {
            if (m_p[m_i] == '\n') {
                ++m_at.line;
                m_at.column = 1;
            } else if ((m_p[m_i] & 0xC0) != 0x80) {
                ++m_at.column;
            }
        }
        return m_at;
    }

private:
    const unsigned char *m_p;
    qsizetype m_size;
    qsizetype m_i;
    TextPosition m_at;
};

// A key as text (UTF-8, escapes decoded) and the offset of its opening quote.
struct Key
{
    std::string_view text;
    qsizetype offset = 0;
};

// One open object or array.
struct Level
{
    bool isObject = false;
    bool expectKey = false; // objects: the next string is a key
    int index = 0; // arrays: the element being read
    Key current; // objects: the key whose value is being read
    std::vector<Key> keys;
    std::unordered_map<std::string_view, qsizetype> hashed;
    bool isHashed = false;

    void reset(bool object)
    {
        isObject = object;
        expectKey = object;
        index = 0;
        current = {};
        keys.clear();
        if (isHashed) {
            hashed.clear();
            isHashed = false;
        }
    }
    // The offset of the first use of `key` in this object, or -1; records it if new.
    qsizetype findOrInsert(const Key &key)
    {
        if (isHashed) {
            const auto [it, inserted] = hashed.try_emplace(key.text, key.offset);
            return inserted ? -1 : it->second;
        }
        for (const Key &k : keys) {
            if (k.text == key.text)
                return k.offset;
        }
        keys.push_back(key);
        if (keys.size() > LinearKeys) {
            for (const Key &k : keys)
                hashed.try_emplace(k.text, k.offset);
            isHashed = true;
        }
        return -1;
    }
};

// True for "" and keys made only of white space (what QString::trimmed() removes).
bool isBlankKey(std::string_view key)
{
    if (key.empty())
        return true;
    const auto first = static_cast<unsigned char>(key.front());
    if (first < 0x80 && first != ' ' && (first < 0x09 || first > 0x0D))
        return false;
    return QString::fromUtf8(key.data(), qsizetype(key.size())).trimmed().isEmpty();
}

class Scanner
{
public:
    explicit Scanner(const QByteArray &json)
        : m_json(json)
        , m_p(reinterpret_cast<const unsigned char *>(json.constData()))
        , m_size(json.size())
    {
    }

    JsonPrescan run()
    {
        if (m_size >= 3 && m_p[0] == 0xEF && m_p[1] == 0xBB && m_p[2] == 0xBF)
            m_pos = 3; // a UTF-8 byte order mark, which QJsonDocument accepts too
        scan();
        reportNotes();
        return std::move(m_result);
    }

private:
    // A key to report once the scan is over, when lines and columns are counted in one pass.
    struct Note
    {
        bool duplicate = false; // else blank
        qsizetype offset = 0;
        qsizetype first = 0; // duplicates: where the key was first given
        NodePath node;
        QString field;
        QString key;
    };

    void scan()
    {
        while (m_pos < m_size) {
            const unsigned char c = m_p[m_pos];
            if (!MattersOutsideStrings[c]) {
                ++m_pos;
                if (c == ' ') {
                    while (m_pos + 8 <= m_size && load8(m_p + m_pos) == Spaces)
                        m_pos += 8;
                }
                continue;
            }
            switch (c) {
            case '"': {
                const qsizetype start = m_pos;
                bool hasEscape = false;
                if (!scanString(hasEscape))
                    return;
                if (m_depth > 0) {
                    Level &top = m_levels[m_depth - 1];
                    if (top.isObject && top.expectKey) {
                        top.expectKey = false;
                        const std::string_view raw(m_json.constData() + start + 1,
                                                   std::size_t(m_pos - start - 2));
                        addKey(top, {hasEscape ? decoded(raw) : raw, start});
                    }
                }
                break;
            }
            case '{':
            case '[':
                if (m_depth >= MaxDepth)
                    return;
                if (qsizetype(m_levels.size()) == m_depth)
                    m_levels.emplace_back();
                m_levels[m_depth++].reset(c == '{');
                ++m_pos;
                break;
            case '}':
            case ']':
                if (m_depth > 0)
                    --m_depth;
                ++m_pos;
                break;
            case ',':
                if (m_depth > 0) {
                    Level &top = m_levels[m_depth - 1];
                    if (top.isObject)
                        top.expectKey = true;
                    else
                        ++top.index;
                }
                ++m_pos;
                break;
            default:
                if (const int length = utf8Length(m_p, m_size, m_pos)) {
                    m_pos += length;
                } else {
                    fail(m_pos, invalidUtf8(c));
                    return;
                }
                break;
            }
        }
    }

    // From the opening quote at m_pos to just past the closing one. False when the scan must
    // stop: a fatal problem, or the text ends inside the string (the parser reports that).
    bool scanString(bool &hasEscape)
    {
        qsizetype i = m_pos + 1;
        for (;;) {
            while (i + 8 <= m_size && !hasStringSpecial(load8(m_p + i)))
                i += 8;
            while (i < m_size && StringByteClass[m_p[i]] == Plain)
                ++i;
            if (i >= m_size)
                return false;
            switch (StringByteClass[m_p[i]]) {
            case Quote: m_pos = i + 1; return true;
            case Control: return fail(i, rawControl(m_p[i]));
            case Backslash:
                hasEscape = true;
                if (!scanEscape(i))
                    return false;
                break;
            default:
                if (const int length = utf8Length(m_p, m_size, i))
                    i += length;
                else
                    return fail(i, invalidUtf8(m_p[i]));
                break;
            }
        }
    }

    // Moves `i` past the escape whose backslash is at `i`.
    bool scanEscape(qsizetype &i)
    {
        if (i + 1 >= m_size)
            return false;
        const unsigned char e = m_p[i + 1];
        switch (e) {
        case '"':
        case '\\':
        case '/':
        case 'b':
        case 'f':
        case 'n':
        case 'r':
        case 't': i += 2; return true;
        case 'u': break;
        default: return fail(i, invalidEscape(i + 1));
        }
        const int unit = unicodeEscape(m_p, m_size, i);
        if (unit < 0)
            return fail(i, Tr::tr("\\u must be followed by four hexadecimal digits"));
        const QString written = QString::fromLatin1(m_json.constData() + i, 6);
        if (isLowSurrogate(unit)) {
            return fail(i,
                        Tr::tr("lone surrogate %1: a low surrogate (\\udc00–\\udfff) must "
                               "follow a high one (\\ud800–\\udbff)")
                            .arg(written));
        }
        if (isHighSurrogate(unit)) {
            if (!isLowSurrogate(unicodeEscape(m_p, m_size, i + 6))) {
                return fail(i,
                            Tr::tr("lone surrogate %1: a high surrogate (\\ud800–\\udbff) "
                                   "must be followed by a low one (\\udc00–\\udfff)")
                                .arg(written));
            }
            i += 12;
            return true;
        }
        i += 6;
        return true;
    }

    static QString rawControl(unsigned char c)
    {
        QString escape;
        switch (c) {
        case '\b': escape = QStringLiteral("\\b"); break;
        case '\f': escape = QStringLiteral("\\f"); break;
        case '\n': escape = QStringLiteral("\\n"); break;
        case '\r': escape = QStringLiteral("\\r"); break;
        case '\t': escape = QStringLiteral("\\t"); break;
        default:
            escape = QStringLiteral("\\u") + QString::number(c, 16).rightJustified(4, u'0');
            break;
        }
        return Tr::tr("raw control character %1 in a string: write it as %2")
            .arg(codePointName(c), escape);
    }

    static QString invalidUtf8(unsigned char c)
    {
        return Tr::tr("invalid UTF-8 (byte 0x%1): the file must be saved as UTF-8")
            .arg(QString::number(c, 16).toUpper().rightJustified(2, u'0'));
    }

    // The character after a backslash at `i` is none of JSON's escapes.
    QString invalidEscape(qsizetype i) const
    {
        const unsigned char c = m_p[i];
        if (c >= 0x20 && c < 0x7F) {
            return Tr::tr("\"\\%1\" is not a JSON escape (those are \\\" \\\\ \\/ \\b \\f \\n \\r "
                          "\\t \\uXXXX; a backslash itself is written \\\\)")
                .arg(QLatin1Char(char(c)));
        }
        char32_t codePoint = c;
        if (c >= 0x80 && utf8Length(m_p, m_size, i, &codePoint) == 0)
            return invalidUtf8(c);
        return Tr::tr("a backslash followed by %1 is not a JSON escape (a backslash itself is "
                      "written \\\\)")
            .arg(codePointName(codePoint));
    }

    bool fail(qsizetype offset, const QString &what)
    {
        m_result.fatal = JsonPrescan::Fatal {offset, what};
        return false;
    }

    // The text of a key with escapes, decoded; the escapes are known to be valid.
    std::string_view decoded(std::string_view raw)
    {
        std::string &out = m_decodedKeys.emplace_back();
        const auto *p = reinterpret_cast<const unsigned char *>(raw.data());
        const auto size = qsizetype(raw.size());
        for (qsizetype i = 0; i < size; ++i) {
            if (p[i] != '\\') {
                out += char(p[i]);
                continue;
            }
            switch (p[++i]) {
            case 'b': out += '\b'; break;
            case 'f': out += '\f'; break;
            case 'n': out += '\n'; break;
            case 'r': out += '\r'; break;
            case 't': out += '\t'; break;
            case 'u': {
                char32_t c = char32_t(unicodeEscape(p, size, i - 1));
                if (isHighSurrogate(int(c))) {
                    const int low = unicodeEscape(p, size, i + 5);
                    c = 0x10000 + ((c - 0xD800) << 10) + char32_t(low - 0xDC00);
                    i += 6;
                }
                appendUtf8(out, c);
                i += 4;
                break;
            }
            default: out += char(p[i]); break; // " \ /
            }
        }
        return out;
    }

    void addKey(Level &level, const Key &key)
    {
        level.current = key;
        const bool blank = isBlankKey(key.text);
        const qsizetype first = level.findOrInsert(key);
        if (blank)
            note(false, key, -1);
        if (first >= 0)
            note(true, key, first);
    }

    // Records a key to report, at the place the enclosing levels give it.
    void note(bool duplicate, const Key &key, qsizetype first)
    {
        Note n;
        n.duplicate = duplicate;
        n.offset = key.offset;
        n.first = first;
        n.key = toQString(key.text);
        // Levels that go connections[c].devices[d]... name the node; the rest is the field.
        auto isChildList = [this](qsizetype level, int depth) {
            const QLatin1String list = childListKey(depth);
            return m_levels[level].isObject && !m_levels[level + 1].isObject
                && m_levels[level].current.text
                == std::string_view(list.data(), std::size_t(list.size()));
        };
        qsizetype level = 0;
        while (level + 1 < m_depth && n.node.depth() < 4 && isChildList(level, n.node.depth())) {
            n.node = n.node.child(m_levels[level + 1].index);
            level += 2;
        }
        for (; level < m_depth; ++level) {
            const Level &l = m_levels[level];
            n.field = l.isObject ? childPath(n.field, toQString(l.current.text))
                                 : indexPath(n.field, l.index);
        }
        m_notes.append(n);
    }

    void reportNotes()
    {
        if (m_notes.isEmpty())
            return;
        // Lines and columns of every offset named, counted in one pass over the text.
        std::vector<qsizetype> offsets;
        for (const Note &n : std::as_const(m_notes)) {
            offsets.push_back(n.offset);
            if (n.duplicate)
                offsets.push_back(n.first);
        }
        std::sort(offsets.begin(), offsets.end());
        offsets.erase(std::unique(offsets.begin(), offsets.end()), offsets.end());
        std::vector<TextPosition> positions;
        positions.reserve(offsets.size());
        PositionCounter counter(m_json);
        for (const qsizetype offset : offsets)
            positions.push_back(counter.advanceTo(offset));
        auto positionOf = [&](qsizetype offset) {
            return positions[std::lower_bound(offsets.begin(), offsets.end(), offset)
                             - offsets.begin()];
        };

        for (const Note &n : std::as_const(m_notes)) {
            const TextPosition p = positionOf(n.offset);
            ProjectIssue issue;
            const QString line = QString::number(p.line);
            const QString column = QString::number(p.column);
            // One arg() call for all: a key holding "%2" must stay as it is.
            if (n.duplicate) {
                const TextPosition f = positionOf(n.first);
                issue = ProjectIssue::at(
                    ProjectIssue::Severity::Error, n.node, n.field,
                    Tr::tr("duplicate key \"%1\" at line %2, column %3 (first at line %4, column "
                           "%5): a key may be given once in an object")
                        .arg(escapedText(n.key), line, column, QString::number(f.line),
                             QString::number(f.column)));
            } else if (n.key.isEmpty()) {
                issue = ProjectIssue::at(
                    ProjectIssue::Severity::Warning, n.node, n.field,
                    Tr::tr("a key with an empty name at line %1, column %2, ignored")
                        .arg(line, column));
            } else {
                issue = ProjectIssue::at(
                    ProjectIssue::Severity::Warning, n.node, n.field,
                    Tr::tr("a key made only of spaces (\"%1\") at line %2, column %3, ignored")
                        .arg(escapedText(n.key), line, column));
            }
            issue.line = p.line;
            issue.column = p.column;
            m_result.issues.append(issue);
        }
    }

    const QByteArray &m_json;
    const unsigned char *m_p;
    qsizetype m_size;
    qsizetype m_pos = 0;
    std::vector<Level> m_levels;
    qsizetype m_depth = 0;
    std::deque<std::string> m_decodedKeys; // stable storage for decoded() views
    QList<Note> m_notes;
    JsonPrescan m_result;
};

} // namespace

JsonPrescan prescanJson(const QByteArray &json)
{
    return Scanner(json).run();
}

TextPosition textPosition(const QByteArray &text, qsizetype offset)
{
    return PositionCounter(text).advanceTo(offset);
}

} // namespace Vigie
