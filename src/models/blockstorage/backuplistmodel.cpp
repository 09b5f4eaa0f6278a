// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/blockstorage/backuplistmodel.h"

#include "models/blockstorage/volumestatus.h"

#include <QLocale>

using OpenStack::BlockStorage::VolumeBackup;

namespace Models {

namespace {
const char *const kColumnKeys[] = {"name",      "description",       "size",       "status",     "volume_id", "is_incremental",
                                   "container", "availability_zone", "project_id", "created_at", "id"};
static_assert(sizeof(kColumnKeys) / sizeof(kColumnKeys[0]) == BackupListModel::ColumnCount);
} // namespace

BackupListModel::BackupListModel(QObject *parent)
    : RecordTableModel(parent)
{
}

int BackupListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BackupListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= ColumnCount)
        return {};
    const VolumeBackup &b = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (column) {
        case NameColumn: return b.name.isEmpty() ? b.id : b.name;
        case DescriptionColumn: return b.description;
        case SizeColumn: return tr("%1 GiB").arg(b.sizeGb);
        case StatusColumn:
            if (role == Qt::ToolTipRole && !b.failReason.isEmpty())
                return b.failReason;
            return VolumeStatus::text(b.status);
        case VolumeColumn: return m_volumeNames.value(b.volumeId, b.volumeId);
        case IncrementalColumn: return b.incremental ? tr("Yes") : tr("No");
        case ContainerColumn: return b.container;
        case ZoneColumn: return b.availabilityZone;
        case ProjectColumn: return m_projectNames.value(b.projectId, b.projectId);
        case CreatedColumn: return QLocale().toString(b.created.toLocalTime(), QLocale::ShortFormat);
        case IdColumn: return b.id;
        default: return {};
        }
    case IdRole:
        return b.id;
    case StatusKindRole:
        return column == StatusColumn ? QVariant(int(VolumeStatus::kind(b.status))) : QVariant();
    case SortRole:
        if (column == SizeColumn)
            return b.sizeGb;
        if (column == CreatedColumn)
            return b.created;
        return data(index, Qt::DisplayRole);
    case ExportRole:
        switch (column) {
        case NameColumn: return b.name;
        case SizeColumn: return b.sizeGb;
        case StatusColumn: return b.status;
        case VolumeColumn: return b.volumeId;
        case IncrementalColumn: return b.incremental;
        case ProjectColumn: return b.projectId;
        case CreatedColumn: return b.created.toString(Qt::ISODate);
        default: return data(index, Qt::DisplayRole);
        }
    default:
        return {};
    }
}

QVariant BackupListModel::headerData(int section, Qt::Orientation orientation, int role) const
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
    case IncrementalColumn: return tr("Incremental");
    case ContainerColumn: return tr("Container");
    case ZoneColumn: return tr("Availability Zone");
    case ProjectColumn: return tr("Project");
    case CreatedColumn: return tr("Created");
    case IdColumn: return tr("ID");
    default: return {};
    }
}

void BackupListModel::setVolumeNames(const QHash<QString, QString> &names)
{
    if (names == m_volumeNames)
        return;
    m_volumeNames = names;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, VolumeColumn), index(int(m_rows.size()) - 1, VolumeColumn));
}

void BackupListModel::setProjectNames(const QHash<QString, QString> &names)
{
    if (names == m_projectNames)
        return;
    m_projectNames = names;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, ProjectColumn), index(int(m_rows.size()) - 1, ProjectColumn));
}

} // namespace Models
