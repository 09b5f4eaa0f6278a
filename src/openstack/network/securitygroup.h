// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>

namespace OpenStack::Network {

// One Neutron security group rule. Rules are immutable in Neutron: "editing" one means creating its
// replacement and deleting it. An absent port bound is -1; an absent protocol, prefix or remote
// group is an empty string (Neutron's null), which for the remote means "any address".
struct SecurityGroupRule
{
    QString id;
    QString securityGroupId;
    QString projectId;
    QString direction; // "ingress" / "egress"
    QString ethertype; // "IPv4" / "IPv6"
    QString protocol;  // as Neutron returns it: a name ("tcp"), a number ("6") or empty for any
    int portRangeMin = -1;
    int portRangeMax = -1;
    QString remoteIpPrefix;
    QString remoteGroupId;
    QString remoteAddressGroupId;
    QString description;

    bool isIngress() const { return direction == QLatin1String("ingress"); }
    bool hasRemoteGroup() const { return !remoteGroupId.isEmpty(); }

    static SecurityGroupRule fromJson(const QJsonObject &object, Core::Error *error);
    bool operator==(const SecurityGroupRule &) const = default;
};

struct SecurityGroup
{
    QString id;
    QString name;
    QString description;
    QString projectId;
    bool stateful = true;
    QVector<SecurityGroupRule> rules; // as embedded in the group listing

    static SecurityGroup fromJson(const QJsonObject &object, Core::Error *error);
    bool operator==(const SecurityGroup &) const = default;
};

} // namespace OpenStack::Network
