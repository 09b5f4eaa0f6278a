// SPDX-License-Identifier: GPL-3.0-or-later
#include "openstack/blockstorage/volumejobs.h"

#include "openstack/blockstorage/listjobs.h"

namespace OpenStack::BlockStorage {

namespace {
// The compute range for attach/detach: 2.1 suffices; newer ones add tags and multiattach checks.
constexpr Microversion kComputeMin{2, 1};
constexpr Microversion kComputeMax{2, 90};
} // namespace

GetVolumeJob::GetVolumeJob(Session *session, const QString &volumeId, QObject *parent)
    : RestJob(session, blockStorageService(), "GET", QStringLiteral("/volumes/") + volumeId, parent)
    , m_volumeId(volumeId)
{
    setMicroversionRange(kBlockStorageMin, kBlockStorageMax);
}

Core::Error GetVolumeJob::parse(const QJsonDocument &document)
{
    const QJsonValue v = document.object().value(QLatin1String("volume"));
    if (!v.isObject())
        return Core::Error::make(Core::Error::Kind::BadResponse, tr("The response has no \"volume\" object"));
    Core::Error e;
    m_volume = Volume::fromJson(v.toObject(), &e);
    return e;
}

QJsonObject VolumeSpec::toJson() const
{
    QJsonObject v;
    v.insert(QStringLiteral("size"), sizeGb);
    if (!name.isEmpty())
        v.insert(QStringLiteral("name"), name);
    if (!description.isEmpty())
        v.insert(QStringLiteral("description"), description);
    if (!volumeType.isEmpty())
        v.insert(QStringLiteral("volume_type"), volumeType);
    if (!availabilityZone.isEmpty())
        v.insert(QStringLiteral("availability_zone"), availabilityZone);
    if (!imageId.isEmpty())
        v.insert(QStringLiteral("imageRef"), imageId);
    if (!snapshotId.isEmpty())
        v.insert(QStringLiteral("snapshot_id"), snapshotId);
    if (!sourceVolumeId.isEmpty())
        v.insert(QStringLiteral("source_volid"), sourceVolumeId);
    if (!backupId.isEmpty())
        v.insert(QStringLiteral("backup_id"), backupId);
    if (multiattach)
        v.insert(QStringLiteral("multiattach"), true);
    return QJsonObject{{QStringLiteral("volume"), v}};
}

CreateVolumeJob::CreateVolumeJob(Session *session, VolumeSpec spec, QObject *parent)
    : RestJob(session, blockStorageService(), "POST", QStringLiteral("/volumes"), parent)
    , m_spec(std::move(spec))
{
    setMicroversionRange(kBlockStorageMin, kBlockStorageMax);
    setJsonBody(m_spec.toJson());
}

Core::Error CreateVolumeJob::parse(const QJsonDocument &document)
{
    const QJsonValue v = document.object().value(QLatin1String("volume"));
    if (!v.isObject())
        return Core::Error::make(Core::Error::Kind::BadResponse, tr("Cinder accepted the volume but named none"));
    Core::Error e;
    m_volume = Volume::fromJson(v.toObject(), &e);
    return e;
}

UpdateVolumeJob::UpdateVolumeJob(Session *session, const QString &volumeId, const QString &name,
                                 const QString &description, QObject *parent)
    : RestJob(session, blockStorageService(), "PUT", QStringLiteral("/volumes/") + volumeId, parent)
{
    setMicroversionRange(kBlockStorageMin, kBlockStorageMax);
    setJsonBody(QJsonObject{{QStringLiteral("volume"), QJsonObject{{QStringLiteral("name"), name},
                                                                   {QStringLiteral("description"), description}}}});
}

DeleteBlockStorageJob::DeleteBlockStorageJob(Session *session, const QString &collection, const QString &id,
                                             bool cascade, QObject *parent)
    : RestJob(session, blockStorageService(), "DELETE", QLatin1Char('/') + collection + QLatin1Char('/') + id, parent)
    , m_id(id)
{
    setMicroversionRange(kBlockStorageMin, kBlockStorageMax);
    if (cascade)
        setQuery(QUrlQuery{{QStringLiteral("cascade"), QStringLiteral("true")}});
}

VolumeActionJob::VolumeActionJob(Session *session, Action action, const QString &volumeId, const QJsonObject &body,
                                 Microversion minVersion, QObject *parent)
    : RestJob(session, blockStorageService(), "POST", QStringLiteral("/volumes/") + volumeId + QStringLiteral("/action"),
              parent)
    , m_action(action)
    , m_volumeId(volumeId)
{
    setMicroversionRange(minVersion, kBlockStorageMax);
    setJsonBody(body);
}

VolumeActionJob *VolumeActionJob::extend(Session *session, const QString &volumeId, qint64 newSizeGb, QObject *parent)
{
    // 3.42 lets Cinder extend an attached volume (and tell Nova); on older clouds only available ones.
    return new VolumeActionJob(session, Action::Extend, volumeId,
                               {{QStringLiteral("os-extend"), QJsonObject{{QStringLiteral("new_size"), newSizeGb}}}},
                               kBlockStorageMin, parent);
}

VolumeActionJob *VolumeActionJob::retype(Session *session, const QString &volumeId, const QString &newType,
                                         bool onDemand, QObject *parent)
{
    return new VolumeActionJob(
        session, Action::Retype, volumeId,
        {{QStringLiteral("os-retype"),
          QJsonObject{{QStringLiteral("new_type"), newType},
                      {QStringLiteral("migration_policy"), onDemand ? QStringLiteral("on-demand") : QStringLiteral("never")}}}},
        kBlockStorageMin, parent);
}

VolumeActionJob *VolumeActionJob::setBootable(Session *session, const QString &volumeId, bool bootable, QObject *parent)
{
    return new VolumeActionJob(session, Action::SetBootable, volumeId,
                               {{QStringLiteral("os-set_bootable"), QJsonObject{{QStringLiteral("bootable"), bootable}}}},
                               kBlockStorageMin, parent);
}

VolumeActionJob *VolumeActionJob::uploadToImage(Session *session, const QString &volumeId, const QString &imageName,
                                                const QString &diskFormat, bool force, QObject *parent)
{
    return new VolumeActionJob(session, Action::UploadToImage, volumeId,
                               {{QStringLiteral("os-volume_upload_image"),
                                 QJsonObject{{QStringLiteral("image_name"), imageName},
                                             {QStringLiteral("disk_format"), diskFormat},
                                             {QStringLiteral("container_format"), QStringLiteral("bare")},
                                             {QStringLiteral("force"), force}}}},
                               kBlockStorageMin, parent);
}

VolumeActionJob *VolumeActionJob::resetStatus(Session *session, const QString &volumeId, const QString &status,
                                              QObject *parent)
{
    return new VolumeActionJob(session, Action::ResetStatus, volumeId,
                               {{QStringLiteral("os-reset_status"), QJsonObject{{QStringLiteral("status"), status}}}},
                               kBlockStorageMin, parent);
}

VolumeActionJob *VolumeActionJob::forceDelete(Session *session, const QString &volumeId, QObject *parent)
{
    return new VolumeActionJob(session, Action::ForceDelete, volumeId, {{QStringLiteral("os-force_delete"), QJsonObject{}}},
                               kBlockStorageMin, parent);
}

VolumeActionJob *VolumeActionJob::revertToSnapshot(Session *session, const QString &volumeId,
                                                   const QString &snapshotId, QObject *parent)
{
    return new VolumeActionJob(session, Action::Revert, volumeId,
                               {{QStringLiteral("revert"), QJsonObject{{QStringLiteral("snapshot_id"), snapshotId}}}},
                               Microversion{3, 40}, parent);
}

Core::Error VolumeActionJob::parse(const QJsonDocument &document)
{
    m_result = document.object();
    return {};
}

AttachVolumeJob::AttachVolumeJob(Session *session, const QString &serverId, const QString &volumeId,
                                 const QString &device, QObject *parent)
    : RestJob(session, QStringLiteral("compute"), "POST",
              QStringLiteral("/servers/") + serverId + QStringLiteral("/os-volume_attachments"), parent)
    , m_serverId(serverId)
    , m_volumeId(volumeId)
{
    setMicroversionRange(kComputeMin, kComputeMax);
    QJsonObject a{{QStringLiteral("volumeId"), volumeId}};
    if (!device.isEmpty())
        a.insert(QStringLiteral("device"), device);
    setJsonBody(QJsonObject{{QStringLiteral("volumeAttachment"), a}});
}

Core::Error AttachVolumeJob::parse(const QJsonDocument &document)
{
    const QJsonObject a = document.object().value(QLatin1String("volumeAttachment")).toObject();
    if (a.isEmpty())
        return Core::Error::make(Core::Error::Kind::BadResponse,
                                 tr("Nova accepted the attachment but described none"));
    m_device = a.value(QLatin1String("device")).toString();
    return {};
}

DetachVolumeJob::DetachVolumeJob(Session *session, const QString &serverId, const QString &volumeId, QObject *parent)
    : RestJob(session, QStringLiteral("compute"), "DELETE",
              QStringLiteral("/servers/") + serverId + QStringLiteral("/os-volume_attachments/") + volumeId, parent)
    , m_serverId(serverId)
    , m_volumeId(volumeId)
{
    setMicroversionRange(kComputeMin, kComputeMax);
}

} // namespace OpenStack::BlockStorage
