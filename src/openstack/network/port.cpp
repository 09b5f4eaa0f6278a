// SPDX-License-Identifier: GPL-3.0-or-later
#include "openstack/network/port.h"

#include "openstack/client/jsonfields.h"

namespace OpenStack::Network {

QStringList Port::ipAddresses() const
{
    QStringList out;
    for (const FixedIp &ip : fixedIps)
        out << ip.ipAddress;
    return out;
}

Port Port::fromJson(const QJsonObject &object, Core::Error *error)
{
    FieldReader r(object, QStringLiteral("port"));
    Port p;
    p.id = r.requiredString("id");
    p.networkId = r.requiredString("network_id");
    p.name = r.string("name");
    p.projectId = r.string("project_id");
    if (p.projectId.isEmpty())
        p.projectId = r.string("tenant_id");
    p.deviceId = r.string("device_id");
    p.deviceOwner = r.string("device_owner");
    p.status = r.string("status");
    p.macAddress = r.string("mac_address");
    p.hostId = r.string("binding:host_id");
    const QJsonArray ips = r.array("fixed_ips");
    for (const QJsonValue &ip : ips)
        p.fixedIps.append({ip[QLatin1String("subnet_id")].toString(), ip[QLatin1String("ip_address")].toString()});
    p.securityGroupIds = r.strings("security_groups");
    p.portSecurityEnabled = r.boolean("port_security_enabled", true);
    p.adminStateUp = r.boolean("admin_state_up", true);
    if (!r.ok() && error)
        *error = r.error();
    return p;
}

} // namespace OpenStack::Network
