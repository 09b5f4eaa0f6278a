// SPDX-License-Identifier: GPL-3.0-or-later
#include "openstack/network/networkjobs.h"

#include "openstack/client/jsonfields.h"

#include <QCoreApplication>

namespace OpenStack::Network {

namespace {
const QString kNetwork = QStringLiteral("network");

QJsonObject member(const QJsonDocument &document, const char *key, Core::Error *error)
{
    const QJsonValue v = document.object().value(QLatin1String(key));
    if (!v.isObject() && error)
        *error = Core::Error::make(Core::Error::Kind::BadResponse,
                                   QCoreApplication::translate("OpenStack::Network", "The response has no \"%1\" object")
                                       .arg(QString::fromLatin1(key)));
    return v.toObject();
}
} // namespace

CreateSecurityGroupRuleJob::CreateSecurityGroupRuleJob(Session *session, const QJsonObject &body, QObject *parent)
    : RestJob(session, kNetwork, "POST", QStringLiteral("/v2.0/security-group-rules"), parent)
{
    setJsonBody(QJsonObject{{QStringLiteral("security_group_rule"), body}});
}

Core::Error CreateSecurityGroupRuleJob::parse(const QJsonDocument &document)
{
    Core::Error e;
    const QJsonObject o = member(document, "security_group_rule", &e);
    if (!e)
        m_rule = SecurityGroupRule::fromJson(o, &e);
    return e;
}

CreateSecurityGroupJob::CreateSecurityGroupJob(Session *session, const QString &name, const QString &description,
                                               const QString &projectId, QObject *parent)
    : RestJob(session, kNetwork, "POST", QStringLiteral("/v2.0/security-groups"), parent)
{
    QJsonObject g{{QStringLiteral("name"), name}, {QStringLiteral("description"), description}};
    if (!projectId.isEmpty())
        g.insert(QStringLiteral("project_id"), projectId);
    setJsonBody(QJsonObject{{QStringLiteral("security_group"), g}});
}

Core::Error CreateSecurityGroupJob::parse(const QJsonDocument &document)
{
    Core::Error e;
    const QJsonObject o = member(document, "security_group", &e);
    if (!e)
        m_group = SecurityGroup::fromJson(o, &e);
    return e;
}

UpdateSecurityGroupJob::UpdateSecurityGroupJob(Session *session, const QString &id, const QString &name,
                                               const QString &description, QObject *parent)
    : RestJob(session, kNetwork, "PUT", QStringLiteral("/v2.0/security-groups/") + id, parent)
{
    setJsonBody(QJsonObject{{QStringLiteral("security_group"),
                             QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("description"), description}}}});
}

DeleteNetworkResourceJob::DeleteNetworkResourceJob(Session *session, const QString &collection, const QString &id,
                                                   QObject *parent)
    : RestJob(session, kNetwork, "DELETE", QStringLiteral("/v2.0/") + collection + QLatin1Char('/') + id, parent)
    , m_id(id)
{
}

CreateNetworkJob::CreateNetworkJob(Session *session, const QJsonObject &body, QObject *parent)
    : RestJob(session, kNetwork, "POST", QStringLiteral("/v2.0/networks"), parent)
{
    setJsonBody(QJsonObject{{QStringLiteral("network"), body}});
}

Core::Error CreateNetworkJob::parse(const QJsonDocument &document)
{
    Core::Error e;
    const QJsonObject o = member(document, "network", &e);
    if (!e)
        m_network = Network::fromJson(o, &e);
    return e;
}

CreateSubnetJob::CreateSubnetJob(Session *session, const QJsonObject &body, QObject *parent)
    : RestJob(session, kNetwork, "POST", QStringLiteral("/v2.0/subnets"), parent)
{
    setJsonBody(QJsonObject{{QStringLiteral("subnet"), body}});
}

Core::Error CreateSubnetJob::parse(const QJsonDocument &document)
{
    Core::Error e;
    const QJsonObject o = member(document, "subnet", &e);
    if (!e)
        m_subnet = Subnet::fromJson(o, &e);
    return e;
}

CreateRouterJob::CreateRouterJob(Session *session, const QJsonObject &body, QObject *parent)
    : RestJob(session, kNetwork, "POST", QStringLiteral("/v2.0/routers"), parent)
{
    setJsonBody(QJsonObject{{QStringLiteral("router"), body}});
}

Core::Error CreateRouterJob::parse(const QJsonDocument &document)
{
    Core::Error e;
    const QJsonObject o = member(document, "router", &e);
    if (!e)
        m_router = Router::fromJson(o, &e);
    return e;
}

SetRouterGatewayJob::SetRouterGatewayJob(Session *session, const QString &routerId, const QString &externalNetworkId,
                                         QObject *parent)
    : RestJob(session, kNetwork, "PUT", QStringLiteral("/v2.0/routers/") + routerId, parent)
{
    const QJsonValue info = externalNetworkId.isEmpty()
                                ? QJsonValue(QJsonObject())
                                : QJsonValue(QJsonObject{{QStringLiteral("network_id"), externalNetworkId}});
    setJsonBody(QJsonObject{{QStringLiteral("router"), QJsonObject{{QStringLiteral("external_gateway_info"), info}}}});
}

RouterInterfaceJob::RouterInterfaceJob(Session *session, Action action, const QString &routerId,
                                       const QString &subnetId, QObject *parent)
    : RestJob(session, kNetwork, "PUT",
              QStringLiteral("/v2.0/routers/") + routerId
                  + (action == Action::Add ? QStringLiteral("/add_router_interface")
                                           : QStringLiteral("/remove_router_interface")),
              parent)
{
    setJsonBody(QJsonObject{{QStringLiteral("subnet_id"), subnetId}});
}

} // namespace OpenStack::Network
