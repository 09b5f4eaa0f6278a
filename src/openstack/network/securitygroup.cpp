// SPDX-License-Identifier: GPL-3.0-or-later
#include "openstack/network/securitygroup.h"

#include "openstack/client/jsonfields.h"

namespace OpenStack::Network {

namespace {
int optionalPort(const QJsonObject &object, const char *key)
{
    const QJsonValue v = object.value(QLatin1String(key));
    return v.isDouble() ? v.toInt() : -1;
}
} // namespace

SecurityGroupRule SecurityGroupRule::fromJson(const QJsonObject &object, Core::Error *error)
{
    FieldReader r(object, QStringLiteral("security group rule"));
    SecurityGroupRule rule;
    rule.id = r.requiredString("id");
    rule.securityGroupId = r.requiredString("security_group_id");
    rule.direction = r.requiredString("direction");
    rule.ethertype = r.requiredString("ethertype");
    rule.projectId = r.string("project_id");
    if (rule.projectId.isEmpty())
        rule.projectId = r.string("tenant_id");
    rule.protocol = r.string("protocol");
    rule.portRangeMin = optionalPort(object, "port_range_min");
    rule.portRangeMax = optionalPort(object, "port_range_max");
    rule.remoteIpPrefix = r.string("remote_ip_prefix");
    rule.remoteGroupId = r.string("remote_group_id");
    rule.remoteAddressGroupId = r.string("remote_address_group_id");
    rule.description = r.string("description");
    if (!r.ok() && error)
        *error = r.error();
    return rule;
}

SecurityGroup SecurityGroup::fromJson(const QJsonObject &object, Core::Error *error)
{
    FieldReader r(object, QStringLiteral("security group"));
    SecurityGroup g;
    g.id = r.requiredString("id");
    g.name = r.string("name");
    g.description = r.string("description");
    g.projectId = r.string("project_id");
    if (g.projectId.isEmpty())
        g.projectId = r.string("tenant_id");
    g.stateful = r.boolean("stateful", true);
    const QJsonArray rules = r.array("security_group_rules");
    g.rules.reserve(rules.size());
    for (const QJsonValue &v : rules) {
        Core::Error e;
        SecurityGroupRule rule = SecurityGroupRule::fromJson(v.toObject(), &e);
        if (e) {
            if (error)
                *error = e;
            return g;
        }
        g.rules.append(std::move(rule));
    }
    if (!r.ok() && error)
        *error = r.error();
    return g;
}

} // namespace OpenStack::Network
