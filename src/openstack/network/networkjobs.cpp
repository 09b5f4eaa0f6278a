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

// The one shape of every create reply: {"<key>": {…}} read with T::fromJson.
template<typename T>
Core::Error parseMember(const QJsonDocument &document, const char *key, T *out)
{
    Core::Error e;
    const QJsonObject o = member(document, key, &e);
    if (!e)
        *out = T::fromJson(o, &e);
    return e;
}
} // namespace

CreateSecurityGroupRuleJob::CreateSecurityGroupRuleJob(Session *session, const QJsonObject &body, QObject *parent)
    : RestJob(session, kNetwork, "POST", QStringLiteral("/v2.0/security-group-rules"), parent)
{
    setJsonBody(QJsonObject{{QStringLiteral("security_group_rule"), body}});
}

Core::Error CreateSecurityGroupRuleJob::parse(const QJsonDocument &document)
{
    return parseMember(document, "security_group_rule", &m_rule);
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
    return parseMember(document, "security_group", &m_group);
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
    return parseMember(document, "network", &m_network);
}

CreateSubnetJob::CreateSubnetJob(Session *session, const QJsonObject &body, QObject *parent)
    : RestJob(session, kNetwork, "POST", QStringLiteral("/v2.0/subnets"), parent)
{
    setJsonBody(QJsonObject{{QStringLiteral("subnet"), body}});
}

Core::Error CreateSubnetJob::parse(const QJsonDocument &document)
{
    return parseMember(document, "subnet", &m_subnet);
}

CreateRouterJob::CreateRouterJob(Session *session, const QJsonObject &body, QObject *parent)
    : RestJob(session, kNetwork, "POST", QStringLiteral("/v2.0/routers"), parent)
{
    setJsonBody(QJsonObject{{QStringLiteral("router"), body}});
}

Core::Error CreateRouterJob::parse(const QJsonDocument &document)
{
    return parseMember(document, "router", &m_router);
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

UpdateNetworkResourceJob::UpdateNetworkResourceJob(Session *session, const QString &collection, const QString &memberKey,
                                                   const QString &id, const QJsonObject &fields, QObject *parent)
    : RestJob(session, kNetwork, "PUT", QStringLiteral("/v2.0/") + collection + QLatin1Char('/') + id, parent)
    , m_id(id)
    , m_member(memberKey)
{
    setJsonBody(QJsonObject{{memberKey, fields}});
}

Core::Error UpdateNetworkResourceJob::parse(const QJsonDocument &document)
{
    Core::Error e;
    m_result = member(document, m_member.toLatin1().constData(), &e);
    return e;
}

CreatePortJob::CreatePortJob(Session *session, const QJsonObject &body, QObject *parent)
    : RestJob(session, kNetwork, "POST", QStringLiteral("/v2.0/ports"), parent)
{
    setJsonBody(QJsonObject{{QStringLiteral("port"), body}});
}

Core::Error CreatePortJob::parse(const QJsonDocument &document)
{
    return parseMember(document, "port", &m_port);
}

CreateFloatingIpJob::CreateFloatingIpJob(Session *session, const QJsonObject &body, QObject *parent)
    : RestJob(session, kNetwork, "POST", QStringLiteral("/v2.0/floatingips"), parent)
{
    setJsonBody(QJsonObject{{QStringLiteral("floatingip"), body}});
}

Core::Error CreateFloatingIpJob::parse(const QJsonDocument &document)
{
    return parseMember(document, "floatingip", &m_floatingIp);
}

} // namespace OpenStack::Network
