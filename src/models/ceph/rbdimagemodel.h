// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ceph/cluster.h"
#include "core/error.h"
#include "models/recordtablemodel.h"

#include <QPointer>

namespace Models {

// RBD images of one or more pools: the Ceph tab's image table and `stackdeck export rbd-images`
// (the same images and sizes as `rbd ls -l` per pool). Pools are listed one after another; an
// image that could not be opened is still listed, with why.
class RbdImageModel : public RecordTableModel<Ceph::RbdImage>
{
    Q_OBJECT
public:
    enum Column {
        NameColumn, PoolColumn, SizeColumn, UsedColumn, FeaturesColumn, ParentColumn, SnapshotsColumn,
        WatchersColumn, FormatColumn, CreatedColumn, ImageIdColumn, ColumnCount
    };

    explicit RbdImageModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    void reload(Ceph::Cluster *cluster, const QStringList &pools, const Ceph::ListOptions &options = {});
    // Measured usage (from details) shown in the Used column.
    void setUsed(const QString &id, qint64 usedBytes);
    bool isLoading() const { return m_loading; }
    // Forgets a load in flight (its cluster is going away; its answer will never come).
    void cancel();
    const Core::Error &lastError() const { return m_lastError; }
    QStringList pools() const { return m_pools; }

signals:
    void loadingChanged(bool loading);
    void loaded(const Core::Error &error);

private:
    void next();

    QPointer<Ceph::Cluster> m_cluster;
    QStringList m_pools;
    QStringList m_queue;
    Ceph::ListOptions m_options;
    QVector<Ceph::RbdImage> m_collected;
    bool m_loading = false;
    quint64 m_generation = 0;
    Core::Error m_lastError;
};

} // namespace Models
