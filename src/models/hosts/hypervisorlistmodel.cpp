// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/hosts/hypervisorlistmodel.h"

#include "models/hosts/capacitycolumns.h"
#include "models/hosts/hostsloader.h"

namespace Models {

HypervisorListModel::HypervisorListModel(QObject *parent)
    : RecordTableModel(parent)
{
}

int HypervisorListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HypervisorListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const HypervisorRow &row = m_rows.at(index.row());
    const OpenStack::Hosts::Hypervisor &h = row.hypervisor;
    if (role == IdRole)
        return h.id;
    const int column = index.column();
    if (column >= VcpusUsedColumn && column <= DiskColumn) {
        if (row.capacity.providerId.isEmpty() && role == Qt::ToolTipRole)
            return tr("Placement has no resource provider named %1").arg(h.hostname);
        return CapacityColumns::data(row.capacity, column - VcpusUsedColumn, role);
    }
    if (role == StatusKindRole) {
        if (column == StateColumn)
            return int(h.isUp() ? StatusKind::Good : StatusKind::Bad);
        if (column == StatusColumn)
            return int(h.isEnabled() ? StatusKind::Good : StatusKind::Warning);
        return {};
    }
    if (role == Qt::TextAlignmentRole)
        return column == InstancesColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    if (role != Qt::DisplayRole && role != SortRole && role != ExportRole && role != Qt::ToolTipRole)
        return {};
    const bool display = role == Qt::DisplayRole || role == Qt::ToolTipRole;
    switch (column) {
    case HostnameColumn:
        return h.hostname;
    case HostColumn:
        return h.host;
    case ZoneColumn:
        return row.zone;
    case AggregatesColumn:
        return display ? QVariant(row.aggregates.join(QStringLiteral(", "))) : QVariant(row.aggregates);
    case StateColumn:
        if (display)
            return h.isUp() ? tr("Up") : h.state.isEmpty() ? QString() : tr("Down");
        return h.state;
    case StatusColumn:
        if (display)
            return h.isEnabled() ? tr("Enabled") : h.status.isEmpty() ? QString() : tr("Disabled");
        return h.status;
    case DisabledReasonColumn:
        return row.service.id.isEmpty() ? h.disabledReason : row.service.disabledReason;
    case InstancesColumn:
        return h.instanceCount();
    case TypeColumn:
        return h.type;
    case VersionColumn:
        return display ? QVariant(h.versionText()) : QVariant(h.version);
    case HostIpColumn:
        return h.hostIp;
    case IdColumn:
        return h.id;
    }
    return {};
}

QVariant HypervisorListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (section >= VcpusUsedColumn && section <= DiskColumn) {
        if (role == ColumnKeyRole)
            return CapacityColumns::key(section - VcpusUsedColumn);
        if (role == Qt::DisplayRole)
            return CapacityColumns::title(section - VcpusUsedColumn);
        return {};
    }
    if (role == ColumnKeyRole) {
        switch (section) {
        case HostnameColumn: return QStringLiteral("hypervisor_hostname");
        case HostColumn: return QStringLiteral("host");
        case ZoneColumn: return QStringLiteral("availability_zone");
        case AggregatesColumn: return QStringLiteral("aggregates");
        case StateColumn: return QStringLiteral("state");
        case StatusColumn: return QStringLiteral("status");
        case DisabledReasonColumn: return QStringLiteral("disabled_reason");
        case InstancesColumn: return QStringLiteral("instances");
        case TypeColumn: return QStringLiteral("hypervisor_type");
        case VersionColumn: return QStringLiteral("hypervisor_version");
        case HostIpColumn: return QStringLiteral("host_ip");
        case IdColumn: return QStringLiteral("id");
        }
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case HostnameColumn: return tr("Hypervisor Hostname");
    case HostColumn: return tr("Host");
    case ZoneColumn: return tr("Zone");
    case AggregatesColumn: return tr("Aggregates");
    case StateColumn: return tr("State");
    case StatusColumn: return tr("Status");
    case DisabledReasonColumn: return tr("Disabled Reason");
    case InstancesColumn: return tr("Instances");
    case TypeColumn: return tr("Type");
    case VersionColumn: return tr("Version");
    case HostIpColumn: return tr("Host IP");
    case IdColumn: return tr("ID");
    }
    return {};
}

void HypervisorListModel::setSnapshot(const HostsSnapshot &snapshot)
{
    QVector<HypervisorRow> rows;
    rows.reserve(snapshot.hypervisors.size());
    for (const OpenStack::Hosts::Hypervisor &h : snapshot.hypervisors) {
        HypervisorRow row;
        row.id = h.id;
        row.hypervisor = h;
        if (const auto *s = snapshot.serviceOf(h.host))
            row.service = *s;
        row.zone = snapshot.zoneOf(h.host);
        row.aggregates = snapshot.aggregatesOf(h.host);
        row.capacity = snapshot.capacities.value(h.hostname);
        rows.append(std::move(row));
    }
    setRecords(std::move(rows));
}

} // namespace Models
