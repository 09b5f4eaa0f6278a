// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/recordtablemodel.h"
#include "openstack/network/ruleaudit.h"
#include "openstack/network/securitygroup.h"

namespace Models {

class SecurityData;

struct SecurityRuleRow
{
    QString id;
    OpenStack::Network::SecurityGroupRule rule;
    QString groupName;
    QString remoteGroupName;
    QVector<OpenStack::Network::AuditFlag> flags;

    bool operator==(const SecurityRuleRow &) const = default;
};

// The rules table: the talk's columns (Direction, EtherType, IP Protocol, Port Range, Remote IP
// Prefix, Remote Security Group) plus Description, the audit finding, the group and the id. Shows
// one group's rules in the tab, or every rule for `stackdeck export security-group-rules`.
class SecurityRuleModel : public RecordTableModel<SecurityRuleRow>
{
    Q_OBJECT
public:
    enum Column {
        DirectionColumn,
        EthertypeColumn,
        ProtocolColumn,
        PortRangeColumn,
        RemoteIpPrefixColumn,
        RemoteGroupColumn,
        DescriptionColumn,
        AuditColumn,
        GroupColumn,
        IdColumn,
        ColumnCount
    };

    explicit SecurityRuleModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // The rules of one group; an empty id shows every group's rules.
    void showGroup(const SecurityData &data, const QString &groupId);
    QString groupId() const { return m_groupId; }

private:
    QString m_groupId;
};

} // namespace Models
