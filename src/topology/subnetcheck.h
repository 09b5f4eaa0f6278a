// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Topology {

// Checks a subnet before it is sent: the CIDR parses (IPv4 or IPv6), a gateway, when given, is an
// address of the same family inside the CIDR. Returns the translated problem, or empty.
QString checkCidr(const QString &cidr, int *ipVersion = nullptr);
QString checkGateway(const QString &cidr, const QString &gateway);
// The CIDRs of `others` that overlap `cidr` (a router must not join overlapping subnets).
QStringList overlapping(const QString &cidr, const QStringList &others);

} // namespace Topology
