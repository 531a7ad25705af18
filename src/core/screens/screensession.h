#pragma once

#include "model/project.h"
#include "screenbindingset.h"
#include "svgdocument.h"

#include <QObject>
#include <QTimer>

#include <memory>

namespace Vigie {

class TagSubscription;
class TagTable;

// One open screen of a running project: its SVG, its bindings evaluated over the live tags,
// and its actions. It follows the tag table through a conflated subscription to the tags its
// bindings read (a view needs no more than ~10 batches a second), evaluates only what those
// changes reach, and says which elements changed; the view redraws those. Lives on the thread
// that made it (the GUI's, or the snapshot's).
class ScreenSession : public QObject
{
    Q_OBJECT
public:
    // Loads the screen's file, relative to `projectDir`. A file that cannot be read or parsed
    // gives an invalid session with errorString() saying why and where.
    ScreenSession(const Screen &screen, const QString &projectDir, TagTable *tags,
                  QObject *parent = nullptr);
    ~ScreenSession() override;

    [[nodiscard]] bool isValid() const { return m_bindings != nullptr; }
    [[nodiscard]] const QString &errorString() const { return m_error; }
    [[nodiscard]] const Screen &screen() const { return m_screen; }
    [[nodiscard]] QString filePath() const { return m_filePath; }
    [[nodiscard]] const SvgDocument &document() const { return m_document; }
    [[nodiscard]] const ScreenBindingSet &bindings() const { return *m_bindings; }

    // Elements with an action, and the action of one (null if none).
    [[nodiscard]] const QList<int> &actionElements() const { return m_actionElements; }
    [[nodiscard]] const ScreenAction *actionOf(int element) const;

    // Reads every input tag from the table now and evaluates (the first paint, a snapshot).
    // Returns the elements whose state changed.
    QList<int> refreshAll();
    // The subscription's interval in ms (default 100).
    void setUpdateInterval(int ms);

Q_SIGNALS:
    void elementsChanged(const QList<int> &elements);

private:
    void onTagsChanged(const QList<int> &ids);
    void subscribe();

    Screen m_screen;
    QString m_filePath;
    QString m_error;
    TagTable *m_tags;
    SvgDocument m_document;
    std::unique_ptr<ScreenBindingSet> m_bindings;
    QList<int> m_actionElements;
    QHash<int, int> m_actionOfElement; // element → index in m_screen.actions
    TagSubscription *m_subscription = nullptr;
    QTimer m_clockTimer; // for formulas using NOW() or BLINK()
    int m_intervalMs = 100;
};

} // namespace Vigie
