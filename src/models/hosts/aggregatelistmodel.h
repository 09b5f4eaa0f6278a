// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/recordtablemodel.h"
#include "openstack/hosts/aggregate.h"
#include "openstack/placement/placementtypes.h"

namespace Models {

struct HostsSnapshot;

// One aggregate with the capacity of its hosts rolled up from Placement.
struct AggregateRow
{
    QString id;
    OpenStack::Hosts::Aggregate aggregate;
    OpenStack::Placement::CapacityRollup capacity;

    bool operator==(const AggregateRow &) const = default;
};

// The aggregates table of the Aggregates & Zones tab and `stackdeck export aggregates`. The
// first five columns are those of `openstack aggregate list --long` (id, name, availability
// zone, properties, hosts); the capacity columns follow.
class AggregateListModel : public RecordTableModel<AggregateRow>
{
    Q_OBJECT
public:
    enum Column {
        IdColumn,
        NameColumn,
        ZoneColumn,
        PropertiesColumn,
        HostsColumn,
        VcpusUsedColumn,
        VcpusColumn,
        RamUsedColumn,
        RamColumn,
        DiskUsedColumn,
        DiskColumn,
        UuidColumn,
        ColumnCount
    };

    explicit AggregateListModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    void setSnapshot(const HostsSnapshot &snapshot);
    const AggregateRow *find(const QString &id) const;
};

} // namespace Models
