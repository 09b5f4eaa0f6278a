// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "openstack/blockstorage/volume.h"
#include "openstack/client/restjob.h"

namespace OpenStack::BlockStorage {

// GET /volumes/{id}: one volume, for polling a row in transition. A 404 means it is gone.
class GetVolumeJob : public RestJob
{
    Q_OBJECT
public:
    GetVolumeJob(Session *session, const QString &volumeId, QObject *parent = nullptr);
    const QString &volumeId() const { return m_volumeId; }
    const Volume &volume() const { return m_volume; }
    bool isGone() const { return error() && httpStatus() == 404; }

protected:
    Core::Error parse(const QJsonDocument &document) override;

private:
    QString m_volumeId;
    Volume m_volume;
};

// What to create (POST /volumes): blank, or from one source (image, snapshot, volume, backup).
struct VolumeSpec
{
    QString name;
    QString description;
    qint64 sizeGb = 0;
    QString volumeType;       // empty: the cloud's default type
    QString availabilityZone; // empty: any
    QString imageId;
    QString snapshotId;
    QString sourceVolumeId;
    QString backupId; // 3.47+
    bool multiattach = false;

    QJsonObject toJson() const;
};

class CreateVolumeJob : public RestJob
{
    Q_OBJECT
public:
    CreateVolumeJob(Session *session, VolumeSpec spec, QObject *parent = nullptr);
    const VolumeSpec &spec() const { return m_spec; }
    const Volume &volume() const { return m_volume; }

protected:
    Core::Error parse(const QJsonDocument &document) override;
    bool expectsJson() const override { return true; }

private:
    VolumeSpec m_spec;
    Volume m_volume;
};

// PUT /volumes/{id}: name and description.
class UpdateVolumeJob : public RestJob
{
    Q_OBJECT
public:
    UpdateVolumeJob(Session *session, const QString &volumeId, const QString &name, const QString &description,
                    QObject *parent = nullptr);

protected:
    bool expectsJson() const override { return false; }
};

// DELETE of one block-storage resource: "volumes", "snapshots", "backups", "volume-transfers".
// `cascade` (volumes only) takes the volume's snapshots along.
class DeleteBlockStorageJob : public RestJob
{
    Q_OBJECT
public:
    DeleteBlockStorageJob(Session *session, const QString &collection, const QString &id, bool cascade = false,
                          QObject *parent = nullptr);
    const QString &resourceId() const { return m_id; }

private:
    QString m_id;
};

// POST /volumes/{id}/action: one of Cinder's volume actions. Build with the named constructors.
class VolumeActionJob : public RestJob
{
    Q_OBJECT
public:
    enum class Action { Extend, Retype, SetBootable, UploadToImage, ResetStatus, ForceDelete, Revert };

    static VolumeActionJob *extend(Session *session, const QString &volumeId, qint64 newSizeGb, QObject *parent = nullptr);
    // `onDemand`: let Cinder migrate the data when the new type lives on another backend.
    static VolumeActionJob *retype(Session *session, const QString &volumeId, const QString &newType, bool onDemand,
                                   QObject *parent = nullptr);
    static VolumeActionJob *setBootable(Session *session, const QString &volumeId, bool bootable,
                                        QObject *parent = nullptr);
    static VolumeActionJob *uploadToImage(Session *session, const QString &volumeId, const QString &imageName,
                                          const QString &diskFormat, bool force, QObject *parent = nullptr);
    // Admin only: for a volume stuck in an error or transitional state.
    static VolumeActionJob *resetStatus(Session *session, const QString &volumeId, const QString &status,
                                        QObject *parent = nullptr);
    static VolumeActionJob *forceDelete(Session *session, const QString &volumeId, QObject *parent = nullptr);
    static VolumeActionJob *revertToSnapshot(Session *session, const QString &volumeId, const QString &snapshotId,
                                             QObject *parent = nullptr);

    Action action() const { return m_action; }
    const QString &volumeId() const { return m_volumeId; }
    // The answer's body, for the actions that have one (upload names the new image).
    const QJsonObject &result() const { return m_result; }

protected:
    Core::Error parse(const QJsonDocument &document) override;
    bool expectsJson() const override { return false; }

private:
    VolumeActionJob(Session *session, Action action, const QString &volumeId, const QJsonObject &body,
                    Microversion minVersion, QObject *parent);

    Action m_action;
    QString m_volumeId;
    QJsonObject m_result;
};

// Nova's server volume attachments, as Horizon attaches and detaches: Nova reserves the volume,
// connects it on the compute host and tells Cinder; the volume goes attaching → in-use.
// POST /servers/{server}/os-volume_attachments.
class AttachVolumeJob : public RestJob
{
    Q_OBJECT
public:
    // `device` ("/dev/vdd") is a hint; Nova may pick another name (libvirt does).
    AttachVolumeJob(Session *session, const QString &serverId, const QString &volumeId, const QString &device = {},
                    QObject *parent = nullptr);
    const QString &serverId() const { return m_serverId; }
    const QString &volumeId() const { return m_volumeId; }
    const QString &device() const { return m_device; }

protected:
    Core::Error parse(const QJsonDocument &document) override;
    bool expectsJson() const override { return true; }

private:
    QString m_serverId;
    QString m_volumeId;
    QString m_device;
};

// DELETE /servers/{server}/os-volume_attachments/{volume}.
class DetachVolumeJob : public RestJob
{
    Q_OBJECT
public:
    DetachVolumeJob(Session *session, const QString &serverId, const QString &volumeId, QObject *parent = nullptr);
    const QString &serverId() const { return m_serverId; }
    const QString &volumeId() const { return m_volumeId; }

private:
    QString m_serverId;
    QString m_volumeId;
};

} // namespace OpenStack::BlockStorage
