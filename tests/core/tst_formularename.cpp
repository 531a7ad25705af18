// Tests of renaming a tag in formulas and where a project uses it: only references are
// rewritten (not texts, function names or element attributes), each kept in its spelling when
// the new name allows it; the places usagesOf() lists; the renamed project.

#include "formula/formulacompiler.h"
#include "formula/formularename.h"
#include "model/project.h"

#include <QTest>

using namespace Vigie;

class tst_FormulaRename : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void references();
    void renameTag_data();
    void renameTag();
    void brokenFormulaUnchanged();
    void writableName_data();
    void writableName();
    void usages();
    void renameUsages();
};

void tst_FormulaRename::references()
{
    const QString source = QStringLiteral("IF([Pompe 1/Marche].good, Niveau * 2, \"Niveau\")");
    const QList<FormulaReference> refs = FormulaCompiler::references(source);
    QCOMPARE(refs.size(), 2);
    QCOMPARE(refs[0].name, QStringLiteral("Pompe 1/Marche"));
    QVERIFY(refs[0].bracketed);
    QCOMPARE(refs[0].member, QStringLiteral("good"));
    QCOMPARE(source.mid(refs[0].offset, refs[0].length), QStringLiteral("[Pompe 1/Marche].good"));
    QCOMPARE(refs[1].name, QStringLiteral("Niveau"));
    QVERIFY(!refs[1].bracketed);
    QCOMPARE(source.mid(refs[1].offset, refs[1].length), QStringLiteral("Niveau"));

    FormulaError error;
    QVERIFY(FormulaCompiler::references(QStringLiteral("Niveau +"), &error).isEmpty());
    QVERIFY(error.isError());
}

void tst_FormulaRename::renameTag_data()
{
    QTest::addColumn<QString>("formula");
    QTest::addColumn<QString>("oldName");
    QTest::addColumn<QString>("newName");
    QTest::addColumn<QString>("expected");

    QTest::newRow("bare") << "Niveau * 2"
                          << "Niveau"
                          << "Level"
                          << "Level * 2";
    QTest::newRow("every reference") << "Niveau + Niveau / [Niveau]"
                                     << "Niveau"
                                     << "Level"
                                     << "Level + Level / [Level]";
    QTest::newRow("bare to brackets") << "Niveau > 80"
                                      << "Niveau"
                                      << "Niveau cuve 1"
                                      << "[Niveau cuve 1] > 80";
    QTest::newRow("bracketed stays bracketed") << "[Pompe 1/Marche] & \"\""
                                               << "Pompe 1/Marche"
                                               << "P1"
                                               << "[P1] & \"\"";
    QTest::newRow("bare member") << "Niveau.good"
                                 << "Niveau"
                                 << "Level"
                                 << "Level.good";
    QTest::newRow("bare member to brackets") << "IF(Niveau.quality = \"Good\", 1, 0)"
                                             << "Niveau"
                                             << "Tank level"
                                             << "IF([Tank level].quality = \"Good\", 1, 0)";
    QTest::newRow("bracketed member") << "[Pompe 1/Marche].Timestamp"
                                      << "Pompe 1/Marche"
                                      << "Pompe 2/Marche"
                                      << "[Pompe 2/Marche].Timestamp";
    QTest::newRow("dotted name") << "Pump1.running"
                                 << "Pump1.running"
                                 << "Pump2.running"
                                 << "Pump2.running";
    QTest::newRow("dotted name, not its member") << "Pump1.good"
                                                 << "Pump1"
                                                 << "Pump2"
                                                 << "Pump2.good";
    QTest::newRow("a longer name is another tag") << "Pump1.running + Pump1"
                                                  << "Pump1"
                                                  << "P"
                                                  << "Pump1.running + P";
    QTest::newRow("new name ending like a member") << "a + 1"
                                                   << "a"
                                                   << "x.good"
                                                   << "[x.good] + 1";
    QTest::newRow("new name that is a constant") << "a"
                                                 << "a"
                                                 << "TRUE"
                                                 << "[TRUE]";
    QTest::newRow("new name that is an element attribute") << "a"
                                                           << "a"
                                                           << "eg.x.fill"
                                                           << "[eg.x.fill]";
    QTest::newRow("not in a text") << "\"Niveau \" & Niveau & \"\"\"Niveau\"\"\""
                                   << "Niveau"
                                   << "Level"
                                   << "\"Niveau \" & Level & \"\"\"Niveau\"\"\"";
    QTest::newRow("not a function") << "MAX(MAX, 1)"
                                    << "MAX"
                                    << "Top"
                                    << "MAX(Top, 1)";
    QTest::newRow("not an element attribute") << "eg.Niveau.text & Niveau"
                                              << "Niveau"
                                              << "L"
                                              << "eg.Niveau.text & L";
    QTest::newRow("team prefix kept") << "di.E2152B04 & \"\""
                                      << "E2152B04"
                                      << "E9"
                                      << "di.E9 & \"\"";
    QTest::newRow("team prefix, new name bracketed") << "NOT(di.E2152B04.value)"
                                                     << "E2152B04"
                                                     << "Pompe 1"
                                                     << "NOT([Pompe 1].value)";
    QTest::newRow("no prefix in brackets") << "[di.E1]"
                                           << "E1"
                                           << "E2"
                                           << "[di.E1]";
    QTest::newRow("case matters") << "niveau"
                                  << "Niveau"
                                  << "Level"
                                  << "niveau";
    QTest::newRow("spaces in brackets kept out") << "[ Niveau ] + 1"
                                                 << "Niveau"
                                                 << "Level"
                                                 << "[Level] + 1";
    QTest::newRow("accents") << "[Énergie active/Phase 1] / 1000"
                             << "Énergie active/Phase 1"
                             << "Énergie/P1"
                             << "[Énergie/P1] / 1000";
    QTest::newRow("nothing to do") << "SI(a; b; c)"
                                   << "d"
                                   << "e"
                                   << "SI(a; b; c)";
}

void tst_FormulaRename::renameTag()
{
    QFETCH(QString, formula);
    QFETCH(QString, oldName);
    QFETCH(QString, newName);
    QFETCH(QString, expected);
    const QString renamed = Vigie::renameTag(formula, oldName, newName);
    QCOMPARE(renamed, expected);
    // It still compiles, and reads the new name where it read the old one.
    FormulaError error;
    (void)FormulaCompiler::references(renamed, &error);
    QVERIFY2(!error.isError(), qPrintable(error.toString()));
    QVERIFY(!readsTag(renamed, oldName));
    if (formula != expected)
        QVERIFY(readsTag(renamed, newName));
}

void tst_FormulaRename::brokenFormulaUnchanged()
{
    QCOMPARE(Vigie::renameTag(QStringLiteral("Niveau + ("), QStringLiteral("Niveau"),
                              QStringLiteral("Level")),
             QStringLiteral("Niveau + ("));
    QVERIFY(!readsTag(QStringLiteral("Niveau + ("), QStringLiteral("Niveau")));
}

void tst_FormulaRename::writableName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("writable");
    QTest::newRow("plain") << "Niveau" << true;
    QTest::newRow("spaces and slash") << "Pompe 1/Marche" << true;
    QTest::newRow("closing bracket") << "a]b" << false;
    QTest::newRow("leading space") << " a" << false;
    QTest::newRow("empty") << "" << false;
}

void tst_FormulaRename::writableName()
{
    QFETCH(QString, name);
    QFETCH(bool, writable);
    QCOMPARE(hasWritableName(name), writable);
}

namespace {
Project projectUsing(const QString &tag)
{
    Project p;
    p.calculated.append({QStringLiteral("c0"), {}, {}, QStringLiteral("1 + 2")});
    p.calculated.append({QStringLiteral("c1"), {}, {}, QStringLiteral("[%1] * 2").arg(tag)});
    Screen s0;
    s0.name = QStringLiteral("Vue");
    s0.bindings.append(
        {QStringLiteral("e1"), BindingAttribute::Fill, QStringLiteral("\"%1\"").arg(tag)});
    s0.bindings.append(
        {QStringLiteral("e2"), BindingAttribute::Text, QStringLiteral("FORMAT([%1], 1)").arg(tag)});
    Screen s1;
    s1.name = QStringLiteral("Autre");
    s1.actions.append({QStringLiteral("b1"), ScreenActionKind::OpenScreen, tag});
    s1.actions.append({QStringLiteral("b2"), ScreenActionKind::Write, tag});
    p.screens = {s0, s1};
    Gateway g;
    g.map.append({QStringLiteral("other")});
    g.map.append({tag});
    p.gateway = g;
    return p;
}
} // namespace

void tst_FormulaRename::usages()
{
    const Project p = projectUsing(QStringLiteral("Pompe 1"));
    QCOMPARE(usagesOf(p, QStringLiteral("Pompe 1")),
             QStringList({"calculated[1].formula", "screens[0].bindings[1].formula",
                          "screens[1].actions[1].target", "gateway.map[1].tag"}));
    QVERIFY(usagesOf(p, QStringLiteral("Pompe")).isEmpty());
}

void tst_FormulaRename::renameUsages()
{
    const Project p = projectUsing(QStringLiteral("Pompe 1"));
    const Project renamed = Vigie::renameUsages(p, QStringLiteral("Pompe 1"), QStringLiteral("P1"));
    QCOMPARE(renamed.calculated[0].formula, QStringLiteral("1 + 2"));
    QCOMPARE(renamed.calculated[1].formula, QStringLiteral("[P1] * 2"));
    QCOMPARE(renamed.screens[0].bindings[0].formula, QStringLiteral("\"Pompe 1\""));
    QCOMPARE(renamed.screens[0].bindings[1].formula, QStringLiteral("FORMAT([P1], 1)"));
    // An openScreen action names a screen, which happens to have the tag's name.
    QCOMPARE(renamed.screens[1].actions[0].target, QStringLiteral("Pompe 1"));
    QCOMPARE(renamed.screens[1].actions[1].target, QStringLiteral("P1"));
    QCOMPARE(renamed.gateway->map[0].tag, QStringLiteral("other"));
    QCOMPARE(renamed.gateway->map[1].tag, QStringLiteral("P1"));
    QVERIFY(usagesOf(renamed, QStringLiteral("Pompe 1")).isEmpty());
    QCOMPARE(usagesOf(renamed, QStringLiteral("P1")).size(), 4);
    // And back: the project it was.
    QCOMPARE(Vigie::renameUsages(renamed, QStringLiteral("P1"), QStringLiteral("Pompe 1")), p);
}

QTEST_GUILESS_MAIN(tst_FormulaRename)
#include "tst_formularename.moc"
