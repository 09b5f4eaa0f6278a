// SPDX-License-Identifier: GPL-3.0-or-later
#include "openstack/blockstorage/volume.h"

#include "openstack/client/jsonfields.h"

#include <QCoreApplication>

namespace OpenStack::BlockStorage {

bool Volume::isTransitionalStatus(const QString &status)
{
    static const QStringList moving = {
        QStringLiteral("creating"),        QStringLiteral("attaching"),   QStringLiteral("detaching"),
        QStringLiteral("deleting"),        QStringLiteral("extending"),   QStringLiteral("backing-up"),
        QStringLiteral("restoring-backup"), QStringLiteral("downloading"), QStringLiteral("uploading"),
        QStringLiteral("retyping"),        QStringLiteral("reserved"),    QStringLiteral("maintenance"),
        QStringLiteral("reverting"),       QStringLiteral("reimaging")};
    return moving.contains(status);
}

bool Volume::isTransitional() const
{
    if (isTransitionalStatus(status))
        return true;
    // A migration or retype with migration keeps the status but changes the host underneath.
    return migrationStatus == QLatin1String("migrating") || migrationStatus == QLatin1String("starting");
}

bool Volume::isError() const
{
    return status.startsWith(QLatin1String("error"));
}

QString Volume::backendName() const
{
    const int at = host.indexOf(QLatin1Char('@'));
    if (at < 0)
        return {};
    return host.mid(at + 1).section(QLatin1Char('#'), 0, 0);
}

Volume Volume::fromJson(const QJsonObject &object, Core::Error *error)
{
    FieldReader r(object, QStringLiteral("volume"));
    Volume v;
    v.id = r.requiredString("id");
    v.status = r.requiredString("status");
    v.sizeGb = r.requiredInteger("size");
    v.name = r.string("name");
    v.description = r.string("description");
    v.migrationStatus = r.string("migration_status");
    v.volumeType = r.string("volume_type");
    v.availabilityZone = r.string("availability_zone");
    // Cinder answers "true"/"false" as strings here; booleans are accepted too.
    v.bootable = r.boolean("bootable");
    v.encrypted = r.boolean("encrypted");
    v.multiattach = r.boolean("multiattach");
    v.projectId = r.string("os-vol-tenant-attr:tenant_id");
    v.userId = r.string("user_id");
    v.host = r.string("os-vol-host-attr:host");
    v.snapshotId = r.string("snapshot_id");
    v.sourceVolumeId = r.string("source_volid");
    v.imageName = r.object("volume_image_metadata").value(QLatin1String("image_name")).toString();
    v.created = r.dateTime("created_at");
    v.updated = r.dateTime("updated_at");
    const QJsonObject meta = r.object("metadata");
    for (auto it = meta.begin(); it != meta.end(); ++it)
        v.metadata.insert(it.key(), it.value().toString());
    const QJsonValue attachments = object.value(QLatin1String("attachments"));
    if (!attachments.isUndefined() && !attachments.isNull() && !attachments.isArray()) {
        if (error)
            *error = Core::Error::make(Core::Error::Kind::BadResponse,
                                       QCoreApplication::translate("OpenStack::BlockStorage::Volume",
                                                                   "volume %1: \"attachments\" is not a list")
                                           .arg(v.id));
        return v;
    }
    const QJsonArray list = attachments.toArray();
    for (const QJsonValue &a : list) {
        FieldReader ar(a.toObject(), QStringLiteral("attachment of volume ") + v.id);
        VolumeAttachment att;
        att.serverId = ar.requiredString("server_id");
        att.attachmentId = ar.string("attachment_id");
        if (att.attachmentId.isEmpty())
            att.attachmentId = ar.string("id");
        att.hostName = ar.string("host_name");
        att.device = ar.string("device");
        att.attachedAt = ar.dateTime("attached_at");
        if (!ar.ok()) {
            if (error)
                *error = ar.error();
            return v;
        }
        v.attachments.append(att);
    }
    if (!r.ok() && error)
        *error = r.error();
    return v;
}

QVector<Volume> Volume::listFromJson(const QJsonArray &list, Core::Error *error)
{
    QVector<Volume> out;
    out.reserve(list.size());
    for (const QJsonValue &v : list) {
        Core::Error e;
        Volume volume = fromJson(v.toObject(), &e);
        if (e) {
            if (error)
                *error = e;
            return {};
        }
        out.append(std::move(volume));
    }
    return out;
}

} // namespace OpenStack::BlockStorage
