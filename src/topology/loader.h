// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "topology/graph.h"

#include <QObject>

namespace OpenStack {
class Session;
}

namespace Topology {

// Fetches networks, subnets, routers, ports, floating IPs (Neutron) and servers (Nova, through the
// minimal OpenStack::Network::listInstanceSummaries until the Compute module's list is used) in
// parallel, each with paging, and hands out one Snapshot. Servers are optional: without them every
// compute port shows as an orphaned port and `error` stays empty but `partialError` says why.
// Lives on the GUI thread; a reload() drops the answers of the previous one.
class Loader : public QObject
{
    Q_OBJECT
public:
    explicit Loader(QObject *parent = nullptr);

    void reload(OpenStack::Session *session, bool allProjects);
    bool isLoading() const { return m_pending > 0; }
    const Snapshot &snapshot() const { return m_snapshot; }
    const Core::Error &partialError() const { return m_partial; }
    qint64 lastLoadMs() const { return m_lastLoadMs; }

signals:
    void loadingChanged(bool loading);
    void loaded(const Core::Error &error);

private:
    void partDone(const Core::Error &error, bool required);

    int m_generation = 0;
    int m_pending = 0;
    Core::Error m_error;
    Core::Error m_partial;
    Snapshot m_next;
    Snapshot m_snapshot;
    qint64 m_started = 0;
    qint64 m_lastLoadMs = 0;
};

} // namespace Topology
