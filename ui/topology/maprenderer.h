// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "topology/graph.h"
#include "topology/layout.h"

#include <QColor>
#include <QHash>
#include <QLineF>
#include <QRectF>
#include <QSet>

class QPainter;

namespace Ui {

// Draws the topology map with level of detail. At overview zoom nodes are batched points and
// rectangles per colour and only the big nodes (external networks, routers, networks) keep labels;
// instance labels and small nodes fade in as the operator zooms in. Only what intersects the
// exposed rectangle is drawn (a grid index over node positions).
//
// The renderer keeps its own copy of what it draws in slots (a node or edge keeps its slot while
// it exists; freed slots are reused), so a refresh updates only the nodes and edges that changed
// (update()) and the grid cells they sit in: nothing is rebuilt for the rest of the map. The
// bounds only grow between full reindex() calls, so the scene never shrinks under the operator.
// Not thread-safe: GUI thread.
class MapRenderer
{
public:
    struct State
    {
        QSet<QString> highlighted; // search hits
        QSet<QString> path;        // traced path: nodes
        QSet<QString> pathEdges;   // traced path: edge keys
        QString selected;
        bool labels = true;
        bool colourByProject = true;
    };

    void setGraph(const Topology::Graph *graph, const Topology::Layout *layout);
    // Everything from scratch (linear in nodes): after a new layout.
    void reindex();
    // Only these: `nodes` are ids whose data or position changed (added, changed, removed, placed,
    // moved, unplaced); edges of the diff and every edge at those nodes are redrawn too.
    void update(const QStringList &nodes, const Topology::GraphDiff &diff);
    State &state() { return m_state; }
    const State &state() const { return m_state; }

    void paint(QPainter *painter, const QRectF &exposed, double levelOfDetail) const;
    QRectF bounds() const { return m_bounds; }
    // The node under a scene position, or empty; `badge` says the click was on a collapse badge.
    QString nodeAt(const QPointF &scenePos, bool *badge = nullptr) const;
    static QColor projectColour(const QString &projectId);
    static QRectF nodeRect(Topology::Node::Kind kind, const QPointF &centre);

private:
    struct NodeSlot
    {
        Topology::Node node;
        QPointF pos;
        bool placed = false;
        bool alive = false;
    };
    struct EdgeSlot
    {
        Topology::Edge edge;
        QString key;
        QLineF line;
        bool placed = false;
        bool alive = false;
    };

    void syncNode(const QString &id);
    void syncEdge(const QString &key);
    void grid(int slot, bool add);

    const Topology::Graph *m_graph = nullptr;
    const Topology::Layout *m_layout = nullptr;
    QVector<NodeSlot> m_nodes;
    QHash<QString, int> m_nodeSlot;
    QVector<int> m_freeNodes;
    QVector<EdgeSlot> m_edges;
    QHash<QString, int> m_edgeSlot;
    QVector<int> m_freeEdges;
    QHash<quint64, QVector<int>> m_grid; // cell → node slots
    mutable QVector<quint32> m_stamp;
    mutable quint32 m_paintCount = 0;
    QRectF m_bounds;
    State m_state;
};

} // namespace Ui
