#pragma once

#include "tags/tagcatalog.h"

#include <QDialog>

#include <memory>

namespace Ui {
class FaceplateDialog;
}

class QPushButton;

namespace Vigie {

class Station;

// A tag's faceplate, opened from a screen element: its value with unit, quality and reason,
// the time it was read, its limits, description and source, and what was last written — kept
// live while open. A writable tag has a "Write…" button that asks for the write dialog.
class FaceplateDialog : public QDialog
{
    Q_OBJECT
public:
    FaceplateDialog(Station *station, TagId tag, QWidget *parent = nullptr);
    ~FaceplateDialog() override;

    [[nodiscard]] TagId tag() const { return m_tag; }
    // The value line as shown ("61.4 %"), for tests.
    [[nodiscard]] QString valueText() const;
    [[nodiscard]] QString qualityText() const;

Q_SIGNALS:
    void writeRequested(Vigie::TagId tag);

private:
    void refresh();

    std::unique_ptr<Ui::FaceplateDialog> m_ui;
    Station *m_station;
    TagId m_tag;
    TagInfo m_info;
    QPushButton *m_writeButton = nullptr;
};

} // namespace Vigie
