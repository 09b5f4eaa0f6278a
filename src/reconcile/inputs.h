// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

// What the cross-layer join reads, one small struct per layer. Filled from the OpenStack APIs
// (liveinputs.h), from Ceph::RbdImage and from Libvirt::Domain by the model that shows the view;
// kept separate from those layers so the join stays pure and testable with plain values.
namespace Reconcile {

struct VolumeAttachment
{
    QString serverId;
    QString device; // "/dev/vdd"
};

struct CinderVolume
{
    QString id;
    QString name;
    QString status; // available, in-use, …
    qint64 sizeGiB = 0;
    QString projectId;
    QVector<VolumeAttachment> attachments;
};

struct GlanceImage
{
    QString id;
    QString name;
    QString status;
    QString directUrl; // "rbd://fsid/pool/image/snap" when Glance shows it
};

struct NovaServer
{
    QString id;
    QString name;
    QString status; // ACTIVE, SHUTOFF, …
    QString host;   // OS-EXT-SRV-ATTR:host (admins only)
    QString instanceName;
    QString imageId; // empty: booted from volume
};

struct RbdImageRef
{
    QString pool;
    QString name;
    qint64 sizeBytes = 0;
    int watchers = 0;
    bool watchersKnown = false;
    QString parent;
};

struct DomainDiskRef
{
    QString pool;
    QString image;
    QString target;
    QString serial;
};

struct DomainRef
{
    QString host;
    QString uuid;
    QString name;
    QString state; // Libvirt::Domain::stateKey
    bool stateMatchesNova = true; // filled by whoever knows both
    QVector<DomainDiskRef> disks;
};

struct Inputs
{
    QVector<CinderVolume> volumes;
    QVector<GlanceImage> images;
    QVector<NovaServer> servers;
    QVector<RbdImageRef> rbdImages;
    QStringList rbdPools;        // the pools that were listed (an image not seen elsewhere is absent)
    QVector<DomainRef> domains;
    QStringList connectedHosts;  // hosts whose libvirt answered: only there can a domain be missing
    bool haveVolumes = false;    // each layer may be unavailable; the join says less, never wrong
    bool haveImages = false;
    bool haveServers = false;
};

} // namespace Reconcile
