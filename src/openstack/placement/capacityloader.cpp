// SPDX-License-Identifier: GPL-3.0-or-later
#include "openstack/placement/capacityloader.h"

#include "openstack/client/session.h"
#include "openstack/placement/placementjobs.h"

#include <memory>

namespace OpenStack::Placement {

CapacityLoader::CapacityLoader(Session *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
}

void CapacityLoader::start()
{
    const quint64 generation = ++m_generation;
    m_loading = true;
    m_inFlight = 0;
    m_queue.clear();
    m_errors.clear();
    auto *list = new ListProvidersJob(m_session, this);
    connect(list, &RestJob::finished, this, [this, list, generation]() {
        if (generation != m_generation)
            return;
        if (list->error()) {
            m_loading = false;
            m_capacities.clear();
            m_errors.append(list->error());
            emit finished(list->error());
            return;
        }
        for (const ResourceProvider &p : list->providers()) {
            if (p.rootUuid.isEmpty() || p.rootUuid == p.id)
                m_queue.enqueue(p);
        }
        m_capacities.clear();
        if (m_queue.isEmpty()) {
            m_loading = false;
            emit finished({});
            return;
        }
        pump();
    });
    list->start();
}

void CapacityLoader::pump()
{
    const quint64 generation = m_generation;
    while (m_inFlight < kParallel && !m_queue.isEmpty()) {
        const ResourceProvider provider = m_queue.dequeue();
        ++m_inFlight;
        // Both answers are needed before the provider's capacity is known.
        struct Pair
        {
            QMap<QString, Inventory> inventories;
            QMap<QString, qint64> usages;
            int pending = 2;
            Core::Error error;
        };
        auto pair = std::make_shared<Pair>();
        auto done = [this, pair, provider, generation]() {
            if (generation != m_generation || --pair->pending > 0)
                return;
            if (pair->error)
                m_errors.append(pair->error);
            else
                m_capacities.insert(provider.name, ProviderCapacity::from(provider, pair->inventories, pair->usages));
            finishOne();
        };
        auto *inv = new GetInventoriesJob(m_session, provider.id, this);
        connect(inv, &RestJob::finished, this, [inv, pair, done]() {
            if (inv->error())
                pair->error = inv->error();
            else
                pair->inventories = inv->inventories();
            done();
        });
        auto *use = new GetUsagesJob(m_session, provider.id, this);
        connect(use, &RestJob::finished, this, [use, pair, done]() {
            if (use->error()) {
                if (!pair->error)
                    pair->error = use->error();
            } else {
                pair->usages = use->usages();
            }
            done();
        });
        inv->start();
        use->start();
    }
}

void CapacityLoader::finishOne()
{
    --m_inFlight;
    if (!m_queue.isEmpty()) {
        pump();
        return;
    }
    if (m_inFlight > 0)
        return;
    m_loading = false;
    emit finished(m_errors.isEmpty() ? Core::Error{} : m_errors.constFirst());
}

} // namespace OpenStack::Placement
