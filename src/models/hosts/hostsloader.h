// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "openstack/hosts/aggregate.h"
#include "openstack/hosts/hypervisor.h"
#include "openstack/hosts/zone.h"
#include "openstack/hosts/zoneservices.h"
#include "openstack/client/session.h"
#include "openstack/placement/capacityloader.h"
#include "openstack/placement/placementtypes.h"

#include <QMap>
#include <QObject>
#include <QPointer>

namespace Models {

// Everything the two host tabs show, loaded together because each view joins several sources:
// aggregates and zones need Placement capacity per host, hypervisors need services (for the
// service id to enable/disable) and aggregates (to say which business a host serves).
struct HostsSnapshot
{
    QVector<OpenStack::Hosts::Aggregate> aggregates;
    QVector<OpenStack::Hosts::Hypervisor> hypervisors;
    QVector<OpenStack::Hosts::ComputeService> services;
    QVector<OpenStack::Hosts::AvailabilityZone> zones; // compute, volume, network
    QMap<QString, OpenStack::Placement::ProviderCapacity> capacities; // by provider name
    bool networkZonesSupported = true;
    // The hosts of volume and network zones come from Cinder's services and Neutron's agents,
    // both admin-only: when refused, the zones show without hosts and the page says why.
    QVector<OpenStack::Hosts::ZonedService> volumeServices;
    QVector<OpenStack::Hosts::ZonedService> networkAgents;
    bool volumeHostsHidden = false;
    bool networkHostsHidden = false;
    bool networkAgentsSupported = true; // false when Neutron has no agent extension (404)

    // Nova host → Placement provider name (the hypervisor hostname), where they differ.
    QMap<QString, QString> providerNameOfHost() const;
    OpenStack::Placement::CapacityRollup aggregateCapacity(const OpenStack::Hosts::Aggregate &aggregate) const;
    // The compute hosts of a compute zone: those os-availability-zone lists, or (for a user who
    // may not see hosts) those of the aggregates carrying the zone.
    QStringList zoneHosts(const OpenStack::Hosts::AvailabilityZone &zone) const;
    OpenStack::Placement::CapacityRollup zoneCapacity(const OpenStack::Hosts::AvailabilityZone &zone) const;
    OpenStack::Placement::ProviderCapacity hostCapacity(const QString &host) const;
    // Names of the aggregates holding `host`.
    QStringList aggregatesOf(const QString &host) const;
    // The compute zone a host is in, from the zone list (empty when unknown).
    QString zoneOf(const QString &host) const;
    const OpenStack::Hosts::ComputeService *serviceOf(const QString &host) const;
};

// Loads a HostsSnapshot: up to eight calls in parallel (aggregates, hypervisors, services, the
// zones of compute, volume and network, Cinder's services and Neutron's agents) and Placement's providers with inventories and usages. Parts that
// fail are left empty and reported in errors(); the others still show. Lives on the GUI thread.
class HostsLoader : public QObject
{
    Q_OBJECT
public:
    explicit HostsLoader(QObject *parent = nullptr);

    void setSession(OpenStack::Session *session) { m_session = session; }
    void reload();
    bool isLoading() const { return m_pending > 0; }
    const HostsSnapshot &snapshot() const { return m_snapshot; }
    const QVector<Core::Error> &errors() const { return m_errors; }

signals:
    void loadingChanged(bool loading);
    // `error` is the first failure (all in errors()).
    void loaded(const Core::Error &error);

private:
    void partDone(quint64 generation, const Core::Error &error);

    QPointer<OpenStack::Session> m_session;
    QPointer<OpenStack::Placement::CapacityLoader> m_capacity;
    HostsSnapshot m_snapshot;
    HostsSnapshot m_next;
    QVector<Core::Error> m_errors;
    QVector<Core::Error> m_nextErrors;
    quint64 m_generation = 0;
    int m_pending = 0;
};

} // namespace Models
