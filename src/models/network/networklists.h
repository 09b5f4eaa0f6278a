// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/network/resourcelistmodel.h"
#include "openstack/network/floatingip.h"
#include "openstack/network/network.h"
#include "openstack/network/port.h"
#include "openstack/network/router.h"
#include "openstack/network/subnet.h"

namespace Topology {
struct Snapshot;
}

namespace Models {

using NetworkListModel = ResourceListModel<OpenStack::Network::Network>;
using SubnetListModel = ResourceListModel<OpenStack::Network::Subnet>;
using RouterListModel = ResourceListModel<OpenStack::Network::Router>;
using PortListModel = ResourceListModel<OpenStack::Network::Port>;
using FloatingIpListModel = ResourceListModel<OpenStack::Network::FloatingIp>;

// The five tables beside the topology map. Exported columns follow the keys of
// `openstack … list --long -f json` where there is one.
NetworkListModel *makeNetworkListModel(QObject *parent);
SubnetListModel *makeSubnetListModel(QObject *parent);
RouterListModel *makeRouterListModel(QObject *parent);
PortListModel *makePortListModel(QObject *parent);
FloatingIpListModel *makeFloatingIpListModel(QObject *parent);

// Fills all five from a snapshot (in-place diffs).
void fillNetworkLists(const Topology::Snapshot &snapshot, NetworkListModel *networks, SubnetListModel *subnets,
                      RouterListModel *routers, PortListModel *ports, FloatingIpListModel *floatingIps);

} // namespace Models
