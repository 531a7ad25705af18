#include "tagtablemodel.h"

#include "translations.h"

#include "isapalette.h"
#include "projecteditor.h"
#include "station.h"

#include "document/projectdocument.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace Vigie {

TagTableModel::TagTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void TagTableModel::setStation(Station *station)
{
    beginResetModel();
    delete m_subscription;
    m_subscription = nullptr;
    disconnect(m_setpointConnection);
    m_station = station;
    if (station) {
        SubscriptionOptions options;
        options.intervalMs = 100;
        m_subscription = station->tags()->subscribe(options, this);
        connect(m_subscription, &TagSubscription::changed, this, &TagTableModel::onChanged);
        m_setpointConnection = connect(station->writes(), &WriteService::setpointChanged, this,
                                       &TagTableModel::onSetpointChanged);
    }
    endResetModel();
}

int TagTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_station ? 0 : m_station->tags()->size();
}

int TagTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

// One dataChanged() per run of consecutive changed rows, over the live columns only.
void TagTableModel::onChanged(const QList<TagId> &changed)
{
    QList<TagId> ids = changed;
    std::sort(ids.begin(), ids.end());
    const int rows = rowCount();
    for (int i = 0; i < ids.size();) {
        int j = i;
        while (j + 1 < ids.size() && ids[j + 1] == ids[j] + 1)
            ++j;
        if (ids[i] >= 0 && ids[j] < rows)
            Q_EMIT dataChanged(index(ids[i], Value), index(ids[j], Timestamp));
        i = j + 1;
    }
    ++m_refreshCount;
}

void TagTableModel::onSetpointChanged(TagId id)
{
    if (id >= 0 && id < rowCount())
        Q_EMIT dataChanged(index(id, Setpoint), index(id, Setpoint));
}

namespace {

// Shown as the tag's values are (its decimals), as the write dialog shows it; "–" for none.
QString limit(const TagInfo &info, const std::optional<double> &v)
{
    return displayText(info, v ? QVariant(*v) : QVariant());
}

// ISA-101: grey is normal; colour is kept for what needs attention.
QColor qualityColor(Quality quality)
{
    switch (quality) {
    case Quality::Good: return {};
    case Quality::Bad: return IsaPalette::alarm();
    case Quality::Uncertain:
    case Quality::Stale: return IsaPalette::caution();
    }
    return {};
}

} // namespace

QVariant TagTableModel::data(const QModelIndex &index, int role) const
{
    if (!m_station || !index.isValid())
        return {};
    const TagTable *tags = m_station->tags();
    const TagId id = index.row();
    const TagInfo &info = tags->info(id);
    const int column = index.column();
    const bool live = column == Value || column == Quality || column == Timestamp;
    const TagValue value = live || role == SortRole ? tags->value(id) : TagValue {};

    switch (role) {
    case SourceRole: return int(info.source);
    case SearchRole: return foldForSearch(info.name + QLatin1Char('\n') + info.description);
    case SortRole:
        switch (column) {
        case Value: {
            bool ok = false;
            const double x = value.value.toDouble(&ok);
            return ok && value.value.typeId() != QMetaType::QString ? QVariant(x) : value.value;
        }
        case Setpoint: return m_station->setpoint(id);
        case Min: return info.min ? QVariant(*info.min) : QVariant();
        case Max: return info.max ? QVariant(*info.max) : QVariant();
        case Timestamp: return value.timestamp;
        case Quality: return int(value.quality);
        default: return data(index, Qt::DisplayRole);
        }
    case Qt::DisplayRole:
        switch (column) {
        case Name: return info.name;
        case Type: return toString(info.dataType);
        case Unit: return info.unit;
        case Min: return limit(info, info.min);
        case Max: return limit(info, info.max);
        case Setpoint:
            return info.writable ? displayText(info, m_station->setpoint(id), vigieNumberLocale())
                                 : QString();
        case Value: return displayText(info, value.value, vigieNumberLocale());
        case Quality: return describeQuality(value);
        case Timestamp: {
            if (!value.timestamp)
                return QString();
            // The date as the operator writes it (22/11/2026 in French), the time always to the
            // millisecond; ISO 8601 in the C format.
            const QDateTime at = value.dateTime().toLocalTime();
            const QLocale locale = vigieNumberLocale();
            if (locale == QLocale::c())
                return at.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
            return QString(locale.toString(at.date(), QLocale::ShortFormat) + QLatin1Char(' ')
                           + at.time().toString(QStringLiteral("HH:mm:ss.zzz")));
        }
        case Access: return info.writable ? tr("RW") : tr("R");
        case Description: return info.description;
        }
        break;
    case Qt::EditRole:
        switch (column) {
        case Min: return info.min ? QVariant(*info.min) : QVariant(QString());
        case Max: return info.max ? QVariant(*info.max) : QVariant(QString());
        default: return data(index, Qt::DisplayRole);
        }
    case Qt::TextAlignmentRole:
        if (column == Min || column == Max || column == Setpoint || column == Value)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ForegroundRole:
        if (column == Value || column == Quality) {
            const QColor c = qualityColor(value.quality);
            if (c.isValid())
                return QBrush(c);
        }
        break;
    case Qt::FontRole:
        if (column == Value && value.quality != Quality::Good) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        if (column == Quality && value.quality == Quality::Bad) {
            QFont f;
            f.setBold(true);
            return f;
        }
        break;
    case Qt::ToolTipRole:
        if (live && !value.reason.isEmpty())
            return describeQuality(value);
        if (column == Name && !info.description.isEmpty())
            return info.description;
        if (column == Name && info.writable)
            return tr("Double-click or Enter to write a value");
        break;
    }
    return {};
}

NodePath TagTableModel::editablePath(const QModelIndex &index) const
{
    if (!m_editor || !m_station || m_station->isRunning() || !index.isValid())
        return {};
    const TagInfo &info = m_station->tags()->info(index.row());
    if (info.source != TagSource::Acquired)
        return {};
    // The table follows the document a moment after each edit: a row that does not name the
    // document's variable yet is not edited.
    const Variable *v = m_editor->document()->variable(info.node);
    return v && v->name == info.name ? info.node : NodePath {};
}

Qt::ItemFlags TagTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    switch (index.column()) {
    case Name:
    case Unit:
    case Min:
    case Max:
    case Type:
    case Access:
    case Description:
        if (!editablePath(index).isProject())
            flags |= Qt::ItemIsEditable;
        break;
    default: break;
    }
    return flags;
}

bool TagTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const NodePath path = editablePath(index);
    if (role != Qt::EditRole || path.isProject())
        return false;
    QString error;
    bool done = false;
    const auto set = [&](VariableField field, const QVariant &v) {
        return m_editor->setVariableField({path}, field, v, &error);
    };
    switch (index.column()) {
    case Name: done = m_editor->renameNode(path, value.toString(), &error); break;
    case Unit: done = set(VariableField::Unit, value.toString()); break;
    case Description: done = set(VariableField::Description, value.toString()); break;
    case Min: done = set(VariableField::Min, value); break;
    case Max: done = set(VariableField::Max, value); break;
    case Type: done = set(VariableField::DataType, value.toString()); break;
    case Access: {
        // As the column shows it, RW or R, or a flag.
        const QString text = value.toString().trimmed();
        const QVariant writable = text.compare(tr("RW"), Qt::CaseInsensitive) == 0
                || text.compare(QLatin1String("RW"), Qt::CaseInsensitive) == 0
            ? QVariant(true)
            : text.compare(tr("R"), Qt::CaseInsensitive) == 0
                || text.compare(QLatin1String("R"), Qt::CaseInsensitive) == 0
            ? QVariant(false)
            : value;
        done = set(VariableField::Writable, writable);
        break;
    }
    default: return false;
    }
    if (!done && !error.isEmpty())
        Q_EMIT editRefused(error);
    return done;
}

QVariant TagTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("Name");
    case Type: return tr("Type");
    case Unit: return tr("Unit");
    case Min: return tr("Min");
    case Max: return tr("Max");
    case Setpoint: return tr("Setpoint");
    case Value: return tr("Value");
    case Quality: return tr("Quality");
    case Timestamp: return tr("Timestamp");
    case Access: return tr("RW");
    case Description: return tr("Description");
    }
    return {};
}

QString TagTableModel::foldForSearch(const QString &text)
{
    // Decompose (É → E + ◌́), drop the combining marks, fold the case.
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            folded.append(c);
    }
    return folded.toCaseFolded();
}

} // namespace Vigie
