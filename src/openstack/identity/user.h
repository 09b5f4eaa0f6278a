// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QJsonObject>
#include <QString>
#include <QVector>

namespace OpenStack::Identity {

struct User
{
    QString id;
    QString name;
    QString email;
    QString description;
    QString domainId;
    QString defaultProjectId;
    bool enabled = true;

    static User fromJson(const QJsonObject &object, Core::Error *error);
    bool operator==(const User &) const = default;
};

struct Group
{
    QString id;
    QString name;
    QString description;
    QString domainId;

    static Group fromJson(const QJsonObject &object, Core::Error *error);
    bool operator==(const Group &) const = default;
};

struct Role
{
    QString id;
    QString name;
    QString domainId; // empty for global roles

    static Role fromJson(const QJsonObject &object, Core::Error *error);
    bool operator==(const Role &) const = default;
};

// One row of GET /v3/role_assignments?include_names: a user or a group holding a role on a
// project (or a domain, or the system).
struct RoleAssignment
{
    QString id; // synthetic and stable: actor/role/scope, so the table can diff
    QString userId;
    QString userName;
    QString groupId;
    QString groupName;
    QString roleId;
    QString roleName;
    QString projectId;
    QString projectName;
    QString domainId;   // domain scope
    bool inherited = false;

    bool isGroup() const { return !groupId.isEmpty(); }
    static RoleAssignment fromJson(const QJsonObject &object, Core::Error *error);
    bool operator==(const RoleAssignment &) const = default;
};

} // namespace OpenStack::Identity
