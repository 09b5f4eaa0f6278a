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
    const Core::Error &lastError() const { return m_lastError; }

signals:
    void loadingChanged(bool loading);
    void loaded(const Core::Error &error);

private:
    bool m_loading = false;
    Core::Error m_lastError;
};

} // namespace Models
