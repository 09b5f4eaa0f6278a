// SPDX-License-Identifier: GPL-3.0-or-later
#include "openstack/blockstorage/volumesnapshot.h"

#include "openstack/client/jsonfields.h"

namespace OpenStack::BlockStorage {

namespace {
template<typename T>
QVector<T> parseAll(const QJsonArray &list, Core::Error *error)
{
    QVector<T> out;
    out.reserve(list.size());
    for (const QJsonValue &v : list) {
        Core::Error e;
        T item = T::fromJson(v.toObject(), &e);
        if (e) {
            if (error)
                *error = e;
            return {};
        }
        out.append(std::move(item));
    }
    return out;
}
} // namespace

bool VolumeSnapshot::isTransitional() const
{
    return status == QLatin1String("creating") || status == QLatin1String("deleting")
           || status == QLatin1String("backing-up") || status == QLatin1String("restoring")
           || status == QLatin1String("unmanaging");
}

VolumeSnapshot VolumeSnapshot::fromJson(const QJsonObject &object, Core::Error *error)
{
    FieldReader r(object, QStringLiteral("snapshot"));
    VolumeSnapshot s;
    s.id = r.requiredString("id");
    s.status = r.requiredString("status");
    s.volumeId = r.requiredString("volume_id");
    s.sizeGb = r.requiredInteger("size");
    s.name = r.string("name");
    s.description = r.string("description");
    s.projectId = r.string("os-extended-snapshot-attributes:project_id");
    s.progress = r.string("os-extended-snapshot-attributes:progress");
    s.created = r.dateTime("created_at");
    s.updated = r.dateTime("updated_at");
    if (!r.ok() && error)
        *error = r.error();
    return s;
}

QVector<VolumeSnapshot> VolumeSnapshot::listFromJson(const QJsonArray &list, Core::Error *error)
{
    return parseAll<VolumeSnapshot>(list, error);
}

bool VolumeBackup::isTransitional() const
{
    return status == QLatin1String("creating") || status == QLatin1String("deleting")
           || status == QLatin1String("restoring");
}

VolumeBackup VolumeBackup::fromJson(const QJsonObject &object, Core::Error *error)
{
    FieldReader r(object, QStringLiteral("backup"));
    VolumeBackup b;
    b.id = r.requiredString("id");
    b.status = r.requiredString("status");
    b.volumeId = r.requiredString("volume_id");
    b.sizeGb = r.integer("size");
    b.name = r.string("name");
    b.description = r.string("description");
    b.snapshotId = r.string("snapshot_id");
    b.container = r.string("container");
    b.availabilityZone = r.string("availability_zone");
    b.projectId = r.string("os-backup-project-attr:project_id");
    b.failReason = r.string("fail_reason");
    b.incremental = r.boolean("is_incremental");
    b.hasDependentBackups = r.boolean("has_dependent_backups");
    b.created = r.dateTime("created_at");
    b.updated = r.dateTime("updated_at");
    if (!r.ok() && error)
        *error = r.error();
    return b;
}

QVector<VolumeBackup> VolumeBackup::listFromJson(const QJsonArray &list, Core::Error *error)
{
    return parseAll<VolumeBackup>(list, error);
}

} // namespace OpenStack::BlockStorage
