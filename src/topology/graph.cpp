// SPDX-License-Identifier: GPL-3.0-or-later
#include "topology/graph.h"

#include <QCoreApplication>
#include <QSet>

namespace Topology {

using namespace OpenStack::Network;

int Graph::count(Node::Kind kind) const
{
    int n = 0;
    for (const Node &node : nodes)
        n += node.kind == kind && !node.hidden ? 1 : 0;
    return n;
}

void Graph::reindex()
{
    index.clear();
    index.reserve(nodes.size());
    for (int i = 0; i < nodes.size(); ++i)
        index.insert(nodes.at(i).id, i);
}

QString kindKey(Node::Kind kind)
{
    switch (kind) {
    case Node::Kind::External:
        return QStringLiteral("external_network");
    case Node::Kind::Router:
        return QStringLiteral("router");
    case Node::Kind::Network:
        return QStringLiteral("network");
    case Node::Kind::Instance:
        return QStringLiteral("instance");
    case Node::Kind::FloatingIp:
        return QStringLiteral("floating_ip");
    case Node::Kind::Port:
        return QStringLiteral("port");
    }
    return {};
}

QString edgeKindKey(Edge::Kind kind)
{
    switch (kind) {
    case Edge::Kind::Gateway:
        return QStringLiteral("gateway");
    case Edge::Kind::Interface:
        return QStringLiteral("interface");
    case Edge::Kind::Attachment:
        return QStringLiteral("attachment");
    case Edge::Kind::FloatingIp:
        return QStringLiteral("floating_ip");
    }
    return {};
}

Graph buildGraph(const Snapshot &s, const BuildOptions &options)
{
    Graph g;
    QHash<QString, QStringList> cidrs;
    for (const Subnet &sub : s.subnets)
        cidrs[sub.networkId] << sub.cidr;
    QHash<QString, int> nodeAt; // while building
    const auto addNode = [&g, &nodeAt](Node n) -> Node & {
        const auto it = nodeAt.constFind(n.id);
        if (it != nodeAt.constEnd())
            return g.nodes[*it];
        nodeAt.insert(n.id, int(g.nodes.size()));
        g.nodes.append(std::move(n));
        return g.nodes.last();
    };

    for (const Network &net : s.networks) {
        Node n;
        n.id = net.id;
        n.kind = net.external ? Node::Kind::External : Node::Kind::Network;
        n.name = net.name.isEmpty() ? net.id.left(8) : net.name;
        n.projectId = net.projectId;
        n.status = net.status;
        n.details = cidrs.value(net.id);
        n.details.sort();
        addNode(std::move(n));
    }
    for (const Router &r : s.routers) {
        Node n;
        n.id = r.id;
        n.kind = Node::Kind::Router;
        n.name = r.name.isEmpty() ? r.id.left(8) : r.name;
        n.projectId = r.projectId;
        n.status = r.status;
        n.details = r.externalIps;
        n.primaryParent = r.externalNetworkId;
        addNode(std::move(n));
        if (!r.externalNetworkId.isEmpty() && nodeAt.contains(r.externalNetworkId))
            g.edges.append({r.id, r.externalNetworkId, Edge::Kind::Gateway, r.externalIps.join(QStringLiteral(", "))});
    }

    QHash<QString, const InstanceSummary *> instances;
    for (const InstanceSummary &i : s.instances)
        instances.insert(i.id, &i);
    QVector<const Port *> ports;
    ports.reserve(s.ports.size());
    for (const Port &p : s.ports)
        ports.append(&p);
    std::sort(ports.begin(), ports.end(), [](const Port *a, const Port *b) { return a->id < b->id; });
    QHash<QString, const Port *> portById;
    for (const Port *p : std::as_const(ports))
        portById.insert(p->id, p);

    for (const Port *p : std::as_const(ports)) {
        if (!nodeAt.contains(p->networkId))
            continue;
        const QString ip = p->ipAddresses().join(QStringLiteral(", "));
        if (p->isRouterInterface()) {
            if (nodeAt.contains(p->deviceId)) {
                g.edges.append({p->deviceId, p->networkId, Edge::Kind::Interface, ip});
                Node &router = g.nodes[nodeAt.value(p->deviceId)];
                if (router.primaryParent.isEmpty())
                    router.primaryParent = p->networkId;
            }
            continue;
        }
        if (p->isRouterGateway() || p->isFloatingIp())
            continue;
        if (p->isInstancePort()) {
            if (!options.showInstances)
                continue;
            const auto it = instances.constFind(p->deviceId);
            if (it != instances.constEnd()) {
                Node n;
                n.id = p->deviceId;
                n.kind = Node::Kind::Instance;
                n.name = (*it)->name.isEmpty() ? p->deviceId.left(8) : (*it)->name;
                n.projectId = (*it)->projectId;
                n.status = (*it)->status;
                n.primaryParent = p->networkId;
                Node &inst = addNode(std::move(n));
                inst.details << p->ipAddresses();
                g.edges.append({p->deviceId, p->networkId, Edge::Kind::Attachment, ip});
                continue;
            }
            // Nova no longer knows the device: keep the port, marked, rather than drop it.
            Node n;
            n.id = p->id;
            n.kind = Node::Kind::Port;
            n.name = p->name.isEmpty() ? QCoreApplication::translate("Topology", "port %1").arg(p->id.left(8)) : p->name;
            n.projectId = p->projectId;
            n.status = p->status;
            n.details = p->ipAddresses();
            n.primaryParent = p->networkId;
            n.orphan = true;
            addNode(std::move(n));
            g.edges.append({p->id, p->networkId, Edge::Kind::Attachment, ip});
            continue;
        }
        // DHCP and other service ports.
        Node n;
        n.id = p->id;
        n.kind = Node::Kind::Port;
        n.name = p->deviceOwner.isEmpty() ? QCoreApplication::translate("Topology", "port %1").arg(p->id.left(8))
                                          : p->deviceOwner.section(QLatin1Char(':'), 1);
        n.projectId = p->projectId;
        n.status = p->status;
        n.details = p->ipAddresses();
        n.primaryParent = p->networkId;
        const bool hidden = !options.showServicePorts;
        n.hidden = hidden;
        addNode(std::move(n));
        if (!hidden)
            g.edges.append({p->id, p->networkId, Edge::Kind::Attachment, ip});
    }

    for (const FloatingIp &f : s.floatingIps) {
        Node n;
        n.id = f.id;
        n.kind = Node::Kind::FloatingIp;
        n.name = f.floatingIpAddress;
        n.projectId = f.projectId;
        n.status = f.status;
        n.details = {f.floatingIpAddress};
        const Port *port = f.portId.isEmpty() ? nullptr : portById.value(f.portId);
        const QString target = port && nodeAt.contains(port->deviceId) ? port->deviceId
                               : port && nodeAt.contains(port->id)       ? port->id
                                                                         : QString();
        if (!target.isEmpty()) {
            if (!f.fixedIpAddress.isEmpty())
                n.details << f.fixedIpAddress;
            n.primaryParent = target;
            g.edges.append({f.id, target, Edge::Kind::FloatingIp, f.fixedIpAddress});
        } else if (nodeAt.contains(f.floatingNetworkId)) {
            n.primaryParent = f.floatingNetworkId;
            g.edges.append({f.id, f.floatingNetworkId, Edge::Kind::FloatingIp, QString()});
        }
        addNode(std::move(n));
    }

    std::stable_sort(g.nodes.begin(), g.nodes.end(), [](const Node &a, const Node &b) {
        if (a.kind != b.kind)
            return int(a.kind) < int(b.kind);
        if (a.projectId != b.projectId)
            return a.projectId < b.projectId;
        if (a.name != b.name)
            return a.name < b.name;
        return a.id < b.id;
    });
    std::sort(g.edges.begin(), g.edges.end(), [](const Edge &a, const Edge &b) {
        return a.from != b.from ? a.from < b.from : a.to < b.to;
    });
    g.reindex();
    return g;
}

GraphDiff diffGraphs(const Graph &before, const Graph &after)
{
    GraphDiff d;
    for (const Node &n : after.nodes) {
        const Node *old = before.node(n.id);
        if (!old)
            d.addedNodes << n.id;
        else if (!(*old == n))
            d.changedNodes << n.id;
    }
    for (const Node &n : before.nodes) {
        if (!after.index.contains(n.id))
            d.removedNodes << n.id;
    }
    using Key = std::pair<QString, QString>;
    QHash<Key, const Edge *> oldEdges;
    oldEdges.reserve(before.edges.size());
    for (const Edge &e : before.edges)
        oldEdges.insert({e.from, e.to}, &e);
    QSet<Key> newKeys;
    newKeys.reserve(after.edges.size());
    for (const Edge &e : after.edges) {
        newKeys.insert({e.from, e.to});
        const Edge *old = oldEdges.value({e.from, e.to});
        if (!old || !(*old == e)) {
            if (old)
                d.removedEdges.append(*old);
            d.addedEdges.append(e);
        }
    }
    for (const Edge &e : before.edges) {
        if (!newKeys.contains({e.from, e.to}))
            d.removedEdges.append(e);
    }
    return d;
}

QStringList searchNodes(const Graph &graph, const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    QStringList exact;
    QStringList partial;
    for (const Node &n : graph.nodes) {
        if (n.hidden)
            continue;
        if (n.id == t || n.details.contains(t) || n.name.compare(t, Qt::CaseInsensitive) == 0) {
            exact << n.id;
            continue;
        }
        bool hit = n.name.contains(t, Qt::CaseInsensitive) || n.id.startsWith(t, Qt::CaseInsensitive);
        for (int i = 0; !hit && i < n.details.size(); ++i)
            hit = n.details.at(i).contains(t, Qt::CaseInsensitive);
        if (hit)
            partial << n.id;
    }
    return exact + partial;
}

Path tracePath(const Graph &graph, const QString &instanceId)
{
    Path path;
    if (!graph.node(instanceId))
        return path;
    path.nodes << instanceId;
    QSet<QString> seen{instanceId};
    // The instance's networks, then routers on those networks, then their external networks.
    QStringList networks;
    for (const Edge &e : graph.edges) {
        if (e.kind == Edge::Kind::Attachment && e.from == instanceId && !seen.contains(e.to)) {
            networks << e.to;
            seen.insert(e.to);
            path.nodes << e.to;
            path.edges.append(e);
        }
        if (e.kind == Edge::Kind::FloatingIp && e.to == instanceId && !seen.contains(e.from)) {
            seen.insert(e.from);
            path.nodes << e.from;
            path.edges.append(e);
        }
    }
    QStringList routers;
    for (const Edge &e : graph.edges) {
        if (e.kind == Edge::Kind::Interface && networks.contains(e.to)) {
            path.edges.append(e);
            if (!seen.contains(e.from)) {
                seen.insert(e.from);
                routers << e.from;
                path.nodes << e.from;
            }
        }
    }
    for (const Edge &e : graph.edges) {
        if (e.kind == Edge::Kind::Gateway && routers.contains(e.from)) {
            path.edges.append(e);
            if (!seen.contains(e.to)) {
                seen.insert(e.to);
                path.nodes << e.to;
            }
        }
    }
    return path;
}

} // namespace Topology
