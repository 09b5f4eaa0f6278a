// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/blockstorage/volumelistmodel.h"

#include "models/blockstorage/volumestatus.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMimeData>
#include <QSet>

using OpenStack::BlockStorage::Volume;

namespace Models {

namespace {
const char *const kColumnKeys[] = {"name",         "description", "size",     "status",   "volume_type",
                                   "attached_to",  "availability_zone", "bootable", "encrypted", "project_id",
                                   "rbd_image",    "properties",  "id"};
static_assert(sizeof(kColumnKeys) / sizeof(kColumnKeys[0]) == VolumeListModel::ColumnCount);

QString yesNo(bool value)
{
    return value ? VolumeListModel::tr("Yes") : VolumeListModel::tr("No");
}

QString propertiesText(const QMap<QString, QString> &metadata)
{
    QStringList parts;
    for (auto it = metadata.begin(); it != metadata.end(); ++it)
        parts << it.key() + QStringLiteral("='") + it.value() + QLatin1Char('\'');
    return parts.join(QStringLiteral(", "));
}
} // namespace

QString RbdPoolMap::imageOf(const Volume &volume) const
{
    const QString backend = volume.backendName();
    QString pool = defaultPool;
    if (!backend.isEmpty()) {
        const auto it = backendPools.constFind(backend);
        if (it != backendPools.constEnd())
            pool = it.value();
    } else if (volume.status == QLatin1String("error")) {
        return {}; // the scheduler found no backend: nothing was created anywhere
    }
    if (pool.isEmpty())
        return {};
    return pool + QLatin1Char('/') + volume.rbdImageName();
}

VolumeListModel::VolumeListModel(QObject *parent)
    : RecordTableModel(parent)
{
}

int VolumeListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString VolumeListModel::attachedText(const Volume &v) const
{
    QStringList parts;
    for (const auto &a : v.attachments) {
        const QString server = serverName(a.serverId);
        parts << (a.device.isEmpty() ? server : tr("%1 on %2", "device on instance").arg(a.device, server));
    }
    return parts.join(QStringLiteral(", "));
}

QString VolumeListModel::displayName(const QString &volumeId) const
{
    const int row = rowOf(volumeId);
    if (row < 0 || m_rows.at(row).name.isEmpty())
        return volumeId;
    return m_rows.at(row).name;
}

QVariant VolumeListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= ColumnCount)
        return {};
    const Volume &v = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (column) {
        case NameColumn:
            if (role == Qt::ToolTipRole && v.isError())
                return tr("Cinder reports %1: see the actions it still allows in the context menu").arg(v.status);
            return v.name.isEmpty() ? v.id : v.name;
        case DescriptionColumn: return v.description;
        case SizeColumn: return tr("%1 GiB").arg(v.sizeGb);
        case StatusColumn: return VolumeStatus::text(v.status);
        case TypeColumn: return v.volumeType;
        case AttachedColumn: return attachedText(v);
        case ZoneColumn: return v.availabilityZone;
        case BootableColumn: return yesNo(v.bootable);
        case EncryptedColumn: return yesNo(v.encrypted);
        case ProjectColumn: return m_projectNames.value(v.projectId, v.projectId);
        case RbdImageColumn: {
            const QString image = m_pools.imageOf(v);
            if (role == Qt::ToolTipRole && image.isEmpty() && !v.backendName().isEmpty())
                return tr("Backend %1 does not keep its volumes in Ceph").arg(v.backendName());
            return image;
        }
        case PropertiesColumn: return propertiesText(v.metadata);
        case IdColumn: return v.id;
        default: return {};
        }
    case IdRole:
        return v.id;
    case StatusKindRole:
        if (column == StatusColumn)
            return int(VolumeStatus::kind(v.status));
        return {};
    case SortRole:
        switch (column) {
        case NameColumn: return v.name.isEmpty() ? v.id : v.name;
        case SizeColumn: return v.sizeGb;
        case StatusColumn: return v.status;
        case BootableColumn: return v.bootable;
        case EncryptedColumn: return v.encrypted;
        default: return data(index, Qt::DisplayRole);
        }
    case ExportRole:
        switch (column) {
        case NameColumn: return v.name;
        case SizeColumn: return v.sizeGb;
        case StatusColumn: return v.status;
        case BootableColumn: return v.bootable;
        case EncryptedColumn: return v.encrypted;
        case ProjectColumn: return v.projectId;
        case AttachedColumn: {
            QVariantList list;
            for (const auto &a : v.attachments)
                list << QVariantMap{{QStringLiteral("server_id"), a.serverId},
                                    {QStringLiteral("server_name"), m_serverNames.value(a.serverId)},
                                    {QStringLiteral("device"), a.device},
                                    {QStringLiteral("attachment_id"), a.attachmentId}};
            return list;
        }
        case PropertiesColumn: {
            QVariantMap map;
            for (auto it = v.metadata.begin(); it != v.metadata.end(); ++it)
                map.insert(it.key(), it.value());
            return map;
        }
        default: return data(index, Qt::DisplayRole);
        }
    default:
        return {};
    }
}

QVariant VolumeListModel::headerData(int section, Qt::Orientation orientation, int role) const
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
    case TypeColumn: return tr("Type");
    case AttachedColumn: return tr("Attached To");
    case ZoneColumn: return tr("Availability Zone");
    case BootableColumn: return tr("Bootable");
    case EncryptedColumn: return tr("Encrypted");
    case ProjectColumn: return tr("Project");
    case RbdImageColumn: return tr("RBD Image");
    case PropertiesColumn: return tr("Properties");
    case IdColumn: return tr("ID");
    default: return {};
    }
}

Qt::ItemFlags VolumeListModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = RecordTableModel::flags(index);
    if (index.isValid())
        f |= Qt::ItemIsDragEnabled;
    return f;
}

QStringList VolumeListModel::mimeTypes() const
{
    return {QString::fromLatin1(kMimeType)};
}

QMimeData *VolumeListModel::mimeData(const QModelIndexList &indexes) const
{
    QStringList ids;
    for (const QModelIndex &i : indexes) {
        if (i.isValid() && i.model() == this && i.row() < m_rows.size() && !ids.contains(m_rows.at(i.row()).id))
            ids << m_rows.at(i.row()).id;
    }
    if (ids.isEmpty())
        return nullptr;
    auto *mime = new QMimeData;
    mime->setData(QString::fromLatin1(kMimeType), ids.join(QLatin1Char('\n')).toUtf8());
    QStringList names;
    for (const QString &id : std::as_const(ids))
        names << displayName(id);
    mime->setText(names.join(QLatin1Char('\n')));
    return mime;
}

void VolumeListModel::refreshColumn(int column)
{
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, column), index(int(m_rows.size()) - 1, column));
}

void VolumeListModel::setServerNames(const QHash<QString, QString> &names)
{
    if (names == m_serverNames)
        return;
    m_serverNames = names;
    refreshColumn(AttachedColumn);
}

void VolumeListModel::setProjectNames(const QHash<QString, QString> &names)
{
    if (names == m_projectNames)
        return;
    m_projectNames = names;
    refreshColumn(ProjectColumn);
}

void VolumeListModel::setPoolMap(const RbdPoolMap &map)
{
    if (map == m_pools)
        return;
    m_pools = map;
    refreshColumn(RbdImageColumn);
}

void VolumeListModel::mergePage(const QVector<Volume> &page)
{
    QVector<const Volume *> added;
    QSet<QString> addedIds; // the same id twice in one page: keep the first
    for (const Volume &v : page) {
        const int row = rowOf(v.id);
        if (row < 0) {
            if (!addedIds.contains(v.id)) {
                addedIds.insert(v.id);
                added.append(&v);
            }
        } else if (!(m_rows.at(row) == v)) {
            m_rows[row] = v;
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
    if (added.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(added.size()) - 1);
    m_rows.reserve(first + added.size());
    for (const Volume *v : std::as_const(added)) {
        m_index.insert(v->id, int(m_rows.size()));
        m_rows.append(*v);
    }
    endInsertRows();
}

void VolumeListModel::applyVolume(const Volume &volume)
{
    const int row = rowOf(volume.id);
    if (row < 0) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
        m_index.insert(volume.id, int(m_rows.size()));
        m_rows.append(volume);
        endInsertRows();
        return;
    }
    if (m_rows.at(row) == volume)
        return;
    m_rows[row] = volume;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void VolumeListModel::removeVolume(const QString &id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.remove(row);
    rebuildIndex();
    endRemoveRows();
}

} // namespace Models
