// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "openstack/client/restjob.h"
#include "openstack/hosts/zone.h"

namespace OpenStack::Hosts {

// The zones of one service:
//   compute  GET /os-availability-zone/detail (admins; with hosts and services), else
//            GET /os-availability-zone
//   volume   GET /os-availability-zone of Cinder
//   network  GET /v2.0/availability_zones of Neutron, when the extension is loaded: a 404 there
//            means "no network zones", not a failure (unsupported() is true).
class ListZonesJob : public RestJob
{
    Q_OBJECT
public:
    ListZonesJob(Session *session, AvailabilityZone::Kind kind, bool detail, QObject *parent = nullptr);
    AvailabilityZone::Kind kind() const { return m_kind; }
    const QVector<AvailabilityZone> &zones() const { return m_zones; }
    bool unsupported() const { return m_kind == AvailabilityZone::Kind::Network && error() && httpStatus() == 404; }

protected:
    Core::Error parse(const QJsonDocument &document) override;
    bool handlesStatus(int httpStatus) const override
    {
        return m_kind == AvailabilityZone::Kind::Network && httpStatus == 404;
    }

private:
    AvailabilityZone::Kind m_kind;
    QVector<AvailabilityZone> m_zones;
};

} // namespace OpenStack::Hosts
