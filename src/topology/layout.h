// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "topology/graph.h"

#include <QHash>
#include <QPointF>
#include <QRectF>
#include <QSet>

namespace Topology {

// Where every node is drawn. Deterministic and stable:
// - the first place() of a graph lays out every node in the deterministic node order (nodeLess),
//   so the same cloud always draws the same picture;
// - later changes keep every node that still exists exactly where it was and put new nodes in
//   free places only (a new network takes the next free column, a new instance the first free
//   cell of its network's block), so a refresh never moves what the operator is looking at.
// - apply() follows a GraphDiff and touches only the nodes it names (plus the floating IPs drawn
//   beside them): no pass over the whole map on refresh. place() reconciles against a whole graph
//   (first layout, tests) and then does the same.
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
    // Follows `diff` (the changes that made `graph`). Returns every id whose position changed:
    // placed, moved or no longer placed.
    QStringList apply(const Graph &graph, const GraphDiff &diff);

    bool contains(const QString &id) const { return m_pos.contains(id); }
    QPointF position(const QString &id) const { return m_pos.value(id); }
    const QHash<QString, QPointF> &positions() const { return m_pos; }
    QRectF bounds() const;

    bool isCollapsed(const QString &networkId) const { return m_collapsed.contains(networkId); }
    int hiddenCount(const QString &networkId) const;
    // Expanding or collapsing places or removes only that network's instances (returned, with the
    // floating IPs beside them).
    QStringList expand(const Graph &graph, const QString &networkId);
    QStringList collapse(const Graph &graph, const QString &networkId);

private:
    struct Block
    {
        int column = 0;
        QPointF origin;         // the network node
        QVector<QString> cells; // instance ids by cell index ("" = free)
        int routers = 0;
    };
    // What the layout knows of a node it has seen (placed or not).
    struct Known
    {
        Node::Kind kind = Node::Kind::Network;
        QString parent; // members: their network; floating IPs: what they are drawn beside
        bool member = false;
        bool operator==(const Known &) const = default;
    };
    static Known knownOf(const Node &node);

    QPointF columnOrigin(int column) const;
    QPointF cellPosition(const Block &block, int cell) const;
    void setPos(const QString &id, const QPointF &at);
    void unplace(const QString &id);
    void forget(const QString &id);
    void placeMember(const QString &id, const QString &networkId);
    void placeMembers(const Graph &graph, const QString &networkId);
    void placeFloatingIp(const Graph &graph, const Node &node);
    void followParents(const Graph &graph);
    bool collapsedFor(const QString &networkId);
    QStringList takeTouched();

    Mode m_mode;
    int m_threshold;
    QHash<QString, QPointF> m_pos;
    QHash<QString, Known> m_known;
    QHash<QString, Block> m_blocks;             // by network id
    QHash<QString, QSet<QString>> m_members;    // network id → its instances and visible ports
    QHash<QString, QStringList> m_followers;    // node id → floating IPs drawn beside it (few)
    QHash<QString, int> m_cellOf;               // placed member → its cell in its network's block
    int m_nextColumn = 0;
    int m_nextExternal = 0;
    int m_nextLoose = 0;
    QSet<QString> m_collapsed;
    QSet<QString> m_expanded; // opened by the user: stays open
    // Of the change in progress.
    QStringList m_placedNow;
    QSet<QString> m_touched;
};

} // namespace Topology
