// SPDX-License-Identifier: GPL-3.0-or-later
#include "openstack/hosts/hypervisor.h"

#include "openstack/client/jsonfields.h"

#include <QCoreApplication>

namespace OpenStack::Hosts {

namespace {
QString idOf(const QJsonValue &v)
{
    return v.isDouble() ? QString::number(qint64(v.toDouble())) : v.toString();
}
} // namespace

QString Hypervisor::versionText() const
{
    if (version <= 0)
        return {};
    return QStringLiteral("%1.%2.%3").arg(version / 1000000).arg((version / 1000) % 1000).arg(version % 1000);
}

Hypervisor Hypervisor::fromJson(const QJsonObject &object, Core::Error *error)
{
    FieldReader r(object, QStringLiteral("hypervisor"));
    Hypervisor h;
    h.id = idOf(object.value(QLatin1String("id")));
    if (h.id.isEmpty())
        r.requiredString("id"); // records the problem
    h.hostname = r.requiredString("hypervisor_hostname");
    h.state = r.string("state");
    h.status = r.string("status");
    h.type = r.string("hypervisor_type");
    h.version = r.integer("hypervisor_version", 0);
    h.hostIp = r.string("host_ip");
    h.uptime = r.string("uptime");
    const QJsonObject service = r.object("service");
    h.host = service.value(QLatin1String("host")).toString();
    h.serviceId = idOf(service.value(QLatin1String("id")));
    h.disabledReason = service.value(QLatin1String("disabled_reason")).toString();
    if (h.host.isEmpty())
        h.host = h.hostname;
    const QJsonArray servers = r.array("servers");
    for (const QJsonValue &v : servers) {
        const QJsonObject s = v.toObject();
        h.servers.append({s.value(QLatin1String("uuid")).toString(), s.value(QLatin1String("name")).toString()});
    }
    h.runningVms = int(r.integer("running_vms", -1));
    h.vcpus = r.integer("vcpus", -1);
    h.vcpusUsed = r.integer("vcpus_used", -1);
    h.memoryMb = r.integer("memory_mb", -1);
    h.memoryMbUsed = r.integer("memory_mb_used", -1);
    h.localGb = r.integer("local_gb", -1);
    h.localGbUsed = r.integer("local_gb_used", -1);
    if (!r.ok() && error)
        *error = r.error();
    return h;
}

ComputeService ComputeService::fromJson(const QJsonObject &object, Core::Error *error)
{
    FieldReader r(object, QStringLiteral("service"));
    ComputeService s;
    s.id = idOf(object.value(QLatin1String("id")));
    if (s.id.isEmpty())
        r.requiredString("id");
    s.binary = r.requiredString("binary");
    s.host = r.requiredString("host");
    s.zone = r.string("zone");
    s.status = r.string("status");
    s.state = r.string("state");
    s.disabledReason = r.string("disabled_reason");
    s.forcedDown = r.boolean("forced_down", false);
    s.updated = r.dateTime("updated_at");
    if (!r.ok() && error)
        *error = r.error();
    return s;
}

QString validateDisabledReason(const QString &reason)
{
    if (reason.size() > 255)
        return QCoreApplication::translate("OpenStack::Hosts", "At most %n character(s)", nullptr, 255);
    return {};
}

} // namespace OpenStack::Hosts
