#include "cellvalues.h"

#include "exchangefields.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace Vigie::CellValues {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::CellValues)
};

QString quoted(const QVariant &cell)
{
    return QStringLiteral("\"%1\"").arg(text(cell));
}

// A table of words → value, the words normalized as headers are ("Lecture/Écriture" →
// "lectureecriture").
template<typename E> using WordTable = QHash<QString, E>;

template<typename E>
WordTable<E> makeTable(std::initializer_list<std::pair<E, const char *>> entries)
{
    WordTable<E> out;
    for (const E value : [] {
             QList<E> all;
             for (const QString &name : enumNames<E>())
                 all.append(*enumFromString<E>(name));
             return all;
         }()) {
        out.insert(ExchangeFields::normalized(toString(value)), value);
    }
    for (const auto &[value, words] : entries) {
        for (const QString &w : QString::fromUtf8(words).split(u'|', Qt::SkipEmptyParts))
            out.insert(ExchangeFields::normalized(w), value);
    }
    return out;
}

template<typename E>
std::optional<E> lookUp(const WordTable<E> &table, const QVariant &cell, const QString &what,
                        QString *why)
{
    const auto it = table.constFind(ExchangeFields::normalized(text(cell)));
    if (it != table.constEnd())
        return *it;
    if (why) {
        *why = Tr::tr("%1 is not a %2 (expected one of %3)")
                   .arg(quoted(cell), what, enumNames<E>().join(QLatin1String(", ")));
    }
    return std::nullopt;
}

// "12,5" → 12.5 when the comma is the only separator: a decimal comma. "1,234.5" and
// "1 234,5" are refused rather than guessed at.
std::optional<double> parseNumber(QString t)
{
    t = t.trimmed();
    t.remove(QChar(0x00A0)).remove(QChar(0x202F)); // no-break spaces some locales group with
    if (t.isEmpty())
        return std::nullopt;
    if (t.count(u',') == 1 && !t.contains(u'.'))
        t.replace(u',', u'.');
    static const QLocale c = [] {
        QLocale l = QLocale::c();
        l.setNumberOptions(QLocale::RejectGroupSeparator);
        return l;
    }();
    bool ok = false;
    const double v = c.toDouble(t, &ok);
    if (!ok || !std::isfinite(v))
        return std::nullopt;
    return v;
}

} // namespace

bool isEmpty(const QVariant &cell)
{
    return !cell.isValid() || cell.isNull()
        || (cell.typeId() == QMetaType::QString && cell.toString().trimmed().isEmpty());
}

QString text(const QVariant &cell)
{
    switch (cell.typeId()) {
    case QMetaType::Double:
    case QMetaType::Float:
        return QString::number(cell.toDouble(), 'g', QLocale::FloatingPointShortest);
    case QMetaType::Bool: return cell.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QMetaType::QDate: return cell.toDate().toString(Qt::ISODate);
    case QMetaType::QTime: return cell.toTime().toString(Qt::ISODate);
    case QMetaType::QDateTime: return cell.toDateTime().toString(Qt::ISODate);
    default: return cell.toString();
    }
}

std::optional<double> number(const QVariant &cell, QString *why)
{
    if (cell.typeId() == QMetaType::Double || cell.typeId() == QMetaType::Int
        || cell.typeId() == QMetaType::LongLong) {
        return cell.toDouble();
    }
    if (cell.typeId() == QMetaType::QString) {
        if (const auto v = parseNumber(cell.toString()))
            return v;
    }
    if (why)
        *why = Tr::tr("%1 is not a number").arg(quoted(cell));
    return std::nullopt;
}

std::optional<int> integer(const QVariant &cell, qint64 min, qint64 max, QString *why)
{
    const auto v = number(cell, nullptr);
    if (!v || *v != std::floor(*v)) {
        if (why)
            *why = Tr::tr("%1 is not a whole number").arg(quoted(cell));
        return std::nullopt;
    }
    if (*v < double(min) || *v > double(max)) {
        if (why)
            *why = Tr::tr("%1 is outside %2–%3").arg(text(cell)).arg(min).arg(max);
        return std::nullopt;
    }
    return int(*v);
}

std::optional<bool> boolean(const QVariant &cell, QString *why)
{
    if (cell.typeId() == QMetaType::Bool)
        return cell.toBool();
    if (cell.typeId() == QMetaType::Double && (cell.toDouble() == 0 || cell.toDouble() == 1))
        return cell.toDouble() == 1;
    static const QHash<QString, bool> words = [] {
        QHash<QString, bool> out;
        const char *yes = "yes|y|true|1|x|on|oui|o|vrai|si|sí|verdadero|rw|r/w|w|wo|read/write|"
                          "read write|write|l/e|le|lecture/écriture|lecture-écriture|écriture|"
                          "lectura/escritura|lectura-escritura|escritura|enabled|activé|activo";
        const char *no = "no|n|false|0|off|non|faux|falso|r|ro|read|read only|readonly|l|"
                         "lecture|lecture seule|lectura|solo lectura|sólo lectura|disabled|"
                         "désactivé|inactivo|-";
        for (const QString &w : QString::fromUtf8(yes).split(u'|'))
            out.insert(ExchangeFields::normalized(w), true);
        for (const QString &w : QString::fromUtf8(no).split(u'|'))
            out.insert(w == QLatin1String("-") ? w : ExchangeFields::normalized(w), false);
        return out;
    }();
    const QString t = text(cell).trimmed();
    const auto it = words.constFind(t == QLatin1String("-") ? t : ExchangeFields::normalized(t));
    if (it != words.constEnd())
        return *it;
    if (why)
        *why = Tr::tr("%1 is not yes or no (yes/no, oui/non, sí/no, true/false, 1/0, R/RW)")
                   .arg(quoted(cell));
    return std::nullopt;
}

std::optional<DataType> dataType(const QVariant &cell, QString *why)
{
    static const auto table = makeTable<DataType>({
        {DataType::Bool, "bool|boolean|bit|digital|tor|booléen|booleano|binaire|binary|coil"},
        {DataType::Int16,
         "int|int16|short|integer|signed|entier|entier signé|entero|sint16|"
         "signed 16|i16"},
        {DataType::UInt16,
         "uint|uint16|word|unsigned|unsigned int|mot|entier non signé|"
         "entero sin signo|u16|unsigned 16"},
        {DataType::Int32, "dint|int32|long|double int|entier long|entero largo|i32|signed 32"},
        {DataType::UInt32, "udint|uint32|dword|unsigned long|mot double|u32|unsigned 32"},
        {DataType::Int64, "lint|int64|long long|i64"},
        {DataType::Float32,
         "real|float|float32|single|réel|flottant|real32|ieee754|ieee|"
         "f32|coma flotante"},
        {DataType::Float64, "lreal|double|float64|réel long|real64|f64"},
        {DataType::String, "string|text|str|chaîne|chaîne de caractères|texte|cadena|texto|ascii"},
    });
    return lookUp(table, cell, Tr::tr("data type"), why);
}

std::optional<FrameType> table(const QVariant &cell, QString *why)
{
    static const auto words = makeTable<FrameType>({
        {FrameType::Coil,
         "coil|coils|0x|0|bobine|bobines|bobina|bobinas|output coil|"
         "sortie tor|fc1|fc01"},
        {FrameType::DiscreteInput,
         "discrete|discrete input|discrete inputs|di|1x|1|input status|"
         "entrée tor|entrées tor|entrée discrète|entrada discreta|"
         "entradas discretas|fc2|fc02|contact"},
        {FrameType::HoldingRegister,
         "holding|holding register|holding registers|hr|4x|4|"
         "registre de maintien|registres de maintien|mot interne|"
         "registro de retención|registros de retención|fc3|fc03|"
         "output register|analog output"},
        {FrameType::InputRegister,
         "input|input register|input registers|ir|3x|3|"
         "registre d'entrée|registres d'entrée|registro de entrada|"
         "registros de entrada|fc4|fc04|analog input"},
    });
    if (cell.typeId() == QMetaType::Double) // 4 for holding registers, as in "4x"
        return lookUp(words, text(cell), Tr::tr("Modbus table"), why);
    return lookUp(words, cell, Tr::tr("Modbus table"), why);
}

std::optional<ByteOrder> byteOrder(const QVariant &cell, QString *why)
{
    static const auto table = makeTable<ByteOrder>({
        {ByteOrder::ABCD, "big endian|big-endian|be|normal|standard|1234|ab cd"},
        {ByteOrder::CDAB,
         "word swap|word swapped|swap words|little endian word swap|3412|"
         "mots inversés|palabras invertidas|cd ab"},
        {ByteOrder::BADC,
         "byte swap|byte swapped|swap bytes|2143|octets inversés|"
         "bytes invertidos|ba dc"},
        {ByteOrder::DCBA, "little endian|little-endian|le|4321|dc ba"},
    });
    return lookUp(table, cell, Tr::tr("byte order"), why);
}

std::optional<Protocol> protocol(const QVariant &cell, QString *why)
{
    static const auto table = makeTable<Protocol>({
        {Protocol::ModbusTcp, "modbus tcp|tcp|modbus/tcp|modbus tcp/ip|tcp/ip|ethernet"},
        {Protocol::ModbusRtu, "modbus rtu|rtu|serial|série|serie|rs485|rs-485|rs232"},
        {Protocol::Simulation, "simulation|simulated|simulé|simulación|simulado|sim"},
    });
    return lookUp(table, cell, Tr::tr("protocol"), why);
}

std::optional<Parity> parity(const QVariant &cell, QString *why)
{
    static const auto table = makeTable<Parity>({
        {Parity::None, "n|no|aucune|sans|ninguna|sin"},
        {Parity::Even, "e|paire|par"},
        {Parity::Odd, "o|impaire|impar"},
        {Parity::Space, "s|espace|espacio"},
        {Parity::Mark, "m|marque|marca"},
    });
    return lookUp(table, cell, Tr::tr("parity"), why);
}

std::optional<ScanType> scanType(const QVariant &cell, QString *why)
{
    static const auto table = makeTable<ScanType>({
        {ScanType::Periodic, "periodic|périodique|periódico"},
        {ScanType::FixedDelay, "fixed delay|délai fixe|retardo fijo"},
    });
    return lookUp(table, cell, Tr::tr("scan type"), why);
}

std::optional<Waveform> waveform(const QVariant &cell, QString *why)
{
    static const auto table = makeTable<Waveform>({});
    return lookUp(table, cell, Tr::tr("waveform"), why);
}

std::optional<BindingAttribute> bindingAttribute(const QVariant &cell, QString *why)
{
    static const auto table = makeTable<BindingAttribute>({
        {BindingAttribute::Fill, "remplissage|couleur|color|colour|relleno"},
        {BindingAttribute::Stroke, "contour|trait|borde|trazo|outline"},
        {BindingAttribute::Opacity, "opacité|opacidad"},
        {BindingAttribute::Visible, "visibilité|visibilidad|visibility|show"},
        {BindingAttribute::Text, "texte|texto|label|value|valeur|valor"},
        {BindingAttribute::Rotate, "rotation|rotación|angle|ángulo"},
        {BindingAttribute::BarHeight, "bar height|hauteur de barre|altura de barra|level|niveau"},
        {BindingAttribute::BarWidth, "bar width|largeur de barre|ancho de barra"},
        {BindingAttribute::Blink, "clignotement|clignoter|parpadeo|parpadear"},
    });
    return lookUp(table, cell, Tr::tr("screen attribute"), why);
}

std::optional<ScreenActionKind> actionKind(const QVariant &cell, QString *why)
{
    static const auto table = makeTable<ScreenActionKind>({
        {ScreenActionKind::OpenScreen,
         "open|open screen|ouvrir|ouvrir synoptique|abrir|"
         "abrir sinóptico|navigate|goto"},
        {ScreenActionKind::Write, "écrire|écriture|escribir|escritura|set"},
        {ScreenActionKind::Toggle, "basculer|inverser|conmutar|alternar"},
        {ScreenActionKind::Faceplate, "fenêtre de commande|face-avant|panel de mando|panel"},
    });
    return lookUp(table, cell, Tr::tr("screen action"), why);
}

std::optional<SheetAddress> address(const QVariant &cell, bool tableGiven, QString *why)
{
    // Text keeps what a number cell loses: "00001" (a coil) and "40010.10" (bit 10).
    QString t = text(cell).trimmed();
    if (cell.typeId() == QMetaType::Double && !tableGiven && t.size() < 5
        && cell.toDouble() == std::floor(cell.toDouble()) && cell.toDouble() >= 1) {
        // 1–9999 as a number: Excel dropped the leading zeros of 00001–09999, the coils.
        t = t.rightJustified(5, u'0');
    }
    static const QRegularExpression form(
        QStringLiteral("^(?:([0134])[xX](\\d{1,5})|(\\d{1,6}))(?:\\.(\\d{1,2}))?$"));
    const QRegularExpressionMatch m = form.match(t);
    if (!m.hasMatch()) {
        if (why)
            *why = Tr::tr("%1 is not a Modbus address (a number such as 100 with a Table column, "
                          "or 40101-style, optionally with .bit)")
                       .arg(quoted(cell));
        return std::nullopt;
    }
    SheetAddress out;
    if (!m.captured(4).isEmpty()) {
        const int bit = m.captured(4).toInt();
        if (bit > 15) {
            if (why)
                *why = Tr::tr("bit %1 in %2 is outside 0–15: a register has 16 bits")
                           .arg(bit)
                           .arg(quoted(cell));
            return std::nullopt;
        }
        out.bit = bit;
    }
    const auto tableOfDigit = [](QChar d) {
        switch (d.unicode()) {
        case u'0': return FrameType::Coil;
        case u'1': return FrameType::DiscreteInput;
        case u'3': return FrameType::InputRegister;
        default: return FrameType::HoldingRegister;
        }
    };
    if (!m.captured(1).isEmpty()) { // 4x0001
        const int n = m.captured(2).toInt();
        if (n < 1 || n > 65536) {
            if (why)
                *why = Tr::tr("%1: the number after %2x is 1-based, 1–65536")
                           .arg(quoted(cell), m.captured(1));
            return std::nullopt;
        }
        out.table = tableOfDigit(m.captured(1).at(0));
        out.address = n - 1;
        return out;
    }
    const QString digits = m.captured(3);
    if (tableGiven) {
        const int n = digits.toInt();
        if (n > 65535) {
            if (why)
                *why = Tr::tr("address %1 is outside 0–65535").arg(digits);
            return std::nullopt;
        }
        out.address = n;
        return out;
    }
    const QChar first = digits.at(0);
    const bool modiconDigit = first == u'0' || first == u'1' || first == u'3' || first == u'4';
    if ((digits.size() == 5 || digits.size() == 6) && modiconDigit) {
        const int n = digits.mid(1).toInt();
        const int limit = digits.size() == 5 ? 9999 : 65536;
        if (n >= 1 && n <= limit) {
            out.table = tableOfDigit(first);
            out.address = n - 1;
            return out;
        }
    }
    if (why)
        *why = Tr::tr("address %1 does not say its table: add a Table column (Holding, Input, "
                      "Coil, Discrete or 4x, 3x, 0x, 1x), or write it 40001-style")
                   .arg(quoted(cell));
    return std::nullopt;
}

} // namespace Vigie::CellValues
