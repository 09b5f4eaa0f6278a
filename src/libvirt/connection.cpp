// SPDX-License-Identifier: GPL-3.0-or-later
#include "libvirt/connection.h"

#include <QThread>
#include <QTimer>

namespace Libvirt {

// One call in flight. The worker fills `run`'s result on its thread; `deliver` runs on the GUI
// thread after the worker's done() arrives, unless the watchdog settled the call first.
struct Connection::Call
{
    QString what;
    std::function<void(ConnectionWorker &)> run;    // worker thread
    std::function<void()> deliver;                  // GUI thread
    std::function<void(const Core::Error &)> fail;  // GUI thread (watchdog)
    QTimer *watchdog = nullptr;
    Core::Error error;                              // written by run, read by deliver
};

Connection::Connection(QString host, QString uri, QObject *parent)
    : QObject(parent)
    , m_host(std::move(host))
    , m_uri(std::move(uri))
    , m_refreshTimer(new QTimer(this))
{
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(m_refreshDelayMs);
    connect(m_refreshTimer, &QTimer::timeout, this, &Connection::refreshNeeded);
}

Connection::~Connection()
{
    if (!m_thread)
        return;
    m_thread->quit();
    // Bounded: a worker stuck inside libvirt is left to finish on its own.
    if (!m_thread->wait(2000))
        m_thread->setParent(nullptr);
}

void Connection::setKeepAlive(int intervalSecs, int count)
{
    m_keepAliveInterval = intervalSecs;
    m_keepAliveCount = count;
}

void Connection::setRefreshDelayMs(int ms)
{
    m_refreshDelayMs = ms;
    m_refreshTimer->setInterval(ms);
}

void Connection::setState(State state, const Core::Error &error)
{
    m_lastError = error;
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void Connection::ensureWorker()
{
    if (m_worker)
        return;
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("libvirt:") + m_host);
    m_worker = new ConnectionWorker(m_uri, m_keepAliveInterval, m_keepAliveCount);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &ConnectionWorker::done, this, &Connection::onWorkerDone);
    connect(m_worker, &ConnectionWorker::lifecycle, this, [this](const QString &uuid, int event, int detail) {
        emit domainEvent(uuid, event, detail);
        m_refreshTimer->start();
    });
    connect(m_worker, &ConnectionWorker::connectionLost, this, [this](const QString &reason) {
        Core::Error e = Core::Error::make(Core::Error::Kind::Network, reason);
        e.service = QStringLiteral("libvirt");
        setState(State::Failed, e);
    });
    m_thread->start();
}

void Connection::abandonWorker()
{
    if (!m_worker)
        return;
    // The worker may be blocked inside libvirt: disconnect it, let its thread end when the call
    // returns, and let the thread delete itself then.
    disconnect(m_worker, nullptr, this, nullptr);
    QThread *thread = m_thread;
    thread->setParent(nullptr);
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->quit();
    m_worker = nullptr;
    m_thread = nullptr;
}

template<typename R>
void Connection::submit(const QString &what, std::function<R(ConnectionWorker &, Core::Error *)> op,
                        QObject *context, std::function<void(const R &, const Core::Error &)> done)
{
    ensureWorker();
    if (m_state != State::Open)
        setState(State::Opening, m_lastError);
    const quint64 id = m_nextId++;
    auto call = std::make_shared<Call>();
    auto result = std::make_shared<R>();
    call->what = what;
    call->run = [op, result, call](ConnectionWorker &worker) {
        Core::Error error;
        *result = op(worker, &error);
        call->error = error;
    };
    QPointer<QObject> guard(context);
    call->deliver = [guard, done, result, call]() {
        if (guard)
            done(*result, call->error);
    };
    call->fail = [guard, done](const Core::Error &error) {
        if (guard)
            done(R{}, error);
    };
    call->watchdog = new QTimer(this);
    call->watchdog->setSingleShot(true);
    connect(call->watchdog, &QTimer::timeout, this, [this, id]() { onTimeout(id); });
    call->watchdog->start(m_timeoutMs);
    m_calls.insert(id, call);

    ConnectionWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker,
        [worker, call, id]() {
            call->run(*worker);
            emit worker->done(id);
        },
        Qt::QueuedConnection);
}

void Connection::onWorkerDone(quint64 id)
{
    const std::shared_ptr<Call> call = m_calls.take(id);
    if (!call)
        return;
    delete call->watchdog;
    call->watchdog = nullptr;
    const Core::Error &e = call->error;
    if (e && (e.kind == Core::Error::Kind::Network || m_state != State::Open))
        setState(State::Failed, e);
    else if (!e)
        setState(State::Open);
    call->deliver();
}

void Connection::onTimeout(quint64 id)
{
    const std::shared_ptr<Call> call = m_calls.take(id);
    if (!call)
        return;
    call->watchdog->deleteLater();
    call->watchdog = nullptr;
    Core::Error e = Core::Error::make(
        Core::Error::Kind::Timeout,
        tr("no answer from libvirt within %n second(s); the connection was given up", nullptr, (m_timeoutMs + 999) / 1000),
        QStringLiteral("%1 (%2)").arg(call->what, m_uri));
    e.service = QStringLiteral("libvirt");
    abandonWorker();
    setState(State::Failed, e);
    call->fail(e);
    // The calls queued behind the stuck one will never run on the abandoned worker.
    const auto rest = std::exchange(m_calls, {});
    for (const std::shared_ptr<Call> &other : rest) {
        delete other->watchdog;
        other->watchdog = nullptr;
        other->fail(e);
    }
}

void Connection::open(QObject *context, DoneCallback done)
{
    submit<bool>(
        tr("connect"), [](ConnectionWorker &w, Core::Error *error) {
            *error = w.ensureOpen();
            return !error->isError();
        },
        context, [done](const bool &, const Core::Error &e) { done(e); });
}

void Connection::close()
{
    if (!m_worker)
        return;
    ConnectionWorker *worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker]() { worker->closeConnection(); }, Qt::QueuedConnection);
    setState(State::Closed);
}

void Connection::listDomains(QObject *context, DomainsCallback done)
{
    const QString host = m_host;
    submit<QVector<Domain>>(
        tr("list domains"),
        [host](ConnectionWorker &w, Core::Error *error) { return w.listDomains(host, error); }, context,
        std::move(done));
}

void Connection::collectStats(QObject *context, StatsCallback done)
{
    submit<QVector<DomainStatsSample>>(
        tr("collect domain statistics"), [](ConnectionWorker &w, Core::Error *error) { return w.collectStats(error); },
        context, std::move(done));
}

void Connection::hostInfo(QObject *context, HostCallback done)
{
    submit<HostInfo>(
        tr("read host information"), [](ConnectionWorker &w, Core::Error *error) { return w.hostInfo(error); },
        context, std::move(done));
}

void Connection::domainAction(const QString &uuid, DomainAction action, QObject *context, DoneCallback done)
{
    submit<bool>(
        tr("change domain state"),
        [uuid, action](ConnectionWorker &w, Core::Error *error) {
            *error = w.domainAction(uuid, int(action));
            return !error->isError();
        },
        context, [done](const bool &, const Core::Error &e) { done(e); });
}

} // namespace Libvirt
