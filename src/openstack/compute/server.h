// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVector>

namespace OpenStack::Compute {

// One address of a server as Nova reports it under `addresses` (per network).
struct ServerAddress
{
    QString network;
    QString address;
    int version = 4;
    QString type; // "fixed" or "floating" (OS-EXT-IPS:type); empty on clouds that omit it
    QString mac;  // OS-EXT-IPS-MAC:mac_addr

    bool isFloating() const { return type == QLatin1String("floating"); }
    bool operator==(const ServerAddress &) const = default;
};

// The flavor a server was built with. From microversion 2.47 Nova embeds a copy (name and sizes)
// so a deleted flavor still reads; before it only the id is there and the name is looked up.
struct ServerFlavor
{
    QString id; // only before 2.47
    QString name;
    int vcpus = 0;
    qint64 ramMib = 0;
    int diskGb = 0;
    int ephemeralGb = 0;
    qint64 swapMib = 0;
    bool embedded = false; // sizes above are from the server itself (2.47+)

    bool operator==(const ServerFlavor &) const = default;
};

// The `fault` of a server in ERROR (or one that failed an operation).
struct ServerFault
{
    int code = 0;
    QString message;
    QString details; // traceback; admins only
    QDateTime created;

    bool isEmpty() const { return message.isEmpty() && code == 0; }
    bool operator==(const ServerFault &) const = default;
};

// Nova's power_state integers.
enum class PowerState { NoState = 0, Running = 1, Paused = 3, Shutdown = 4, Crashed = 6, Suspended = 7 };

// A Nova server (instance) from GET /servers/detail or /servers/{id}. Also what the Volumes tab
// picks an instance from, so it stays a plain value: copyable, comparable, no Qt object.
struct Server
{
    QString id;
    QString name;
    QString status; // ACTIVE, BUILD, SHUTOFF, ERROR, VERIFY_RESIZE, … as Nova spells it
    QString taskState; // OS-EXT-STS:task_state; empty when none
    QString vmState;   // OS-EXT-STS:vm_state
    int powerState = 0; // OS-EXT-STS:power_state, see PowerState
    QString projectId;  // tenant_id
    QString userId;
    QString hostId; // opaque per-project host hash
    QString host;               // OS-EXT-SRV-ATTR:host (admins only)
    QString hypervisorHostname; // OS-EXT-SRV-ATTR:hypervisor_hostname (admins only)
    QString instanceName;       // OS-EXT-SRV-ATTR:instance_name: the libvirt domain (admins only)
    QString availabilityZone;
    QString imageId; // empty when the server boots from a volume
    QString keyName;
    QString description;
    QString accessIPv4;
    QString accessIPv6;
    QString lockedReason;
    QString hostStatus; // UP, DOWN, MAINTENANCE, UNKNOWN (2.16+, policy permitting)
    ServerFlavor flavor;
    QVector<ServerAddress> addresses;
    QStringList securityGroups; // names, as Nova lists them (one entry per port, deduplicated here)
    QStringList attachedVolumeIds;
    QMap<QString, QString> metadata;
    QStringList tags;
    ServerFault fault;
    QDateTime created;
    QDateTime updated;
    QDateTime launchedAt;
    int progress = 0;
    bool locked = false;
    bool configDrive = false;

    bool operator==(const Server &) const = default;

    bool isDeleted() const;
    // Something is happening that will change the row soon: worth polling.
    bool isTransitional() const;
    bool bootsFromVolume() const { return imageId.isEmpty(); }
    // Fixed addresses first, then floating ones, in Nova's network order.
    QStringList ipAddresses() const;
    QStringList floatingIps() const;
    // "net1=10.0.0.3, 172.24.4.5; net2=…", as `openstack server list` prints Networks.
    QString networksText() const;
    // The English name `openstack server list` prints for the power state ("Running").
    static QString powerStateName(int state);

    static Server fromJson(const QJsonObject &object, Core::Error *error);
    // Parses every element; the first malformed one makes the whole list an error.
    static QVector<Server> listFromJson(const QJsonArray &list, Core::Error *error);
};

} // namespace OpenStack::Compute
