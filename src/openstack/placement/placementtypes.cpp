// SPDX-License-Identifier: GPL-3.0-or-later
#include "openstack/placement/placementtypes.h"

#include "openstack/client/jsonfields.h"

#include <QCoreApplication>
#include <cmath>

namespace OpenStack::Placement {

ResourceProvider ResourceProvider::fromJson(const QJsonObject &object, Core::Error *error)
{
    FieldReader r(object, QStringLiteral("resource provider"));
    ResourceProvider p;
    p.id = r.requiredString("uuid");
    p.name = r.requiredString("name");
    p.generation = r.integer("generation");
    p.parentUuid = r.string("parent_provider_uuid");
    p.rootUuid = r.string("root_provider_uuid");
    if (!r.ok() && error)
        *error = r.error();
    return p;
}

double Inventory::capacity() const
{
    const double c = double(total - reserved) * allocationRatio;
    // Placement truncates to an integer when it compares a claim with capacity.
    return c > 0 ? std::floor(c + 1e-9) : 0;
}

Inventory Inventory::fromJson(const QJsonObject &object, const QString &resourceClass, Core::Error *error)
{
    FieldReader r(object, QStringLiteral("inventory of %1").arg(resourceClass));
    Inventory inv;
    inv.total = r.requiredInteger("total");
    inv.reserved = r.integer("reserved", 0);
    inv.minUnit = r.integer("min_unit", 1);
    inv.maxUnit = r.integer("max_unit", inv.total);
    inv.stepSize = r.integer("step_size", 1);
    inv.allocationRatio = r.number("allocation_ratio", 1.0);
    if (!object.value(QLatin1String("allocation_ratio")).isUndefined()
        && !object.value(QLatin1String("allocation_ratio")).isDouble() && error && !*error) {
        *error = Core::Error::make(Core::Error::Kind::BadResponse,
                                   QCoreApplication::translate("OpenStack::Placement",
                                                               "The inventory of %1 has an allocation_ratio that is not a number")
                                       .arg(resourceClass));
        return inv;
    }
    if (!r.ok() && error)
        *error = r.error();
    return inv;
}

QMap<QString, Inventory> inventoriesFromJson(const QJsonObject &root, Core::Error *error)
{
    const QJsonValue v = root.value(QLatin1String("inventories"));
    if (!v.isObject()) {
        if (error)
            *error = Core::Error::make(Core::Error::Kind::BadResponse,
                                       QCoreApplication::translate("OpenStack::Placement",
                                                                   "The response has no \"inventories\" object"));
        return {};
    }
    QMap<QString, Inventory> out;
    const QJsonObject o = v.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        Core::Error e;
        Inventory inv = Inventory::fromJson(it.value().toObject(), it.key(), &e);
        if (e) {
            if (error)
                *error = e;
            return {};
        }
        out.insert(it.key(), inv);
    }
    return out;
}

QMap<QString, qint64> usagesFromJson(const QJsonObject &root, Core::Error *error)
{
    const QJsonValue v = root.value(QLatin1String("usages"));
    if (!v.isObject()) {
        if (error)
            *error = Core::Error::make(Core::Error::Kind::BadResponse,
                                       QCoreApplication::translate("OpenStack::Placement",
                                                                   "The response has no \"usages\" object"));
        return {};
    }
    QMap<QString, qint64> out;
    const QJsonObject o = v.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!it.value().isDouble()) {
            if (error)
                *error = Core::Error::make(Core::Error::Kind::BadResponse,
                                           QCoreApplication::translate("OpenStack::Placement",
                                                                       "The usage of %1 is not a number")
                                               .arg(it.key()));
            return {};
        }
        out.insert(it.key(), qint64(it.value().toDouble()));
    }
    return out;
}

void ResourceCapacity::add(const ResourceCapacity &other)
{
    const bool first = total == 0 && capacity == 0 && used == 0 && minRatio == 0 && maxRatio == 0;
    total += other.total;
    reserved += other.reserved;
    capacity += other.capacity;
    used += other.used;
    minRatio = first ? other.minRatio : std::min(minRatio, other.minRatio);
    maxRatio = first ? other.maxRatio : std::max(maxRatio, other.maxRatio);
}

ProviderCapacity ProviderCapacity::from(const ResourceProvider &provider, const QMap<QString, Inventory> &inventories,
                                        const QMap<QString, qint64> &usages)
{
    ProviderCapacity pc;
    pc.providerId = provider.id;
    pc.name = provider.name;
    for (auto it = inventories.begin(); it != inventories.end(); ++it) {
        ResourceCapacity rc;
        rc.total = it->total;
        rc.reserved = it->reserved;
        rc.capacity = it->capacity();
        rc.used = usages.value(it.key());
        rc.minRatio = rc.maxRatio = it->allocationRatio;
        pc.resources.insert(it.key(), rc);
    }
    // A usage without inventory (inventory removed under live allocations) still counts as used.
    for (auto it = usages.begin(); it != usages.end(); ++it) {
        if (!pc.resources.contains(it.key()) && it.value() > 0) {
            ResourceCapacity rc;
            rc.used = it.value();
            pc.resources.insert(it.key(), rc);
        }
    }
    return pc;
}

CapacityRollup rollUp(const QStringList &hosts, const QMap<QString, ProviderCapacity> &byName,
                      const QMap<QString, QString> &providerNameOfHost)
{
    CapacityRollup out;
    for (const QString &host : hosts) {
        const QString name = providerNameOfHost.value(host, host);
        const auto it = byName.constFind(name);
        if (it == byName.constEnd()) {
            out.missing.append(host);
            continue;
        }
        if (out.providers.contains(it->name))
            continue; // a host listed twice counts once
        out.providers.append(it->name);
        for (auto r = it->resources.begin(); r != it->resources.end(); ++r)
            out.resources[r.key()].add(r.value());
    }
    return out;
}

} // namespace OpenStack::Placement
