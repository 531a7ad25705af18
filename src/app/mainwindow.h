#pragma once

#include "model/projectfile.h"
#include "tags/tagcatalog.h"

#include <QFutureWatcher>
#include <QMainWindow>
#include <QSet>

class QLabel;
class QLineEdit;
class QMenu;
class QTableView;
class QTabWidget;
class QTreeView;

namespace Vigie {

class MqttStatusLabel;
class ProblemsModel;
class ScreenPanel;
class ProjectTreeModel;
class Station;
class TagFilterModel;
class TagTableModel;
class WriteDialog;

// The Vigie window: the project's screens and the live tag table as tabs in the centre (the
// screens first when the project has some), the project tree in a dock, the
// project's problems in a dock below, with the links' diagnostics in a tab beside them. Projects
// are read on a worker thread; values arrive through the station's tag table in coalesced batches,
// so the window never waits on I/O.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Asynchronous: projectOpened() tells how it went.
    void openProject(const QString &fileName);
    // The write dialog for a tag (opened, not exec()'d); null, with a word in the status bar,
    // if the tag is read-only or nothing runs.
    WriteDialog *openWriteDialog(TagId tag);

    [[nodiscard]] TagTableModel *tagModel() const { return m_tagModel; }
    [[nodiscard]] QTableView *tagView() const { return m_tagView; }
    [[nodiscard]] ProblemsModel *problemsModel() const { return m_problemsModel; }
    [[nodiscard]] Station *station() const { return m_station; }
    [[nodiscard]] ScreenPanel *screenPanel() const { return m_screens; }

Q_SIGNALS:
    void projectOpened(bool ok);

private:
    void createActions();
    void createDocks();
    void onProjectLoaded();
    void chooseProject();
    void addRecentFile(const QString &fileName);
    void updateRecentMenu();
    void updateStatus();
    void showAbout();
    void showColumnMenu(const QPoint &position);
    void askForCredentials(const QString &reference, const QString &why);

    Station *m_station;
    TagTableModel *m_tagModel;
    TagFilterModel *m_filterModel;
    ProjectTreeModel *m_treeModel;
    ProblemsModel *m_problemsModel;
    QTableView *m_tagView;
    QTreeView *m_treeView = nullptr;
    QLineEdit *m_filterEdit;
    QTabWidget *m_tabs;
    ScreenPanel *m_screens;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QLabel *m_statusLabel;
    MqttStatusLabel *m_mqttLabel;
    QSet<QString> m_askedSecrets; // asked once per session, not at every reconnection
    QFutureWatcher<ProjectLoadResult> m_loader;
    QString m_loadingFile;
    QString m_fileName;
};

} // namespace Vigie
