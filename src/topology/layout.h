// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "topology/graph.h"

#include <QHash>
#include <QPointF>
#include <QRectF>
#include <QSet>

namespace Topology {

// Where every node is drawn. Deterministic and stable:
// - the first place() of a graph lays out every node in the graph's (deterministic) order, so the
//   same cloud always draws the same picture;
// - later place() calls keep every node that still exists exactly where it was and put new nodes
//   in free places only (a new network takes the next free column, a new instance the first free
//   cell of its network's block), so a refresh never moves what the operator is looking at.
//
// Layered: external networks on top, routers below, then one column per tenant network with its
// instances in a fixed-width grid under it. Grouped: the same columns wrapped into rows of
// columns, by project, with blocks of bounded height (big networks collapse into a badge).
//
// A network with more instances than the collapse threshold is collapsed: its instances are not
// placed (they are counted in a badge) until expand(); collapse state is sticky per network.
class Layout
{
public:
    enum class Mode { Layered, Grouped };

    static constexpr double kCell = 64;      // instance grid pitch
    static constexpr int kBlockColumns = 8;  // instances per row under a network
    static constexpr double kColumnGap = 64; // between network blocks
    static constexpr int kGroupedRows = 8;   // grouped: at most this many instance rows per block

    explicit Layout(Mode mode = Mode::Layered, int collapseThreshold = 48);

    Mode mode() const { return m_mode; }
    int collapseThreshold() const { return m_threshold; }

    // Places what is new in `graph` and forgets what is gone. Returns the ids that were placed now.
    QStringList place(const Graph &graph);

    bool contains(const QString &id) const { return m_pos.contains(id); }
    QPointF position(const QString &id) const { return m_pos.value(id); }
    const QHash<QString, QPointF> &positions() const { return m_pos; }
    QRectF bounds() const;

    bool isCollapsed(const QString &networkId) const { return m_collapsed.contains(networkId); }
    int hiddenCount(const QString &networkId) const { return m_hiddenCount.value(networkId); }
    // Expanding or collapsing places or removes only that network's instances.
    void expand(const Graph &graph, const QString &networkId);
    void collapse(const Graph &graph, const QString &networkId);

private:
    struct Block
    {
        int column = 0;
        QPointF origin;        // the network node
        QVector<QString> cells; // instance ids by cell index ("" = free)
        int routers = 0;
    };

    QPointF columnOrigin(int column) const;
    QPointF cellPosition(const Block &block, int cell) const;
    void placeInBlock(Block &block, const QString &id);
    bool collapsedFor(const Graph &graph, const QString &networkId, int members);

    Mode m_mode;
    int m_threshold;
    QHash<QString, QPointF> m_pos;
    QHash<QString, Block> m_blocks; // by network id
    QSet<int> m_usedColumns;
    int m_nextColumn = 0;
    int m_nextExternal = 0;
    int m_nextLoose = 0;
    QSet<QString> m_collapsed;
    QSet<QString> m_expanded; // opened by the user: stays open
    QHash<QString, int> m_hiddenCount;
    QHash<QString, QString> m_cellOwner; // instance id → network id
};

} // namespace Topology
