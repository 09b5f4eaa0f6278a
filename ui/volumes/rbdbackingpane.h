// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ceph/cluster.h"
#include "models/blockstorage/volumebacking.h"
#include "openstack/blockstorage/volume.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QListWidget;
class QTableWidget;
class QTimer;
class QToolButton;

namespace Ui {

// Beside the Volumes table: the RBD image behind the selected volume, read live from Ceph — size,
// provisioned vs used (when fast-diff makes that cheap), features, parent, snapshots and watchers
// (who has it open) — and where Ceph disagrees with Cinder (Models::VolumeBacking).
//
// Threading and ownership: GUI thread only. librbd is only ever called by the Ceph::Cluster (on its
// worker thread, bounded by its timeouts); the cluster belongs to the Ceph tab and is held here as a
// QPointer, so the pane says "no connection" once the tab replaces or drops it. An answer for a
// volume that is no longer shown is dropped. While a volume is shown and the pane visible, the
// image is read again every few seconds (never two reads at once).
class RbdBackingPane : public QWidget
{
    Q_OBJECT
public:
    explicit RbdBackingPane(QWidget *parent = nullptr);

    // Not owned; null when the cloud has no Ceph connection.
    void setCluster(Ceph::Cluster *cluster);
    Ceph::Cluster *cluster() const { return m_cluster; }
    // `imageSpec` is "pool/volume-<uuid>", empty when the volume has no RBD image. Reads Ceph
    // when the volume, its image, status, size or attachments changed since the last reading.
    void showVolume(const OpenStack::BlockStorage::Volume &volume, const QString &imageSpec);
    // No single volume selected: `why` says what to do.
    void showNothing(const QString &why);
    void reload();
    void setIntervalMs(int ms);

    bool isReading() const { return m_inFlight; }
    QString volumeId() const { return m_hasVolume ? m_volume.id : QString(); }
    const Models::VolumeBacking &backing() const { return m_backing; }

    // Whether `settings` lead anywhere: a ceph.conf named or found where librados looks for one.
    static bool isConfigured(const Ceph::ClusterSettings &settings);

signals:
    // A reading was shown (an answer, an error or "not configured").
    void updated();

private:
    void read();
    void showBacking(const Models::VolumeBacking &backing);
    void showMessage(const QString &text);
    void clearValues();

    QPointer<Ceph::Cluster> m_cluster;
    OpenStack::BlockStorage::Volume m_volume;
    QString m_spec;
    bool m_hasVolume = false;
    bool m_inFlight = false;
    quint64 m_generation = 0;
    Models::VolumeBacking m_backing;

    QLabel *m_title;
    QLabel *m_state;
    QLabel *m_findings;
    QLabel *m_size;
    QLabel *m_used;
    QLabel *m_features;
    QLabel *m_parent;
    QLabel *m_watchersLabel;
    QListWidget *m_watchers;
    QTableWidget *m_snapshots;
    QWidget *m_details;
    QToolButton *m_refresh;
    QTimer *m_timer;
};

} // namespace Ui
