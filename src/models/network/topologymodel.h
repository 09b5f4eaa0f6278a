// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/recordtablemodel.h"

#include <QStringList>

namespace Topology {
struct Graph;
class Layout;
} // namespace Topology

namespace Models {

struct TopologyRow
{
    QString id; // node id, or "from>to" for an edge
    QString element; // "node" / "edge"
    QString kind;
    QString name;
    QString projectId;
    QString status;
    QStringList details;
    double x = 0;
    double y = 0;
    bool placed = false;
    QString from;
    QString to;
    bool orphan = false;

    bool operator==(const TopologyRow &) const = default;
};

// `stackdeck export topology`: every node (kind, name, project, addresses, position on the map)
// then every edge (from, to, kind, address), one row each.
class TopologyModel : public RecordTableModel<TopologyRow>
{
    Q_OBJECT
public:
    enum Column {
        ElementColumn,
        KindColumn,
        IdColumn,
        NameColumn,
        ProjectColumn,
        StatusColumn,
        DetailsColumn,
        XColumn,
        YColumn,
        FromColumn,
        ToColumn,
        OrphanColumn,
        ColumnCount
    };

    explicit TopologyModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    void update(const Topology::Graph &graph, const Topology::Layout &layout);
};

} // namespace Models
