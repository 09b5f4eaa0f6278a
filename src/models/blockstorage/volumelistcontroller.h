// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "openstack/client/microversion.h"
#include "openstack/compute/server.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

namespace OpenStack {
class Session;
namespace BlockStorage {
struct Volume;
}
} // namespace OpenStack

namespace Models {

class BackupListModel;
class SnapshotListModel;
class VolumeListModel;

// Keeps the three tables of the Volumes tab current:
//  - reload(): every page of volumes, snapshots and backups (Cinder caps a page at 1000), shown as
//    they arrive; alongside, the servers (names for "Attached To", state for the detach warning),
//    project names (admins) and the backend → Ceph pool map. loaded() once all are in.
//  - live mode: volumes in transition (creating, attaching, detaching, extending, deleting,
//    backing-up, …) and volumes just acted on are polled one GET /volumes/{id} each, every
//    kPollMs; snapshots and backups in transition re-list their table; everything is re-listed
//    (and diffed) every kRefreshMs.
// GUI thread only. Jobs are parented to this object and die with it.
class VolumeListController : public QObject
{
    Q_OBJECT
public:
    static constexpr int kPollMs = 2000;
    static constexpr int kRefreshMs = 30000;
    static constexpr int kMaxPolledRows = 10; // more rows in transition: one list instead

    VolumeListController(VolumeListModel *volumes, SnapshotListModel *snapshots, BackupListModel *backups,
                         QObject *parent = nullptr);

    void setSession(OpenStack::Session *session);
    void setAllProjects(bool all) { m_allProjects = all; }
    bool allProjects() const { return m_allProjects; }
    void setLive(bool live);
    void setPageSize(int size) { m_pageSize = size; }
    // Servers are only needed for names: an export of snapshots or backups skips them.
    void setLoadServers(bool load) { m_loadServers = load; }

    void reload();
    // An action was sent for these volumes: poll them until they settle.
    void watch(const QStringList &volumeIds);
    // Re-list snapshots and backups (after creating or deleting one).
    void refreshSnapshotsAndBackups();

    bool isLoading() const { return m_loading; }
    const Core::Error &lastError() const { return m_lastError; }
    // The last error of one collection: "volumes", "snapshots" or "backups".
    Core::Error errorOf(const QString &collection) const { return m_errors.value(collection); }
    OpenStack::Microversion microversion() const { return m_version; }
    const QHash<QString, OpenStack::Compute::Server> &servers() const { return m_servers; }
    OpenStack::Session *session() const;
    int volumePolls() const { return m_volumePolls; }

signals:
    void loadingChanged(bool loading);
    void loaded(const Core::Error &error);
    void refreshFailed(const Core::Error &error);
    // A watched volume stopped moving: its status now (for the status line and notifications).
    void volumeSettled(const QString &volumeId, const QString &status);
    // A watched volume vanished (deleted).
    void volumeGone(const QString &volumeId);
    // Attachments changed on these servers: the Instances tab's attached-volume lists are stale.
    void serversChanged(const QStringList &serverIds);

private:
    void startVolumes(bool full);
    void startSnapshots();
    void startBackups();
    void loadServers();
    void loadProjects();
    void loadPools();
    void updateNames();
    void settleIfDone();
    void setLoading(bool loading);
    void schedulePoll();
    void poll();
    void applyPolled(const OpenStack::BlockStorage::Volume &volume);
    void finishOne(int generation, bool counted);
    static QStringList serversOf(const OpenStack::BlockStorage::Volume &volume);

    VolumeListModel *m_volumes;
    SnapshotListModel *m_snapshots;
    BackupListModel *m_backups;
    QPointer<OpenStack::Session> m_session;
    QTimer m_pollTimer;
    QTimer m_refreshTimer;
    QHash<QString, OpenStack::Compute::Server> m_servers;
    struct Watch
    {
        QString from;         // status when the action was sent
        bool changed = false; // the row changed since: settled once it stops moving
        int pollsLeft = 8;    // unchanged and still: settled after this many polls
    };
    QHash<QString, Watch> m_watched;
    QHash<QString, Core::Error> m_errors; // per collection
    QSet<QString> m_listing; // which collections are being listed: "volumes", "snapshots", "backups"
    OpenStack::Microversion m_version;
    Core::Error m_lastError;
    int m_pageSize = 1000;
    int m_pending = 0; // jobs of the current reload still running
    int m_pendingPolls = 0;
    int m_generation = 0;
    int m_volumePolls = 0;
    bool m_allProjects = false;
    bool m_live = true;
    bool m_loading = false;
    bool m_loadServers = true;
};

} // namespace Models
