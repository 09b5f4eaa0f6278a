// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/network/securitydata.h"

#include "openstack/client/session.h"
#include "openstack/identity/projectjobs.h"
#include "openstack/network/lists.h"

#include <QSet>

namespace Models {

using namespace OpenStack::Network;

SecurityData::SecurityData(QObject *parent)
    : QObject(parent)
{
}

QString SecurityData::groupName(const QString &groupId) const
{
    const auto it = m_byId.constFind(groupId);
    return it == m_byId.constEnd() || it->name.isEmpty() ? groupId : it->name;
}

QString SecurityData::projectName(const QString &projectId) const
{
    return m_projectNames.value(projectId, projectId);
}

QString SecurityData::instanceName(const QString &instanceId) const
{
    const auto it = m_instances.constFind(instanceId);
    return it == m_instances.constEnd() || it->name.isEmpty() ? instanceId : it->name;
}

void SecurityData::reload(OpenStack::Session *session, bool allProjects)
{
    const int generation = ++m_generation;
    const bool wasLoading = m_pending > 0;
    m_pending = 4;
    m_error = {};
    m_newGroups.clear();
    m_newPorts.clear();
    m_newInstances.clear();
    m_newProjectNames.clear();
    if (!wasLoading)
        emit loadingChanged(true);

    const bool everyProject = allProjects && session->isAdmin();
    QUrlQuery scoped;
    if (!everyProject)
        scoped.addQueryItem(QStringLiteral("project_id"), session->token().projectId);

    listSecurityGroups(session, scoped, this, [this, generation](QVector<SecurityGroup> groups, const Core::Error &e) {
        if (generation != m_generation)
            return;
        m_newGroups = std::move(groups);
        partDone(e, true);
    });
    listPorts(session, scoped, this, [this, generation](QVector<Port> ports, const Core::Error &e) {
        if (generation != m_generation)
            return;
        m_newPorts = std::move(ports);
        partDone(e, true);
    });
    listInstanceSummaries(session, everyProject, this,
                          [this, generation](QVector<InstanceSummary> servers, const Core::Error &e) {
                              if (generation != m_generation)
                                  return;
                              for (InstanceSummary &s : servers)
                                  m_newInstances.insert(s.id, std::move(s));
                              partDone(e, false);
                          });
    using OpenStack::Identity::ListProjectsJob;
    auto *projects = new ListProjectsJob(session, session->isAdmin() ? ListProjectsJob::Scope::All
                                                                     : ListProjectsJob::Scope::Mine);
    connect(projects, &OpenStack::RestJob::finished, this, [this, generation](OpenStack::RestJob *job) {
        if (generation != m_generation)
            return;
        for (const auto &p : static_cast<ListProjectsJob *>(job)->projects())
            m_newProjectNames.insert(p.id, p.name);
        partDone(job->error(), false);
    });
    projects->start();
}

void SecurityData::partDone(const Core::Error &error, bool required)
{
    if (error && required && !m_error)
        m_error = error;
    if (--m_pending > 0)
        return;
    if (!m_error) {
        m_groups = std::move(m_newGroups);
        m_ports = std::move(m_newPorts);
        m_instances = std::move(m_newInstances);
        m_projectNames = std::move(m_newProjectNames);
        rebuild();
    }
    emit loadingChanged(false);
    emit loaded(m_error);
}

void SecurityData::setSnapshot(QVector<SecurityGroup> groups, QVector<Port> ports,
                               QHash<QString, InstanceSummary> instances, QHash<QString, QString> projectNames)
{
    m_groups = std::move(groups);
    m_ports = std::move(ports);
    m_instances = std::move(instances);
    m_projectNames = std::move(projectNames);
    rebuild();
    emit loaded({});
}

void SecurityData::rebuild()
{
    // Groups sort by project then name so the table opens in a stable order.
    std::stable_sort(m_groups.begin(), m_groups.end(), [this](const SecurityGroup &a, const SecurityGroup &b) {
        const QString pa = projectName(a.projectId);
        const QString pb = projectName(b.projectId);
        return pa != pb ? pa < pb : a.name < b.name;
    });
    m_byId.clear();
    m_usage.clear();
    m_audits.clear();
    for (const SecurityGroup &g : std::as_const(m_groups)) {
        m_byId.insert(g.id, g);
        m_audits.insert(g.id, auditGroup(g.id, g.rules));
    }
    for (const Port &p : std::as_const(m_ports)) {
        for (const QString &gid : p.securityGroupIds) {
            GroupUsage &u = m_usage[gid];
            u.portIds << p.id;
            if (p.isInstancePort()) {
                if (!u.instanceIds.contains(p.deviceId))
                    u.instanceIds << p.deviceId;
            } else {
                u.otherDevices << (p.deviceOwner.isEmpty() ? p.id : p.deviceOwner + QLatin1Char(' ') + p.id);
            }
        }
    }
}

} // namespace Models
