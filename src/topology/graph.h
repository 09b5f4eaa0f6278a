// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "openstack/network/floatingip.h"
#include "openstack/network/instancesummary.h"
#include "openstack/network/network.h"
#include "openstack/network/port.h"
#include "openstack/network/router.h"
#include "openstack/network/subnet.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

namespace Topology {

// What the services said, in one piece: the input of buildGraph().
struct Snapshot
{
    QVector<OpenStack::Network::Network> networks;
    QVector<OpenStack::Network::Subnet> subnets;
    QVector<OpenStack::Network::Router> routers;
    QVector<OpenStack::Network::Port> ports;
    QVector<OpenStack::Network::FloatingIp> floatingIps;
    QVector<OpenStack::Network::InstanceSummary> instances;
};

struct Node
{
    enum class Kind { External, Router, Network, Instance, FloatingIp, Port };

    QString id;      // the resource id (instance: server id; orphaned port: port id)
    Kind kind = Kind::Network;
    QString name;
    QString projectId;
    QString status;
    QStringList details;   // CIDRs of a network, IPs of an instance, external IPs of a router
    QString primaryParent; // the network an instance, port or floating IP is drawn under
    bool orphan = false;   // a port whose device no longer exists
    bool hidden = false;   // DHCP / service ports when hidden by the options

    bool operator==(const Node &) const = default;
};

struct Edge
{
    enum class Kind { Gateway, Interface, Attachment, FloatingIp };

    QString from;
    QString to;
    Kind kind = Kind::Attachment;
    QString label; // the IP address on that link

    QString key() const { return from + QLatin1Char('>') + to; }
    bool operator==(const Edge &) const = default;
};

// Nodes and edges with indexes by id / edge key and adjacency, so a refresh can change one node or
// edge in place (GraphBuilder) without rebuilding anything. buildGraph() returns them in a
// deterministic order (by kind, then project, name, id; edges by from, to); after in-place changes
// the order is arrival order (a removal moves the last element into the gap), so whoever needs a
// stable order sorts with nodeLess() (exports, search hits, layout of new nodes).
struct Graph
{
    QVector<Node> nodes;
    QVector<Edge> edges;
    QHash<QString, int> index;          // node id → position in nodes
    QHash<QString, int> edgeIndex;      // edge key → position in edges
    QHash<QString, QStringList> out;    // node id → keys of the edges from it
    QHash<QString, QStringList> in;     // node id → keys of the edges to it

    const Node *node(const QString &id) const
    {
        const int i = index.value(id, -1);
        return i < 0 ? nullptr : &nodes.at(i);
    }
    const Edge *edge(const QString &key) const
    {
        const int i = edgeIndex.value(key, -1);
        return i < 0 ? nullptr : &edges.at(i);
    }
    int count(Node::Kind kind) const;
    // Rebuilds every index from nodes and edges (after bulk changes to the vectors).
    void reindex();

    // In-place changes, each O(1) on average plus the node's degree.
    void setNode(Node node);             // adds or replaces by id
    void removeNode(const QString &id);  // the node only: its edges are the caller's business
    void addEdge(Edge edge);             // replaces an edge with the same key
    void removeEdge(const QString &key);
};

// The deterministic node order: kind, then project, name, id.
bool nodeLess(const Node &a, const Node &b);

struct BuildOptions
{
    bool showServicePorts = false; // DHCP and other network:* ports not tied to a router
    bool showInstances = true;
};

// The graph of a snapshot: external networks, routers (gateway edge to their external network,
// interface edges to the networks of their subnets), tenant networks labelled with their CIDRs,
// instances by their ports, floating IPs on the instance they point at (or on their external
// network when free). A compute port whose instance Nova no longer knows is kept as an orphaned
// port node. Pure and deterministic: the same snapshot gives the same graph.
Graph buildGraph(const Snapshot &snapshot, const BuildOptions &options = {});

// Changes between two graphs, by id.
struct GraphDiff
{
    QStringList addedNodes;
    QStringList removedNodes;
    QStringList changedNodes;
    QVector<Edge> addedEdges;
    QVector<Edge> removedEdges;

    bool isEmpty() const
    {
        return addedNodes.isEmpty() && removedNodes.isEmpty() && changedNodes.isEmpty() && addedEdges.isEmpty()
               && removedEdges.isEmpty();
    }
};
GraphDiff diffGraphs(const Graph &before, const Graph &after);

// Node ids whose name, id (prefix), or any detail (IP, CIDR) contains `text` (case-insensitive);
// exact id and exact IP matches first.
QStringList searchNodes(const Graph &graph, const QString &text);

// The path of an instance out of the cloud: its networks, the routers on them, their external
// networks, and its floating IPs. Node ids (the instance first) and the edges between them.
struct Path
{
    QStringList nodes;
    QVector<Edge> edges;
};
Path tracePath(const Graph &graph, const QString &instanceId);

QString kindKey(Node::Kind kind);     // "external_network", "router", …
QString edgeKindKey(Edge::Kind kind); // "gateway", "interface", …

} // namespace Topology
