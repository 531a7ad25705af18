#include "mainwindow.h"

#include "mqtt/credentialsdialog.h"
#include "mqtt/mqttservice.h"
#include "mqtt/mqttstatuslabel.h"

#include "screens/screenpanel.h"

#include "diagnosticsdock.h"
#include "isapalette.h"
#include "problemsmodel.h"
#include "projectcheck.h"
#include "projecttreemodel.h"
#include "station.h"
#include "tagfiltermodel.h"
#include "tagtablemodel.h"
#include "writedialog.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <numeric>

namespace Vigie {

namespace {
// Settings keys live beside their user.
constexpr auto RecentFilesKey = "mainWindow/recentFiles";
constexpr auto GeometryKey = "mainWindow/geometry";
constexpr auto StateKey = "mainWindow/state";
constexpr int MaxRecentFiles = 8;
constexpr auto HiddenColumnsKey = "tagTable/hiddenColumns";
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_station(new Station(this))
    , m_tagModel(new TagTableModel(this))
    , m_filterModel(new TagFilterModel(this))
    , m_treeModel(new ProjectTreeModel(this))
    , m_problemsModel(new ProblemsModel(this))
    , m_tagView(new QTableView)
    , m_filterEdit(new QLineEdit)
    , m_statusLabel(new QLabel)
    , m_mqttLabel(new MqttStatusLabel)
{
    setWindowTitle(tr("Vigie"));

    m_filterModel->setSourceModel(m_tagModel);
    m_tagView->setModel(m_filterModel);
    m_tagView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tagView->setAlternatingRowColors(true);
    m_tagView->setWordWrap(false);
    m_tagView->verticalHeader()->hide();
    m_tagView->verticalHeader()->setDefaultSectionSize(m_tagView->fontMetrics().height() + 6);
    // Names and quality reasons get the room; the fixed-format columns fit their contents.
    QHeaderView *header = m_tagView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    // Project order until a header is clicked; a third click goes back to it.
    m_tagView->setSortingEnabled(true);
    header->setSortIndicatorClearable(true);
    header->setSortIndicator(-1, Qt::AscendingOrder);
    // Any column but the name can be hidden (a small screen shows what matters first).
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, &MainWindow::showColumnMenu);
    // Double-click or Enter on a writable tag: the write dialog.
    connect(m_tagView, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        openWriteDialog(m_filterModel->mapToSource(index).row());
    });
    // Sized from typical contents, not measured over every row: a 10,000-tag project opens fast.
    const std::pair<int, const char *> samples[] = {
        {TagTableModel::Name, "Énergie apparente/Phase 1"},
        {TagTableModel::Value, "-123456.789"},
        {TagTableModel::Unit, "kVAh"},
        {TagTableModel::Timestamp, "2026-11-21 08:06:40.123"},
        {TagTableModel::Setpoint, "Setpoint"},
        {TagTableModel::Min, "-32768"},
        {TagTableModel::Max, "-32768"},
        {TagTableModel::Type, "Float32"},
        {TagTableModel::Access, "RW"},
        {TagTableModel::Quality, "Bad: no reply from station 3"},
    };
    const QFontMetrics metrics = m_tagView->fontMetrics();
    for (const auto &[column, sample] : samples)
        m_tagView->setColumnWidth(column,
                                  metrics.horizontalAdvance(QString::fromUtf8(sample)) + 16);

    for (const QVariant &column : QSettings().value(QLatin1String(HiddenColumnsKey)).toList())
        m_tagView->setColumnHidden(column.toInt(), column.toInt() != TagTableModel::Name);
    m_filterEdit->setPlaceholderText(tr("Filter tags by name or description…"));
    m_filterEdit->setClearButtonEnabled(true);
    connect(m_filterEdit, &QLineEdit::textChanged, m_filterModel, &TagFilterModel::setText);

    auto *tagPage = new QWidget;
    auto *layout = new QVBoxLayout(tagPage);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_filterEdit);
    layout->addWidget(m_tagView);
    m_tabs = new QTabWidget;
    m_tabs->setDocumentMode(true);
    m_screens = new ScreenPanel(m_station, m_tabs);
    connect(m_screens, &ScreenPanel::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    m_tabs->addTab(m_screens, tr("&Screens"));
    m_tabs->addTab(tagPage, tr("&Tags"));
    m_tabs->setCurrentWidget(tagPage);
    setCentralWidget(m_tabs);

    createActions();
    createDocks();
    m_statusLabel->setObjectName(QStringLiteral("qualityStatus"));
    statusBar()->addPermanentWidget(m_mqttLabel);
    statusBar()->addPermanentWidget(m_statusLabel);
    connect(m_station->mqtt(), &MqttService::statusChanged, m_mqttLabel,
            &MqttStatusLabel::setStatus);
    connect(m_station->mqtt(), &MqttService::credentialsNeeded, this,
            &MainWindow::askForCredentials);
    statusBar()->showMessage(tr("Open a project to start (File > Open)."));

    auto *statusTimer = new QTimer(this);
    connect(statusTimer, &QTimer::timeout, this, &MainWindow::updateStatus);
    statusTimer->start(1000);

    connect(&m_loader, &QFutureWatcher<ProjectLoadResult>::finished, this,
            &MainWindow::onProjectLoaded);
    // Acquisition goes on without the gateway: say so until something else is said.
    connect(m_station, &Station::gatewayFailed, this, [this](const QString &reason) {
        statusBar()->showMessage(tr("Modbus gateway not serving: %1").arg(reason));
    });

    QSettings settings;
    restoreGeometry(settings.value(QLatin1String(GeometryKey)).toByteArray());
    restoreState(settings.value(QLatin1String(StateKey)).toByteArray());
    if (!settings.contains(QLatin1String(GeometryKey))) {
        // Fits the screen it opens on, down to 1024×768.
        const QSize room = screen() ? screen()->availableGeometry().size() : QSize(1280, 760);
        resize(std::min(1280, room.width()), std::min(760, room.height()));
    }
}

MainWindow::~MainWindow()
{
    QSettings settings;
    settings.setValue(QLatin1String(GeometryKey), saveGeometry());
    settings.setValue(QLatin1String(StateKey), saveState());
    m_loader.waitForFinished();
    m_station->stop();
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open…"), this, &MainWindow::chooseProject);
    open->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    updateRecentMenu();
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    m_viewMenu = menuBar()->addMenu(tr("&View"));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Vigie"), this, &MainWindow::showAbout);
}

void MainWindow::createDocks()
{
    m_treeView = new QTreeView;
    m_treeView->setModel(m_treeModel);
    m_treeView->setUniformRowHeights(true);
    m_treeView->header()->setSectionResizeMode(ProjectTreeModel::Name,
                                               QHeaderView::ResizeToContents);
    connect(m_treeView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (!current.isValid())
                    m_filterModel->setTagRange(0, -1);
                else
                    m_filterModel->setTagRange(
                        current.data(ProjectTreeModel::FirstTagRole).toInt(),
                        current.data(ProjectTreeModel::TagCountRole).toInt());
            });
    auto *treeDock = new QDockWidget(tr("Project"), this);
    treeDock->setObjectName(QStringLiteral("projectDock"));
    treeDock->setWidget(m_treeView);
    addDockWidget(Qt::LeftDockWidgetArea, treeDock);

    auto *problemsView = new QTableView;
    problemsView->setModel(m_problemsModel);
    problemsView->verticalHeader()->hide();
    problemsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    problemsView->horizontalHeader()->setStretchLastSection(true);
    problemsView->horizontalHeader()->setSectionResizeMode(ProblemsModel::Where,
                                                           QHeaderView::ResizeToContents);
    auto *problemsDock = new QDockWidget(tr("Problems"), this);
    problemsDock->setObjectName(QStringLiteral("problemsDock"));
    problemsDock->setWidget(problemsView);
    addDockWidget(Qt::BottomDockWidgetArea, problemsDock);
    auto *diagnosticsDock = new DiagnosticsDock(m_station, this);
    addDockWidget(Qt::BottomDockWidgetArea, diagnosticsDock);
    tabifyDockWidget(problemsDock, diagnosticsDock);
    problemsDock->raise();

    resizeDocks({treeDock}, {330}, Qt::Horizontal);
    resizeDocks({problemsDock}, {160}, Qt::Vertical);
    m_viewMenu->addAction(treeDock->toggleViewAction());
    m_viewMenu->addAction(problemsDock->toggleViewAction());
    m_viewMenu->addAction(diagnosticsDock->toggleViewAction());
}

void MainWindow::chooseProject()
{
    const QString fileName =
        QFileDialog::getOpenFileName(this, tr("Open project"), QFileInfo(m_fileName).absolutePath(),
                                     tr("Vigie projects (*.vigie.json);;All files (*)"));
    if (!fileName.isEmpty())
        openProject(fileName);
}

void MainWindow::openProject(const QString &fileName)
{
    if (m_loader.isRunning()) {
        statusBar()->showMessage(tr("Still opening %1; try again when it is open.")
                                     .arg(QFileInfo(m_loadingFile).fileName()),
                                 5000);
        return;
    }
    m_loadingFile = fileName;
    statusBar()->showMessage(tr("Opening %1…").arg(QFileInfo(fileName).fileName()));
    m_loader.setFuture(QtConcurrent::run([fileName] { return loadProject(fileName); }));
}

void MainWindow::onProjectLoaded()
{
    const ProjectLoadResult result = m_loader.result();
    const QString shortName = QFileInfo(m_loadingFile).fileName();
    m_problemsModel->setIssues(shortName, result.issues);
    if (!result.ok()) {
        int errors = 0;
        QString list;
        for (const ProjectIssue &issue : result.issues) {
            if (issue.isError() && errors++ < 10)
                list += QChar(0x2022) + QLatin1Char(' ') + issue.toString() + QLatin1Char('\n');
        }
        // Window-modal and opened, not exec()'d: no nested event loop, and acquisition, timers
        // and tests keep running while the engineer reads it.
        auto *box = new QMessageBox(
            QMessageBox::Warning, tr("Cannot open project"),
            tr("%1 has %n error(s); nothing was started.", nullptr, errors).arg(shortName),
            QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setObjectName(QStringLiteral("openErrorBox"));
        box->setInformativeText(list + tr("The Problems panel lists them all."));
        box->open();
        statusBar()->showMessage(tr("%1 was not opened: it has errors.").arg(shortName));
        Q_EMIT projectOpened(false);
        return;
    }
    m_fileName = m_loadingFile;
    m_tagModel->setStation(nullptr);
    m_screens->clear();
    m_station->setProjectFile(m_fileName);
    m_station->setProject(result.project);
    m_treeModel->setProject(result.project, *m_station->tags()->catalog());
    m_treeView->expandToDepth(1);
    m_tagModel->setStation(m_station);
    m_filterModel->setTagRange(0, -1);
    m_station->start();
    m_screens->setProject(result.project, QFileInfo(m_fileName).absolutePath());
    m_tabs->setCurrentIndex(result.project.screens.isEmpty() ? 1 : 0);
    const QString title = result.project.name.isEmpty() ? shortName : result.project.name;
    setWindowTitle(tr("%1 — Vigie").arg(title));
    statusBar()->showMessage(tr("Running %1.").arg(shortName), 5000);
    addRecentFile(m_fileName);
    updateStatus();
    Q_EMIT projectOpened(true);
}

void MainWindow::addRecentFile(const QString &fileName)
{
    QSettings settings;
    QStringList files = settings.value(QLatin1String(RecentFilesKey)).toStringList();
    const QString path = QFileInfo(fileName).absoluteFilePath();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > MaxRecentFiles)
        files.removeLast();
    settings.setValue(QLatin1String(RecentFilesKey), files);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = QSettings().value(QLatin1String(RecentFilesKey)).toStringList();
    for (const QString &file : files) {
        m_recentMenu
            ->addAction(QFileInfo(file).fileName(), this, [this, file] { openProject(file); })
            ->setToolTip(file);
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

// A count of qualities in the status bar: abnormal states are never out of sight.
void MainWindow::updateStatus()
{
    const TagTable *tags = m_station->tags();
    if (tags->size() == 0) {
        m_statusLabel->clear();
        return;
    }
    const std::array<int, 4> counts = tags->qualityCounts();
    const int total = std::accumulate(counts.cbegin(), counts.cend(), 0);
    const int bad = counts[int(Quality::Bad)];
    const int doubtful = counts[int(Quality::Uncertain)] + counts[int(Quality::Stale)];
    QString text = tr("%n tag(s): %1 Good", nullptr, total).arg(counts[int(Quality::Good)]);
    if (doubtful)
        text += tr(", %1 Uncertain or Stale").arg(doubtful);
    if (bad)
        text += tr(", <b>%1 Bad</b>").arg(bad);
    // A link that is not up is named, in the operator's face, until it is back; the tooltip
    // says why.
    QStringList reasons;
    if (m_station->isRunning()) {
        for (const LinkStatistics &link : m_station->statistics().links) {
            if (link.state == QLatin1String("Up") || link.state == QLatin1String("Connecting"))
                continue;
            text += QLatin1String(" &nbsp; <b style=\"color:%1\">").arg(IsaPalette::alarm().name())
                + tr("link %1: %2").arg(link.name.toHtmlEscaped(), link.state)
                + QLatin1String("</b>");
            reasons << tr("%1: %2").arg(link.name, link.stateReason);
        }
    }
    m_statusLabel->setText(text);
    m_statusLabel->setToolTip(reasons.join(QLatin1Char('\n')));
}

WriteDialog *MainWindow::openWriteDialog(TagId tag)
{
    return WriteDialog::openFor(
        m_station, tag, WriteOrigin::Operator, this,
        [this](const QString &text) { statusBar()->showMessage(text, 10000); });
}

void MainWindow::showColumnMenu(const QPoint &position)
{
    // popup(), not exec(): no nested event loop on the GUI thread.
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    QHeaderView *header = m_tagView->horizontalHeader();
    for (int column = 0; column < TagTableModel::ColumnCount; ++column) {
        QAction *action = menu->addAction(
            m_tagModel->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
        action->setCheckable(true);
        action->setChecked(!m_tagView->isColumnHidden(column));
        action->setEnabled(column != TagTableModel::Name);
        connect(action, &QAction::toggled, this, [this, column](bool shown) {
            m_tagView->setColumnHidden(column, !shown);
            QVariantList hidden;
            for (int c = 0; c < TagTableModel::ColumnCount; ++c) {
                if (m_tagView->isColumnHidden(c))
                    hidden << c;
            }
            QSettings().setValue(QLatin1String(HiddenColumnsKey), hidden);
        });
    }
    menu->popup(header->mapToGlobal(position));
}

void MainWindow::askForCredentials(const QString &reference, const QString &why)
{
    if (m_askedSecrets.contains(reference))
        return;
    m_askedSecrets.insert(reference);
    auto *dialog = new CredentialsDialog(reference, m_station->mqtt()->status().broker, why, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { m_station->mqtt()->setCredentials(dialog->credentials()); });
    dialog->open();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Vigie"),
                       tr("<h3>Vigie %1</h3><p>An open-source SCADA HMI: polls devices, shows live "
                          "values, keeps history and alarms.</p>")
                           .arg(QStringLiteral(VIGIE_VERSION)));
}

} // namespace Vigie
