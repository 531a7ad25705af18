#include "importdialog.h"

#include "importissuemodel.h"
#include "ui_importdialog.h"

#include "exchange/exchangefiles.h"

#include <QComboBox>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QPushButton>
#include <QSettings>
#include <QStringListModel>
#include <QStyledItemDelegate>
#include <QtConcurrent/QtConcurrentRun>

namespace Vigie {

namespace {

constexpr auto ColumnMapsGroup = "import/columnMaps";

// The Field column edits in a combo of the sheet's keys.
class FieldDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &,
                          const QModelIndex &index) const override
    {
        auto *combo = new QComboBox(parent);
        combo->addItems(index.data(ColumnMappingModel::KeysRole).toStringList());
        return combo;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        auto *combo = static_cast<QComboBox *>(editor);
        combo->setCurrentText(index.data(Qt::EditRole).toString());
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override
    {
        model->setData(index, static_cast<QComboBox *>(editor)->currentText());
    }
};

} // namespace

ImportDialog::ImportDialog(const Project &project, const QString &fileName, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ImportDialog>())
    , m_project(project)
    , m_fileName(fileName)
    , m_reading(std::make_shared<Reading>())
    , m_issues(new ImportIssueModel(this))
    , m_columns(new ColumnMappingModel(this))
    , m_frames(new QStringListModel(this))
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Import %1").arg(QFileInfo(fileName).fileName()));
    m_ui->fileLabel->setText(QDir::toNativeSeparators(fileName));
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &ImportDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &ImportDialog::reject);

    m_ui->issuesView->setModel(m_issues);
    m_ui->issuesView->horizontalHeader()->setStretchLastSection(true);
    m_ui->issuesView->verticalHeader()->hide();
    m_ui->columnsView->setModel(m_columns);
    m_ui->columnsView->setItemDelegateForColumn(ColumnMappingModel::Field, new FieldDelegate(this));
    m_ui->columnsView->horizontalHeader()->setStretchLastSection(true);
    m_ui->columnsView->verticalHeader()->hide();
    m_ui->framesView->setModel(m_frames);
    m_ui->framesView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    connect(m_columns, &ColumnMappingModel::mappingChosen, this, &ImportDialog::mapColumn);

    for (const Connection &c : std::as_const(m_project.connections))
        m_ui->connectionCombo->addItem(c.name);
    m_ui->connectionCombo->setCurrentText(QString());
    fillDevices();
    connect(m_ui->connectionCombo, &QComboBox::currentTextChanged, this, [this] {
        fillDevices();
        schedulePreview();
    });
    connect(m_ui->deviceCombo, &QComboBox::currentTextChanged, this,
            &ImportDialog::schedulePreview);
    connect(m_ui->gapSpin, &QSpinBox::valueChanged, this, &ImportDialog::schedulePreview);

    // Typing a name previews once the typing pauses, not at every key.
    m_previewTimer.setSingleShot(true);
    m_previewTimer.setInterval(300);
    connect(&m_previewTimer, &QTimer::timeout, this, &ImportDialog::preview);
    m_progressTimer.setInterval(100);
    connect(&m_progressTimer, &QTimer::timeout, this, [this] {
        const qint64 total = m_reading->total;
        m_ui->progressBar->setMaximum(total > 0 ? 1000 : 0);
        if (total > 0)
            m_ui->progressBar->setValue(int(m_reading->done * 1000 / total));
    });
    connect(&m_reader, &QFutureWatcherBase::finished, this, &ImportDialog::onRead);
    connect(&m_preparer, &QFutureWatcherBase::finished, this, &ImportDialog::onPrepared);
    startReading();
}

ImportDialog::~ImportDialog()
{
    // The worker holds only the shared state: it stops at its next progress report.
    m_reading->cancelled = true;
}

void ImportDialog::startReading()
{
    m_ui->summaryLabel->setText(tr("Reading the file…"));
    m_progressTimer.start();
    const auto reading = m_reading;
    const QString fileName = m_fileName;
    m_reader.setFuture(QtConcurrent::run([reading, fileName] {
        QString error;
        auto book = readSpreadsheet(fileName, &error, [reading](qint64 done, qint64 total) {
            reading->done = done;
            reading->total = total;
            return !reading->cancelled.load();
        });
        return std::pair {std::move(book), error};
    }));
}

void ImportDialog::onRead()
{
    m_progressTimer.stop();
    auto [book, error] = m_reader.result();
    m_ui->progressBar->setMaximum(1000);
    m_ui->progressBar->setValue(1000);
    if (!book) {
        m_readError = error;
        m_ui->summaryLabel->setText(tr("The file cannot be imported: %1").arg(error));
        m_ready = true;
        Q_EMIT previewReady();
        return;
    }
    m_workbook = std::move(book);
    preview();
}

void ImportDialog::setDefaultConnection(const QString &connection, const QString &device)
{
    m_ui->connectionCombo->setCurrentText(connection);
    m_ui->deviceCombo->setCurrentText(device);
    preview();
}

void ImportDialog::mapColumn(const QString &header, const QString &key)
{
    m_options.columnMap.insert(header, key);
    schedulePreview();
}

void ImportDialog::fillDevices()
{
    const QString keep = m_ui->deviceCombo->currentText();
    QSignalBlocker blocker(m_ui->deviceCombo);
    m_ui->deviceCombo->clear();
    for (const Connection &c : std::as_const(m_project.connections)) {
        if (c.name == m_ui->connectionCombo->currentText()) {
            for (const Device &d : c.devices)
                m_ui->deviceCombo->addItem(d.name);
        }
    }
    m_ui->deviceCombo->setCurrentText(keep);
}

void ImportDialog::schedulePreview()
{
    if (m_workbook)
        m_previewTimer.start();
}

// Preparing validates the whole resulting project (a few hundred ms for 10,000 rows): on a
// worker, on copies (the workbook's lists are shared, not copied). A change made meanwhile
// prepares again once the running one is done, so the last preview is always of the last
// options.
void ImportDialog::preview()
{
    m_previewTimer.stop();
    if (!m_workbook)
        return;
    m_ready = false;
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    if (m_preparer.isRunning()) {
        m_prepareAgain = true;
        return;
    }
    m_options.connection = m_ui->connectionCombo->currentText().trimmed();
    m_options.device = m_ui->deviceCombo->currentText().trimmed();
    m_options.planner.maxGap = m_ui->gapSpin->value();
    m_preparer.setFuture(
        QtConcurrent::run([project = m_project, workbook = *m_workbook, options = m_options] {
            return prepareImport(project, workbook, options);
        }));
}

void ImportDialog::onPrepared()
{
    if (m_prepareAgain) {
        m_prepareAgain = false;
        preview();
        return;
    }
    m_report = m_preparer.result();
    // The first preview tells the headers: a mapping chosen before for them comes back.
    if (!m_mappingRestored) {
        m_mappingRestored = true;
        if (restoreMapping()) {
            preview();
            return;
        }
    }
    showReport();
    m_ready = true;
    Q_EMIT previewReady();
    if (m_acceptWhenReady) {
        m_acceptWhenReady = false;
        accept();
    }
}

void ImportDialog::showReport()
{
    m_issues->setIssues(m_report.issues);
    m_columns->setSheets(m_report.sheets);
    m_frames->setStringList(m_report.plannedFrames);
    m_ui->issuesView->resizeColumnsToContents();
    m_ui->columnsView->resizeColumnsToContents();
    const int errors = m_report.errorCount();
    const QStringList parts = m_report.additions();
    QString summary = parts.isEmpty() ? tr("Nothing new to import.")
                                      : tr("To be added: %1.").arg(parts.join(QLatin1String(", ")));
    if (errors > 0) {
        summary += QLatin1Char(' ')
            + tr("%n error(s): nothing can be imported until the file is fixed (see Problems).",
                 nullptr, errors);
        m_ui->tabs->setCurrentWidget(m_ui->problemsTab);
    }
    m_ui->summaryLabel->setText(summary);
    m_ui->tabs->setTabText(m_ui->tabs->indexOf(m_ui->problemsTab),
                           tr("Problems (%1)").arg(m_report.issues.size()));
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(errors == 0 && !m_report.isEmpty());
}

// The headers of every sheet, as the import compares them: sheets laid out alike share a key.
QString ImportDialog::layoutKey() const
{
    QStringList words;
    for (const SheetMapping &sheet : m_report.sheets) {
        for (const ColumnMapping &column : sheet.columns)
            words.append(ExchangeFields::normalized(column.header));
        words.append(QStringLiteral("|"));
    }
    return QString::fromLatin1(
        QCryptographicHash::hash(words.join(QLatin1Char(',')).toUtf8(), QCryptographicHash::Sha1)
            .toHex());
}

bool ImportDialog::restoreMapping()
{
    QSettings settings;
    settings.beginGroup(QLatin1String(ColumnMapsGroup));
    const QVariantMap stored = settings.value(layoutKey()).toMap();
    bool added = false;
    for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
        if (!m_options.columnMap.contains(it.key())) {
            m_options.columnMap.insert(it.key(), it.value().toString());
            added = true;
        }
    }
    return added;
}

void ImportDialog::rememberMapping() const
{
    if (m_options.columnMap.isEmpty())
        return;
    QVariantMap map;
    for (auto it = m_options.columnMap.cbegin(); it != m_options.columnMap.cend(); ++it)
        map.insert(it.key(), it.value());
    QSettings settings;
    settings.beginGroup(QLatin1String(ColumnMapsGroup));
    settings.setValue(layoutKey(), map);
}

void ImportDialog::accept()
{
    // What the engineer sees is what gets imported: a preview still to come is waited for.
    if (m_previewTimer.isActive() || m_preparer.isRunning()) {
        m_acceptWhenReady = true;
        preview();
        return;
    }
    if (!m_ready || m_report.hasErrors() || m_report.isEmpty())
        return;
    rememberMapping();
    QDialog::accept();
}

void ImportDialog::reject()
{
    m_reading->cancelled = true;
    QDialog::reject();
}

} // namespace Vigie
