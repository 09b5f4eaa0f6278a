// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "openstack/client/restjob.h"
#include "openstack/identity/project.h"

namespace OpenStack::Identity {

// GET /v3/projects — every project (needs the admin role), or, with Scope::Mine, the projects the
// user has a role on (GET /v3/auth/projects), which any user may ask.
class ListProjectsJob : public RestJob
{
    Q_OBJECT
public:
    enum class Scope { All, Mine };
    ListProjectsJob(Session *session, Scope scope, QObject *parent = nullptr);

    const QVector<Project> &projects() const { return m_projects; }
    Scope scope() const { return m_scope; }

protected:
    Core::Error parse(const QJsonDocument &document) override;

private:
    Scope m_scope;
    QVector<Project> m_projects;
};

} // namespace OpenStack::Identity
