// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/roles.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QVector>

namespace Models {

// A table of value records keyed by `T::id`. setRecords() applies a new snapshot as a diff: rows
// that vanished are removed, changed rows emit dataChanged, new rows are appended, so selection,
// scroll position and sort survive every refresh. Subclasses describe the columns.
template<typename T>
class RecordTableModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }

    const T &record(int row) const { return m_rows.at(row); }
    const QVector<T> &records() const { return m_rows; }
    int rowOf(const QString &id) const { return m_index.value(id, -1); }

    void setRecords(QVector<T> fresh)
    {
        QHash<QString, int> freshIndex;
        freshIndex.reserve(fresh.size());
        for (int i = 0; i < fresh.size(); ++i)
            freshIndex.insert(fresh.at(i).id, i);

        // Remove vanished rows, in contiguous runs from the bottom so row numbers stay valid.
        for (int row = int(m_rows.size()) - 1; row >= 0;) {
            if (freshIndex.contains(m_rows.at(row).id)) {
                --row;
                continue;
            }
            int first = row;
            while (first > 0 && !freshIndex.contains(m_rows.at(first - 1).id))
                --first;
            beginRemoveRows({}, first, row);
            m_rows.remove(first, row - first + 1);
            endRemoveRows();
            row = first - 1;
        }
        rebuildIndex();

        // Update rows in place.
        const int columns = columnCount();
        QVector<T> added;
        for (T &item : fresh) {
            const int row = m_index.value(item.id, -1);
            if (row < 0) {
                added.append(std::move(item));
                continue;
            }
            if (!(m_rows.at(row) == item)) {
                m_rows[row] = std::move(item);
                emit dataChanged(index(row, 0), index(row, columns - 1));
            }
        }
        if (!added.isEmpty()) {
            const int first = int(m_rows.size());
            beginInsertRows({}, first, first + int(added.size()) - 1);
            for (T &item : added) {
                m_index.insert(item.id, int(m_rows.size()));
                m_rows.append(std::move(item));
            }
            endInsertRows();
        }
    }

    // Adds or updates records without removing others: for progressive paging.
    void mergeRecords(QVector<T> items)
    {
        QVector<T> merged = m_rows;
        QHash<QString, int> idx = m_index;
        for (T &item : items) {
            const int row = idx.value(item.id, -1);
            if (row >= 0) {
                merged[row] = std::move(item);
            } else {
                idx.insert(item.id, int(merged.size()));
                merged.append(std::move(item));
            }
        }
        setRecords(std::move(merged));
    }

    void clear()
    {
        if (m_rows.isEmpty())
            return;
        beginResetModel();
        m_rows.clear();
        m_index.clear();
        endResetModel();
    }

protected:
    void rebuildIndex()
    {
        m_index.clear();
        m_index.reserve(m_rows.size());
        for (int i = 0; i < m_rows.size(); ++i)
            m_index.insert(m_rows.at(i).id, i);
    }

    QVector<T> m_rows;
    QHash<QString, int> m_index;
};

} // namespace Models
