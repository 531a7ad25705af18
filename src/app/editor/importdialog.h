#pragma once

#include "exchange/projectimport.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QTimer>

#include <atomic>
#include <memory>

class QStringListModel;

namespace Ui {
class ImportDialog;
}

namespace Vigie {

class ColumnMappingModel;
class ImportIssueModel;

// The preview of a spreadsheet import: reads the file on a worker thread (with a progress bar),
// shows how each column is read (and lets the engineer read one as another field, remembered
// for sheets with the same headers), the frames it plans and every problem with its row, before
// anything changes. Accepting gives the changes, which the window applies as one undoable
// command; the dialog refuses while there is an error.
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    ImportDialog(const Project &project, const QString &fileName, QWidget *parent = nullptr);
    ~ImportDialog() override;

    // The last preview (valid once previewReady() was emitted).
    [[nodiscard]] const ImportReport &report() const { return m_report; }
    [[nodiscard]] bool isPreviewReady() const { return m_ready; }
    // The file could not be read: why (empty while reading, or when it was read).
    [[nodiscard]] QString readError() const { return m_readError; }

    // For tests and scripts: the same as choosing in the dialog (the preview follows,
    // previewReady() says when).
    void setDefaultConnection(const QString &connection, const QString &device);
    void mapColumn(const QString &header, const QString &key);

    void accept() override;
    void reject() override;

Q_SIGNALS:
    // A new preview is shown (after reading, and after each change of the options).
    void previewReady();

private:
    void startReading();
    void onRead();
    void schedulePreview();
    void preview();
    void onPrepared();
    void showReport();
    void fillDevices();
    [[nodiscard]] QString layoutKey() const;
    // Adds the mapping remembered for these headers; whether it added anything.
    bool restoreMapping();
    void rememberMapping() const;

    struct Reading
    {
        std::atomic<qint64> done {0};
        std::atomic<qint64> total {0};
        std::atomic<bool> cancelled {false};
    };

    std::unique_ptr<Ui::ImportDialog> m_ui;
    Project m_project;
    QString m_fileName;
    std::shared_ptr<Reading> m_reading;
    QFutureWatcher<std::pair<std::optional<Workbook>, QString>> m_reader;
    QTimer m_progressTimer;
    QTimer m_previewTimer;
    std::optional<Workbook> m_workbook;
    QString m_readError;
    ImportOptions m_options;
    QFutureWatcher<ImportReport> m_preparer;
    ImportReport m_report;
    bool m_ready = false;
    bool m_prepareAgain = false; // options changed while a preview was being prepared
    bool m_acceptWhenReady = false;
    bool m_mappingRestored = false;
    ImportIssueModel *m_issues;
    ColumnMappingModel *m_columns;
    QStringListModel *m_frames;
};

} // namespace Vigie
