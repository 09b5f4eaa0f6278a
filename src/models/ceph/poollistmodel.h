// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ceph/types.h"
#include "core/error.h"
#include "models/recordtablemodel.h"

#include <QPointer>

namespace Ceph {
class Cluster;
}

namespace Models {

// The pools of the Ceph tab and `stackdeck export ceph-pools`: PGs, replicas, applications,
// stored/used/objects and quotas (ceph osd pool ls detail + ceph df detail).
class PoolListModel : public RecordTableModel<Ceph::Pool>
{
    Q_OBJECT
public:
    enum Column {
        NameColumn, ApplicationsColumn, PgsColumn, SizeColumn, MinSizeColumn, StoredColumn, UsedColumn,
        ObjectsColumn, PercentUsedColumn, MaxAvailColumn, QuotaBytesColumn, QuotaObjectsColumn, IdColumn, ColumnCount
    };

    explicit PoolListModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    void reload(Ceph::Cluster *cluster);
    bool isLoading() const { return m_loading; }
    // Forgets a load in flight (its cluster is going away; its answer will never come).
    void cancel();
    const Core::Error &lastError() const { return m_lastError; }

signals:
    void loadingChanged(bool loading);
    void loaded(const Core::Error &error);

private:
    bool m_loading = false;
    // The cluster of the load in flight: a load from another cluster (reconnected with other
    // settings) replaces it, and the answer of a replaced load is ignored.
    QPointer<Ceph::Cluster> m_loadingFrom;
    quint64 m_generation = 0;
    Core::Error m_lastError;
};

} // namespace Models
