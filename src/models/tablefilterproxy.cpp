// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/tablefilterproxy.h"

#include "models/roles.h"

#include <QDateTime>

namespace Models {

TableFilterProxy::TableFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
    setDynamicSortFilter(true);
}

void TableFilterProxy::setFilterText(const QString &text)
{
    const QStringList words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    invalidateRowsFilter();
}

bool TableFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_words.isEmpty())
        return true;
    const QAbstractItemModel *m = sourceModel();
    const int columns = m->columnCount(sourceParent);
    QString row;
    for (int c = 0; c < columns; ++c) {
        row += m->index(sourceRow, c, sourceParent).data(Qt::DisplayRole).toString();
        row += QLatin1Char('\x1f');
        // The id is searchable even while its column is hidden.
        if (c == 0)
            row += m->index(sourceRow, c, sourceParent).data(IdRole).toString() + QLatin1Char('\x1f');
    }
    for (const QString &w : m_words) {
        if (!row.contains(w, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

bool TableFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant l = left.data(SortRole);
    const QVariant r = right.data(SortRole);
    if (l.typeId() == QMetaType::QString || r.typeId() == QMetaType::QString || !l.isValid() || !r.isValid())
        return QString::localeAwareCompare(l.toString(), r.toString()) < 0;
    return QVariant::compare(l, r) == QPartialOrdering::Less;
}

} // namespace Models
