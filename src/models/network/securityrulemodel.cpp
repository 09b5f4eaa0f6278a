// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/network/securityrulemodel.h"

#include "models/network/securitydata.h"
#include "openstack/network/rulespec.h"

#include <QStringList>

namespace Models {

using namespace OpenStack::Network;

SecurityRuleModel::SecurityRuleModel(QObject *parent)
    : RecordTableModel(parent)
{
}

int SecurityRuleModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void SecurityRuleModel::showGroup(const SecurityData &data, const QString &groupId)
{
    m_groupId = groupId;
    QVector<SecurityRuleRow> rows;
    for (const auto &g : data.groups()) {
        if (!groupId.isEmpty() && g.id != groupId)
            continue;
        const GroupAudit audit = data.audit(g.id);
        for (const SecurityGroupRule &r : g.rules) {
            SecurityRuleRow row;
            row.id = r.id;
            row.rule = r;
            row.groupName = g.name;
            row.remoteGroupName = r.remoteGroupId.isEmpty() ? QString() : data.groupName(r.remoteGroupId);
            for (const AuditFlag &f : audit.flags) {
                if (f.ruleId == r.id)
                    row.flags.append(f);
            }
            rows.append(std::move(row));
        }
    }
    setRecords(std::move(rows));
}

QVariant SecurityRuleModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const SecurityRuleRow &row = m_rows.at(index.row());
    const SecurityGroupRule &r = row.rule;
    if (role == IdRole)
        return r.id;
    bool high = false;
    for (const AuditFlag &f : row.flags)
        high = high || f.severity == AuditFlag::Severity::High;
    if (role == StatusKindRole)
        return QVariant::fromValue(high ? StatusKind::Bad : (row.flags.isEmpty() ? StatusKind::Neutral : StatusKind::Warning));
    if (role == Qt::ToolTipRole && !row.flags.isEmpty()) {
        QStringList reasons;
        for (const AuditFlag &f : row.flags)
            reasons << kindLabel(f.kind) + QStringLiteral(": ") + f.reason;
        return reasons.join(QLatin1Char('\n'));
    }
    if (role != Qt::DisplayRole && role != SortRole && role != ExportRole && role != Qt::ToolTipRole)
        return {};
    const bool exporting = role == ExportRole;
    const auto orNull = [](const QString &s) { return s.isEmpty() ? QVariant::fromValue(nullptr) : QVariant(s); };
    switch (index.column()) {
    case DirectionColumn:
        if (exporting || role == SortRole)
            return r.direction;
        return r.isIngress() ? tr("Ingress") : tr("Egress");
    case EthertypeColumn:
        return r.ethertype;
    case ProtocolColumn:
        return exporting ? orNull(r.protocol) : QVariant(protocolLabel(r.protocol));
    case PortRangeColumn:
        if (exporting) {
            // As `openstack security group rule list` prints it: "22:22", empty for none.
            if (r.portRangeMin < 0 && r.portRangeMax < 0)
                return QString();
            return QString(QString::number(r.portRangeMin) + QLatin1Char(':')
                           + (r.portRangeMax < 0 ? QString() : QString::number(r.portRangeMax)));
        }
        if (role == SortRole)
            return r.portRangeMin;
        return portRangeLabel(r);
    case RemoteIpPrefixColumn:
        if (exporting)
            return orNull(r.remoteIpPrefix);
        return r.remoteIpPrefix.isEmpty() ? QStringLiteral("-") : r.remoteIpPrefix;
    case RemoteGroupColumn:
        if (exporting)
            return orNull(r.remoteGroupId);
        return r.remoteGroupId.isEmpty() ? QStringLiteral("-") : row.remoteGroupName;
    case DescriptionColumn:
        return r.description;
    case AuditColumn: {
        QStringList parts;
        for (const AuditFlag &f : row.flags)
            parts << (exporting ? kindKey(f.kind) : kindLabel(f.kind));
        if (exporting)
            return parts;
        if (role == SortRole)
            return (high ? 100 : 0) + int(row.flags.size());
        return parts.join(QStringLiteral(", "));
    }
    case GroupColumn:
        return exporting ? r.securityGroupId : row.groupName;
    case IdColumn:
        return r.id;
    default:
        return {};
    }
}

QVariant SecurityRuleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == ColumnKeyRole) {
        static const char *keys[] = {"direction", "ethertype", "protocol", "port_range", "remote_ip_prefix",
                                     "remote_group_id", "description", "audit", "security_group_id", "id"};
        return section >= 0 && section < ColumnCount ? QString::fromLatin1(keys[section]) : QString();
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DirectionColumn:
        return tr("Direction");
    case EthertypeColumn:
        return tr("EtherType");
    case ProtocolColumn:
        return tr("IP Protocol");
    case PortRangeColumn:
        return tr("Port Range");
    case RemoteIpPrefixColumn:
        return tr("Remote IP Prefix");
    case RemoteGroupColumn:
        return tr("Remote Security Group");
    case DescriptionColumn:
        return tr("Description");
    case AuditColumn:
        return tr("Audit");
    case GroupColumn:
        return tr("Security Group");
    case IdColumn:
        return tr("ID");
    default:
        return {};
    }
}

} // namespace Models
