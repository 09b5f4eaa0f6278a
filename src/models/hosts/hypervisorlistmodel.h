// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/recordtablemodel.h"
#include "openstack/hosts/hypervisor.h"
#include "openstack/placement/placementtypes.h"

namespace Models {

struct HostsSnapshot;

struct HypervisorRow
{
    QString id; // the hypervisor id
    OpenStack::Hosts::Hypervisor hypervisor;
    OpenStack::Hosts::ComputeService service; // id empty when os-services did not list it
    QString zone;
    QStringList aggregates;
    OpenStack::Placement::ProviderCapacity capacity;

    bool operator==(const HypervisorRow &) const = default;
};

// The hypervisors table and `stackdeck export hypervisors`: state and status as
// `openstack hypervisor list` shows them, plus zone, aggregates, instance count and the
// capacity Nova ≥ 2.88 no longer reports (from Placement).
class HypervisorListModel : public RecordTableModel<HypervisorRow>
{
    Q_OBJECT
public:
    enum Column {
        HostnameColumn,
        HostColumn,
        ZoneColumn,
        AggregatesColumn,
        StateColumn,
        StatusColumn,
        DisabledReasonColumn,
        InstancesColumn,
        VcpusUsedColumn,
        VcpusColumn,
        RamUsedColumn,
        RamColumn,
        DiskUsedColumn,
        DiskColumn,
        TypeColumn,
        VersionColumn,
        HostIpColumn,
        IdColumn,
        ColumnCount
    };

    explicit HypervisorListModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    void setSnapshot(const HostsSnapshot &snapshot);
};

} // namespace Models
