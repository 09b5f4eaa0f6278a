// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QVector>

namespace OpenStack::BlockStorage {

// A Cinder volume snapshot from GET /snapshots/detail.
struct VolumeSnapshot
{
    QString id;
    QString name;
    QString description;
    QString status; // creating, available, deleting, error, error_deleting, backing-up, restoring
    qint64 sizeGb = 0;
    QString volumeId;
    QString projectId; // os-extended-snapshot-attributes:project_id (admins)
    QString progress;  // os-extended-snapshot-attributes:progress, "100%"
    QDateTime created;
    QDateTime updated;

    bool operator==(const VolumeSnapshot &) const = default;
    bool isTransitional() const;
    bool isError() const { return status.startsWith(QLatin1String("error")); }

    static VolumeSnapshot fromJson(const QJsonObject &object, Core::Error *error);
    static QVector<VolumeSnapshot> listFromJson(const QJsonArray &list, Core::Error *error);
};

// A Cinder backup from GET /backups/detail.
struct VolumeBackup
{
    QString id;
    QString name;
    QString description;
    QString status; // creating, available, deleting, error, restoring, error_deleting
    qint64 sizeGb = 0;
    QString volumeId;
    QString snapshotId;
    QString container;
    QString availabilityZone;
    QString projectId; // os-backup-project-attr:project_id (3.18+, admins)
    QString failReason;
    bool incremental = false;
    bool hasDependentBackups = false;
    QDateTime created;
    QDateTime updated;

    bool operator==(const VolumeBackup &) const = default;
    bool isTransitional() const;
    bool isError() const { return status.startsWith(QLatin1String("error")); }

    static VolumeBackup fromJson(const QJsonObject &object, Core::Error *error);
    static QVector<VolumeBackup> listFromJson(const QJsonArray &list, Core::Error *error);
};

} // namespace OpenStack::BlockStorage
