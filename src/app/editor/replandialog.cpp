#include "replandialog.h"

#include "backgroundcheck.h"

#include "ui_replandialog.h"

#include <QHeaderView>
#include <QPushButton>
#include <QStandardItemModel>

#include <algorithm>

namespace Vigie {

namespace {

QStandardItem *numberItem(qint64 value)
{
    auto *item = new QStandardItem;
    item->setData(value, Qt::DisplayRole); // sorts as a number
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

ReplanDialog::ReplanDialog(const Device &device, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ReplanDialog>())
    , m_device(device)
    , m_planner(new BackgroundCheck(this))
    , m_before(new QStandardItemModel(this))
    , m_after(new QStandardItemModel(this))
    , m_leftOut(new QStandardItemModel(this))
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Re-plan the frames of \"%1\"").arg(device.name));
    m_ui->explanationLabel->setText(
        tr("The frames are planned again from the addresses of the variables: neighbours are "
           "read together when few addresses lie between them. Frames polled differently "
           "(scan time factor, minutes offset, delay) are planned apart."));
    const FramePlanOptions defaults;
    m_ui->maxGapSpin->setRange(0, 65535);
    m_ui->maxRegistersSpin->setRange(1, 125);
    m_ui->maxBitsSpin->setRange(1, 2000);
    setOptions(defaults);

    const QStringList frameHeaders = {tr("Name"), tr("Table"), tr("Start"), tr("Quantity"),
                                      tr("Variables")};
    for (QStandardItemModel *model : {m_before, m_after})
        model->setHorizontalHeaderLabels(frameHeaders);
    m_leftOut->setHorizontalHeaderLabels({tr("Variable"), tr("Frame now"), tr("Reason")});
    m_ui->beforeView->setModel(m_before);
    m_ui->afterView->setModel(m_after);
    m_ui->leftOutView->setModel(m_leftOut);
    for (QTableView *view : {m_ui->beforeView, m_ui->afterView, m_ui->leftOutView}) {
        view->verticalHeader()->hide();
        view->horizontalHeader()->setStretchLastSection(true);
    }
    fillFrames(m_before, m_device.frames);
    m_ui->beforeView->resizeColumnsToContents();

    for (QSpinBox *spin : {m_ui->maxGapSpin, m_ui->maxRegistersSpin, m_ui->maxBitsSpin})
        connect(spin, &QSpinBox::valueChanged, this, &ReplanDialog::schedulePlan);
    connect(m_ui->removeLeftOutCheck, &QCheckBox::toggled, this, &ReplanDialog::updateOkButton);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &ReplanDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    schedulePlan();
    m_planner->runNow();
}

ReplanDialog::~ReplanDialog() = default;

FramePlanOptions ReplanDialog::options() const
{
    FramePlanOptions options;
    options.maxGap = m_ui->maxGapSpin->value();
    options.maxRegisters = m_ui->maxRegistersSpin->value();
    options.maxBits = m_ui->maxBitsSpin->value();
    return options;
}

void ReplanDialog::setOptions(const FramePlanOptions &options)
{
    m_ui->maxGapSpin->setValue(options.maxGap);
    m_ui->maxRegistersSpin->setValue(options.maxRegisters);
    m_ui->maxBitsSpin->setValue(options.maxBits);
}

bool ReplanDialog::isPlanning() const
{
    return m_planner->isPending();
}

void ReplanDialog::setPlanDelay(int milliseconds)
{
    m_planner->setDelay(milliseconds);
}

int ReplanDialog::readRequestCount(const Device &device)
{
    return int(std::count_if(device.frames.cbegin(), device.frames.cend(),
                             [](const Frame &f) { return f.isReadable; }));
}

void ReplanDialog::schedulePlan()
{
    m_acceptRequested = false;
    m_planner->schedule([this, device = m_device, options = options()] {
        const DeviceReplan replan = replanDevice(device, options);
        return BackgroundCheck::Apply([this, replan] { showPlan(replan); });
    });
    updateOkButton();
}

void ReplanDialog::fillFrames(QStandardItemModel *model, const QList<Frame> &frames) const
{
    model->setRowCount(0);
    for (const Frame &f : frames) {
        model->appendRow({new QStandardItem(f.name), new QStandardItem(toString(f.type)),
                          numberItem(f.startAddress), numberItem(f.quantity),
                          numberItem(f.variables.size())});
    }
}

void ReplanDialog::showPlan(const DeviceReplan &replan)
{
    m_replan = replan;
    fillFrames(m_after, replan.device.frames);
    m_leftOut->setRowCount(0);
    for (const LeftOutVariable &v : replan.leftOut) {
        const QString frame =
            v.frame < m_device.frames.size() ? m_device.frames[v.frame].name : QString();
        m_leftOut->appendRow(
            {new QStandardItem(v.name), new QStandardItem(frame), new QStandardItem(v.problem)});
    }
    m_ui->afterView->resizeColumnsToContents();
    m_ui->leftOutView->resizeColumnsToContents();
    m_ui->leftOutGroup->setVisible(!replan.leftOut.isEmpty());
    m_ui->removeLeftOutCheck->setText(tr("&Remove the %n variable(s) left out from the device",
                                         nullptr, int(replan.leftOut.size())));
    m_ui->requestsLabel->setText(tr("Read requests per cycle: %1 now, %2 re-planned.")
                                     .arg(readRequestCount(m_device))
                                     .arg(readRequestCount(replan.device)));
    updateOkButton();
    Q_EMIT planned();
    if (std::exchange(m_acceptRequested, false))
        accept();
}

void ReplanDialog::updateOkButton()
{
    // Leaving variables out removes them: only once the user said so.
    const bool agreed = m_replan.leftOut.isEmpty() || m_ui->removeLeftOutCheck->isChecked();
    if (QPushButton *ok = m_ui->buttons->button(QDialogButtonBox::Ok))
        ok->setEnabled(agreed);
}

void ReplanDialog::accept()
{
    if (m_planner->isPending()) {
        m_acceptRequested = true;
        m_planner->runNow();
        return;
    }
    if (!m_replan.leftOut.isEmpty() && !m_ui->removeLeftOutCheck->isChecked()) {
        m_ui->removeLeftOutCheck->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace Vigie
