// SPDX-License-Identifier: GPL-3.0-or-later
#include "topology/graphbuilder.h"

#include <QCoreApplication>
#include <algorithm>
#include <utility>

namespace Topology {

using namespace OpenStack::Network;

namespace {

using Index = QHash<QString, QStringList>;

void link(Index &index, const QString &key, const QString &id)
{
    if (!key.isEmpty())
        index[key].append(id);
}

void unlink(Index &index, const QString &key, const QString &id)
{
    const auto it = index.find(key);
    if (it == index.end())
        return;
    it->removeOne(id);
    if (it->isEmpty())
        index.erase(it);
}

// Re-files `id` under its new key when the key changed (or the record appeared / went).
template<typename T, typename Key>
void refile(Index &index, const T *old, const T *now, Key key)
{
    if (old && now && key(*old) == key(*now))
        return;
    if (old)
        unlink(index, key(*old), old->id);
    if (now)
        link(index, key(*now), now->id);
}

} // namespace

GraphBuilder::GraphBuilder(const BuildOptions &options)
    : m_options(options)
{
}

template<typename T, typename Changed>
void GraphBuilder::merge(Table<T> &table, const QVector<T> &next, Changed changed)
{
    qsizetype matched = 0;
    for (const T &r : next) {
        auto it = table.rows.find(r.id);
        if (it == table.rows.end()) {
            it = table.rows.insert(r.id, {r, m_stamp});
            ++matched;
            changed(nullptr, &it->record);
            continue;
        }
        if (it->seen == m_stamp)
            continue; // the same id twice in one answer: the first one wins
        it->seen = m_stamp;
        ++matched;
        if (it->record == r)
            continue;
        const T old = std::exchange(it->record, r);
        changed(&old, &it->record);
    }
    if (matched == table.rows.size())
        return; // nothing went away: no second pass
    for (auto it = table.rows.begin(); it != table.rows.end();) {
        if (it->seen == m_stamp) {
            ++it;
            continue;
        }
        const T old = std::move(it->record);
        it = table.rows.erase(it);
        changed(&old, nullptr);
    }
}

void GraphBuilder::markPort(const Port &port)
{
    m_dirty.insert(port.id);
    if (!port.deviceId.isEmpty())
        m_dirty.insert(port.deviceId);
    for (const QString &f : m_floatingIpsByPort.value(port.id))
        m_dirtyFloatingIps.insert(f);
}

void GraphBuilder::markInstance(const QString &id)
{
    m_dirty.insert(id);
    for (const QString &p : m_portsByDevice.value(id)) {
        m_dirty.insert(p);
        for (const QString &f : m_floatingIpsByPort.value(p))
            m_dirtyFloatingIps.insert(f);
    }
}

void GraphBuilder::markNetwork(const QString &id, bool structural)
{
    m_dirty.insert(id);
    if (!structural)
        return;
    // Whether the network exists decides whether what is on it is drawn at all.
    for (const QString &p : m_portsByNetwork.value(id)) {
        if (const Port *port = m_ports.find(p))
            markPort(*port);
    }
    for (const QString &r : m_routersByExternal.value(id))
        m_dirty.insert(r);
    for (const QString &f : m_floatingIpsByNetwork.value(id))
        m_dirtyFloatingIps.insert(f);
}

GraphDiff GraphBuilder::update(const Snapshot &s)
{
    ++m_stamp;
    merge(m_networks, s.networks, [this](const Network *old, const Network *now) {
        markNetwork(now ? now->id : old->id, !old || !now || old->external != now->external);
    });
    merge(m_subnets, s.subnets, [this](const Subnet *old, const Subnet *now) {
        refile(m_subnetsByNetwork, old, now, [](const Subnet &x) { return x.networkId; });
        if (old)
            m_dirty.insert(old->networkId);
        if (now)
            m_dirty.insert(now->networkId);
    });
    merge(m_routers, s.routers, [this](const Router *old, const Router *now) {
        refile(m_routersByExternal, old, now, [](const Router &x) { return x.externalNetworkId; });
        m_dirty.insert(now ? now->id : old->id);
    });
    merge(m_ports, s.ports, [this](const Port *old, const Port *now) {
        refile(m_portsByNetwork, old, now, [](const Port &x) { return x.networkId; });
        refile(m_portsByDevice, old, now, [](const Port &x) { return x.deviceId; });
        if (old)
            markPort(*old);
        if (now)
            markPort(*now);
    });
    merge(m_floatingIps, s.floatingIps, [this](const FloatingIp *old, const FloatingIp *now) {
        refile(m_floatingIpsByPort, old, now, [](const FloatingIp &x) { return x.portId; });
        refile(m_floatingIpsByNetwork, old, now, [](const FloatingIp &x) { return x.floatingNetworkId; });
        m_dirtyFloatingIps.insert(now ? now->id : old->id);
    });
    merge(m_instances, s.instances, [this](const InstanceSummary *old, const InstanceSummary *now) {
        markInstance(now ? now->id : old->id);
    });
    return flush();
}

GraphDiff GraphBuilder::flush()
{
    GraphDiff diff;
    // Floating IPs after everything else: they point at whichever node their port's device is now.
    const QSet<QString> dirty = std::exchange(m_dirty, {});
    for (const QString &id : dirty) {
        if (m_floatingIps.find(id))
            m_dirtyFloatingIps.insert(id);
        else if (!id.isEmpty())
            recompute(id, diff);
    }
    const QSet<QString> floating = std::exchange(m_dirtyFloatingIps, {});
    for (const QString &id : floating)
        recompute(id, diff);
    // Whatever still points at a node that went (not foreseen by the indexes above) is recomputed
    // too, so no edge is ever left dangling.
    QSet<QString> stragglers;
    for (const QString &id : std::as_const(diff.removedNodes)) {
        for (const QString &key : m_graph.in.value(id))
            stragglers.insert(key.section(QLatin1Char('>'), 0, 0));
    }
    for (const QString &id : std::as_const(stragglers))
        recompute(id, diff);
    return diff;
}

GraphDiff GraphBuilder::setOptions(const BuildOptions &options)
{
    m_options = options;
    for (auto it = m_ports.rows.cbegin(); it != m_ports.rows.cend(); ++it)
        markPort(it->record);
    for (auto it = m_instances.rows.cbegin(); it != m_instances.rows.cend(); ++it)
        m_dirty.insert(it.key());
    return flush();
}

QVector<const Port *> GraphBuilder::portsOf(const QString &deviceId) const
{
    QVector<const Port *> out;
    const auto it = m_portsByDevice.constFind(deviceId);
    if (it == m_portsByDevice.constEnd())
        return out;
    for (const QString &id : *it) {
        if (const Port *p = m_ports.find(id))
            out.append(p);
    }
    // In port id order, as buildGraph() reads them: the first port decides where it is drawn.
    std::sort(out.begin(), out.end(), [](const Port *a, const Port *b) { return a->id < b->id; });
    return out;
}

bool GraphBuilder::computeNode(const QString &id, Node &n, QVector<Edge> &edges) const
{
    n.id = id;
    if (const Network *net = m_networks.find(id)) {
        n.kind = net->external ? Node::Kind::External : Node::Kind::Network;
        n.name = net->name.isEmpty() ? net->id.left(8) : net->name;
        n.projectId = net->projectId;
        n.status = net->status;
        for (const QString &s : m_subnetsByNetwork.value(id)) {
            if (const Subnet *sub = m_subnets.find(s))
                n.details << sub->cidr;
        }
        n.details.sort();
        return true;
    }
    if (const Router *r = m_routers.find(id)) {
        n.kind = Node::Kind::Router;
        n.name = r->name.isEmpty() ? r->id.left(8) : r->name;
        n.projectId = r->projectId;
        n.status = r->status;
        n.details = r->externalIps;
        n.primaryParent = r->externalNetworkId;
        if (!r->externalNetworkId.isEmpty() && m_networks.find(r->externalNetworkId))
            edges.append({id, r->externalNetworkId, Edge::Kind::Gateway, r->externalIps.join(QStringLiteral(", "))});
        for (const Port *p : portsOf(id)) {
            if (!p->isRouterInterface() || !m_networks.find(p->networkId))
                continue;
            edges.append({id, p->networkId, Edge::Kind::Interface, p->ipAddresses().join(QStringLiteral(", "))});
            if (n.primaryParent.isEmpty())
                n.primaryParent = p->networkId;
        }
        return true;
    }
    if (const FloatingIp *f = m_floatingIps.find(id))
        return computeFloatingIp(*f, n, edges);
    if (const InstanceSummary *inst = m_instances.find(id); inst && m_options.showInstances) {
        bool any = false;
        for (const Port *p : portsOf(id)) {
            if (!p->isInstancePort() || !m_networks.find(p->networkId))
                continue;
            if (!any) {
                any = true;
                n.kind = Node::Kind::Instance;
                n.name = inst->name.isEmpty() ? id.left(8) : inst->name;
                n.projectId = inst->projectId;
                n.status = inst->status;
                n.primaryParent = p->networkId;
            }
            n.details << p->ipAddresses();
            edges.append({id, p->networkId, Edge::Kind::Attachment, p->ipAddresses().join(QStringLiteral(", "))});
        }
        if (any)
            return true;
    }
    const Port *p = m_ports.find(id);
    if (!p || !m_networks.find(p->networkId) || p->isRouterInterface() || p->isRouterGateway() || p->isFloatingIp())
        return false;
    n.kind = Node::Kind::Port;
    n.projectId = p->projectId;
    n.status = p->status;
    n.details = p->ipAddresses();
    n.primaryParent = p->networkId;
    const QString label = n.details.join(QStringLiteral(", "));
    if (p->isInstancePort()) {
        if (!m_options.showInstances || m_instances.find(p->deviceId))
            return false; // drawn as its instance (or not at all)
        // Nova no longer knows the device: keep the port, marked, rather than drop it.
        n.name = p->name.isEmpty() ? QCoreApplication::translate("Topology", "port %1").arg(p->id.left(8)) : p->name;
        n.orphan = true;
        edges.append({id, p->networkId, Edge::Kind::Attachment, label});
        return true;
    }
    // DHCP and other service ports.
    n.name = p->deviceOwner.isEmpty() ? QCoreApplication::translate("Topology", "port %1").arg(p->id.left(8))
                                      : p->deviceOwner.section(QLatin1Char(':'), 1);
    n.hidden = !m_options.showServicePorts;
    if (!n.hidden)
        edges.append({id, p->networkId, Edge::Kind::Attachment, label});
    return true;
}

bool GraphBuilder::computeFloatingIp(const FloatingIp &f, Node &n, QVector<Edge> &edges) const
{
    n.kind = Node::Kind::FloatingIp;
    n.name = f.floatingIpAddress;
    n.projectId = f.projectId;
    n.status = f.status;
    n.details = {f.floatingIpAddress};
    const Port *port = f.portId.isEmpty() ? nullptr : m_ports.find(f.portId);
    const QString target = port && m_graph.index.contains(port->deviceId) ? port->deviceId
                           : port && m_graph.index.contains(port->id)     ? port->id
                                                                          : QString();
    if (!target.isEmpty()) {
        if (!f.fixedIpAddress.isEmpty())
            n.details << f.fixedIpAddress;
        n.primaryParent = target;
        edges.append({f.id, target, Edge::Kind::FloatingIp, f.fixedIpAddress});
    } else if (m_networks.find(f.floatingNetworkId)) {
        n.primaryParent = f.floatingNetworkId;
        edges.append({f.id, f.floatingNetworkId, Edge::Kind::FloatingIp, QString()});
    }
    return true;
}

void GraphBuilder::recompute(const QString &id, GraphDiff &diff)
{
    Node node;
    QVector<Edge> edges;
    const bool exists = computeNode(id, node, edges);
    const Node *old = m_graph.node(id);
    const QStringList oldKeys = m_graph.out.value(id);
    if (!exists) {
        if (!old)
            return;
        for (const QString &key : oldKeys) {
            diff.removedEdges.append(*m_graph.edge(key));
            m_graph.removeEdge(key);
        }
        m_graph.removeNode(id);
        diff.removedNodes << id;
        return;
    }
    if (!old) {
        diff.addedNodes << id;
        m_graph.setNode(std::move(node));
    } else if (!(*old == node)) {
        diff.changedNodes << id;
        m_graph.setNode(std::move(node));
    }
    QStringList keys;
    keys.reserve(edges.size());
    for (Edge &e : edges) {
        const QString key = e.key();
        if (keys.contains(key))
            continue; // two ports of one device on one network: one line
        keys << key;
        const Edge *current = m_graph.edge(key);
        if (current && *current == e)
            continue;
        if (current)
            diff.removedEdges.append(*current);
        diff.addedEdges.append(e);
        m_graph.addEdge(std::move(e));
    }
    for (const QString &key : oldKeys) {
        if (keys.contains(key))
            continue;
        diff.removedEdges.append(*m_graph.edge(key));
        m_graph.removeEdge(key);
    }
}

Graph buildGraph(const Snapshot &snapshot, const BuildOptions &options)
{
    GraphBuilder builder(options);
    builder.update(snapshot);
    Graph g = builder.graph();
    std::stable_sort(g.nodes.begin(), g.nodes.end(), nodeLess);
    std::sort(g.edges.begin(), g.edges.end(), [](const Edge &a, const Edge &b) {
        return a.from != b.from ? a.from < b.from : a.to < b.to;
    });
    g.reindex();
    return g;
}

} // namespace Topology
