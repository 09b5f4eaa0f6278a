// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/hosts/hostsloader.h"

#include "openstack/client/session.h"
#include "openstack/hosts/aggregatejobs.h"
#include "openstack/hosts/hypervisorjobs.h"
#include "openstack/hosts/zonejobs.h"
#include "openstack/hosts/zoneservices.h"
#include "openstack/placement/capacityloader.h"

namespace Models {

using namespace OpenStack::Hosts;
using OpenStack::Placement::CapacityRollup;
using OpenStack::Placement::ProviderCapacity;

QMap<QString, QString> HostsSnapshot::providerNameOfHost() const
{
    QMap<QString, QString> out;
    for (const Hypervisor &h : hypervisors) {
        if (!h.host.isEmpty() && h.host != h.hostname)
            out.insert(h.host, h.hostname);
    }
    return out;
}

CapacityRollup HostsSnapshot::aggregateCapacity(const Aggregate &aggregate) const
{
    return OpenStack::Placement::rollUp(aggregate.hosts, capacities, providerNameOfHost());
}

QStringList HostsSnapshot::zoneHosts(const AvailabilityZone &zone) const
{
    if (zone.kind != AvailabilityZone::Kind::Compute)
        return zone.hosts();
    QStringList hosts = zone.computeHosts();
    if (!hosts.isEmpty() || !zone.services.isEmpty())
        return hosts;
    for (const Aggregate &a : aggregates) {
        if (a.availabilityZone != zone.name)
            continue;
        for (const QString &h : a.hosts) {
            if (!hosts.contains(h))
                hosts.append(h);
        }
    }
    return hosts;
}

CapacityRollup HostsSnapshot::zoneCapacity(const AvailabilityZone &zone) const
{
    if (zone.kind != AvailabilityZone::Kind::Compute)
        return {};
    return OpenStack::Placement::rollUp(zoneHosts(zone), capacities, providerNameOfHost());
}

ProviderCapacity HostsSnapshot::hostCapacity(const QString &host) const
{
    return capacities.value(providerNameOfHost().value(host, host));
}

QStringList HostsSnapshot::aggregatesOf(const QString &host) const
{
    QStringList out;
    for (const Aggregate &a : aggregates) {
        if (a.hosts.contains(host))
            out.append(a.name);
    }
    return out;
}

QString HostsSnapshot::zoneOf(const QString &host) const
{
    for (const AvailabilityZone &z : zones) {
        if (z.kind == AvailabilityZone::Kind::Compute && z.computeHosts().contains(host))
            return z.name;
    }
    for (const ComputeService &s : services) {
        if (s.host == host)
            return s.zone;
    }
    return {};
}

const ComputeService *HostsSnapshot::serviceOf(const QString &host) const
{
    for (const ComputeService &s : services) {
        if (s.host == host)
            return &s;
    }
    return nullptr;
}

HostsLoader::HostsLoader(QObject *parent)
    : QObject(parent)
{
}

void HostsLoader::reload()
{
    if (!m_session)
        return;
    const quint64 generation = ++m_generation;
    const bool wasLoading = isLoading();
    m_next = {};
    m_nextErrors.clear();
    OpenStack::Session *s = m_session;
    const bool admin = s->isAdmin();
    m_pending = admin ? 9 : 4;
    if (!wasLoading)
        emit loadingChanged(true);

    // The zones of each service; network zones may not exist (no extension) and that is fine.
    for (auto kind : {AvailabilityZone::Kind::Compute, AvailabilityZone::Kind::Volume, AvailabilityZone::Kind::Network}) {
        auto *zones = new ListZonesJob(s, kind, admin && kind == AvailabilityZone::Kind::Compute, this);
        connect(zones, &OpenStack::RestJob::finished, this, [this, zones, generation]() {
            if (generation != m_generation)
                return;
            if (zones->unsupported()) {
                m_next.networkZonesSupported = false;
                partDone(generation, {});
                return;
            }
            m_next.zones += zones->zones();
            partDone(generation, zones->error());
        });
        zones->start();
    }

    // Hosts of volume zones. Asked of everyone: Cinder's policy, not our guess of the role,
    // decides, and a 403 only hides the hosts.
    auto *volumeServices = new ListVolumeServicesJob(s, this);
    connect(volumeServices, &OpenStack::RestJob::finished, this, [this, volumeServices, generation]() {
        if (generation != m_generation)
            return;
        if (volumeServices->forbidden()) {
            m_next.volumeHostsHidden = true;
            partDone(generation, {});
            return;
        }
        m_next.volumeServices = volumeServices->services();
        partDone(generation, volumeServices->error());
    });
    volumeServices->start();

    if (!admin) {
        // Neutron answers a non-admin with an empty agent list rather than 403: that would read
        // as "no hosts", so say they are hidden instead.
        m_next.networkHostsHidden = true;
        return;
    }

    auto *agents = new ListNetworkAgentsJob(s, this);
    connect(agents, &OpenStack::RestJob::finished, this, [this, agents, generation]() {
        if (generation != m_generation)
            return;
        if (agents->unsupported() || agents->forbidden()) {
            m_next.networkAgentsSupported = !agents->unsupported();
            m_next.networkHostsHidden = agents->forbidden();
            partDone(generation, {});
            return;
        }
        m_next.networkAgents = agents->agents();
        partDone(generation, agents->error());
    });
    agents->start();

    auto *aggregates = new ListAggregatesJob(s, this);
    connect(aggregates, &OpenStack::RestJob::finished, this, [this, aggregates, generation]() {
        if (generation != m_generation)
            return;
        m_next.aggregates = aggregates->aggregates();
        partDone(generation, aggregates->error());
    });
    aggregates->start();

    auto *hypervisors = new ListHypervisorsJob(s, this);
    connect(hypervisors, &OpenStack::RestJob::finished, this, [this, hypervisors, generation]() {
        if (generation != m_generation)
            return;
        m_next.hypervisors = hypervisors->hypervisors();
        partDone(generation, hypervisors->error());
    });
    hypervisors->start();

    auto *services = new ListComputeServicesJob(s, this);
    connect(services, &OpenStack::RestJob::finished, this, [this, services, generation]() {
        if (generation != m_generation)
            return;
        m_next.services = services->services();
        partDone(generation, services->error());
    });
    services->start();

    // A new loader per reload: an older one still running is simply dropped with its answers.
    if (m_capacity)
        m_capacity->deleteLater();
    m_capacity = new OpenStack::Placement::CapacityLoader(s, this);
    auto *capacity = m_capacity.data();
    connect(capacity, &OpenStack::Placement::CapacityLoader::finished, this,
            [this, capacity, generation](const Core::Error &error) {
                if (generation != m_generation)
                    return;
                m_next.capacities = capacity->capacities();
                partDone(generation, error);
            });
    capacity->start();
}

void HostsLoader::partDone(quint64 generation, const Core::Error &error)
{
    if (generation != m_generation)
        return;
    if (error)
        m_nextErrors.append(error);
    if (--m_pending > 0)
        return;
    attachServices(m_next.zones, AvailabilityZone::Kind::Volume, m_next.volumeServices);
    attachServices(m_next.zones, AvailabilityZone::Kind::Network, m_next.networkAgents);
    m_snapshot = m_next;
    m_errors = m_nextErrors;
    emit loadingChanged(false);
    emit loaded(m_errors.isEmpty() ? Core::Error{} : m_errors.constFirst());
}

} // namespace Models
