#include "screenpanel.h"

#include "faceplatedialog.h"
#include "screens/screensession.h"
#include "screenview.h"
#include "station.h"
#include "writedialog.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QMessageBox>
#include <QSet>
#include <QStandardItemModel>
#include <QStyle>
#include <QToolBar>
#include <QVBoxLayout>

namespace Vigie {

ScreenPanel::ScreenPanel(Station *station, QWidget *parent)
    : QWidget(parent)
    , m_station(station)
    , m_view(new ScreenView(this))
    , m_error(new QLabel(this))
    , m_list(new QComboBox(this))
    , m_listModel(new QStandardItemModel(this))
{
    auto *bar = new QToolBar(this);
    bar->setIconSize(QSize(16, 16));
    m_back = bar->addAction(style()->standardIcon(QStyle::SP_ArrowBack), tr("Back"), this,
                            &ScreenPanel::back);
    m_back->setShortcut(QKeySequence::Back);
    m_forward = bar->addAction(style()->standardIcon(QStyle::SP_ArrowForward), tr("Forward"), this,
                               &ScreenPanel::forward);
    m_forward->setShortcut(QKeySequence::Forward);
    m_up =
        bar->addAction(style()->standardIcon(QStyle::SP_ArrowUp), tr("Up"), this, &ScreenPanel::up);
    m_up->setToolTip(tr("The parent screen"));
    m_list->setModel(m_listModel);
    m_list->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_list->setToolTip(tr("Screens"));
    bar->addWidget(m_list);
    bar->addAction(tr("Fit"), m_view, &ScreenView::fit)->setToolTip(tr("Fit the drawing (0)"));
    connect(m_list, &QComboBox::activated, this, [this](int row) {
        const QString name = m_listModel->item(row)->data(Qt::UserRole).toString();
        if (name != m_current)
            openScreen(name);
    });

    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setAlignment(Qt::AlignCenter);
    m_error->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(bar);
    layout->addWidget(m_error);
    layout->addWidget(m_view, 1);
    connect(m_view, &ScreenView::actionTriggered, this, &ScreenPanel::runAction);
    updateActions();
}

ScreenPanel::~ScreenPanel() = default;

void ScreenPanel::setProject(const Project &project, const QString &projectDir)
{
    clear();
    m_project = project;
    m_projectDir = projectDir;
    rebuildList();
    if (!m_project.screens.isEmpty())
        openScreen(m_project.screens.constFirst().name);
}

void ScreenPanel::clear()
{
    m_view->setSession(nullptr);
    delete m_session;
    m_history.clear();
    m_position = -1;
    m_current.clear();
    m_project = {};
    m_listModel->clear();
    m_error->hide();
    updateActions();
}

// The list shows the screen tree: children under their parent, indented.
void ScreenPanel::rebuildList()
{
    m_listModel->clear();
    QSet<QString> listed;
    std::function<void(const QString &, int)> add = [&](const QString &parent, int depth) {
        for (const Screen &s : std::as_const(m_project.screens)) {
            if (s.parent != parent || listed.contains(s.name))
                continue;
            listed.insert(s.name);
            auto *item = new QStandardItem(QString(depth * 4, QLatin1Char(' ')) + s.name);
            item->setData(s.name, Qt::UserRole);
            item->setToolTip(s.description);
            m_listModel->appendRow(item);
            add(s.name, depth + 1);
        }
    };
    add(QString(), 0);
    // Screens whose parent is missing (a project with errors) still get a row.
    for (const Screen &s : std::as_const(m_project.screens)) {
        if (listed.contains(s.name))
            continue;
        listed.insert(s.name);
        auto *item = new QStandardItem(s.name);
        item->setData(s.name, Qt::UserRole);
        m_listModel->appendRow(item);
    }
}

bool ScreenPanel::openScreen(const QString &name)
{
    if (!m_project.screen(name)) {
        Q_EMIT message(tr("There is no screen named %1.").arg(name));
        return false;
    }
    // A new place: what was forward of here is dropped, as in a browser.
    m_history = m_history.mid(0, m_position + 1);
    m_history.append(name);
    m_position = int(m_history.size()) - 1;
    show(name);
    return m_session && m_session->isValid();
}

void ScreenPanel::show(const QString &name)
{
    const Screen *screen = m_project.screen(name);
    m_view->setSession(nullptr);
    delete m_session;
    m_current = name;
    auto *session = new ScreenSession(*screen, m_projectDir, m_station->tags(), this);
    m_session = session;
    if (!session->isValid()) {
        m_error->setText(tr("The screen %1 cannot be shown: %2").arg(name, session->errorString()));
        m_error->show();
        Q_EMIT message(m_error->text());
    } else {
        m_error->setVisible(!session->bindings().errors().isEmpty());
        m_error->setText(tr("Some bindings of %1 are left out:\n%2")
                             .arg(name, session->bindings().errors().join(QLatin1Char('\n'))));
    }
    m_view->setSession(session);
    for (int row = 0; row < m_listModel->rowCount(); ++row) {
        if (m_listModel->item(row)->data(Qt::UserRole).toString() == name)
            m_list->setCurrentIndex(row);
    }
    updateActions();
    Q_EMIT screenOpened(name);
}

void ScreenPanel::back()
{
    if (m_position <= 0)
        return;
    show(m_history[--m_position]);
}

void ScreenPanel::forward()
{
    if (m_position + 1 >= m_history.size())
        return;
    show(m_history[++m_position]);
}

void ScreenPanel::up()
{
    const Screen *screen = m_project.screen(m_current);
    if (screen && !screen->parent.isEmpty())
        openScreen(screen->parent);
}

void ScreenPanel::updateActions()
{
    m_back->setEnabled(m_position > 0);
    m_forward->setEnabled(m_position + 1 < m_history.size());
    const Screen *screen = m_project.screen(m_current);
    m_up->setEnabled(screen && !screen->parent.isEmpty());
}

void ScreenPanel::runAction(int element)
{
    if (!m_session)
        return;
    const ScreenAction *found = m_session->actionOf(element);
    if (!found)
        return;
    // A copy: opening a screen deletes the session that holds the action and its target.
    const ScreenAction action = *found;
    if (action.kind == ScreenActionKind::OpenScreen) {
        openScreen(action.target);
        return;
    }
    const TagId tag = m_station->tags()->idOf(action.target);
    if (tag < 0) {
        Q_EMIT message(tr("There is no tag named %1.").arg(action.target));
        return;
    }
    switch (action.kind) {
    case ScreenActionKind::Write: openWrite(tag); break;
    case ScreenActionKind::Toggle: toggle(tag); break;
    case ScreenActionKind::Faceplate: openFaceplate(tag); break;
    case ScreenActionKind::OpenScreen: break;
    }
}

void ScreenPanel::openWrite(TagId tag)
{
    WriteDialog::openFor(m_station, tag, WriteOrigin::Screen, this,
                         [this](const QString &text) { Q_EMIT message(text); });
}

void ScreenPanel::toggle(TagId tag)
{
    if (const QString why = WriteDialog::refusal(m_station, tag); !why.isEmpty()) {
        Q_EMIT message(why);
        return;
    }
    const TagInfo info = m_station->tags()->info(tag);
    const TagValue now = m_station->tags()->value(tag);
    // From what is read, or from what was last written when nothing trustworthy is read.
    const QVariant current = now.isGood() ? now.value : m_station->setpoint(tag);
    const bool next = !(current.isValid() && current.toBool());
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("Switch %1").arg(info.name),
        tr("Switch %1 from %2 to %3?")
            .arg(info.name, current.isValid() ? displayText(info, current) : tr("unknown"),
                 displayText(info, next)),
        QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("toggleConfirmation"));
    connect(box, &QMessageBox::finished, this, [this, tag, next, info](int result) {
        if (result != QMessageBox::Yes)
            return;
        m_station->write(tag, next, WriteOrigin::Screen);
        Q_EMIT message(tr("%1: %2 sent.").arg(info.name, displayText(info, next)));
    });
    box->open();
}

void ScreenPanel::openFaceplate(TagId tag)
{
    auto *dialog = new FaceplateDialog(m_station, tag, this);
    connect(dialog, &FaceplateDialog::writeRequested, this, &ScreenPanel::openWrite);
    dialog->show();
}

} // namespace Vigie
