// SPDX-License-Identifier: GPL-3.0-or-later
#include "topology/layout.h"

#include <cmath>

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

void Layout::placeInBlock(Block &block, const QString &id)
{
    int cell = int(block.cells.indexOf(QString()));
    if (cell < 0) {
        cell = int(block.cells.size());
        block.cells.append(id);
    } else {
        block.cells[cell] = id;
    }
    m_pos.insert(id, cellPosition(block, cell));
}

bool Layout::collapsedFor(const Graph &, const QString &networkId, int members)
{
    if (m_expanded.contains(networkId))
        return false;
    const int limit = m_mode == Mode::Grouped ? std::min(m_threshold, kGroupedRows * kBlockColumns) : m_threshold;
    if (members > limit)
        m_collapsed.insert(networkId);
    return m_collapsed.contains(networkId);
}

QStringList Layout::place(const Graph &graph)
{
    QStringList placed;
    // Forget what is gone; free its cell without moving anyone else.
    for (auto it = m_pos.begin(); it != m_pos.end();) {
        if (graph.index.contains(it.key())) {
            ++it;
            continue;
        }
        const QString owner = m_cellOwner.take(it.key());
        if (!owner.isEmpty() && m_blocks.contains(owner)) {
            Block &b = m_blocks[owner];
            const int cell = int(b.cells.indexOf(it.key()));
            if (cell >= 0)
                b.cells[cell] = QString();
        }
        it = m_pos.erase(it);
    }
    for (auto it = m_blocks.begin(); it != m_blocks.end();) {
        if (graph.index.contains(it.key())) {
            ++it;
            continue;
        }
        it = m_blocks.erase(it); // its column stays used: neighbours never shift
    }

    // Members per network (instances and visible ports drawn under it).
    QHash<QString, QVector<const Node *>> members;
    for (const Node &n : graph.nodes) {
        if (!n.hidden && (n.kind == Node::Kind::Instance || n.kind == Node::Kind::Port))
            members[n.primaryParent].append(&n);
    }

    // Networks, in graph order: each new one takes the next free column.
    for (const Node &n : graph.nodes) {
        if (n.kind != Node::Kind::Network || m_blocks.contains(n.id))
            continue;
        Block b;
        b.column = m_nextColumn++;
        m_usedColumns.insert(b.column);
        b.origin = columnOrigin(b.column);
        m_blocks.insert(n.id, b);
        m_pos.insert(n.id, b.origin);
        placed << n.id;
    }
    // External networks along the top.
    for (const Node &n : graph.nodes) {
        if (n.kind != Node::Kind::External || m_pos.contains(n.id))
            continue;
        m_pos.insert(n.id, {m_nextExternal++ * blockWidth() * 2, kExternalY});
        placed << n.id;
    }
    // Routers above the first network they serve; routers serving none take a free column.
    QHash<QString, QString> firstNetwork;
    for (const Edge &e : graph.edges) {
        if (e.kind == Edge::Kind::Interface && m_blocks.contains(e.to) && !firstNetwork.contains(e.from))
            firstNetwork.insert(e.from, e.to);
    }
    for (const Node &n : graph.nodes) {
        if (n.kind != Node::Kind::Router || m_pos.contains(n.id))
            continue;
        const QString network = firstNetwork.value(n.id);
        if (network.isEmpty()) {
            const int column = m_nextColumn++;
            m_usedColumns.insert(column);
            const QPointF o = columnOrigin(column);
            m_pos.insert(n.id, {o.x(), o.y() - (kNetworkY - kRouterY)});
        } else {
            Block &b = m_blocks[network];
            m_pos.insert(n.id, {b.origin.x() + (b.routers++ % kBlockColumns) * kCell,
                                b.origin.y() - (kNetworkY - kRouterY)});
        }
        placed << n.id;
    }
    // Instances and ports under their network, unless it is collapsed.
    m_hiddenCount.clear();
    for (auto it = members.cbegin(); it != members.cend(); ++it) {
        if (!m_blocks.contains(it.key()))
            continue;
        if (collapsedFor(graph, it.key(), int(it->size()))) {
            m_hiddenCount.insert(it.key(), int(it->size()));
            for (const Node *n : *it) {
                if (m_pos.contains(n->id)) {
                    Block &b = m_blocks[it.key()];
                    const int cell = int(b.cells.indexOf(n->id));
                    if (cell >= 0)
                        b.cells[cell] = QString();
                    m_pos.remove(n->id);
                    m_cellOwner.remove(n->id);
                }
            }
            continue;
        }
        Block &b = m_blocks[it.key()];
        for (const Node *n : *it) {
            if (m_pos.contains(n->id))
                continue;
            placeInBlock(b, n->id);
            m_cellOwner.insert(n->id, it.key());
            placed << n->id;
        }
    }
    // Floating IPs next to what they point at; free ones in a row under their external network.
    for (const Node &n : graph.nodes) {
        if (n.kind != Node::Kind::FloatingIp)
            continue;
        const Node *parent = graph.node(n.primaryParent);
        const bool onInstance = parent && parent->kind != Node::Kind::External;
        if (onInstance && m_pos.contains(n.primaryParent)) {
            // Follows its instance (recomputed so it moves only if the instance were re-placed).
            const QPointF at = m_pos.value(n.primaryParent) + QPointF(kCell * 0.35, -kCell * 0.35);
            if (m_pos.value(n.id) != at || !m_pos.contains(n.id)) {
                if (!m_pos.contains(n.id))
                    placed << n.id;
                m_pos.insert(n.id, at);
            }
        } else if (onInstance) {
            m_pos.remove(n.id); // its instance is collapsed away
        } else if (!m_pos.contains(n.id)) {
            const QPointF base = parent ? m_pos.value(parent->id) : QPointF();
            m_pos.insert(n.id, base + QPointF(kCell * (1 + m_nextLoose % kBlockColumns), kCell * 0.8 + kCell * 0.6 * (m_nextLoose / kBlockColumns)));
            ++m_nextLoose;
            placed << n.id;
        }
    }
    return placed;
}

void Layout::expand(const Graph &graph, const QString &networkId)
{
    m_collapsed.remove(networkId);
    m_expanded.insert(networkId);
    place(graph);
}

void Layout::collapse(const Graph &graph, const QString &networkId)
{
    m_expanded.remove(networkId);
    m_collapsed.insert(networkId);
    place(graph);
}

QRectF Layout::bounds() const
{
    QRectF r;
    for (auto it = m_pos.cbegin(); it != m_pos.cend(); ++it)
        r |= QRectF(it.value() - QPointF(kCell, kCell), QSizeF(2 * kCell, 2 * kCell));
    return r;
}

} // namespace Topology
