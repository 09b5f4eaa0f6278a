// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QHash>
#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QThread>
#include <QTimer>
#include <functional>
#include <memory>
#include <utility>

namespace Core {

// The GUI-thread half of a blocking C library run on a worker thread (librados/librbd for
// Ceph::Cluster, libvirt for Libvirt::Connection): one worker object on its own QThread, calls
// queued to it and run in order, each answer delivered back on the GUI thread exactly once and
// only while its context lives, and a watchdog per call.
//
// When a call outlives its watchdog the worker is abandoned: it is disconnected and its thread
// is left to end on its own when the library returns (it then deletes itself), its late answers
// are dropped, that call and every call queued behind it fail with the facade's timeout error,
// and the next call starts a fresh worker.
//
// Worker: a QObject with a signal `void done(quint64 callId)`, created by `make` on the GUI
// thread and moved to the worker thread. Owner: the facade QObject that holds this object as a
// member; every method here runs on the owner's (GUI) thread.
template<typename Worker>
class WorkerCalls
{
public:
    struct Hooks
    {
        std::function<Worker *()> make;
        // Extra connections to a new worker (lifecycle events, …), context = the owner.
        std::function<void(Worker *)> started;
        // A call came back, before its callback runs: the facade updates its state.
        std::function<void(const Error &)> finished;
        // A call's watchdog fired: the facade says so in its own words and updates its state.
        std::function<Error(const QString &what)> timedOut;
    };

    WorkerCalls(QObject *owner, QString threadName, int shutdownWaitMs, Hooks hooks)
        : m_owner(owner)
        , m_threadName(std::move(threadName))
        , m_shutdownWaitMs(shutdownWaitMs)
        , m_hooks(std::move(hooks))
    {
    }

    // Stops the worker; waits at most shutdownWaitMs for a call in flight, then abandons it.
    ~WorkerCalls()
    {
        for (const std::shared_ptr<Call> &call : std::as_const(m_calls))
            delete call->watchdog;
        m_calls.clear();
        if (!m_thread)
            return;
        m_thread->quit();
        if (!m_thread->wait(m_shutdownWaitMs))
            abandonWorker();
    }

    WorkerCalls(const WorkerCalls &) = delete;
    WorkerCalls &operator=(const WorkerCalls &) = delete;

    bool hasWorker() const { return m_worker != nullptr; }

    // Runs `op` on the worker thread; `done` gets its result and error on the owner's thread, or
    // the timeout error after `timeoutMs`.
    template<typename R>
    void submit(const QString &what, int timeoutMs, std::function<R(Worker &, Error *)> op, QObject *context,
                std::function<void(const R &, const Error &)> done)
    {
        ensureWorker();
        const quint64 id = m_nextId++;
        auto call = std::make_shared<Call>();
        auto result = std::make_shared<R>();
        Call *raw = call.get(); // the lambdas below live inside *call: no shared_ptr cycle
        call->what = what;
        call->run = [op = std::move(op), result, raw](Worker &worker) {
            Error error;
            *result = op(worker, &error);
            raw->error = error; // read on the owner's thread after done(), which orders it
        };
        QPointer<QObject> guard(context);
        call->deliver = [guard, done, result, raw]() {
            if (guard)
                done(*result, raw->error);
        };
        call->fail = [guard, done](const Error &error) {
            if (guard)
                done(R{}, error);
        };
        call->watchdog = new QTimer(m_owner);
        call->watchdog->setSingleShot(true);
        QObject::connect(call->watchdog, &QTimer::timeout, m_owner, [this, id]() { onTimeout(id); });
        call->watchdog->start(timeoutMs);
        m_calls.insert(id, call);

        Worker *worker = m_worker;
        // `call` stays alive in this lambda until the worker has run it, even if abandoned.
        QMetaObject::invokeMethod(
            worker,
            [worker, call, id]() {
                call->run(*worker);
                emit worker->done(id);
            },
            Qt::QueuedConnection);
    }

    // Fire-and-forget work on the worker thread (closing a connection), when there is a worker.
    void post(std::function<void(Worker &)> work)
    {
        if (!m_worker)
            return;
        Worker *worker = m_worker;
        QMetaObject::invokeMethod(worker, [worker, work = std::move(work)]() { work(*worker); }, Qt::QueuedConnection);
    }

private:
    struct Call
    {
        QString what;
        std::function<void(Worker &)> run;        // worker thread
        std::function<void()> deliver;            // owner's thread
        std::function<void(const Error &)> fail;  // owner's thread (watchdog)
        QTimer *watchdog = nullptr;
        Error error;                              // written by run, read by deliver
    };

    void ensureWorker()
    {
        if (m_worker)
            return;
        m_thread = new QThread(m_owner);
        m_thread->setObjectName(m_threadName);
        m_worker = m_hooks.make();
        m_worker->moveToThread(m_thread);
        QObject::connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
        QObject::connect(m_worker, &Worker::done, m_owner, [this](quint64 id) { onDone(id); });
        if (m_hooks.started)
            m_hooks.started(m_worker);
        m_thread->start();
    }

    void abandonWorker()
    {
        if (!m_worker)
            return;
        // The worker may be blocked inside the library: cut it off, let its thread end when the
        // call returns, and let the thread delete itself then.
        QObject::disconnect(m_worker, nullptr, m_owner, nullptr);
        QThread *thread = m_thread;
        thread->setParent(nullptr);
        QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
        thread->quit();
        m_worker = nullptr;
        m_thread = nullptr;
    }

    void onDone(quint64 id)
    {
        const std::shared_ptr<Call> call = m_calls.take(id);
        if (!call)
            return;
        delete call->watchdog;
        call->watchdog = nullptr;
        if (m_hooks.finished)
            m_hooks.finished(call->error);
        call->deliver();
    }

    void onTimeout(quint64 id)
    {
        const std::shared_ptr<Call> call = m_calls.take(id);
        if (!call)
            return;
        call->watchdog->deleteLater(); // we are inside its timeout signal
        call->watchdog = nullptr;
        const Error error = m_hooks.timedOut(call->what);
        abandonWorker();
        call->fail(error);
        // The calls queued behind the stuck one will never run on the abandoned worker.
        const auto rest = std::exchange(m_calls, {});
        for (const std::shared_ptr<Call> &other : rest) {
            delete other->watchdog;
            other->watchdog = nullptr;
            other->fail(error);
        }
    }

    QObject *m_owner;
    QString m_threadName;
    int m_shutdownWaitMs;
    Hooks m_hooks;
    QThread *m_thread = nullptr;
    Worker *m_worker = nullptr; // lives on m_thread; deleted when the thread finishes
    quint64 m_nextId = 1;
    QHash<quint64, std::shared_ptr<Call>> m_calls;
};

} // namespace Core
