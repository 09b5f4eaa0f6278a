// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "openstack/network/securitygroup.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

namespace OpenStack::Network {

// An instance as the security-group engine sees it: its addresses and the groups on its ports.
struct Endpoint
{
    QString id;
    QString name;
    QStringList addresses;
    QStringList groupIds;
    bool portSecurity = true; // false on any port: Neutron filters nothing there
};

struct ReachRule
{
    SecurityGroupRule rule;
    QString groupName;
    QString why; // translated: "from 0.0.0.0/0", "from members of default", …
};

struct Reachability
{
    QVector<ReachRule> egress;  // on the source's groups, towards the target
    QVector<ReachRule> ingress; // on the target's groups, from the source
    bool reachable = false;     // some egress and some ingress rule allow common traffic
    QString verdict;            // one translated sentence
};

// Which rules let traffic from `from` reach `to`: egress rules of the source's groups whose remote
// is any, a CIDR holding one of the target's addresses or one of the target's groups; ingress rules
// of the target's groups the same way round. Pure; `groups` holds every group by id (with rules).
Reachability reachability(const Endpoint &from, const Endpoint &to, const QHash<QString, SecurityGroup> &groups);

} // namespace OpenStack::Network
