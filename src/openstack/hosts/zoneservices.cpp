// SPDX-License-Identifier: GPL-3.0-or-later
#include "openstack/hosts/zoneservices.h"

#include "openstack/client/jsonfields.h"

#include <QCoreApplication>

namespace OpenStack::Hosts {

namespace {
// A member that must be a JSON boolean: a missing or mistyped one is a malformed reply, not false.
bool requiredBool(const QJsonObject &object, const char *key, QStringList *problems)
{
    const QJsonValue v = object.value(QLatin1String(key));
    if (!v.isBool())
        problems->append(QString::fromLatin1(key));
    return v.toBool();
}

// One of two words ("up"/"down", "enabled"/"disabled"); anything else is a malformed reply.
bool requiredWord(FieldReader &r, const QJsonObject &object, const char *key, const char *yes, const char *no,
                  QStringList *problems)
{
    const QString word = r.requiredString(key);
    if (!object.value(QLatin1String(key)).isString())
        return false; // already reported by requiredString
    if (word != QLatin1String(yes) && word != QLatin1String(no))
        problems->append(QString::fromLatin1(key));
    return word == QLatin1String(yes);
}

Core::Error malformed(const QString &what, const QStringList &problems)
{
    return Core::Error::make(Core::Error::Kind::BadResponse,
                             QCoreApplication::translate("OpenStack::Hosts::ZonedService",
                                                         "%1 has field(s) of an unexpected kind: %2")
                                 .arg(what, problems.join(QStringLiteral(", "))));
}
} // namespace

ZonedService ZonedService::fromCinder(const QJsonObject &object, Core::Error *error)
{
    const QString what = QStringLiteral("volume service");
    FieldReader r(object, what);
    QStringList problems;
    ZonedService z;
    z.service.binary = r.requiredString("binary");
    z.service.host = r.requiredString("host");
    z.zone = r.requiredString("zone");
    z.service.available = requiredWord(r, object, "state", "up", "down", &problems);
    z.service.active = requiredWord(r, object, "status", "enabled", "disabled", &problems);
    z.service.disabledReason = r.string("disabled_reason");
    if (error) {
        if (!r.ok())
            *error = r.error();
        else if (!problems.isEmpty())
            *error = malformed(what, problems);
    }
    return z;
}

ZonedService ZonedService::fromNeutronAgent(const QJsonObject &object, Core::Error *error)
{
    const QString what = QStringLiteral("network agent");
    FieldReader r(object, what);
    QStringList problems;
    ZonedService z;
    z.service.binary = r.requiredString("binary");
    z.service.host = r.requiredString("host");
    z.zone = r.string("availability_zone"); // null for agents that are in no zone
    z.resource = z.service.binary == QLatin1String("neutron-l3-agent") ? QStringLiteral("router") : QStringLiteral("network");
    z.service.available = requiredBool(object, "alive", &problems);
    z.service.active = requiredBool(object, "admin_state_up", &problems);
    z.service.disabledReason = r.string("description");
    if (error) {
        if (!r.ok())
            *error = r.error();
        else if (!problems.isEmpty())
            *error = malformed(what, problems);
    }
    return z;
}

void attachServices(QVector<AvailabilityZone> &zones, AvailabilityZone::Kind kind, const QVector<ZonedService> &services)
{
    for (AvailabilityZone &z : zones) {
        if (z.kind != kind || !z.services.isEmpty())
            continue;
        for (const ZonedService &s : services) {
            if (s.zone != z.name)
                continue;
            if (kind == AvailabilityZone::Kind::Network && !z.resource.isEmpty() && s.resource != z.resource)
                continue;
            z.services.append(s.service);
        }
    }
}

ListVolumeServicesJob::ListVolumeServicesJob(Session *session, QObject *parent)
    : RestJob(session, QStringLiteral("block-storage"), "GET", QStringLiteral("/os-services"), parent)
{
}

Core::Error ListVolumeServicesJob::parse(const QJsonDocument &document)
{
    return readList(document.object(), "services", &m_services, &ZonedService::fromCinder);
}

ListNetworkAgentsJob::ListNetworkAgentsJob(Session *session, QObject *parent)
    : RestJob(session, QStringLiteral("network"), "GET", QStringLiteral("/v2.0/agents"), parent)
{
}

Core::Error ListNetworkAgentsJob::parse(const QJsonDocument &document)
{
    return readList(document.object(), "agents", &m_agents, &ZonedService::fromNeutronAgent);
}

} // namespace OpenStack::Hosts
