// SPDX-License-Identifier: GPL-3.0-or-later
#include "openstack/identity/user.h"

#include "openstack/client/jsonfields.h"

#include <QCoreApplication>

namespace OpenStack::Identity {

User User::fromJson(const QJsonObject &object, Core::Error *error)
{
    FieldReader r(object, QStringLiteral("user"));
    User u;
    u.id = r.requiredString("id");
    u.name = r.requiredString("name");
    u.email = r.string("email");
    u.description = r.string("description");
    u.domainId = r.string("domain_id");
    u.defaultProjectId = r.string("default_project_id");
    u.enabled = r.boolean("enabled", true);
    if (!r.ok() && error)
        *error = r.error();
    return u;
}

Group Group::fromJson(const QJsonObject &object, Core::Error *error)
{
    FieldReader r(object, QStringLiteral("group"));
    Group g;
    g.id = r.requiredString("id");
    g.name = r.requiredString("name");
    g.description = r.string("description");
    g.domainId = r.string("domain_id");
    if (!r.ok() && error)
        *error = r.error();
    return g;
}

Role Role::fromJson(const QJsonObject &object, Core::Error *error)
{
    FieldReader r(object, QStringLiteral("role"));
    Role role;
    role.id = r.requiredString("id");
    role.name = r.requiredString("name");
    role.domainId = r.string("domain_id");
    if (!r.ok() && error)
        *error = r.error();
    return role;
}

RoleAssignment RoleAssignment::fromJson(const QJsonObject &object, Core::Error *error)
{
    RoleAssignment a;
    const QJsonObject user = object.value(QLatin1String("user")).toObject();
    const QJsonObject group = object.value(QLatin1String("group")).toObject();
    const QJsonObject role = object.value(QLatin1String("role")).toObject();
    const QJsonObject scope = object.value(QLatin1String("scope")).toObject();
    const QJsonObject project = scope.value(QLatin1String("project")).toObject();
    a.userId = user.value(QLatin1String("id")).toString();
    a.userName = user.value(QLatin1String("name")).toString();
    a.groupId = group.value(QLatin1String("id")).toString();
    a.groupName = group.value(QLatin1String("name")).toString();
    a.roleId = role.value(QLatin1String("id")).toString();
    a.roleName = role.value(QLatin1String("name")).toString();
    a.projectId = project.value(QLatin1String("id")).toString();
    a.projectName = project.value(QLatin1String("name")).toString();
    a.domainId = scope.value(QLatin1String("domain")).toObject().value(QLatin1String("id")).toString();
    a.inherited = scope.contains(QLatin1String("OS-INHERIT:inherited_to"));
    if ((a.userId.isEmpty() && a.groupId.isEmpty()) || a.roleId.isEmpty()) {
        if (error)
            *error = Core::Error::make(Core::Error::Kind::BadResponse,
                                       QCoreApplication::translate("OpenStack::Identity::RoleAssignment",
                                                                   "A role assignment lacks its actor or its role"));
        return {};
    }
    const QString actor = a.isGroup() ? QStringLiteral("g:") + a.groupId : QStringLiteral("u:") + a.userId;
    const QString where = !a.projectId.isEmpty() ? QStringLiteral("p:") + a.projectId
        : !a.domainId.isEmpty()                  ? QStringLiteral("d:") + a.domainId
                                                 : QStringLiteral("system");
    a.id = actor + QLatin1Char('/') + a.roleId + QLatin1Char('/') + where + (a.inherited ? QStringLiteral("/i") : QString());
    return a;
}

} // namespace OpenStack::Identity
