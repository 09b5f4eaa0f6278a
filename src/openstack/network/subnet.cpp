// SPDX-License-Identifier: GPL-3.0-or-later
#include "openstack/network/subnet.h"

#include "openstack/client/jsonfields.h"

namespace OpenStack::Network {

Subnet Subnet::fromJson(const QJsonObject &object, Core::Error *error)
{
    FieldReader r(object, QStringLiteral("subnet"));
    Subnet s;
    s.id = r.requiredString("id");
    s.networkId = r.requiredString("network_id");
    s.cidr = r.requiredString("cidr");
    s.name = r.string("name");
    s.projectId = r.string("project_id");
    if (s.projectId.isEmpty())
        s.projectId = r.string("tenant_id");
    s.gatewayIp = r.string("gateway_ip");
    s.ipVersion = int(r.integer("ip_version", 4));
    s.enableDhcp = r.boolean("enable_dhcp", true);
    s.dnsNameservers = r.strings("dns_nameservers");
    const QJsonArray pools = r.array("allocation_pools");
    for (const QJsonValue &p : pools)
        s.allocationPools << p[QLatin1String("start")].toString() + QLatin1Char('-') + p[QLatin1String("end")].toString();
    if (!r.ok() && error)
        *error = r.error();
    return s;
}

} // namespace OpenStack::Network
