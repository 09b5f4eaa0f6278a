// SPDX-License-Identifier: GPL-3.0-or-later
#include "openstack/network/instancesummary.h"

#include "openstack/client/jsonfields.h"

namespace OpenStack::Network {

InstanceSummary InstanceSummary::fromJson(const QJsonObject &object, Core::Error *error)
{
    FieldReader r(object, QStringLiteral("server"));
    InstanceSummary s;
    s.id = r.requiredString("id");
    s.name = r.string("name");
    s.status = r.string("status");
    s.projectId = r.string("tenant_id");
    s.hostName = r.string("OS-EXT-SRV-ATTR:host");
    if (!r.ok() && error)
        *error = r.error();
    return s;
}

} // namespace OpenStack::Network
