// SPDX-License-Identifier: GPL-3.0-or-later
#include "openstack/network/network.h"

#include "openstack/client/jsonfields.h"

namespace OpenStack::Network {

Network Network::fromJson(const QJsonObject &object, Core::Error *error)
{
    FieldReader r(object, QStringLiteral("network"));
    Network n;
    n.id = r.requiredString("id");
    n.name = r.string("name");
    n.projectId = r.string("project_id");
    if (n.projectId.isEmpty())
        n.projectId = r.string("tenant_id");
    n.status = r.string("status");
    n.networkType = r.string("provider:network_type");
    n.description = r.string("description");
    n.subnetIds = r.strings("subnets");
    n.mtu = int(r.integer("mtu"));
    n.external = r.boolean("router:external");
    n.shared = r.boolean("shared");
    n.adminStateUp = r.boolean("admin_state_up", true);
    if (!r.ok() && error)
        *error = r.error();
    return n;
}

} // namespace OpenStack::Network
