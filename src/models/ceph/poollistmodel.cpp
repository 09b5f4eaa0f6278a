// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/ceph/poollistmodel.h"

#include "ceph/cluster.h"
#include "core/format.h"

namespace Models {

PoolListModel::PoolListModel(QObject *parent)
    : RecordTableModel(parent)
{
}

int PoolListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PoolListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Ceph::Pool &p = m_rows.at(index.row());
    if (role == IdRole)
        return p.id;
    if (role == StatusKindRole && index.column() == PercentUsedColumn)
        return int(p.percentUsed > 0.85 ? StatusKind::Bad : p.percentUsed > 0.7 ? StatusKind::Warning : StatusKind::Good);
    if (role == Qt::TextAlignmentRole)
        return index.column() >= PgsColumn && index.column() <= QuotaObjectsColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    if (role != Qt::DisplayRole && role != SortRole && role != ExportRole && role != Qt::ToolTipRole)
        return {};
    const bool display = role == Qt::DisplayRole || role == Qt::ToolTipRole;
    auto bytes = [display](qint64 b) -> QVariant { return display ? QVariant(Core::formatBytes(b)) : QVariant(b); };
    switch (index.column()) {
    case NameColumn: return p.name;
    case ApplicationsColumn: return display ? QVariant(p.applications.join(QStringLiteral(", "))) : QVariant(p.applications);
    case PgsColumn: return p.pgNum;
    case SizeColumn: return p.size;
    case MinSizeColumn: return p.minSize;
    case StoredColumn: return bytes(p.storedBytes);
    case UsedColumn: return bytes(p.usedBytes);
    case ObjectsColumn: return p.objects;
    case PercentUsedColumn:
        return display ? QVariant(QStringLiteral("%1 %").arg(p.percentUsed * 100, 0, 'f', 2)) : QVariant(p.percentUsed);
    case MaxAvailColumn: return bytes(p.maxAvailBytes);
    case QuotaBytesColumn:
        return display && p.quotaBytes == 0 ? QVariant(tr("none")) : bytes(p.quotaBytes);
    case QuotaObjectsColumn:
        return display && p.quotaObjects == 0 ? QVariant(tr("none")) : QVariant(p.quotaObjects);
    case IdColumn: return p.poolId;
    default: break;
    }
    return {};
}

QVariant PoolListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == ColumnKeyRole) {
        static const char *keys[] = {"name", "applications", "pg_num", "size", "min_size", "stored_bytes", "used_bytes",
                                     "objects", "percent_used", "max_avail_bytes", "quota_max_bytes", "quota_max_objects", "pool_id"};
        return QString::fromLatin1(keys[section]);
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Pool");
    case ApplicationsColumn: return tr("Applications");
    case PgsColumn: return tr("PGs");
    case SizeColumn: return tr("Replicas");
    case MinSizeColumn: return tr("Min Replicas");
    case StoredColumn: return tr("Stored");
    case UsedColumn: return tr("Used");
    case ObjectsColumn: return tr("Objects");
    case PercentUsedColumn: return tr("% Used");
    case MaxAvailColumn: return tr("Max Available");
    case QuotaBytesColumn: return tr("Quota (Bytes)");
    case QuotaObjectsColumn: return tr("Quota (Objects)");
    case IdColumn: return tr("Pool ID");
    default: break;
    }
    return {};
}

void PoolListModel::reload(Ceph::Cluster *cluster)
{
    if (!cluster || (m_loading && m_loadingFrom == cluster))
        return;
    const bool wasLoading = m_loading;
    m_loading = true;
    m_loadingFrom = cluster;
    const quint64 generation = ++m_generation;
    if (!wasLoading)
        emit loadingChanged(true);
    cluster->pools(this, [this, generation](const QVector<Ceph::Pool> &pools, const Core::Error &error) {
        if (generation != m_generation)
            return;
        m_loading = false;
        m_lastError = error;
        if (!error)
            setRecords(pools);
        emit loadingChanged(false);
        emit loaded(error);
    });
}

void PoolListModel::cancel()
{
    ++m_generation;
    if (!m_loading)
        return;
    m_loading = false;
    emit loadingChanged(false);
}

} // namespace Models
