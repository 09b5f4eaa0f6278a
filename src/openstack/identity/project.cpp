// SPDX-License-Identifier: GPL-3.0-or-later
#include "openstack/identity/project.h"

#include "openstack/client/jsonfields.h"

#include <QJsonArray>

namespace OpenStack::Identity {

Project Project::fromJson(const QJsonObject &object, Core::Error *error)
{
    FieldReader r(object, QStringLiteral("project"));
    Project p;
    p.id = r.requiredString("id");
    p.name = r.requiredString("name");
    p.description = r.string("description");
    p.domainId = r.string("domain_id");
    p.parentId = r.string("parent_id");
    p.enabled = r.boolean("enabled", true);
    p.isDomain = r.boolean("is_domain", false);
    if (!r.ok() && error)
        *error = r.error();
    return p;
}

QVector<Project> Project::listFromJson(const QJsonObject &root, Core::Error *error)
{
    const QJsonArray list = requiredArray(root, "projects", error);
    QVector<Project> out;
    out.reserve(list.size());
    for (const QJsonValue &v : list) {
        Core::Error e;
        Project p = fromJson(v.toObject(), &e);
        if (e) {
            if (error)
                *error = e;
            return {};
        }
        out.append(std::move(p));
    }
    return out;
}

} // namespace OpenStack::Identity
