// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "core/workercalls.h"
#include "libvirt/connectionworker.h"
#include "libvirt/domain.h"
#include "libvirt/domainstats.h"

#include <QObject>
#include <functional>
#include <memory>

class QTimer;

namespace Libvirt {

// The GUI-thread facade over one libvirt connection (one compute host).
//
// Threading contract:
//  - Create, call and destroy a Connection on the GUI thread only. No method blocks: each one
//    posts the work to this connection's own worker thread (which owns the virConnectPtr; libvirt
//    is never called on the GUI thread) and returns at once.
//  - Callbacks run on the GUI thread, later, and only while `context` is alive; a call whose
//    context was destroyed is dropped silently. Each callback is called exactly once.
//  - Calls run in the order given, one at a time per connection. The first call opens the
//    connection (virConnectOpen, keepalive on remote URIs, lifecycle event registration);
//    a connection found dead is reopened by the next call.
//  - Every call is bounded by timeoutMs() (a watchdog on the GUI thread): when libvirt does not
//    answer in time (an ssh that hangs, an unreachable TCP host), the callback gets a
//    Core::Error::Kind::Timeout naming the URI and what was being done, the state becomes Failed,
//    and the stuck worker is abandoned (it ends on its own when libvirt returns); the next call
//    starts a fresh worker. Later answers from the abandoned worker are discarded.
//  - Failures carry libvirt's own message (virGetLastError) and what was being done.
//  - Lifecycle events (start, stop, suspend, …) are emitted as domainEvent() and, coalesced over
//    refreshDelayMs, as refreshNeeded(): connect that to a listDomains() to stay live.
//
// Usage:
//   auto *c = new Libvirt::Connection(QStringLiteral("host01"), uri, this);
//   c->listDomains(this, [this](const QVector<Libvirt::Domain> &domains, const Core::Error &e) { … });
//   connect(c, &Libvirt::Connection::refreshNeeded, this, &MyPage::reloadDomains);
class Connection : public QObject
{
    Q_OBJECT
public:
    enum class State { Closed, Opening, Open, Failed };
    Q_ENUM(State)
    enum class DomainAction { Start, Shutdown, Destroy, Suspend, Resume, Reboot };

    using DoneCallback = std::function<void(const Core::Error &)>;
    using DomainsCallback = std::function<void(const QVector<Domain> &, const Core::Error &)>;
    using StatsCallback = std::function<void(const QVector<DomainStatsSample> &, const Core::Error &)>;
    using HostCallback = std::function<void(const HostInfo &, const Core::Error &)>;

    static constexpr int kDefaultTimeoutMs = 15000;

    // `host` is the compute host's name (domain ids and exports use it), `uri` the libvirt URI.
    Connection(QString host, QString uri, QObject *parent = nullptr);
    // Stops the worker; waits at most a moment for a call in flight, then abandons it.
    ~Connection() override;

    QString host() const { return m_host; }
    QString uri() const { return m_uri; }
    State state() const { return m_state; }
    const Core::Error &lastError() const { return m_lastError; }

    int timeoutMs() const { return m_timeoutMs; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    // Keepalive for remote URIs (seconds between probes, probes missed before the connection is
    // declared dead). Takes effect on the next open.
    void setKeepAlive(int intervalSecs, int count);
    int refreshDelayMs() const { return m_refreshDelayMs; }
    void setRefreshDelayMs(int ms);

    void open(QObject *context, DoneCallback done);
    // Closes the connection (on the worker). Pending calls still get their answers.
    void close();
    void listDomains(QObject *context, DomainsCallback done);
    // One tick of virConnectGetAllDomainStats for every domain; feed it to a StatsHistory.
    void collectStats(QObject *context, StatsCallback done);
    void hostInfo(QObject *context, HostCallback done);
    void domainAction(const QString &uuid, DomainAction action, QObject *context, DoneCallback done);

signals:
    void stateChanged(Libvirt::Connection::State state);
    void domainEvent(const QString &uuid, int event, int detail);
    void refreshNeeded();

private:
    template<typename R>
    void submit(const QString &what, std::function<R(ConnectionWorker &, Core::Error *)> op, QObject *context,
                std::function<void(const R &, const Core::Error &)> done);
    void connectWorker(ConnectionWorker *worker);
    void onFinished(const Core::Error &error);
    Core::Error onTimedOut(const QString &what);
    void setState(State state, const Core::Error &error = {});

    QString m_host;
    QString m_uri;
    State m_state = State::Closed;
    Core::Error m_lastError;
    int m_timeoutMs = kDefaultTimeoutMs;
    int m_keepAliveInterval = 5;
    int m_keepAliveCount = 3;
    int m_refreshDelayMs = 200;
    QTimer *m_refreshTimer;
    // The worker thread and the calls in flight (see Core::WorkerCalls); last, so it stops first.
    std::unique_ptr<Core::WorkerCalls<ConnectionWorker>> m_calls;
};

} // namespace Libvirt
