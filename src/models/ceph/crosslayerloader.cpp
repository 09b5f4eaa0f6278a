// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/ceph/crosslayerloader.h"

#include "ceph/cluster.h"
#include "libvirt/connection.h"
#include "models/ceph/domainlistmodel.h"
#include "openstack/client/session.h"
#include "reconcile/liveinputs.h"

#include <QHash>
#include <memory>

namespace Models {

CrossLayerLoader::CrossLayerLoader(OpenStack::Session *session, Ceph::Cluster *cluster, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_cluster(cluster)
    , m_domains(new DomainListModel(this))
{
}

void CrossLayerLoader::start()
{
    if (m_pending > 0)
        return;
    const quint64 generation = ++m_generation;
    m_inputs = {};
    m_errors.clear();
    m_pending = 3;

    if (m_session) {
        auto *live = new Reconcile::LiveInputsLoader(m_session, this);
        connect(live, &Reconcile::LiveInputsLoader::finished, this, [this, live, generation]() {
            live->deleteLater();
            if (generation != m_generation)
                return;
            const Reconcile::Inputs &in = live->inputs();
            m_inputs.volumes = in.volumes;
            m_inputs.images = in.images;
            m_inputs.servers = in.servers;
            m_inputs.haveVolumes = in.haveVolumes;
            m_inputs.haveImages = in.haveImages;
            m_inputs.haveServers = in.haveServers;
            m_errors += live->errors();
            done();
        });
        live->start();
    } else {
        --m_pending;
    }

    if (m_cluster)
        listPools();
    else
        --m_pending;

    connect(m_domains, &DomainListModel::loaded, this, [this, generation]() {
        if (generation != m_generation)
            return;
        disconnect(m_domains, &DomainListModel::loaded, this, nullptr);
        for (const Libvirt::Domain &d : m_domains->records()) {
            Reconcile::DomainRef ref{d.host, d.uuid, d.name, Libvirt::Domain::stateKey(d.state), true, {}};
            for (const Libvirt::DomainDisk &disk : d.disks)
                ref.disks.append({disk.pool, disk.image, disk.target, disk.serial});
            m_inputs.domains.append(ref);
        }
        m_inputs.connectedHosts = m_domains->connectedHosts();
        for (const Core::Error &e : m_domains->hostErrors())
            m_errors.append(e);
        done();
    });
    m_domains->reload(m_connections);
}

void CrossLayerLoader::listPools()
{
    const quint64 generation = m_generation;
    m_cluster->pools(this, [this, generation](const QVector<Ceph::Pool> &pools, const Core::Error &error) {
        if (generation != m_generation)
            return;
        if (error) {
            m_errors.append(error);
            done();
            return;
        }
        auto remaining = std::make_shared<int>(0);
        for (const Ceph::Pool &p : pools) {
            if (p.hasRbd())
                ++*remaining;
        }
        if (*remaining == 0) {
            done();
            return;
        }
        Ceph::ListOptions options;
        options.watchers = true;
        for (const Ceph::Pool &p : pools) {
            if (!p.hasRbd())
                continue;
            const QString pool = p.name;
            m_cluster->images(pool, options, this,
                              [this, generation, remaining, pool](const QVector<Ceph::RbdImage> &images, const Core::Error &e) {
                                  if (generation != m_generation)
                                      return;
                                  if (e) {
                                      m_errors.append(e);
                                  } else {
                                      m_inputs.rbdPools.append(pool);
                                      for (const Ceph::RbdImage &img : images)
                                          m_inputs.rbdImages.append({img.pool, img.name, img.sizeBytes, int(img.watchers.size()),
                                                                     img.watchersKnown, img.parent});
                                  }
                                  if (--*remaining == 0)
                                      done();
                              });
        }
    });
}

void CrossLayerLoader::done()
{
    if (--m_pending > 0)
        return;
    // Nova's status against the domain's state, now that both are known.
    QHash<QString, QString> statusById;
    for (const Reconcile::NovaServer &s : m_inputs.servers)
        statusById.insert(s.id.toLower(), s.status);
    for (Reconcile::DomainRef &d : m_inputs.domains) {
        const auto it = statusById.constFind(d.uuid.toLower());
        if (it == statusById.constEnd())
            continue;
        static const QHash<QString, Libvirt::Domain::State> states = {
            {QStringLiteral("running"), Libvirt::Domain::State::Running}, {QStringLiteral("blocked"), Libvirt::Domain::State::Blocked},
            {QStringLiteral("paused"), Libvirt::Domain::State::Paused},   {QStringLiteral("shutdown"), Libvirt::Domain::State::ShuttingDown},
            {QStringLiteral("shutoff"), Libvirt::Domain::State::Shutoff}, {QStringLiteral("crashed"), Libvirt::Domain::State::Crashed},
            {QStringLiteral("pmsuspended"), Libvirt::Domain::State::Suspended}};
        d.stateMatchesNova = Libvirt::Domain::matchesNovaStatus(states.value(d.state, Libvirt::Domain::State::Unknown), *it);
    }
    m_rows = Reconcile::reconcile(m_inputs);
    emit finished();
}

} // namespace Models
