// SPDX-License-Identifier: GPL-3.0-or-later
#include "topology/layout.h"

#include <algorithm>
#include <cmath>
#include <utility>

namespace Topology {

namespace {
constexpr double kExternalY = 0;
constexpr double kRouterY = 160;
constexpr double kNetworkY = 320;
constexpr double kInstanceY = 420;
constexpr int kGroupedColumnsPerRow = 16;

double blockWidth()
{
    return Layout::kBlockColumns * Layout::kCell + Layout::kColumnGap;
}
} // namespace

Layout::Layout(Mode mode, int collapseThreshold)
    : m_mode(mode)
    , m_threshold(collapseThreshold)
{
}

QPointF Layout::columnOrigin(int column) const
{
    if (m_mode == Mode::Layered)
        return {column * blockWidth(), kNetworkY};
    const int row = column / kGroupedColumnsPerRow;
    const int col = column % kGroupedColumnsPerRow;
    const double rowHeight = (kNetworkY - kRouterY) + (kInstanceY - kNetworkY) + kGroupedRows * kCell + kColumnGap;
    return {col * blockWidth(), kNetworkY + row * rowHeight};
}

QPointF Layout::cellPosition(const Block &block, int cell) const
{
    return {block.origin.x() + (cell % kBlockColumns) * kCell, block.origin.y() + (kInstanceY - kNetworkY)
                                                                   + (cell / kBlockColumns) * kCell};
}

Layout::Known Layout::knownOf(const Node &n)
{
    Known k;
    k.kind = n.kind;
    k.member = !n.hidden && (n.kind == Node::Kind::Instance || n.kind == Node::Kind::Port);
    if (k.member || n.kind == Node::Kind::FloatingIp)
        k.parent = n.primaryParent;
    return k;
}

void Layout::setPos(const QString &id, const QPointF &at)
{
    auto it = m_pos.find(id);
    if (it == m_pos.end()) {
        m_pos.insert(id, at);
        m_placedNow << id;
        m_touched.insert(id);
    } else if (*it != at) {
        *it = at;
        m_touched.insert(id);
    }
}

void Layout::unplace(const QString &id)
{
    if (!m_pos.remove(id))
        return;
    m_touched.insert(id);
    const auto cell = m_cellOf.constFind(id);
    if (cell == m_cellOf.constEnd())
        return;
    const auto block = m_blocks.find(m_known.value(id).parent);
    if (block != m_blocks.end() && *cell < block->cells.size())
        block->cells[*cell] = QString(); // freed without moving anyone else
    m_cellOf.erase(cell);
}

void Layout::forget(const QString &id)
{
    const auto it = m_known.constFind(id);
    if (it == m_known.constEnd())
        return;
    unplace(id);
    const Known k = *it;
    m_known.erase(it);
    if (k.member) {
        const auto m = m_members.find(k.parent);
        if (m != m_members.end())
            m->remove(id);
    }
    if (k.kind == Node::Kind::FloatingIp) {
        const auto f = m_followers.find(k.parent);
        if (f != m_followers.end()) {
            f->removeOne(id);
            if (f->isEmpty())
                m_followers.erase(f);
        }
    }
    if (k.kind == Node::Kind::Network)
        m_blocks.remove(id); // its column stays used: neighbours never shift
}

void Layout::placeMember(const QString &id, const QString &networkId)
{
    if (m_pos.contains(id))
        return;
    Block &block = m_blocks[networkId];
    int cell = int(block.cells.indexOf(QString()));
    if (cell < 0) {
        cell = int(block.cells.size());
        block.cells.append(id);
    } else {
        block.cells[cell] = id;
    }
    m_cellOf.insert(id, cell);
    setPos(id, cellPosition(block, cell));
}

// Places or unplaces the members of one network as its collapse state says, new ones in node order.
void Layout::placeMembers(const Graph &graph, const QString &networkId)
{
    if (!m_blocks.contains(networkId))
        return;
    const QSet<QString> members = m_members.value(networkId);
    if (collapsedFor(networkId)) {
        for (const QString &id : members)
            unplace(id);
        return;
    }
    QVector<const Node *> waiting;
    for (const QString &id : members) {
        const Node *n = graph.node(id);
        if (n && !m_pos.contains(id))
            waiting.append(n);
    }
    std::sort(waiting.begin(), waiting.end(), [](const Node *a, const Node *b) { return nodeLess(*a, *b); });
    for (const Node *n : std::as_const(waiting))
        placeMember(n->id, networkId);
}

void Layout::placeFloatingIp(const Graph &graph, const Node &n)
{
    const Node *parent = graph.node(n.primaryParent);
    if (parent && parent->kind != Node::Kind::External) {
        QStringList &followers = m_followers[n.primaryParent];
        if (!followers.contains(n.id))
            followers.append(n.id);
        // Beside what it points at; gone with it when that is collapsed away.
        const auto at = m_pos.constFind(n.primaryParent);
        if (at != m_pos.constEnd())
            setPos(n.id, *at + QPointF(kCell * 0.35, -kCell * 0.35));
        else
            unplace(n.id);
        return;
    }
    if (m_pos.contains(n.id))
        return;
    // Free: in a row under its external network.
    const QPointF base = parent ? m_pos.value(parent->id) : QPointF();
    setPos(n.id, base + QPointF(kCell * (1 + m_nextLoose % kBlockColumns),
                                kCell * 0.8 + kCell * 0.6 * (m_nextLoose / kBlockColumns)));
    ++m_nextLoose;
}

// Floating IPs follow the nodes that were placed, moved or unplaced in this change.
void Layout::followParents(const Graph &graph)
{
    const QSet<QString> moved = m_touched;
    for (const QString &id : moved) {
        const auto f = m_followers.constFind(id);
        if (f == m_followers.constEnd())
            continue;
        for (const QString &fip : *f) {
            if (const Node *n = graph.node(fip))
                placeFloatingIp(graph, *n);
        }
    }
}

bool Layout::collapsedFor(const QString &networkId)
{
    if (m_expanded.contains(networkId))
        return false;
    const int limit = m_mode == Mode::Grouped ? std::min(m_threshold, kGroupedRows * kBlockColumns) : m_threshold;
    if (m_members.value(networkId).size() > limit)
        m_collapsed.insert(networkId);
    return m_collapsed.contains(networkId);
}

int Layout::hiddenCount(const QString &networkId) const
{
    return m_collapsed.contains(networkId) && m_blocks.contains(networkId) ? int(m_members.value(networkId).size()) : 0;
}

QStringList Layout::takeTouched()
{
    QStringList out(m_touched.cbegin(), m_touched.cend());
    m_touched.clear();
    return out;
}

QStringList Layout::place(const Graph &graph)
{
    GraphDiff d;
    for (auto it = m_known.cbegin(); it != m_known.cend(); ++it) {
        if (!graph.index.contains(it.key()))
            d.removedNodes << it.key();
    }
    for (const Node &n : graph.nodes) {
        const auto it = m_known.constFind(n.id);
        if (it == m_known.constEnd())
            d.addedNodes << n.id;
        else if (!(*it == knownOf(n)))
            d.changedNodes << n.id;
    }
    apply(graph, d);
    return std::exchange(m_placedNow, {});
}

QStringList Layout::apply(const Graph &graph, const GraphDiff &diff)
{
    m_placedNow.clear();
    for (const QString &id : diff.removedNodes)
        forget(id);
    // A node that changed where it belongs (another network, shown/hidden) is placed anew; any
    // other change (name, status, addresses) moves nothing.
    QVector<const Node *> added;
    added.reserve(diff.addedNodes.size());
    for (const QString &id : diff.addedNodes) {
        if (const Node *n = graph.node(id))
            added.append(n);
    }
    for (const QString &id : diff.changedNodes) {
        const Node *n = graph.node(id);
        const auto it = m_known.constFind(id);
        if (!n || (it != m_known.constEnd() && *it == knownOf(*n)))
            continue;
        forget(id);
        added.append(n);
    }
    // Members first (placeMembers() orders them per network); the rest in node order.
    const auto rest = std::partition(added.begin(), added.end(), [](const Node *n) {
        return !n->hidden && (n->kind == Node::Kind::Instance || n->kind == Node::Kind::Port);
    });
    std::sort(rest, added.end(), [](const Node *a, const Node *b) { return nodeLess(*a, *b); });
    for (const Node *n : std::as_const(added))
        m_known.insert(n->id, knownOf(*n));

    QSet<QString> networksWithNewMembers;
    // Networks, in node order: each new one takes the next free column.
    for (const Node *n : std::as_const(added)) {
        if (n->kind == Node::Kind::Network && !m_blocks.contains(n->id)) {
            Block b;
            b.column = m_nextColumn++;
            b.origin = columnOrigin(b.column);
            m_blocks.insert(n->id, b);
            setPos(n->id, b.origin);
            networksWithNewMembers.insert(n->id); // members known before it had a place
        } else if (n->kind == Node::Kind::External && !m_pos.contains(n->id)) {
            setPos(n->id, {m_nextExternal++ * blockWidth() * 2, kExternalY});
        }
    }
    // Routers above the first network they serve; routers serving none take a free column.
    for (const Node *n : std::as_const(added)) {
        if (n->kind != Node::Kind::Router || m_pos.contains(n->id))
            continue;
        QString network;
        for (const QString &key : graph.out.value(n->id)) {
            const Edge *e = graph.edge(key);
            if (e && e->kind == Edge::Kind::Interface && m_blocks.contains(e->to) && (network.isEmpty() || e->to < network))
                network = e->to;
        }
        if (network.isEmpty()) {
            const QPointF o = columnOrigin(m_nextColumn++);
            setPos(n->id, {o.x(), o.y() - (kNetworkY - kRouterY)});
        } else {
            Block &b = m_blocks[network];
            setPos(n->id, {b.origin.x() + (b.routers++ % kBlockColumns) * kCell, b.origin.y() - (kNetworkY - kRouterY)});
        }
    }
    // Instances and ports under their network, unless it is (now) collapsed.
    for (const Node *n : std::as_const(added)) {
        const Known &k = m_known[n->id];
        if (k.member) {
            m_members[k.parent].insert(n->id);
            networksWithNewMembers.insert(k.parent);
        }
    }
    QVector<QString> networks(networksWithNewMembers.cbegin(), networksWithNewMembers.cend());
    std::sort(networks.begin(), networks.end());
    for (const QString &network : std::as_const(networks))
        placeMembers(graph, network);
    // Floating IPs next to what they point at; free ones in a row under their external network.
    for (const Node *n : std::as_const(added)) {
        if (n->kind == Node::Kind::FloatingIp)
            placeFloatingIp(graph, *n);
    }
    followParents(graph);
    return takeTouched();
}

QStringList Layout::expand(const Graph &graph, const QString &networkId)
{
    m_placedNow.clear();
    m_collapsed.remove(networkId);
    m_expanded.insert(networkId);
    placeMembers(graph, networkId);
    followParents(graph);
    return takeTouched();
}

QStringList Layout::collapse(const Graph &graph, const QString &networkId)
{
    m_placedNow.clear();
    m_expanded.remove(networkId);
    m_collapsed.insert(networkId);
    placeMembers(graph, networkId);
    followParents(graph);
    return takeTouched();
}

QRectF Layout::bounds() const
{
    QRectF r;
    for (auto it = m_pos.cbegin(); it != m_pos.cend(); ++it)
        r |= QRectF(it.value() - QPointF(kCell, kCell), QSizeF(2 * kCell, 2 * kCell));
    return r;
}

} // namespace Topology
