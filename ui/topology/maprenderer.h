// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "topology/graph.h"
#include "topology/layout.h"

#include <QColor>
#include <QHash>
#include <QRectF>
#include <QSet>

class QPainter;

namespace Ui {

// Draws the topology map with level of detail. At overview zoom nodes are batched points and
// rectangles per colour and only the big nodes (external networks, routers, networks) keep labels;
// instance labels and small nodes fade in as the operator zooms in. Only what intersects the
// exposed rectangle is drawn (a grid index over node positions). Not thread-safe: GUI thread.
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
    // After the layout placed or dropped nodes: rebuilds the grid index (linear in nodes).
    void reindex();
    State &state() { return m_state; }
    const State &state() const { return m_state; }

    void paint(QPainter *painter, const QRectF &exposed, double levelOfDetail) const;
    QRectF bounds() const { return m_bounds; }
    // The node under a scene position, or empty; `badge` says the click was on a collapse badge.
    QString nodeAt(const QPointF &scenePos, bool *badge = nullptr) const;
    static QColor projectColour(const QString &projectId);
    static QRectF nodeRect(Topology::Node::Kind kind, const QPointF &centre);

private:
    const Topology::Graph *m_graph = nullptr;
    const Topology::Layout *m_layout = nullptr;
    QHash<quint64, QVector<int>> m_grid; // cell → node indexes
    // Per node index / edge index, resolved once in reindex() so painting does no id lookups.
    QVector<QPointF> m_points;
    QVector<char> m_placed;
    QVector<QLineF> m_edgeLines;
    QVector<char> m_edgePlaced;
    mutable QVector<quint32> m_stamp;
    mutable quint32 m_paintCount = 0;
    QRectF m_bounds;
    State m_state;
};

} // namespace Ui
