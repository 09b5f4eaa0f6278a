// SPDX-License-Identifier: GPL-3.0-or-later
#include "openstack/network/ruleaudit.h"

#include "openstack/network/rulematch.h"
#include "openstack/network/rulespec.h"

#include <QCoreApplication>
#include <QStringList>

namespace OpenStack::Network {

const QVector<SensitivePort> &sensitivePorts()
{
    static const QVector<SensitivePort> ports{
        {21, "FTP"},         {22, "SSH"},      {23, "Telnet"},        {445, "SMB"},    {1433, "SQL Server"},
        {2375, "Docker API"}, {2379, "etcd"},  {3306, "MySQL"},       {3389, "RDP"},   {5432, "PostgreSQL"},
        {5900, "VNC"},       {5984, "CouchDB"}, {6379, "Redis"},      {9200, "Elasticsearch"},
        {11211, "memcached"}, {27017, "MongoDB"},
    };
    return ports;
}

QString kindLabel(AuditFlag::Kind kind)
{
    switch (kind) {
    case AuditFlag::Kind::OpenToWorld:
        return QCoreApplication::translate("OpenStack::Network::RuleAudit", "Open to the world");
    case AuditFlag::Kind::SensitivePort:
        return QCoreApplication::translate("OpenStack::Network::RuleAudit", "Sensitive port open");
    case AuditFlag::Kind::Duplicate:
        return QCoreApplication::translate("OpenStack::Network::RuleAudit", "Duplicate");
    case AuditFlag::Kind::Shadowed:
        return QCoreApplication::translate("OpenStack::Network::RuleAudit", "Shadowed");
    }
    return {};
}

QString kindKey(AuditFlag::Kind kind)
{
    switch (kind) {
    case AuditFlag::Kind::OpenToWorld:
        return QStringLiteral("open_to_world");
    case AuditFlag::Kind::SensitivePort:
        return QStringLiteral("sensitive_port");
    case AuditFlag::Kind::Duplicate:
        return QStringLiteral("duplicate");
    case AuditFlag::Kind::Shadowed:
        return QStringLiteral("shadowed");
    }
    return {};
}

QString GroupAudit::summary() const
{
    if (flags.isEmpty())
        return QCoreApplication::translate("OpenStack::Network::RuleAudit", "No findings in %n rule(s)", nullptr,
                                           ruleCount);
    QStringList parts;
    if (openToWorld > 0)
        parts << QCoreApplication::translate("OpenStack::Network::RuleAudit", "%n open to the world", nullptr,
                                             openToWorld);
    if (duplicates > 0)
        parts << QCoreApplication::translate("OpenStack::Network::RuleAudit", "%n duplicate(s)", nullptr, duplicates);
    if (shadowed > 0)
        parts << QCoreApplication::translate("OpenStack::Network::RuleAudit", "%n shadowed", nullptr, shadowed);
    // The separator is a translation of its own: Chinese lists use "，", not ", ".
    return parts.join(QCoreApplication::translate("OpenStack::Network::RuleAudit", ", ", "list separator"));
}

GroupAudit auditGroup(const QString &groupId, const QVector<SecurityGroupRule> &rules)
{
    GroupAudit audit;
    audit.groupId = groupId;
    audit.ruleCount = int(rules.size());
    QVector<RuleMatch> matches;
    matches.reserve(rules.size());
    for (const SecurityGroupRule &r : rules)
        matches.append(RuleMatch::of(r));

    for (int i = 0; i < rules.size(); ++i) {
        const SecurityGroupRule &rule = rules.at(i);
        const RuleMatch &m = matches.at(i);
        const QString world = m.v6 ? QStringLiteral("::/0") : QStringLiteral("0.0.0.0/0");
        bool exposed = false;
        if (m.ingress && m.isOpenToWorld()) {
            if (m.allPorts()) {
                exposed = true;
                audit.flags.append({rule.id, groupId, AuditFlag::Kind::OpenToWorld, AuditFlag::Severity::High,
                                    m.protocol == -1
                                        ? QCoreApplication::translate("OpenStack::Network::RuleAudit",
                                                                      "Every protocol and port is open to %1")
                                              .arg(world)
                                        : QCoreApplication::translate("OpenStack::Network::RuleAudit",
                                                                      "Every %1 port is open to %2")
                                              .arg(protocolLabel(rule.protocol), world),
                                    {}});
            } else {
                QStringList hits;
                for (const SensitivePort &p : sensitivePorts()) {
                    if (m.includesPort(p.port))
                        hits << QString::number(p.port) + QStringLiteral(" (") + QString::fromLatin1(p.service)
                                    + QLatin1Char(')');
                }
                if (!hits.isEmpty()) {
                    exposed = true;
                    audit.flags.append({rule.id, groupId, AuditFlag::Kind::SensitivePort, AuditFlag::Severity::High,
                                        QCoreApplication::translate("OpenStack::Network::RuleAudit",
                                                                    "%1 open to %2")
                                            .arg(hits.join(QCoreApplication::translate(
                                                     "OpenStack::Network::RuleAudit", ", ", "list separator")),
                                                 world),
                                        {}});
                }
            }
        }
        if (exposed)
            ++audit.openToWorld;

        // Duplicate of an earlier rule, else shadowed by the broadest rule that covers it.
        int duplicateOf = -1;
        for (int j = 0; j < i && duplicateOf < 0; ++j) {
            if (matches.at(j).sameAs(m))
                duplicateOf = j;
        }
        if (duplicateOf >= 0) {
            ++audit.duplicates;
            audit.flags.append({rule.id, groupId, AuditFlag::Kind::Duplicate, AuditFlag::Severity::Medium,
                                QCoreApplication::translate("OpenStack::Network::RuleAudit",
                                                            "Allows the same traffic as rule %1")
                                    .arg(rules.at(duplicateOf).id),
                                rules.at(duplicateOf).id});
            continue;
        }
        for (int j = 0; j < rules.size(); ++j) {
            if (j == i || !matches.at(j).covers(m) || matches.at(j).sameAs(m))
                continue;
            ++audit.shadowed;
            audit.flags.append({rule.id, groupId, AuditFlag::Kind::Shadowed, AuditFlag::Severity::Low,
                                QCoreApplication::translate("OpenStack::Network::RuleAudit",
                                                            "Already allowed by the broader rule %1")
                                    .arg(rules.at(j).id),
                                rules.at(j).id});
            break;
        }
    }
    return audit;
}

} // namespace OpenStack::Network
