// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QVector>

namespace OpenStack::BlockStorage {

// One attachment of a volume as Cinder lists it under `attachments`: which server, at which
// device. A multi-attach volume has several.
struct VolumeAttachment
{
    QString attachmentId;
    QString serverId;
    QString hostName;
    QString device; // "/dev/vdd"; empty while Nova is still attaching
    QDateTime attachedAt;

    bool operator==(const VolumeAttachment &) const = default;
};

// A Cinder volume from GET /volumes/detail or /volumes/{id}. A plain value: copyable, comparable,
// so a refresh can be diffed row by row.
struct Volume
{
    QString id;
    QString name;
    QString description;
    QString status; // available, in-use, creating, error, … as Cinder spells it
    QString migrationStatus;
    qint64 sizeGb = 0;
    QString volumeType;
    QString availabilityZone;
    bool bootable = false;
    bool encrypted = false;
    bool multiattach = false;
    QString projectId; // os-vol-tenant-attr:tenant_id
    QString userId;
    QString host; // os-vol-host-attr:host, "host@backend#pool" (admins only)
    QString snapshotId;
    QString sourceVolumeId;
    QString imageName; // volume_image_metadata.image_name, for volumes made from an image
    QVector<VolumeAttachment> attachments;
    QMap<QString, QString> metadata;
    QDateTime created;
    QDateTime updated;

    bool operator==(const Volume &) const = default;

    bool isAttached() const { return !attachments.isEmpty(); }
    // Something is happening that will change the row soon: worth polling.
    bool isTransitional() const;
    // error, error_deleting, error_extending, …: shown as such, with what Cinder allows next.
    bool isError() const;
    // The backend of `host` ("localcloud@ceph#ceph" → "ceph"); empty when the host is not visible.
    QString backendName() const;
    // The name Cinder's RBD driver gives the volume's image: "volume-<uuid>".
    QString rbdImageName() const { return QStringLiteral("volume-") + id; }

    static bool isTransitionalStatus(const QString &status);
    static Volume fromJson(const QJsonObject &object, Core::Error *error);
    // Parses every element; the first malformed one makes the whole list an error.
    static QVector<Volume> listFromJson(const QJsonArray &list, Core::Error *error);
};

} // namespace OpenStack::BlockStorage
