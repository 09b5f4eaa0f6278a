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
    edgeIndex.clear();
    edgeIndex.reserve(edges.size());
    out.clear();
    in.clear();
    for (int i = 0; i < edges.size(); ++i) {
        const Edge &e = edges.at(i);
        const QString key = e.key();
        edgeIndex.insert(key, i);
        out[e.from].append(key);
        in[e.to].append(key);
    }
}

void Graph::setNode(Node node)
{
    const auto it = index.constFind(node.id);
    if (it != index.constEnd()) {
        nodes[*it] = std::move(node);
        return;
    }
    index.insert(node.id, int(nodes.size()));
    nodes.append(std::move(node));
}

void Graph::removeNode(const QString &id)
{
    const int i = index.value(id, -1);
    if (i < 0)
        return;
    index.remove(id);
    const int last = int(nodes.size()) - 1;
    if (i != last) {
        nodes[i] = std::move(nodes[last]);
        index.insert(nodes.at(i).id, i);
    }
    nodes.removeLast();
}

void Graph::addEdge(Edge edge)
{
    const QString key = edge.key();
    const auto it = edgeIndex.constFind(key);
    if (it != edgeIndex.constEnd()) {
        edges[*it] = std::move(edge);
        return;
    }
    edgeIndex.insert(key, int(edges.size()));
    out[edge.from].append(key);
    in[edge.to].append(key);
    edges.append(std::move(edge));
}

void Graph::removeEdge(const QString &key)
{
    const int i = edgeIndex.value(key, -1);
    if (i < 0)
        return;
    edgeIndex.remove(key);
    const Edge &e = edges.at(i);
    const auto drop = [&key](QHash<QString, QStringList> &adjacency, const QString &node) {
        const auto it = adjacency.find(node);
        if (it == adjacency.end())
            return;
        it->removeOne(key);
        if (it->isEmpty())
            adjacency.erase(it);
    };
    drop(out, e.from);
    drop(in, e.to);
    const int last = int(edges.size()) - 1;
    if (i != last) {
        edges[i] = std::move(edges[last]);
        edgeIndex.insert(edges.at(i).key(), i);
    }
    edges.removeLast();
}

bool nodeLess(const Node &a, const Node &b)
{
    if (a.kind != b.kind)
        return int(a.kind) < int(b.kind);
    if (a.projectId != b.projectId)
        return a.projectId < b.projectId;
    if (a.name != b.name)
        return a.name < b.name;
    return a.id < b.id;
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
    // Graph order is arrival order after in-place refreshes: sort so "next hit" is stable.
    const auto byNode = [&graph](const QString &a, const QString &b) { return nodeLess(*graph.node(a), *graph.node(b)); };
    std::sort(exact.begin(), exact.end(), byNode);
    std::sort(partial.begin(), partial.end(), byNode);
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
