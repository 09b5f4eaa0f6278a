// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "openstack/blockstorage/blockstoragetypes.h"
#include "openstack/blockstorage/volumesnapshot.h"
#include "openstack/client/listjob.h"
#include "openstack/client/restjob.h"

namespace OpenStack::BlockStorage {

// POST /snapshots. `force` snapshots an attached volume on clouds older than 3.66.
class CreateSnapshotJob : public RestJob
{
    Q_OBJECT
public:
    CreateSnapshotJob(Session *session, const QString &volumeId, const QString &name, const QString &description,
                      bool force, QObject *parent = nullptr);
    const VolumeSnapshot &snapshot() const { return m_snapshot; }

protected:
    Core::Error parse(const QJsonDocument &document) override;
    bool expectsJson() const override { return true; }

private:
    VolumeSnapshot m_snapshot;
};

// POST /backups.
class CreateBackupJob : public RestJob
{
    Q_OBJECT
public:
    CreateBackupJob(Session *session, const QString &volumeId, const QString &name, const QString &description,
                    bool incremental, bool force, QObject *parent = nullptr);
    const QString &backupId() const { return m_backupId; }

protected:
    Core::Error parse(const QJsonDocument &document) override;
    bool expectsJson() const override { return true; }

private:
    QString m_backupId;
};

// POST /backups/{id}/restore: into `volumeId`, or a new volume when empty.
class RestoreBackupJob : public RestJob
{
    Q_OBJECT
public:
    RestoreBackupJob(Session *session, const QString &backupId, const QString &volumeId, const QString &name,
                     QObject *parent = nullptr);
    const QString &volumeId() const { return m_volumeId; }

protected:
    Core::Error parse(const QJsonDocument &document) override;
    bool expectsJson() const override { return true; }

private:
    QString m_volumeId;
};

// POST /volume-transfers (3.55+): offers a volume to another project. The answer's auth key is
// shown once and never kept.
class CreateTransferJob : public RestJob
{
    Q_OBJECT
public:
    CreateTransferJob(Session *session, const QString &volumeId, const QString &name, QObject *parent = nullptr);
    const VolumeTransfer &transfer() const { return m_transfer; }

protected:
    Core::Error parse(const QJsonDocument &document) override;
    bool expectsJson() const override { return true; }

private:
    VolumeTransfer m_transfer;
};

// POST /volume-transfers/{id}/accept.
class AcceptTransferJob : public RestJob
{
    Q_OBJECT
public:
    AcceptTransferJob(Session *session, const QString &transferId, const QString &authKey, QObject *parent = nullptr);

protected:
    bool expectsJson() const override { return false; }
};

// GET /volume-transfers: pending transfers of the project.
class ListTransfersJob : public ListJob<VolumeTransfer>
{
public:
    explicit ListTransfersJob(Session *session, QObject *parent = nullptr);
};

// GET /types.
class ListVolumeTypesJob : public ListJob<VolumeType>
{
public:
    explicit ListVolumeTypesJob(Session *session, QObject *parent = nullptr);
};

// GET /os-availability-zone.
class ListVolumeZonesJob : public ListJob<VolumeZone>
{
public:
    explicit ListVolumeZonesJob(Session *session, QObject *parent = nullptr);
};

// GET /scheduler-stats/get_pools?detail=true (admins): backend → Ceph pool.
class ListBackendPoolsJob : public ListJob<BackendPool>
{
public:
    explicit ListBackendPoolsJob(Session *session, QObject *parent = nullptr);
};

// GET /limits: the project's volume quota and use, to refuse a size before sending it.
class GetVolumeLimitsJob : public RestJob
{
    Q_OBJECT
public:
    explicit GetVolumeLimitsJob(Session *session, QObject *parent = nullptr);
    const VolumeLimits &limits() const { return m_limits; }

protected:
    Core::Error parse(const QJsonDocument &document) override;

private:
    VolumeLimits m_limits;
};

} // namespace OpenStack::BlockStorage
