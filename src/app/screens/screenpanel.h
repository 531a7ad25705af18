#pragma once

#include "model/project.h"
#include "tags/tagcatalog.h"

#include "screens/screensession.h"

#include <QPointer>
#include <QStringList>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QStandardItemModel;

namespace Vigie {

class ScreenView;
class Station;

// The operator's screens: a toolbar (back, forward, up to the parent screen, the screen list
// as a tree, fit) over a ScreenView. Clicking an element runs its action: open a screen, write
// a value (the write dialog, origin "screen"), toggle a boolean after a confirmation, or show a
// tag's faceplate. Dialogs are opened, never exec()'d: values keep coming meanwhile.
class ScreenPanel : public QWidget
{
    Q_OBJECT
public:
    ScreenPanel(Station *station, QWidget *parent = nullptr);
    ~ScreenPanel() override;

    // The station's project (screens and tags must be those the station runs) and the folder
    // its screen files are relative to. Opens the first screen.
    void setProject(const Project &project, const QString &projectDir);
    void clear();

    // Opens a screen by name (recorded in the history unless going back or forward); false,
    // with a message, if there is no such screen or its file cannot be shown.
    bool openScreen(const QString &name);
    [[nodiscard]] QString currentScreen() const { return m_current; }
    [[nodiscard]] ScreenView *view() const { return m_view; }
    [[nodiscard]] ScreenSession *session() const { return m_session; }
    // Runs the action of an element of the current screen, as a click does.
    void runAction(int element);

    void back();
    void forward();
    void up();

Q_SIGNALS:
    void screenOpened(const QString &name);
    // A line for the status bar.
    void message(const QString &text);

private:
    void show(const QString &name);
    void updateActions();
    void rebuildList();
    void toggle(TagId tag);
    void openWrite(TagId tag);
    void openFaceplate(TagId tag);

    Station *m_station;
    Project m_project;
    QString m_projectDir;
    ScreenView *m_view;
    QPointer<ScreenSession> m_session;
    QLabel *m_error;
    QComboBox *m_list;
    QStandardItemModel *m_listModel;
    QAction *m_back;
    QAction *m_forward;
    QAction *m_up;
    QStringList m_history;
    int m_position = -1;
    QString m_current;
};

} // namespace Vigie
