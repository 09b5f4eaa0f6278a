// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/hosts/zonelistmodel.h"

#include "models/hosts/capacitycolumns.h"
#include "models/hosts/hostsloader.h"

#include <algorithm>

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

QString ZoneListModel::serviceText(const OpenStack::Hosts::ZoneService &service)
{
    const QString state = service.available ? tr("up") : tr("down");
    if (service.active)
        return tr("%1 %2: %3").arg(service.host, service.binary, state);
    return tr("%1 %2: %3, disabled").arg(service.host, service.binary, state);
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
    if (role == StatusKindRole && column == ServicesColumn) {
        if (row.services.isEmpty())
            return int(StatusKind::Neutral);
        const bool allUp = std::all_of(row.services.cbegin(), row.services.cend(),
                                       [](const OpenStack::Hosts::ZoneService &s) { return s.available || !s.active; });
        return int(allUp ? StatusKind::Good : StatusKind::Warning);
    }
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
    case ServicesColumn: {
        if (exporting) {
            QVariantList list;
            for (const OpenStack::Hosts::ZoneService &s : row.services) {
                list.append(QVariantMap{{QStringLiteral("host"), s.host},
                                        {QStringLiteral("binary"), s.binary},
                                        {QStringLiteral("state"), s.available ? QStringLiteral("up") : QStringLiteral("down")},
                                        {QStringLiteral("status"), s.active ? QStringLiteral("enabled") : QStringLiteral("disabled")}});
            }
            return list;
        }
        if (role == SortRole) {
            // Zones with a service down sort together: the count of services down, then all.
            int down = 0;
            for (const OpenStack::Hosts::ZoneService &s : row.services)
                down += s.available ? 0 : 1;
            return down * 1000 + int(row.services.size());
        }
        QStringList lines;
        for (const OpenStack::Hosts::ZoneService &s : row.services) {
            QString line = serviceText(s);
            if (role == Qt::ToolTipRole && !s.active && !s.disabledReason.isEmpty())
                line += QStringLiteral(" (") + s.disabledReason + QLatin1Char(')');
            lines.append(line);
        }
        return lines.join(role == Qt::ToolTipRole ? QStringLiteral("\n") : QStringLiteral("; "));
    }
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
        case ServicesColumn: return QStringLiteral("services");
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
    case ServicesColumn: return tr("Services");
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
        row.services = z.services;
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
