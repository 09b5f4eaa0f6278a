// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/recordtablemodel.h"
#include "openstack/blockstorage/volume.h"

#include <QHash>

namespace Models {

// Which Ceph pool holds a volume's RBD image. Cinder's RBD driver names the image
// "volume-<uuid>" in the pool of the backend that hosts the volume ("host@backend#pool"). The
// backend → pool map comes from Cinder's pool stats (admins) or the `stackdeck:` key of
// clouds.yaml (`volume_backend_pools: {ceph: volumes}`); `defaultPool` serves the rest.
struct RbdPoolMap
{
    QHash<QString, QString> backendPools; // backend name → Ceph pool; "" for a backend known not to be RBD
    QString defaultPool = QStringLiteral("volumes");

    // "volumes/volume-<uuid>", or empty when the volume has no RBD image (non-RBD backend, or an
    // error before any backend took it).
    QString imageOf(const OpenStack::BlockStorage::Volume &volume) const;
    bool operator==(const RbdPoolMap &) const = default;
};

// The volumes of the Volumes tab and of `stackdeck export volumes`: the talk's columns (Name,
// Description, Size, Status, Type, Attached To, Availability Zone, Bootable, Encrypted) plus
// Project for admins, the backing RBD image, Properties and the ID. Rows are updated in place
// (see RecordTableModel). Rows drag as `application/x-stackdeck-volume-ids` (one id a line) so a
// volume can be dropped on an instance. GUI thread only.
class VolumeListModel : public RecordTableModel<OpenStack::BlockStorage::Volume>
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        DescriptionColumn,
        SizeColumn,
        StatusColumn,
        TypeColumn,
        AttachedColumn,
        ZoneColumn,
        BootableColumn,
        EncryptedColumn,
        ProjectColumn,
        RbdImageColumn,
        PropertiesColumn,
        IdColumn,
        ColumnCount
    };

    static constexpr const char *kMimeType = "application/x-stackdeck-volume-ids";

    explicit VolumeListModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override { return Qt::LinkAction | Qt::CopyAction; }

    void setServerNames(const QHash<QString, QString> &names);
    void setProjectNames(const QHash<QString, QString> &names);
    void setPoolMap(const RbdPoolMap &map);
    const QHash<QString, QString> &serverNames() const { return m_serverNames; }
    const RbdPoolMap &poolMap() const { return m_pools; }
    QString serverName(const QString &serverId) const { return m_serverNames.value(serverId, serverId); }

    // One page of a list as it arrives: rows already there are updated in place, new ones appended
    // in one insertion (without the whole-table copy of mergeRecords), none removed.
    void mergePage(const QVector<OpenStack::BlockStorage::Volume> &page);
    // Updates (or adds) one volume, as a poll answered.
    void applyVolume(const OpenStack::BlockStorage::Volume &volume);
    void removeVolume(const QString &id);

    // "/dev/vdd on hadoop3", one per attachment, joined by ", ".
    QString attachedText(const OpenStack::BlockStorage::Volume &volume) const;
    // Volume name, or its id when unnamed: for messages and other tables.
    QString displayName(const QString &volumeId) const;

private:
    void refreshColumn(int column);

    QHash<QString, QString> m_serverNames;
    QHash<QString, QString> m_projectNames;
    RbdPoolMap m_pools;
};

} // namespace Models
