// checkScreens(): what only the screens' SVG files can tell, each issue at its place in the
// project file: a file missing or broken (with its line and column), bindings and actions naming
// an element the drawing lacks, formulas reading `eg.` of a missing element, and what QtSvg 6.4
// does not draw (warnings naming the element). A clean screen gives no issue.
#include "model/project.h"
#include "screens/screencheck.h"
#include "screentestdata.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace Vigie;

// Declared before the test data: moc 6.4 did not find the class after its raw strings.
class tst_ScreenCheck : public QObject
{
    Q_OBJECT

private slots:
    void checkMissingFile();
    void checkMalformedXml();
    void checkMissingElements();
    void checkUnsupportedFeature();
    void checkCleanScreen();
    void checkLeavesMalformedNamesToFormulas();
};

namespace {

QString listing(const ProjectIssues &issues)
{
    QStringList lines;
    for (const ProjectIssue &i : issues)
        lines.append((i.isError() ? QStringLiteral("error ") : QStringLiteral("warning "))
                     + i.toString());
    return lines.join(QLatin1Char('\n'));
}

} // namespace

void tst_ScreenCheck::checkMissingFile()
{
    QTemporaryDir dir;
    Project project;
    project.screens = {screenOf("ok.svg"), screenOf("screens/nowhere.svg")};
    QVERIFY(writeFile(dir.filePath("ok.svg"), Plant));
    const ProjectIssues issues = checkScreens(project, dir.path());
    QCOMPARE(issues.size(), 1);
    QVERIFY(issues[0].isError());
    QCOMPARE(issues[0].path, "screens[1].file");
    QVERIFY2(issues[0].message.contains("cannot open")
                 && issues[0].message.contains("screens/nowhere.svg"),
             qPrintable(issues[0].message));
}

void tst_ScreenCheck::checkMalformedXml()
{
    QTemporaryDir dir;
    // The <rect> is never closed: the reader stops at </g>, line 4, column 5.
    QVERIFY(writeFile(dir.filePath("broken.svg"),
                      "<svg xmlns=\"http://www.w3.org/2000/svg\">\n"
                      "  <g id=\"layer1\">\n"
                      "    <rect id=\"a\">\n"
                      "  </g>\n"
                      "</svg>\n"));
    Project project;
    project.screens = {screenOf("broken.svg", {binding("a", BindingAttribute::Fill, "1")})};
    const ProjectIssues issues = checkScreens(project, dir.path());
    QCOMPARE(issues.size(), 1); // nothing else is checked in a file that cannot be read
    QVERIFY(issues[0].isError());
    QCOMPARE(issues[0].path, "screens[0].file");
    QVERIFY2(issues[0].message.startsWith("broken.svg, line 4, column "),
             qPrintable(issues[0].message));
    const int column = issues[0].message.section(", column ", 1).section(':', 0, 0).toInt();
    QVERIFY2(column >= 3 && column <= 6, qPrintable(issues[0].message));
}

void tst_ScreenCheck::checkMissingElements()
{
    QTemporaryDir dir;
    QVERIFY(writeFile(dir.filePath("plant.svg"), Plant));
    ScreenAction open;
    open.element = "pump";
    open.kind = ScreenActionKind::Faceplate;
    open.target = "run";
    ScreenAction lost = open;
    lost.element = "nowhere";
    Project project;
    project.screens = {screenOf("plant.svg",
                                {binding("pump", BindingAttribute::Fill, R"("red")"),
                                 binding("ghost", BindingAttribute::Fill, R"("red")"),
                                 binding("frame", BindingAttribute::Stroke,
                                         R"(SI(eg.phantom.visible; eg.pump.fill; "red"))")},
                                {open, lost})};
    const ProjectIssues issues = checkScreens(project, dir.path());
    QCOMPARE(issues.size(), 3);
    QVERIFY(std::all_of(issues.begin(), issues.end(), [](auto &i) { return i.isError(); }));
    QCOMPARE(issues[0].path, "screens[0].bindings[1].element");
    QVERIFY2(issues[0].message.contains("plant.svg has no element \"ghost\""),
             qPrintable(issues[0].message));
    QCOMPARE(issues[1].path, "screens[0].bindings[2].formula");
    QVERIFY2(issues[1].message.contains("eg.phantom.visible")
                 && issues[1].message.contains("no element \"phantom\""),
             qPrintable(issues[1].message));
    QCOMPARE(issues[2].path, "screens[0].actions[1].element");
    QVERIFY2(issues[2].message.contains("nowhere"), qPrintable(issues[2].message));
}

void tst_ScreenCheck::checkUnsupportedFeature()
{
    QTemporaryDir dir;
    const QByteArray svg = drawing(R"svg(
    <path style="fill:none;stroke:#000000;stroke-width:2;marker-end:url(#Arrow1)"
       d="M 10,10 H 100" id="pipe_arrow" />
    <rect style="fill:#e6e6e6" id="pump" width="40" height="40" x="10" y="50" />
)svg")
                               .replace(R"svg(<defs id="defs1" />)svg",
                                        R"svg(<defs id="defs1"><marker id="Arrow1" orient="auto"
      style="overflow:visible"><path d="M 0,0 5,-5 -12.5,0 5,5 Z" id="arrowhead" /></marker></defs>)svg");
    QVERIFY(writeFile(dir.filePath("arrows.svg"), svg));
    Project project;
    project.screens = {
        screenOf("arrows.svg", {binding("pump", BindingAttribute::Fill, "\"red\"")})};
    const ProjectIssues issues = checkScreens(project, dir.path());
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues[0].severity, ProjectIssue::Severity::Warning);
    QCOMPARE(issues[0].path, "screens[0].file");
    const int line = int(svg.left(svg.indexOf("<path style")).count('\n')) + 1;
    QVERIFY2(issues[0].message.startsWith(QStringLiteral("arrows.svg, line %1: ").arg(line)),
             qPrintable(issues[0].message));
    QVERIFY2(issues[0].message.contains("pipe_arrow") && issues[0].message.contains("marker"),
             qPrintable(issues[0].message));
}

void tst_ScreenCheck::checkCleanScreen()
{
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath("screens"));
    QVERIFY(writeFile(dir.filePath("screens/plant.svg"), Plant));
    ScreenAction action;
    action.element = "pump";
    action.kind = ScreenActionKind::Faceplate;
    action.target = "run";
    Project project;
    project.screens = {
        screenOf("screens/plant.svg",
                 {binding("pump", BindingAttribute::Fill, R"(SI(run; "red"; "grey"))"),
                  binding("frame", BindingAttribute::Stroke, "eg.pump.fill"),
                  binding("label", BindingAttribute::Text, "eg.label2.text")},
                 {action})};
    const ProjectIssues issues = checkScreens(project, dir.path());
    QVERIFY2(issues.isEmpty(), qPrintable(listing(issues)));
}

// `eg.phantom` names no attribute: checkFormulas() says so, in the same project check; the
// drawing's check does not add that the element is missing too (one mistake, one issue).
void tst_ScreenCheck::checkLeavesMalformedNamesToFormulas()
{
    QTemporaryDir dir;
    QVERIFY(writeFile(dir.filePath("plant.svg"), Plant));
    Project project;
    project.screens = {
        screenOf("plant.svg",
                 {binding("frame", BindingAttribute::Stroke, R"(SI(eg.phantom; "red"; "grey"))"),
                  binding("pump", BindingAttribute::Fill, "eg.ghost.fill")})};
    const ProjectIssues issues = checkScreens(project, dir.path());
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues[0].path, "screens[0].bindings[1].formula");
    QVERIFY2(issues[0].message.contains("no element \"ghost\""), qPrintable(issues[0].message));
}

QTEST_GUILESS_MAIN(tst_ScreenCheck)
#include "tst_screencheck.moc"
