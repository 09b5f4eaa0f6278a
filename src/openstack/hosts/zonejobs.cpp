// SPDX-License-Identifier: GPL-3.0-or-later
#include "openstack/hosts/zonejobs.h"

#include "openstack/client/jsonfields.h"
#include "openstack/hosts/aggregatejobs.h"

namespace OpenStack::Hosts {

namespace {
QString serviceOf(AvailabilityZone::Kind kind)
{
    switch (kind) {
    case AvailabilityZone::Kind::Compute:
        return QStringLiteral("compute");
    case AvailabilityZone::Kind::Volume:
        return QStringLiteral("block-storage");
    case AvailabilityZone::Kind::Network:
        return QStringLiteral("network");
    }
    return {};
}

QString pathOf(AvailabilityZone::Kind kind, bool detail)
{
    switch (kind) {
    case AvailabilityZone::Kind::Compute:
        return detail ? QStringLiteral("/os-availability-zone/detail") : QStringLiteral("/os-availability-zone");
    case AvailabilityZone::Kind::Volume:
        return QStringLiteral("/os-availability-zone");
    case AvailabilityZone::Kind::Network:
        return QStringLiteral("/v2.0/availability_zones");
    }
    return {};
}
} // namespace

ListZonesJob::ListZonesJob(Session *session, AvailabilityZone::Kind kind, bool detail, QObject *parent)
    : RestJob(session, serviceOf(kind), "GET", pathOf(kind, detail), parent)
    , m_kind(kind)
{
    if (kind == AvailabilityZone::Kind::Compute)
        setMicroversionRange(kHostsMin, kHostsMax);
}

Core::Error ListZonesJob::parse(const QJsonDocument &document)
{
    Core::Error e;
    const bool neutron = m_kind == AvailabilityZone::Kind::Network;
    const QJsonArray list = requiredArray(document.object(), neutron ? "availability_zones" : "availabilityZoneInfo", &e);
    if (e)
        return e;
    m_zones.clear();
    for (const QJsonValue &v : list) {
        AvailabilityZone z = neutron ? AvailabilityZone::fromNeutron(v.toObject(), &e)
                                     : AvailabilityZone::fromNovaStyle(v.toObject(), m_kind, &e);
        if (e)
            return e;
        m_zones.append(std::move(z));
    }
    return {};
}

} // namespace OpenStack::Hosts
