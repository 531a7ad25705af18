#pragma once

#include "tags/tagcatalog.h"
#include "writes/writerequest.h"

#include <QDialog>

#include <functional>
#include <memory>

namespace Ui {
class WriteDialog;
}

namespace Vigie {

class Station;

// The operator's way to write one tag: it shows what the tag holds now, what was last
// written and what is allowed; checks the typed value the way the write service will
// (prepareWrite: type and range, explained in plain words); asks for confirmation with both
// values in sight; then writes through the station's write service (origin operator) and
// closes when the device has acknowledged — or says why not and stays open.
// Opened with open(), never exec(): no nested event loop, acquisition keeps running.
class WriteDialog : public QDialog
{
    Q_OBJECT
public:
    WriteDialog(Station *station, TagId tag, QWidget *parent = nullptr);
    ~WriteDialog() override;

    // Why `tag` cannot be written now (no such tag, read-only, nothing runs), or empty.
    [[nodiscard]] static QString refusal(const Station *station, TagId tag);
    // The tag table's and the screens' way in: opens a dialog for `tag` (deleted when closed),
    // its acknowledged write said through `message`; or says why not through `message` and
    // returns null.
    static WriteDialog *openFor(Station *station, TagId tag, WriteOrigin origin, QWidget *parent,
                                const std::function<void(const QString &)> &message);

    [[nodiscard]] TagId tag() const { return m_tag; }
    // Who asks (default: the operator from the tag table; a screen element says Screen).
    void setOrigin(WriteOrigin origin) { m_origin = origin; }
    // The page shown: false while editing, true while asking for confirmation.
    [[nodiscard]] bool isConfirming() const;

Q_SIGNALS:
    // Emitted once the write was acknowledged, with a line for the status bar.
    void written(const QString &message);

private:
    void onPrimary();
    void onSecondary();
    void showEditPage(const QString &error = {});
    void onOutcome(const WriteOutcome &outcome);
    [[nodiscard]] QVariant typedValue() const;
    [[nodiscard]] QString shown(const QVariant &value) const;
    [[nodiscard]] QString withUnit(const QString &text) const;

    std::unique_ptr<Ui::WriteDialog> m_ui;
    Station *m_station;
    TagId m_tag;
    TagInfo m_info;
    QVariant m_pending;
    quint64 m_writeId = 0;
    WriteOrigin m_origin = WriteOrigin::Operator;
};

} // namespace Vigie
