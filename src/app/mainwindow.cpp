#include "mainwindow.h"

#include "mqtt/credentialsdialog.h"
#include "mqtt/mqttservice.h"
#include "mqtt/mqttstatuslabel.h"

#include "screens/screenpanel.h"

#include "autosavefile.h"
#include "diagnosticsdock.h"
#include "documenttreemodel.h"
#include "editactions.h"
#include "editor/bulkeditdialog.h"
#include "editor/importdialog.h"
#include "editor/issuecountlabel.h"
#include "editor/issuesdock.h"
#include "editor/nodedialogs.h"
#include "editor/preferencesdialog.h"
#include "editor/replandialog.h"
#include "editorquestions.h"
#include "exchange/exchangefiles.h"
#include "isapalette.h"
#include "problemsmodel.h"
#include "projectcheck.h"
#include "projecteditor.h"
#include "station.h"
#include "tagfiltermodel.h"
#include "tagtablemodel.h"
#include "variablefield.h"
#include "writedialog.h"

#include "document/projectdocument.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
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
#include <QToolBar>
#include <QTreeView>
#include <QUndoStack>
#include <QUndoView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <numeric>
#include <utility>

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
    , m_document(new ProjectDocument(this))
    , m_undoStack(new QUndoStack(this))
    , m_editor(new ProjectEditor(m_document, m_undoStack, this))
    , m_treeModel(new DocumentTreeModel(m_editor, this))
    , m_autosave(new AutosaveFile(m_document, this))
    , m_tagRefresh(new QTimer(this))
    , m_questions(messageBoxQuestions(this))
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
    m_filterEdit->setObjectName(QStringLiteral("tagFilterEdit"));
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
    createEditing();
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
    // The document and its editor go before the widgets that watch them (children die in the
    // order they were made): nothing may reach them on the way out.
    delete m_editActions;
    m_treeView->setModel(nullptr);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    // A clean close: nothing is left to recover.
    m_autosave->discard();
    QMainWindow::closeEvent(event);
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newAction = file->addAction(tr("&New"), this, &MainWindow::newProject);
    newAction->setShortcut(QKeySequence::New);
    QAction *open = file->addAction(tr("&Open…"), this, &MainWindow::chooseProject);
    open->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    updateRecentMenu();
    file->addSeparator();
    QAction *saveAction = file->addAction(tr("&Save"), this, [this] { save(); });
    saveAction->setShortcut(QKeySequence::Save);
    QAction *saveAsAction = file->addAction(tr("Save &As…"), this, [this] { saveAs(); });
    saveAsAction->setShortcut(QKeySequence::SaveAs);
    QAction *revertAction = file->addAction(tr("Re&vert"), this, &MainWindow::revert);
    revertAction->setEnabled(false);
    connect(m_document, &ProjectDocument::modifiedChanged, revertAction,
            [this, revertAction](bool modified) {
                revertAction->setEnabled(modified && !m_document->fileName().isEmpty());
            });
    file->addSeparator();
    file->addAction(tr("&Import…"), this, [this] { importSpreadsheet(); })
        ->setObjectName(QStringLiteral("importAction"));
    file->addAction(tr("&Export…"), this, [this] { exportSpreadsheet(); })
        ->setObjectName(QStringLiteral("exportAction"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    m_editMenu = menuBar()->addMenu(tr("&Edit"));
    m_preferencesAction = new QAction(tr("&Preferences…"), this);
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    connect(m_preferencesAction, &QAction::triggered, this, &MainWindow::showPreferences);
    QAction *undo = m_undoStack->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undoStack->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    m_editMenu->addAction(undo);
    m_editMenu->addAction(redo);
    m_editMenu->addSeparator();

    m_viewMenu = menuBar()->addMenu(tr("&View"));

    QMenu *project = menuBar()->addMenu(tr("&Project"));
    QAction *apply = project->addAction(tr("&Apply"), this, &MainWindow::applyProject);
    apply->setShortcuts({QKeySequence(Qt::Key_F5), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A)});
    apply->setToolTip(tr("Put the edited project on the station (F5)"));
    project->addAction(tr("&Start"), this, &MainWindow::startProject);
    project->addAction(tr("S&top"), this, &MainWindow::stopProject);

    QToolBar *tools = addToolBar(tr("Editing"));
    tools->setObjectName(QStringLiteral("editingToolBar"));
    tools->addAction(saveAction);
    tools->addAction(undo);
    tools->addAction(redo);
    tools->addSeparator();
    tools->addAction(apply);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Vigie"), this, &MainWindow::showAbout);
}

void MainWindow::createDocks()
{
    m_treeView = new QTreeView;
    m_treeView->setModel(m_treeModel);
    m_treeView->setUniformRowHeights(true);
    m_treeView->header()->setSectionResizeMode(DocumentTreeModel::Name,
                                               QHeaderView::ResizeToContents);
    m_treeView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_treeView->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Variables are dragged onto a frame, or between its rows; the model makes it a command.
    m_treeView->setDragDropMode(QAbstractItemView::InternalMove);
    m_treeView->setDefaultDropAction(Qt::MoveAction);
    m_treeView->setDropIndicatorShown(true);
    connect(m_treeView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::filterTagsByTreeNode);
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
    // The edited project's issues, live; Problems keeps what opening a file found.
    m_issuesDock = new IssuesDock(m_document, this);
    addDockWidget(Qt::BottomDockWidgetArea, m_issuesDock);
    tabifyDockWidget(problemsDock, m_issuesDock);
    m_issuesDock->raise();
    connect(m_issuesDock, &IssuesDock::activated, this,
            [this](const NodePath &node, const QString &field) {
                if (node.isProject())
                    return;
                m_editActions->select({node});
                editNodeAt(node, field);
            });

    resizeDocks({treeDock}, {330}, Qt::Horizontal);
    resizeDocks({problemsDock}, {160}, Qt::Vertical);
    m_viewMenu->addAction(treeDock->toggleViewAction());
    m_viewMenu->addAction(problemsDock->toggleViewAction());
    m_viewMenu->addAction(m_issuesDock->toggleViewAction());
    m_viewMenu->addAction(diagnosticsDock->toggleViewAction());

    auto *historyDock = new QDockWidget(tr("History"), this);
    historyDock->setObjectName(QStringLiteral("historyDock"));
    auto *history = new QUndoView(m_undoStack);
    history->setEmptyLabel(tr("<opened>"));
    historyDock->setWidget(history);
    addDockWidget(Qt::LeftDockWidgetArea, historyDock);
    historyDock->hide();
    m_viewMenu->addAction(historyDock->toggleViewAction());
}

void MainWindow::createEditing()
{
    m_editActions = new EditActions(m_editor, m_treeView, m_treeModel, this);
    m_editActions->addTo(m_editMenu);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_preferencesAction);
    connect(m_editActions, &EditActions::refused, this,
            [this](const QString &reason) { statusBar()->showMessage(reason, 8000); });
    connect(m_editActions, &EditActions::editRequested, this, &MainWindow::editSelected);
    connect(m_editActions, &EditActions::replanRequested, this, &MainWindow::replanRequested);
    connect(this, &MainWindow::editRequested, this, [this](const NodePath &p) { editNodeAt(p); });
    connect(this, &MainWindow::replanRequested, this, &MainWindow::replanFrames);
    connect(m_editActions, &EditActions::bulkEditRequested, this, &MainWindow::bulkEditVariables);
    auto *issueCount = new IssueCountLabel(m_document, this);
    statusBar()->addPermanentWidget(issueCount);
    connect(issueCount, &IssueCountLabel::clicked, m_issuesDock, &IssuesDock::showAndRaise);
    connect(m_treeModel, &DocumentTreeModel::editRefused, this,
            [this](const QString &reason) { statusBar()->showMessage(reason, 8000); });
    connect(m_tagModel, &TagTableModel::editRefused, this,
            [this](const QString &reason) { statusBar()->showMessage(reason, 8000); });
    m_tagModel->setEditor(m_editor);
    m_editor->setUsagesQuestion(
        [this](const QString &oldName, const QString &newName, const QStringList &usages) {
            return m_questions.updateUsages(oldName, newName, usages);
        });

    connect(m_document, &ProjectDocument::modifiedChanged, this, &MainWindow::setWindowModified);
    connect(m_document, &ProjectDocument::fileNameChanged, this, &MainWindow::updateTitle);
    connect(m_document, &ProjectDocument::projectReset, this, &MainWindow::updateTitle);
    connect(m_document, &ProjectDocument::nodeChanged, this, [this](const NodePath &path) {
        if (path.isProject())
            updateTitle();
    });
    connect(m_document, &ProjectDocument::issuesChanged, this, [this] {
        const QString name = QFileInfo(m_document->fileName()).fileName();
        m_problemsModel->setIssues(name.isEmpty() ? tr("New project") : name, m_document->issues());
    });

    // While nothing runs the tag table follows the document, once per burst of edits.
    m_tagRefresh->setSingleShot(true);
    m_tagRefresh->setInterval(0);
    connect(m_tagRefresh, &QTimer::timeout, this, &MainWindow::refreshStoppedTags);
    for (auto signal : {&ProjectDocument::nodeInserted, &ProjectDocument::nodeRemoved,
                        &ProjectDocument::nodeChanged})
        connect(m_document, signal, this, &MainWindow::scheduleTagRefresh);
    connect(m_document, &ProjectDocument::nodeMoved, this, &MainWindow::scheduleTagRefresh);
}

void MainWindow::chooseProject()
{
    const QString fileName = QFileDialog::getOpenFileName(
        this, tr("Open project"), QFileInfo(m_document->fileName()).absolutePath(),
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
    if (!m_reverting && !maybeSave())
        return;
    m_loadingFile = fileName;
    statusBar()->showMessage(tr("Opening %1…").arg(QFileInfo(fileName).fileName()));
    const bool reverting = m_reverting;
    m_loader.setFuture(QtConcurrent::run([fileName, reverting] {
        OpenedProject opened;
        opened.file = loadProject(fileName);
        // A revert drops the unsaved changes: their autosave is not offered.
        if (!reverting)
            opened.autosave = AutosaveFile::recoveryFor(fileName);
        if (!opened.autosave.isEmpty())
            opened.recovered = ProjectFile::load(opened.autosave);
        return opened;
    }));
}

void MainWindow::onProjectLoaded()
{
    const OpenedProject opened = m_loader.result();
    const bool reverting = std::exchange(m_reverting, false);
    const ProjectLoadResult &result = opened.file;
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
    const QString fileName = m_loadingFile;
    m_tagRefresh->stop();
    m_tagModel->setStation(nullptr);
    m_screens->clear();
    m_document->reset(result.project, fileName, result.issues);
    m_treeView->expandToDepth(1);
    m_station->setProjectFile(fileName);
    m_station->setProject(result.project);
    m_tagModel->setStation(m_station);
    m_filterModel->setTagNames(std::nullopt);
    m_station->start();
    m_screens->setProject(result.project, QFileInfo(fileName).absolutePath());
    m_tabs->setCurrentIndex(result.project.screens.isEmpty() ? 1 : 0);
    statusBar()->showMessage(tr("Running %1.").arg(shortName), 5000);
    addRecentFile(fileName);
    // What a crash left unsaved comes back as one undo step over the file, to be applied and
    // saved (or undone) like any edit.
    if (!reverting && !opened.autosave.isEmpty() && opened.recovered.ok()
        && opened.recovered.project != result.project
        && m_questions.recoverAutosave(opened.autosave)) {
        m_editor->replaceProject(opened.recovered.project, tr("Recover unsaved changes"));
        m_autosave->saveNow();
        statusBar()->showMessage(
            tr("Recovered the unsaved changes of %1; Apply (F5) runs them.").arg(shortName));
    }
    updateStatus();
    Q_EMIT projectOpened(true);
}

bool MainWindow::maybeSave()
{
    if (!m_document->isModified())
        return true;
    const QString name = m_document->fileName().isEmpty()
        ? tr("The new project")
        : QFileInfo(m_document->fileName()).fileName();
    switch (m_questions.unsavedChanges(name)) {
    case UnsavedAnswer::Save: return save();
    case UnsavedAnswer::Discard: m_autosave->discard(); return true;
    case UnsavedAnswer::Cancel: return false;
    }
    return false;
}

void MainWindow::newProject()
{
    if (m_loader.isRunning() || !maybeSave())
        return;
    m_tagRefresh->stop();
    m_tagModel->setStation(nullptr);
    m_screens->clear();
    m_station->stop();
    Project project;
    project.name = tr("New project");
    m_document->reset(project);
    m_station->setProjectFile({});
    refreshStoppedTags();
    m_filterModel->setTagNames(std::nullopt);
    m_tabs->setCurrentIndex(1);
    statusBar()->showMessage(tr("A new project: add a connection (Edit menu) to begin."), 8000);
}

bool MainWindow::save()
{
    if (m_document->fileName().isEmpty())
        return saveAs();
    QString error;
    if (!m_document->save(&error)) {
        QMessageBox::warning(this, tr("Not saved"), error);
        return false;
    }
    statusBar()->showMessage(tr("Saved %1.").arg(QFileInfo(m_document->fileName()).fileName()),
                             5000);
    return true;
}

bool MainWindow::saveAs(const QString &fileName)
{
    QString target = fileName;
    if (target.isEmpty()) {
        const QString proposed = m_document->fileName().isEmpty()
            ? QFileInfo(QDir::home(), m_document->project().name + QLatin1String(".vigie.json"))
                  .filePath()
            : m_document->fileName();
        target = m_questions.saveFileName(proposed);
        if (target.isEmpty())
            return false;
    }
    QString error;
    if (!m_document->saveAs(target, &error)) {
        QMessageBox::warning(this, tr("Not saved"), error);
        return false;
    }
    m_station->setProjectFile(target);
    addRecentFile(target);
    statusBar()->showMessage(tr("Saved %1.").arg(QFileInfo(target).fileName()), 5000);
    return true;
}

void MainWindow::revert()
{
    if (!m_document->isModified() || m_document->fileName().isEmpty() || m_loader.isRunning()
        || !m_questions.revert())
        return;
    m_autosave->discard();
    m_reverting = true;
    openProject(m_document->fileName());
}

bool MainWindow::checkBeforeRunning()
{
    const ProjectIssues &issues = m_document->validateNow();
    if (!hasErrors(issues))
        return true;
    const auto errors = std::count_if(issues.cbegin(), issues.cend(),
                                      [](const ProjectIssue &i) { return i.isError(); });
    const QString message =
        tr("Not applied: the project has %n error(s); the Problems panel lists them.", nullptr,
           int(errors));
    statusBar()->showMessage(message, 10000);
    Q_EMIT projectApplied(false, message);
    return false;
}

void MainWindow::applyProject()
{
    if (!checkBeforeRunning())
        return;
    const Project project = m_document->project();
    m_tagRefresh->stop();
    m_tagModel->setStation(nullptr);
    m_screens->clear();
    m_station->setProjectFile(m_document->fileName());
    // Validated just now (the document keeps its issues current), so the station's own check
    // finds nothing more; values and setpoints carry over by tag name.
    const ProjectIssues refused = m_station->apply(project);
    m_tagModel->setStation(m_station);
    if (hasErrors(refused)) {
        Q_EMIT projectApplied(false, tr("Not applied: the station refused the project."));
        return;
    }
    if (m_station->isRunning())
        m_screens->setProject(project, QFileInfo(m_document->fileName()).absolutePath());
    filterTagsByTreeNode(m_treeView->selectionModel()->currentIndex());
    const QString message = m_station->isRunning()
        ? tr("Applied: the station runs the edited project.")
        : tr("Applied.");
    statusBar()->showMessage(message, 5000);
    Q_EMIT projectApplied(true, message);
}

void MainWindow::startProject()
{
    if (m_station->isRunning()) {
        applyProject();
        return;
    }
    if (!checkBeforeRunning())
        return;
    m_tagRefresh->stop();
    m_tagModel->setStation(nullptr);
    m_station->setProjectFile(m_document->fileName());
    m_station->setProject(m_document->project());
    m_tagModel->setStation(m_station);
    m_station->start();
    m_screens->setProject(m_document->project(), QFileInfo(m_document->fileName()).absolutePath());
    statusBar()->showMessage(tr("Running."), 5000);
    Q_EMIT projectApplied(true, tr("Running."));
}

void MainWindow::stopProject()
{
    m_station->stop();
    m_screens->clear();
    refreshStoppedTags();
    statusBar()->showMessage(tr("Stopped: the tag table edits the project."), 5000);
}

void MainWindow::scheduleTagRefresh()
{
    if (!m_station->isRunning())
        m_tagRefresh->start();
}

void MainWindow::refreshStoppedTags()
{
    if (m_station->isRunning())
        return;
    m_tagModel->setStation(nullptr);
    m_station->setProject(m_document->project());
    m_tagModel->setStation(m_station);
    filterTagsByTreeNode(m_treeView->selectionModel()->currentIndex());
}

void MainWindow::filterTagsByTreeNode(const QModelIndex &current)
{
    const NodePath path = m_treeModel->pathOf(current);
    if (!current.isValid() || !m_document->contains(path)) {
        m_filterModel->setTagNames(std::nullopt);
        return;
    }
    // By name, from the document: the station may run an older version of the tree.
    QSet<QString> names;
    const Project &project = m_document->project();
    for (const VariablePath &v : project.variablePaths()) {
        if (path.contains(v))
            names.insert(project.variable(v).name);
    }
    m_filterModel->setTagNames(names);
}

void MainWindow::updateTitle()
{
    const QString fileName = QFileInfo(m_document->fileName()).fileName();
    QString name = m_document->project().name;
    if (name.isEmpty())
        name = fileName.isEmpty() ? tr("New project") : fileName;
    setWindowTitle(tr("%1[*] — Vigie").arg(name));
    setWindowModified(m_document->isModified());
}

void MainWindow::editSelected()
{
    const NodePath path = m_editActions->currentPath();
    if (!path.isProject())
        Q_EMIT editRequested(path);
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

ImportDialog *MainWindow::importSpreadsheet(const QString &fileName)
{
    Q_EMIT importRequested();
    const QString file = fileName.isEmpty() ? m_questions.importFileName() : fileName;
    if (file.isEmpty())
        return nullptr;
    auto *dialog = new ImportDialog(m_document->project(), file, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, file] {
        QString error;
        const QString text = tr("Import %1").arg(QFileInfo(file).fileName());
        if (!m_editor->apply(dialog->report().changes, text, &error)) {
            statusBar()->showMessage(tr("The import was not applied: %1").arg(error), 10000);
            return;
        }
        const ImportReport &r = dialog->report();
        statusBar()->showMessage(
            tr("Imported %1: %n variable(s), %2 frame(s) planned", nullptr, r.variablesAdded)
                .arg(QFileInfo(file).fileName())
                .arg(r.framesPlanned),
            10000);
    });
    dialog->show();
    return dialog;
}

void MainWindow::exportSpreadsheet(const QString &fileName)
{
    Q_EMIT exportRequested();
    QString file = fileName;
    if (file.isEmpty()) {
        const QFileInfo project(m_document->fileName());
        QString proposed = project.completeBaseName();
        if (proposed.endsWith(QLatin1String(".vigie")))
            proposed.chop(6);
        file = m_questions.exportFileName(project.dir().filePath(
            (proposed.isEmpty() ? tr("project") : proposed) + QStringLiteral(".xlsx")));
    }
    if (file.isEmpty())
        return;
    // Writing a workbook of thousands of rows takes a moment: off the GUI thread, on a copy.
    const Project project = m_document->project();
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, file] {
        const QString error = watcher->result();
        watcher->deleteLater();
        const QString message = error.isEmpty()
            ? tr("Exported to %1").arg(QDir::toNativeSeparators(file))
            : tr("The export failed: %1").arg(error);
        statusBar()->showMessage(message, 10000);
        Q_EMIT exported(error.isEmpty(), message);
    });
    watcher->setFuture(QtConcurrent::run([project, file] {
        QString error;
        return writeSpreadsheet(project, file, &error) ? QString() : error;
    }));
}

NodeDialog *MainWindow::editNodeAt(const NodePath &path, const QString &field)
{
    const std::optional<ProjectNode> node = m_document->node(path);
    if (path.isProject() || !node)
        return nullptr;
    NodeDialog *dialog = createNodeDialog(path.kind(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setNode(m_document->project(), path, *node);
    if (!field.isEmpty())
        dialog->focusField(field);
    connect(dialog, &QDialog::accepted, this, [this, dialog, path] {
        // The node may have moved or gone while the dialog was open (undo, a drag).
        const std::optional<ProjectNode> before = m_document->node(path);
        if (!before || before->index() != dialog->node().index()) {
            statusBar()->showMessage(tr("The node changed while its dialog was open: the edit "
                                        "was not applied"),
                                     10000);
            return;
        }
        QString error;
        if (!m_editor->editNode(path, dialog->node(), &error) && !error.isEmpty())
            statusBar()->showMessage(tr("The edit was not applied: %1").arg(error), 10000);
    });
    dialog->show();
    return dialog;
}

ReplanDialog *MainWindow::replanFrames(const NodePath &device)
{
    const Device *d = m_document->device(device);
    if (!d)
        return nullptr;
    auto *dialog = new ReplanDialog(*d, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, device] {
        QString error;
        if (!m_editor->replanDevice(device, dialog->options(), &error))
            statusBar()->showMessage(tr("The frames were not re-planned: %1").arg(error), 10000);
    });
    dialog->show();
    return dialog;
}

BulkEditDialog *MainWindow::bulkEditVariables(const QList<NodePath> &variables)
{
    if (variables.isEmpty())
        return nullptr;
    auto *dialog = new BulkEditDialog(m_document->project(), variables, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setApply([this, variables](const BulkEdit &edit) {
        QString error;
        const std::optional<VariableField> field = VariableFields::fieldNamed(edit.fieldKey);
        if (!field || !m_editor->setVariableField(variables, *field, edit.value, &error))
            statusBar()->showMessage(tr("The edit was not applied: %1").arg(error), 10000);
    });
    dialog->show();
    return dialog;
}

void MainWindow::showPreferences()
{
    auto *dialog = new PreferencesDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        // The number format applies at once: the tag table formats anew.
        m_tagView->viewport()->update();
        statusBar()->showMessage(tr("Preferences saved; a new language applies at the next "
                                    "start"),
                                 8000);
    });
    dialog->show();
}

} // namespace Vigie
