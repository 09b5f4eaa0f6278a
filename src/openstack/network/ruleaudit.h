// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "openstack/network/securitygroup.h"

#include <QString>
#include <QVector>

namespace OpenStack::Network {

// One reason a rule deserves an operator's look.
struct AuditFlag
{
    enum class Kind {
        OpenToWorld,     // ingress from any address on every protocol or every port
        SensitivePort,   // ingress from any address on a port such as 22, 3389, 3306
        Duplicate,       // the same traffic as an earlier rule of the group
        Shadowed,        // a broader rule of the same group already allows all of it
    };
    enum class Severity { Low, Medium, High };

    QString ruleId;
    QString groupId;
    Kind kind = Kind::OpenToWorld;
    Severity severity = Severity::High;
    QString reason;        // translated, names the port or the covering rule
    QString relatedRuleId; // Duplicate / Shadowed: the rule that covers this one

    bool operator==(const AuditFlag &) const = default;
};

struct GroupAudit
{
    QString groupId;
    int ruleCount = 0;
    int openToWorld = 0;   // OpenToWorld + SensitivePort rules
    int duplicates = 0;
    int shadowed = 0;
    QVector<AuditFlag> flags;

    bool isClean() const { return flags.isEmpty(); }
    QString summary() const; // "2 open to the world, 1 duplicate, 3 shadowed" (translated)
};

// Sensitive ports and their service names: 22 SSH, 3389 RDP, 3306 MySQL, 5432 PostgreSQL, …
struct SensitivePort
{
    int port;
    const char *service;
};
const QVector<SensitivePort> &sensitivePorts();

// Audits the rules of one group. Pure: no network, deterministic order (rules as given).
GroupAudit auditGroup(const QString &groupId, const QVector<SecurityGroupRule> &rules);
QString kindLabel(AuditFlag::Kind kind);
QString kindKey(AuditFlag::Kind kind); // stable: "open_to_world", "sensitive_port", "duplicate", "shadowed"

} // namespace OpenStack::Network
