// SPDX-License-Identifier: GPL-3.0-or-later
#include "openstack/network/router.h"

#include "openstack/client/jsonfields.h"

namespace OpenStack::Network {

Router Router::fromJson(const QJsonObject &object, Core::Error *error)
{
    FieldReader r(object, QStringLiteral("router"));
    Router router;
    router.id = r.requiredString("id");
    router.name = r.string("name");
    router.projectId = r.string("project_id");
    if (router.projectId.isEmpty())
        router.projectId = r.string("tenant_id");
    router.status = r.string("status");
    router.adminStateUp = r.boolean("admin_state_up", true);
    const QJsonObject gw = r.object("external_gateway_info");
    router.externalNetworkId = gw.value(QLatin1String("network_id")).toString();
    const QJsonArray ips = gw.value(QLatin1String("external_fixed_ips")).toArray();
    for (const QJsonValue &ip : ips)
        router.externalIps << ip[QLatin1String("ip_address")].toString();
    if (!r.ok() && error)
        *error = r.error();
    return router;
}

} // namespace OpenStack::Network
