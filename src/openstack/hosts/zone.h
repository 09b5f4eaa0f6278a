// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>

namespace OpenStack::Hosts {

// A service on a host of a zone: compute (os-availability-zone/detail), volume (Cinder
// os-services) or network (Neutron agents).
struct ZoneService
{
    QString host;
    QString binary;
    bool available = false; // the service reports in: Nova "available", Cinder "up", Neutron alive
    bool active = false;    // the service takes work: enabled, or the agent's admin_state_up
    QString disabledReason;
    bool operator==(const ZoneService &) const = default;
};

// An availability zone of one service. Compute, volume and network zones are unrelated in
// OpenStack even when they share a name, so `id` is "<kind>/<name>".
struct AvailabilityZone
{
    enum class Kind { Compute, Volume, Network };

    QString id;
    Kind kind = Kind::Compute;
    QString name;
    bool available = true;
    QString resource;            // network zones: "network" or "router"
    QVector<ZoneService> services; // seen by an admin only (volume and network: attachServices())

    QStringList hosts() const;
    // Hosts whose nova-compute is up and enabled.
    QStringList computeHosts() const;
    static QString kindKey(Kind kind); // "compute", "volume", "network"
    bool operator==(const AvailabilityZone &) const = default;

    // One entry of {"availabilityZoneInfo": […]} (Nova and Cinder).
    static AvailabilityZone fromNovaStyle(const QJsonObject &object, Kind kind, Core::Error *error);
    // One entry of Neutron's {"availability_zones": […]}.
    static AvailabilityZone fromNeutron(const QJsonObject &object, Core::Error *error);
};

} // namespace OpenStack::Hosts
