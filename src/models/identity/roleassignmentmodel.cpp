// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/identity/roleassignmentmodel.h"

#include "openstack/identity/identityjobs.h"

namespace Models {

int RoleAssignmentModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RoleAssignmentModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const auto &a = m_rows.at(index.row());
    if (role == IdRole)
        return a.id;
    if (role != Qt::DisplayRole && role != SortRole && role != ExportRole)
        return {};
    switch (index.column()) {
    case KindColumn:
        if (role == ExportRole)
            return a.isGroup() ? QStringLiteral("group") : QStringLiteral("user");
        return a.isGroup() ? tr("Group") : tr("User");
    case NameColumn:
        return a.isGroup() ? a.groupName : a.userName;
    case RoleColumn:
        return a.roleName;
    case ProjectColumn:
        return !a.projectName.isEmpty() ? a.projectName : a.domainId;
    case InheritedColumn:
        return role == Qt::DisplayRole ? QVariant(a.inherited ? tr("Yes") : QString()) : QVariant(a.inherited);
    default:
        return {};
    }
}

QVariant RoleAssignmentModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    static const char *keys[] = {"actor_type", "actor", "role", "project", "inherited"};
    if (role == ColumnKeyRole)
        return section >= 0 && section < ColumnCount ? QString::fromLatin1(keys[section]) : QString();
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KindColumn:
        return tr("Type");
    case NameColumn:
        return tr("User or Group");
    case RoleColumn:
        return tr("Role");
    case ProjectColumn:
        return tr("Project");
    case InheritedColumn:
        return tr("Inherited");
    default:
        return {};
    }
}

void RoleAssignmentModel::reload(OpenStack::Session *session, const QString &projectId)
{
    if (m_job)
        m_job->abort();
    if (projectId != m_projectId)
        clear();
    m_projectId = projectId;
    auto *job = OpenStack::Identity::listRoleAssignments(session, projectId);
    m_job = job;
    connect(job, &OpenStack::RestJob::finished, this, [this](OpenStack::RestJob *j) {
        if (j != m_job)
            return;
        if (!j->error())
            setRecords(static_cast<OpenStack::Identity::ListRoleAssignmentsJob *>(j)->items());
        emit loaded(j->error());
    });
    job->start();
}

} // namespace Models
