// SPDX-License-Identifier: GPL-3.0-or-later
#include "openstack/blockstorage/resourcejobs.h"

#include "openstack/blockstorage/listjobs.h"

namespace OpenStack::BlockStorage {

CreateSnapshotJob::CreateSnapshotJob(Session *session, const QString &volumeId, const QString &name,
                                     const QString &description, bool force, QObject *parent)
    : RestJob(session, blockStorageService(), "POST", QStringLiteral("/snapshots"), parent)
{
    setMicroversionRange(kBlockStorageMin, kBlockStorageMax);
    QJsonObject s{{QStringLiteral("volume_id"), volumeId}, {QStringLiteral("name"), name}};
    if (!description.isEmpty())
        s.insert(QStringLiteral("description"), description);
    if (force)
        s.insert(QStringLiteral("force"), true);
    setJsonBody(QJsonObject{{QStringLiteral("snapshot"), s}});
}

Core::Error CreateSnapshotJob::parse(const QJsonDocument &document)
{
    Core::Error e;
    m_snapshot = VolumeSnapshot::fromJson(document.object().value(QLatin1String("snapshot")).toObject(), &e);
    return e;
}

CreateBackupJob::CreateBackupJob(Session *session, const QString &volumeId, const QString &name,
                                 const QString &description, bool incremental, bool force, QObject *parent)
    : RestJob(session, blockStorageService(), "POST", QStringLiteral("/backups"), parent)
{
    setMicroversionRange(kBlockStorageMin, kBlockStorageMax);
    QJsonObject b{{QStringLiteral("volume_id"), volumeId}, {QStringLiteral("name"), name}};
    if (!description.isEmpty())
        b.insert(QStringLiteral("description"), description);
    if (incremental)
        b.insert(QStringLiteral("incremental"), true);
    if (force)
        b.insert(QStringLiteral("force"), true);
    setJsonBody(QJsonObject{{QStringLiteral("backup"), b}});
}

Core::Error CreateBackupJob::parse(const QJsonDocument &document)
{
    m_backupId = document.object().value(QLatin1String("backup")).toObject().value(QLatin1String("id")).toString();
    if (m_backupId.isEmpty())
        return Core::Error::make(Core::Error::Kind::BadResponse, tr("Cinder accepted the backup but named none"));
    return {};
}

RestoreBackupJob::RestoreBackupJob(Session *session, const QString &backupId, const QString &volumeId,
                                   const QString &name, QObject *parent)
    : RestJob(session, blockStorageService(), "POST", QStringLiteral("/backups/") + backupId + QStringLiteral("/restore"),
              parent)
{
    setMicroversionRange(kBlockStorageMin, kBlockStorageMax);
    QJsonObject r;
    if (!volumeId.isEmpty())
        r.insert(QStringLiteral("volume_id"), volumeId);
    if (!name.isEmpty())
        r.insert(QStringLiteral("name"), name);
    setJsonBody(QJsonObject{{QStringLiteral("restore"), r}});
}

Core::Error RestoreBackupJob::parse(const QJsonDocument &document)
{
    m_volumeId = document.object().value(QLatin1String("restore")).toObject().value(QLatin1String("volume_id")).toString();
    return {};
}

CreateTransferJob::CreateTransferJob(Session *session, const QString &volumeId, const QString &name, QObject *parent)
    : RestJob(session, blockStorageService(), "POST", QStringLiteral("/volume-transfers"), parent)
{
    setMicroversionRange(kTransfers, kBlockStorageMax);
    setJsonBody(QJsonObject{{QStringLiteral("transfer"),
                             QJsonObject{{QStringLiteral("volume_id"), volumeId}, {QStringLiteral("name"), name}}}});
}

Core::Error CreateTransferJob::parse(const QJsonDocument &document)
{
    Core::Error e;
    m_transfer = VolumeTransfer::fromJson(document.object().value(QLatin1String("transfer")).toObject(), &e);
    return e;
}

AcceptTransferJob::AcceptTransferJob(Session *session, const QString &transferId, const QString &authKey,
                                     QObject *parent)
    : RestJob(session, blockStorageService(), "POST",
              QStringLiteral("/volume-transfers/") + transferId + QStringLiteral("/accept"), parent)
{
    setMicroversionRange(kTransfers, kBlockStorageMax);
    setJsonBody(QJsonObject{{QStringLiteral("accept"), QJsonObject{{QStringLiteral("auth_key"), authKey}}}});
}

ListTransfersJob::ListTransfersJob(Session *session, QObject *parent)
    : ListJob(session, blockStorageService(), QStringLiteral("/volume-transfers/detail"), QStringLiteral("transfers"),
              parent)
{
    setMicroversionRange(kTransfers, kBlockStorageMax);
}

ListVolumeTypesJob::ListVolumeTypesJob(Session *session, QObject *parent)
    : ListJob(session, blockStorageService(), QStringLiteral("/types"), QStringLiteral("volume_types"), parent)
{
    setMicroversionRange(kBlockStorageMin, kBlockStorageMax);
}

ListVolumeZonesJob::ListVolumeZonesJob(Session *session, QObject *parent)
    : ListJob(session, blockStorageService(), QStringLiteral("/os-availability-zone"),
              QStringLiteral("availabilityZoneInfo"), parent)
{
    setMicroversionRange(kBlockStorageMin, kBlockStorageMax);
}

ListBackendPoolsJob::ListBackendPoolsJob(Session *session, QObject *parent)
    : ListJob(session, blockStorageService(), QStringLiteral("/scheduler-stats/get_pools?detail=true"),
              QStringLiteral("pools"), parent)
{
    setMicroversionRange(kBlockStorageMin, kBlockStorageMax);
}

GetVolumeLimitsJob::GetVolumeLimitsJob(Session *session, QObject *parent)
    : RestJob(session, blockStorageService(), "GET", QStringLiteral("/limits"), parent)
{
    setMicroversionRange(kBlockStorageMin, kBlockStorageMax);
}

Core::Error GetVolumeLimitsJob::parse(const QJsonDocument &document)
{
    Core::Error e;
    m_limits = VolumeLimits::fromJson(document.object().value(QLatin1String("limits")).toObject(), &e);
    return e;
}

} // namespace OpenStack::BlockStorage
