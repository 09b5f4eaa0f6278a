// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>

namespace OpenStack::Network {

struct FixedIp
{
    QString subnetId;
    QString ipAddress;
    bool operator==(const FixedIp &) const = default;
};

// A Neutron port: what connects an instance, a router or a DHCP agent to a network.
struct Port
{
    QString id;
    QString name;
    QString networkId;
    QString projectId;
    QString deviceId;
    QString deviceOwner; // "compute:AG1", "network:router_interface", "network:dhcp", …
    QString status;
    QString macAddress;
    QString hostId; // binding:host_id, admins only
    QVector<FixedIp> fixedIps;
    QStringList securityGroupIds;
    bool portSecurityEnabled = true;
    bool adminStateUp = true;

    bool isInstancePort() const { return deviceOwner.startsWith(QLatin1String("compute:")); }
    bool isRouterInterface() const { return deviceOwner.startsWith(QLatin1String("network:router_interface")) || deviceOwner == QLatin1String("network:ha_router_replicated_interface"); }
    bool isRouterGateway() const { return deviceOwner == QLatin1String("network:router_gateway"); }
    bool isDhcp() const { return deviceOwner == QLatin1String("network:dhcp"); }
    bool isFloatingIp() const { return deviceOwner == QLatin1String("network:floatingip"); }
    QStringList ipAddresses() const;

    static Port fromJson(const QJsonObject &object, Core::Error *error);
    bool operator==(const Port &) const = default;
};

} // namespace OpenStack::Network
