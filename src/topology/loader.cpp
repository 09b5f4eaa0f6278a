// SPDX-License-Identifier: GPL-3.0-or-later
#include "topology/loader.h"

#include "openstack/client/session.h"
#include "openstack/network/lists.h"

#include <QDateTime>

namespace Topology {

using namespace OpenStack::Network;

Loader::Loader(QObject *parent)
    : QObject(parent)
{
}

void Loader::reload(OpenStack::Session *session, bool allProjects)
{
    const int generation = ++m_generation;
    const bool was = m_pending > 0;
    m_pending = 6;
    m_error = {};
    m_partial = {};
    m_next = {};
    m_started = QDateTime::currentMSecsSinceEpoch();
    if (!was)
        emit loadingChanged(true);
    const bool every = allProjects && session->isAdmin();
    // Networks stay unscoped so shared and external networks show for everyone.
    QUrlQuery scoped;
    if (!every)
        scoped.addQueryItem(QStringLiteral("project_id"), session->token().projectId);
    const auto keep = [this, generation](auto member) {
        return [this, generation, member](auto items, const Core::Error &e) {
            if (generation != m_generation)
                return;
            m_next.*member = std::move(items);
            partDone(e, true);
        };
    };
    listNetworks(session, {}, this, keep(&Snapshot::networks));
    listSubnets(session, {}, this, keep(&Snapshot::subnets));
    listRouters(session, scoped, this, keep(&Snapshot::routers));
    listPorts(session, scoped, this, keep(&Snapshot::ports));
    listFloatingIps(session, scoped, this, keep(&Snapshot::floatingIps));
    listInstanceSummaries(session, every, this, [this, generation](QVector<InstanceSummary> items, const Core::Error &e) {
        if (generation != m_generation)
            return;
        m_next.instances = std::move(items);
        if (e)
            m_partial = e;
        partDone({}, false);
    });
}

void Loader::partDone(const Core::Error &error, bool required)
{
    if (error && required && !m_error)
        m_error = error;
    if (--m_pending > 0)
        return;
    if (!m_error)
        m_snapshot = std::move(m_next);
    m_lastLoadMs = QDateTime::currentMSecsSinceEpoch() - m_started;
    emit loadingChanged(false);
    emit loaded(m_error);
}

} // namespace Topology
