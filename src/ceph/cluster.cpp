// SPDX-License-Identifier: GPL-3.0-or-later
#include "ceph/cluster.h"

#include "ceph/radosworker.h"
#include "core/workercalls.h"

#include <QCoreApplication>

namespace Ceph {

namespace {

// Outside the class: lupdate loses its way in RadosCluster's inline members and files their strings
// under "Core"; the context here is the one RadosCluster's tr() uses at run time.
QString noAnswerWithin(int seconds)
{
    return QCoreApplication::translate("Ceph::RadosCluster", "no answer from the Ceph cluster within %n second(s)",
                                       nullptr, seconds);
}

// The librados/librbd backend: a GUI-thread facade over a RadosWorker on its own thread.
class RadosCluster : public Cluster
{
    Q_OBJECT // its own translation context, as lupdate files its strings

public:
    RadosCluster(const ClusterSettings &settings, QObject *parent)
        : Cluster(parent)
        , m_settings(settings)
        // Bounded by librados's own timeouts; past that the worker is left to finish alone.
        , m_calls(this, QStringLiteral("ceph"), 3000,
                  {[this]() { return new RadosWorker(m_settings); }, {}, [this](const Core::Error &e) { onFinished(e); },
                   [this](const QString &what) { return onTimedOut(what); }})
    {
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
    void setState(State state, const Core::Error &error)
    {
        m_lastError = error;
        if (m_state == state)
            return;
        m_state = state;
        emit stateChanged(state);
    }

    template<typename R>
    void submit(const QString &what, std::function<R(RadosWorker &, Core::Error *)> op, QObject *context,
                std::function<void(const R &, const Core::Error &)> done)
    {
        if (m_state != State::Connected)
            setState(State::Connecting, m_lastError);
        m_calls.submit<R>(what, m_settings.callTimeoutMs, std::move(op), context, std::move(done));
    }

    void onFinished(const Core::Error &e)
    {
        const bool connectionProblem = e.kind == Core::Error::Kind::Timeout || e.context.startsWith(QLatin1String("connect"));
        if (!e)
            setState(State::Connected, {});
        else if (connectionProblem)
            setState(State::Failed, e);
    }

    Core::Error onTimedOut(const QString &what)
    {
        const QString message = noAnswerWithin((m_settings.callTimeoutMs + 999) / 1000);
        Core::Error e = Core::Error::make(Core::Error::Kind::Timeout, message, what);
        e.service = QStringLiteral("ceph");
        setState(State::Failed, e);
        return e;
    }

    ClusterSettings m_settings;
    State m_state = State::Disconnected;
    Core::Error m_lastError;
    Core::WorkerCalls<RadosWorker> m_calls; // last: stopped before the state above goes away
};

} // namespace

Cluster *Cluster::create(const ClusterSettings &settings, QObject *parent)
{
    return new RadosCluster(settings, parent);
}

} // namespace Ceph

#include "cluster.moc"
