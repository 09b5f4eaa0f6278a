// SPDX-License-Identifier: GPL-3.0-or-later
#include "openstack/compute/computetypes.h"

#include "openstack/client/jsonfields.h"

namespace OpenStack::Compute {

namespace {
void report(const FieldReader &r, Core::Error *error)
{
    if (!r.ok() && error)
        *error = r.error();
}
} // namespace

Flavor Flavor::fromJson(const QJsonObject &object, Core::Error *error)
{
    FieldReader r(object, QStringLiteral("flavor"));
    Flavor f;
    f.id = r.requiredString("id");
    f.name = r.requiredString("name");
    f.vcpus = int(r.requiredInteger("vcpus"));
    f.ramMib = r.requiredInteger("ram");
    f.diskGb = int(r.integer("disk"));
    f.ephemeralGb = int(r.integer("OS-FLV-EXT-DATA:ephemeral"));
    f.swapMib = r.integer("swap"); // "" when none
    f.isPublic = r.boolean("os-flavor-access:is_public", true);
    f.disabled = r.boolean("OS-FLV-DISABLED:disabled", false);
    f.description = r.string("description");
    report(r, error);
    return f;
}

Keypair Keypair::fromJson(const QJsonObject &object, Core::Error *error)
{
    const QJsonObject inner = object.contains(QLatin1String("keypair"))
                                  ? object.value(QLatin1String("keypair")).toObject()
                                  : object;
    FieldReader r(inner, QStringLiteral("key pair"));
    Keypair k;
    k.name = r.requiredString("name");
    k.id = k.name;
    k.type = r.string("type");
    k.fingerprint = r.string("fingerprint");
    report(r, error);
    return k;
}

AvailabilityZone AvailabilityZone::fromJson(const QJsonObject &object, Core::Error *error)
{
    FieldReader r(object, QStringLiteral("availability zone"));
    AvailabilityZone z;
    z.name = r.requiredString("zoneName");
    z.id = z.name;
    z.available = r.object("zoneState").value(QLatin1String("available")).toBool(true);
    report(r, error);
    return z;
}

ComputeLimits ComputeLimits::fromJson(const QJsonObject &absolute, Core::Error *error)
{
    FieldReader r(absolute, QStringLiteral("limits"));
    ComputeLimits l;
    l.maxInstances = r.requiredInteger("maxTotalInstances");
    l.usedInstances = r.integer("totalInstancesUsed");
    l.maxCores = r.integer("maxTotalCores", -1);
    l.usedCores = r.integer("totalCoresUsed");
    l.maxRamMib = r.integer("maxTotalRAMSize", -1);
    l.usedRamMib = r.integer("totalRAMUsed");
    report(r, error);
    return l;
}

qint64 ComputeLimits::instancesThatFit(int vcpus, qint64 ramMib) const
{
    qint64 fit = -1;
    auto limit = [&fit](qint64 max, qint64 used, qint64 each) {
        if (max < 0 || each <= 0)
            return;
        const qint64 n = qMax<qint64>(0, (max - used) / each);
        fit = fit < 0 ? n : qMin(fit, n);
    };
    limit(maxInstances, usedInstances, 1);
    limit(maxCores, usedCores, vcpus);
    limit(maxRamMib, usedRamMib, ramMib);
    return fit;
}

InstanceAction InstanceAction::fromJson(const QJsonObject &object, Core::Error *error)
{
    FieldReader r(object, QStringLiteral("instance action"));
    InstanceAction a;
    a.id = r.requiredString("request_id");
    a.action = r.requiredString("action");
    a.userId = r.string("user_id");
    a.projectId = r.string("project_id");
    a.message = r.string("message");
    a.started = r.dateTime("start_time");
    a.updated = r.dateTime("updated_at");
    report(r, error);
    return a;
}

InterfaceAttachment InterfaceAttachment::fromJson(const QJsonObject &object, Core::Error *error)
{
    FieldReader r(object, QStringLiteral("interface"));
    InterfaceAttachment i;
    i.id = r.requiredString("port_id");
    i.networkId = r.string("net_id");
    i.macAddress = r.string("mac_addr");
    i.portState = r.string("port_state");
    const QJsonArray ips = r.array("fixed_ips");
    for (const QJsonValue &v : ips)
        i.fixedIps << v.toObject().value(QLatin1String("ip_address")).toString();
    report(r, error);
    return i;
}

VolumeAttachment VolumeAttachment::fromJson(const QJsonObject &object, Core::Error *error)
{
    FieldReader r(object, QStringLiteral("volume attachment"));
    VolumeAttachment v;
    v.volumeId = r.requiredString("volumeId");
    v.id = v.volumeId;
    v.device = r.string("device");
    v.tag = r.string("tag");
    v.deleteOnTermination = r.boolean("delete_on_termination");
    report(r, error);
    return v;
}

} // namespace OpenStack::Compute
