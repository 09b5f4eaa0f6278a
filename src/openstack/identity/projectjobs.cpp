// SPDX-License-Identifier: GPL-3.0-or-later
#include "openstack/identity/projectjobs.h"

namespace OpenStack::Identity {

ListProjectsJob::ListProjectsJob(Session *session, Scope scope, QObject *parent)
    : RestJob(session, QStringLiteral("identity"), "GET",
              scope == Scope::All ? QStringLiteral("/projects") : QStringLiteral("/auth/projects"), parent)
    , m_scope(scope)
{
}

Core::Error ListProjectsJob::parse(const QJsonDocument &document)
{
    Core::Error e;
    m_projects = Project::listFromJson(document.object(), &e);
    return e;
}

} // namespace OpenStack::Identity
