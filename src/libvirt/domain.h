// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace Libvirt {

// One <disk> of a domain. For a network disk with protocol 'rbd', `source` is "pool/image" and
// pool/image are split out so the cross-layer view can join it with Ceph.
struct DomainDisk
{
    QString device;   // disk, cdrom
    QString type;     // network, file, block
    QString protocol; // rbd, …
    QString source;   // rbd: "pool/image"; file: path; block: dev
    QString pool;     // rbd only
    QString image;    // rbd only
    QString target;   // vda
    QString bus;      // virtio
    QString serial;   // Nova puts the Cinder volume id here

    bool isRbd() const { return protocol == QLatin1String("rbd"); }
    bool operator==(const DomainDisk &) const = default;
};

struct DomainInterface
{
    QString type;   // bridge, network, ethernet
    QString mac;
    QString source; // bridge or network name
    QString target; // tapXXXX
    QString model;
    QString portId; // Neutron port (openvswitch interfaceid)

    bool operator==(const DomainInterface &) const = default;
};

// What Nova writes in <metadata><nova:instance>.
struct NovaMetadata
{
    QString displayName;   // the server's name
    QString flavorName;
    QString projectId;
    QString projectName;
    QString userId;
    QString userName;
    QString rootImageId;
    QString creationTime;
    QStringList portIds;

    bool isEmpty() const { return displayName.isEmpty() && projectId.isEmpty() && flavorName.isEmpty(); }
    bool operator==(const NovaMetadata &) const = default;
};

// One domain as seen on one hypervisor. `id` is host + "/" + uuid (a domain UUID is unique per
// host; the same UUID on two hosts during a migration gives two rows).
struct Domain
{
    enum class State { NoState, Running, Blocked, Paused, ShuttingDown, Shutoff, Crashed, Suspended, Unknown };

    QString id;
    QString host;
    QString uuid; // = the Nova server id for Nova-managed domains
    QString name; // instance-0000000a
    State state = State::Unknown;
    int vcpus = 0;
    qint64 memoryKiB = 0;
    qint64 maxMemoryKiB = 0;
    QVector<DomainDisk> disks;
    QVector<DomainInterface> interfaces;
    NovaMetadata nova;

    bool isActive() const { return state == State::Running || state == State::Blocked || state == State::Paused; }
    bool operator==(const Domain &) const = default;

    // Parses the domain XML (virDomainGetXMLDesc). Fills name, uuid, memory, vcpus, disks,
    // interfaces and Nova metadata; state and host come from elsewhere.
    static Domain fromXml(const QString &xml, Core::Error *error);
    // Maps virDomainState (VIR_DOMAIN_*) to State.
    static State stateFromLibvirt(int state);
    // Stable lower-case key ("running", "shutoff", …) for exports and comparisons with Nova.
    static QString stateKey(State state);
    // Nova's power/vm state names that correspond: "ACTIVE" ~ running, "SHUTOFF" ~ shutoff, …
    static bool matchesNovaStatus(State state, const QString &novaStatus);
};

} // namespace Libvirt
