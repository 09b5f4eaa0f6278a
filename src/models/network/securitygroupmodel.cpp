// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/network/securitygroupmodel.h"

#include "models/network/securitydata.h"


namespace Models {

SecurityGroupModel::SecurityGroupModel(QObject *parent)
    : RecordTableModel(parent)
{
}

int SecurityGroupModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void SecurityGroupModel::update(const SecurityData &data)
{
    QVector<SecurityGroupRow> rows;
    rows.reserve(data.groups().size());
    for (const auto &g : data.groups()) {
        const GroupUsage u = data.usage(g.id);
        const auto audit = data.audit(g.id);
        rows.append({g.id, g.name, g.description, g.projectId, data.projectName(g.projectId), int(g.rules.size()),
                     int(u.portIds.size()), int(u.instanceIds.size()), int(audit.flags.size()), audit.openToWorld,
                     audit.summary()});
    }
    setRecords(std::move(rows));
}

QVariant SecurityGroupModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const SecurityGroupRow &g = m_rows.at(index.row());
    if (role == IdRole)
        return g.id;
    if (role == StatusKindRole && index.column() == FindingsColumn)
        return QVariant::fromValue(g.exposedCount > 0 ? StatusKind::Bad
                                                      : (g.findingCount > 0 ? StatusKind::Warning : StatusKind::Good));
    if (role != Qt::DisplayRole && role != SortRole && role != ExportRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return g.name;
    case ProjectColumn:
        return role == ExportRole ? g.projectId : g.projectName;
    case RulesColumn:
        return g.ruleCount;
    case PortsColumn:
        return g.portCount;
    case InstancesColumn:
        return g.instanceCount;
    case FindingsColumn:
        if (role == SortRole)
            return g.exposedCount * 1000 + g.findingCount;
        if (role == ExportRole)
            return g.findingCount;
        return g.findings;
    case DescriptionColumn:
        return g.description;
    case IdColumn:
        return g.id;
    default:
        return {};
    }
}

QVariant SecurityGroupModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == ColumnKeyRole) {
        static const char *keys[] = {"name", "project_id", "rules", "ports", "instances", "findings",
                                     "description", "id"};
        return section >= 0 && section < ColumnCount ? QString::fromLatin1(keys[section]) : QString();
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case ProjectColumn:
        return tr("Project");
    case RulesColumn:
        return tr("Rules");
    case PortsColumn:
        return tr("Ports");
    case InstancesColumn:
        return tr("Instances");
    case FindingsColumn:
        return tr("Audit");
    case DescriptionColumn:
        return tr("Description");
    case IdColumn:
        return tr("ID");
    default:
        return {};
    }
}

} // namespace Models
