// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/blockstorage/volumelistcontroller.h"

#include "models/blockstorage/backuplistmodel.h"
#include "models/blockstorage/snapshotlistmodel.h"
#include "models/blockstorage/volumelistmodel.h"
#include "openstack/blockstorage/listjobs.h"
#include "openstack/blockstorage/resourcejobs.h"
#include "openstack/blockstorage/volumejobs.h"
#include "openstack/client/session.h"
#include "openstack/compute/serverjobs.h"
#include "openstack/identity/projectjobs.h"

namespace Models {

using namespace OpenStack::BlockStorage;

VolumeListController::VolumeListController(VolumeListModel *volumes, SnapshotListModel *snapshots,
                                           BackupListModel *backups, QObject *parent)
    : QObject(parent)
    , m_volumes(volumes)
    , m_snapshots(snapshots)
    , m_backups(backups)
{
    m_pollTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, &VolumeListController::poll);
    m_refreshTimer.setInterval(kRefreshMs);
    connect(&m_refreshTimer, &QTimer::timeout, this, [this]() {
        if (m_loading || !m_session)
            return;
        startVolumes(false);
        startSnapshots();
        startBackups();
        loadServers();
    });
}

void VolumeListController::setSession(OpenStack::Session *session)
{
    ++m_generation; // answers for the previous session are dropped
    m_session = session;
    m_volumes->clear();
    m_snapshots->clear();
    m_backups->clear();
    m_servers.clear();
    m_watched.clear();
    m_listing.clear();
    m_errors.clear();
    m_pollTimer.stop();
    m_refreshTimer.stop();
    m_pending = 0;
    m_pendingPolls = 0;
    setLoading(false);
}

OpenStack::Session *VolumeListController::session() const
{
    return m_session;
}

void VolumeListController::setLive(bool live)
{
    m_live = live;
    if (!live) {
        m_pollTimer.stop();
        m_refreshTimer.stop();
    }
}

void VolumeListController::setLoading(bool loading)
{
    if (loading == m_loading)
        return;
    m_loading = loading;
    emit loadingChanged(loading);
}

void VolumeListController::reload()
{
    if (!m_session)
        return;
    ++m_generation;
    m_listing.clear();
    m_errors.clear();
    m_lastError = {};
    m_pending = 0;
    m_pendingPolls = 0;
    setLoading(true);
    startVolumes(true);
    startSnapshots();
    startBackups();
    loadServers();
    loadProjects();
    loadPools();
}

void VolumeListController::finishOne(int generation, bool counted)
{
    if (generation != m_generation || !counted)
        return;
    --m_pending;
    settleIfDone();
}

void VolumeListController::settleIfDone()
{
    if (!m_loading || m_pending > 0)
        return;
    setLoading(false);
    emit loaded(m_lastError);
    if (m_live && !m_lastError) {
        m_refreshTimer.start();
        schedulePoll();
    }
}

void VolumeListController::startVolumes(bool full)
{
    if (!m_session || m_listing.contains(QStringLiteral("volumes")))
        return;
    m_listing.insert(QStringLiteral("volumes"));
    const bool counted = m_loading;
    if (counted)
        ++m_pending;
    auto *job = new ListVolumesJob(m_session, {m_allProjects, m_pageSize}, this);
    const int generation = m_generation;
    if (full) {
        // Rows appear page by page on a first load; later refreshes are applied in one diff.
        connect(job, &BlockStorageListJob::pageParsed, this, [this, job, generation](int) {
            if (generation == m_generation)
                m_volumes->mergePage(job->lastPage());
        });
    }
    connect(job, &BlockStorageListJob::finished, this, [this, job, generation, counted, full](BlockStorageListJob *) {
        if (generation != m_generation)
            return;
        m_listing.remove(QStringLiteral("volumes"));
        if (job->error()) {
            m_errors.insert(QStringLiteral("volumes"), job->error());
            if (m_loading)
                m_lastError = job->error();
            if (job->error().kind != Core::Error::Kind::Cancelled)
                emit refreshFailed(job->error());
        } else {
            m_errors.remove(QStringLiteral("volumes"));
            m_version = job->microversion();
            QHash<QString, QStringList> before;
            for (const Volume &v : m_volumes->records())
                before.insert(v.id, serversOf(v));
            // After a progressive load every page is already in; only a list that lost rows
            // (deleted while we paged, or a refresh) needs the full diff.
            if (!full || m_volumes->rowCount() != job->items().size())
                m_volumes->setRecords(job->items());
            QSet<QString> touched;
            for (const Volume &v : job->items()) {
                const QStringList now = serversOf(v);
                const QStringList was = before.value(v.id);
                if (before.contains(v.id) && now != was) {
                    for (const QString &s : now + was)
                        touched.insert(s.section(QLatin1Char('@'), 0, 0));
                }
            }
            if (!touched.isEmpty() && !before.isEmpty())
                emit serversChanged(QStringList(touched.begin(), touched.end()));
            // Watched volumes may settle (or vanish) in a list too, when many rows were moving.
            const QStringList watched = m_watched.keys();
            for (const QString &id : watched) {
                const int row = m_volumes->rowOf(id);
                if (row < 0) {
                    if (!m_watched.value(id).from.isEmpty()) {
                        m_watched.remove(id);
                        emit volumeGone(id);
                    }
                } else {
                    applyPolled(m_volumes->record(row));
                }
            }
            updateNames();
        }
        finishOne(generation, counted);
        if (!m_loading)
            schedulePoll();
    });
    job->start();
}

void VolumeListController::startSnapshots()
{
    if (!m_session || m_listing.contains(QStringLiteral("snapshots")))
        return;
    m_listing.insert(QStringLiteral("snapshots"));
    const bool counted = m_loading;
    if (counted)
        ++m_pending;
    auto *job = new ListSnapshotsJob(m_session, {m_allProjects, m_pageSize}, this);
    const int generation = m_generation;
    connect(job, &BlockStorageListJob::finished, this, [this, job, generation, counted](BlockStorageListJob *) {
        if (generation != m_generation)
            return;
        m_listing.remove(QStringLiteral("snapshots"));
        if (job->error())
            m_errors.insert(QStringLiteral("snapshots"), job->error());
        else {
            m_errors.remove(QStringLiteral("snapshots"));
            m_snapshots->setRecords(job->items());
        }
        finishOne(generation, counted);
        if (!m_loading)
            schedulePoll();
    });
    job->start();
}

void VolumeListController::startBackups()
{
    if (!m_session || m_listing.contains(QStringLiteral("backups")))
        return;
    m_listing.insert(QStringLiteral("backups"));
    const bool counted = m_loading;
    if (counted)
        ++m_pending;
    auto *job = new ListBackupsJob(m_session, {m_allProjects, m_pageSize}, this);
    const int generation = m_generation;
    connect(job, &BlockStorageListJob::finished, this, [this, job, generation, counted](BlockStorageListJob *) {
        if (generation != m_generation)
            return;
        m_listing.remove(QStringLiteral("backups"));
        if (job->error())
            m_errors.insert(QStringLiteral("backups"), job->error());
        else {
            m_errors.remove(QStringLiteral("backups"));
            m_backups->setRecords(job->items());
        }
        finishOne(generation, counted);
        if (!m_loading)
            schedulePoll();
    });
    job->start();
}

void VolumeListController::refreshSnapshotsAndBackups()
{
    startSnapshots();
    startBackups();
}

void VolumeListController::loadServers()
{
    if (!m_session || !m_loadServers || m_listing.contains(QStringLiteral("servers")))
        return;
    m_listing.insert(QStringLiteral("servers"));
    const bool counted = m_loading;
    if (counted)
        ++m_pending;
    OpenStack::Compute::ListServersOptions options;
    options.allProjects = m_allProjects && m_session->isAdmin();
    auto *job = new OpenStack::Compute::ListServersJob(m_session, options, this);
    const int generation = m_generation;
    connect(job, &OpenStack::Compute::ListServersJob::finished, this,
            [this, generation, counted](OpenStack::Compute::ListServersJob *done) {
                if (generation != m_generation)
                    return;
                m_listing.remove(QStringLiteral("servers"));
                // Without Nova the table still works: "Attached To" shows server ids.
                if (!done->error()) {
                    m_servers.clear();
                    for (const auto &s : done->servers())
                        m_servers.insert(s.id, s);
                    updateNames();
                }
                finishOne(generation, counted);
            });
    job->start();
}

void VolumeListController::loadProjects()
{
    if (!m_session)
        return;
    if (!m_session->isAdmin()) {
        const auto &t = m_session->token();
        const QHash<QString, QString> names{{t.projectId, t.projectName}};
        m_volumes->setProjectNames(names);
        m_snapshots->setProjectNames(names);
        m_backups->setProjectNames(names);
        return;
    }
    ++m_pending;
    auto *job = new OpenStack::Identity::ListProjectsJob(m_session, OpenStack::Identity::ListProjectsJob::Scope::All,
                                                         this);
    const int generation = m_generation;
    connect(job, &OpenStack::RestJob::finished, this, [this, generation](OpenStack::RestJob *done) {
        if (generation != m_generation)
            return;
        if (!done->error()) {
            QHash<QString, QString> names;
            for (const auto &p : static_cast<OpenStack::Identity::ListProjectsJob *>(done)->projects())
                names.insert(p.id, p.name);
            m_volumes->setProjectNames(names);
            m_snapshots->setProjectNames(names);
            m_backups->setProjectNames(names);
        }
        finishOne(generation, true);
    });
    job->start();
}

void VolumeListController::loadPools()
{
    if (!m_session)
        return;
    // clouds.yaml first: `stackdeck: {volume_pool: volumes, volume_backend_pools: {ceph: volumes}}`.
    RbdPoolMap configured;
    const QVariantMap own = m_session->config().stackdeck;
    const QString pool = own.value(QStringLiteral("volume_pool")).toString();
    if (!pool.isEmpty())
        configured.defaultPool = pool;
    const QVariantMap backends = own.value(QStringLiteral("volume_backend_pools")).toMap();
    for (auto it = backends.begin(); it != backends.end(); ++it)
        configured.backendPools.insert(it.key(), it.value().toString());
    m_volumes->setPoolMap(configured);
    if (!m_session->isAdmin())
        return;
    ++m_pending;
    auto *job = new ListBackendPoolsJob(m_session, this);
    const int generation = m_generation;
    connect(job, &OpenStack::RestJob::finished, this, [this, generation, configured](OpenStack::RestJob *done) {
        if (generation != m_generation)
            return;
        if (!done->error()) {
            RbdPoolMap map = configured;
            for (const BackendPool &p : static_cast<ListBackendPoolsJob *>(done)->items()) {
                const QString backend = p.name.section(QLatin1Char('@'), 1).section(QLatin1Char('#'), 0, 0);
                if (!backend.isEmpty() && !map.backendPools.contains(backend))
                    map.backendPools.insert(backend, p.rbdPool);
            }
            m_volumes->setPoolMap(map);
        }
        finishOne(generation, true);
    });
    job->start();
}

void VolumeListController::updateNames()
{
    QHash<QString, QString> servers;
    for (auto it = m_servers.begin(); it != m_servers.end(); ++it)
        servers.insert(it.key(), it.value().name);
    m_volumes->setServerNames(servers);
    QHash<QString, QString> volumes;
    for (const Volume &v : m_volumes->records())
        volumes.insert(v.id, v.name.isEmpty() ? v.id : v.name);
    m_snapshots->setVolumeNames(volumes);
    m_backups->setVolumeNames(volumes);
}

QStringList VolumeListController::serversOf(const Volume &volume)
{
    QStringList out;
    for (const auto &a : volume.attachments)
        out << a.serverId + QLatin1Char('@') + a.device;
    std::sort(out.begin(), out.end());
    return out;
}

void VolumeListController::watch(const QStringList &volumeIds)
{
    for (const QString &id : volumeIds) {
        const int row = m_volumes->rowOf(id);
        m_watched.insert(id, {row >= 0 ? m_volumes->record(row).status : QString(), false, 8});
    }
    if (m_live && m_pendingPolls == 0 && (!m_pollTimer.isActive() || m_pollTimer.remainingTime() > kPollMs / 2))
        m_pollTimer.start(kPollMs / 2);
}

void VolumeListController::schedulePoll()
{
    if (!m_live || m_pendingPolls > 0 || m_pollTimer.isActive())
        return;
    bool any = !m_watched.isEmpty();
    for (int r = 0; r < m_volumes->rowCount() && !any; ++r)
        any = m_volumes->record(r).isTransitional();
    for (int r = 0; r < m_snapshots->rowCount() && !any; ++r)
        any = m_snapshots->record(r).isTransitional();
    for (int r = 0; r < m_backups->rowCount() && !any; ++r)
        any = m_backups->record(r).isTransitional();
    if (any)
        m_pollTimer.start(kPollMs);
}

void VolumeListController::applyPolled(const Volume &volume)
{
    const int row = m_volumes->rowOf(volume.id);
    if (row >= 0) {
        const QStringList was = serversOf(m_volumes->record(row));
        const QStringList now = serversOf(volume);
        if (was != now) {
            QSet<QString> touched;
            for (const QString &s : was + now)
                touched.insert(s.section(QLatin1Char('@'), 0, 0));
            emit serversChanged(QStringList(touched.begin(), touched.end()));
        }
    }
    const bool differs = row < 0 || !(m_volumes->record(row) == volume);
    m_volumes->applyVolume(volume);
    auto w = m_watched.find(volume.id);
    if (w == m_watched.end())
        return;
    w->changed = w->changed || differs || volume.status != w->from;
    if (!volume.isTransitional() && (w->changed || --w->pollsLeft <= 0)) {
        m_watched.erase(w);
        emit volumeSettled(volume.id, volume.status);
    }
}

void VolumeListController::poll()
{
    if (!m_session || m_pendingPolls > 0)
        return;
    bool snapshotsMoving = false;
    for (int r = 0; r < m_snapshots->rowCount() && !snapshotsMoving; ++r)
        snapshotsMoving = m_snapshots->record(r).isTransitional();
    if (snapshotsMoving)
        startSnapshots();
    bool backupsMoving = false;
    for (int r = 0; r < m_backups->rowCount() && !backupsMoving; ++r)
        backupsMoving = m_backups->record(r).isTransitional();
    if (backupsMoving)
        startBackups();

    QStringList ids;
    for (int r = 0; r < m_volumes->rowCount(); ++r) {
        if (m_volumes->record(r).isTransitional())
            ids << m_volumes->record(r).id;
    }
    for (auto it = m_watched.begin(); it != m_watched.end(); ++it) {
        if (!ids.contains(it.key()))
            ids << it.key();
    }
    if (ids.size() > kMaxPolledRows) {
        startVolumes(false); // many rows moving: one list is cheaper than a GET each
        m_pollTimer.start(kPollMs);
        return;
    }
    if (ids.isEmpty()) {
        schedulePoll();
        return;
    }
    m_pendingPolls = int(ids.size());
    const int generation = m_generation;
    for (const QString &id : std::as_const(ids)) {
        auto *job = new GetVolumeJob(m_session, id, this);
        ++m_volumePolls;
        connect(job, &OpenStack::RestJob::finished, this, [this, generation](OpenStack::RestJob *done) {
            if (generation != m_generation)
                return;
            auto *get = static_cast<GetVolumeJob *>(done);
            if (get->isGone()) {
                m_volumes->removeVolume(get->volumeId());
                if (m_watched.remove(get->volumeId()) > 0)
                    emit volumeGone(get->volumeId());
            } else if (!get->error()) {
                applyPolled(get->volume());
            }
            if (--m_pendingPolls > 0)
                return;
            updateNames();
            schedulePoll();
        });
        job->start();
    }
}

} // namespace Models
