// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/ceph/cephexports.h"

#include "ceph/cluster.h"
#include "ceph/clustersettingsstore.h"
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
#include "secrets/keychainstore.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Models {

namespace {

// The same settings as the Ceph tab (its per-cloud settings, then clouds.yaml, then librados's
// defaults); a pasted key is read from the keychain the window uses, only when one was chosen.
void withCluster(OpenStack::Session *session, QObject *parent, std::function<void(Ceph::Cluster *, const Core::Error &)> done)
{
    const Ceph::ClusterSettingsStore store(session->config().name, session->config().stackdeck);
    const auto user = store.userSettings();
    Secrets::CredentialStore *keychain = nullptr;
    if (user && user->useSecretKey)
        keychain = new Secrets::KeychainStore(QStringLiteral("StackDeck"), parent);
    store.load(keychain, parent, [parent, done](const Ceph::ClusterSettings &settings, const Core::Error &e) {
        done(e ? nullptr : Ceph::Cluster::create(settings, parent), e);
    });
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
                      QObject::connect(model, &PoolListModel::loaded, parent, [model, done](const Core::Error &e) { done(model, e); });
                      withCluster(session, parent, [model, done](Ceph::Cluster *cluster, const Core::Error &e) {
                          if (e)
                              done(model, e);
                          else
                              model->reload(cluster);
                      });
                  }});
    registry.add({QStringLiteral("rbd-images"), QStringLiteral("RBD images of every pool with the rbd application (librbd)"),
                  [](OpenStack::Session *session, const ExportOptions &, QObject *parent, ExportSource::Done done) {
                      auto *model = new RbdImageModel(parent);
                      QObject::connect(model, &RbdImageModel::loaded, parent, [model, done](const Core::Error &e) { done(model, e); });
                      withCluster(session, parent, [model, parent, done](Ceph::Cluster *cluster, const Core::Error &error) {
                          if (error) {
                              done(model, error);
                              return;
                          }
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
                      });
                  }});
    registry.add({QStringLiteral("cross-layer"),
                  QStringLiteral("Cinder volumes, Glance images and Nova instances joined with RBD images and libvirt domains; "
                                 "--orphans: RBD images nobody owns"),
                  [](OpenStack::Session *session, const ExportOptions &options, QObject *parent, ExportSource::Done done) {
                      auto *model = new CrossLayerModel(parent);
                      model->setOrphansOnly(options.orphansOnly);
                      withCluster(session, parent, [session, model, parent, done](Ceph::Cluster *cluster, const Core::Error &e) {
                          if (e) {
                              done(model, e);
                              return;
                          }
                          auto *loader = new CrossLayerLoader(session, cluster, parent);
                          QObject::connect(loader, &CrossLayerLoader::finished, parent, [model, loader, done]() {
                              model->setRows(loader->rows());
                              done(model, loader->errors().isEmpty() ? Core::Error{} : loader->errors().constFirst());
                          });
                          findComputeHosts(session, parent, [session, loader, parent](const QStringList &hosts) {
                              loader->setConnections(libvirtConnections(session->config().stackdeck, hosts, parent));
                              loader->start();
                          });
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
