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
    if (m_kind == AvailabilityZone::Kind::Network)
        return readList(document.object(), "availability_zones", &m_zones, &AvailabilityZone::fromNeutron);
    return readList(document.object(), "availabilityZoneInfo", &m_zones,
                    [this](const QJsonObject &o, Core::Error *e) { return AvailabilityZone::fromNovaStyle(o, m_kind, e); });
}

} // namespace OpenStack::Hosts
