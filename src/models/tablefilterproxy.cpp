// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/tablefilterproxy.h"

#include "models/roles.h"

#include <QDateTime>

namespace Models {

int naturalCompare(const QString &a, const QString &b)
{
    // Runs of digits compare as numbers, the rest case-insensitively: how people read names like
    // "hadoop9" / "hadoop10" or "dn-01-002". Independent of the C library's locale support.
    qsizetype i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        if (a.at(i).isDigit() && b.at(j).isDigit()) {
            qsizetype ie = i, je = j;
            while (ie < a.size() && a.at(ie).isDigit())
                ++ie;
            while (je < b.size() && b.at(je).isDigit())
                ++je;
            // Compare magnitudes without overflow: strip leading zeros, then length, then digits.
            qsizetype is = i, js = j;
            while (is + 1 < ie && a.at(is) == QLatin1Char('0'))
                ++is;
            while (js + 1 < je && b.at(js) == QLatin1Char('0'))
                ++js;
            if (ie - is != je - js)
                return ie - is < je - js ? -1 : 1;
            if (const int c = QStringView(a).mid(is, ie - is).compare(QStringView(b).mid(js, je - js)))
                return c;
            i = ie;
            j = je;
            continue;
        }
        const QChar ca = a.at(i).toCaseFolded();
        const QChar cb = b.at(j).toCaseFolded();
        if (ca != cb)
            return ca < cb ? -1 : 1;
        ++i;
        ++j;
    }
    if (i < a.size())
        return 1;
    if (j < b.size())
        return -1;
    return QString::compare(a, b); // equal but for case: keep a stable order
}

QString naturalSortKey(const QString &text)
{
    QString key;
    key.reserve(text.size() + 16);
    for (qsizetype i = 0; i < text.size();) {
        if (text.at(i).isDigit()) {
            qsizetype end = i;
            while (end < text.size() && text.at(end).isDigit())
                ++end;
            qsizetype start = i;
            while (start + 1 < end && text.at(start) == QLatin1Char('0'))
                ++start;
            // Digits sort before letters; a run's length first, so 9 < 10.
            key += QChar(0x1);
            key += QChar(ushort(0x20 + qMin<qsizetype>(end - start, 0xff00)));
            key += QStringView(text).mid(start, end - start);
            i = end;
        } else {
            key += text.at(i).toCaseFolded();
            ++i;
        }
    }
    return key;
}

TableFilterProxy::TableFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);

    setDynamicSortFilter(true);
}

void TableFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    if (sourceModel())
        disconnect(sourceModel(), nullptr, this, nullptr);
    forgetAll();
    // Connected before the base class connects its own handlers, so the cache is already
    // up to date when QSortFilterProxyModel re-filters changed or inserted rows.
    if (model) {
        connect(model, &QAbstractItemModel::dataChanged, this,
                [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                    forgetRows(topLeft.row(), bottomRight.row());
                });
        connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this, &TableFilterProxy::forgetAll);
        connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this, &TableFilterProxy::forgetAll);
        connect(model, &QAbstractItemModel::rowsAboutToBeMoved, this, &TableFilterProxy::forgetAll);
        connect(model, &QAbstractItemModel::modelAboutToBeReset, this, &TableFilterProxy::forgetAll);
        connect(model, &QAbstractItemModel::layoutAboutToBeChanged, this, &TableFilterProxy::forgetAll);
    }
    QSortFilterProxyModel::setSourceModel(model);
}

void TableFilterProxy::forgetAll()
{
    m_searchText.clear();
    m_searchTextValid.clear();
    m_sortKeys.clear();
    m_sortKeyValid.clear();
}

void TableFilterProxy::forgetRows(int first, int last)
{
    for (int r = qMax(0, first); r <= last && r < m_searchTextValid.size(); ++r)
        m_searchTextValid[r] = false;
    for (int r = qMax(0, first); r <= last && r < m_sortKeyValid.size(); ++r)
        m_sortKeyValid[r] = false;
}

QVariant TableFilterProxy::sortKey(const QModelIndex &sourceIndex) const
{
    if (sourceIndex.column() != m_sortKeyColumn) {
        m_sortKeys.clear();
        m_sortKeyValid.clear();
        m_sortKeyColumn = sourceIndex.column();
    }
    const int row = sourceIndex.row();
    if (m_sortKeys.size() <= row) {
        const int rows = qMax(row + 1, sourceModel()->rowCount());
        m_sortKeys.resize(rows);
        m_sortKeyValid.resize(rows);
    }
    if (!m_sortKeyValid.at(row)) {
        const QVariant v = sourceIndex.data(sortRole());
        m_sortKeys[row] = (v.typeId() == QMetaType::QString || !v.isValid()) ? QVariant(naturalSortKey(v.toString())) : v;
        m_sortKeyValid[row] = true;
    }
    return m_sortKeys.at(row);
}

const QString &TableFilterProxy::searchText(int sourceRow) const
{
    if (m_searchText.size() <= sourceRow) {
        const int rows = qMax(sourceRow + 1, sourceModel()->rowCount());
        m_searchText.resize(rows);
        m_searchTextValid.resize(rows);
    }
    if (!m_searchTextValid.at(sourceRow)) {
        const QAbstractItemModel *m = sourceModel();
        const int columns = m->columnCount();
        QString row = m->index(sourceRow, 0).data(IdRole).toString();
        for (int c = 0; c < columns; ++c) {
            row += QLatin1Char('\x1f');
            row += m->index(sourceRow, c).data(Qt::DisplayRole).toString();
        }
        m_searchText[sourceRow] = row.toCaseFolded();
        m_searchTextValid[sourceRow] = true;
    }
    return m_searchText.at(sourceRow);
}

void TableFilterProxy::setFilterText(const QString &text)
{
    const QStringList words = text.toCaseFolded().simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    invalidateRowsFilter();
}

bool TableFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_words.isEmpty() || sourceParent.isValid())
        return true;
    const QString &row = searchText(sourceRow);
    for (const QString &w : m_words) {
        if (!row.contains(w))
            return false;
    }
    return true;
}

bool TableFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // By value: the second lookup may grow the cache and move the first one's storage.
    const QVariant l = sortKey(left);
    const QVariant r = sortKey(right);
    if (l.typeId() == QMetaType::QString || r.typeId() == QMetaType::QString) {
        const QString ls = l.typeId() == QMetaType::QString ? l.toString() : naturalSortKey(l.toString());
        const QString rs = r.typeId() == QMetaType::QString ? r.toString() : naturalSortKey(r.toString());
        return ls < rs;
    }
    return QVariant::compare(l, r) == QPartialOrdering::Less;
}

} // namespace Models
