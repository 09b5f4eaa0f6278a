// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/tablefilterproxy.h"

#include "models/roles.h"

#include <QDateTime>
#include <QElapsedTimer>

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
    // Indexing starts once rows stop arriving for a moment, so a progressive load is not slowed.
    m_indexTimer.setSingleShot(true);
    connect(&m_indexTimer, &QTimer::timeout, this, &TableFilterProxy::indexSome);
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
        connect(model, &QAbstractItemModel::rowsInserted, this,
                [this](const QModelIndex &parent, int first, int last) {
                    if (!parent.isValid())
                        rowsInsertedInSource(first, last);
                });
        connect(model, &QAbstractItemModel::rowsRemoved, this,
                [this](const QModelIndex &parent, int first, int last) {
                    if (!parent.isValid())
                        rowsRemovedFromSource(first, last);
                });
        connect(model, &QAbstractItemModel::rowsAboutToBeMoved, this, &TableFilterProxy::forgetAll);
        connect(model, &QAbstractItemModel::modelAboutToBeReset, this, &TableFilterProxy::forgetAll);
        connect(model, &QAbstractItemModel::layoutAboutToBeChanged, this, &TableFilterProxy::forgetAll);
        connect(model, &QAbstractItemModel::modelReset, this, &TableFilterProxy::scheduleIndexing);
        connect(model, &QAbstractItemModel::layoutChanged, this, &TableFilterProxy::scheduleIndexing);
    }
    QSortFilterProxyModel::setSourceModel(model);
    scheduleIndexing();
}

void TableFilterProxy::forgetAll()
{
    m_searchText.clear();
    m_searchTextValid.clear();
    m_sortKeys.clear();
    m_indexFrom = 0;
}

void TableFilterProxy::forgetRows(int first, int last)
{
    for (int r = qMax(0, first); r <= last && r < m_searchTextValid.size(); ++r)
        m_searchTextValid[r] = false;
    for (int r = qMax(0, first); r <= last && r < m_sortKeys.size(); ++r)
        m_sortKeys[r].kind = SortKey::Invalid;
    m_indexFrom = qMin(m_indexFrom, qMax(0, first));
    scheduleIndexing();
}

void TableFilterProxy::rowsInsertedInSource(int first, int last)
{
    // The rows already known keep their text and keys; the new ones start unknown.
    const int count = last - first + 1;
    if (first < m_searchText.size()) {
        m_searchText.insert(first, count, QString());
        m_searchTextValid.insert(first, count, false);
    }
    if (first < m_sortKeys.size())
        m_sortKeys.insert(first, count, SortKey());
    m_indexFrom = qMin(m_indexFrom, first);
    scheduleIndexing();
}

void TableFilterProxy::rowsRemovedFromSource(int first, int last)
{
    const auto drop = [first, last](auto &v) {
        if (first < v.size())
            v.remove(first, qMin<qsizetype>(last + 1, v.size()) - first);
    };
    drop(m_searchText);
    drop(m_searchTextValid);
    drop(m_sortKeys);
    m_indexFrom = qMin(m_indexFrom, first);
}

void TableFilterProxy::scheduleIndexing()
{
    if (sourceModel() && sourceModel()->rowCount() > 0)
        m_indexTimer.start(50);
}

void TableFilterProxy::indexSome()
{
    // A few milliseconds at a time, so the window stays responsive while 10,000 rows are indexed.
    if (!sourceModel())
        return;
    const int rows = sourceModel()->rowCount();
    QElapsedTimer slice;
    slice.start();
    int r = m_indexFrom;
    for (; r < rows; ++r) {
        if (r >= m_searchTextValid.size() || !m_searchTextValid.at(r))
            searchText(r);
        if ((r & 63) == 63 && slice.elapsed() >= 4) {
            ++r;
            break;
        }
    }
    m_indexFrom = r;
    if (r < rows)
        m_indexTimer.start(0);
}

bool TableFilterProxy::isSearchIndexComplete() const
{
    return !sourceModel() || m_indexFrom >= sourceModel()->rowCount();
}

void TableFilterProxy::ensureSortKeyRows() const
{
    const int rows = sourceModel()->rowCount();
    if (m_sortKeys.size() < rows)
        m_sortKeys.resize(rows);
}

const TableFilterProxy::SortKey &TableFilterProxy::sortKey(int row, int column) const
{
    SortKey &key = m_sortKeys[row];
    if (key.kind != SortKey::Invalid)
        return key;
    const QVariant v = sourceModel()->index(row, column).data(sortRole());
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Double:
    case QMetaType::Float:
        key.kind = SortKey::Number;
        key.number = v.toDouble();
        key.value = v;
        break;
    case QMetaType::QString:
    case QMetaType::UnknownType:
        key.kind = SortKey::Text;
        key.text = naturalSortKey(v.toString());
        key.value.clear();
        break;
    default:
        key.kind = SortKey::Other;
        key.value = v;
        break;
    }
    return key;
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
    const int column = left.column();
    if (column != m_sortKeyColumn) {
        m_sortKeys.clear();
        m_sortKeyColumn = column;
    }
    // Sized once up front: the references below stay valid while the second key is computed.
    ensureSortKeyRows();
    const SortKey &l = sortKey(left.row(), column);
    const SortKey &r = sortKey(right.row(), column);
    if (l.kind == SortKey::Text && r.kind == SortKey::Text)
        return l.text < r.text;
    if (l.kind == SortKey::Number && r.kind == SortKey::Number)
        return l.number < r.number;
    if (l.kind == SortKey::Text || r.kind == SortKey::Text) {
        const QString ls = l.kind == SortKey::Text ? l.text : naturalSortKey(l.value.toString());
        const QString rs = r.kind == SortKey::Text ? r.text : naturalSortKey(r.value.toString());
        return ls < rs;
    }
    return QVariant::compare(l.value, r.value) == QPartialOrdering::Less;
}

} // namespace Models
