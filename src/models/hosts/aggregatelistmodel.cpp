// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/hosts/aggregatelistmodel.h"

#include "models/hosts/capacitycolumns.h"
#include "models/hosts/hostsloader.h"

#include <QVariantMap>

namespace Models {

AggregateListModel::AggregateListModel(QObject *parent)
    : RecordTableModel(parent)
{
}

int AggregateListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

namespace {
QString propertiesText(const QMap<QString, QString> &metadata)
{
    QStringList parts;
    for (auto it = metadata.begin(); it != metadata.end(); ++it)
        parts << it.key() + QStringLiteral("='") + it.value() + QLatin1Char('\'');
    return parts.join(QStringLiteral(", "));
}
} // namespace

QVariant AggregateListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const AggregateRow &row = m_rows.at(index.row());
    const OpenStack::Hosts::Aggregate &a = row.aggregate;
    if (role == IdRole)
        return a.id;
    const int column = index.column();
    if (column >= VcpusUsedColumn && column <= DiskColumn)
        return CapacityColumns::data(row.capacity, column - VcpusUsedColumn, role);
    if (role == Qt::ToolTipRole && column == HostsColumn && !row.capacity.missing.isEmpty())
        return tr("Placement has no resource provider for: %1").arg(row.capacity.missing.join(QStringLiteral(", ")));
    if (role != Qt::DisplayRole && role != SortRole && role != ExportRole && role != Qt::ToolTipRole)
        return {};
    switch (column) {
    case IdColumn:
        // Nova's ids are integers: export and sort them as numbers, as the CLI prints them.
        return role == Qt::DisplayRole || role == Qt::ToolTipRole ? QVariant(a.id) : QVariant(a.id.toLongLong());
    case NameColumn:
        return a.name;
    case ZoneColumn:
        if (role == ExportRole && a.availabilityZone.isEmpty())
            return QVariant::fromValue(nullptr);
        return a.availabilityZone;
    case PropertiesColumn:
        if (role == ExportRole) {
            QVariantMap m;
            for (auto it = a.metadata.begin(); it != a.metadata.end(); ++it)
                m.insert(it.key(), it.value());
            return m;
        }
        return propertiesText(a.metadata);
    case HostsColumn:
        if (role == ExportRole)
            return a.hosts;
        if (role == SortRole)
            return a.hosts.size();
        return a.hosts.join(QStringLiteral(", "));
    case UuidColumn:
        return a.uuid;
    }
    return {};
}

QVariant AggregateListModel::headerData(int section, Qt::Orientation orientation, int role) const
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
        case IdColumn: return QStringLiteral("id");
        case NameColumn: return QStringLiteral("name");
        case ZoneColumn: return QStringLiteral("availability_zone");
        case PropertiesColumn: return QStringLiteral("properties");
        case HostsColumn: return QStringLiteral("hosts");
        case UuidColumn: return QStringLiteral("uuid");
        }
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn: return tr("ID");
    case NameColumn: return tr("Name");
    case ZoneColumn: return tr("Availability Zone");
    case PropertiesColumn: return tr("Properties");
    case HostsColumn: return tr("Hosts");
    case UuidColumn: return tr("UUID");
    }
    return {};
}

void AggregateListModel::setSnapshot(const HostsSnapshot &snapshot)
{
    QVector<AggregateRow> rows;
    rows.reserve(snapshot.aggregates.size());
    for (const OpenStack::Hosts::Aggregate &a : snapshot.aggregates)
        rows.append({a.id, a, snapshot.aggregateCapacity(a)});
    setRecords(std::move(rows));
}

const AggregateRow *AggregateListModel::find(const QString &id) const
{
    const int row = rowOf(id);
    return row >= 0 ? &m_rows.at(row) : nullptr;
}

} // namespace Models
