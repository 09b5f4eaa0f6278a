// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "openstack/network/securitygroup.h"

#include <QHostAddress>
#include <QJsonObject>
#include <QMap>
#include <QString>

namespace OpenStack::Network {

// A rule as typed in the Add/Edit Rule dialog, before it is sent. validate() checks every field
// the way Neutron would (and some it does not, such as a CIDR whose family differs from the
// EtherType) so the user sees a message next to the field instead of a 400 after the round trip.
struct RuleSpec
{
    QString securityGroupId;
    QString direction = QStringLiteral("ingress");
    QString ethertype = QStringLiteral("IPv4");
    QString protocol;    // name ("tcp"), number ("6"), or empty / "any"
    QString portFrom;    // port range minimum, or ICMP type
    QString portTo;      // port range maximum, or ICMP code
    QString remoteIpPrefix;
    QString remoteGroupId; // exclusive with remoteIpPrefix
    QString description;

    // Field keys of the error map, so the dialog can put each message next to its field.
    static constexpr const char *kDirection = "direction";
    static constexpr const char *kEthertype = "ethertype";
    static constexpr const char *kProtocol = "protocol";
    static constexpr const char *kPortFrom = "port_from";
    static constexpr const char *kPortTo = "port_to";
    static constexpr const char *kRemote = "remote";

    static RuleSpec fromRule(const SecurityGroupRule &rule);

    // Empty when the spec can be sent; otherwise field key → message.
    QMap<QString, QString> validate() const;
    // The body for CreateSecurityGroupRuleJob (call validate() first).
    QJsonObject toJson() const;
    // The same rule, for another group (copy): a remote group equal to the source group follows
    // the copy to the target group, as "from members of this group" means there too.
    RuleSpec forGroup(const QString &targetGroupId) const;
};

// A rule template of the Add Rule dialog.
struct RuleTemplate
{
    QString key;  // "ssh", "http", … "custom"
    QString name; // translated
    QString protocol;
    int portFrom = -1;
    int portTo = -1;
};
QVector<RuleTemplate> ruleTemplates();

// Protocol number for a name or number; -1 for any (empty, "any", "0" is *not* any: it is HOPOPT,
// but Neutron treats 0 as any for rules), -2 when unknown.
int protocolNumber(const QString &protocol);
bool protocolHasPorts(int number);    // tcp, udp, sctp, udplite, dccp
bool protocolIsIcmp(int number);      // icmp, ipv6-icmp
QString protocolLabel(const QString &protocol); // "TCP", "ICMP", "Any" (translated)
// "22 (SSH)", "1–65535", "Any", "type 8 code 0": how the rules table shows the range.
QString portRangeLabel(const SecurityGroupRule &rule);

// Parses "10.0.0.0/8", "::/0" or a bare address (as /32 or /128). False when not an address.
bool parseCidr(const QString &text, QHostAddress *address, int *prefixLength);

} // namespace OpenStack::Network
