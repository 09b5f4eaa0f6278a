// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

// Small value structs of the compute API besides Server. Each has `id` and operator== so a
// Models::RecordTableModel can hold it, and fromJson() that reports a malformed entry.
namespace OpenStack::Compute {

struct Flavor
{
    QString id;
    QString name;
    int vcpus = 0;
    qint64 ramMib = 0;
    int diskGb = 0;
    int ephemeralGb = 0;
    qint64 swapMib = 0;
    bool isPublic = true;
    bool disabled = false;
    QString description;

    static Flavor fromJson(const QJsonObject &object, Core::Error *error);
    bool operator==(const Flavor &) const = default;
};

struct Keypair
{
    QString id; // the name: key pairs are keyed by name per user
    QString name;
    QString type; // ssh, x509
    QString fingerprint;

    static Keypair fromJson(const QJsonObject &object, Core::Error *error); // one {"keypair": …} entry
    bool operator==(const Keypair &) const = default;
};

struct AvailabilityZone
{
    QString id; // the name
    QString name;
    bool available = true;

    static AvailabilityZone fromJson(const QJsonObject &object, Core::Error *error);
    bool operator==(const AvailabilityZone &) const = default;
};

// The absolute part of GET /limits: what the project may still launch.
struct ComputeLimits
{
    qint64 maxInstances = -1; // -1: unlimited
    qint64 usedInstances = 0;
    qint64 maxCores = -1;
    qint64 usedCores = 0;
    qint64 maxRamMib = -1;
    qint64 usedRamMib = 0;

    static ComputeLimits fromJson(const QJsonObject &absolute, Core::Error *error);
    // How many more instances of this size fit; -1 when nothing limits it.
    qint64 instancesThatFit(int vcpus, qint64 ramMib) const;
};

// One entry of the action log (GET /servers/{id}/os-instance-actions).
struct InstanceAction
{
    QString id; // request_id
    QString action;
    QString userId;
    QString projectId;
    QString message; // "Error" when it failed
    QDateTime started;
    QDateTime updated;

    static InstanceAction fromJson(const QJsonObject &object, Core::Error *error);
    bool operator==(const InstanceAction &) const = default;
};

// A port of a server (GET /servers/{id}/os-interface).
struct InterfaceAttachment
{
    QString id; // port_id
    QString networkId;
    QString macAddress;
    QString portState;
    QStringList fixedIps;

    static InterfaceAttachment fromJson(const QJsonObject &object, Core::Error *error);
    bool operator==(const InterfaceAttachment &) const = default;
};

// A volume attached to a server, with the device it shows as.
struct VolumeAttachment
{
    QString id; // the volume id
    QString volumeId;
    QString device;
    QString tag;
    bool deleteOnTermination = false;

    static VolumeAttachment fromJson(const QJsonObject &object, Core::Error *error);
    bool operator==(const VolumeAttachment &) const = default;
};

} // namespace OpenStack::Compute
