// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/recordtablemodel.h"
#include "openstack/blockstorage/volumesnapshot.h"

#include <QHash>

namespace Models {

// The Volume Snapshots sub-tab and `stackdeck export volume-snapshots`: Name, Description, Size,
// Status, Volume Name, Project (admins), Created, ID. GUI thread only.
class SnapshotListModel : public RecordTableModel<OpenStack::BlockStorage::VolumeSnapshot>
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        DescriptionColumn,
        SizeColumn,
        StatusColumn,
        VolumeColumn,
        ProjectColumn,
        CreatedColumn,
        IdColumn,
        ColumnCount
    };

    explicit SnapshotListModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    void setVolumeNames(const QHash<QString, QString> &names);
    void setProjectNames(const QHash<QString, QString> &names);

private:
    QHash<QString, QString> m_volumeNames;
    QHash<QString, QString> m_projectNames;
};

} // namespace Models
