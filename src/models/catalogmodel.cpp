// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/catalogmodel.h"

#include "models/roles.h"

namespace Models {

void CatalogModel::setCatalog(const OpenStack::ServiceCatalog &catalog)
{
    beginResetModel();
    m_rows.clear();
    for (const auto &s : catalog.services()) {
        for (const auto &e : s.endpoints)
            m_rows.append({s.type, s.name, e.interface, e.region, e.url.toString()});
    }
    std::sort(m_rows.begin(), m_rows.end(), [](const Row &a, const Row &b) {
        return std::tie(a.type, a.interface, a.region) < std::tie(b.type, b.interface, b.region);
    });
    endResetModel();
}

int CatalogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CatalogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CatalogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || (role != Qt::DisplayRole && role != SortRole && role != ExportRole))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (index.column()) {
    case TypeColumn:
        return r.type;
    case NameColumn:
        return r.name;
    case InterfaceColumn:
        return r.interface;
    case RegionColumn:
        return r.region;
    case UrlColumn:
        return r.url;
    default:
        return {};
    }
}

QVariant CatalogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    static const char *keys[] = {"service_type", "service_name", "interface", "region", "url"};
    if (role == ColumnKeyRole)
        return section >= 0 && section < ColumnCount ? QString::fromLatin1(keys[section]) : QString();
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TypeColumn:
        return tr("Service Type");
    case NameColumn:
        return tr("Service Name");
    case InterfaceColumn:
        return tr("Interface");
    case RegionColumn:
        return tr("Region");
    case UrlColumn:
        return tr("URL");
    default:
        return {};
    }
}

} // namespace Models
