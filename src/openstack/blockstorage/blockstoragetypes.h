// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QString>

namespace OpenStack::BlockStorage {

// GET /types: what a volume can be created as or retyped to.
struct VolumeType
{
    QString id;
    QString name;
    QString description;
    bool isPublic = true;
    QMap<QString, QString> extraSpecs; // volume_backend_name, multiattach "<is> True", …

    bool operator==(const VolumeType &) const = default;
    static VolumeType fromJson(const QJsonObject &object, Core::Error *error);
};

// GET /os-availability-zone.
struct VolumeZone
{
    QString name;
    bool available = false;

    bool operator==(const VolumeZone &) const = default;
    static VolumeZone fromJson(const QJsonObject &object, Core::Error *error);
};

// A volume transfer (3.55+ /volume-transfers). The auth key is only in the create answer and is
// shown once to the user; it is never stored or logged.
struct VolumeTransfer
{
    QString id;
    QString name;
    QString volumeId;
    QString authKey;
    QDateTime created;

    bool operator==(const VolumeTransfer &) const = default;
    static VolumeTransfer fromJson(const QJsonObject &object, Core::Error *error);
};

// GET /limits "absolute": the project's volume quota and use. -1 means unlimited.
struct VolumeLimits
{
    qint64 maxGigabytes = -1;
    qint64 usedGigabytes = 0;
    qint64 maxVolumes = -1;
    qint64 usedVolumes = 0;
    qint64 maxSnapshots = -1;
    qint64 usedSnapshots = 0;
    bool known = false;

    // Gigabytes still free in the quota, or -1 when unlimited or unknown.
    qint64 freeGigabytes() const;
    static VolumeLimits fromJson(const QJsonObject &limits, Core::Error *error);
};

// One entry of GET /scheduler-stats/get_pools?detail=true (admins): a backend pool and, for
// Cinder's RBD driver, the Ceph pool it writes to (the last field of its location_info,
// "cluster:conf:fsid:user:pool").
struct BackendPool
{
    QString name;        // "localcloud@ceph#ceph", the volume host's format
    QString backendName; // volume_backend_name
    QString protocol;    // storage_protocol: "ceph", "iSCSI", …
    QString rbdPool;     // empty for non-RBD backends

    bool isRbd() const { return !rbdPool.isEmpty(); }
    static BackendPool fromJson(const QJsonObject &object, Core::Error *error);
};

} // namespace OpenStack::BlockStorage
