// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "openstack/placement/placementtypes.h"

#include <QMap>
#include <QObject>
#include <QPointer>
#include <QQueue>

namespace OpenStack {
class Session;
}

namespace OpenStack::Placement {

// Loads every resource provider with its inventories and usages (Placement has no bulk call, so
// two GETs per provider, at most kParallel in flight so a cloud of a thousand hosts is not hit
// all at once). Root providers only: nested ones (GPUs, NUMA) would count a host twice.
//
// Lives on the GUI thread; the caller owns it. start() again restarts; a provider that fails
// leaves its capacity out and its error in errors().
class CapacityLoader : public QObject
{
    Q_OBJECT
public:
    static constexpr int kParallel = 8;

    explicit CapacityLoader(Session *session, QObject *parent = nullptr);

    void start();
    bool isLoading() const { return m_loading; }
    // By provider name (= the hypervisor hostname of a compute node).
    const QMap<QString, ProviderCapacity> &capacities() const { return m_capacities; }
    const QVector<Core::Error> &errors() const { return m_errors; }

signals:
    // `error` is the first failure, or none.
    void finished(const Core::Error &error);

private:
    void pump();
    void finishOne();

    QPointer<Session> m_session;
    quint64 m_generation = 0;
    bool m_loading = false;
    int m_inFlight = 0;
    QQueue<ResourceProvider> m_queue;
    QMap<QString, ProviderCapacity> m_capacities;
    QVector<Core::Error> m_errors;
};

} // namespace OpenStack::Placement
