#include "exchangefields.h"

#include <QHash>

namespace Vigie::ExchangeFields {

namespace {

using F = ExchangeField;

// One field: its level, its key, the header the exporter writes, and the words a header may use
// for it in English, French and Spanish ('|' between them; normalized before comparing, so
// accents and case are free here). Plain words shared by every level (name, description) are in
// GenericNames below, and count only for the sheet's own level.
struct FieldInfo
{
    F field;
    int level;
    const char *key;
    const char *header;
    const char *words;
};

// clang-format off
const FieldInfo Fields[] = {
    {F::ConnectionName, 1, "connection", "Connection",
     "connection|connection name|connexion|liaison|nom de la liaison|conexión|canal|channel|link|bus"},
    {F::ConnectionDescription, 1, "connection.description", "Connection description",
     "connection description|description de la liaison|description liaison|descripción de la conexión"},
    {F::Protocol, 1, "protocol", "Protocol", "protocol|protocole|protocolo"},
    {F::Host, 1, "host", "Host",
     "host|ip|ip address|adresse ip|hôte|hote|dirección ip|servidor|server|hostname"},
    {F::Port, 1, "port", "Port", "port|tcp port|port tcp|puerto|puerto tcp"},
    {F::SerialPort, 1, "serialPort", "Serial port",
     "serial port|com|com port|port com|port série|port serie|puerto serie|puerto com"},
    {F::BaudRate, 1, "baudRate", "Baud rate", "baud rate|baud|baudrate|vitesse|débit|baudios|velocidad"},
    {F::Parity, 1, "parity", "Parity", "parity|parité|paridad"},
    {F::DataBits, 1, "dataBits", "Data bits", "data bits|bits de données|bits de datos"},
    {F::StopBits, 1, "stopBits", "Stop bits", "stop bits|bits de stop|bits de parada"},
    {F::Timeout, 1, "timeout", "Timeout (ms)",
     "timeout|délai|délai de réponse|time out|tiempo de espera|tiempo de respuesta"},
    {F::Retries, 1, "retries", "Retries", "retries|retry|tentatives|reintentos|essais"},

    {F::DeviceName, 2, "device", "Device",
     "device|device name|équipement|equipement|automate|api|plc|dispositivo|equipo|"
     "nom de l'équipement|nom équipement|instrument|rtu"},
    {F::DeviceDescription, 2, "device.description", "Device description",
     "device description|description de l'équipement|description équipement|"
     "descripción del dispositivo"},
    {F::ScanTime, 2, "scanTime", "Scan time (ms)",
     "scan time|scan|scan rate|poll rate|polling|polling period|poll period|cycle|"
     "période de scrutation|scrutation|période|temps de cycle|periodo|periodo de escaneo|"
     "tiempo de escaneo|período de sondeo"},
    {F::ScanType, 2, "scanType", "Scan type", "scan type|type de scrutation|tipo de escaneo"},
    {F::StationAddress, 2, "stationAddress", "Station address",
     "station address|station|slave|slave id|slave address|unit id|esclave|adresse esclave|"
     "n° esclave|numéro d'esclave|id esclave|esclavo|dirección de esclavo|id de esclavo|node|nœud"},
    {F::MaxRequestsInFlight, 2, "maxRequestsInFlight", "Max requests in flight",
     "max requests in flight|requests in flight|requêtes simultanées|peticiones simultáneas"},
    {F::MaskWrite, 2, "maskWrite", "Mask write", "mask write|fc22|écriture masquée|escritura con máscara"},

    {F::FrameName, 3, "frame", "Frame",
     "frame|frame name|trame|nom de la trame|trama|block|bloc|bloque|request|requête"},
    {F::FrameDescription, 3, "frame.description", "Frame description",
     "frame description|description de la trame|descripción de la trama"},
    {F::Table, 3, "table", "Table",
     "table|register type|type de registre|registre type|memory area|area|zone|zone mémoire|"
     "object type|function|fonction|tabla|tipo de registro|área|modbus table"},
    {F::StartAddress, 3, "startAddress", "Start address",
     "start address|start|first address|adresse de début|adresse début|première adresse|"
     "dirección inicial|dirección de inicio"},
    {F::Quantity, 3, "quantity", "Quantity",
     "quantity|count|length of frame|quantité|nb de registres|nombre de registres|cantidad"},
    {F::FrameReadable, 3, "frame.readable", "Frame readable",
     "frame readable|trame en lecture|trama legible"},
    {F::FrameWritable, 3, "frame.writable", "Frame writable",
     "frame writable|trame en écriture|trama escribible"},
    {F::ScanTimeFactor, 3, "scanTimeFactor", "Scan time factor",
     "scan time factor|facteur de scrutation|factor de escaneo"},
    {F::MinutesOffset, 3, "minutesOffset", "Minutes offset",
     "minutes offset|décalage en minutes|desplazamiento en minutos"},
    {F::InterFrameDelay, 3, "interFrameDelay", "Inter-frame delay (ms)",
     "inter frame delay|interframe delay|délai entre trames|retard entre trames|"
     "retardo entre tramas"},

    {F::Name, 4, "name", "Name",
     "tag|tag name|tagname|variable|variable name|nom de variable|nom variable|repère|"
     "mnémonique|symbole|symbol|point|point name|etiqueta|nombre de variable|identifiant"},
    {F::Description, 4, "description", "Description", ""},
    {F::Unit, 4, "unit", "Unit",
     "unit|units|eng unit|engineering unit|unité|unités|unite|unidad|unidades"},
    {F::DataType, 4, "dataType", "Data type",
     "data type|datatype|type|format|type de donnée|type de données|format de donnée|tipo|"
     "tipo de dato|tipo de datos|formato"},
    {F::Address, 4, "address", "Address",
     "address|addr|register|modbus address|reg|registre|adresse|adresse modbus|n° de registre|"
     "dirección|direccion|registro|dirección modbus"},
    {F::Offset, 4, "offset", "Offset in frame",
     "offset in frame|frame offset|position in frame|décalage dans la trame|position dans la trame|"
     "desplazamiento en la trama|posición en la trama"},
    {F::Bit, 4, "bit", "Bit", "bit|bit number|bit no|n° bit|n° de bit|numéro de bit|número de bit"},
    {F::Length, 4, "length", "Length",
     "length|string length|characters|chars|longueur|nb caractères|longitud|caracteres"},
    {F::ByteOrder, 4, "byteOrder", "Byte order",
     "byte order|word order|endianness|endian|swap|ordre des octets|ordre des mots|permutation|"
     "orden de bytes|orden de palabras"},
    {F::Scale, 4, "scale", "Scale",
     "scale|scaling|scale factor|factor|gain|multiplier|échelle|coefficient|coef|coeff|"
     "facteur|facteur d'échelle|escala|factor de escala|multiplicador|ganancia"},
    {F::ScaleOffset, 4, "scaleOffset", "Scale offset",
     "scale offset|offset|zero|intercept|décalage|offset d'échelle|zéro|desplazamiento|"
     "desplazamiento de escala|cero"},
    {F::Min, 4, "min", "Min",
     "min|minimum|min value|low limit|low|valeur min|valeur minimale|mini|borne basse|"
     "limite basse|mínimo|valor mínimo|límite inferior"},
    {F::Max, 4, "max", "Max",
     "max|maximum|max value|high limit|high|valeur max|valeur maximale|maxi|borne haute|"
     "limite haute|máximo|valor máximo|límite superior"},
    {F::Deadband, 4, "deadband", "Deadband",
     "deadband|dead band|hysteresis|bande morte|hystérésis|banda muerta|histéresis"},
    {F::Decimals, 4, "decimals", "Decimals",
     "decimals|decimal places|digits|décimales|nb de décimales|précision|decimales|precisión"},
    {F::OnText, 4, "onText", "On text",
     "on text|true text|text on|texte marche|texte vrai|texte 1|état 1|libellé 1|texto on|"
     "texto verdadero|texto 1|estado 1"},
    {F::OffText, 4, "offText", "Off text",
     "off text|false text|text off|texte arrêt|texte faux|texte 0|état 0|libellé 0|texto off|"
     "texto falso|texto 0|estado 0"},
    {F::Writable, 4, "writable", "Writable",
     "writable|write|access|access mode|r/w|rw|read/write|read write|mode|écriture|"
     "lecture/écriture|lecture-écriture|lecture écriture|l/e|accès|mode d'accès|escritura|"
     "lectura/escritura|lectura-escritura|l/e|acceso|modo de acceso|escribible|inscriptible"},
    {F::Published, 4, "published", "Published",
     "published|publish|mqtt|cloud|scorpio|publié|publier|publication|publicado|publicar"},
    {F::RemoteWrite, 4, "remoteWrite", "Remote write",
     "remote write|dcmd|écriture distante|écriture à distance|escritura remota"},
    {F::Waveform, 4, "waveform", "Waveform",
     "waveform|simulation|signal|forme d'onde|forma de onda"},
    {F::SimulationPeriod, 4, "simulationPeriod", "Simulation period (ms)",
     "simulation period|période de simulation|periodo de simulación"},
    {F::Amplitude, 4, "amplitude", "Amplitude", "amplitude|amplitud"},
    {F::SimulationOffset, 4, "simulationOffset", "Simulation offset",
     "simulation offset|décalage de simulation|desplazamiento de simulación"},

    {F::Formula, 0, "formula", "Formula", "formula|formule|fórmula|expression|expresión"},
    {F::File, 0, "file", "File", "file|svg|svg file|fichier|fichier svg|archivo|archivo svg"},
    {F::ParentScreen, 0, "parent", "Parent",
     "parent|parent screen|synoptique parent|écran parent|padre|pantalla padre|sinóptico padre"},
    {F::Screen, 0, "screen", "Screen",
     "screen|mimic|synoptique|écran|vue|pantalla|sinóptico|vista"},
    {F::Element, 0, "element", "Element",
     "element|element id|id|svg id|élément|id de l'élément|objet|elemento|id del elemento|objeto"},
    {F::Attribute, 0, "attribute", "Attribute",
     "attribute|property|animation|attribut|propriété|atributo|propiedad"},
    {F::CenterX, 0, "centerX", "Center X", "center x|centre x|centro x|cx"},
    {F::CenterY, 0, "centerY", "Center Y", "center y|centre y|centro y|cy"},
    {F::ActionKind, 0, "action", "Action", "action|kind|on click|clic|acción|tipo de acción"},
    {F::Target, 0, "target", "Target", "target|cible|destination|objetivo|destino"},
    {F::Key, 0, "field", "Field", "field|key|setting|champ|paramètre|clé|campo|parámetro|clave"},
    {F::Value, 0, "value", "Value", "value|valeur|valor"},
};
// clang-format on

// Plain words that mean the sheet's own level: "Name" in the Devices sheet is the device's name.
const char GenericNames[] = "name|nom|nombre";
const char GenericDescriptions[] =
    "description|desc|descriptif|comment|comments|commentaire|commentaires|libellé|libelle|"
    "comentario|comentarios|descripción|désignation";
const char GenericReadable[] = "readable|read|lecture|lectura";
const char GenericWritable[] = "writable|write|écriture|escritura";

const FieldInfo &info(F field)
{
    return Fields[int(field)];
}

QStringList wordsOf(const char *words)
{
    QStringList out;
    for (const QString &w : QString::fromUtf8(words).split(QLatin1Char('|'), Qt::SkipEmptyParts))
        out.append(normalized(w));
    return out;
}

// The field the generic words of a level stand for in a sheet of that kind.
std::optional<F> genericField(SheetKind kind, const QString &word)
{
    static const QStringList names = wordsOf(GenericNames);
    static const QStringList descriptions = wordsOf(GenericDescriptions);
    static const QStringList readable = wordsOf(GenericReadable);
    static const QStringList writable = wordsOf(GenericWritable);
    const bool isName = names.contains(word);
    const bool isDescription = descriptions.contains(word);
    switch (kind) {
    case SheetKind::Connections:
        if (isName)
            return F::ConnectionName;
        if (isDescription)
            return F::ConnectionDescription;
        break;
    case SheetKind::Devices:
        if (isName)
            return F::DeviceName;
        if (isDescription)
            return F::DeviceDescription;
        break;
    case SheetKind::Frames:
        if (isName)
            return F::FrameName;
        if (isDescription)
            return F::FrameDescription;
        if (readable.contains(word))
            return F::FrameReadable;
        if (writable.contains(word))
            return F::FrameWritable;
        break;
    case SheetKind::Variables:
    case SheetKind::Calculated:
    case SheetKind::Screens:
        if (isName)
            return F::Name;
        if (isDescription)
            return F::Description;
        break;
    default: break;
    }
    return std::nullopt;
}

const QHash<QString, QList<F>> &wordIndex()
{
    static const QHash<QString, QList<F>> index = [] {
        QHash<QString, QList<F>> out;
        for (const FieldInfo &f : Fields) {
            for (const QString &w : wordsOf(f.words))
                out[w].append(f.field);
        }
        return out;
    }();
    return index;
}

} // namespace

QString normalized(const QString &text)
{
    // Decomposed, accents are marks of their own; what is in parentheses is a unit or a hint.
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    int depth = 0;
    for (const QChar c : decomposed) {
        if (c == u'(' || c == u'[') {
            ++depth;
        } else if (c == u')' || c == u']') {
            depth = qMax(0, depth - 1);
        } else if (depth == 0 && c.isLetterOrNumber()) {
            out.append(c.toLower());
        } else if (depth == 0 && (c == u'°' || c == u'º')) {
            out.append(u'o'); // "N° bit": a numero sign, read as "no"
        }
    }
    return out;
}

std::optional<SheetKind> kindOfSheetName(const QString &sheetName)
{
    static const QHash<QString, SheetKind> names = [] {
        const std::pair<SheetKind, const char *> table[] = {
            {SheetKind::Project, "project|projet|proyecto|settings|paramètres|configuración"},
            {SheetKind::Connections, "connections|connexions|liaisons|conexiones|links|buses"},
            {SheetKind::Devices,
             "devices|équipements|equipements|automates|dispositivos|equipos|"
             "slaves|esclaves|esclavos"},
            {SheetKind::Frames, "frames|trames|tramas|blocks|blocs|bloques"},
            {SheetKind::Variables, "variables|tags|points|repères|etiquetas|mnémoniques"},
            {SheetKind::Calculated,
             "calculated|calculated variables|calculées|variables calculées|"
             "calculadas|variables calculadas|formulas|formules"},
            {SheetKind::Screens, "screens|synoptiques|écrans|pantallas|sinópticos|mimics"},
            {SheetKind::Bindings, "bindings|animations|animaciones|enlaces|liaisons d'animation"},
            {SheetKind::Actions, "actions|acciones|commandes|comandos"},
        };
        QHash<QString, SheetKind> out;
        for (const auto &[kind, words] : table) {
            for (const QString &w : wordsOf(words))
                out.insert(w, kind);
        }
        return out;
    }();
    const auto it = names.constFind(normalized(sheetName));
    if (it == names.constEnd())
        return std::nullopt;
    return *it;
}

QString sheetName(SheetKind kind)
{
    switch (kind) {
    case SheetKind::Project: return QStringLiteral("Project");
    case SheetKind::Connections: return QStringLiteral("Connections");
    case SheetKind::Devices: return QStringLiteral("Devices");
    case SheetKind::Frames: return QStringLiteral("Frames");
    case SheetKind::Variables: return QStringLiteral("Variables");
    case SheetKind::Calculated: return QStringLiteral("Calculated");
    case SheetKind::Screens: return QStringLiteral("Screens");
    case SheetKind::Bindings: return QStringLiteral("Bindings");
    case SheetKind::Actions: return QStringLiteral("Actions");
    }
    return {};
}

QList<ExchangeField> fieldsOf(SheetKind kind)
{
    const auto range = [](F first, F last) {
        QList<F> out;
        for (int f = int(first); f <= int(last); ++f)
            out.append(F(f));
        return out;
    };
    switch (kind) {
    case SheetKind::Project: return {F::Key, F::Value};
    case SheetKind::Connections: return range(F::ConnectionName, F::Retries);
    case SheetKind::Devices:
        return QList<F> {F::ConnectionName} + range(F::DeviceName, F::MaskWrite);
    case SheetKind::Frames:
        return QList<F> {F::ConnectionName, F::DeviceName}
        + range(F::FrameName, F::InterFrameDelay);
    case SheetKind::Variables: return range(F::ConnectionName, F::SimulationOffset);
    case SheetKind::Calculated:
        return {F::Name,     F::Description, F::Unit,    F::Formula,  F::DataType,
                F::Decimals, F::OnText,      F::OffText, F::Deadband, F::Published};
    case SheetKind::Screens: return {F::Name, F::Description, F::File, F::ParentScreen};
    case SheetKind::Bindings:
        return {F::Screen, F::Element, F::Attribute, F::Formula, F::CenterX, F::CenterY};
    case SheetKind::Actions: return {F::Screen, F::Element, F::ActionKind, F::Target};
    }
    return {};
}

int levelOf(ExchangeField field)
{
    return info(field).level;
}

int levelOf(SheetKind kind)
{
    switch (kind) {
    case SheetKind::Connections: return 1;
    case SheetKind::Devices: return 2;
    case SheetKind::Frames: return 3;
    case SheetKind::Variables: return 4;
    default: return 0;
    }
}

QString columnName(int column)
{
    QString out;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        out.prepend(QChar(u'A' + (n - 1) % 26));
    return out;
}

QString header(ExchangeField field, SheetKind kind)
{
    // In a sheet of its own level, a field's plain word is enough: a device's "Name" in Devices.
    if (levelOf(kind) != 0 && levelOf(field) == levelOf(kind) && kind != SheetKind::Variables) {
        switch (field) {
        case F::ConnectionName:
        case F::DeviceName:
        case F::FrameName: return QStringLiteral("Name");
        case F::ConnectionDescription:
        case F::DeviceDescription:
        case F::FrameDescription: return QStringLiteral("Description");
        case F::FrameReadable: return QStringLiteral("Readable");
        case F::FrameWritable: return QStringLiteral("Writable");
        default: break;
        }
    }
    return QString::fromUtf8(info(field).header);
}

std::optional<ExchangeField> fieldForHeader(const QString &headerText, SheetKind kind)
{
    const QString word = normalized(headerText);
    if (word.isEmpty())
        return std::nullopt;
    const QList<F> allowed = fieldsOf(kind);
    // The sheet's own level first: "Writable" in Frames is the frame's, in Variables the
    // variable's.
    if (const auto generic = genericField(kind, word); generic && allowed.contains(*generic))
        return generic;
    const QList<F> candidates = wordIndex().value(word);
    const int own = levelOf(kind);
    std::optional<F> other;
    for (const F f : candidates) {
        if (!allowed.contains(f))
            continue;
        if (levelOf(f) == own)
            return f;
        if (!other)
            other = f;
    }
    return other;
}

QString key(ExchangeField field, SheetKind kind)
{
    // The plain words of the sheet's own level, as headers show them: a device's "name".
    if (const auto generic = genericField(kind, normalized(header(field, kind)));
        generic == field) {
        return normalized(header(field, kind));
    }
    return QString::fromUtf8(info(field).key);
}

std::optional<ExchangeField> fieldForKey(const QString &keyText, SheetKind kind, bool *ignore)
{
    if (ignore)
        *ignore = keyText == QLatin1String("ignore");
    if (keyText == QLatin1String("ignore"))
        return std::nullopt;
    for (const F f : fieldsOf(kind)) {
        if (key(f, kind) == keyText)
            return f;
    }
    return std::nullopt;
}

QStringList keys(SheetKind kind)
{
    QStringList out;
    for (const F f : fieldsOf(kind))
        out.append(key(f, kind));
    out.append(QStringLiteral("ignore"));
    return out;
}

} // namespace Vigie::ExchangeFields
