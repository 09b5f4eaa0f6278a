// SPDX-License-Identifier: GPL-3.0-or-later
#include "openstack/network/floatingip.h"

#include "openstack/client/jsonfields.h"

namespace OpenStack::Network {

FloatingIp FloatingIp::fromJson(const QJsonObject &object, Core::Error *error)
{
    FieldReader r(object, QStringLiteral("floating IP"));
    FloatingIp f;
    f.id = r.requiredString("id");
    f.floatingIpAddress = r.requiredString("floating_ip_address");
    f.floatingNetworkId = r.string("floating_network_id");
    f.fixedIpAddress = r.string("fixed_ip_address");
    f.portId = r.string("port_id");
    f.routerId = r.string("router_id");
    f.projectId = r.string("project_id");
    if (f.projectId.isEmpty())
        f.projectId = r.string("tenant_id");
    f.status = r.string("status");
    f.description = r.string("description");
    if (!r.ok() && error)
        *error = r.error();
    return f;
}

} // namespace OpenStack::Network
