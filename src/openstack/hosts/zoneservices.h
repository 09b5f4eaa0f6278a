// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "openstack/client/restjob.h"
#include "openstack/hosts/zone.h"

namespace OpenStack::Hosts {

// A service with the zone it says it is in: the only way to learn the hosts of volume and network
// zones, whose zone lists carry no hosts.
struct ZonedService
{
    QString zone;     // empty for Neutron agents outside any zone (metadata, OVS)
    QString resource; // Neutron: "router" for L3 agents, else "network"; empty for Cinder
    ZoneService service;
    bool operator==(const ZonedService &) const = default;

    // One entry of Cinder's {"services": […]}: binary, host, zone, status, state, disabled_reason.
    static ZonedService fromCinder(const QJsonObject &object, Core::Error *error);
    // One entry of Neutron's {"agents": […]}: binary, host, availability_zone, alive, admin_state_up.
    static ZonedService fromNeutronAgent(const QJsonObject &object, Core::Error *error);
};

// Adds to each zone of `kind` the services in it (matching name, and resource for network zones).
// Zones already holding services are left alone so a second call does not repeat them.
void attachServices(QVector<AvailabilityZone> &zones, AvailabilityZone::Kind kind, const QVector<ZonedService> &services);

// GET /os-services of Cinder (admin). Non-admins get 403: forbidden() is true and the caller
// shows the zones without hosts.
class ListVolumeServicesJob : public RestJob
{
    Q_OBJECT
public:
    explicit ListVolumeServicesJob(Session *session, QObject *parent = nullptr);
    const QVector<ZonedService> &services() const { return m_services; }
    bool forbidden() const { return error() && httpStatus() == 403; }

protected:
    Core::Error parse(const QJsonDocument &document) override;
    bool handlesStatus(int httpStatus) const override { return httpStatus == 403; }

private:
    QVector<ZonedService> m_services;
};

// GET /v2.0/agents of Neutron (admin). A 404 means the agent extension is not loaded (OVN without
// agents, ML2 set-ups without it): unsupported() is true and there are simply no agents.
class ListNetworkAgentsJob : public RestJob
{
    Q_OBJECT
public:
    explicit ListNetworkAgentsJob(Session *session, QObject *parent = nullptr);
    const QVector<ZonedService> &agents() const { return m_agents; }
    bool unsupported() const { return error() && httpStatus() == 404; }
    bool forbidden() const { return error() && httpStatus() == 403; }

protected:
    Core::Error parse(const QJsonDocument &document) override;
    bool handlesStatus(int httpStatus) const override { return httpStatus == 403 || httpStatus == 404; }

private:
    QVector<ZonedService> m_agents;
};

} // namespace OpenStack::Hosts
