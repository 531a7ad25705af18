#include "screensession.h"

#include "tags/tagsubscription.h"
#include "tags/tagtable.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>

namespace Vigie {

namespace {

// How often formulas that read the clock are re-evaluated: BLINK's half-periods are
// hundreds of ms, NOW() is shown to the second.
constexpr int ClockIntervalMs = 250;

} // namespace

ScreenSession::ScreenSession(const Screen &screen, const QString &projectDir, TagTable *tags,
                             QObject *parent)
    : QObject(parent)
    , m_screen(screen)
    , m_filePath(QDir(projectDir).absoluteFilePath(screen.file))
    , m_tags(tags)
{
    // Read and parsed here, on the thread that opens the screen (the GUI's), on purpose: the
    // file is a local drawing in the project's folder, read once per opening, and parsing it
    // (bench_svgdocument) costs less than the QtSvg load and first paint that must follow on
    // this thread anyway. A drawing on a slow network share would want a worker.
    m_document = SvgDocument::load(m_filePath, &m_error);
    if (!m_document.isValid())
        return;
    m_bindings = std::make_unique<ScreenBindingSet>(m_screen, m_document, m_tags->catalog());
    for (int i = 0; i < m_screen.actions.size(); ++i) {
        const int element = m_document.elementById(m_screen.actions[i].element);
        if (element >= 0 && !m_actionOfElement.contains(element)) {
            m_actionOfElement.insert(element, i);
            m_actionElements.append(element);
        }
    }
    std::sort(m_actionElements.begin(), m_actionElements.end());
    m_clockTimer.setInterval(ClockIntervalMs);
    connect(&m_clockTimer, &QTimer::timeout, this, [this] {
        m_bindings->setTime(QDateTime::currentMSecsSinceEpoch());
        const QList<int> changed = m_bindings->evaluate();
        if (!changed.isEmpty())
            Q_EMIT elementsChanged(changed);
    });
    if (m_bindings->usesTime())
        m_clockTimer.start();
    subscribe();
    // Up to date from the start: the first paint shows what the table holds now.
    refreshAll();
}

ScreenSession::~ScreenSession() = default;

const ScreenAction *ScreenSession::actionOf(int element) const
{
    const auto it = m_actionOfElement.constFind(element);
    return it != m_actionOfElement.constEnd() ? &m_screen.actions[*it] : nullptr;
}

void ScreenSession::setUpdateInterval(int ms)
{
    m_intervalMs = ms;
    if (isValid())
        subscribe();
}

void ScreenSession::subscribe()
{
    delete m_subscription;
    m_subscription = nullptr;
    if (m_bindings->inputTags().isEmpty())
        return;
    SubscriptionOptions options;
    options.delivery = SubscriptionOptions::Delivery::Conflated;
    options.tags = m_bindings->inputTags();
    options.intervalMs = m_intervalMs;
    // A refresh with the same value changes nothing drawn; quality changes still come.
    options.refreshes = false;
    m_subscription = m_tags->subscribe(options, this);
    connect(m_subscription, &TagSubscription::changed, this, &ScreenSession::onTagsChanged);
}

void ScreenSession::onTagsChanged(const QList<int> &ids)
{
    const QList<TagValue> values = m_tags->values(ids);
    for (int i = 0; i < ids.size(); ++i)
        m_bindings->setTag(ids[i], values[i]);
    const QList<int> changed = m_bindings->evaluate();
    if (!changed.isEmpty())
        Q_EMIT elementsChanged(changed);
}

QList<int> ScreenSession::refreshAll()
{
    if (!isValid())
        return {};
    const QList<TagId> ids = m_bindings->inputTags();
    const QList<TagValue> values = m_tags->values(ids);
    for (int i = 0; i < ids.size(); ++i)
        m_bindings->setTag(ids[i], values[i]);
    m_bindings->setTime(QDateTime::currentMSecsSinceEpoch());
    return m_bindings->evaluate();
}

} // namespace Vigie
