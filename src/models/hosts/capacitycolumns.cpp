// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/hosts/capacitycolumns.h"

#include "core/format.h"
#include "models/roles.h"

#include <QCoreApplication>

namespace Models::CapacityColumns {

using OpenStack::Placement::ResourceCapacity;

namespace {

QString classAt(int offset)
{
    switch (offset / 2) {
    case 0:
        return OpenStack::Placement::kVcpu;
    case 1:
        return OpenStack::Placement::kMemoryMb;
    default:
        return OpenStack::Placement::kDiskGb;
    }
}

QVariant cell(const ResourceCapacity &c, bool known, int offset, int role)
{
    const bool usedColumn = offset % 2 == 0;
    const QString rc = classAt(offset);
    if (role == ExportRole || role == SortRole) {
        if (!known) // null in JSON, empty in CSV: not a dash the scripts would have to know
            return role == ExportRole ? QVariant::fromValue(nullptr) : QVariant();
        return usedColumn ? QVariant(c.used) : QVariant(qint64(c.capacity));
    }
    if (role == Qt::ToolTipRole)
        return known ? tooltip(c, rc) : QVariant();
    if (role == StatusKindRole && usedColumn && known && c.capacity > 0) {
        const double p = c.usedPercent();
        return QVariant::fromValue(int(p >= 100 ? StatusKind::Bad : p >= 85 ? StatusKind::Warning : StatusKind::Good));
    }
    if (role != Qt::DisplayRole)
        return {};
    if (!known)
        return QStringLiteral("–");
    if (usedColumn) {
        if (c.capacity <= 0)
            return QString::number(c.used);
        return QStringLiteral("%1 (%2%)").arg(c.used).arg(qRound(c.usedPercent()));
    }
    if (c.minRatio == c.maxRatio && c.minRatio != 1.0)
        return QStringLiteral("%1 (×%2)").arg(qint64(c.capacity)).arg(c.minRatio, 0, 'g', 3);
    return QString::number(qint64(c.capacity));
}

} // namespace

QString key(int offset)
{
    static const char *const keys[kCount] = {"vcpus_used", "vcpus_capacity", "ram_mb_used",
                                             "ram_mb_capacity", "disk_gb_used", "disk_gb_capacity"};
    return offset >= 0 && offset < kCount ? QString::fromLatin1(keys[offset]) : QString();
}

QString title(int offset)
{
    switch (offset) {
    case 0:
        return QCoreApplication::translate("Models::CapacityColumns", "vCPUs Used");
    case 1:
        return QCoreApplication::translate("Models::CapacityColumns", "vCPUs");
    case 2:
        return QCoreApplication::translate("Models::CapacityColumns", "RAM Used (MiB)");
    case 3:
        return QCoreApplication::translate("Models::CapacityColumns", "RAM (MiB)");
    case 4:
        return QCoreApplication::translate("Models::CapacityColumns", "Disk Used (GiB)");
    case 5:
        return QCoreApplication::translate("Models::CapacityColumns", "Disk (GiB)");
    }
    return {};
}

QVariant data(const OpenStack::Placement::CapacityRollup &capacity, int offset, int role)
{
    const QString rc = classAt(offset);
    return cell(capacity.resource(rc), capacity.resources.contains(rc), offset, role);
}

QVariant data(const OpenStack::Placement::ProviderCapacity &capacity, int offset, int role)
{
    const QString rc = classAt(offset);
    return cell(capacity.resource(rc), capacity.resources.contains(rc), offset, role);
}

QString tooltip(const ResourceCapacity &c, const QString &resourceClass)
{
    QString ratio = QString::number(c.minRatio, 'g', 4);
    if (c.maxRatio != c.minRatio)
        ratio += QStringLiteral("–") + QString::number(c.maxRatio, 'g', 4);
    return QCoreApplication::translate("Models::CapacityColumns",
                                       "%1: %2 used of %3 (total %4, reserved %5, allocation ratio %6)")
        .arg(resourceClass)
        .arg(c.used)
        .arg(qint64(c.capacity))
        .arg(c.total)
        .arg(c.reserved)
        .arg(ratio);
}

} // namespace Models::CapacityColumns
