// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>
#include <QTimer>

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
    // True once every row's search text is ready, so the next keystroke only searches.
    bool isSearchIndexComplete() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    // One row's key in the sort column: strings as natural-order keys that compare with a plain
    // ordinal compare, numbers as doubles, anything else as the QVariant itself.
    struct SortKey
    {
        enum Kind : quint8 { Invalid, Text, Number, Other };
        Kind kind = Invalid;
        QString text;
        double number = 0;
        QVariant value; // Number and Other: the value as the model gave it
    };

    const QString &searchText(int sourceRow) const;
    const SortKey &sortKey(int sourceRow, int column) const;
    void ensureSortKeyRows() const;
    void rowsInsertedInSource(int first, int last);
    void rowsRemovedFromSource(int first, int last);
    void forgetRows(int first, int last);
    void forgetAll();
    void scheduleIndexing();
    void indexSome();

    QStringList m_words; // case-folded
    // Each source row's text to search (all columns and the id, case-folded). Built in short idle
    // slices after rows arrive or change (off the keystroke path), or on first use if a keystroke
    // comes first. Rows inserted or removed shift the caches instead of dropping them.
    mutable QVector<QString> m_searchText;
    mutable QVector<bool> m_searchTextValid;
    int m_indexFrom = 0; // rows before this one were complete when the idle indexer last looked
    QTimer m_indexTimer;
    // The sort column's keys, likewise cached, so sorting 10,000 rows is not 280,000 data() calls.
    mutable QVector<SortKey> m_sortKeys;
    mutable int m_sortKeyColumn = -1;
};

} // namespace Models
