// SPDX-License-Identifier: GPL-3.0-or-later
#include "openstack/blockstorage/blockstoragetypes.h"

#include "openstack/client/jsonfields.h"

namespace OpenStack::BlockStorage {

VolumeType VolumeType::fromJson(const QJsonObject &object, Core::Error *error)
{
    FieldReader r(object, QStringLiteral("volume type"));
    VolumeType t;
    t.id = r.requiredString("id");
    t.name = r.requiredString("name");
    t.description = r.string("description");
    t.isPublic = r.boolean("os-volume-type-access:is_public", r.boolean("is_public", true));
    const QJsonObject specs = r.object("extra_specs");
    for (auto it = specs.begin(); it != specs.end(); ++it)
        t.extraSpecs.insert(it.key(), it.value().toString());
    if (!r.ok() && error)
        *error = r.error();
    return t;
}

VolumeZone VolumeZone::fromJson(const QJsonObject &object, Core::Error *error)
{
    FieldReader r(object, QStringLiteral("availability zone"));
    VolumeZone z;
    z.name = r.requiredString("zoneName");
    z.available = r.object("zoneState").value(QLatin1String("available")).toBool();
    if (!r.ok() && error)
        *error = r.error();
    return z;
}

VolumeTransfer VolumeTransfer::fromJson(const QJsonObject &object, Core::Error *error)
{
    FieldReader r(object, QStringLiteral("transfer"));
    VolumeTransfer t;
    t.id = r.requiredString("id");
    t.volumeId = r.requiredString("volume_id");
    t.name = r.string("name");
    t.authKey = r.string("auth_key");
    t.created = r.dateTime("created_at");
    if (!r.ok() && error)
        *error = r.error();
    return t;
}

qint64 VolumeLimits::freeGigabytes() const
{
    if (!known || maxGigabytes < 0)
        return -1;
    return qMax<qint64>(0, maxGigabytes - usedGigabytes);
}

VolumeLimits VolumeLimits::fromJson(const QJsonObject &limits, Core::Error *error)
{
    const QJsonObject absolute = limits.value(QLatin1String("absolute")).toObject();
    FieldReader r(absolute, QStringLiteral("volume limits"));
    VolumeLimits l;
    l.maxGigabytes = r.requiredInteger("maxTotalVolumeGigabytes");
    l.usedGigabytes = r.integer("totalGigabytesUsed");
    l.maxVolumes = r.integer("maxTotalVolumes", -1);
    l.usedVolumes = r.integer("totalVolumesUsed");
    l.maxSnapshots = r.integer("maxTotalSnapshots", -1);
    l.usedSnapshots = r.integer("totalSnapshotsUsed");
    l.known = r.ok();
    if (!r.ok() && error)
        *error = r.error();
    return l;
}

BackendPool BackendPool::fromJson(const QJsonObject &object, Core::Error *error)
{
    FieldReader r(object, QStringLiteral("backend pool"));
    BackendPool p;
    p.name = r.requiredString("name");
    const QJsonObject caps = r.object("capabilities");
    p.backendName = caps.value(QLatin1String("volume_backend_name")).toString();
    p.protocol = caps.value(QLatin1String("storage_protocol")).toString();
    const QString location = caps.value(QLatin1String("location_info")).toString();
    if (p.protocol.compare(QLatin1String("ceph"), Qt::CaseInsensitive) == 0
        || p.protocol.compare(QLatin1String("rbd"), Qt::CaseInsensitive) == 0) {
        const QStringList parts = location.split(QLatin1Char(':'));
        if (parts.size() >= 5)
            p.rbdPool = parts.constLast();
    }
    if (!r.ok() && error)
        *error = r.error();
    return p;
}

} // namespace OpenStack::BlockStorage
