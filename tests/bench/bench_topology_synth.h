// SPDX-License-Identifier: GPL-3.0-or-later
// A synthetic cloud of the talk's shape (every business its own network and router behind one
// external network), for the topology unit tests and benchmarks. Deterministic for a given size.
#pragma once

#include "topology/graph.h"

namespace TopologySynth {

inline QString uuid(char kind, int n)
{
    return QStringLiteral("%1%2-0000-4000-8000-000000000000").arg(QChar::fromLatin1(kind)).arg(n, 7, 10, QLatin1Char('0'));
}

inline OpenStack::Network::Port instancePort(int i, const QString &network, const QString &subnet, int host)
{
    OpenStack::Network::Port p;
    p.id = uuid('p', i);
    p.networkId = network;
    p.deviceId = uuid('i', i);
    p.deviceOwner = QStringLiteral("compute:AG1");
    p.status = QStringLiteral("ACTIVE");
    p.projectId = QStringLiteral("proj%1").arg(i % 7);
    p.fixedIps = {{subnet, QStringLiteral("10.%1.%2.%3").arg((host >> 16) & 255).arg((host >> 8) & 255).arg(host & 255)}};
    return p;
}

// `networks` tenant networks with a /16 each, `routers` routers (router k serves networks k,
// k+routers, …), `instances` instances spread round-robin, a DHCP port per network and a floating
// IP for every tenth instance.
inline Topology::Snapshot make(int networks, int routers, int instances)
{
    using namespace OpenStack::Network;
    Topology::Snapshot s;
    Network ext;
    ext.id = uuid('e', 0);
    ext.name = QStringLiteral("ext-net");
    ext.external = true;
    s.networks.append(ext);
    for (int n = 0; n < networks; ++n) {
        Network net;
        net.id = uuid('n', n);
        net.name = QStringLiteral("net-%1").arg(n, 4, 10, QLatin1Char('0'));
        net.projectId = QStringLiteral("proj%1").arg(n % 7);
        s.networks.append(net);
        Subnet sub;
        sub.id = uuid('s', n);
        sub.networkId = net.id;
        sub.cidr = QStringLiteral("10.%1.0.0/16").arg(n % 250);
        s.subnets.append(sub);
        Port dhcp;
        dhcp.id = uuid('d', n);
        dhcp.networkId = net.id;
        dhcp.deviceOwner = QStringLiteral("network:dhcp");
        dhcp.deviceId = QStringLiteral("dhcp");
        s.ports.append(dhcp);
    }
    for (int r = 0; r < routers; ++r) {
        Router router;
        router.id = uuid('r', r);
        router.name = QStringLiteral("router-%1").arg(r, 4, 10, QLatin1Char('0'));
        router.externalNetworkId = ext.id;
        s.routers.append(router);
        for (int n = r; n < networks; n += routers) {
            Port iface;
            iface.id = uuid('f', n);
            iface.networkId = uuid('n', n);
            iface.deviceId = router.id;
            iface.deviceOwner = QStringLiteral("network:router_interface");
            iface.fixedIps = {{uuid('s', n), QStringLiteral("10.%1.0.1").arg(n % 250)}};
            s.ports.append(iface);
        }
    }
    for (int i = 0; i < instances; ++i) {
        const int n = i % networks;
        s.ports.append(instancePort(i, uuid('n', n), uuid('s', n), i + 10));
        InstanceSummary inst;
        inst.id = uuid('i', i);
        inst.name = QStringLiteral("vm-%1").arg(i, 5, 10, QLatin1Char('0'));
        inst.status = QStringLiteral("ACTIVE");
        s.instances.append(inst);
        if (i % 10 == 0) {
            FloatingIp f;
            f.id = uuid('x', i);
            f.floatingIpAddress = QStringLiteral("172.24.%1.%2").arg((i / 250) % 250).arg(i % 250);
            f.portId = uuid('p', i);
            f.floatingNetworkId = ext.id;
            s.floatingIps.append(f);
        }
    }
    return s;
}

} // namespace TopologySynth
