// SPDX-License-Identifier: GPL-3.0-or-later
#include "libvirt/connection.h"

#include <QTimer>

namespace Libvirt {

Connection::Connection(QString host, QString uri, QObject *parent)
    : QObject(parent)
    , m_host(std::move(host))
    , m_uri(std::move(uri))
    , m_refreshTimer(new QTimer(this))
    // Bounded: a worker stuck inside libvirt is left to finish on its own.
    , m_calls(std::make_unique<Core::WorkerCalls<ConnectionWorker>>(
          this, QStringLiteral("libvirt:") + m_host, 2000,
          Core::WorkerCalls<ConnectionWorker>::Hooks{
              [this]() { return new ConnectionWorker(m_uri, m_keepAliveInterval, m_keepAliveCount); },
              [this](ConnectionWorker *worker) { connectWorker(worker); }, [this](const Core::Error &e) { onFinished(e); },
              [this](const QString &what) { return onTimedOut(what); }}))
{
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(m_refreshDelayMs);
    connect(m_refreshTimer, &QTimer::timeout, this, &Connection::refreshNeeded);
}

Connection::~Connection() = default;

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

void Connection::connectWorker(ConnectionWorker *worker)
{
    connect(worker, &ConnectionWorker::lifecycle, this, [this](const QString &uuid, int event, int detail) {
        emit domainEvent(uuid, event, detail);
        m_refreshTimer->start();
    });
    connect(worker, &ConnectionWorker::connectionLost, this, [this](const QString &reason) {
        Core::Error e = Core::Error::make(Core::Error::Kind::Network, reason);
        e.service = QStringLiteral("libvirt");
        setState(State::Failed, e);
    });
}

template<typename R>
void Connection::submit(const QString &what, std::function<R(ConnectionWorker &, Core::Error *)> op,
                        QObject *context, std::function<void(const R &, const Core::Error &)> done)
{
    if (m_state != State::Open)
        setState(State::Opening, m_lastError);
    m_calls->template submit<R>(what, m_timeoutMs, std::move(op), context, std::move(done));
}

void Connection::onFinished(const Core::Error &e)
{
    if (e && (e.kind == Core::Error::Kind::Network || m_state != State::Open))
        setState(State::Failed, e);
    else if (!e)
        setState(State::Open);
}

Core::Error Connection::onTimedOut(const QString &what)
{
    Core::Error e = Core::Error::make(
        Core::Error::Kind::Timeout,
        tr("no answer from libvirt within %n second(s); the connection was given up", nullptr, (m_timeoutMs + 999) / 1000),
        QStringLiteral("%1 (%2)").arg(what, m_uri));
    e.service = QStringLiteral("libvirt");
    setState(State::Failed, e);
    return e;
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
    if (!m_calls->hasWorker())
        return;
    m_calls->post([](ConnectionWorker &worker) { worker.closeConnection(); });
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
