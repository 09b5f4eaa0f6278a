// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "topology/graph.h"

#include <QHash>
#include <QSet>

namespace Topology {

// Keeps a Graph up to date with the services' answers, changing only what changed.
//
// update() compares each fetched record with the one it replaces, by id (one hash lookup and one
// comparison per record: the only work proportional to the cloud's size), works out which nodes
// those records feed (a port feeds its instance or its own node, its router's interfaces and the
// floating IPs on it; a subnet feeds its network's CIDRs; a network that appears or goes feeds
// everything on it), recomputes just those nodes and their outgoing edges, and changes the graph
// in place. The GraphDiff it returns names every node and edge that changed, so the layout and
// the map can follow without looking at the rest.
//
// The graph equals buildGraph() of the same snapshot up to order (see Graph). Not thread-safe;
// graph() stays the same object for the builder's lifetime.
class GraphBuilder
{
public:
    explicit GraphBuilder(const BuildOptions &options = {});

    const Graph &graph() const { return m_graph; }
    const BuildOptions &options() const { return m_options; }

    GraphDiff update(const Snapshot &snapshot);
    // Recomputes every node under the new options (instances / service ports shown or hidden).
    GraphDiff setOptions(const BuildOptions &options);

private:
    template<typename T>
    struct Table
    {
        struct Row
        {
            T record;
            quint32 seen = 0;
        };
        QHash<QString, Row> rows;
        const T *find(const QString &id) const
        {
            const auto it = rows.constFind(id);
            return it == rows.constEnd() ? nullptr : &it->record;
        }
    };
    template<typename T, typename Changed>
    void merge(Table<T> &table, const QVector<T> &next, Changed changed);

    void markPort(const OpenStack::Network::Port &port);
    void markInstance(const QString &id);
    void markNetwork(const QString &id, bool structural);
    GraphDiff flush();
    void recompute(const QString &id, GraphDiff &diff);
    bool computeNode(const QString &id, Node &node, QVector<Edge> &edges) const;
    bool computeFloatingIp(const OpenStack::Network::FloatingIp &f, Node &node, QVector<Edge> &edges) const;
    QVector<const OpenStack::Network::Port *> portsOf(const QString &deviceId) const;

    BuildOptions m_options;
    Graph m_graph;
    quint32 m_stamp = 0;
    Table<OpenStack::Network::Network> m_networks;
    Table<OpenStack::Network::Subnet> m_subnets;
    Table<OpenStack::Network::Router> m_routers;
    Table<OpenStack::Network::Port> m_ports;
    Table<OpenStack::Network::FloatingIp> m_floatingIps;
    Table<OpenStack::Network::InstanceSummary> m_instances;
    // Reverse indexes: which records to look at when another one changes. Lists, not sets: they
    // are short, and iterating a tiny QSet walks a whole hash span.
    using Index = QHash<QString, QStringList>;
    Index m_subnetsByNetwork;
    Index m_portsByNetwork;
    Index m_portsByDevice;
    Index m_routersByExternal;
    Index m_floatingIpsByPort;
    Index m_floatingIpsByNetwork;
    // Work of the update in progress: node ids to recompute; floating IPs last (they point at
    // whichever node their port's device became).
    QSet<QString> m_dirty;
    QSet<QString> m_dirtyFloatingIps;
};

} // namespace Topology
