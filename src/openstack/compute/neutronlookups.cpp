// SPDX-License-Identifier: GPL-3.0-or-later
#include "openstack/compute/neutronlookups.h"

#include "openstack/client/jsonfields.h"

namespace OpenStack::Compute {

namespace {

template<typename T>
Core::Error parseList(const QJsonDocument &document, const char *key, QVector<T> *out)
{
    return readList(document.object(), key, out);
}

void report(const FieldReader &r, Core::Error *error)
{
    if (!r.ok() && error)
        *error = r.error();
}

} // namespace

FloatingIp FloatingIp::fromJson(const QJsonObject &object, Core::Error *error)
{
    FieldReader r(object, QStringLiteral("floating IP"));
    FloatingIp f;
    f.id = r.requiredString("id");
    f.address = r.requiredString("floating_ip_address");
    f.fixedAddress = r.string("fixed_ip_address");
    f.portId = r.string("port_id");
    f.projectId = r.string("project_id");
    f.status = r.string("status");
    report(r, error);
    return f;
}

NetworkChoice NetworkChoice::fromJson(const QJsonObject &object, Core::Error *error)
{
    FieldReader r(object, QStringLiteral("network"));
    NetworkChoice n;
    n.id = r.requiredString("id");
    n.name = r.string("name");
    n.projectId = r.string("project_id");
    n.status = r.string("status");
    n.shared = r.boolean("shared");
    n.external = r.boolean("router:external");
    n.subnetIds = r.strings("subnets");
    report(r, error);
    return n;
}

SecurityGroupChoice SecurityGroupChoice::fromJson(const QJsonObject &object, Core::Error *error)
{
    FieldReader r(object, QStringLiteral("security group"));
    SecurityGroupChoice g;
    g.id = r.requiredString("id");
    g.name = r.requiredString("name");
    g.description = r.string("description");
    g.projectId = r.string("project_id");
    report(r, error);
    return g;
}

ListFloatingIpsJob::ListFloatingIpsJob(Session *session, const QString &projectId, QObject *parent)
    : RestJob(session, QStringLiteral("network"), "GET", QStringLiteral("/v2.0/floatingips"), parent)
{
    if (!projectId.isEmpty()) {
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("project_id"), projectId);
        setQuery(q);
    }
}

Core::Error ListFloatingIpsJob::parse(const QJsonDocument &document)
{
    return parseList(document, "floatingips", &m_items);
}

SetFloatingIpPortJob::SetFloatingIpPortJob(Session *session, const QString &floatingIpId, const QString &portId,
                                           QObject *parent)
    : RestJob(session, QStringLiteral("network"), "PUT", QStringLiteral("/v2.0/floatingips/") + floatingIpId, parent)
{
    const QJsonValue port = portId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(portId);
    setJsonBody({{QStringLiteral("floatingip"), QJsonObject{{QStringLiteral("port_id"), port}}}});
}

ListNetworkChoicesJob::ListNetworkChoicesJob(Session *session, QObject *parent)
    : RestJob(session, QStringLiteral("network"), "GET", QStringLiteral("/v2.0/networks"), parent)
{
}

Core::Error ListNetworkChoicesJob::parse(const QJsonDocument &document)
{
    return parseList(document, "networks", &m_items);
}

ListSecurityGroupChoicesJob::ListSecurityGroupChoicesJob(Session *session, const QString &projectId, QObject *parent)
    : RestJob(session, QStringLiteral("network"), "GET", QStringLiteral("/v2.0/security-groups"), parent)
{
    QUrlQuery q;
    if (!projectId.isEmpty())
        q.addQueryItem(QStringLiteral("project_id"), projectId);
    q.addQueryItem(QStringLiteral("fields"), QStringLiteral("id"));
    q.addQueryItem(QStringLiteral("fields"), QStringLiteral("name"));
    q.addQueryItem(QStringLiteral("fields"), QStringLiteral("description"));
    q.addQueryItem(QStringLiteral("fields"), QStringLiteral("project_id"));
    setQuery(q);
}

Core::Error ListSecurityGroupChoicesJob::parse(const QJsonDocument &document)
{
    return parseList(document, "security_groups", &m_items);
}

} // namespace OpenStack::Compute
