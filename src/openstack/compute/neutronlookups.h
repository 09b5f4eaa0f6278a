// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The few Neutron calls the Instances tab cannot do through Nova: floating IP association (Nova's
// proxy API is gone since 2.44), and the network / security group choices of the launch wizard.
// Deliberately small and owned by the compute module; the Network tab has its own full client.

#include "openstack/client/restjob.h"

#include <QVector>

namespace OpenStack::Compute {

struct FloatingIp
{
    QString id;
    QString address;
    QString fixedAddress;
    QString portId; // empty when not associated
    QString projectId;
    QString status;

    static FloatingIp fromJson(const QJsonObject &object, Core::Error *error);
    bool operator==(const FloatingIp &) const = default;
};

struct NetworkChoice
{
    QString id;
    QString name;
    QString projectId;
    QString status;
    bool shared = false;
    bool external = false;
    QStringList subnetIds;

    static NetworkChoice fromJson(const QJsonObject &object, Core::Error *error);
    bool operator==(const NetworkChoice &) const = default;
};

struct SecurityGroupChoice
{
    QString id;
    QString name;
    QString description;
    QString projectId;

    static SecurityGroupChoice fromJson(const QJsonObject &object, Core::Error *error);
    bool operator==(const SecurityGroupChoice &) const = default;
};

// GET /v2.0/floatingips (optionally only those of one project or one port).
class ListFloatingIpsJob : public RestJob
{
    Q_OBJECT
public:
    ListFloatingIpsJob(Session *session, const QString &projectId = {}, QObject *parent = nullptr);
    const QVector<FloatingIp> &floatingIps() const { return m_items; }

protected:
    Core::Error parse(const QJsonDocument &document) override;

private:
    QVector<FloatingIp> m_items;
};

// PUT /v2.0/floatingips/{id} {"port_id": …}: associate with a port, or with an empty port
// disassociate.
class SetFloatingIpPortJob : public RestJob
{
    Q_OBJECT
public:
    SetFloatingIpPortJob(Session *session, const QString &floatingIpId, const QString &portId,
                         QObject *parent = nullptr);
};

// GET /v2.0/networks: networks a server of the current project may be plugged into.
class ListNetworkChoicesJob : public RestJob
{
    Q_OBJECT
public:
    explicit ListNetworkChoicesJob(Session *session, QObject *parent = nullptr);
    const QVector<NetworkChoice> &networks() const { return m_items; }

protected:
    Core::Error parse(const QJsonDocument &document) override;

private:
    QVector<NetworkChoice> m_items;
};

// GET /v2.0/security-groups?project_id=…: the groups a server of that project may use.
class ListSecurityGroupChoicesJob : public RestJob
{
    Q_OBJECT
public:
    ListSecurityGroupChoicesJob(Session *session, const QString &projectId, QObject *parent = nullptr);
    const QVector<SecurityGroupChoice> &groups() const { return m_items; }

protected:
    Core::Error parse(const QJsonDocument &document) override;

private:
    QVector<SecurityGroupChoice> m_items;
};

} // namespace OpenStack::Compute
