// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "openstack/client/catalog.h"

#include <QAbstractTableModel>

namespace Models {

// One row per endpoint of the token's service catalog.
class CatalogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TypeColumn, NameColumn, InterfaceColumn, RegionColumn, UrlColumn, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;
    void setCatalog(const OpenStack::ServiceCatalog &catalog);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Row
    {
        QString type, name, interface, region, url;
    };
    QVector<Row> m_rows;
};

} // namespace Models
