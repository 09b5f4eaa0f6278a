// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "openstack/client/restjob.h"
#include "openstack/network/floatingip.h"
#include "openstack/network/network.h"
#include "openstack/network/port.h"
#include "openstack/network/router.h"
#include "openstack/network/securitygroup.h"
#include "openstack/network/subnet.h"

namespace OpenStack::Network {

// POST /v2.0/security-group-rules. `body` is the inner "security_group_rule" object (see
// RuleSpec::toJson). A 409 means an identical rule exists; its message says so.
class CreateSecurityGroupRuleJob : public RestJob
{
    Q_OBJECT
public:
    CreateSecurityGroupRuleJob(Session *session, const QJsonObject &body, QObject *parent = nullptr);
    const SecurityGroupRule &rule() const { return m_rule; }

protected:
    Core::Error parse(const QJsonDocument &document) override;
    bool expectsJson() const override { return true; }

private:
    SecurityGroupRule m_rule;
};

// POST /v2.0/security-groups (an admin may create it in another project).
class CreateSecurityGroupJob : public RestJob
{
    Q_OBJECT
public:
    CreateSecurityGroupJob(Session *session, const QString &name, const QString &description,
                           const QString &projectId = {}, QObject *parent = nullptr);
    const SecurityGroup &group() const { return m_group; }

protected:
    Core::Error parse(const QJsonDocument &document) override;
    bool expectsJson() const override { return true; }

private:
    SecurityGroup m_group;
};

// PUT /v2.0/security-groups/{id}: name and description.
class UpdateSecurityGroupJob : public RestJob
{
    Q_OBJECT
public:
    UpdateSecurityGroupJob(Session *session, const QString &id, const QString &name, const QString &description,
                           QObject *parent = nullptr);
};

// DELETE /v2.0/{collection}/{id} for any Neutron resource ("security-groups",
// "security-group-rules", "networks", "subnets", "routers", "ports", "floatingips"). 204 on success;
// 409 "in use" carries Neutron's own explanation.
class DeleteNetworkResourceJob : public RestJob
{
    Q_OBJECT
public:
    DeleteNetworkResourceJob(Session *session, const QString &collection, const QString &id, QObject *parent = nullptr);
    QString resourceId() const { return m_id; }

private:
    QString m_id;
};

// POST /v2.0/networks.
class CreateNetworkJob : public RestJob
{
    Q_OBJECT
public:
    CreateNetworkJob(Session *session, const QJsonObject &body, QObject *parent = nullptr);
    const Network &network() const { return m_network; }

protected:
    Core::Error parse(const QJsonDocument &document) override;
    bool expectsJson() const override { return true; }

private:
    Network m_network;
};

// POST /v2.0/subnets.
class CreateSubnetJob : public RestJob
{
    Q_OBJECT
public:
    CreateSubnetJob(Session *session, const QJsonObject &body, QObject *parent = nullptr);
    const Subnet &subnet() const { return m_subnet; }

protected:
    Core::Error parse(const QJsonDocument &document) override;
    bool expectsJson() const override { return true; }

private:
    Subnet m_subnet;
};

// POST /v2.0/routers.
class CreateRouterJob : public RestJob
{
    Q_OBJECT
public:
    CreateRouterJob(Session *session, const QJsonObject &body, QObject *parent = nullptr);
    const Router &router() const { return m_router; }

protected:
    Core::Error parse(const QJsonDocument &document) override;
    bool expectsJson() const override { return true; }

private:
    Router m_router;
};

// PUT /v2.0/routers/{id} with external_gateway_info: sets (network id) or clears (empty) the gateway.
class SetRouterGatewayJob : public RestJob
{
    Q_OBJECT
public:
    SetRouterGatewayJob(Session *session, const QString &routerId, const QString &externalNetworkId,
                        QObject *parent = nullptr);

protected:
    bool expectsJson() const override { return true; }
};

// PUT /v2.0/routers/{id}/add_router_interface or remove_router_interface, by subnet.
class RouterInterfaceJob : public RestJob
{
    Q_OBJECT
public:
    enum class Action { Add, Remove };
    RouterInterfaceJob(Session *session, Action action, const QString &routerId, const QString &subnetId,
                       QObject *parent = nullptr);

protected:
    bool expectsJson() const override { return true; }
};

// PUT /v2.0/{collection}/{id} with {"<member>": fields}: edits any Neutron resource ("networks" /
// "network", "subnets" / "subnet", "routers" / "router", "ports" / "port", "floatingips" /
// "floatingip"). Only the fields given change. Neutron's refusal (a gateway outside the CIDR, a
// pool overlapping another, a floating IP whose port is not reachable from its network) comes
// back in its own words.
class UpdateNetworkResourceJob : public RestJob
{
    Q_OBJECT
public:
    UpdateNetworkResourceJob(Session *session, const QString &collection, const QString &member, const QString &id,
                             const QJsonObject &fields, QObject *parent = nullptr);
    QString resourceId() const { return m_id; }
    // The resource as Neutron answered it.
    const QJsonObject &result() const { return m_result; }

protected:
    Core::Error parse(const QJsonDocument &document) override;
    bool expectsJson() const override { return true; }

private:
    QString m_id;
    QString m_member;
    QJsonObject m_result;
};

// POST /v2.0/ports: a port on a network (name, admin state, security groups as given).
class CreatePortJob : public RestJob
{
    Q_OBJECT
public:
    CreatePortJob(Session *session, const QJsonObject &body, QObject *parent = nullptr);
    const Port &port() const { return m_port; }

protected:
    Core::Error parse(const QJsonDocument &document) override;
    bool expectsJson() const override { return true; }

private:
    Port m_port;
};

// POST /v2.0/floatingips: allocates an address from an external network, optionally on a port.
// 409/400 "IP exhausted" or "not reachable" carry Neutron's explanation.
class CreateFloatingIpJob : public RestJob
{
    Q_OBJECT
public:
    CreateFloatingIpJob(Session *session, const QJsonObject &body, QObject *parent = nullptr);
    const FloatingIp &floatingIp() const { return m_floatingIp; }

protected:
    Core::Error parse(const QJsonDocument &document) override;
    bool expectsJson() const override { return true; }

private:
    FloatingIp m_floatingIp;
};

} // namespace OpenStack::Network
