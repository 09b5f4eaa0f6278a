// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/ceph/cephexports.h"

#include "ceph/cluster.h"
#include "libvirt/connection.h"
#include "libvirt/uris.h"
#include "models/ceph/crosslayerloader.h"
#include "models/ceph/crosslayermodel.h"
#include "models/ceph/domainlistmodel.h"
#include "models/ceph/poollistmodel.h"
#include "models/ceph/rbdimagemodel.h"
#include "models/exportregistry.h"
#include "openstack/client/restjob.h"
#include "openstack/client/session.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Models {

namespace {

Ceph::Cluster *clusterFor(OpenStack::Session *session, QObject *parent)
{
    return Ceph::Cluster::create(Ceph::ClusterSettings::fromStackdeckConfig(session->config().stackdeck), parent);
}

} // namespace

void findComputeHosts(OpenStack::Session *session, QObject *context, std::function<void(const QStringList &)> done)
{
    const QStringList known = Libvirt::UriSettings::fromStackdeckConfig(session->config().stackdeck).knownHosts();
    if (!known.isEmpty()) {
        done(known);
        return;
    }
    auto *job = new OpenStack::RestJob(session, QStringLiteral("compute"), "GET", QStringLiteral("/os-services"), context);
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("binary"), QStringLiteral("nova-compute"));
    job->setQuery(q);
    QObject::connect(job, &OpenStack::RestJob::finished, context, [done](OpenStack::RestJob *j) {
        QStringList hosts;
        const QJsonArray services = j->json().value(QLatin1String("services")).toArray();
        for (const QJsonValue &s : services) {
            const QString host = s.toObject().value(QLatin1String("host")).toString();
            if (!host.isEmpty() && !hosts.contains(host))
                hosts.append(host);
        }
        done(hosts);
    });
    job->start();
}

QVector<Libvirt::Connection *> libvirtConnections(const QVariantMap &stackdeck, const QStringList &hosts, QObject *parent)
{
    const Libvirt::UriSettings uris = Libvirt::UriSettings::fromStackdeckConfig(stackdeck);
    QVector<Libvirt::Connection *> out;
    for (const QString &host : hosts)
        out.append(new Libvirt::Connection(host, uris.uriFor(host), parent));
    return out;
}

void registerCephExports(ExportRegistry &registry)
{
    registry.add({QStringLiteral("ceph-pools"), QStringLiteral("Ceph pools with PGs, replicas, usage and quotas (librados)"),
                  [](OpenStack::Session *session, const ExportOptions &, QObject *parent, ExportSource::Done done) {
                      auto *model = new PoolListModel(parent);
                      Ceph::Cluster *cluster = clusterFor(session, parent);
                      QObject::connect(model, &PoolListModel::loaded, parent, [model, done](const Core::Error &e) { done(model, e); });
                      model->reload(cluster);
                  }});
    registry.add({QStringLiteral("rbd-images"), QStringLiteral("RBD images of every pool with the rbd application (librbd)"),
                  [](OpenStack::Session *session, const ExportOptions &, QObject *parent, ExportSource::Done done) {
                      auto *model = new RbdImageModel(parent);
                      Ceph::Cluster *cluster = clusterFor(session, parent);
                      QObject::connect(model, &RbdImageModel::loaded, parent, [model, done](const Core::Error &e) { done(model, e); });
                      cluster->pools(parent, [model, cluster, done](const QVector<Ceph::Pool> &pools, const Core::Error &e) {
                          if (e) {
                              done(model, e);
                              return;
                          }
                          QStringList names;
                          for (const Ceph::Pool &p : pools) {
                              if (p.hasRbd())
                                  names.append(p.name);
                          }
                          model->reload(cluster, names);
                      });
                  }});
    registry.add({QStringLiteral("cross-layer"),
                  QStringLiteral("Cinder volumes, Glance images and Nova instances joined with RBD images and libvirt domains; "
                                 "--orphans: RBD images nobody owns"),
                  [](OpenStack::Session *session, const ExportOptions &options, QObject *parent, ExportSource::Done done) {
                      auto *model = new CrossLayerModel(parent);
                      model->setOrphansOnly(options.orphansOnly);
                      auto *loader = new CrossLayerLoader(session, clusterFor(session, parent), parent);
                      QObject::connect(loader, &CrossLayerLoader::finished, parent, [model, loader, done]() {
                          model->setRows(loader->rows());
                          done(model, loader->errors().isEmpty() ? Core::Error{} : loader->errors().constFirst());
                      });
                      findComputeHosts(session, parent, [session, loader, parent](const QStringList &hosts) {
                          loader->setConnections(libvirtConnections(session->config().stackdeck, hosts, parent));
                          loader->start();
                      });
                  }});
    registry.add({QStringLiteral("domains"), QStringLiteral("libvirt domains of every compute host, with their Nova instance"),
                  [](OpenStack::Session *session, const ExportOptions &, QObject *parent, ExportSource::Done done) {
                      auto *model = new DomainListModel(parent);
                      QObject::connect(model, &DomainListModel::loaded, parent, [model, done](const Core::Error &e) { done(model, e); });
                      findComputeHosts(session, parent, [session, model, parent](const QStringList &hosts) {
                          model->reload(libvirtConnections(session->config().stackdeck, hosts, parent));
                      });
                  }});
}

} // namespace Models
