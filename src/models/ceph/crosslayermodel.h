// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "models/recordtablemodel.h"
#include "reconcile/crosslayer.h"

namespace Models {

// The cross-layer view: volume → RBD image → domain disk → instance per row, with what the
// layers disagree on. `stackdeck export cross-layer [--orphans]`.
class CrossLayerModel : public RecordTableModel<Reconcile::CrossLayerRow>
{
    Q_OBJECT
public:
    enum Column {
        KindColumn, NameColumn, StatusColumn, RbdImageColumn, SizeColumn, WatchersColumn, HostColumn,
        DomainColumn, DiskColumn, InstanceColumn, ProblemsColumn, OpenStackIdColumn, InstanceIdColumn, ColumnCount
    };

    explicit CrossLayerModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // Keeps only orphaned RBD images (--orphans) / only rows with a disagreement. Re-applies the
    // filter to the last rows given.
    void setOrphansOnly(bool on);
    void setProblemsOnly(bool on);
    void setRows(const QVector<Reconcile::CrossLayerRow> &rows);
    const QVector<Reconcile::CrossLayerRow> &allRows() const { return m_all; }
    int problemCount() const;

    // Words for one problem key, for the view's tooltips and the status line.
    static QString describeProblem(const QString &key);

private:
    void apply();

    QVector<Reconcile::CrossLayerRow> m_all;
    bool m_orphansOnly = false;
    bool m_problemsOnly = false;
};

} // namespace Models
