// SPDX-License-Identifier: GPL-3.0-or-later
#include "topology/subnetcheck.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace Topology {

namespace {
bool parse(const QString &cidr, QHostAddress *a, int *len)
{
    if (!cidr.contains(QLatin1Char('/')))
        return false;
    const auto [addr, l] = QHostAddress::parseSubnet(cidr.trimmed());
    if (addr.isNull() || l < 0)
        return false;
    *a = addr;
    *len = l;
    return true;
}
} // namespace

QString checkCidr(const QString &cidr, int *ipVersion)
{
    QHostAddress a;
    int len = 0;
    if (!parse(cidr, &a, &len))
        return QCoreApplication::translate("Topology", "Not a CIDR: write it as 192.168.11.0/24 or 2001:db8::/64.");
    const bool v6 = a.protocol() == QAbstractSocket::IPv6Protocol;
    if (ipVersion)
        *ipVersion = v6 ? 6 : 4;
    if ((!v6 && len > 30) || (v6 && len > 126))
        return QCoreApplication::translate("Topology", "The subnet is too small to hold a gateway and an instance.");
    return {};
}

QString checkGateway(const QString &cidr, const QString &gateway)
{
    if (gateway.trimmed().isEmpty())
        return {};
    QHostAddress net;
    int len = 0;
    if (!parse(cidr, &net, &len))
        return {};
    QHostAddress gw;
    if (!gw.setAddress(gateway.trimmed()))
        return QCoreApplication::translate("Topology", "Not an IP address.");
    if (gw.protocol() != net.protocol())
        return QCoreApplication::translate("Topology", "The gateway is not of the subnet's IP version.");
    if (!gw.isInSubnet(net, len))
        return QCoreApplication::translate("Topology", "The gateway %1 is outside %2.").arg(gateway.trimmed(), cidr.trimmed());
    return {};
}

QStringList overlapping(const QString &cidr, const QStringList &others)
{
    QStringList out;
    QHostAddress a;
    int la = 0;
    if (!parse(cidr, &a, &la))
        return out;
    for (const QString &o : others) {
        QHostAddress b;
        int lb = 0;
        if (!parse(o, &b, &lb) || b.protocol() != a.protocol())
            continue;
        if (a.isInSubnet(b, lb) || b.isInSubnet(a, la))
            out << o;
    }
    return out;
}

} // namespace Topology
