// SPDX-License-Identifier: GPL-3.0-or-later
#include "openstack/network/rulematch.h"

#include "openstack/network/rulespec.h"

namespace OpenStack::Network {

RuleMatch RuleMatch::of(const SecurityGroupRule &rule)
{
    RuleMatch m;
    m.ingress = rule.isIngress();
    m.v6 = rule.ethertype == QLatin1String("IPv6");
    m.protocol = protocolNumber(rule.protocol);
    if (protocolIsIcmp(m.protocol)) {
        m.low = rule.portRangeMin;
        m.high = rule.portRangeMin < 0 ? -1 : rule.portRangeMax;
    } else if (protocolHasPorts(m.protocol)) {
        m.low = rule.portRangeMin < 0 ? 1 : rule.portRangeMin;
        m.high = rule.portRangeMax < 0 ? 65535 : rule.portRangeMax;
    } else {
        m.low = 0;
        m.high = 65535;
    }
    if (!rule.remoteGroupId.isEmpty()) {
        m.remote = Remote::Group;
        m.remoteId = rule.remoteGroupId;
    } else if (!rule.remoteAddressGroupId.isEmpty()) {
        m.remote = Remote::AddressGroup;
        m.remoteId = rule.remoteAddressGroupId;
    } else if (!rule.remoteIpPrefix.isEmpty()) {
        QHostAddress a;
        int len = 0;
        if (parseCidr(rule.remoteIpPrefix, &a, &len) && len > 0) {
            m.remote = Remote::Cidr;
            m.network = a;
            m.prefixLength = len;
        }
    }
    return m;
}

bool RuleMatch::allPorts() const
{
    if (protocol == -1)
        return true;
    return protocolHasPorts(protocol) && low <= 1 && high >= 65535;
}

bool RuleMatch::includesPort(int port) const
{
    if (protocol == -1)
        return true;
    return protocolHasPorts(protocol) && low <= port && port <= high;
}

bool RuleMatch::matchesAddress(const QHostAddress &address) const
{
    if (remote == Remote::Any)
        return true;
    if (remote != Remote::Cidr)
        return false;
    return address.isInSubnet(network, prefixLength);
}

bool RuleMatch::covers(const RuleMatch &o) const
{
    if (ingress != o.ingress || v6 != o.v6)
        return false;
    if (protocol != -1) {
        if (protocol != o.protocol)
            return false;
        if (protocolIsIcmp(protocol)) {
            if (low != -1 && low != o.low)
                return false;
            if (low != -1 && high != -1 && high != o.high)
                return false;
        } else if (low > o.low || high < o.high) {
            return false;
        }
    }
    switch (remote) {
    case Remote::Any:
        return true;
    case Remote::Cidr:
        return o.remote == Remote::Cidr && o.prefixLength >= prefixLength && o.network.isInSubnet(network, prefixLength);
    case Remote::Group:
    case Remote::AddressGroup:
        return o.remote == remote && o.remoteId == remoteId;
    }
    return false;
}

bool RuleMatch::overlapsTraffic(const RuleMatch &o) const
{
    if (v6 != o.v6)
        return false;
    if (protocol == -1 || o.protocol == -1)
        return true;
    if (protocol != o.protocol)
        return false;
    if (protocolIsIcmp(protocol))
        return low == -1 || o.low == -1 || low == o.low;
    return low <= o.high && o.low <= high;
}

} // namespace OpenStack::Network
