// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/network/networklists.h"

#include "topology/graph.h"

#include <QJsonArray>

namespace Models {

using namespace OpenStack::Network;

namespace {
QVariant list(const QStringList &l)
{
    return l;
}
QVariant joined(const QStringList &l)
{
    return l.join(QStringLiteral(", "));
}
QVariant yesNo(bool b)
{
    return b ? QCoreApplication::translate("Models::NetworkLists", "Yes")
             : QCoreApplication::translate("Models::NetworkLists", "No");
}
QVariant upDown(bool b)
{
    return b ? QCoreApplication::translate("Models::NetworkLists", "UP")
             : QCoreApplication::translate("Models::NetworkLists", "DOWN");
}
} // namespace

NetworkListModel *makeNetworkListModel(QObject *parent)
{
    using M = NetworkListModel;
    return new M({{"id", QT_TRANSLATE_NOOP("Models::NetworkLists", "ID"), [](const Network &n) { return QVariant(n.id); }, {}},
                  {"name", QT_TRANSLATE_NOOP("Models::NetworkLists", "Name"), [](const Network &n) { return QVariant(n.name); }, {}},
                  {"status", QT_TRANSLATE_NOOP("Models::NetworkLists", "Status"), [](const Network &n) { return QVariant(n.status); }, {}},
                  {"project_id", QT_TRANSLATE_NOOP("Models::NetworkLists", "Project"), [](const Network &n) { return QVariant(n.projectId); }, {}},
                  {"admin_state_up", QT_TRANSLATE_NOOP("Models::NetworkLists", "Admin State"), [](const Network &n) { return upDown(n.adminStateUp); },
                   [](const Network &n) { return QVariant(n.adminStateUp); }},
                  {"shared", QT_TRANSLATE_NOOP("Models::NetworkLists", "Shared"), [](const Network &n) { return yesNo(n.shared); },
                   [](const Network &n) { return QVariant(n.shared); }},
                  {"router_external", QT_TRANSLATE_NOOP("Models::NetworkLists", "External"), [](const Network &n) { return yesNo(n.external); },
                   [](const Network &n) { return QVariant(n.external); }},
                  {"subnets", QT_TRANSLATE_NOOP("Models::NetworkLists", "Subnets"), [](const Network &n) { return joined(n.subnetIds); },
                   [](const Network &n) { return list(n.subnetIds); }},
                  {"network_type", QT_TRANSLATE_NOOP("Models::NetworkLists", "Network Type"), [](const Network &n) { return QVariant(n.networkType); }, {}},
                  {"mtu", QT_TRANSLATE_NOOP("Models::NetworkLists", "MTU"), [](const Network &n) { return QVariant(n.mtu); }, {}}},
                 parent);
}

SubnetListModel *makeSubnetListModel(QObject *parent)
{
    using M = SubnetListModel;
    return new M({{"id", QT_TRANSLATE_NOOP("Models::NetworkLists", "ID"), [](const Subnet &s) { return QVariant(s.id); }, {}},
                  {"name", QT_TRANSLATE_NOOP("Models::NetworkLists", "Name"), [](const Subnet &s) { return QVariant(s.name); }, {}},
                  {"network_id", QT_TRANSLATE_NOOP("Models::NetworkLists", "Network"), [](const Subnet &s) { return QVariant(s.networkId); }, {}},
                  {"cidr", QT_TRANSLATE_NOOP("Models::NetworkLists", "CIDR"), [](const Subnet &s) { return QVariant(s.cidr); }, {}},
                  {"ip_version", QT_TRANSLATE_NOOP("Models::NetworkLists", "IP Version"), [](const Subnet &s) { return QVariant(s.ipVersion); }, {}},
                  {"gateway_ip", QT_TRANSLATE_NOOP("Models::NetworkLists", "Gateway"), [](const Subnet &s) { return QVariant(s.gatewayIp); }, {}},
                  {"enable_dhcp", QT_TRANSLATE_NOOP("Models::NetworkLists", "DHCP"), [](const Subnet &s) { return yesNo(s.enableDhcp); },
                   [](const Subnet &s) { return QVariant(s.enableDhcp); }},
                  {"allocation_pools", QT_TRANSLATE_NOOP("Models::NetworkLists", "Allocation Pools"), [](const Subnet &s) { return joined(s.allocationPools); },
                   [](const Subnet &s) { return list(s.allocationPools); }},
                  {"project_id", QT_TRANSLATE_NOOP("Models::NetworkLists", "Project"), [](const Subnet &s) { return QVariant(s.projectId); }, {}}},
                 parent);
}

RouterListModel *makeRouterListModel(QObject *parent)
{
    using M = RouterListModel;
    return new M({{"id", QT_TRANSLATE_NOOP("Models::NetworkLists", "ID"), [](const Router &r) { return QVariant(r.id); }, {}},
                  {"name", QT_TRANSLATE_NOOP("Models::NetworkLists", "Name"), [](const Router &r) { return QVariant(r.name); }, {}},
                  {"status", QT_TRANSLATE_NOOP("Models::NetworkLists", "Status"), [](const Router &r) { return QVariant(r.status); }, {}},
                  {"admin_state_up", QT_TRANSLATE_NOOP("Models::NetworkLists", "Admin State"), [](const Router &r) { return upDown(r.adminStateUp); },
                   [](const Router &r) { return QVariant(r.adminStateUp); }},
                  {"external_network_id", QT_TRANSLATE_NOOP("Models::NetworkLists", "External Network"), [](const Router &r) { return QVariant(r.externalNetworkId); }, {}},
                  {"external_ips", QT_TRANSLATE_NOOP("Models::NetworkLists", "External IPs"), [](const Router &r) { return joined(r.externalIps); },
                   [](const Router &r) { return list(r.externalIps); }},
                  {"project_id", QT_TRANSLATE_NOOP("Models::NetworkLists", "Project"), [](const Router &r) { return QVariant(r.projectId); }, {}}},
                 parent);
}

PortListModel *makePortListModel(QObject *parent)
{
    using M = PortListModel;
    return new M({{"id", QT_TRANSLATE_NOOP("Models::NetworkLists", "ID"), [](const Port &p) { return QVariant(p.id); }, {}},
                  {"name", QT_TRANSLATE_NOOP("Models::NetworkLists", "Name"), [](const Port &p) { return QVariant(p.name); }, {}},
                  {"mac_address", QT_TRANSLATE_NOOP("Models::NetworkLists", "MAC Address"), [](const Port &p) { return QVariant(p.macAddress); }, {}},
                  {"fixed_ips", QT_TRANSLATE_NOOP("Models::NetworkLists", "Fixed IP Addresses"), [](const Port &p) { return joined(p.ipAddresses()); },
                   [](const Port &p) { return list(p.ipAddresses()); }},
                  {"status", QT_TRANSLATE_NOOP("Models::NetworkLists", "Status"), [](const Port &p) { return QVariant(p.status); }, {}},
                  {"device_owner", QT_TRANSLATE_NOOP("Models::NetworkLists", "Device Owner"), [](const Port &p) { return QVariant(p.deviceOwner); }, {}},
                  {"device_id", QT_TRANSLATE_NOOP("Models::NetworkLists", "Device"), [](const Port &p) { return QVariant(p.deviceId); }, {}},
                  {"network_id", QT_TRANSLATE_NOOP("Models::NetworkLists", "Network"), [](const Port &p) { return QVariant(p.networkId); }, {}},
                  {"security_groups", QT_TRANSLATE_NOOP("Models::NetworkLists", "Security Groups"), [](const Port &p) { return joined(p.securityGroupIds); },
                   [](const Port &p) { return list(p.securityGroupIds); }},
                  {"project_id", QT_TRANSLATE_NOOP("Models::NetworkLists", "Project"), [](const Port &p) { return QVariant(p.projectId); }, {}}},
                 parent);
}

FloatingIpListModel *makeFloatingIpListModel(QObject *parent)
{
    using M = FloatingIpListModel;
    return new M({{"id", QT_TRANSLATE_NOOP("Models::NetworkLists", "ID"), [](const FloatingIp &f) { return QVariant(f.id); }, {}},
                  {"floating_ip_address", QT_TRANSLATE_NOOP("Models::NetworkLists", "Floating IP Address"), [](const FloatingIp &f) { return QVariant(f.floatingIpAddress); }, {}},
                  {"fixed_ip_address", QT_TRANSLATE_NOOP("Models::NetworkLists", "Fixed IP Address"), [](const FloatingIp &f) { return QVariant(f.fixedIpAddress); }, {}},
                  {"port_id", QT_TRANSLATE_NOOP("Models::NetworkLists", "Port"), [](const FloatingIp &f) { return QVariant(f.portId); }, {}},
                  {"floating_network_id", QT_TRANSLATE_NOOP("Models::NetworkLists", "Floating Network"), [](const FloatingIp &f) { return QVariant(f.floatingNetworkId); }, {}},
                  {"router_id", QT_TRANSLATE_NOOP("Models::NetworkLists", "Router"), [](const FloatingIp &f) { return QVariant(f.routerId); }, {}},
                  {"status", QT_TRANSLATE_NOOP("Models::NetworkLists", "Status"), [](const FloatingIp &f) { return QVariant(f.status); }, {}},
                  {"project_id", QT_TRANSLATE_NOOP("Models::NetworkLists", "Project"), [](const FloatingIp &f) { return QVariant(f.projectId); }, {}},
                  {"description", QT_TRANSLATE_NOOP("Models::NetworkLists", "Description"), [](const FloatingIp &f) { return QVariant(f.description); }, {}}},
                 parent);
}

void fillNetworkLists(const Topology::Snapshot &s, NetworkListModel *networks, SubnetListModel *subnets,
                      RouterListModel *routers, PortListModel *ports, FloatingIpListModel *floatingIps)
{
    if (networks)
        networks->setRecords(s.networks);
    if (subnets)
        subnets->setRecords(s.subnets);
    if (routers)
        routers->setRecords(s.routers);
    if (ports)
        ports->setRecords(s.ports);
    if (floatingIps)
        floatingIps->setRecords(s.floatingIps);
}

} // namespace Models
