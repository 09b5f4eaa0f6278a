// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/topology/maprenderer.h"

#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>

namespace Ui {

using Topology::Edge;
using Topology::Node;

namespace {

constexpr double kGridCell = 512;

quint64 cellKey(int x, int y)
{
    return (quint64(quint32(x)) << 32) | quint32(y);
}

QColor kindColour(Node::Kind kind)
{
    switch (kind) {
    case Node::Kind::External:
        return {0x2b, 0x6c, 0xb0};
    case Node::Kind::Router:
        return {0x1f, 0x8a, 0x70};
    case Node::Kind::Network:
        return {0x55, 0x60, 0x6e};
    case Node::Kind::Instance:
        return {0x4a, 0x7a, 0xd0};
    case Node::Kind::FloatingIp:
        return {0xd0, 0x8a, 0x1c};
    case Node::Kind::Port:
        return {0x99, 0x99, 0x99};
    }
    return Qt::gray;
}

QColor edgeColour(Edge::Kind kind)
{
    switch (kind) {
    case Edge::Kind::Gateway:
        return {0x2b, 0x6c, 0xb0};
    case Edge::Kind::Interface:
        return {0x1f, 0x8a, 0x70};
    case Edge::Kind::Attachment:
        return {0xb8, 0xc0, 0xcc};
    case Edge::Kind::FloatingIp:
        return {0xd0, 0x8a, 0x1c};
    }
    return Qt::gray;
}

} // namespace

QColor MapRenderer::projectColour(const QString &projectId)
{
    if (projectId.isEmpty())
        return kindColour(Node::Kind::Instance);
    const uint h = qHash(projectId, 7u);
    return QColor::fromHsv(int(h % 360), 120 + int((h >> 9) % 60), 170 + int((h >> 17) % 50));
}

QRectF MapRenderer::nodeRect(Node::Kind kind, const QPointF &c)
{
    switch (kind) {
    case Node::Kind::External:
        return {c.x() - 110, c.y() - 18, 220, 36};
    case Node::Kind::Router:
        return {c.x() - 22, c.y() - 22, 44, 44};
    case Node::Kind::Network:
        return {c.x() - 20, c.y() - 16, Topology::Layout::kBlockColumns * Topology::Layout::kCell - 24, 32};
    case Node::Kind::Instance:
    case Node::Kind::Port:
        return {c.x() - 18, c.y() - 18, 36, 36};
    case Node::Kind::FloatingIp:
        return {c.x() - 8, c.y() - 8, 16, 16};
    }
    return {c, QSizeF(1, 1)};
}

void MapRenderer::setGraph(const Topology::Graph *graph, const Topology::Layout *layout)
{
    m_graph = graph;
    m_layout = layout;
    reindex();
}

void MapRenderer::reindex()
{
    m_grid.clear();
    m_bounds = {};
    m_nodes.clear();
    m_nodeSlot.clear();
    m_freeNodes.clear();
    m_edges.clear();
    m_edgeSlot.clear();
    m_freeEdges.clear();
    m_paintCount = 0;
    if (!m_graph || !m_layout)
        return;
    m_nodes.reserve(m_graph->nodes.size());
    m_nodeSlot.reserve(m_graph->nodes.size());
    // No two nodes share a place and floating IPs are painted last, so slot order does not show.
    for (const Node &n : m_graph->nodes)
        syncNode(n.id);
    m_edges.reserve(m_graph->edges.size());
    m_edgeSlot.reserve(m_graph->edges.size());
    for (const Edge &e : m_graph->edges)
        syncEdge(e.key());
}

void MapRenderer::update(const QStringList &nodes, const Topology::GraphDiff &diff)
{
    if (!m_graph || !m_layout)
        return;
    for (const QString &id : nodes)
        syncNode(id);
    QSet<QString> edges;
    for (const Edge &e : diff.removedEdges)
        edges.insert(e.key());
    for (const Edge &e : diff.addedEdges)
        edges.insert(e.key());
    for (const QString &id : nodes) {
        for (const QString &key : m_graph->out.value(id))
            edges.insert(key);
        for (const QString &key : m_graph->in.value(id))
            edges.insert(key);
    }
    for (const QString &key : std::as_const(edges))
        syncEdge(key);
}

void MapRenderer::grid(int slot, bool add)
{
    const NodeSlot &s = m_nodes.at(slot);
    const QRectF r = nodeRect(s.node.kind, s.pos);
    const int x0 = int(std::floor(r.left() / kGridCell));
    const int x1 = int(std::floor(r.right() / kGridCell));
    const int y0 = int(std::floor(r.top() / kGridCell));
    const int y1 = int(std::floor(r.bottom() / kGridCell));
    for (int x = x0; x <= x1; ++x) {
        for (int y = y0; y <= y1; ++y) {
            if (add) {
                m_grid[cellKey(x, y)].append(slot);
                continue;
            }
            const auto it = m_grid.find(cellKey(x, y));
            if (it == m_grid.end())
                continue;
            it->removeOne(slot);
            if (it->isEmpty())
                m_grid.erase(it);
        }
    }
    if (add)
        m_bounds |= r.adjusted(-40, -40, 40, 80);
}

void MapRenderer::syncNode(const QString &id)
{
    int slot = m_nodeSlot.value(id, -1);
    if (slot >= 0 && m_nodes.at(slot).placed)
        grid(slot, false);
    const Node *n = m_graph->node(id);
    if (!n) {
        if (slot >= 0) {
            m_nodes[slot] = NodeSlot();
            m_freeNodes.append(slot);
            m_nodeSlot.remove(id);
        }
        return;
    }
    if (slot < 0) {
        if (m_freeNodes.isEmpty()) {
            slot = int(m_nodes.size());
            m_nodes.append(NodeSlot());
            m_stamp.append(0);
        } else {
            slot = m_freeNodes.takeLast();
        }
        m_nodeSlot.insert(id, slot);
    }
    NodeSlot &s = m_nodes[slot];
    s.node = *n;
    s.alive = true;
    const auto pos = m_layout->positions().constFind(id);
    s.placed = !n->hidden && pos != m_layout->positions().constEnd();
    s.pos = s.placed ? *pos : QPointF();
    if (s.placed)
        grid(slot, true);
}

void MapRenderer::syncEdge(const QString &key)
{
    int slot = m_edgeSlot.value(key, -1);
    const Edge *e = m_graph->edge(key);
    if (!e) {
        if (slot >= 0) {
            m_edges[slot] = EdgeSlot();
            m_freeEdges.append(slot);
            m_edgeSlot.remove(key);
        }
        return;
    }
    if (slot < 0) {
        if (m_freeEdges.isEmpty()) {
            slot = int(m_edges.size());
            m_edges.append(EdgeSlot());
        } else {
            slot = m_freeEdges.takeLast();
        }
        m_edgeSlot.insert(key, slot);
    }
    EdgeSlot &s = m_edges[slot];
    s.edge = *e;
    s.key = key;
    s.alive = true;
    const int a = m_nodeSlot.value(e->from, -1);
    const int b = m_nodeSlot.value(e->to, -1);
    s.placed = a >= 0 && b >= 0 && m_nodes.at(a).placed && m_nodes.at(b).placed;
    s.line = s.placed ? QLineF(m_nodes.at(a).pos, m_nodes.at(b).pos) : QLineF();
}

QString MapRenderer::nodeAt(const QPointF &pos, bool *badge) const
{
    if (badge)
        *badge = false;
    if (!m_graph || !m_layout)
        return {};
    const auto it = m_grid.constFind(cellKey(int(std::floor(pos.x() / kGridCell)), int(std::floor(pos.y() / kGridCell))));
    if (it == m_grid.constEnd())
        return {};
    QString best;
    int bestKind = -1;
    for (int i : *it) {
        const Node &n = m_nodes.at(i).node;
        const QPointF c = m_nodes.at(i).pos;
        if (n.kind == Node::Kind::Network && m_layout->isCollapsed(n.id)
            && QRectF(c.x() - 20, c.y() + 24, 120, 40).contains(pos)) {
            if (badge)
                *badge = true;
            return n.id;
        }
        // Small nodes on top of big ones win (a floating IP badge over its instance).
        if (nodeRect(n.kind, c).adjusted(-4, -4, 4, 4).contains(pos) && int(n.kind) > bestKind) {
            best = n.id;
            bestKind = int(n.kind);
        }
    }
    return best;
}

void MapRenderer::paint(QPainter *painter, const QRectF &exposed, double lod) const
{
    if (!m_graph || !m_layout)
        return;
    const bool detailed = lod >= 0.45;
    const bool tiny = lod < 0.12;
    painter->setRenderHint(QPainter::Antialiasing, lod >= 0.3);

    // Edges, batched per kind; traced edges on top.
    QVector<QLineF> lines[4]; // per Edge::Kind, drawn in that order
    QVector<QLineF> traced;
    const bool everything = exposed.contains(m_bounds);
    for (const EdgeSlot &slot : m_edges) {
        if (!slot.placed)
            continue;
        const Edge &e = slot.edge;
        const QLineF &l = slot.line;
        if (!everything && !exposed.intersects(QRectF(l.p1(), l.p2()).normalized().adjusted(-2, -2, 2, 2)))
            continue;
        if (e.kind == Edge::Kind::Attachment && tiny)
            continue; // instances sit under their network: at overview the block says it
        if (!m_state.pathEdges.isEmpty() && m_state.pathEdges.contains(slot.key))
            traced.append(l);
        else
            lines[int(e.kind) & 3].append(l);
    }
    for (int kind = 0; kind < 4; ++kind) {
        if (lines[kind].isEmpty())
            continue;
        QPen pen(edgeColour(Edge::Kind(kind)), kind == int(Edge::Kind::Attachment) ? 1.5 : 3);
        if (tiny) {
            pen.setCosmetic(true);
            pen.setWidthF(1);
        }
        painter->setPen(pen);
        painter->drawLines(lines[kind]);
    }
    if (!traced.isEmpty()) {
        QPen pen(QColor(0xe0, 0x3c, 0x31), 6);
        pen.setCosmetic(tiny);
        painter->setPen(pen);
        painter->drawLines(traced);
    }

    // Nodes visible in the exposed rectangle: all of them, or those of the grid cells it covers.
    QVector<int> visible;
    if (everything) {
        visible.reserve(m_nodes.size());
        for (int i = 0; i < m_nodes.size(); ++i) {
            if (m_nodes.at(i).placed)
                visible.append(i);
        }
    } else {
        const quint32 stamp = ++m_paintCount;
        const int x0 = int(std::floor(exposed.left() / kGridCell));
        const int x1 = int(std::floor(exposed.right() / kGridCell));
        const int y0 = int(std::floor(exposed.top() / kGridCell));
        const int y1 = int(std::floor(exposed.bottom() / kGridCell));
        const auto take = [&](const QVector<int> &cell) {
            for (int i : cell) {
                if (m_stamp.at(i) != stamp) {
                    m_stamp[i] = stamp;
                    visible.append(i);
                }
            }
        };
        if (qint64(x1 - x0 + 1) * (y1 - y0 + 1) > m_grid.size()) {
            for (auto it = m_grid.cbegin(); it != m_grid.cend(); ++it)
                take(*it);
        } else {
            for (int x = x0; x <= x1; ++x) {
                for (int y = y0; y <= y1; ++y) {
                    const auto it = m_grid.constFind(cellKey(x, y));
                    if (it != m_grid.constEnd())
                        take(*it);
                }
            }
        }
    }

    // Floating IPs last: they sit on the corner of their instance. Zoomed in, labels may overlap
    // their neighbours': draw in node order so the picture does not depend on slot history (only
    // the nodes in view are sorted; at overview small nodes are batched and unlabelled).
    if (detailed) {
        const auto rank = [](Node::Kind k) { return k == Node::Kind::FloatingIp ? 100 : int(k); };
        std::sort(visible.begin(), visible.end(), [this, rank](int a, int b) {
            const Node &x = m_nodes.at(a).node;
            const Node &y = m_nodes.at(b).node;
            return rank(x.kind) != rank(y.kind) ? rank(x.kind) < rank(y.kind) : x.id < y.id;
        });
    } else {
        std::stable_partition(visible.begin(), visible.end(),
                              [this](int i) { return m_nodes.at(i).node.kind != Node::Kind::FloatingIp; });
    }

    // Small nodes: batched rectangles per colour at overview, shapes when zoomed in.
    QHash<QRgb, QVector<QRectF>> smallRects;
    QVector<QRectF> floatingRects;
    QFont font = painter->font();
    font.setPixelSize(14);
    painter->setFont(font);
    for (int i : std::as_const(visible)) {
        const Node &n = m_nodes.at(i).node;
        const QPointF c = m_nodes.at(i).pos;
        const QRectF r = nodeRect(n.kind, c);
        if (!everything && !exposed.intersects(r.adjusted(-60, -20, 60, 60)))
            continue;
        const bool small = n.kind == Node::Kind::Instance || n.kind == Node::Kind::Port || n.kind == Node::Kind::FloatingIp;
        QColor fill = n.kind == Node::Kind::Instance && m_state.colourByProject ? projectColour(n.projectId)
                                                                                 : kindColour(n.kind);
        if (n.orphan)
            fill = QColor(0xc0, 0x39, 0x2b);
        if (small && !detailed) {
            (n.kind == Node::Kind::FloatingIp ? floatingRects : smallRects[fill.rgb()]).append(r);
            continue;
        }
        painter->setPen(QPen(fill.darker(140), n.orphan ? 2 : 1, n.orphan ? Qt::DashLine : Qt::SolidLine));
        painter->setBrush(fill);
        switch (n.kind) {
        case Node::Kind::Router:
            painter->drawEllipse(r);
            break;
        case Node::Kind::FloatingIp: {
            QPainterPath d;
            d.moveTo(c.x(), r.top());
            d.lineTo(r.right(), c.y());
            d.lineTo(c.x(), r.bottom());
            d.lineTo(r.left(), c.y());
            d.closeSubpath();
            painter->drawPath(d);
            break;
        }
        default:
            painter->drawRoundedRect(r, 5, 5);
        }
        const bool labelled = m_state.labels && (detailed || (!small && lod >= 0.08));
        if (labelled) {
            painter->setPen(n.kind == Node::Kind::Network || n.kind == Node::Kind::External ? Qt::white : Qt::black);
            if (n.kind == Node::Kind::Network || n.kind == Node::Kind::External) {
                painter->drawText(r.adjusted(8, 0, -4, 0), Qt::AlignVCenter | Qt::AlignLeft,
                                  n.name + (n.details.isEmpty() ? QString() : QStringLiteral("  ") + n.details.join(QStringLiteral(", "))));
            } else {
                painter->setPen(QColor(0x22, 0x22, 0x22));
                // Instances stand one grid pitch apart, closer than a name is long: neighbours put
                // their names on alternate lines so each may use two pitches without overlapping.
                // A floating IP sits on its instance's corner, so its address goes above it, clear
                // of the instance names below.
                constexpr double kPitch = Topology::Layout::kCell;
                const double width = 2 * kPitch - 6;
                QRectF box;
                if (n.kind == Node::Kind::FloatingIp) {
                    box = QRectF(c.x() - width / 2, r.top() - 16, width, 15);
                } else {
                    const bool lower = n.kind == Node::Kind::Instance && (qint64(std::floor(c.x() / kPitch)) & 1);
                    box = QRectF(c.x() - width / 2, r.bottom() + 1 + (lower ? 13 : 0), width, 18);
                }
                const QString text = painter->fontMetrics().elidedText(n.name, Qt::ElideMiddle, int(width));
                painter->drawText(box, Qt::AlignHCenter | (n.kind == Node::Kind::FloatingIp ? Qt::AlignBottom : Qt::AlignTop),
                                  text);
            }
        }
    }
    painter->setPen(Qt::NoPen);
    for (auto it = smallRects.cbegin(); it != smallRects.cend(); ++it) {
        painter->setBrush(QColor::fromRgb(it.key()));
        painter->drawRects(*it);
    }
    if (!floatingRects.isEmpty()) {
        painter->setBrush(kindColour(Node::Kind::FloatingIp));
        painter->drawRects(floatingRects);
    }

    // Collapse badges, highlights, selection.
    const bool marks = !m_state.highlighted.isEmpty() || !m_state.path.isEmpty() || !m_state.selected.isEmpty();
    for (int i : std::as_const(visible)) {
        const Node &n = m_nodes.at(i).node;
        if (n.kind != Node::Kind::Network && !marks)
            continue;
        const QPointF c = m_nodes.at(i).pos;
        if (n.kind == Node::Kind::Network && m_layout->isCollapsed(n.id)) {
            const QRectF badge(c.x() - 20, c.y() + 24, 120, 40);
            painter->setPen(QPen(QColor(0x55, 0x60, 0x6e), 1));
            painter->setBrush(QColor(0xee, 0xf1, 0xf5));
            painter->drawRoundedRect(badge, 20, 20);
            painter->setPen(QColor(0x22, 0x22, 0x22));
            painter->drawText(badge, Qt::AlignCenter, QStringLiteral("+%1").arg(m_layout->hiddenCount(n.id)));
        }
        const bool hi = m_state.highlighted.contains(n.id);
        const bool onPath = m_state.path.contains(n.id);
        const bool sel = m_state.selected == n.id;
        if (!hi && !onPath && !sel)
            continue;
        QPen pen(sel ? QColor(0xe0, 0x3c, 0x31) : (hi ? QColor(0xff, 0xb0, 0x00) : QColor(0xe0, 0x3c, 0x31)), sel ? 4 : 3);
        pen.setCosmetic(true);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(nodeRect(n.kind, c).adjusted(-8, -8, 8, 8), 8, 8);
    }
}

} // namespace Ui
