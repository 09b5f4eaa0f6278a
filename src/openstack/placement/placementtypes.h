// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVector>

namespace OpenStack::Placement {

// The resource classes the console rolls up. Others (PCI devices, custom classes) are kept in
// the maps but not charted.
inline const QString kVcpu = QStringLiteral("VCPU");
inline const QString kMemoryMb = QStringLiteral("MEMORY_MB");
inline const QString kDiskGb = QStringLiteral("DISK_GB");

// GET /resource_providers entry. For a Nova compute node, `name` is the hypervisor hostname and
// `id` (the uuid) is the compute node's id.
struct ResourceProvider
{
    QString id; // uuid
    QString name;
    qint64 generation = 0;
    QString parentUuid;
    QString rootUuid;

    static ResourceProvider fromJson(const QJsonObject &object, Core::Error *error);
    bool operator==(const ResourceProvider &) const = default;
};

// One resource class of a provider's inventory.
struct Inventory
{
    qint64 total = 0;
    qint64 reserved = 0;
    qint64 minUnit = 1;
    qint64 maxUnit = 0;
    qint64 stepSize = 1;
    double allocationRatio = 1.0;

    // What the scheduler may hand out: (total - reserved) * allocation_ratio, as Placement
    // computes it when it checks a claim.
    double capacity() const;
    static Inventory fromJson(const QJsonObject &object, const QString &resourceClass, Core::Error *error);
    bool operator==(const Inventory &) const = default;
};

// Parses {"inventories": {"VCPU": {…}, …}}.
QMap<QString, Inventory> inventoriesFromJson(const QJsonObject &root, Core::Error *error);
// Parses {"usages": {"VCPU": 2, …}}.
QMap<QString, qint64> usagesFromJson(const QJsonObject &root, Core::Error *error);

// One resource class of one provider, or of a roll-up over several.
struct ResourceCapacity
{
    qint64 total = 0;    // physical, summed
    qint64 reserved = 0; // summed
    double capacity = 0; // with allocation ratios applied, summed per provider
    qint64 used = 0;     // allocated (usages)
    double minRatio = 0; // the allocation ratios seen (equal when one provider)
    double maxRatio = 0;

    double free() const { return capacity - double(used); }
    double usedPercent() const { return capacity > 0 ? 100.0 * double(used) / capacity : 0; }
    void add(const ResourceCapacity &other);
    bool operator==(const ResourceCapacity &) const = default;
};

// The capacity of one resource provider (a compute node).
struct ProviderCapacity
{
    QString providerId;
    QString name;
    QMap<QString, ResourceCapacity> resources; // by resource class

    static ProviderCapacity from(const ResourceProvider &provider, const QMap<QString, Inventory> &inventories,
                                 const QMap<QString, qint64> &usages);
    ResourceCapacity resource(const QString &resourceClass) const { return resources.value(resourceClass); }
    bool operator==(const ProviderCapacity &) const = default;
};

// The sum over several providers (an aggregate's or a zone's hosts).
struct CapacityRollup
{
    QStringList providers;  // names that contributed
    QStringList missing;    // hosts asked for that Placement does not know
    QMap<QString, ResourceCapacity> resources;

    ResourceCapacity resource(const QString &resourceClass) const { return resources.value(resourceClass); }
    bool isEmpty() const { return providers.isEmpty(); }
    bool operator==(const CapacityRollup &) const = default;
};

// Rolls up the providers whose names are `hosts` (Nova host names; a provider is found by its
// name, or by `providerNameOfHost` when the hypervisor hostname differs from the service host).
CapacityRollup rollUp(const QStringList &hosts, const QMap<QString, ProviderCapacity> &byName,
                      const QMap<QString, QString> &providerNameOfHost = {});

} // namespace OpenStack::Placement
