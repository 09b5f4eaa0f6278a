// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/ceph/rbdimagemodel.h"

#include "core/format.h"

#include <QLocale>

namespace Models {

RbdImageModel::RbdImageModel(QObject *parent)
    : RecordTableModel(parent)
{
}

int RbdImageModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RbdImageModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Ceph::RbdImage &img = m_rows.at(index.row());
    if (role == IdRole)
        return img.id;
    if (role == StatusKindRole && index.column() == NameColumn && !img.error.isEmpty())
        return int(StatusKind::Bad);
    if (role == Qt::ToolTipRole && !img.error.isEmpty())
        return img.error;
    if (role != Qt::DisplayRole && role != SortRole && role != ExportRole && role != Qt::ToolTipRole)
        return {};
    const bool display = role == Qt::DisplayRole || role == Qt::ToolTipRole;
    switch (index.column()) {
    case NameColumn: return img.name;
    case PoolColumn: return img.pool;
    case SizeColumn: return display ? QVariant(Core::formatBytes(img.sizeBytes)) : QVariant(img.sizeBytes);
    case UsedColumn:
        if (img.usedBytes < 0)
            return display ? QVariant(QString()) : QVariant();
        return display ? QVariant(Core::formatBytes(img.usedBytes)) : QVariant(img.usedBytes);
    case FeaturesColumn: return display ? QVariant(img.featureNames().join(QStringLiteral(", "))) : QVariant(img.featureNames());
    case ParentColumn: return img.parent;
    case SnapshotsColumn: return img.snapshotCount;
    case WatchersColumn: {
        if (!img.watchersKnown)
            return {};
        QStringList addrs;
        for (const Ceph::RbdWatcher &w : img.watchers)
            addrs.append(w.address);
        if (role == SortRole)
            return int(img.watchers.size());
        return display ? QVariant(addrs.join(QStringLiteral(", "))) : QVariant(addrs);
    }
    case FormatColumn: return img.format;
    case CreatedColumn:
        if (!img.createdAt.isValid())
            return {};
        return display ? QVariant(QLocale().toString(img.createdAt.toLocalTime(), QLocale::ShortFormat))
                       : QVariant(img.createdAt.toUTC().toString(Qt::ISODate));
    case ImageIdColumn: return img.imageId;
    default: break;
    }
    return {};
}

QVariant RbdImageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == ColumnKeyRole) {
        // "image", "size", "format", "id" as `rbd ls -l --format json` names them.
        static const char *keys[] = {"image", "pool", "size", "used_bytes", "features", "parent",
                                     "snapshots", "watchers", "format", "created", "id"};
        return QString::fromLatin1(keys[section]);
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Image");
    case PoolColumn: return tr("Pool");
    case SizeColumn: return tr("Size");
    case UsedColumn: return tr("Used");
    case FeaturesColumn: return tr("Features");
    case ParentColumn: return tr("Parent");
    case SnapshotsColumn: return tr("Snapshots");
    case WatchersColumn: return tr("Watchers");
    case FormatColumn: return tr("Format");
    case CreatedColumn: return tr("Created");
    case ImageIdColumn: return tr("Image ID");
    default: break;
    }
    return {};
}

void RbdImageModel::reload(Ceph::Cluster *cluster, const QStringList &pools, const Ceph::ListOptions &options)
{
    if (!cluster)
        return;
    // A new request replaces one in flight: its answers are ignored by generation.
    ++m_generation;
    m_cluster = cluster;
    m_pools = pools;
    m_queue = pools;
    m_options = options;
    m_collected.clear();
    m_lastError = {};
    if (!m_loading) {
        m_loading = true;
        emit loadingChanged(true);
    }
    next();
}

void RbdImageModel::setUsed(const QString &id, qint64 usedBytes)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    m_rows[row].usedBytes = usedBytes;
    emit dataChanged(index(row, UsedColumn), index(row, UsedColumn));
}

void RbdImageModel::next()
{
    if (m_queue.isEmpty() || !m_cluster) {
        if (!m_lastError || !m_collected.isEmpty())
            setRecords(m_collected);
        m_loading = false;
        emit loadingChanged(false);
        emit loaded(m_lastError);
        return;
    }
    const QString pool = m_queue.takeFirst();
    const quint64 generation = m_generation;
    m_cluster->images(pool, m_options, this, [this, generation](const QVector<Ceph::RbdImage> &images, const Core::Error &error) {
        if (generation != m_generation)
            return;
        if (error)
            m_lastError = error;
        // Keep what was measured before (Used) across refreshes.
        for (Ceph::RbdImage img : images) {
            const int row = rowOf(img.id);
            if (row >= 0 && img.usedBytes < 0)
                img.usedBytes = m_rows.at(row).usedBytes;
            m_collected.append(img);
        }
        next();
    });
}

void RbdImageModel::cancel()
{
    ++m_generation;
    if (!m_loading)
        return;
    m_loading = false;
    emit loadingChanged(false);
}

} // namespace Models
