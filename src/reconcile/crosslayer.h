// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reconcile/inputs.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace Reconcile {

// One line of the cross-layer view: a chain volume → RBD image → domain disk → instance (or an
// image, an instance's ephemeral disk, a domain or an RBD image alone), with what disagrees.
struct CrossLayerRow
{
    enum class Kind { Volume, GlanceImage, EphemeralDisk, Domain, Orphan };
    enum Problem : unsigned {
        None = 0,
        OrphanImage = 1u << 0,        // an RBD image no Cinder volume / Glance image / Nova instance owns
        ImageMissing = 1u << 1,       // Cinder/Glance/Nova's RBD image does not exist
        InUseNoWatcher = 1u << 2,     // Cinder says in-use, nobody has the image open
        DomainLacksDisk = 1u << 3,    // the attached instance's domain has no such disk
        DomainMissing = 1u << 4,      // Nova's instance has no domain on its (connected) host
        UnknownDomain = 1u << 5,      // a domain Nova does not know
        StateMismatch = 1u << 6,      // Nova's status and the domain's state disagree
        DiskNotAttached = 1u << 7,    // a domain uses a volume Cinder does not call attached to it
    };

    QString id; // "volume:<id>", "image:<id>", "server:<id>", "domain:<host>/<uuid>", "rbd:<pool>/<name>"
    Kind kind = Kind::Volume;
    QString name;        // the OpenStack name (volume, image, server) or the domain/RBD name
    QString openstackId; // volume / image / server id
    QString status;      // Cinder / Glance / Nova status
    QString rbdImage;    // "pool/name", empty when there is none
    qint64 rbdSizeBytes = -1;
    int watchers = -1;   // -1 unknown
    QString host;
    QString domain;      // libvirt domain name
    QString domainState;
    QString diskTarget;  // vdd
    QString instanceId;
    QString instanceName;
    unsigned problems = None;

    bool hasProblem() const { return problems != None; }
    // Problem keys, stable for exports: "orphan", "image-missing", …
    QStringList problemKeys() const;
    static QString kindKey(Kind kind);
    bool operator==(const CrossLayerRow &) const = default;
};

struct NamingRules
{
    // Cinder's RBD driver: volume-<uuid> in the volumes pool(s); backups as volume-<uuid>.backup.*
    QString volumePrefix = QStringLiteral("volume-");
    // Nova's RBD image backend: <uuid>_disk, <uuid>_disk.local, .swap, .config, .rescue
    QString novaDiskSuffix = QStringLiteral("_disk");
};

// The pure join. Rows come in a stable order: volumes, instances, images, domains, orphans.
QVector<CrossLayerRow> reconcile(const Inputs &inputs, const NamingRules &rules = {});

// Owner of an RBD image name by the naming rules: {"volume", id}, {"server", id}, {"image", id}
// or {} when the name says nothing.
std::pair<QString, QString> ownerOfRbdName(const QString &name, const NamingRules &rules = {});

} // namespace Reconcile
