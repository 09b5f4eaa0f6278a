// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/compute/serverlistcontroller.h"

#include "models/compute/serverlistmodel.h"
#include "openstack/client/session.h"
#include "openstack/compute/computejobs.h"
#include "openstack/compute/serverjobs.h"
#include "openstack/identity/projectjobs.h"
#include "openstack/image/imagejobs.h"

namespace Models {

using OpenStack::Compute::ListServersJob;
using OpenStack::Compute::Server;

ServerListController::ServerListController(ServerListModel *model, QObject *parent)
    : QObject(parent)
    , m_model(model)
{
    m_pollTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, &ServerListController::poll);
    m_incrementalTimer.setInterval(kIncrementalMs);
    connect(&m_incrementalTimer, &QTimer::timeout, this, &ServerListController::refreshIncremental);
}

void ServerListController::setSession(OpenStack::Session *session)
{
    ++m_generation; // answers for the previous session are dropped
    if (m_list)
        m_list->abort();
    m_session = session;
    m_model->clear();
    m_askedImages.clear();
    m_watched.clear();
    m_watermark = {};
    m_pollTimer.stop();
    m_incrementalTimer.stop();
    m_pendingLookups = 0;
    m_pendingPolls = 0;
    m_prefetching = false;
    setLoading(false);
}

void ServerListController::setAllProjects(bool all)
{
    if (all == m_allProjects)
        return;
    m_allProjects = all;
    m_watermark = {};
}

void ServerListController::setLive(bool live)
{
    m_live = live;
    if (!live) {
        m_pollTimer.stop();
        m_incrementalTimer.stop();
    }
}

void ServerListController::setLoading(bool loading)
{
    if (loading == m_loading)
        return;
    m_loading = loading;
    emit loadingChanged(loading);
}

void ServerListController::reload()
{
    if (!m_session)
        return;
    ++m_generation;
    if (m_list)
        m_list->abort();
    m_pendingLookups = 0;
    m_prefetching = false;
    m_lastError = {};
    m_listDone = false;
    m_watermark = {};
    setLoading(true);
    lookupProjects();
    if (m_prefetchImages)
        prefetchImages();
    startList(false);
}

void ServerListController::refreshIncremental()
{
    if (!m_session || m_loading || m_list)
        return;
    // Without changes-since semantics we trust (2.66+), the safe fallback is a full list, diffed.
    const bool incremental = m_watermark.isValid() && m_version >= OpenStack::Compute::kChangesBefore;
    startList(incremental);
}

void ServerListController::startList(bool incremental)
{
    OpenStack::Compute::ListServersOptions options;
    options.allProjects = m_allProjects;
    options.pageSize = m_pageSize;
    if (incremental)
        options.changesSince = m_watermark;
    auto *job = new ListServersJob(m_session, options, this);
    m_list = job;
    incremental ? ++m_incrementalLists : ++m_fullLists;
    const int generation = m_generation;
    connect(job, &ListServersJob::pageReady, this, [this, generation, incremental](const QVector<Server> &page) {
        if (generation != m_generation)
            return;
        for (const Server &s : page)
            advanceWatermark(s.updated);
        if (incremental) {
            m_model->applyChanges(page);
            lookupImages();
        } else {
            // Progressive: rows appear page by page. Image names are asked once the ids of every
            // page are known, in as few Glance calls as the id filter allows.
            m_model->upsert(page);
            emit progress(int(m_model->rowCount()));
        }
    });
    connect(job, &ListServersJob::finished, this, [this, generation](ListServersJob *finished) {
        if (generation == m_generation)
            onListFinished(finished);
    });
    job->start();
}

void ServerListController::onListFinished(ListServersJob *job)
{
    m_list = nullptr;
    const bool incremental = job->options().changesSince.isValid();
    if (job->error()) {
        if (job->error().kind != Core::Error::Kind::Cancelled) {
            if (m_loading)
                m_lastError = job->error();
            emit refreshFailed(job->error());
        }
    } else {
        m_version = job->microversion();
        if (!incremental) {
            // The complete list: rows no longer there go (deleted while we paged, or vanished).
            QSet<QString> keep;
            keep.reserve(job->servers().size());
            for (const Server &s : job->servers()) {
                if (!s.isDeleted())
                    keep.insert(s.id);
            }
            m_model->removeAllExcept(keep);
        }
        if (m_version.isValid() && m_version < OpenStack::Compute::kEmbeddedFlavor)
            lookupFlavors();
        lookupImages();
    }
    m_listDone = true;
    settleIfDone();
}

void ServerListController::advanceWatermark(const QDateTime &updated)
{
    if (updated.isValid() && (!m_watermark.isValid() || updated > m_watermark))
        m_watermark = updated;
}

void ServerListController::lookupImages()
{
    if (m_prefetching)
        return; // the prefetch asks again for what it did not name when it ends
    QStringList ids;
    const QStringList unresolved = m_model->unresolvedImageIds();
    for (const QString &id : unresolved) {
        if (!m_askedImages.contains(id)) {
            m_askedImages.insert(id);
            ids << id;
        }
    }
    if (ids.isEmpty() || !m_session)
        return;
    auto *job = new OpenStack::Image::ListImagesJob(m_session, ids, this);
    ++m_pendingLookups;
    const int generation = m_generation;
    connect(job, &OpenStack::Image::ListImagesJob::finished, this,
            [this, generation, ids](OpenStack::Image::ListImagesJob *done) {
                if (generation != m_generation)
                    return;
                --m_pendingLookups;
                QHash<QString, QString> names;
                for (const auto &image : done->images())
                    names.insert(image.id, image.name);
                QSet<QString> missing;
                if (!done->error()) {
                    for (const QString &id : ids) {
                        if (!names.contains(id))
                            missing.insert(id);
                    }
                }
                // A Glance failure is not the list's failure: rows show the image id instead.
                m_model->setImageNames(names, missing);
                settleIfDone();
            });
    job->start();
}

void ServerListController::prefetchImages()
{
    if (!m_session)
        return;
    auto *job = OpenStack::Image::ListImagesJob::allVisible(m_session, this);
    ++m_pendingLookups;
    m_prefetching = true;
    const int generation = m_generation;
    connect(job, &OpenStack::Image::ListImagesJob::finished, this,
            [this, generation](OpenStack::Image::ListImagesJob *done) {
                if (generation != m_generation)
                    return;
                --m_pendingLookups;
                m_prefetching = false;
                QHash<QString, QString> names;
                for (const auto &image : done->images())
                    names.insert(image.id, image.name);
                // Not named here (hidden, another owner's, deleted, or Glance failed): asked by id,
                // which is also what marks an image as gone.
                m_model->setImageNames(names, {});
                if (m_listDone)
                    lookupImages();
                settleIfDone();
            });
    job->start();
}

void ServerListController::lookupProjects()
{
    if (!m_session)
        return;
    if (!m_session->isAdmin()) {
        const auto &t = m_session->token();
        m_model->setProjectNames({{t.projectId, t.projectName}});
        return;
    }
    auto *job = new OpenStack::Identity::ListProjectsJob(m_session, OpenStack::Identity::ListProjectsJob::Scope::All,
                                                         this);
    ++m_pendingLookups;
    const int generation = m_generation;
    connect(job, &OpenStack::RestJob::finished, this, [this, generation](OpenStack::RestJob *done) {
        if (generation != m_generation)
            return;
        --m_pendingLookups;
        QHash<QString, QString> names;
        for (const auto &p : static_cast<OpenStack::Identity::ListProjectsJob *>(done)->projects())
            names.insert(p.id, p.name);
        if (!done->error())
            m_model->setProjectNames(names);
        settleIfDone();
    });
    job->start();
}

void ServerListController::lookupFlavors()
{
    if (!m_session || m_model->unresolvedFlavorIds().isEmpty())
        return;
    auto *job = new OpenStack::Compute::ListFlavorsJob(m_session, m_session->isAdmin(), this);
    ++m_pendingLookups;
    const int generation = m_generation;
    connect(job, &OpenStack::RestJob::finished, this, [this, generation](OpenStack::RestJob *done) {
        if (generation != m_generation)
            return;
        --m_pendingLookups;
        QHash<QString, QString> names;
        for (const auto &f : static_cast<OpenStack::Compute::ListFlavorsJob *>(done)->items())
            names.insert(f.id, f.name);
        if (!done->error())
            m_model->setFlavorNames(names);
        settleIfDone();
    });
    job->start();
}

void ServerListController::settleIfDone()
{
    if (!m_listDone || m_pendingLookups > 0 || !m_loading)
        return;
    setLoading(false);
    emit loaded(m_lastError);
    if (m_live && !m_lastError) {
        m_incrementalTimer.start();
        m_pollMs = kPollFirstMs;
        schedulePoll();
    }
}

void ServerListController::watch(const QStringList &serverIds)
{
    for (const QString &id : serverIds)
        m_watched.insert(id, 3);
    m_pollMs = kPollFirstMs;
    if (m_live && m_pendingPolls == 0)
        m_pollTimer.start(1000);
}

void ServerListController::schedulePoll()
{
    if (!m_live || m_pendingPolls > 0)
        return;
    bool any = !m_watched.isEmpty();
    for (int r = 0; r < m_model->rowCount() && !any; ++r)
        any = m_model->record(r).isTransitional();
    if (any)
        m_pollTimer.start(m_pollMs);
}

void ServerListController::poll()
{
    if (!m_session || m_pendingPolls > 0)
        return;
    QStringList ids;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        if (m_model->record(r).isTransitional())
            ids << m_model->record(r).id;
    }
    for (auto it = m_watched.begin(); it != m_watched.end(); ++it) {
        if (!ids.contains(it.key()))
            ids << it.key();
    }
    if (ids.isEmpty())
        return;
    if (ids.size() > kMaxPolledRows) {
        // Many rows moving: one changes-since list is cheaper than a GET each.
        refreshIncremental();
        m_pollMs = qMin(kPollMaxMs, m_pollMs * 3 / 2);
        m_pollTimer.start(m_pollMs);
        return;
    }
    m_pollChanged = false;
    m_pendingPolls = int(ids.size());
    const int generation = m_generation;
    for (const QString &id : std::as_const(ids)) {
        auto *job = new OpenStack::Compute::GetServerJob(m_session, id, this);
        ++m_serverPolls;
        connect(job, &OpenStack::RestJob::finished, this, [this, generation](OpenStack::RestJob *done) {
            if (generation != m_generation)
                return;
            auto *get = static_cast<OpenStack::Compute::GetServerJob *>(done);
            const QString serverId = get->serverId();
            if (get->isGone()) {
                m_model->removeServer(serverId);
                m_watched.remove(serverId);
                m_pollChanged = true;
            } else if (!get->error()) {
                const Server &s = get->server();
                const int row = m_model->rowOf(serverId);
                if (row < 0 || !(m_model->record(row) == s)) {
                    m_model->applyChanges({s});
                    m_pollChanged = true;
                }
                advanceWatermark(s.updated);
                auto w = m_watched.find(serverId);
                if (w != m_watched.end() && (!s.isTransitional() && --w.value() <= 0))
                    m_watched.erase(w);
            }
            if (--m_pendingPolls > 0)
                return;
            // Something moved: keep looking closely. Nothing did: look less often.
            m_pollMs = m_pollChanged ? kPollFirstMs : qMin(kPollMaxMs, m_pollMs * 3 / 2);
            schedulePoll();
        });
        job->start();
    }
}

} // namespace Models
