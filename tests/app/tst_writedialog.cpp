// The operator's writes and the calmer tag table, on the offscreen platform with the demo:
// the write dialog explains a wrong value, asks for confirmation and writes through the write
// service; read-only tags open nothing; the filter ignores case and accents and reads
// descriptions; values show with their decimals and on/off texts; numbers sort as numbers.
#include "mainwindow.h"
#include "station.h"
#include "tagtablemodel.h"
#include "writedialog.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace Vigie;

class tst_WriteDialog : public QObject
{
    Q_OBJECT

private:
    const QString m_demo = QStringLiteral(VIGIE_SOURCE_DIR "/examples/demo/demo.vigie.json");

    static bool open(MainWindow &window, const QString &file)
    {
        QSignalSpy opened(&window, &MainWindow::projectOpened);
        window.openProject(file);
        return opened.wait(10000) && opened.first().first().toBool();
    }
    static QStringList shownNames(MainWindow &window)
    {
        QStringList names;
        QAbstractItemModel *shown = window.tagView()->model();
        for (int r = 0; r < shown->rowCount(); ++r)
            names << shown->index(r, TagTableModel::Name).data().toString();
        return names;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QLocale::setDefault(QLocale::c());
    }

    void wrongValueIsExplainedThenConfirmedWrite()
    {
        MainWindow window;
        window.show();
        QVERIFY(open(window, m_demo));
        Station *station = window.station();
        const TagId consigne = station->tags()->idOf(QStringLiteral("Consigne niveau"));
        QTRY_VERIFY_WITH_TIMEOUT(station->tags()->value(consigne).isGood(), 5000);

        WriteDialog *dialog = window.openWriteDialog(consigne);
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("valueEdit"));
        auto *primary = dialog->findChild<QPushButton *>(QStringLiteral("primaryButton"));
        auto *error = dialog->findChild<QLabel *>(QStringLiteral("errorLabel"));
        auto *confirm = dialog->findChild<QLabel *>(QStringLiteral("confirmLabel"));
        QVERIFY(edit && primary && error && confirm);
        QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("limitsLabel"))->text(),
                 QStringLiteral("0 to 100 %"));

        edit->setText(QStringLiteral("500"));
        primary->click();
        QVERIFY(!dialog->isConfirming());
        QCOMPARE(error->text(), QStringLiteral("500 is above the maximum 100 %"));
        edit->setText(QStringLiteral("beaucoup"));
        primary->click();
        QCOMPARE(error->text(), QStringLiteral("\"beaucoup\" is not a number."));

        edit->setText(QStringLiteral("55"));
        primary->click();
        QVERIFY(dialog->isConfirming());
        QVERIFY2(confirm->text().startsWith(QStringLiteral("Write 55 % to Consigne niveau?")),
                 qPrintable(confirm->text()));
        QVERIFY(!station->setpoint(consigne).isValid()); // nothing written before confirming

        QSignalSpy outcomes(station, &Station::writeFinished);
        QPointer<WriteDialog> guard(dialog);
        primary->click();
        QTRY_VERIFY_WITH_TIMEOUT(guard.isNull(), 5000); // closed once acknowledged
        QCOMPARE(outcomes.size(), 1);
        const auto outcome = outcomes.first().first().value<WriteOutcome>();
        QVERIFY(outcome.ok());
        QCOMPARE(int(outcome.request.origin), int(WriteOrigin::Operator));
        QCOMPARE(station->setpoint(consigne).toDouble(), 55.0);
        QTRY_COMPARE_WITH_TIMEOUT(station->tags()->value(consigne).value.toDouble(), 55.0, 5000);
    }

    void boolWithItsStateTexts()
    {
        MainWindow window;
        QVERIFY(open(window, m_demo));
        Station *station = window.station();
        const TagId vanne = station->tags()->idOf(QStringLiteral("Position vanne"));
        QVERIFY(window.openWriteDialog(vanne)); // a writable number opens
        const TagId pompe = station->tags()->idOf(QStringLiteral("Pompe en marche"));
        QCOMPARE(window.openWriteDialog(pompe), nullptr); // read-only: nothing opens
        QTRY_VERIFY_WITH_TIMEOUT(station->tags()->value(pompe).isGood(), 5000);
        const int row = pompe;
        const QString shown = window.tagModel()->index(row, TagTableModel::Value).data().toString();
        QVERIFY2(shown == QLatin1String("Marche") || shown == QLatin1String("Arrêt"),
                 qPrintable(shown));
    }

    void decimalsAndDescriptions()
    {
        MainWindow window;
        QVERIFY(open(window, m_demo));
        Station *station = window.station();
        const TagId niveau = station->tags()->idOf(QStringLiteral("Niveau cuve"));
        QTRY_VERIFY_WITH_TIMEOUT(station->tags()->value(niveau).isGood(), 5000);
        const QString value =
            window.tagModel()->index(niveau, TagTableModel::Value).data().toString();
        QVERIFY2(QRegularExpression(QStringLiteral("^-?\\d+\\.\\d$")).match(value).hasMatch(),
                 qPrintable(value)); // one decimal
        QCOMPARE(window.tagModel()->index(niveau, TagTableModel::Description).data().toString(),
                 QStringLiteral("Niveau de la cuve"));
    }

    // A French operator reads 12,5: the table's numbers follow the locale (no group separator).
    void valuesInTheOperatorsLocale()
    {
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
        MainWindow window;
        QVERIFY(open(window, m_demo));
        Station *station = window.station();
        const TagId niveau = station->tags()->idOf(QStringLiteral("Niveau cuve"));
        QTRY_VERIFY_WITH_TIMEOUT(station->tags()->value(niveau).isGood(), 5000);
        const QString value =
            window.tagModel()->index(niveau, TagTableModel::Value).data().toString();
        const QString at =
            window.tagModel()->index(niveau, TagTableModel::Timestamp).data().toString();
        QLocale::setDefault(QLocale::c());
        QVERIFY2(QRegularExpression(QStringLiteral("^-?\\d+,\\d$")).match(value).hasMatch(),
                 qPrintable(value));
        // 22/11/2026 11:36:26.123: the French date, the time to the millisecond.
        QVERIFY2(QRegularExpression(
                     QStringLiteral("^\\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d:\\d\\d\\.\\d{3}$"))
                     .match(at)
                     .hasMatch(),
                 qPrintable(at));
    }

    void filterIgnoresCaseAndAccentsAndReadsDescriptions()
    {
        MainWindow window;
        QVERIFY(open(window, m_demo));
        auto *filter = window.findChild<QLineEdit *>(QStringLiteral("tagFilterEdit"));
        QVERIFY(filter);
        filter->setText(QStringLiteral("energie ACTIVE"));
        QCOMPARE(shownNames(window),
                 (QStringList {QStringLiteral("Énergie active/Phase 1"),
                               QStringLiteral("Énergie active/Phase 2"),
                               QStringLiteral("Énergie active/Phase 3")}));
        filter->setText(QStringLiteral("liquide")); // only in "Température du liquide"
        QCOMPARE(shownNames(window), QStringList {QStringLiteral("Température cuve")});
        filter->clear();
        QVERIFY(shownNames(window).size() >= 20);
    }

    void numbersSortAsNumbers()
    {
        MainWindow window;
        QVERIFY(open(window, m_demo));
        window.tagView()->sortByColumn(TagTableModel::Max, Qt::AscendingOrder);
        QAbstractItemModel *shown = window.tagView()->model();
        QList<double> maxima;
        for (int r = 0; r < shown->rowCount(); ++r) {
            bool ok = false;
            const double x = shown->index(r, TagTableModel::Max).data().toString().toDouble(&ok);
            if (ok)
                maxima << x;
        }
        QVERIFY(maxima.size() >= 5);
        QVERIFY2(std::is_sorted(maxima.cbegin(), maxima.cend()), "sorted as text, not numbers");
        QVERIFY(maxima.contains(40) && maxima.contains(253)); // "40" < "253" only as numbers
    }
};

QTEST_MAIN(tst_WriteDialog)
#include "tst_writedialog.moc"
