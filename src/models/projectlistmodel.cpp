// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/projectlistmodel.h"

#include "openstack/client/session.h"
#include "openstack/identity/projectjobs.h"
#include "openstack/quota/quotajobs.h"

namespace Models {

using OpenStack::Identity::ListProjectsJob;

ProjectListModel::ProjectListModel(QObject *parent, bool usageColumns)
    : RecordTableModel(parent)
    , m_usageColumns(usageColumns)
{
}

int ProjectListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : (m_usageColumns ? ColumnCount : int(InstancesColumn));
}

QVariant ProjectListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const auto &p = m_rows.at(index.row());
    if (role == IdRole)
        return p.id;
    if (role == Qt::DisplayRole || role == SortRole || role == ExportRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case NameColumn:
            return p.name;
        case DescriptionColumn:
            return p.description;
        case IdColumn:
            return p.id;
        case DomainColumn:
            return p.domainId;
        case EnabledColumn:
            if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
                return p.enabled ? tr("Yes") : tr("No");
            return p.enabled;
        case InstancesColumn:
        case VolumesColumn: {
            const auto it = m_usage.constFind(p.id);
            const qint64 n = it == m_usage.constEnd() ? -1
                : index.column() == InstancesColumn   ? it->instances
                                                      : it->volumes;
            if (n < 0)
                return role == Qt::DisplayRole ? QVariant(m_withUsage ? QStringLiteral("?") : QString()) : QVariant();
            return n;
        }
        default:
            break;
        }
    }
    return {};
}

QVariant ProjectListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == ColumnKeyRole) {
        static const char *keys[] = {"name", "description", "id", "domain_id", "enabled", "instances", "volumes"};
        return section >= 0 && section < ColumnCount ? QString::fromLatin1(keys[section]) : QString();
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case DescriptionColumn:
        return tr("Description");
    case IdColumn:
        return tr("Project ID");
    case DomainColumn:
        return tr("Domain");
    case EnabledColumn:
        return tr("Enabled");
    case InstancesColumn:
        return tr("Instances");
    case VolumesColumn:
        return tr("Volumes");
    default:
        return {};
    }
}

void ProjectListModel::reload(OpenStack::Session *session)
{
    if (m_job)
        m_job->abort();
    m_triedMine = !session->isAdmin();
    m_withUsage = m_usageColumns && session->isAdmin();
    auto *job = new ListProjectsJob(session, session->isAdmin() ? ListProjectsJob::Scope::All
                                                                : ListProjectsJob::Scope::Mine);
    m_job = job;
    connect(job, &OpenStack::RestJob::finished, this, &ProjectListModel::onFinished);
    if (!m_loading) {
        m_loading = true;
        emit loadingChanged(true);
    }
    job->start();
}

void ProjectListModel::onFinished(OpenStack::RestJob *job)
{
    auto *list = static_cast<ListProjectsJob *>(job);
    if (job != m_job)
        return;
    // A user without the admin role may still hold a policy that hides /v3/projects: fall back.
    if (list->error() && list->error().httpStatus == 403 && !m_triedMine && list->session()) {
        m_triedMine = true;
        auto *mine = new ListProjectsJob(list->session(), ListProjectsJob::Scope::Mine);
        m_job = mine;
        connect(mine, &OpenStack::RestJob::finished, this, &ProjectListModel::onFinished);
        mine->start();
        return;
    }
    m_job = nullptr;
    m_lastError = list->error();
    if (!m_lastError)
        setRecords(list->projects());
    if (!m_lastError && m_withUsage && list->session() && !m_rows.isEmpty()) {
        loadUsage(list->session());
        return;
    }
    finishLoading();
}

// Instance and volume counts of every project, from each project's quota usage: two small calls
// per project, all in flight at once. A refusal leaves "?" in that cell, not an error for the
// whole table.
void ProjectListModel::loadUsage(OpenStack::Session *session)
{
    using OpenStack::Quota::GetQuotaJob;
    using OpenStack::Quota::Service;
    m_withUsage = true;
    const int generation = ++m_generation;
    m_usagePending = 0;
    for (const auto &p : std::as_const(m_rows)) {
        for (Service service : {Service::Compute, Service::Volume}) {
            auto *job = new GetQuotaJob(session, service, p.id, this);
            ++m_usagePending;
            connect(job, &OpenStack::RestJob::finished, this, [this, generation](OpenStack::RestJob *j) {
                if (generation != m_generation)
                    return;
                auto *q = static_cast<GetQuotaJob *>(j);
                if (!q->error()) {
                    Usage &u = m_usage[q->quota().projectId];
                    const bool compute = q->service() == Service::Compute;
                    if (const auto *item = q->quota().find(compute ? QStringLiteral("instances") : QStringLiteral("volumes")))
                        (compute ? u.instances : u.volumes) = item->inUse;
                    const int row = rowOf(q->quota().projectId);
                    if (row >= 0) {
                        const int column = compute ? InstancesColumn : VolumesColumn;
                        emit dataChanged(index(row, column), index(row, column));
                    }
                }
                if (--m_usagePending == 0)
                    finishLoading();
            });
            job->start();
        }
    }
    if (m_usagePending == 0)
        finishLoading();
}

void ProjectListModel::finishLoading()
{
    m_loading = false;
    emit loadingChanged(false);
    emit loaded(m_lastError);
}

} // namespace Models
