#pragma once

#include "document/frameplanner.h"

#include <QDialog>

#include <memory>

class QStandardItemModel;

namespace Ui {
class ReplanDialog;
}

namespace Vigie {

class BackgroundCheck;

// The preview of "re-plan frames" on a device: its frames now and as replanDevice() would
// make them with the options chosen (largest gap, registers and bits per request), side by
// side (name, table, start, quantity, variables), the read requests before and after, and the
// variables the plan leaves out with the reason. OK gives the DeviceReplan to apply as one
// command; when variables are left out, it waits until the user agrees to remove them.
// Planning runs off the GUI thread, once the options stop changing.
class ReplanDialog : public QDialog
{
    Q_OBJECT
public:
    enum FrameColumn { Name, Table, Start, Quantity, Variables, FrameColumnCount };
    enum LeftOutColumn { Variable, OldFrame, Reason, LeftOutColumnCount };

    explicit ReplanDialog(const Device &device, QWidget *parent = nullptr);
    ~ReplanDialog() override;

    [[nodiscard]] FramePlanOptions options() const;
    void setOptions(const FramePlanOptions &options);
    // The plan for the options shown, once isPlanning() is false.
    [[nodiscard]] const DeviceReplan &replan() const { return m_replan; }
    [[nodiscard]] bool isPlanning() const;
    void setPlanDelay(int milliseconds);

    // The previews, for tests.
    [[nodiscard]] QStandardItemModel *beforeModel() const { return m_before; }
    [[nodiscard]] QStandardItemModel *afterModel() const { return m_after; }
    [[nodiscard]] QStandardItemModel *leftOutModel() const { return m_leftOut; }

    // Read requests a device's frames need per cycle: one per readable frame.
    [[nodiscard]] static int readRequestCount(const Device &device);

    void accept() override;

Q_SIGNALS:
    // A plan for the options shown is in replan() and the previews.
    void planned();

private:
    void schedulePlan();
    void showPlan(const DeviceReplan &replan);
    void updateOkButton();
    void fillFrames(QStandardItemModel *model, const QList<Frame> &frames) const;

    std::unique_ptr<Ui::ReplanDialog> m_ui;
    Device m_device;
    DeviceReplan m_replan;
    BackgroundCheck *m_planner;
    QStandardItemModel *m_before;
    QStandardItemModel *m_after;
    QStandardItemModel *m_leftOut;
    bool m_acceptRequested = false;
};

} // namespace Vigie
