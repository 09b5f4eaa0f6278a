// SPDX-License-Identifier: GPL-3.0-or-later
#include "openstack/network/lists.h"

namespace OpenStack::Network {

namespace {
const QString kNetwork = QStringLiteral("network");
}

PagedJob *listSecurityGroups(Session *session, const QUrlQuery &query, QObject *context,
                             ListCallback<SecurityGroup> done)
{
    return listAll<SecurityGroup>(session, kNetwork, QStringLiteral("/v2.0/security-groups"),
                                  QStringLiteral("security_groups"), query, context, std::move(done));
}

PagedJob *listSecurityGroupRules(Session *session, const QUrlQuery &query, QObject *context,
                                 ListCallback<SecurityGroupRule> done)
{
    return listAll<SecurityGroupRule>(session, kNetwork, QStringLiteral("/v2.0/security-group-rules"),
                                      QStringLiteral("security_group_rules"), query, context, std::move(done));
}

PagedJob *listNetworks(Session *session, const QUrlQuery &query, QObject *context, ListCallback<Network> done)
{
    return listAll<Network>(session, kNetwork, QStringLiteral("/v2.0/networks"), QStringLiteral("networks"), query,
                            context, std::move(done));
}

PagedJob *listSubnets(Session *session, const QUrlQuery &query, QObject *context, ListCallback<Subnet> done)
{
    return listAll<Subnet>(session, kNetwork, QStringLiteral("/v2.0/subnets"), QStringLiteral("subnets"), query,
                           context, std::move(done));
}

PagedJob *listRouters(Session *session, const QUrlQuery &query, QObject *context, ListCallback<Router> done)
{
    return listAll<Router>(session, kNetwork, QStringLiteral("/v2.0/routers"), QStringLiteral("routers"), query,
                           context, std::move(done));
}

PagedJob *listPorts(Session *session, const QUrlQuery &query, QObject *context, ListCallback<Port> done)
{
    return listAll<Port>(session, kNetwork, QStringLiteral("/v2.0/ports"), QStringLiteral("ports"), query, context,
                         std::move(done));
}

PagedJob *listFloatingIps(Session *session, const QUrlQuery &query, QObject *context, ListCallback<FloatingIp> done)
{
    return listAll<FloatingIp>(session, kNetwork, QStringLiteral("/v2.0/floatingips"), QStringLiteral("floatingips"),
                               query, context, std::move(done));
}

PagedJob *listInstanceSummaries(Session *session, bool allProjects, QObject *context,
                                ListCallback<InstanceSummary> done)
{
    QUrlQuery query;
    if (allProjects)
        query.addQueryItem(QStringLiteral("all_tenants"), QStringLiteral("1"));
    return listAll<InstanceSummary>(session, QStringLiteral("compute"), QStringLiteral("/servers/detail"),
                                    QStringLiteral("servers"), query, context, std::move(done));
}

} // namespace OpenStack::Network
