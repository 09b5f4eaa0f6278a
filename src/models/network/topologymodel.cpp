// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/network/topologymodel.h"

#include "topology/graph.h"
#include "topology/layout.h"

namespace Models {

TopologyModel::TopologyModel(QObject *parent)
    : RecordTableModel(parent)
{
}

int TopologyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void TopologyModel::update(const Topology::Graph &graph, const Topology::Layout &layout)
{
    QVector<TopologyRow> rows;
    rows.reserve(graph.nodes.size() + graph.edges.size());
    for (const auto &n : graph.nodes) {
        if (n.hidden)
            continue;
        TopologyRow r;
        r.id = n.id;
        r.element = QStringLiteral("node");
        r.kind = Topology::kindKey(n.kind);
        r.name = n.name;
        r.projectId = n.projectId;
        r.status = n.status;
        r.details = n.details;
        r.placed = layout.contains(n.id);
        r.x = layout.position(n.id).x();
        r.y = layout.position(n.id).y();
        r.orphan = n.orphan;
        rows.append(std::move(r));
    }
    for (const auto &e : graph.edges) {
        TopologyRow r;
        r.id = e.key();
        r.element = QStringLiteral("edge");
        r.kind = Topology::edgeKindKey(e.kind);
        r.from = e.from;
        r.to = e.to;
        if (!e.label.isEmpty())
            r.details = {e.label};
        rows.append(std::move(r));
    }
    setRecords(std::move(rows));
}

QVariant TopologyModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const TopologyRow &r = m_rows.at(index.row());
    if (role == IdRole)
        return r.id;
    if (role != Qt::DisplayRole && role != SortRole && role != ExportRole)
        return {};
    const bool node = r.element == QLatin1String("node");
    const QVariant none = role == ExportRole ? QVariant::fromValue(nullptr) : QVariant(QString());
    switch (index.column()) {
    case ElementColumn:
        return r.element;
    case KindColumn:
        return r.kind;
    case IdColumn:
        return r.id;
    case NameColumn:
        return node ? QVariant(r.name) : none;
    case ProjectColumn:
        return node ? QVariant(r.projectId) : none;
    case StatusColumn:
        return node ? QVariant(r.status) : none;
    case DetailsColumn:
        return role == ExportRole ? QVariant(r.details) : QVariant(r.details.join(QStringLiteral(", ")));
    case XColumn:
        return node && r.placed ? QVariant(r.x) : none;
    case YColumn:
        return node && r.placed ? QVariant(r.y) : none;
    case FromColumn:
        return node ? none : QVariant(r.from);
    case ToColumn:
        return node ? none : QVariant(r.to);
    case OrphanColumn:
        return node ? QVariant(r.orphan) : none;
    default:
        return {};
    }
}

QVariant TopologyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    static const char *keys[] = {"element", "kind", "id", "name", "project_id", "status", "details", "x", "y",
                                 "from", "to", "orphan"};
    if (role == ColumnKeyRole || role == Qt::DisplayRole)
        return QString::fromLatin1(keys[section]);
    return {};
}

} // namespace Models
