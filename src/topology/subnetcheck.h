// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Topology {

// Checks a subnet before it is sent: the CIDR parses (IPv4 or IPv6), a gateway, when given, is an
// address of the same family inside the CIDR. Returns the translated problem, or empty.
QString checkCidr(const QString &cidr, int *ipVersion = nullptr);
QString checkGateway(const QString &cidr, const QString &gateway);
// Allocation pools, one "start-end" each (as Subnet::allocationPools): both ends are addresses of
// the subnet's family inside the CIDR, start ≤ end, pools do not overlap each other and do not
// hold the gateway. Returns the first problem, or empty.
QString checkAllocationPools(const QString &cidr, const QStringList &pools, const QString &gateway = {});
// DNS servers, one address each.
QString checkDnsServers(const QStringList &servers);
// The CIDRs of `others` that overlap `cidr` (a router must not join overlapping subnets).
QStringList overlapping(const QString &cidr, const QStringList &others);

} // namespace Topology
