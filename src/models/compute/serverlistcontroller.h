// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "openstack/client/microversion.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

namespace OpenStack {
class Session;
class RestJob;
namespace Compute {
class ListServersJob;
}
} // namespace OpenStack

namespace Models {

class ServerListModel;

// Keeps a ServerListModel current without re-fetching everything every few seconds:
//  - reload(): every page of GET /servers/detail, shown as it arrives; project names (Keystone)
//    and image names (Glance, batched by id) fetched alongside; loaded() once all are in.
//  - live mode: rows in transition (BUILD, REBOOT, RESIZE, task_state set, …) are polled one
//    GET /servers/{id} each, every few seconds with backoff; the whole list is refreshed with
//    changes-since (when the cloud speaks microversion 2.66+; else a full list, diffed).
// GUI thread only. Jobs are parented to this object and die with it.
class ServerListController : public QObject
{
    Q_OBJECT
public:
    static constexpr int kPollFirstMs = 2000;
    static constexpr int kPollMaxMs = 30000;
    static constexpr int kIncrementalMs = 30000;
    static constexpr int kMaxPolledRows = 10; // more rows in transition: one changes-since list instead

    explicit ServerListController(ServerListModel *model, QObject *parent = nullptr);

    void setSession(OpenStack::Session *session);
    void setAllProjects(bool all);
    bool allProjects() const { return m_allProjects; }
    // Polling and periodic refresh; off for a one-shot export.
    void setLive(bool live);
    void setPageSize(int size) { m_pageSize = size; }
    // reload() also lists every visible image at once, in parallel with the servers, so the names
    // are there when the list ends; only ids it did not name are asked afterwards. For a one-shot
    // export, where the Glance call after the list was on the critical path; the tab keeps the
    // by-id lookup (a cloud's image catalogue can be far larger than the rows it needs).
    void setPrefetchImages(bool prefetch) { m_prefetchImages = prefetch; }

    void reload();
    void refreshIncremental();
    // An action was sent for these servers: look again soon, then back off.
    void watch(const QStringList &serverIds);

    bool isLoading() const { return m_loading; }
    const Core::Error &lastError() const { return m_lastError; }
    OpenStack::Microversion microversion() const { return m_version; }
    QDateTime watermark() const { return m_watermark; }
    int pollIntervalMs() const { return m_pollMs; }
    // Counters for tests and the request budget: what the live mode actually asked for.
    int fullLists() const { return m_fullLists; }
    int incrementalLists() const { return m_incrementalLists; }
    int serverPolls() const { return m_serverPolls; }

signals:
    void loadingChanged(bool loading);
    void loaded(const Core::Error &error);
    void progress(int serversSoFar);
    void refreshFailed(const Core::Error &error);

private:
    void startList(bool incremental);
    void onListFinished(OpenStack::Compute::ListServersJob *job);
    void lookupImages();
    void prefetchImages();
    void lookupProjects();
    void lookupFlavors();
    void settleIfDone();
    void setLoading(bool loading);
    void advanceWatermark(const QDateTime &updated);
    void schedulePoll();
    void poll();

    ServerListModel *m_model;
    QPointer<OpenStack::Session> m_session;
    QPointer<OpenStack::Compute::ListServersJob> m_list;
    QTimer m_pollTimer;
    QTimer m_incrementalTimer;
    QSet<QString> m_askedImages;
    QHash<QString, int> m_watched; // id → polls left after an action
    QDateTime m_watermark;
    OpenStack::Microversion m_version;
    Core::Error m_lastError;
    int m_pageSize = 1000;
    int m_pollMs = kPollFirstMs;
    int m_pendingLookups = 0;
    int m_pendingPolls = 0;
    int m_generation = 0;
    int m_fullLists = 0;
    int m_incrementalLists = 0;
    int m_serverPolls = 0;
    bool m_allProjects = false;
    bool m_live = true;
    bool m_loading = false;
    bool m_listDone = false;
    bool m_firstPage = false;
    bool m_pollChanged = false;
    bool m_prefetchImages = false;
    bool m_prefetching = false; // the by-id lookup waits for it
};

} // namespace Models
