// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/recordtablemodel.h"

#include <QCoreApplication>
#include <functional>

namespace Models {

// A table of Neutron records described by a column list: the Networks, Subnets, Routers, Ports
// and Floating IPs tables beside the map, and their `stackdeck export` resources. Titles are marked
// with QT_TRANSLATE_NOOP in the "Models::NetworkLists" context and translated when shown.
template<typename T>
class ResourceListModel : public RecordTableModel<T>
{
public:
    struct Column
    {
        const char *key;   // export key
        const char *title; // QT_TRANSLATE_NOOP("Models::NetworkLists", …)
        std::function<QVariant(const T &)> display;
        std::function<QVariant(const T &)> raw; // export / sort value; display when empty
    };

    ResourceListModel(QVector<Column> columns, QObject *parent = nullptr)
        : RecordTableModel<T>(parent)
        , m_columns(std::move(columns))
    {
    }

    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_columns.size()); }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid() || index.row() >= this->m_rows.size() || index.column() >= m_columns.size())
            return {};
        const T &item = this->m_rows.at(index.row());
        const Column &c = m_columns.at(index.column());
        if (role == IdRole)
            return item.id;
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return c.display(item);
        if (role == SortRole || role == ExportRole)
            return c.raw ? c.raw(item) : c.display(item);
        return {};
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
            return {};
        if (role == ColumnKeyRole)
            return QString::fromLatin1(m_columns.at(section).key);
        if (role == Qt::DisplayRole)
            return QCoreApplication::translate("Models::NetworkLists", m_columns.at(section).title);
        return {};
    }

private:
    QVector<Column> m_columns;
};

} // namespace Models
