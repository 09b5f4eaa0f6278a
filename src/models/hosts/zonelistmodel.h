// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/recordtablemodel.h"
#include "openstack/hosts/zone.h"
#include "openstack/placement/placementtypes.h"

namespace Models {

struct HostsSnapshot;

struct ZoneRow
{
    QString id; // "<kind>/<name>"
    OpenStack::Hosts::AvailabilityZone zone;
    QStringList hosts;      // compute: the compute hosts; others: as the service says
    QStringList aggregates; // compute: the aggregates that carry the zone
    QVector<OpenStack::Hosts::ZoneService> services; // compute, volume and (agents) network
    OpenStack::Placement::CapacityRollup capacity;

    bool operator==(const ZoneRow &) const = default;
};

// Availability zones of compute, volume and network with hosts, state and (compute) the
// capacity of their hosts: the zones table and `stackdeck export availability-zones`.
class ZoneListModel : public RecordTableModel<ZoneRow>
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        ServiceColumn,
        StateColumn,
        HostsColumn,
        AggregatesColumn,
        ServicesColumn, // each service with its host and state; export: [{host, binary, state, status}]
        VcpusUsedColumn,
        VcpusColumn,
        RamUsedColumn,
        RamColumn,
        DiskUsedColumn,
        DiskColumn,
        ColumnCount
    };

    explicit ZoneListModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    void setSnapshot(const HostsSnapshot &snapshot);
    static QString kindName(OpenStack::Hosts::AvailabilityZone::Kind kind);
    // "host01 nova-compute: up" with ", disabled" when the service takes no work.
    static QString serviceText(const OpenStack::Hosts::ZoneService &service);
};

} // namespace Models
