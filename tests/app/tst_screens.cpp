// Live mimic screens in the HMI, on the offscreen platform: the window opens on the project's
// first screen; a value change repaints only what it reaches; clicking an element writes a
// setpoint through the write dialog (origin screen), switches a boolean after a confirmation,
// shows a faceplate with the quality and its reason (and writes from it), or opens another
// screen (back, forward, up, the screen list); a screen file broken while running shows an
// error, not a crash; zooming keeps the point under the cursor; 2,000 bound elements changing
// together leave the GUI thread responsive.
#include "isapalette.h"
#include "mainwindow.h"
#include "peerprocess.h"
#include "screens/faceplatedialog.h"
#include "screens/screenpanel.h"
#include "screens/screenview.h"
#include "station.h"
#include "writedialog.h"

#include <QAction>
#include <QComboBox>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPaintEvent>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>
#include <QWheelEvent>

using namespace Vigie;

namespace {

bool openProject(MainWindow &window, const QString &file)
{
    QSignalSpy opened(&window, &MainWindow::projectOpened);
    window.openProject(file);
    return opened.wait(10000) && opened.first().first().toBool();
}

// Larger than the offscreen screen's 800×600, so the drawing is not a thumbnail.
bool showLarge(MainWindow &window)
{
    window.resize(1400, 1000);
    window.show();
    return QTest::qWaitForWindowExposed(&window);
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(content) != content.size())
        return {};
    return path;
}

void click(ScreenView *view, const QString &element)
{
    QTest::mouseClick(view, Qt::LeftButton, Qt::NoModifier, view->elementCenter(element).toPoint());
}

bool near(const QPointF &a, const QPointF &b)
{
    return std::abs(a.x() - b.x()) < 1e-6 && std::abs(a.y() - b.y()) < 1e-6;
}

bool nearColour(const QColor &a, const QColor &b, int tolerance = 12)
{
    return std::abs(a.red() - b.red()) <= tolerance && std::abs(a.green() - b.green()) <= tolerance
        && std::abs(a.blue() - b.blue()) <= tolerance;
}

QAction *toolAction(ScreenPanel *panel, const QString &text)
{
    for (QAction *action : panel->findChildren<QAction *>()) {
        if (action->text() == text)
            return action;
    }
    return nullptr;
}

// The paint events a widget receives, with the regions they expose.
class PaintRecorder : public QObject
{
public:
    explicit PaintRecorder(QWidget *widget)
        : m_widget(widget)
    {
        widget->installEventFilter(this);
    }
    QList<QRegion> regions;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_widget && event->type() == QEvent::Paint)
            regions << static_cast<QPaintEvent *>(event)->region();
        return false;
    }

private:
    QWidget *m_widget;
};

// Copies a file of tests/app/data into `dir` (under another name if given).
QString copyData(const QTemporaryDir &dir, const QString &name, const QString &as = {})
{
    const QString to = dir.filePath(as.isEmpty() ? name : as);
    QFile::remove(to);
    if (!QFile::copy(QStringLiteral(VIGIE_SOURCE_DIR "/tests/app/data/") + name, to))
        return {};
    return to;
}

// commande.vigie.json: the screen Commande, a button that toggles the writable Bool Marche on
// the simulator, and the screen Cassé (casse.svg, a copy of commande.svg until it is broken).
QString copyCommandeProject(const QTemporaryDir &dir)
{
    if (copyData(dir, QStringLiteral("commande.svg")).isEmpty()
        || copyData(dir, QStringLiteral("commande.svg"), QStringLiteral("casse.svg")).isEmpty())
        return {};
    return copyData(dir, QStringLiteral("commande.vigie.json"));
}

} // namespace

class tst_Screens : public QObject
{
    Q_OBJECT

private:
    const QString m_demo = QStringLiteral(VIGIE_SOURCE_DIR "/examples/demo/demo.vigie.json");

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QLocale::setDefault(QLocale::c());
    }

    void opensOnTheFirstScreenAndRepaintsWhatChanges()
    {
        MainWindow window;
        QVERIFY(showLarge(window));
        QVERIFY(openProject(window, m_demo));
        ScreenPanel *panel = window.screenPanel();
        auto *tabs = window.findChild<QTabWidget *>();
        QVERIFY(tabs);
        QCOMPARE(tabs->currentWidget(), panel);
        QCOMPARE(panel->currentScreen(), QStringLiteral("Procédé"));
        QCOMPARE(panel->findChild<QComboBox *>()->currentText(), QStringLiteral("Procédé"));
        ScreenView *view = panel->view();
        QVERIFY(view->isVisible());
        QVERIFY(view->renderer());
        QVERIFY(view->renderer()->isValid());
        QCOMPARE(view->session(), panel->session());

        Station *station = window.station();
        const TagId niveau = station->tags()->idOf(QStringLiteral("Niveau cuve"));
        const TagId consigne = station->tags()->idOf(QStringLiteral("Consigne niveau"));
        QTRY_VERIFY_WITH_TIMEOUT(station->tags()->value(niveau).isGood()
                                     && station->tags()->value(consigne).isGood(),
                                 5000);
        QTest::qWait(300); // the first values are drawn

        // The level moves with every read (a sine over two minutes): each batch repaints the
        // bar and the texts that follow it (the level under the tank, the gap in the setpoint
        // panel), not the whole view, nor the space between the tank and the panel.
        PaintRecorder paints(view);
        const quint64 updatesBefore = view->partialUpdates();
        QTRY_VERIFY_WITH_TIMEOUT(
            view->partialUpdates() >= updatesBefore + 2 && paints.regions.size() >= 2, 5000);
        const QRect whole = view->rect();
        const QPoint between = view->drawingToWidget().map(QPointF(850, 300)).toPoint();
        QRegion repainted;
        for (const QRegion &region : std::as_const(paints.regions)) {
            qint64 area = 0;
            for (const QRect &r : region)
                area += qint64(r.width()) * r.height();
            QVERIFY2(area < qint64(whole.width()) * whole.height(),
                     qPrintable(QStringLiteral("the whole view repainted (%1 rectangles)")
                                    .arg(region.rectCount())));
            QVERIFY2(!region.contains(between),
                     qPrintable(QStringLiteral("repainted the static %1,%2 within %3,%4 %5×%6")
                                    .arg(between.x())
                                    .arg(between.y())
                                    .arg(region.boundingRect().x())
                                    .arg(region.boundingRect().y())
                                    .arg(region.boundingRect().width())
                                    .arg(region.boundingRect().height())));
            repainted += region;
        }
        const int bar = view->session()->document().elementById(QStringLiteral("cuve_niveau"));
        const QRectF barRect = view->drawingToWidget().mapRect(view->renderer()->bounds(bar));
        QVERIFY(repainted.intersects(barRect.toRect()));

        // A setpoint 10 % below the level turns the level bar amber: the pixels change. The
        // point is low in the bar (the level is about 50 %), right of its text.
        const QPoint inBar = view->drawingToWidget().map(QPointF(650, 560)).toPoint();
        QVERIFY(barRect.contains(inBar));
        const QColor grey(0x8d, 0x99, 0xa5);
        const QColor amber(0xf0, 0xa3, 0x0a);
        const QColor before = view->grab().toImage().pixelColor(inBar);
        QVERIFY2(nearColour(before, grey), qPrintable(before.name()));
        const quint64 updatesBeforeWrite = view->partialUpdates();
        station->write(consigne, 20.0);
        QTRY_VERIFY_WITH_TIMEOUT(nearColour(view->grab().toImage().pixelColor(inBar), amber), 5000);
        QVERIFY(view->partialUpdates() > updatesBeforeWrite);

        // What the partial repaints left on screen is what a full repaint draws.
        station->stop();
        QTest::qWait(400); // the last batch is drawn
        const QPoint topLeft = view->mapTo(&window, QPoint(0, 0));
        const QImage onScreen = window.screen()
                                    ->grabWindow(window.winId(), topLeft.x(), topLeft.y(),
                                                 view->width(), view->height())
                                    .toImage()
                                    .convertToFormat(QImage::Format_RGB32);
        const QImage full = view->grab().toImage().convertToFormat(QImage::Format_RGB32);
        QCOMPARE(onScreen.size(), full.size());
        QVERIFY(onScreen == full);
    }

    void writesASetpointFromTheScreenAfterConfirmation()
    {
        MainWindow window;
        QVERIFY(showLarge(window));
        QVERIFY(openProject(window, m_demo));
        Station *station = window.station();
        ScreenPanel *panel = window.screenPanel();
        const TagId consigne = station->tags()->idOf(QStringLiteral("Consigne niveau"));
        QTRY_VERIFY_WITH_TIMEOUT(station->tags()->value(consigne).isGood(), 5000);
        QSignalSpy outcomes(station, &Station::writeFinished);

        click(panel->view(), QStringLiteral("consigne_bouton"));
        QPointer<WriteDialog> dialog = panel->findChild<WriteDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->tag(), consigne);
        auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("valueEdit"));
        auto *primary = dialog->findChild<QPushButton *>(QStringLiteral("primaryButton"));
        auto *error = dialog->findChild<QLabel *>(QStringLiteral("errorLabel"));
        auto *confirm = dialog->findChild<QLabel *>(QStringLiteral("confirmLabel"));
        QVERIFY(edit && primary && error && confirm);

        // Out of range: refused with the reason, and the dialog stays open on its edit page.
        edit->setText(QStringLiteral("150"));
        primary->click();
        QVERIFY(dialog->isVisible());
        QVERIFY(!dialog->isConfirming());
        QVERIFY(error->isVisible());
        QCOMPARE(error->text(), QStringLiteral("150 is above the maximum 100 %"));
        edit->setText(QStringLiteral("-5"));
        primary->click();
        QCOMPARE(error->text(), QStringLiteral("-5 is below the minimum 0 %"));
        QVERIFY(!dialog->isConfirming());

        edit->setText(QStringLiteral("42"));
        primary->click();
        QVERIFY(dialog->isConfirming());
        QVERIFY2(confirm->text().startsWith(QStringLiteral("Write 42 % to Consigne niveau?")),
                 qPrintable(confirm->text()));
        QCOMPARE(outcomes.size(), 0); // nothing written before confirming
        QVERIFY(!station->setpoint(consigne).isValid());

        primary->click();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.isNull(), 5000); // closed once acknowledged
        QCOMPARE(outcomes.size(), 1);
        const auto outcome = outcomes.first().first().value<WriteOutcome>();
        QVERIFY2(outcome.ok(), qPrintable(outcome.reason));
        QCOMPARE(outcome.request.tag, consigne);
        QCOMPARE(int(outcome.request.origin), int(WriteOrigin::Screen));
        QCOMPARE(outcome.request.value.toDouble(), 42.0);
        QCOMPARE(station->setpoint(consigne).toDouble(), 42.0);
        QTRY_COMPARE_WITH_TIMEOUT(station->tags()->value(consigne).value.toDouble(), 42.0, 5000);

        // The valve opens its own tag's dialog; Cancel writes nothing.
        const TagId vanne = station->tags()->idOf(QStringLiteral("Position vanne"));
        click(panel->view(), QStringLiteral("vanne"));
        dialog = panel->findChild<WriteDialog *>();
        QVERIFY(dialog);
        QCOMPARE(dialog->tag(), vanne);
        dialog->findChild<QPushButton *>(QStringLiteral("secondaryButton"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.isNull(), 2000);
        QCOMPARE(outcomes.size(), 1);
        QVERIFY(!station->setpoint(vanne).isValid());

        // A click on an element without an action does nothing.
        click(panel->view(), QStringLiteral("cuve_niveau")); // bound, no action
        QVERIFY(!panel->findChild<WriteDialog *>());
        QVERIFY(!panel->findChild<FaceplateDialog *>());
    }

    void togglesABooleanAfterConfirmation()
    {
        QTemporaryDir dir;
        const QString project = copyCommandeProject(dir);
        QVERIFY(!project.isEmpty());
        MainWindow window;
        QVERIFY(showLarge(window));
        QVERIFY(openProject(window, project));
        Station *station = window.station();
        ScreenPanel *panel = window.screenPanel();
        QCOMPARE(panel->currentScreen(), QStringLiteral("Commande"));
        const TagId marche = station->tags()->idOf(QStringLiteral("Marche"));
        QTRY_VERIFY_WITH_TIMEOUT(station->tags()->value(marche).isGood(), 5000);
        QCOMPARE(station->tags()->value(marche).value.toBool(), false);
        QSignalSpy outcomes(station, &Station::writeFinished);

        // Cancel: nothing is written.
        click(panel->view(), QStringLiteral("bouton"));
        QPointer<QMessageBox> box =
            panel->findChild<QMessageBox *>(QStringLiteral("toggleConfirmation"));
        QVERIFY(box);
        QVERIFY(box->isVisible());
        QCOMPARE(box->text(), QStringLiteral("Switch Marche from Arrêtée to En marche?"));
        QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
        box->button(QMessageBox::Cancel)->click();
        QTRY_VERIFY_WITH_TIMEOUT(box.isNull(), 2000);
        QTest::qWait(300); // a write would have been answered by now
        QCOMPARE(outcomes.size(), 0);
        QVERIFY(!station->setpoint(marche).isValid());
        QCOMPARE(station->tags()->value(marche).value.toBool(), false);

        // Yes: the opposite value is written, from the screen.
        click(panel->view(), QStringLiteral("bouton"));
        box = panel->findChild<QMessageBox *>(QStringLiteral("toggleConfirmation"));
        QVERIFY(box);
        box->button(QMessageBox::Yes)->click();
        QTRY_COMPARE_WITH_TIMEOUT(outcomes.size(), 1, 5000);
        auto outcome = outcomes.first().first().value<WriteOutcome>();
        QVERIFY2(outcome.ok(), qPrintable(outcome.reason));
        QCOMPARE(int(outcome.request.origin), int(WriteOrigin::Screen));
        QCOMPARE(outcome.request.value, QVariant(true));
        QTRY_COMPARE_WITH_TIMEOUT(station->tags()->value(marche).value.toBool(), true, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(box.isNull(), 2000);

        // And back: the question follows what is read now.
        click(panel->view(), QStringLiteral("bouton"));
        box = panel->findChild<QMessageBox *>(QStringLiteral("toggleConfirmation"));
        QVERIFY(box);
        QCOMPARE(box->text(), QStringLiteral("Switch Marche from En marche to Arrêtée?"));
        box->button(QMessageBox::Yes)->click();
        QTRY_COMPARE_WITH_TIMEOUT(outcomes.size(), 2, 5000);
        outcome = outcomes.at(1).first().value<WriteOutcome>();
        QCOMPARE(outcome.request.value, QVariant(false));
        QCOMPARE(int(outcome.request.origin), int(WriteOrigin::Screen));
        QTRY_COMPARE_WITH_TIMEOUT(station->tags()->value(marche).value.toBool(), false, 5000);
    }

    // The faceplate of a writable tag writes through the same dialog, from the screen.
    void faceplateWritesThroughTheWriteDialog()
    {
        QTemporaryDir dir;
        const QString project = copyCommandeProject(dir);
        QVERIFY(!project.isEmpty());
        MainWindow window;
        QVERIFY(showLarge(window));
        QVERIFY(openProject(window, project));
        Station *station = window.station();
        ScreenPanel *panel = window.screenPanel();
        const TagId marche = station->tags()->idOf(QStringLiteral("Marche"));
        QTRY_VERIFY_WITH_TIMEOUT(station->tags()->value(marche).isGood(), 5000);

        // The background, beside the button.
        ScreenView *view = panel->view();
        const QPointF corner = view->drawingToWidget().map(QPointF(10, 10));
        QTest::mouseClick(view, Qt::LeftButton, Qt::NoModifier, corner.toPoint());
        QPointer<FaceplateDialog> faceplate = panel->findChild<FaceplateDialog *>();
        QVERIFY(faceplate);
        QCOMPARE(faceplate->tag(), marche);
        QCOMPARE(faceplate->valueText(), QStringLiteral("Arrêtée"));
        QPushButton *write = nullptr;
        for (QPushButton *button : faceplate->findChildren<QPushButton *>()) {
            if (button->text() == QStringLiteral("&Write…"))
                write = button;
        }
        QVERIFY(write);

        QSignalSpy outcomes(station, &Station::writeFinished);
        write->click();
        QPointer<WriteDialog> dialog = panel->findChild<WriteDialog *>();
        QVERIFY(dialog);
        QCOMPARE(dialog->tag(), marche);
        auto *choice = dialog->findChild<QComboBox *>(QStringLiteral("boolCombo"));
        auto *primary = dialog->findChild<QPushButton *>(QStringLiteral("primaryButton"));
        QVERIFY(choice && primary);
        choice->setCurrentIndex(choice->findData(true));
        primary->click();
        QVERIFY(dialog->isConfirming());
        primary->click();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.isNull(), 5000);
        QCOMPARE(outcomes.size(), 1);
        const auto outcome = outcomes.first().first().value<WriteOutcome>();
        QVERIFY2(outcome.ok(), qPrintable(outcome.reason));
        QCOMPARE(int(outcome.request.origin), int(WriteOrigin::Screen));
        QCOMPARE(outcome.request.value, QVariant(true));
        // The faceplate, still open, follows.
        QVERIFY(faceplate);
        QTRY_COMPARE_WITH_TIMEOUT(faceplate->valueText(), QStringLiteral("En marche"), 3000);
        faceplate->reject();
        QTRY_VERIFY_WITH_TIMEOUT(faceplate.isNull(), 2000);
    }

    void faceplateShowsValueAndQuality()
    {
        MainWindow window;
        QVERIFY(showLarge(window));
        QVERIFY(openProject(window, m_demo));
        Station *station = window.station();
        ScreenPanel *panel = window.screenPanel();
        const TagId pompe = station->tags()->idOf(QStringLiteral("Pompe en marche"));
        QTRY_VERIFY_WITH_TIMEOUT(station->tags()->value(pompe).isGood(), 5000);

        click(panel->view(), QStringLiteral("pompe"));
        QPointer<FaceplateDialog> faceplate = panel->findChild<FaceplateDialog *>();
        QVERIFY(faceplate);
        QVERIFY(faceplate->isVisible());
        QCOMPARE(faceplate->tag(), pompe);
        QCOMPARE(faceplate->qualityText(), QStringLiteral("Good"));
        // The pump's on/off texts, not true/false.
        QTRY_VERIFY2_WITH_TIMEOUT(faceplate->valueText() == QStringLiteral("Marche")
                                      || faceplate->valueText() == QStringLiteral("Arrêt"),
                                  qPrintable(faceplate->valueText()), 2000);
        faceplate->reject();
        QTRY_VERIFY_WITH_TIMEOUT(faceplate.isNull(), 2000);
    }

    // A device that cannot be reached: the faceplate and the element's tooltip say why.
    void faceplateShowsWhyItIsBad()
    {
        const quint16 port = Test::freeLoopbackPort(); // nobody listens there
        QVERIFY(port != 0);
        QTemporaryDir dir;
        QVERIFY(!copyData(dir, QStringLiteral("pompe.svg")).isEmpty());
        const QString project = copyData(dir, QStringLiteral("pompe.vigie.json"));
        QFile file(project);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray json = file.readAll();
        file.close();
        json.replace(QByteArrayLiteral("\"port\": 0"),
                     QByteArray(QByteArrayLiteral("\"port\": ") + QByteArray::number(port)));
        QVERIFY(!writeFile(dir, QStringLiteral("pompe.vigie.json"), json).isEmpty());
        MainWindow window;
        QVERIFY(showLarge(window));
        QVERIFY(openProject(window, project));
        Station *station = window.station();
        ScreenPanel *panel = window.screenPanel();
        const TagId pompe = station->tags()->idOf(QStringLiteral("Pompe en marche"));
        QTRY_VERIFY_WITH_TIMEOUT(
            station->tags()->value(pompe).reason.startsWith(QStringLiteral("disconnected: ")),
            5000);
        QCOMPARE(int(station->tags()->value(pompe).quality), int(Quality::Bad));

        click(panel->view(), QStringLiteral("pompe"));
        QPointer<FaceplateDialog> faceplate = panel->findChild<FaceplateDialog *>();
        QVERIFY(faceplate);
        QVERIFY2(faceplate->qualityText().startsWith(QStringLiteral("Bad: disconnected: ")),
                 qPrintable(faceplate->qualityText()));
        QVERIFY2(faceplate->qualityText().endsWith(station->tags()->value(pompe).reason),
                 qPrintable(faceplate->qualityText()));
        faceplate->reject();
        QTRY_VERIFY_WITH_TIMEOUT(faceplate.isNull(), 2000);

        // The element is drawn as not to be trusted, and hovering it says why.
        ScreenView *view = panel->view();
        const int element = view->session()->document().elementById(QStringLiteral("pompe"));
        QTRY_VERIFY_WITH_TIMEOUT(view->session()->bindings().state(element).bad, 2000);
        const QPoint at = view->elementCenter(QStringLiteral("pompe")).toPoint();
        QHelpEvent help(QEvent::ToolTip, at, view->mapToGlobal(at));
        QApplication::sendEvent(view, &help);
        const QString tip = QToolTip::text();
        QVERIFY2(tip.startsWith(QStringLiteral("Not to be trusted:\n")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("disconnected: ")), qPrintable(tip));
        QVERIFY2(tip.endsWith(QStringLiteral("\nShows Pompe en marche")), qPrintable(tip));
        QToolTip::hideText();
    }

    void opensScreensAndGoesBackForwardAndUp()
    {
        MainWindow window;
        QVERIFY(showLarge(window));
        QVERIFY(openProject(window, m_demo));
        ScreenPanel *panel = window.screenPanel();
        QAction *back = toolAction(panel, QStringLiteral("Back"));
        QAction *forward = toolAction(panel, QStringLiteral("Forward"));
        QAction *up = toolAction(panel, QStringLiteral("Up"));
        QVERIFY(back && forward && up);
        auto *list = panel->findChild<QComboBox *>();
        QVERIFY(list);
        // The screen tree: Énergie under Procédé, indented.
        QCOMPARE(list->count(), 2);
        QCOMPARE(list->itemText(0), QStringLiteral("Procédé"));
        QCOMPARE(list->itemText(1), QStringLiteral("    Énergie"));
        QCOMPARE(panel->currentScreen(), QStringLiteral("Procédé"));
        QVERIFY(!back->isEnabled() && !forward->isEnabled() && !up->isEnabled());

        QSignalSpy opened(panel, &ScreenPanel::screenOpened);
        click(panel->view(), QStringLiteral("vers_energie"));
        QCOMPARE(panel->currentScreen(), QStringLiteral("Énergie"));
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.last().first().toString(), QStringLiteral("Énergie"));
        QCOMPARE(panel->view()->session()->screen().name, QStringLiteral("Énergie"));
        QVERIFY(panel->view()->renderer() && panel->view()->renderer()->isValid());
        QCOMPARE(list->currentIndex(), 1);
        QVERIFY(back->isEnabled() && !forward->isEnabled() && up->isEnabled());

        panel->back();
        QCOMPARE(panel->currentScreen(), QStringLiteral("Procédé"));
        QCOMPARE(list->currentIndex(), 0);
        QVERIFY(!back->isEnabled() && forward->isEnabled() && !up->isEnabled());
        panel->forward();
        QCOMPARE(panel->currentScreen(), QStringLiteral("Énergie"));
        QVERIFY(back->isEnabled() && !forward->isEnabled());

        // Up goes to the parent, as a new place in the history.
        up->trigger();
        QCOMPARE(panel->currentScreen(), QStringLiteral("Procédé"));
        QVERIFY(back->isEnabled() && !forward->isEnabled());
        panel->back();
        QCOMPARE(panel->currentScreen(), QStringLiteral("Énergie"));

        // The Énergie screen's own button back to Procédé.
        click(panel->view(), QStringLiteral("vers_procede"));
        QCOMPARE(panel->currentScreen(), QStringLiteral("Procédé"));
        QVERIFY(!forward->isEnabled());

        // Choosing in the list opens the screen.
        QTest::keyClick(list, Qt::Key_Down);
        QCOMPARE(panel->currentScreen(), QStringLiteral("Énergie"));
        QCOMPARE(opened.last().first().toString(), QStringLiteral("Énergie"));

        // A screen that does not exist: a message, the current one stays.
        QSignalSpy messages(panel, &ScreenPanel::message);
        QVERIFY(!panel->openScreen(QStringLiteral("Nulle part")));
        QCOMPARE(panel->currentScreen(), QStringLiteral("Énergie"));
        QCOMPARE(messages.size(), 1);
        QCOMPARE(messages.first().first().toString(),
                 QStringLiteral("There is no screen named Nulle part."));
    }

    // The files are fine when the project opens; one is broken, then deleted, while it runs.
    void brokenScreenFileShowsAnError()
    {
        QTemporaryDir dir;
        const QString path = copyCommandeProject(dir);
        QVERIFY(!path.isEmpty());
        MainWindow window;
        QVERIFY(showLarge(window));
        QVERIFY(openProject(window, path));
        ScreenPanel *panel = window.screenPanel();
        QCOMPARE(panel->currentScreen(), QStringLiteral("Commande"));
        QLabel *error = nullptr;
        for (QLabel *label : panel->findChildren<QLabel *>(Qt::FindDirectChildrenOnly))
            error = label;
        QVERIFY(error);
        QVERIFY(!error->isVisible());

        QVERIFY(!writeFile(dir, QStringLiteral("casse.svg"),
                           "<svg xmlns=\"http://www.w3.org/2000/svg\">\n<rect")
                     .isEmpty());
        QSignalSpy messages(panel, &ScreenPanel::message);
        QVERIFY(!panel->openScreen(QStringLiteral("Cassé")));
        QCOMPARE(panel->currentScreen(), QStringLiteral("Cassé"));
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().startsWith(QStringLiteral("The screen Cassé cannot be shown: ")),
                 qPrintable(error->text()));
        QVERIFY2(error->text().contains(QStringLiteral("line 2")), qPrintable(error->text()));
        QCOMPARE(messages.size(), 1);
        QCOMPARE(messages.first().first().toString(), error->text());
        ScreenView *view = panel->view();
        QVERIFY(!view->renderer());
        // It paints its background, and nothing else.
        const QImage blank = view->grab().toImage();
        QCOMPARE(blank.pixelColor(blank.rect().center()), IsaPalette::screenBackground());
        QCOMPARE(blank.pixelColor(0, 0), IsaPalette::screenBackground());
        QTest::mouseClick(view, Qt::LeftButton, Qt::NoModifier, view->rect().center());
        view->zoomBy(2.0, view->rect().center());
        QCOMPARE(view->elementCenter(QStringLiteral("bouton")), QPointF());

        QVERIFY(QFile::remove(dir.filePath(QStringLiteral("casse.svg"))));
        QVERIFY(!panel->openScreen(QStringLiteral("Cassé")));
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().startsWith(
                     QStringLiteral("The screen Cassé cannot be shown: cannot open ")),
                 qPrintable(error->text()));
        QVERIFY(!view->renderer());

        // Back on a good screen, the error goes away.
        QVERIFY(panel->openScreen(QStringLiteral("Commande")));
        QVERIFY(!error->isVisible());
        QVERIFY(view->renderer());
        panel->back();
        QCOMPARE(panel->currentScreen(), QStringLiteral("Cassé"));
        QVERIFY(error->isVisible());
    }

    void zoomKeepsThePointUnderTheAnchor()
    {
        MainWindow window;
        QVERIFY(showLarge(window));
        QVERIFY(openProject(window, m_demo));
        ScreenView *view = window.screenPanel()->view();
        QVERIFY(view->renderer());
        QCOMPARE(view->zoom(), 1.0);
        const QTransform fitted = view->drawingToWidget();
        // Fitted: the whole drawing inside the view, centred.
        const QRectF drawn = fitted.mapRect(view->renderer()->viewBox());
        QVERIFY(QRectF(view->rect()).adjusted(-0.5, -0.5, 0.5, 0.5).contains(drawn));
        QVERIFY(near(drawn.center(), QRectF(view->rect()).center()));

        const auto keepsAnchor = [&](qreal factor, const QPointF &anchor) {
            const QPointF drawing = view->drawingToWidget().inverted().map(anchor);
            view->zoomBy(factor, anchor);
            return near(view->drawingToWidget().map(drawing), anchor);
        };
        QVERIFY(keepsAnchor(2.0, QPointF(view->width() * 0.3, view->height() * 0.7)));
        QCOMPARE(view->zoom(), 2.0);
        QVERIFY(qFuzzyCompare(view->drawingToWidget().m11(), 2 * fitted.m11()));
        QVERIFY(keepsAnchor(0.8, QPointF(view->width() * 0.9, 10)));
        QVERIFY(qFuzzyCompare(view->zoom(), 1.6));
        QVERIFY(keepsAnchor(1000.0, QPointF(5, view->height() - 5))); // clamped, still anchored
        QCOMPARE(view->zoom(), 16.0);
        QVERIFY(keepsAnchor(0.001, QPointF(view->width() / 2.0 + 17, 40)));
        QCOMPARE(view->zoom(), 0.25);

        // The wheel zooms about the cursor.
        const QPointF cursor(view->width() * 0.6, view->height() * 0.25);
        const QPointF underCursor = view->drawingToWidget().inverted().map(cursor);
        QWheelEvent wheel(cursor, view->mapToGlobal(cursor), QPoint(), QPoint(0, 120), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(view, &wheel);
        QVERIFY(qFuzzyCompare(view->zoom(), 0.25 * 1.25));
        QVERIFY(near(view->drawingToWidget().map(underCursor), cursor));

        view->fit();
        QCOMPARE(view->zoom(), 1.0);
        QCOMPARE(view->drawingToWidget(), fitted);

        // The keyboard zooms about the centre; 0 fits.
        const QPointF centre = QRectF(view->rect()).center();
        const QPointF atCentre = fitted.inverted().map(centre);
        QTest::keyClick(view, Qt::Key_Plus);
        QVERIFY(qFuzzyCompare(view->zoom(), 1.25));
        QVERIFY(near(view->drawingToWidget().map(atCentre), centre));
        QTest::keyClick(view, Qt::Key_Minus);
        QVERIFY(qFuzzyCompare(view->zoom(), 1.0));
        QTest::keyClick(view, Qt::Key_Plus);
        QTest::keyClick(view, Qt::Key_0);
        QCOMPARE(view->zoom(), 1.0);
        QCOMPARE(view->drawingToWidget(), fitted);

        // A drag pans, even one that starts on a button, and clicks nothing; a double-click
        // beside the buttons fits again.
        const QPoint from = view->elementCenter(QStringLiteral("vers_energie")).toPoint();
        const QPoint to = from + QPoint(-40, 30);
        QTest::mousePress(view, Qt::LeftButton, Qt::NoModifier, from);
        QTest::mouseMove(view, from + QPoint(-20, 15));
        QTest::mouseMove(view, to);
        QTest::mouseRelease(view, Qt::LeftButton, Qt::NoModifier, to);
        QCOMPARE(window.screenPanel()->currentScreen(), QStringLiteral("Procédé"));
        QVERIFY(
            near(view->drawingToWidget().map(fitted.inverted().map(QPointF(from))), QPointF(to)));
        QTest::mouseDClick(view, Qt::LeftButton, Qt::NoModifier, QPoint(3, 3));
        QCOMPARE(view->drawingToWidget(), fitted);

        // A click still finds its element when zoomed in.
        view->zoomBy(3.0, view->elementCenter(QStringLiteral("vers_energie")));
        click(view, QStringLiteral("vers_energie"));
        QCOMPARE(window.screenPanel()->currentScreen(), QStringLiteral("Énergie"));
        QCOMPARE(view->zoom(), 1.0); // a new screen is fitted
    }

    // 2,000 elements over 200 sines of one second, read every 100 ms: the GUI thread never
    // stalls long. A 10 ms timer on it measures the longest gap between two of its ticks.
    void staysResponsiveWithTwoThousandBoundElements()
    {
        constexpr int Variables = 200;
        constexpr int Columns = 50;
        constexpr int Rows = 40; // 2,000 elements
        QTemporaryDir dir;
        QByteArray svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1260\" height=\"780\" "
                         "viewBox=\"0 0 1260 780\">\n";
        QJsonArray bindings;
        for (int row = 0; row < Rows; ++row) {
            for (int column = 0; column < Columns; ++column) {
                const int n = row * Columns + column;
                const QString id = QStringLiteral("r%1").arg(n, 4, 10, QLatin1Char('0'));
                svg += QStringLiteral("  <rect id=\"%1\" x=\"%2\" y=\"%3\" width=\"20\" "
                                      "height=\"15\" fill=\"#bbb\" stroke=\"#555\"/>\n")
                           .arg(id)
                           .arg(5 + column * 25)
                           .arg(5 + row * 19)
                           .toUtf8();
                bindings.append(QJsonObject {
                    {QStringLiteral("element"), id},
                    {QStringLiteral("attribute"), QStringLiteral("fill")},
                    {QStringLiteral("formula"),
                     QStringLiteral("IF([v%1] > 0, \"#777\", \"#bbb\")").arg(n % Variables)},
                });
            }
        }
        svg += "</svg>\n";
        QVERIFY(!writeFile(dir, QStringLiteral("charge.svg"), svg).isEmpty());
        QJsonArray frames;
        for (int f = 0; f < Variables / 100; ++f) {
            QJsonArray variables;
            for (int i = 0; i < 100; ++i) {
                variables.append(QJsonObject {
                    {QStringLiteral("name"), QStringLiteral("v%1").arg(f * 100 + i)},
                    {QStringLiteral("dataType"), QStringLiteral("Int16")},
                    {QStringLiteral("offset"), i},
                    {QStringLiteral("simulation"),
                     QJsonObject {{QStringLiteral("waveform"), QStringLiteral("Sine")},
                                  {QStringLiteral("period"), 1000},
                                  {QStringLiteral("amplitude"), 100},
                                  {QStringLiteral("offset"), 0}}},
                });
            }
            frames.append(QJsonObject {
                {QStringLiteral("name"), QStringLiteral("f%1").arg(f)},
                {QStringLiteral("type"), QStringLiteral("HoldingRegister")},
                {QStringLiteral("startAddress"), f * 100},
                {QStringLiteral("quantity"), 100},
                {QStringLiteral("variables"), variables},
            });
        }
        const QJsonObject project {
            {QStringLiteral("formatVersion"), 1},
            {QStringLiteral("name"), QStringLiteral("charge")},
            {QStringLiteral("connections"),
             QJsonArray {QJsonObject {
                 {QStringLiteral("name"), QStringLiteral("Sim")},
                 {QStringLiteral("protocol"), QStringLiteral("Simulation")},
                 {QStringLiteral("devices"),
                  QJsonArray {QJsonObject {{QStringLiteral("name"), QStringLiteral("d")},
                                           {QStringLiteral("scanTime"), 100},
                                           {QStringLiteral("frames"), frames}}}},
             }}},
            {QStringLiteral("screens"),
             QJsonArray {QJsonObject {{QStringLiteral("name"), QStringLiteral("Charge")},
                                      {QStringLiteral("file"), QStringLiteral("charge.svg")},
                                      {QStringLiteral("bindings"), bindings}}}},
        };
        const QString path =
            writeFile(dir, QStringLiteral("charge.vigie.json"), QJsonDocument(project).toJson());

        // The gaps while the project opens (the screen is planned and drawn once: a freeze the
        // operator sees once), then while it runs.
        QElapsedTimer clock;
        clock.start();
        qint64 last = 0;
        qint64 maxGap = 0;
        int ticks = 0;
        QTimer ticker;
        ticker.setTimerType(Qt::PreciseTimer);
        ticker.setInterval(10);
        connect(&ticker, &QTimer::timeout, this, [&] {
            const qint64 now = clock.elapsed();
            if (ticks++ > 0)
                maxGap = std::max(maxGap, now - last);
            last = now;
        });
        ticker.start();
        MainWindow window;
        QVERIFY(showLarge(window));
        QVERIFY(openProject(window, path));
        ScreenView *view = window.screenPanel()->view();
        QVERIFY(view->renderer());
        QCOMPARE(view->session()->bindings().boundElements().size(), Columns * Rows);
        Station *station = window.station();
        QTRY_VERIFY_WITH_TIMEOUT(station->tags()->value(0).isGood()
                                     && station->tags()->value(Variables - 1).isGood(),
                                 5000);
        QTest::qWait(100);
        const qint64 openingGap = maxGap;
        const qint64 openingMs = clock.elapsed();

        const quint64 updatesBefore = view->partialUpdates();
        const quint64 rebuildsBefore = view->renderer()->rebuilds();
        PaintRecorder paints(view);
        maxGap = 0;
        ticks = 0;
        QEventLoop loop; // a plain event loop: QTest::qWait() sleeps between its rounds
        QTimer::singleShot(3000, &loop, &QEventLoop::quit);
        loop.exec();
        ticker.stop();

        const quint64 updates = view->partialUpdates() - updatesBefore;
        const quint64 rebuilds = view->renderer()->rebuilds() - rebuildsBefore;
        qInfo("opening: %lld ms, longest GUI gap %lld ms", openingMs, openingGap);
        qInfo("2,000 bound elements for 3 s: longest GUI gap %lld ms, %d ticks of 10 ms, "
              "%llu partial updates, %llu element redraws, %lld paints",
              maxGap, ticks, updates, rebuilds, qint64(paints.regions.size()));
        // In phase, the sines cross zero together every half second: all 2,000 fills change.
        QVERIFY2(updates >= 4, "the elements did not follow their sines");
        QVERIFY2(rebuilds >= 2000, "the elements did not follow their sines");
        // One paint per batch, however many elements it changes: not one per element.
        QVERIFY2(paints.regions.size() <= qsizetype(updates) + 3,
                 qPrintable(QStringLiteral("%1 paints for %2 batches")
                                .arg(paints.regions.size())
                                .arg(updates)));
        QVERIFY2(maxGap < 250, qPrintable(QStringLiteral("the GUI stalled %1 ms").arg(maxGap)));
    }
};

QTEST_MAIN(tst_Screens)
#include "tst_screens.moc"
