// SPDX-License-Identifier: GPL-3.0-or-later
#include "topology/subnetcheck.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QVector>
#include <utility>

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

// An address as a number that orders (IPv4 in the low bits; IPv6 by its 16 bytes).
std::pair<quint64, quint64> ordinal(const QHostAddress &a)
{
    if (a.protocol() == QAbstractSocket::IPv4Protocol)
        return {0, a.toIPv4Address()};
    const Q_IPV6ADDR b = a.toIPv6Address();
    quint64 hi = 0;
    quint64 lo = 0;
    for (int i = 0; i < 8; ++i) {
        hi = (hi << 8) | b[i];
        lo = (lo << 8) | b[i + 8];
    }
    return {hi, lo};
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

QString checkAllocationPools(const QString &cidr, const QStringList &pools, const QString &gateway)
{
    QHostAddress net;
    int len = 0;
    if (!parse(cidr, &net, &len))
        return checkCidr(cidr);
    using Range = std::pair<std::pair<quint64, quint64>, std::pair<quint64, quint64>>;
    QVector<std::pair<Range, QString>> ranges;
    for (const QString &raw : pools) {
        const QString pool = raw.trimmed();
        if (pool.isEmpty())
            continue;
        const QStringList ends = pool.split(QLatin1Char('-'));
        QHostAddress start;
        QHostAddress end;
        if (ends.size() != 2 || !start.setAddress(ends.at(0).trimmed()) || !end.setAddress(ends.at(1).trimmed()))
            return QCoreApplication::translate("Topology", "Write a pool as start-end, e.g. 192.168.11.10-192.168.11.200: %1").arg(pool);
        if (start.protocol() != net.protocol() || end.protocol() != net.protocol())
            return QCoreApplication::translate("Topology", "The pool %1 is not of the subnet's IP version.").arg(pool);
        if (!start.isInSubnet(net, len) || !end.isInSubnet(net, len))
            return QCoreApplication::translate("Topology", "The pool %1 is outside %2.").arg(pool, cidr.trimmed());
        if (ordinal(end) < ordinal(start))
            return QCoreApplication::translate("Topology", "The pool %1 ends before it starts.").arg(pool);
        QHostAddress gw;
        if (!gateway.trimmed().isEmpty() && gw.setAddress(gateway.trimmed()) && gw.protocol() == net.protocol()
            && !(ordinal(gw) < ordinal(start)) && !(ordinal(end) < ordinal(gw)))
            return QCoreApplication::translate("Topology", "The pool %1 holds the gateway %2.").arg(pool, gateway.trimmed());
        for (const auto &[other, text] : std::as_const(ranges)) {
            if (!(ordinal(end) < other.first) && !(other.second < ordinal(start)))
                return QCoreApplication::translate("Topology", "The pools %1 and %2 overlap.").arg(text, pool);
        }
        ranges.append({{ordinal(start), ordinal(end)}, pool});
    }
    return {};
}

QString checkDnsServers(const QStringList &servers)
{
    for (const QString &raw : servers) {
        QHostAddress a;
        if (!raw.trimmed().isEmpty() && !a.setAddress(raw.trimmed()))
            return QCoreApplication::translate("Topology", "Not an IP address of a DNS server: %1").arg(raw.trimmed());
    }
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
