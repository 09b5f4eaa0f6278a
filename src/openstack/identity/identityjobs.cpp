// SPDX-License-Identifier: GPL-3.0-or-later
#include "openstack/identity/identityjobs.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QUrlQuery>

namespace OpenStack::Identity {

ListUsersJob *listUsers(Session *session, QObject *parent)
{
    return new ListUsersJob(session, QStringLiteral("identity"), QStringLiteral("/users"), QStringLiteral("users"),
                            parent);
}

ListGroupsJob *listGroups(Session *session, QObject *parent)
{
    return new ListGroupsJob(session, QStringLiteral("identity"), QStringLiteral("/groups"), QStringLiteral("groups"),
                             parent);
}

ListRolesJob *listRoles(Session *session, QObject *parent)
{
    return new ListRolesJob(session, QStringLiteral("identity"), QStringLiteral("/roles"), QStringLiteral("roles"),
                            parent);
}

ListRoleAssignmentsJob *listRoleAssignments(Session *session, const QString &projectId, QObject *parent)
{
    auto *job = new ListRoleAssignmentsJob(session, QStringLiteral("identity"), QStringLiteral("/role_assignments"),
                                           QStringLiteral("role_assignments"), parent);
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("include_names"), QStringLiteral("true"));
    if (!projectId.isEmpty())
        q.addQueryItem(QStringLiteral("scope.project.id"), projectId);
    job->setQuery(q);
    return job;
}

RestJob *createProject(Session *session, const ProjectSpec &spec, QObject *parent)
{
    auto *job = new RestJob(session, QStringLiteral("identity"), "POST", QStringLiteral("/projects"), parent);
    QJsonObject project{{QStringLiteral("name"), spec.name.trimmed()},
                        {QStringLiteral("description"), spec.description},
                        {QStringLiteral("enabled"), spec.enabled}};
    if (!spec.domainId.isEmpty())
        project.insert(QStringLiteral("domain_id"), spec.domainId);
    job->setJsonBody({{QStringLiteral("project"), project}});
    return job;
}

RestJob *updateProject(Session *session, const QString &projectId, const QJsonObject &changes, QObject *parent)
{
    auto *job = new RestJob(session, QStringLiteral("identity"), "PATCH", QStringLiteral("/projects/") + projectId,
                            parent);
    job->setJsonBody({{QStringLiteral("project"), changes}});
    return job;
}

RestJob *deleteProject(Session *session, const QString &projectId, QObject *parent)
{
    return new RestJob(session, QStringLiteral("identity"), "DELETE", QStringLiteral("/projects/") + projectId, parent);
}

RestJob *setProjectRole(Session *session, bool grant, Actor actor, const QString &actorId, const QString &projectId,
                        const QString &roleId, QObject *parent)
{
    const QString path = QStringLiteral("/projects/%1/%2/%3/roles/%4")
                             .arg(projectId, actor == Actor::User ? QStringLiteral("users") : QStringLiteral("groups"),
                                  actorId, roleId);
    return new RestJob(session, QStringLiteral("identity"), grant ? QByteArray("PUT") : QByteArray("DELETE"), path,
                       parent);
}

RestJob *createUser(Session *session, const UserSpec &spec, QObject *parent)
{
    auto *job = new RestJob(session, QStringLiteral("identity"), "POST", QStringLiteral("/users"), parent);
    QJsonObject user{{QStringLiteral("name"), spec.name.trimmed()},
                     {QStringLiteral("password"), spec.password},
                     {QStringLiteral("enabled"), true}};
    if (!spec.email.isEmpty())
        user.insert(QStringLiteral("email"), spec.email);
    if (!spec.defaultProjectId.isEmpty())
        user.insert(QStringLiteral("default_project_id"), spec.defaultProjectId);
    if (!spec.domainId.isEmpty())
        user.insert(QStringLiteral("domain_id"), spec.domainId);
    job->setJsonBody({{QStringLiteral("user"), user}});
    return job;
}

QString validateName(const QString &name)
{
    if (name.trimmed().isEmpty())
        return QCoreApplication::translate("OpenStack::Identity", "The name must not be empty.");
    if (name.trimmed().size() > 64)
        return QCoreApplication::translate("OpenStack::Identity", "The name is longer than 64 characters.");
    return {};
}

} // namespace OpenStack::Identity
