// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace Models {

// <0, 0, >0 as `a` sorts before, with, after `b`: digits by value, letters case-insensitively.
int naturalCompare(const QString &a, const QString &b);
// A key whose ordinal order is naturalCompare's order (digit runs padded, letters case-folded).
QString naturalSortKey(const QString &text);

// Filter-as-you-type over every visible column (case-insensitive, all words must match somewhere
// in the row), sorting by Models::SortRole so numbers, sizes and dates sort as values.
class TableFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit TableFilterProxy(QObject *parent = nullptr);

    void setFilterText(const QString &text);
    QString filterText() const { return m_words.join(QLatin1Char(' ')); }
    void setSourceModel(QAbstractItemModel *model) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    const QString &searchText(int sourceRow) const;
    QVariant sortKey(const QModelIndex &sourceIndex) const;
    void forgetRows(int first, int last);
    void forgetAll();

    QStringList m_words; // case-folded
    // Each source row's text to search (all columns and the id, case-folded), built on first use
    // and dropped when the row changes: a keystroke then costs one substring search per row.
    mutable QVector<QString> m_searchText;
    mutable QVector<bool> m_searchTextValid;
    // The sort column's keys, likewise cached: strings as natural-order keys that compare with a
    // plain ordinal compare, so sorting 10,000 rows is not 280,000 data() calls.
    mutable QVector<QVariant> m_sortKeys;
    mutable QVector<bool> m_sortKeyValid;
    mutable int m_sortKeyColumn = -1;
};

} // namespace Models
