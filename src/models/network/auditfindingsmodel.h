// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/recordtablemodel.h"
#include "openstack/network/ruleaudit.h"
#include "openstack/network/securitygroup.h"

namespace Models {

class SecurityData;

struct AuditFindingRow
{
    QString id; // rule id + ":" + finding kind
    OpenStack::Network::AuditFlag flag;
    OpenStack::Network::SecurityGroupRule rule;
    QString groupName;
    QString projectName;

    bool operator==(const AuditFindingRow &) const = default;
};

// Every audit finding of every loaded group, one row each, for `stackdeck audit security-groups`
// and the tab's audit view. Highest severity first, then by group.
class AuditFindingsModel : public RecordTableModel<AuditFindingRow>
{
    Q_OBJECT
public:
    enum Column {
        SeverityColumn,
        FindingColumn,
        GroupColumn,
        ProjectColumn,
        RuleColumn,
        ReasonColumn,
        GroupIdColumn,
        RuleIdColumn,
        ColumnCount
    };

    explicit AuditFindingsModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    void update(const SecurityData &data);
    static QString severityKey(OpenStack::Network::AuditFlag::Severity severity);
    // "ingress IPv4 TCP 22 (SSH) from 0.0.0.0/0": one rule in a line.
    static QString describeRule(const OpenStack::Network::SecurityGroupRule &rule, const QString &remoteGroupName);
};

} // namespace Models
