// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/hosts/zonelistmodel.h"

#include "models/hosts/capacitycolumns.h"
#include "models/hosts/hostsloader.h"

namespace Models {

using OpenStack::Hosts::AvailabilityZone;

ZoneListModel::ZoneListModel(QObject *parent)
    : RecordTableModel(parent)
{
}

int ZoneListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ZoneListModel::kindName(AvailabilityZone::Kind kind)
{
    switch (kind) {
    case AvailabilityZone::Kind::Compute:
        return tr("Compute");
    case AvailabilityZone::Kind::Volume:
        return tr("Volume");
    case AvailabilityZone::Kind::Network:
        return tr("Network");
    }
    return {};
}

QVariant ZoneListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ZoneRow &row = m_rows.at(index.row());
    const AvailabilityZone &z = row.zone;
    if (role == IdRole)
        return row.id;
    const int column = index.column();
    if (column >= VcpusUsedColumn && column <= DiskColumn) {
        if (z.kind != AvailabilityZone::Kind::Compute)
            return role == Qt::DisplayRole ? QVariant(QString()) : QVariant();
        return CapacityColumns::data(row.capacity, column - VcpusUsedColumn, role);
    }
    if (role == StatusKindRole && column == StateColumn)
        return int(z.available ? StatusKind::Good : StatusKind::Bad);
    if (role != Qt::DisplayRole && role != SortRole && role != ExportRole && role != Qt::ToolTipRole)
        return {};
    const bool exporting = role == ExportRole;
    switch (column) {
    case NameColumn:
        return z.name;
    case ServiceColumn: {
        const bool plain = z.resource.isEmpty() || z.resource == QLatin1String("network");
        QString text = exporting ? AvailabilityZone::kindKey(z.kind) : kindName(z.kind);
        if (!plain)
            text += exporting ? QString(QLatin1Char('/') + z.resource) : QString(QStringLiteral(" (") + z.resource + QLatin1Char(')'));
        return text;
    }
    case StateColumn:
        if (exporting)
            return z.available ? QStringLiteral("available") : QStringLiteral("not available");
        return z.available ? tr("Available") : tr("Not available");
    case HostsColumn:
        if (exporting)
            return row.hosts;
        if (role == SortRole)
            return row.hosts.size();
        return row.hosts.join(QStringLiteral(", "));
    case AggregatesColumn:
        if (exporting)
            return row.aggregates;
        return row.aggregates.join(QStringLiteral(", "));
    }
    return {};
}

QVariant ZoneListModel::headerData(int section, Qt::Orientation orientation, int role) const
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
        case NameColumn: return QStringLiteral("name");
        case ServiceColumn: return QStringLiteral("service");
        case StateColumn: return QStringLiteral("state");
        case HostsColumn: return QStringLiteral("hosts");
        case AggregatesColumn: return QStringLiteral("aggregates");
        }
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Zone");
    case ServiceColumn: return tr("Service");
    case StateColumn: return tr("State");
    case HostsColumn: return tr("Hosts");
    case AggregatesColumn: return tr("Aggregates");
    }
    return {};
}

void ZoneListModel::setSnapshot(const HostsSnapshot &snapshot)
{
    QVector<ZoneRow> rows;
    for (const AvailabilityZone &z : snapshot.zones) {
        ZoneRow row;
        row.id = z.id;
        row.zone = z;
        row.hosts = snapshot.zoneHosts(z);
        if (z.kind == AvailabilityZone::Kind::Compute) {
            for (const auto &a : snapshot.aggregates) {
                if (a.availabilityZone == z.name)
                    row.aggregates.append(a.name);
            }
            row.capacity = snapshot.zoneCapacity(z);
        }
        rows.append(std::move(row));
    }
    setRecords(std::move(rows));
}

} // namespace Models
