// SPDX-License-Identifier: GPL-3.0-or-later
#include "openstack/network/rulespec.h"

#include <QCoreApplication>
#include <QHash>

namespace OpenStack::Network {

namespace {

const QHash<QString, int> &protocolNames()
{
    static const QHash<QString, int> names{
        {QStringLiteral("icmp"), 1},       {QStringLiteral("igmp"), 2},     {QStringLiteral("ipip"), 4},
        {QStringLiteral("tcp"), 6},        {QStringLiteral("egp"), 8},      {QStringLiteral("udp"), 17},
        {QStringLiteral("dccp"), 33},      {QStringLiteral("ipv6-encap"), 41}, {QStringLiteral("ipv6-route"), 43},
        {QStringLiteral("ipv6-frag"), 44}, {QStringLiteral("rsvp"), 46},    {QStringLiteral("gre"), 47},
        {QStringLiteral("esp"), 50},       {QStringLiteral("ah"), 51},      {QStringLiteral("ipv6-icmp"), 58},
        {QStringLiteral("icmpv6"), 58},    {QStringLiteral("ipv6-nonxt"), 59}, {QStringLiteral("ipv6-opts"), 60},
        {QStringLiteral("ospf"), 89},      {QStringLiteral("pgm"), 113},    {QStringLiteral("vrrp"), 112},
        {QStringLiteral("sctp"), 132},     {QStringLiteral("udplite"), 136},
    };
    return names;
}

bool parseInt(const QString &text, int *value)
{
    bool ok = false;
    const int v = text.trimmed().toInt(&ok);
    if (ok)
        *value = v;
    return ok;
}

} // namespace

int protocolNumber(const QString &protocol)
{
    const QString p = protocol.trimmed().toLower();
    if (p.isEmpty() || p == QLatin1String("any"))
        return -1;
    int n = 0;
    if (parseInt(p, &n))
        return n == 0 ? -1 : (n > 0 && n <= 255 ? n : -2);
    return protocolNames().value(p, -2);
}

bool protocolHasPorts(int number)
{
    return number == 6 || number == 17 || number == 132 || number == 136 || number == 33;
}

bool protocolIsIcmp(int number)
{
    return number == 1 || number == 58;
}

QString protocolLabel(const QString &protocol)
{
    if (protocolNumber(protocol) == -1)
        return QCoreApplication::translate("OpenStack::Network::RuleSpec", "Any");
    return protocol.toUpper();
}

QString portRangeLabel(const SecurityGroupRule &rule)
{
    const int proto = protocolNumber(rule.protocol);
    if (protocolIsIcmp(proto)) {
        if (rule.portRangeMin < 0)
            return QCoreApplication::translate("OpenStack::Network::RuleSpec", "Any");
        if (rule.portRangeMax < 0)
            return QCoreApplication::translate("OpenStack::Network::RuleSpec", "type %1").arg(rule.portRangeMin);
        return QCoreApplication::translate("OpenStack::Network::RuleSpec", "type %1 code %2").arg(rule.portRangeMin).arg(rule.portRangeMax);
    }
    if (rule.portRangeMin < 0 && rule.portRangeMax < 0)
        return QCoreApplication::translate("OpenStack::Network::RuleSpec", "Any");
    const int lo = rule.portRangeMin < 0 ? 1 : rule.portRangeMin;
    const int hi = rule.portRangeMax < 0 ? 65535 : rule.portRangeMax;
    if (lo != hi)
        return QString::number(lo) + QStringLiteral("–") + QString::number(hi);
    for (const RuleTemplate &t : ruleTemplates()) {
        if (t.portFrom == lo && t.portTo == hi && t.key != QLatin1String("custom") && protocolNumber(t.protocol) == proto)
            return QString::number(lo) + QStringLiteral(" (") + t.name + QLatin1Char(')');
    }
    return QString::number(lo);
}

bool parseCidr(const QString &text, QHostAddress *address, int *prefixLength)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return false;
    if (!t.contains(QLatin1Char('/'))) {
        QHostAddress a;
        if (!a.setAddress(t))
            return false;
        *address = a;
        *prefixLength = a.protocol() == QAbstractSocket::IPv6Protocol ? 128 : 32;
        return true;
    }
    const auto [a, len] = QHostAddress::parseSubnet(t);
    if (a.isNull() || len < 0)
        return false;
    *address = a;
    *prefixLength = len;
    return true;
}

QVector<RuleTemplate> ruleTemplates()
{
    const QString tcp = QStringLiteral("tcp");
    const QString udp = QStringLiteral("udp");
    return {
        {QStringLiteral("custom"), QCoreApplication::translate("OpenStack::Network::RuleSpec", "Custom rule"), tcp, -1, -1},
        {QStringLiteral("ssh"), QCoreApplication::translate("OpenStack::Network::RuleSpec", "SSH"), tcp, 22, 22},
        {QStringLiteral("http"), QCoreApplication::translate("OpenStack::Network::RuleSpec", "HTTP"), tcp, 80, 80},
        {QStringLiteral("https"), QCoreApplication::translate("OpenStack::Network::RuleSpec", "HTTPS"), tcp, 443, 443},
        {QStringLiteral("icmp"), QCoreApplication::translate("OpenStack::Network::RuleSpec", "ICMP (ping)"), QStringLiteral("icmp"), -1, -1},
        {QStringLiteral("dns"), QCoreApplication::translate("OpenStack::Network::RuleSpec", "DNS"), udp, 53, 53},
        {QStringLiteral("rdp"), QCoreApplication::translate("OpenStack::Network::RuleSpec", "RDP"), tcp, 3389, 3389},
        {QStringLiteral("mysql"), QCoreApplication::translate("OpenStack::Network::RuleSpec", "MySQL"), tcp, 3306, 3306},
        {QStringLiteral("all-tcp"), QCoreApplication::translate("OpenStack::Network::RuleSpec", "All TCP"), tcp, 1, 65535},
        {QStringLiteral("all-udp"), QCoreApplication::translate("OpenStack::Network::RuleSpec", "All UDP"), udp, 1, 65535},
        {QStringLiteral("all-icmp"), QCoreApplication::translate("OpenStack::Network::RuleSpec", "All ICMP"), QStringLiteral("icmp"), -1, -1},
    };
}

RuleSpec RuleSpec::fromRule(const SecurityGroupRule &rule)
{
    RuleSpec s;
    s.securityGroupId = rule.securityGroupId;
    s.direction = rule.direction;
    s.ethertype = rule.ethertype;
    s.protocol = rule.protocol;
    s.portFrom = rule.portRangeMin < 0 ? QString() : QString::number(rule.portRangeMin);
    s.portTo = rule.portRangeMax < 0 ? QString() : QString::number(rule.portRangeMax);
    s.remoteIpPrefix = rule.remoteIpPrefix;
    s.remoteGroupId = rule.remoteGroupId;
    s.description = rule.description;
    return s;
}

RuleSpec RuleSpec::forGroup(const QString &targetGroupId) const
{
    RuleSpec s = *this;
    if (s.remoteGroupId == s.securityGroupId)
        s.remoteGroupId = targetGroupId;
    s.securityGroupId = targetGroupId;
    return s;
}

QMap<QString, QString> RuleSpec::validate() const
{
    QMap<QString, QString> errors;
    const auto add = [&errors](const char *key, const QString &message) {
        if (!errors.contains(QLatin1String(key)))
            errors.insert(QString::fromLatin1(key), message);
    };
    if (direction != QLatin1String("ingress") && direction != QLatin1String("egress"))
        add(kDirection, QCoreApplication::translate("OpenStack::Network::RuleSpec", "Choose ingress or egress."));
    const bool v6 = ethertype == QLatin1String("IPv6");
    if (!v6 && ethertype != QLatin1String("IPv4"))
        add(kEthertype, QCoreApplication::translate("OpenStack::Network::RuleSpec", "Choose IPv4 or IPv6."));

    const int proto = protocolNumber(protocol);
    if (proto == -2) {
        add(kProtocol, QCoreApplication::translate("OpenStack::Network::RuleSpec", "Unknown protocol: use a name such as tcp, udp, icmp, or a number 0–255."));
    } else if (proto == 1 && v6) {
        add(kProtocol, QCoreApplication::translate("OpenStack::Network::RuleSpec", "ICMP is IPv4; for IPv6 choose ipv6-icmp."));
    } else if (proto == 58 && !v6) {
        add(kProtocol, QCoreApplication::translate("OpenStack::Network::RuleSpec", "ipv6-icmp needs EtherType IPv6."));
    }

    const QString from = portFrom.trimmed();
    const QString to = portTo.trimmed();
    int lo = -1;
    int hi = -1;
    if (!from.isEmpty() && !parseInt(from, &lo))
        add(kPortFrom, QCoreApplication::translate("OpenStack::Network::RuleSpec", "Not a number."));
    if (!to.isEmpty() && !parseInt(to, &hi))
        add(kPortTo, QCoreApplication::translate("OpenStack::Network::RuleSpec", "Not a number."));
    if (protocolHasPorts(proto)) {
        if (!from.isEmpty() && !errors.contains(QLatin1String(kPortFrom)) && (lo < 1 || lo > 65535))
            add(kPortFrom, QCoreApplication::translate("OpenStack::Network::RuleSpec", "A port is 1–65535."));
        if (!to.isEmpty() && !errors.contains(QLatin1String(kPortTo)) && (hi < 1 || hi > 65535))
            add(kPortTo, QCoreApplication::translate("OpenStack::Network::RuleSpec", "A port is 1–65535."));
        if (from.isEmpty() != to.isEmpty()) {
            if (from.isEmpty())
                add(kPortFrom, QCoreApplication::translate("OpenStack::Network::RuleSpec", "Give the first port too (the same number for one port)."));
            // A single port: the dialog copies it to the maximum; reaching here means "to" only.
        }
        if (!errors.contains(QLatin1String(kPortFrom)) && !errors.contains(QLatin1String(kPortTo)) && lo > 0
            && hi > 0 && lo > hi)
            add(kPortTo, QCoreApplication::translate("OpenStack::Network::RuleSpec", "The last port must not be lower than the first."));
    } else if (protocolIsIcmp(proto)) {
        if (!from.isEmpty() && !errors.contains(QLatin1String(kPortFrom)) && (lo < 0 || lo > 255))
            add(kPortFrom, QCoreApplication::translate("OpenStack::Network::RuleSpec", "An ICMP type is 0–255."));
        if (!to.isEmpty() && !errors.contains(QLatin1String(kPortTo)) && (hi < 0 || hi > 255))
            add(kPortTo, QCoreApplication::translate("OpenStack::Network::RuleSpec", "An ICMP code is 0–255."));
        if (from.isEmpty() && !to.isEmpty())
            add(kPortFrom, QCoreApplication::translate("OpenStack::Network::RuleSpec", "An ICMP code needs a type."));
    } else if (!from.isEmpty() || !to.isEmpty()) {
        add(kPortFrom, QCoreApplication::translate("OpenStack::Network::RuleSpec", "Ports apply to TCP, UDP, SCTP, UDP-Lite and DCCP only; leave them empty."));
    }

    const QString prefix = remoteIpPrefix.trimmed();
    if (!prefix.isEmpty() && !remoteGroupId.isEmpty()) {
        add(kRemote, QCoreApplication::translate("OpenStack::Network::RuleSpec", "Give a CIDR or a security group, not both."));
    } else if (!prefix.isEmpty()) {
        QHostAddress a;
        int len = 0;
        if (!parseCidr(prefix, &a, &len)) {
            add(kRemote, QCoreApplication::translate("OpenStack::Network::RuleSpec", "Not a CIDR: write it as 10.0.0.0/8 or 2001:db8::/32."));
        } else {
            const bool isV6 = a.protocol() == QAbstractSocket::IPv6Protocol;
            if (isV6 != v6)
                add(kRemote, v6 ? QCoreApplication::translate("OpenStack::Network::RuleSpec", "This is an IPv4 CIDR but the EtherType is IPv6.")
                                : QCoreApplication::translate("OpenStack::Network::RuleSpec", "This is an IPv6 CIDR but the EtherType is IPv4."));
        }
    }
    return errors;
}

QJsonObject RuleSpec::toJson() const
{
    QJsonObject o{{QStringLiteral("security_group_id"), securityGroupId},
                  {QStringLiteral("direction"), direction},
                  {QStringLiteral("ethertype"), ethertype}};
    const int proto = protocolNumber(protocol);
    if (proto >= 0)
        o.insert(QStringLiteral("protocol"), protocol.trimmed().toLower());
    int v = 0;
    if (!portFrom.trimmed().isEmpty() && parseInt(portFrom, &v))
        o.insert(QStringLiteral("port_range_min"), v);
    if (!portTo.trimmed().isEmpty() && parseInt(portTo, &v))
        o.insert(QStringLiteral("port_range_max"), v);
    if (!remoteIpPrefix.trimmed().isEmpty())
        o.insert(QStringLiteral("remote_ip_prefix"), remoteIpPrefix.trimmed());
    if (!remoteGroupId.isEmpty())
        o.insert(QStringLiteral("remote_group_id"), remoteGroupId);
    if (!description.isEmpty())
        o.insert(QStringLiteral("description"), description);
    return o;
}

} // namespace OpenStack::Network
