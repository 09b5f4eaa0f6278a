// SPDX-License-Identifier: GPL-3.0-or-later
#include "ceph/cluster.h"

#include "ceph/radosworker.h"

#include <QHash>
#include <QPointer>
#include <QThread>
#include <QTimer>
#include <memory>

namespace Ceph {

namespace {

// The librados/librbd backend: a GUI-thread facade over a RadosWorker on its own thread.
class RadosCluster : public Cluster
{
    Q_OBJECT // its own translation context, as lupdate files its strings

public:
    RadosCluster(const ClusterSettings &settings, QObject *parent)
        : Cluster(parent)
        , m_settings(settings)
    {
    }

    ~RadosCluster() override
    {
        if (!m_thread)
            return;
        m_thread->quit();
        // Bounded by librados's own timeouts; past that the worker is left to finish alone.
        if (!m_thread->wait(3000))
            m_thread->setParent(nullptr);
    }

    ClusterSettings settings() const override { return m_settings; }
    State state() const override { return m_state; }
    Core::Error lastError() const override { return m_lastError; }

    void status(QObject *context, StatusCallback done) override
    {
        submit<ClusterStatus>(
            tr("read cluster health"), [](RadosWorker &w, Core::Error *e) { return w.status(e); }, context, std::move(done));
    }
    void pools(QObject *context, PoolsCallback done) override
    {
        submit<QVector<Pool>>(
            tr("list pools"), [](RadosWorker &w, Core::Error *e) { return w.pools(e); }, context, std::move(done));
    }
    void images(const QString &pool, const ListOptions &options, QObject *context, ImagesCallback done) override
    {
        submit<QVector<RbdImage>>(
            tr("list RBD images in %1").arg(pool),
            [pool, options](RadosWorker &w, Core::Error *e) { return w.images(pool, options, e); }, context, std::move(done));
    }
    void imageDetails(const QString &pool, const QString &image, QObject *context, DetailsCallback done) override
    {
        submit<ImageDetails>(
            tr("read RBD image %1/%2").arg(pool, image),
            [pool, image](RadosWorker &w, Core::Error *e) { return w.imageDetails(pool, image, e); }, context,
            std::move(done));
    }
    void trash(const QString &pool, QObject *context, TrashCallback done) override
    {
        submit<QVector<TrashEntry>>(
            tr("list the RBD trash of %1").arg(pool), [pool](RadosWorker &w, Core::Error *e) { return w.trash(pool, e); },
            context, std::move(done));
    }
    void apply(const ImageOp &op, QObject *context, DoneCallback done) override
    {
        submit<bool>(
            op.describe(),
            [op](RadosWorker &w, Core::Error *e) {
                *e = w.apply(op);
                return !e->isError();
            },
            context, [done](const bool &, const Core::Error &e) { done(e); });
    }

private:
    struct Call
    {
        std::function<void(RadosWorker &)> run; // worker thread
        std::function<void()> deliver;          // GUI thread
        std::function<void(const Core::Error &)> fail;
        QTimer *watchdog = nullptr;
        Core::Error error; // written by run before done() is emitted, read by deliver after
    };

    void setState(State state, const Core::Error &error)
    {
        m_lastError = error;
        if (m_state == state)
            return;
        m_state = state;
        emit stateChanged(state);
    }

    void ensureWorker()
    {
        if (m_worker)
            return;
        m_thread = new QThread(this);
        m_thread->setObjectName(QStringLiteral("ceph"));
        m_worker = new RadosWorker(m_settings);
        m_worker->moveToThread(m_thread);
        connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
        connect(m_worker, &RadosWorker::done, this, [this](quint64 id) { onDone(id); });
        m_thread->start();
    }

    void abandonWorker()
    {
        if (!m_worker)
            return;
        disconnect(m_worker, nullptr, this, nullptr);
        QThread *thread = m_thread;
        thread->setParent(nullptr);
        connect(thread, &QThread::finished, thread, &QObject::deleteLater);
        thread->quit();
        m_worker = nullptr;
        m_thread = nullptr;
    }

    template<typename R>
    void submit(const QString &what, std::function<R(RadosWorker &, Core::Error *)> op, QObject *context,
                std::function<void(const R &, const Core::Error &)> done)
    {
        ensureWorker();
        if (m_state != State::Connected)
            setState(State::Connecting, m_lastError);
        const quint64 id = m_nextId++;
        auto call = std::make_shared<Call>();
        auto result = std::make_shared<R>();
        Call *raw = call.get();
        call->run = [op, result, raw](RadosWorker &w) {
            Core::Error e;
            *result = op(w, &e);
            raw->error = e;
        };
        QPointer<QObject> guard(context);
        call->deliver = [guard, done, result, raw]() {
            if (guard)
                done(*result, raw->error);
        };
        call->fail = [guard, done](const Core::Error &e) {
            if (guard)
                done(R{}, e);
        };
        call->watchdog = new QTimer(this);
        call->watchdog->setSingleShot(true);
        connect(call->watchdog, &QTimer::timeout, this, [this, id, what]() { onTimeout(id, what); });
        call->watchdog->start(m_settings.callTimeoutMs);
        m_calls.insert(id, call);
        RadosWorker *worker = m_worker;
        // `call` is kept alive by the lambda until the worker has run it.
        QMetaObject::invokeMethod(
            worker,
            [worker, call, id]() {
                call->run(*worker);
                emit worker->done(id);
            },
            Qt::QueuedConnection);
    }

    void onDone(quint64 id)
    {
        const std::shared_ptr<Call> call = m_calls.take(id);
        if (!call)
            return;
        delete call->watchdog;
        call->watchdog = nullptr;
        const Core::Error &e = call->error;
        const bool connectionProblem = e.kind == Core::Error::Kind::Timeout || e.context.startsWith(QLatin1String("connect"));
        if (!e)
            setState(State::Connected, {});
        else if (connectionProblem)
            setState(State::Failed, e);
        call->deliver();
    }

    void onTimeout(quint64 id, const QString &what)
    {
        const std::shared_ptr<Call> call = m_calls.take(id);
        if (!call)
            return;
        call->watchdog->deleteLater();
        call->watchdog = nullptr;
        Core::Error e = Core::Error::make(
            Core::Error::Kind::Timeout,
            tr("no answer from the Ceph cluster within %n second(s)", nullptr, (m_settings.callTimeoutMs + 999) / 1000), what);
        e.service = QStringLiteral("ceph");
        abandonWorker();
        setState(State::Failed, e);
        call->fail(e);
        const auto rest = std::exchange(m_calls, {});
        for (const std::shared_ptr<Call> &other : rest) {
            delete other->watchdog;
            other->watchdog = nullptr;
            other->fail(e);
        }
    }

    ClusterSettings m_settings;
    State m_state = State::Disconnected;
    Core::Error m_lastError;
    QThread *m_thread = nullptr;
    RadosWorker *m_worker = nullptr; // lives on m_thread; deleted when the thread finishes
    quint64 m_nextId = 1;
    QHash<quint64, std::shared_ptr<Call>> m_calls;
};

} // namespace

Cluster *Cluster::create(const ClusterSettings &settings, QObject *parent)
{
    return new RadosCluster(settings, parent);
}

} // namespace Ceph

#include "cluster.moc"
