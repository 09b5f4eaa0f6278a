// SPDX-License-Identifier: GPL-3.0-or-later
#include "openstack/hosts/zone.h"

#include "openstack/client/jsonfields.h"

namespace OpenStack::Hosts {

QStringList AvailabilityZone::hosts() const
{
    QStringList out;
    for (const ZoneService &s : services) {
        if (!out.contains(s.host))
            out.append(s.host);
    }
    return out;
}

QStringList AvailabilityZone::computeHosts() const
{
    QStringList out;
    for (const ZoneService &s : services) {
        if (s.binary == QLatin1String("nova-compute") && !out.contains(s.host))
            out.append(s.host);
    }
    return out;
}

QString AvailabilityZone::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::Compute:
        return QStringLiteral("compute");
    case Kind::Volume:
        return QStringLiteral("volume");
    case Kind::Network:
        return QStringLiteral("network");
    }
    return {};
}

AvailabilityZone AvailabilityZone::fromNovaStyle(const QJsonObject &object, Kind kind, Core::Error *error)
{
    FieldReader r(object, QStringLiteral("availability zone"));
    AvailabilityZone z;
    z.kind = kind;
    z.name = r.requiredString("zoneName");
    z.id = kindKey(kind) + QLatin1Char('/') + z.name;
    z.available = r.object("zoneState").value(QLatin1String("available")).toBool(false);
    // {"host01": {"nova-compute": {"available": true, "active": true, "updated_at": …}}}
    const QJsonObject hosts = r.object("hosts");
    for (auto h = hosts.begin(); h != hosts.end(); ++h) {
        const QJsonObject services = h.value().toObject();
        for (auto s = services.begin(); s != services.end(); ++s) {
            const QJsonObject state = s.value().toObject();
            z.services.append({h.key(), s.key(), state.value(QLatin1String("available")).toBool(),
                               state.value(QLatin1String("active")).toBool(), QString()});
        }
    }
    if (!r.ok() && error)
        *error = r.error();
    return z;
}

AvailabilityZone AvailabilityZone::fromNeutron(const QJsonObject &object, Core::Error *error)
{
    FieldReader r(object, QStringLiteral("availability zone"));
    AvailabilityZone z;
    z.kind = Kind::Network;
    z.name = r.requiredString("name");
    z.resource = r.string("resource");
    z.id = kindKey(z.kind) + QLatin1Char('/') + z.resource + QLatin1Char('/') + z.name;
    z.available = r.string("state") == QLatin1String("available");
    if (!r.ok() && error)
        *error = r.error();
    return z;
}

} // namespace OpenStack::Hosts
