// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/blockstorage/snapshotlistmodel.h"

#include "models/blockstorage/volumestatus.h"

#include <QLocale>

using OpenStack::BlockStorage::VolumeSnapshot;

namespace Models {

namespace {
const char *const kColumnKeys[] = {"name", "description", "size", "status", "volume_id", "project_id", "created_at", "id"};
static_assert(sizeof(kColumnKeys) / sizeof(kColumnKeys[0]) == SnapshotListModel::ColumnCount);
} // namespace

SnapshotListModel::SnapshotListModel(QObject *parent)
    : RecordTableModel(parent)
{
}

int SnapshotListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SnapshotListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= ColumnCount)
        return {};
    const VolumeSnapshot &s = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (column) {
        case NameColumn: return s.name.isEmpty() ? s.id : s.name;
        case DescriptionColumn: return s.description;
        case SizeColumn: return tr("%1 GiB").arg(s.sizeGb);
        case StatusColumn:
            if (!s.progress.isEmpty() && s.status == QLatin1String("creating"))
                return tr("%1 (%2)").arg(VolumeStatus::text(s.status), s.progress);
            return VolumeStatus::text(s.status);
        case VolumeColumn: return m_volumeNames.value(s.volumeId, s.volumeId);
        case ProjectColumn: return m_projectNames.value(s.projectId, s.projectId);
        case CreatedColumn: return QLocale().toString(s.created.toLocalTime(), QLocale::ShortFormat);
        case IdColumn: return s.id;
        default: return {};
        }
    case IdRole:
        return s.id;
    case StatusKindRole:
        return column == StatusColumn ? QVariant(int(VolumeStatus::kind(s.status))) : QVariant();
    case SortRole:
        if (column == SizeColumn)
            return s.sizeGb;
        if (column == CreatedColumn)
            return s.created;
        return data(index, Qt::DisplayRole);
    case ExportRole:
        switch (column) {
        case NameColumn: return s.name;
        case SizeColumn: return s.sizeGb;
        case StatusColumn: return s.status;
        case VolumeColumn: return s.volumeId;
        case ProjectColumn: return s.projectId;
        case CreatedColumn: return s.created.toString(Qt::ISODate);
        default: return data(index, Qt::DisplayRole);
        }
    default:
        return {};
    }
}

QVariant SnapshotListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == ColumnKeyRole)
        return QString::fromLatin1(kColumnKeys[section]);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Name");
    case DescriptionColumn: return tr("Description");
    case SizeColumn: return tr("Size");
    case StatusColumn: return tr("Status");
    case VolumeColumn: return tr("Volume Name");
    case ProjectColumn: return tr("Project");
    case CreatedColumn: return tr("Created");
    case IdColumn: return tr("ID");
    default: return {};
    }
}

void SnapshotListModel::setVolumeNames(const QHash<QString, QString> &names)
{
    if (names == m_volumeNames)
        return;
    m_volumeNames = names;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, VolumeColumn), index(int(m_rows.size()) - 1, VolumeColumn));
}

void SnapshotListModel::setProjectNames(const QHash<QString, QString> &names)
{
    if (names == m_projectNames)
        return;
    m_projectNames = names;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, ProjectColumn), index(int(m_rows.size()) - 1, ProjectColumn));
}

} // namespace Models
