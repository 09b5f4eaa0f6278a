// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "openstack/client/listjob.h"
#include "openstack/identity/project.h"
#include "openstack/identity/user.h"

namespace OpenStack::Identity {

using ListUsersJob = ListJob<User>;
using ListGroupsJob = ListJob<Group>;
using ListRolesJob = ListJob<Role>;
// Keystone's default policy lets only administrators list role assignments. Its caller (the
// members panel) turns the refusal into a message of its own, so a 403 is an expected answer
// for project members and is not counted among the failed requests.
class ListRoleAssignmentsJob : public ListJob<RoleAssignment>
{
public:
    using ListJob<RoleAssignment>::ListJob;

protected:
    bool handlesStatus(int httpStatus) const override { return httpStatus == 403; }
};

ListUsersJob *listUsers(Session *session, QObject *parent = nullptr);
ListGroupsJob *listGroups(Session *session, QObject *parent = nullptr);
ListRolesJob *listRoles(Session *session, QObject *parent = nullptr);
// Every assignment with names; only those on `projectId` when it is given.
ListRoleAssignmentsJob *listRoleAssignments(Session *session, const QString &projectId = {},
                                            QObject *parent = nullptr);

struct ProjectSpec
{
    QString name;
    QString description;
    QString domainId = QStringLiteral("default");
    bool enabled = true;
};
// POST /v3/projects; the new project is Project::fromJson(job->json()["project"]).
RestJob *createProject(Session *session, const ProjectSpec &spec, QObject *parent = nullptr);
// PATCH /v3/projects/{id} with only the members that change.
RestJob *updateProject(Session *session, const QString &projectId, const QJsonObject &changes,
                       QObject *parent = nullptr);
RestJob *deleteProject(Session *session, const QString &projectId, QObject *parent = nullptr);

enum class Actor { User, Group };
// PUT (grant) or DELETE (revoke) /v3/projects/{p}/{users|groups}/{id}/roles/{role}.
RestJob *setProjectRole(Session *session, bool grant, Actor actor, const QString &actorId,
                        const QString &projectId, const QString &roleId, QObject *parent = nullptr);

struct UserSpec
{
    QString name;
    QString email;
    QString password; // sent once to Keystone; never kept
    QString defaultProjectId;
    QString domainId = QStringLiteral("default");
};
RestJob *createUser(Session *session, const UserSpec &spec, QObject *parent = nullptr);

// Checks a name before it is sent: not empty, not only spaces, at most 64 characters
// (Keystone's column). Returns the message to show, or an empty string.
QString validateName(const QString &name);

} // namespace OpenStack::Identity
