// SPDX-License-Identifier: GPL-3.0-or-later
#include "reconcile/crosslayer.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace Reconcile {

namespace {

const QRegularExpression &uuidPattern()
{
    static const QRegularExpression re(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"), QRegularExpression::CaseInsensitiveOption);
    return re;
}

QString key(const QString &pool, const QString &name)
{
    return pool + QLatin1Char('/') + name;
}

bool expectsImage(const QString &volumeStatus)
{
    return volumeStatus == QLatin1String("available") || volumeStatus == QLatin1String("in-use");
}

bool expectsDomain(const QString &novaStatus)
{
    static const QSet<QString> noDomain = {QStringLiteral("BUILD"), QStringLiteral("ERROR"), QStringLiteral("SHELVED_OFFLOADED"),
                                           QStringLiteral("DELETED"), QStringLiteral("SOFT_DELETED"), QStringLiteral("UNKNOWN")};
    return !noDomain.contains(novaStatus.toUpper());
}

} // namespace

QString CrossLayerRow::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::Volume: return QStringLiteral("volume");
    case Kind::GlanceImage: return QStringLiteral("image");
    case Kind::EphemeralDisk: return QStringLiteral("instance");
    case Kind::Domain: return QStringLiteral("domain");
    case Kind::Orphan: return QStringLiteral("orphan");
    }
    return {};
}

QStringList CrossLayerRow::problemKeys() const
{
    static const std::pair<Problem, const char *> names[] = {
        {OrphanImage, "orphan"},           {ImageMissing, "image-missing"},   {InUseNoWatcher, "in-use-no-watcher"},
        {DomainLacksDisk, "domain-lacks-disk"}, {DomainMissing, "domain-missing"}, {UnknownDomain, "unknown-domain"},
        {StateMismatch, "state-mismatch"}, {DiskNotAttached, "disk-not-attached"},
    };
    QStringList out;
    for (const auto &[bit, name] : names) {
        if (problems & bit)
            out.append(QLatin1String(name));
    }
    return out;
}

std::pair<QString, QString> ownerOfRbdName(const QString &name, const NamingRules &rules)
{
    if (name.startsWith(rules.volumePrefix)) {
        const QString rest = name.mid(rules.volumePrefix.size());
        const auto m = uuidPattern().match(rest);
        if (m.hasMatch())
            return {QStringLiteral("volume"), m.captured(0).toLower()};
    }
    const auto m = uuidPattern().match(name);
    if (m.hasMatch()) {
        const QString rest = name.mid(m.capturedLength());
        if (rest.startsWith(rules.novaDiskSuffix))
            return {QStringLiteral("server"), m.captured(0).toLower()};
        if (rest.isEmpty())
            return {QStringLiteral("image"), m.captured(0).toLower()};
    }
    return {};
}

QVector<CrossLayerRow> reconcile(const Inputs &in, const NamingRules &rules)
{
    QVector<CrossLayerRow> rows;
    QHash<QString, const RbdImageRef *> rbdByKey;
    QHash<QString, QVector<const RbdImageRef *>> rbdByName;
    for (const RbdImageRef &r : in.rbdImages) {
        rbdByKey.insert(key(r.pool, r.name), &r);
        rbdByName[r.name].append(&r);
    }
    QSet<QString> owned; // rbd keys
    const QSet<QString> connected(in.connectedHosts.cbegin(), in.connectedHosts.cend());

    // Which domain disks use which RBD image.
    struct DiskUse
    {
        const DomainRef *domain;
        const DomainDiskRef *disk;
    };
    QHash<QString, QVector<DiskUse>> usesOf;
    QHash<QString, QVector<const DomainRef *>> domainsByUuid;
    for (const DomainRef &d : in.domains) {
        domainsByUuid[d.uuid.toLower()].append(&d);
        for (const DomainDiskRef &disk : d.disks) {
            if (!disk.pool.isEmpty())
                usesOf[key(disk.pool, disk.image)].append({&d, &disk});
        }
    }
    QHash<QString, const NovaServer *> serverById;
    for (const NovaServer &s : in.servers)
        serverById.insert(s.id.toLower(), &s);

    auto fillRbd = [&](CrossLayerRow &row, const RbdImageRef *r) {
        row.rbdImage = key(r->pool, r->name);
        row.rbdSizeBytes = r->sizeBytes;
        row.watchers = r->watchersKnown ? r->watchers : -1;
    };
    auto findRbd = [&](const QString &name) -> const RbdImageRef * {
        const auto list = rbdByName.value(name);
        return list.isEmpty() ? nullptr : list.constFirst();
    };
    const bool rbdListed = !in.rbdPools.isEmpty();

    // Volumes.
    for (const CinderVolume &v : in.volumes) {
        CrossLayerRow row;
        row.id = QStringLiteral("volume:") + v.id;
        row.kind = CrossLayerRow::Kind::Volume;
        row.name = v.name;
        row.openstackId = v.id;
        row.status = v.status;
        const QString rbdName = rules.volumePrefix + v.id;
        const RbdImageRef *r = findRbd(rbdName);
        for (const RbdImageRef &other : in.rbdImages) {
            if (other.name.startsWith(rbdName)) // the volume's image and its backups
                owned.insert(key(other.pool, other.name));
        }
        const QString attachedTo = v.attachments.isEmpty() ? QString() : v.attachments.constFirst().serverId.toLower();
        if (!attachedTo.isEmpty()) {
            row.instanceId = attachedTo;
            if (const NovaServer *s = serverById.value(attachedTo))
                row.instanceName = s->name;
        }
        if (r) {
            fillRbd(row, r);
            const QVector<DiskUse> uses = usesOf.value(row.rbdImage);
            for (const DiskUse &u : uses) {
                if (u.domain->uuid.toLower() != attachedTo)
                    row.problems |= CrossLayerRow::DiskNotAttached;
            }
            if (v.status == QLatin1String("in-use") && r->watchersKnown && r->watchers == 0)
                row.problems |= CrossLayerRow::InUseNoWatcher;
            const DiskUse *chosen = nullptr;
            for (const DiskUse &u : uses) {
                if (!chosen || u.domain->uuid.toLower() == attachedTo)
                    chosen = &u;
            }
            if (chosen) {
                row.host = chosen->domain->host;
                row.domain = chosen->domain->name;
                row.domainState = chosen->domain->state;
                row.diskTarget = chosen->disk->target;
            }
        } else if (rbdListed && expectsImage(v.status)) {
            row.problems |= CrossLayerRow::ImageMissing;
        }
        if (v.status == QLatin1String("in-use") && !attachedTo.isEmpty()) {
            const QVector<const DomainRef *> doms = domainsByUuid.value(attachedTo);
            const NovaServer *s = serverById.value(attachedTo);
            const bool hostKnown = s && connected.contains(s->host);
            const DomainRef *dom = doms.isEmpty() ? nullptr : doms.constFirst();
            if (dom) {
                row.host = dom->host;
                row.domain = dom->name;
                row.domainState = dom->state;
                const auto disk = std::find_if(dom->disks.cbegin(), dom->disks.cend(), [&](const DomainDiskRef &d) {
                    return d.image == rbdName || d.serial == v.id;
                });
                if (disk == dom->disks.cend())
                    row.problems |= CrossLayerRow::DomainLacksDisk;
                else
                    row.diskTarget = disk->target;
            } else if (hostKnown) {
                row.host = s->host;
                row.problems |= CrossLayerRow::DomainLacksDisk;
            }
        }
        rows.append(row);
    }

    // Instances and their ephemeral disks.
    bool novaUsesRbd = false;
    for (const RbdImageRef &r : in.rbdImages)
        novaUsesRbd = novaUsesRbd || ownerOfRbdName(r.name, rules).first == QLatin1String("server");
    QSet<QString> matchedDomains;
    for (const NovaServer &s : in.servers) {
        CrossLayerRow row;
        row.id = QStringLiteral("server:") + s.id;
        row.kind = CrossLayerRow::Kind::EphemeralDisk;
        row.name = s.name;
        row.openstackId = s.id;
        row.status = s.status;
        row.instanceId = s.id;
        row.instanceName = s.name;
        row.host = s.host;
        const QString diskName = s.id.toLower() + rules.novaDiskSuffix;
        for (const RbdImageRef &r : in.rbdImages) {
            if (r.name.startsWith(diskName))
                owned.insert(key(r.pool, r.name));
        }
        if (const RbdImageRef *r = findRbd(diskName))
            fillRbd(row, r);
        else if (novaUsesRbd && !s.imageId.isEmpty() && expectsDomain(s.status))
            row.problems |= CrossLayerRow::ImageMissing;
        const QVector<const DomainRef *> doms = domainsByUuid.value(s.id.toLower());
        if (!doms.isEmpty()) {
            const DomainRef *d = doms.constFirst();
            matchedDomains.insert(d->host + QLatin1Char('/') + d->uuid.toLower());
            row.host = d->host;
            row.domain = d->name;
            row.domainState = d->state;
            const auto disk = std::find_if(d->disks.cbegin(), d->disks.cend(), [&](const DomainDiskRef &x) { return x.image == diskName; });
            if (disk != d->disks.cend())
                row.diskTarget = disk->target;
            if (!d->stateMatchesNova)
                row.problems |= CrossLayerRow::StateMismatch;
        } else if (connected.contains(s.host) && expectsDomain(s.status)) {
            row.problems |= CrossLayerRow::DomainMissing;
        }
        rows.append(row);
    }

    // Glance images kept in RBD.
    for (const GlanceImage &g : in.images) {
        const RbdImageRef *r = findRbd(g.id);
        const bool saysRbd = g.directUrl.startsWith(QLatin1String("rbd://"));
        if (!r && !saysRbd)
            continue;
        CrossLayerRow row;
        row.id = QStringLiteral("image:") + g.id;
        row.kind = CrossLayerRow::Kind::GlanceImage;
        row.name = g.name;
        row.openstackId = g.id;
        row.status = g.status;
        if (r) {
            fillRbd(row, r);
            owned.insert(row.rbdImage);
        } else if (rbdListed && g.status == QLatin1String("active")) {
            row.problems |= CrossLayerRow::ImageMissing;
        }
        rows.append(row);
    }

    // Domains Nova does not know.
    if (in.haveServers) {
        for (const DomainRef &d : in.domains) {
            const QString dk = d.host + QLatin1Char('/') + d.uuid.toLower();
            if (matchedDomains.contains(dk) || serverById.contains(d.uuid.toLower()))
                continue;
            CrossLayerRow row;
            row.id = QStringLiteral("domain:") + dk;
            row.kind = CrossLayerRow::Kind::Domain;
            row.name = d.name;
            row.host = d.host;
            row.domain = d.name;
            row.domainState = d.state;
            row.instanceId = d.uuid;
            row.problems = CrossLayerRow::UnknownDomain;
            rows.append(row);
        }
    }

    // RBD images nobody owns. A layer that could not be read owns what its names claim, so a
    // missing layer never turns its images into orphans.
    for (const RbdImageRef &r : in.rbdImages) {
        const QString k = key(r.pool, r.name);
        if (owned.contains(k))
            continue;
        const QString claimedBy = ownerOfRbdName(r.name, rules).first;
        if ((claimedBy == QLatin1String("volume") && !in.haveVolumes) || (claimedBy == QLatin1String("server") && !in.haveServers)
            || (claimedBy == QLatin1String("image") && !in.haveImages))
            continue;
        CrossLayerRow row;
        row.id = QStringLiteral("rbd:") + k;
        row.kind = CrossLayerRow::Kind::Orphan;
        row.name = r.name;
        fillRbd(row, &r);
        row.problems = CrossLayerRow::OrphanImage;
        const QVector<DiskUse> uses = usesOf.value(k);
        if (!uses.isEmpty()) {
            row.host = uses.constFirst().domain->host;
            row.domain = uses.constFirst().domain->name;
            row.diskTarget = uses.constFirst().disk->target;
        }
        rows.append(row);
    }
    return rows;
}

} // namespace Reconcile
