// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "openstack/network/securitygroup.h"

#include <QHostAddress>

namespace OpenStack::Network {

// A rule reduced to what it matches, for audit and reachability: protocol number (-1 any), a
// closed port range (ICMP: type and code, -1 any) and the remote as any / CIDR / group.
struct RuleMatch
{
    enum class Remote { Any, Cidr, Group, AddressGroup };

    bool ingress = true;
    bool v6 = false;
    int protocol = -1;
    int low = 0;      // ports: 1..65535 when the rule names none; ICMP: type or -1
    int high = 65535; // ICMP: code or -1
    Remote remote = Remote::Any;
    QHostAddress network;
    int prefixLength = 0;
    QString remoteId; // group or address group

    static RuleMatch of(const SecurityGroupRule &rule);

    // Every packet this rule lets through, `other` lets through too (and not necessarily the
    // reverse). A remote CIDR of /0 counts as any address.
    bool covers(const RuleMatch &other) const;
    bool sameAs(const RuleMatch &other) const { return covers(other) && other.covers(*this); }
    // Some packet is let through by both (protocol and ports only).
    bool overlapsTraffic(const RuleMatch &other) const;
    bool isOpenToWorld() const { return remote == Remote::Any; }
    bool allPorts() const; // every protocol, or every port of a port protocol
    bool includesPort(int port) const;
    bool matchesAddress(const QHostAddress &address) const; // Any or a CIDR containing it
};

} // namespace OpenStack::Network
