// Tests of the spreadsheet import and export of a project, on sheets held in memory: columns
// recognised in three languages, cells read as people write them, frames planned from addresses,
// every problem given with its row, and the lossless round trip through the exported sheets.
// The files themselves (.xlsx, CSV) are tested in tst_exchangefiles.

#include "exchangetestdata.h"

#include "document/projectdocument.h"
#include "exchange/cellvalues.h"
#include "exchange/exchangefields.h"
#include "exchange/projectexport.h"
#include "exchange/projectimport.h"
#include "model/projectfile.h"

#include <QTest>

using namespace Vigie;

namespace {

using Row = QList<QVariant>;

// Enumerations compared by their names, which also makes failures readable (Vigie::toString()
// gives a QString, so QTest cannot print them itself).
template<typename E> QString named(const std::optional<E> &value)
{
    return value ? Vigie::toString(*value) : QStringLiteral("(none)");
}
template<typename E>
requires std::is_enum_v<E> QString named(E value)
{
    return Vigie::toString(value);
}

Sheet sheet(const QString &name, const QList<Row> &rows)
{
    Sheet s;
    s.name = name;
    s.rows = rows;
    return s;
}

QString listing(const ImportReport &report)
{
    QStringList lines;
    for (const ImportIssue &issue : report.issues)
        lines.append(issue.toString());
    return lines.join(QLatin1Char('\n'));
}

QStringList errors(const ImportReport &report)
{
    QStringList out;
    for (const ImportIssue &issue : report.issues) {
        if (issue.isError())
            out.append(issue.toString());
    }
    return out;
}

// Every cell as text, as a CSV file gives it.
Sheet asText(Sheet s)
{
    for (auto &row : s.rows) {
        for (auto &cell : row)
            cell = CellValues::isEmpty(cell) ? QVariant() : QVariant(CellValues::text(cell));
    }
    return s;
}

Workbook asText(Workbook book)
{
    for (Sheet &s : book.sheets)
        s = asText(s);
    return book;
}

const Variable *findVariable(const Project &p, const QString &name, const Frame **frame = nullptr)
{
    for (const VariablePath &path : p.variablePaths()) {
        if (p.variable(path).name == name) {
            if (frame)
                *frame = &p.frame(path);
            return &p.variable(path);
        }
    }
    return nullptr;
}

// The sheet an electrician keeps: a title above the headers, French words, 40001-style addresses,
// decimal commas, L and L/E for the access.
Workbook electricianSheet()
{
    return {{sheet(QStringLiteral("Feuil1"),
                   {
                       {QStringLiteral("Liste des points — Station Nord")},
                       {},
                       {QStringLiteral("Repère"), QStringLiteral("Désignation"),
                        QStringLiteral("Adresse"), QStringLiteral("Type"), QStringLiteral("Unité"),
                        QStringLiteral("Échelle"), QStringLiteral("Lecture/Écriture"),
                        QStringLiteral("Publié"), QStringLiteral("Remarque")},
                       {QStringLiteral("Niveau bassin"), QStringLiteral("Niveau du bassin"),
                        QStringLiteral("40001"), QStringLiteral("REAL"), QStringLiteral("m"),
                        QStringLiteral("0,1"), QStringLiteral("L"), QStringLiteral("oui")},
                       {QStringLiteral("Débit entrée"), QVariant(), 40003.0, QStringLiteral("INT"),
                        QStringLiteral("m³/h"), 1.0, QStringLiteral("L/E"), QStringLiteral("non")},
                       {QStringLiteral("Pompe 1 marche"), QVariant(), QStringLiteral("00001"),
                        QVariant(), QVariant(), QVariant(), QStringLiteral("RW")},
                       {QStringLiteral("Défaut pompe 1"), QVariant(), QStringLiteral("40010.3")},
                       {QStringLiteral("Température"), QVariant(), QStringLiteral("30001"),
                        QStringLiteral("DINT"), QStringLiteral("°C"), QStringLiteral("0,01")},
                   })}};
}

} // namespace

class tst_ProjectImport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void headersInThreeLanguages_data();
    void headersInThreeLanguages();
    void cells();
    void addresses_data();
    void addresses();
    void electricianSheetBecomesAPollingProject();
    void changesApplyToTheDocument();
    void importIntoExistingDevice();
    void spanishHeadersAndTableColumn();
    void columnMapOverridesHeaders();
    void screenBindings();
    void roundTripDemo();
    void roundTripEveryField();
    void roundTripTreeSheetAsText();
    void missingColumns();
    void duplicateNames();
    void badCellsNameRowAndColumn();
    void rowsOfOneDeviceMustAgree();
    void existingNodesAreNotChanged();
    void unknownSheet();
    void noHeaderRow();
};

void tst_ProjectImport::headersInThreeLanguages_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<SheetKind>("kind");
    QTest::addColumn<QString>("key");
    const auto row = [](const char *header, SheetKind kind, const char *key) {
        QTest::addRow("%s", header) << QString::fromUtf8(header) << kind << QString::fromUtf8(key);
    };
    row("Nom", SheetKind::Variables, "name");
    row("Repère", SheetKind::Variables, "name");
    row("TAG", SheetKind::Variables, "name");
    row("Nombre", SheetKind::Variables, "name");
    row("Adresse", SheetKind::Variables, "address");
    row("Registre", SheetKind::Variables, "address");
    row("Dirección", SheetKind::Variables, "address");
    row("Échelle", SheetKind::Variables, "scale");
    row("ECHELLE (x)", SheetKind::Variables, "scale");
    row("Coefficient", SheetKind::Variables, "scale");
    row("Unité", SheetKind::Variables, "unit");
    row("Écriture", SheetKind::Variables, "writable");
    row("Lecture-écriture", SheetKind::Variables, "writable");
    row("R/W", SheetKind::Variables, "writable");
    row("Désignation", SheetKind::Variables, "description");
    row("Esclave", SheetKind::Variables, "stationAddress");
    row("Équipement", SheetKind::Variables, "device");
    row("Trame", SheetKind::Variables, "frame");
    row("Type de donnée", SheetKind::Variables, "dataType");
    row("Bande morte", SheetKind::Variables, "deadband");
    row("Scan time (ms)", SheetKind::Devices, "scanTime");
    row("Name", SheetKind::Devices, "name");
    row("Name", SheetKind::Connections, "name");
    row("Writable", SheetKind::Frames, "writable");
    row("Frame writable", SheetKind::Variables, "frame.writable");
    row("Writable", SheetKind::Variables, "writable");
    row("Connection description", SheetKind::Variables, "connection.description");
    row("Description", SheetKind::Devices, "description");
    row("Synoptique", SheetKind::Bindings, "screen");
    row("Élément", SheetKind::Bindings, "element");
    row("Fórmula", SheetKind::Bindings, "formula");
}

void tst_ProjectImport::headersInThreeLanguages()
{
    QFETCH(QString, header);
    QFETCH(SheetKind, kind);
    QFETCH(QString, key);
    const auto field = ExchangeFields::fieldForHeader(header, kind);
    QVERIFY2(field, qPrintable(header));
    QCOMPARE(ExchangeFields::key(*field, kind), key);
    // Every header the exporter writes reads back as its field.
    for (const ExchangeField f : ExchangeFields::fieldsOf(kind))
        QCOMPARE(ExchangeFields::fieldForHeader(ExchangeFields::header(f, kind), kind), f);
}

void tst_ProjectImport::cells()
{
    QString why;
    QCOMPARE(CellValues::number(QStringLiteral("12,5"), &why), 12.5);
    QCOMPARE(CellValues::number(QStringLiteral(" -0.25 "), &why), -0.25);
    QCOMPARE(CellValues::number(QStringLiteral("1,234.5"), &why), std::nullopt);
    QVERIFY(why.contains(QStringLiteral("\"1,234.5\" is not a number")));
    QCOMPARE(CellValues::integer(QStringLiteral("12.0"), 0, 100, &why), 12);
    QCOMPARE(CellValues::integer(12.5, 0, 100, &why), std::nullopt);
    QCOMPARE(CellValues::integer(300.0, 0, 255, &why), std::nullopt);
    QVERIFY(why.contains(QStringLiteral("outside 0–255")));
    for (const char *yes :
         {"oui", "Oui", "sí", "si", "yes", "X", "1", "RW", "L/E", "Lecture/écriture", "TRUE"})
        QCOMPARE(CellValues::boolean(QString::fromUtf8(yes), &why), true);
    for (const char *no : {"non", "no", "NO", "0", "R", "L", "Lecture", "false", "Faux", "-"})
        QCOMPARE(CellValues::boolean(QString::fromUtf8(no), &why), false);
    QCOMPARE(CellValues::boolean(QStringLiteral("peut-être"), &why), std::nullopt);
    QCOMPARE(named(CellValues::dataType(QStringLiteral("REAL"), &why)), named(DataType::Float32));
    QCOMPARE(named(CellValues::dataType(QStringLiteral("dint"), &why)), named(DataType::Int32));
    QCOMPARE(named(CellValues::dataType(QStringLiteral("Mot"), &why)), named(DataType::UInt16));
    QCOMPARE(named(CellValues::dataType(QStringLiteral("Booléen"), &why)), named(DataType::Bool));
    QCOMPARE(named(CellValues::dataType(QStringLiteral("Float64"), &why)),
             named(DataType::Float64));
    QCOMPARE(CellValues::dataType(QStringLiteral("quaternion"), &why), std::nullopt);
    QVERIFY(why.contains(QStringLiteral("Float32")));
    QCOMPARE(named(CellValues::table(QStringLiteral("4x"), &why)),
             named(FrameType::HoldingRegister));
    QCOMPARE(named(CellValues::table(QStringLiteral("Registre d'entrée"), &why)),
             named(FrameType::InputRegister));
    QCOMPARE(named(CellValues::table(QStringLiteral("Bobine"), &why)), named(FrameType::Coil));
    QCOMPARE(named(CellValues::table(QStringLiteral("Entrée TOR"), &why)),
             named(FrameType::DiscreteInput));
    QCOMPARE(named(CellValues::table(3.0, &why)), named(FrameType::InputRegister));
    QCOMPARE(CellValues::text(0.1), QStringLiteral("0.1"));
    QCOMPARE(CellValues::text(101.0), QStringLiteral("101"));
}

void tst_ProjectImport::addresses_data()
{
    QTest::addColumn<QVariant>("cell");
    QTest::addColumn<bool>("tableGiven");
    QTest::addColumn<int>("table"); // -1: none
    QTest::addColumn<int>("address"); // -1: refused
    QTest::addColumn<int>("bit");
    const auto row = [](const char *name, QVariant cell, bool tableGiven, int table, int address,
                        int bit = -1) {
        QTest::newRow(name) << cell << tableGiven << table << address << bit;
    };
    const int hr = int(FrameType::HoldingRegister), ir = int(FrameType::InputRegister),
              coil = int(FrameType::Coil), di = int(FrameType::DiscreteInput);
    row("40001", QStringLiteral("40001"), false, hr, 0);
    row("40001 number", 40001.0, false, hr, 0);
    row("49999", QStringLiteral("49999"), false, hr, 9998);
    row("465536", QStringLiteral("465536"), false, hr, 65535);
    row("300010", QStringLiteral("300010"), false, ir, 9);
    row("10001", QStringLiteral("10001"), false, di, 0);
    row("00001 text", QStringLiteral("00001"), false, coil, 0);
    row("1 number (Excel dropped 0000)", 1.0, false, coil, 0);
    row("4x0100", QStringLiteral("4x0100"), false, hr, 99);
    row("40010.3", QStringLiteral("40010.3"), false, hr, 9, 3);
    row("40010.16", QStringLiteral("40010.16"), false, -1, -1);
    row("100 with table", QStringLiteral("100"), true, -1, 100);
    row("40001 with table", QStringLiteral("40001"), true, -1, 40001);
    row("9.15 with table", QStringLiteral("9.15"), true, -1, 9, 15);
    row("70000 with table", QStringLiteral("70000"), true, -1, -1);
    row("100 without table", QStringLiteral("100"), false, -1, -1);
    row("20001 (no 2x table)", QStringLiteral("20001"), false, -1, -1);
    row("text", QStringLiteral("MW100"), false, -1, -1);
    row("40000 (1-based)", QStringLiteral("40000"), false, -1, -1);
}

void tst_ProjectImport::addresses()
{
    QFETCH(QVariant, cell);
    QFETCH(bool, tableGiven);
    QFETCH(int, table);
    QFETCH(int, address);
    QFETCH(int, bit);
    QString why;
    const auto at = CellValues::address(cell, tableGiven, &why);
    if (address < 0) {
        QVERIFY(!at);
        QVERIFY(!why.isEmpty());
        return;
    }
    QVERIFY2(at, qPrintable(why));
    QCOMPARE(at->address, address);
    QCOMPARE(at->table ? int(*at->table) : -1, table);
    QCOMPARE(at->bit.value_or(-1), bit);
}

void tst_ProjectImport::electricianSheetBecomesAPollingProject()
{
    ImportOptions options;
    options.connection = QStringLiteral("Automate");
    options.device = QStringLiteral("API 1");
    const ImportReport report = prepareImport(Project {}, electricianSheet(), options);
    QVERIFY2(!report.hasErrors(), qPrintable(listing(report)));
    // The unknown column is said, not lost in silence.
    QVERIFY(listing(report).contains(QStringLiteral("column I \"Remarque\" is not a field")));
    QCOMPARE(report.sheets.size(), 1);
    QCOMPARE(report.sheets[0].headerRow, 3);
    QCOMPARE(report.sheets[0].dataRows, 5);

    const Project &p = report.result;
    QCOMPARE(p.connections.size(), 1);
    QCOMPARE(p.connections[0].name, QStringLiteral("Automate"));
    QCOMPARE(named(p.connections[0].protocol), named(Protocol::ModbusTcp));
    QCOMPARE(p.connections[0].devices.size(), 1);
    const Device &device = p.connections[0].devices[0];
    QCOMPARE(device.name, QStringLiteral("API 1"));
    QStringList frames;
    for (const Frame &f : device.frames)
        frames.append(f.name);
    QCOMPARE(frames,
             (QStringList {QStringLiteral("Coil 0–0"), QStringLiteral("HoldingRegister 0–9"),
                           QStringLiteral("InputRegister 0–1")}));
    QCOMPARE(report.framesPlanned, 3);
    QCOMPARE(report.variablesAdded, 5);
    QCOMPARE(report.plannedFrames.size(), 3);

    const Frame *frame = nullptr;
    const Variable *level = findVariable(p, QStringLiteral("Niveau bassin"), &frame);
    QVERIFY(level);
    QCOMPARE(named(level->dataType), named(DataType::Float32));
    QCOMPARE(level->scale, 0.1);
    QCOMPARE(level->unit, QStringLiteral("m"));
    QCOMPARE(level->description, QStringLiteral("Niveau du bassin"));
    QCOMPARE(level->writable, false);
    QCOMPARE(level->published, true);
    QCOMPARE(frame->startAddress + level->offset, 0);
    const Variable *flow = findVariable(p, QStringLiteral("Débit entrée"), &frame);
    QCOMPARE(named(flow->dataType), named(DataType::Int16));
    QCOMPARE(flow->writable, true);
    QCOMPARE(frame->startAddress + flow->offset, 2);
    QVERIFY(frame->isWritable);
    const Variable *run = findVariable(p, QStringLiteral("Pompe 1 marche"), &frame);
    QCOMPARE(named(run->dataType), named(DataType::Bool)); // a coil is a Bool without being told
    QCOMPARE(named(frame->type), named(FrameType::Coil));
    const Variable *fault = findVariable(p, QStringLiteral("Défaut pompe 1"), &frame);
    QCOMPARE(named(fault->dataType), named(DataType::Bool));
    QCOMPARE(fault->bit, 3);
    QCOMPARE(frame->startAddress + fault->offset, 9);
    const Variable *temp = findVariable(p, QStringLiteral("Température"), &frame);
    QCOMPARE(named(temp->dataType), named(DataType::Int32));
    QCOMPARE(temp->scale, 0.01);
    QCOMPARE(named(frame->type), named(FrameType::InputRegister));
    QVERIFY(!frame->isWritable);

    // Changes: the new connection, whole.
    QCOMPARE(report.changes.insertions.size(), 1);
    QCOMPARE(report.changes.insertions[0].path, NodePath {0});
}

void tst_ProjectImport::changesApplyToTheDocument()
{
    Project base = everyFieldProject();
    ImportOptions options;
    options.connection = QStringLiteral("Automate TCP");
    options.device = QStringLiteral("API 1");
    const ImportReport report = prepareImport(base, electricianSheet(), options);
    QVERIFY2(!report.hasErrors(), qPrintable(listing(report)));
    ProjectDocument doc;
    doc.reset(base);
    for (const NodeInsertion &insertion : report.changes.insertions) {
        QString error;
        QVERIFY2(doc.insertNode(insertion.path, insertion.node, &error), qPrintable(error));
    }
    if (report.changes.projectFields)
        doc.setProjectFields(*report.changes.projectFields);
    QCOMPARE(doc.project(), report.result);
    // Into an existing device: its three frames, then the three planned ones.
    QCOMPARE(report.changes.insertions.size(), 3);
    QCOMPARE(report.changes.insertions[0].path, (NodePath {0, 0, 3}));
}

void tst_ProjectImport::importIntoExistingDevice()
{
    ImportOptions options;
    options.connection = QStringLiteral("Automate");
    options.device = QStringLiteral("API 1");
    const ImportReport first = prepareImport(Project {}, electricianSheet(), options);
    QVERIFY(!first.hasErrors());
    // Other tags at the same addresses: the planned names are taken, so they get a number.
    Workbook more = electricianSheet();
    for (int r = 3; r < more.sheets[0].rows.size(); ++r)
        more.sheets[0].rows[r][0] =
            QString(more.sheets[0].rows[r][0].toString() + QStringLiteral(" bis"));
    const ImportReport second = prepareImport(first.result, more, options);
    QVERIFY2(!second.hasErrors(), qPrintable(listing(second)));
    QCOMPARE(second.result.connections[0].devices[0].frames.size(), 6);
    QCOMPARE(second.result.connections[0].devices[0].frames[4].name,
             QStringLiteral("HoldingRegister 0–9 (2)"));
    QCOMPARE(second.changes.insertions.size(), 3);
    QCOMPARE(second.changes.insertions[0].path, (NodePath {0, 0, 3}));
    QCOMPARE(second.connectionsAdded, 0);
    QCOMPARE(second.variablesAdded, 5);
}

void tst_ProjectImport::spanishHeadersAndTableColumn()
{
    const Workbook book {
        {sheet(QStringLiteral("Hoja1"),
               {{QStringLiteral("Nombre"), QStringLiteral("Tabla"), QStringLiteral("Dirección"),
                 QStringLiteral("Tipo de dato"), QStringLiteral("Escala"), QStringLiteral("Unidad"),
                 QStringLiteral("Conexión"), QStringLiteral("Dispositivo"),
                 QStringLiteral("Esclavo"), QStringLiteral("IP")},
                {QStringLiteral("Presión"), QStringLiteral("Registro de retención"), 10.0,
                 QStringLiteral("Float32"), 0.5, QStringLiteral("bar"), QStringLiteral("PLC"),
                 QStringLiteral("Bomba"), 5.0, QStringLiteral("10.0.0.5")},
                {QStringLiteral("Marcha"), QStringLiteral("Bobina"), 7.0, QVariant(), QVariant(),
                 QVariant(), QStringLiteral("PLC"), QStringLiteral("Bomba"), 5.0}})}};
    const ImportReport report = prepareImport(Project {}, book);
    QVERIFY2(!report.hasErrors(), qPrintable(listing(report)));
    const Connection &c = report.result.connections.at(0);
    QCOMPARE(c.tcp.host, QStringLiteral("10.0.0.5"));
    QCOMPARE(c.devices.at(0).stationAddress, 5);
    const Frame *frame = nullptr;
    const Variable *v = findVariable(report.result, QStringLiteral("Presión"), &frame);
    QCOMPARE(named(frame->type), named(FrameType::HoldingRegister));
    QCOMPARE(frame->startAddress + v->offset, 10);
    QCOMPARE(v->scale, 0.5);
    findVariable(report.result, QStringLiteral("Marcha"), &frame);
    QCOMPARE(named(frame->type), named(FrameType::Coil));
    QCOMPARE(frame->startAddress, 7);
}

void tst_ProjectImport::columnMapOverridesHeaders()
{
    const Workbook book {
        {sheet(QStringLiteral("Tags"),
               {{QStringLiteral("Tag"), QStringLiteral("Addr"), QStringLiteral("Col X"),
                 QStringLiteral("Unit")},
                {QStringLiteral("A"), QStringLiteral("40001"), 2.5, QStringLiteral("kW")}})}};
    ImportOptions options;
    options.connection = QStringLiteral("C");
    options.device = QStringLiteral("D");
    options.columnMap.insert(QStringLiteral("col x"), QStringLiteral("scale"));
    options.columnMap.insert(QStringLiteral("UNIT"), QStringLiteral("ignore"));
    ImportReport report = prepareImport(Project {}, book, options);
    QVERIFY2(!report.hasErrors(), qPrintable(listing(report)));
    const Variable *v = findVariable(report.result, QStringLiteral("A"));
    QCOMPARE(v->scale, 2.5);
    QCOMPARE(v->unit, QString());
    QVERIFY(report.sheets[0].columns[2].chosen);

    options.columnMap[QStringLiteral("col x")] = QStringLiteral("sclae");
    report = prepareImport(Project {}, book, options);
    QVERIFY(report.hasErrors());
    QVERIFY2(listing(report).contains(QStringLiteral("mapped to \"sclae\", which is not a field")),
             qPrintable(listing(report)));
    QVERIFY(report.changes.isEmpty());
}

void tst_ProjectImport::screenBindings()
{
    Project base = everyFieldProject();
    const Workbook book {
        {sheet(QStringLiteral("Animations"),
               {{QStringLiteral("Synoptique"), QStringLiteral("Élément"),
                 QStringLiteral("Attribut"), QStringLiteral("Formule")},
                {QStringLiteral("Détail"), QStringLiteral("cuve"), QStringLiteral("Niveau"),
                 QStringLiteral("[Bassin/Niveau] / 10")},
                {QStringLiteral("Détail"), QStringLiteral("voyant"), QStringLiteral("Couleur"),
                 QStringLiteral("IF([Pompe 1/Défaut]; \"red\"; \"grey\")")},
                {QStringLiteral("Inconnu"), QStringLiteral("x"), QStringLiteral("fill"),
                 QStringLiteral("1")}})}};
    ImportReport report = prepareImport(base, book);
    QCOMPARE(errors(report).size(), 1);
    QVERIFY2(
        errors(report)[0].startsWith(QStringLiteral(
            "sheet \"Animations\", row 4, column \"Synoptique\": there is no screen \"Inconnu\"")),
        qPrintable(listing(report)));

    Workbook good = book;
    good.sheets[0].rows.removeLast();
    report = prepareImport(base, good);
    QVERIFY2(!report.hasErrors(), qPrintable(listing(report)));
    QCOMPARE(report.bindingsAdded, 2);
    QVERIFY(report.changes.insertions.isEmpty());
    QVERIFY(report.changes.projectFields);
    const Screen *detail = report.result.screen(QStringLiteral("Détail"));
    QCOMPARE(detail->bindings.size(), 2);
    QCOMPARE(named(detail->bindings[0].attribute), named(BindingAttribute::BarHeight));
    QCOMPARE(named(detail->bindings[1].attribute), named(BindingAttribute::Fill));
}

void tst_ProjectImport::roundTripDemo()
{
    const ProjectLoadResult demo =
        ProjectFile::load(QStringLiteral(VIGIE_SOURCE_DIR "/examples/demo/demo.vigie.json"));
    QVERIFY(demo.ok());
    const ImportReport report = prepareImport(Project {}, ProjectExport::workbook(demo.project));
    QVERIFY2(!report.hasErrors(), qPrintable(listing(report)));
    QCOMPARE(report.result, demo.project);
    const ImportReport text =
        prepareImport(Project {}, asText(ProjectExport::workbook(demo.project)));
    QVERIFY2(!text.hasErrors(), qPrintable(listing(text)));
    QCOMPARE(text.result, demo.project);
}

void tst_ProjectImport::roundTripEveryField()
{
    const Project p = everyFieldProject();
    const ImportReport report = prepareImport(Project {}, ProjectExport::workbook(p));
    QVERIFY2(!report.hasErrors(), qPrintable(listing(report)));
    QCOMPARE(report.result.connections, p.connections);
    QCOMPARE(report.result.calculated, p.calculated);
    QCOMPARE(report.result.screens, p.screens);
    QCOMPARE(report.result.gateway, p.gateway);
    QCOMPARE(report.result.mqtt, p.mqtt);
    QCOMPARE(report.result, p);
    // Typed by hand, every cell is text: the same project.
    const ImportReport text = prepareImport(Project {}, asText(ProjectExport::workbook(p)));
    QVERIFY2(!text.hasErrors(), qPrintable(listing(text)));
    QCOMPARE(text.result, p);
}

void tst_ProjectImport::roundTripTreeSheetAsText()
{
    for (const Project &p :
         {everyFieldProject(),
          ProjectFile::load(QStringLiteral(VIGIE_SOURCE_DIR "/examples/demo/demo.vigie.json"))
              .project}) {
        const Workbook book {{asText(ProjectExport::treeSheet(p))}};
        const ImportReport report = prepareImport(Project {}, book);
        QVERIFY2(!report.hasErrors(), qPrintable(listing(report)));
        QCOMPARE(report.result.connections, p.connections);
    }
}

void tst_ProjectImport::missingColumns()
{
    const Workbook book {{sheet(QStringLiteral("Variables"),
                                {{QStringLiteral("Adresse"), QStringLiteral("Unité")},
                                 {QStringLiteral("40001"), QStringLiteral("bar")}})}};
    const ImportReport report = prepareImport(Project {}, book);
    QVERIFY(report.hasErrors());
    QCOMPARE(
        errors(report),
        QStringList {QStringLiteral("sheet \"Variables\", row 1: the Variables sheet needs the "
                                    "column(s) Name")});
    QVERIFY(report.changes.isEmpty());

    const Workbook bindings {{sheet(QStringLiteral("Bindings"),
                                    {{QStringLiteral("Screen"), QStringLiteral("Element")}})}};
    QVERIFY(errors(prepareImport(Project {}, bindings))
                .value(0)
                .contains(QStringLiteral("Attribute, Formula")));
}

void tst_ProjectImport::duplicateNames()
{
    Workbook book = electricianSheet();
    book.sheets[0].rows[6][0] = QStringLiteral("Niveau bassin"); // row 7 repeats row 4
    ImportOptions options;
    options.connection = QStringLiteral("Automate");
    options.device = QStringLiteral("API 1");
    ImportReport report = prepareImport(Project {}, book, options);
    QCOMPARE(
        errors(report),
        QStringList {QStringLiteral("sheet \"Feuil1\", row 7, column \"Repère\": \"Niveau bassin\" "
                                    "is already the name of row 4")});
    // A name the project has.
    report = prepareImport(everyFieldProject(),
                           {{sheet(QStringLiteral("Tags"),
                                   {{QStringLiteral("Tag"), QStringLiteral("Adresse")},
                                    {QStringLiteral("Compteur"), QStringLiteral("40001")}})}},
                           options);
    QCOMPARE(errors(report),
             QStringList {QStringLiteral("sheet \"Tags\", row 2, column \"Tag\": a variable named "
                                         "\"Compteur\" is already in the project")});
}

void tst_ProjectImport::badCellsNameRowAndColumn()
{
    Workbook book = electricianSheet();
    book.sheets[0].rows[3][5] = QStringLiteral("abc"); // Échelle of row 4
    book.sheets[0].rows[4][2] = QStringLiteral("470000"); // 6 digits beyond 465536
    book.sheets[0].rows[5][3] = QStringLiteral("quaternion");
    book.sheets[0].rows[6][2] = QStringLiteral("40010.16");
    ImportOptions options;
    options.connection = QStringLiteral("Automate");
    options.device = QStringLiteral("API 1");
    const ImportReport report = prepareImport(Project {}, book, options);
    const QStringList e = errors(report);
    QCOMPARE(e.size(), 4);
    QCOMPARE(
        e[0],
        QStringLiteral("sheet \"Feuil1\", row 4, column \"Échelle\": \"abc\" is not a number"));
    QVERIFY2(e[1].startsWith(QStringLiteral("sheet \"Feuil1\", row 5, column \"Adresse\": address "
                                            "\"470000\" does not say its table")),
             qPrintable(e[1]));
    QVERIFY2(
        e[2].startsWith(QStringLiteral("sheet \"Feuil1\", row 6, column \"Type\": \"quaternion\" "
                                       "is not a data type")),
        qPrintable(e[2]));
    QVERIFY2(e[3].startsWith(QStringLiteral("sheet \"Feuil1\", row 7, column \"Adresse\": bit 16")),
             qPrintable(e[3]));

    // An address out of range with a table column: the planner's reason, with the row.
    const Workbook range {{sheet(
        QStringLiteral("Tags"),
        {{QStringLiteral("Tag"), QStringLiteral("Table"), QStringLiteral("Adresse"),
          QStringLiteral("Type")},
         {QStringLiteral("A"), QStringLiteral("Holding"), 65535.0, QStringLiteral("Float32")}})}};
    const QStringList r = errors(prepareImport(Project {}, range, options));
    QCOMPARE(r.size(), 1);
    QVERIFY2(
        r[0].startsWith(QStringLiteral("sheet \"Tags\", row 2, column \"Adresse\": a Float32 at "
                                       "address 65535 takes 2 registers")),
        qPrintable(r[0]));
}

void tst_ProjectImport::rowsOfOneDeviceMustAgree()
{
    const Workbook book {
        {sheet(QStringLiteral("Tags"),
               {{QStringLiteral("Tag"), QStringLiteral("Adresse"), QStringLiteral("Équipement"),
                 QStringLiteral("Esclave")},
                {QStringLiteral("A"), QStringLiteral("40001"), QStringLiteral("P1"), 3.0},
                {QStringLiteral("B"), QStringLiteral("40002"), QStringLiteral("P1"), 3.0},
                {QStringLiteral("C"), QStringLiteral("40003"), QStringLiteral("P1"), 4.0}})}};
    ImportOptions options;
    options.connection = QStringLiteral("Automate");
    const ImportReport report = prepareImport(Project {}, book, options);
    QCOMPARE(errors(report),
             QStringList {QStringLiteral(
                 "sheet \"Tags\", row 4, column \"Esclave\": Esclave is given "
                 "another value on row 2: rows of one the device \"P1\" must agree")});
}

void tst_ProjectImport::existingNodesAreNotChanged()
{
    const Workbook book {
        {sheet(QStringLiteral("Tags"),
               {{QStringLiteral("Tag"), QStringLiteral("Adresse"), QStringLiteral("Liaison"),
                 QStringLiteral("Équipement"), QStringLiteral("Période de scrutation")},
                {QStringLiteral("Nouveau"), QStringLiteral("40001"), QStringLiteral("Automate TCP"),
                 QStringLiteral("API 1"), 1000.0}})}};
    const ImportReport report = prepareImport(everyFieldProject(), book);
    QCOMPARE(errors(report).size(), 1);
    QVERIFY2(
        errors(report)[0].contains(QStringLiteral("the device \"API 1\" is already in the project "
                                                  "with another \"Période de scrutation\"")),
        qPrintable(listing(report)));
}

void tst_ProjectImport::unknownSheet()
{
    ImportOptions options;
    options.sheet = QStringLiteral("Points");
    const ImportReport report = prepareImport(Project {}, electricianSheet(), options);
    QCOMPARE(
        errors(report),
        QStringList {QStringLiteral("there is no sheet \"Points\" (the sheets are \"Feuil1\")")});
}

void tst_ProjectImport::noHeaderRow()
{
    const Workbook book {
        {sheet(QStringLiteral("Notes"), {{QStringLiteral("bonjour")}, {1.0, 2.0}})}};
    const ImportReport report = prepareImport(Project {}, book);
    QVERIFY(report.hasErrors());
    QVERIFY2(listing(report).contains(QStringLiteral("no header row found")),
             qPrintable(listing(report)));
    QVERIFY(listing(report).contains(QStringLiteral("no sheet has a header row")));
}

QTEST_GUILESS_MAIN(tst_ProjectImport)
#include "tst_projectimport.moc"
