// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/network/auditfindingsmodel.h"

#include "models/network/securitydata.h"
#include "openstack/network/rulespec.h"

namespace Models {

using namespace OpenStack::Network;

AuditFindingsModel::AuditFindingsModel(QObject *parent)
    : RecordTableModel(parent)
{
}

int AuditFindingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AuditFindingsModel::severityKey(AuditFlag::Severity severity)
{
    switch (severity) {
    case AuditFlag::Severity::High:
        return QStringLiteral("high");
    case AuditFlag::Severity::Medium:
        return QStringLiteral("medium");
    case AuditFlag::Severity::Low:
        return QStringLiteral("low");
    }
    return {};
}

QString AuditFindingsModel::describeRule(const SecurityGroupRule &r, const QString &remoteGroupName)
{
    QString remote;
    if (!r.remoteGroupId.isEmpty())
        remote = tr("members of %1").arg(remoteGroupName.isEmpty() ? r.remoteGroupId : remoteGroupName);
    else if (!r.remoteIpPrefix.isEmpty())
        remote = r.remoteIpPrefix;
    else
        remote = tr("any address");
    return (r.isIngress() ? tr("ingress %1 %2 %3 from %4") : tr("egress %1 %2 %3 to %4"))
        .arg(r.ethertype, protocolLabel(r.protocol), portRangeLabel(r), remote);
}

void AuditFindingsModel::update(const SecurityData &data)
{
    QVector<AuditFindingRow> rows;
    for (const auto &g : data.groups()) {
        const GroupAudit audit = data.audit(g.id);
        for (const AuditFlag &f : audit.flags) {
            AuditFindingRow row;
            row.id = f.ruleId + QLatin1Char(':') + kindKey(f.kind);
            row.flag = f;
            for (const SecurityGroupRule &r : g.rules) {
                if (r.id == f.ruleId)
                    row.rule = r;
            }
            row.groupName = g.name;
            row.projectName = data.projectName(g.projectId);
            rows.append(std::move(row));
        }
    }
    std::stable_sort(rows.begin(), rows.end(), [](const AuditFindingRow &a, const AuditFindingRow &b) {
        return int(a.flag.severity) > int(b.flag.severity);
    });
    setRecords(std::move(rows));
}

QVariant AuditFindingsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const AuditFindingRow &row = m_rows.at(index.row());
    if (role == IdRole)
        return row.rule.id;
    if (role != Qt::DisplayRole && role != SortRole && role != ExportRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case SeverityColumn:
        if (role == SortRole)
            return int(row.flag.severity);
        if (role == ExportRole)
            return severityKey(row.flag.severity);
        switch (row.flag.severity) {
        case AuditFlag::Severity::High:
            return tr("High");
        case AuditFlag::Severity::Medium:
            return tr("Medium");
        case AuditFlag::Severity::Low:
            return tr("Low");
        }
        return {};
    case FindingColumn:
        return role == ExportRole ? kindKey(row.flag.kind) : kindLabel(row.flag.kind);
    case GroupColumn:
        return row.groupName;
    case ProjectColumn:
        return row.projectName;
    case RuleColumn:
        return describeRule(row.rule, QString());
    case ReasonColumn:
        return row.flag.reason;
    case GroupIdColumn:
        return row.flag.groupId;
    case RuleIdColumn:
        return row.flag.ruleId;
    default:
        return {};
    }
}

QVariant AuditFindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == ColumnKeyRole) {
        static const char *keys[] = {"severity", "finding", "security_group", "project", "rule", "reason",
                                     "security_group_id", "rule_id"};
        return section >= 0 && section < ColumnCount ? QString::fromLatin1(keys[section]) : QString();
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case FindingColumn:
        return tr("Finding");
    case GroupColumn:
        return tr("Security Group");
    case ProjectColumn:
        return tr("Project");
    case RuleColumn:
        return tr("Rule");
    case ReasonColumn:
        return tr("Reason");
    case GroupIdColumn:
        return tr("Security Group ID");
    case RuleIdColumn:
        return tr("Rule ID");
    default:
        return {};
    }
}

} // namespace Models
