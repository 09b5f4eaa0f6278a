// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/identity/userlistmodel.h"

#include "openstack/identity/identityjobs.h"

namespace Models {

int UserListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UserListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const auto &u = m_rows.at(index.row());
    if (role == IdRole)
        return u.id;
    if (role != Qt::DisplayRole && role != SortRole && role != ExportRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return u.name;
    case EmailColumn:
        return u.email;
    case DomainColumn:
        return u.domainId;
    case DefaultProjectColumn:
        return u.defaultProjectId;
    case EnabledColumn:
        return role == Qt::DisplayRole ? QVariant(u.enabled ? tr("Yes") : tr("No")) : QVariant(u.enabled);
    case IdColumn:
        return u.id;
    default:
        return {};
    }
}

QVariant UserListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    static const char *keys[] = {"name", "email", "domain_id", "default_project_id", "enabled", "id"};
    if (role == ColumnKeyRole)
        return section >= 0 && section < ColumnCount ? QString::fromLatin1(keys[section]) : QString();
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("User Name");
    case EmailColumn:
        return tr("Email");
    case DomainColumn:
        return tr("Domain");
    case DefaultProjectColumn:
        return tr("Primary Project");
    case EnabledColumn:
        return tr("Enabled");
    case IdColumn:
        return tr("User ID");
    default:
        return {};
    }
}

void UserListModel::reload(OpenStack::Session *session)
{
    if (m_job)
        m_job->abort();
    auto *job = OpenStack::Identity::listUsers(session);
    m_job = job;
    connect(job, &OpenStack::RestJob::finished, this, [this](OpenStack::RestJob *j) {
        if (j != m_job)
            return;
        if (!j->error())
            setRecords(static_cast<OpenStack::Identity::ListUsersJob *>(j)->items());
        emit loaded(j->error());
    });
    job->start();
}

} // namespace Models
