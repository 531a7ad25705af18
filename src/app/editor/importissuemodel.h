#pragma once

#include "exchange/projectimport.h"

#include <QAbstractTableModel>

namespace Vigie {

// The problems of an import preview, one per row: severity, sheet, row, column, message. Owns
// a copy of the report's issues, which belong to no document (the import has not happened).
class ImportIssueModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Severity, Sheet, Row, ColumnName, Message, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setIssues(const QList<ImportIssue> &issues);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<ImportIssue> m_issues;
};

// How each column of each sheet was read; the field is editable (a combo of the sheet's fields),
// which asks for another preview with that column mapped by hand.
class ColumnMappingModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Sheet, Letter, Header, Field, ColumnCount };
    static constexpr int KeysRole = Qt::UserRole + 1; // the keys the Field column may take

    using QAbstractTableModel::QAbstractTableModel;

    void setSheets(const QList<SheetMapping> &sheets);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

Q_SIGNALS:
    // A column read as `key` (ExchangeFields::key(), or "ignore") from now on.
    void mappingChosen(const QString &header, const QString &key);

private:
    struct Entry
    {
        const SheetMapping *sheet;
        const ColumnMapping *column;
    };
    QList<SheetMapping> m_sheets;
    QList<Entry> m_entries;
};

} // namespace Vigie
