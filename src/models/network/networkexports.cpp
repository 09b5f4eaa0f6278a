// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/network/networkexports.h"

#include "models/auditregistry.h"
#include "models/exportregistry.h"
#include "models/network/auditfindingsmodel.h"
#include "models/network/networklists.h"
#include "models/network/securitydata.h"
#include "models/network/securitygroupmodel.h"
#include "models/network/securityrulemodel.h"
#include "models/network/topologymodel.h"
#include "topology/layout.h"
#include "topology/loader.h"

namespace Models {

namespace {

// Loads the security data once and hands it to `then` (on success) or `done` (on failure).
template<typename Then, typename Fail>
void withSecurityData(OpenStack::Session *session, const ExportOptions &options, QObject *parent, Then then, Fail fail)
{
    auto *data = new SecurityData(parent);
    QObject::connect(data, &SecurityData::loaded, parent, [data, then, fail](const Core::Error &e) {
        if (e)
            fail(e);
        else
            then(*data);
    });
    data->reload(session, options.allProjects);
}

// Loads the topology snapshot and hands it to `then`, or the error to `fail`.
template<typename Then, typename Fail>
void withSnapshot(OpenStack::Session *session, const ExportOptions &options, QObject *parent, Then then, Fail fail)
{
    auto *loader = new Topology::Loader(parent);
    QObject::connect(loader, &Topology::Loader::loaded, parent, [loader, then, fail](const Core::Error &e) {
        if (e)
            fail(e);
        else
            then(loader->snapshot());
    });
    loader->reload(session, options.allProjects);
}

template<typename Model, typename Make, typename Fill>
void addList(ExportRegistry &registry, const char *resource, const char *description, Make make, Fill fill)
{
    registry.add({QString::fromLatin1(resource), QString::fromLatin1(description),
                  [make, fill](OpenStack::Session *session, const ExportOptions &options, QObject *parent,
                               ExportSource::Done done) {
                      Model *model = make(parent);
                      withSnapshot(
                          session, options, parent, [model, fill, done](const Topology::Snapshot &s) {
                              fill(model, s);
                              done(model, {});
                          },
                          [model, done](const Core::Error &e) { done(model, e); });
                  }});
}

} // namespace

void registerNetworkExports(ExportRegistry &registry)
{
    addList<NetworkListModel>(registry, "networks", "Neutron networks", makeNetworkListModel,
                              [](NetworkListModel *m, const Topology::Snapshot &s) { m->setRecords(s.networks); });
    addList<SubnetListModel>(registry, "subnets", "Neutron subnets", makeSubnetListModel,
                             [](SubnetListModel *m, const Topology::Snapshot &s) { m->setRecords(s.subnets); });
    addList<RouterListModel>(registry, "routers", "Neutron routers", makeRouterListModel,
                             [](RouterListModel *m, const Topology::Snapshot &s) { m->setRecords(s.routers); });
    addList<PortListModel>(registry, "ports", "Neutron ports", makePortListModel,
                           [](PortListModel *m, const Topology::Snapshot &s) { m->setRecords(s.ports); });
    addList<FloatingIpListModel>(registry, "floating-ips", "Neutron floating IPs", makeFloatingIpListModel,
                                 [](FloatingIpListModel *m, const Topology::Snapshot &s) { m->setRecords(s.floatingIps); });
    addList<TopologyModel>(registry, "topology", "The network topology map as nodes and edges (with map positions)",
                           [](QObject *parent) { return new TopologyModel(parent); },
                           [](TopologyModel *m, const Topology::Snapshot &s) {
                               const Topology::Graph graph = Topology::buildGraph(s);
                               Topology::Layout layout;
                               layout.place(graph);
                               m->update(graph, layout);
                           });
    registry.add({QStringLiteral("security-groups"),
                  QStringLiteral("Neutron security groups with rule count, users and audit findings"),
                  [](OpenStack::Session *session, const ExportOptions &options, QObject *parent,
                     ExportSource::Done done) {
                      auto *model = new SecurityGroupModel(parent);
                      withSecurityData(
                          session, options, parent, [model, done](const SecurityData &d) {
                              model->update(d);
                              done(model, {});
                          },
                          [model, done](const Core::Error &e) { done(model, e); });
                  }});
    registry.add({QStringLiteral("security-group-rules"), QStringLiteral("Every rule of every security group"),
                  [](OpenStack::Session *session, const ExportOptions &options, QObject *parent,
                     ExportSource::Done done) {
                      auto *model = new SecurityRuleModel(parent);
                      withSecurityData(
                          session, options, parent, [model, done](const SecurityData &d) {
                              model->showGroup(d, {});
                              done(model, {});
                          },
                          [model, done](const Core::Error &e) { done(model, e); });
                  }});
}

void registerNetworkAudits(AuditRegistry &registry)
{
    registry.add({QStringLiteral("security-groups"),
                  QStringLiteral("Rules open to the world, on sensitive ports, duplicate or shadowed"),
                  [](OpenStack::Session *session, const ExportOptions &options, QObject *parent,
                     AuditSource::Done done) {
                      auto *model = new AuditFindingsModel(parent);
                      withSecurityData(
                          session, options, parent, [model, done](const SecurityData &d) {
                              model->update(d);
                              done(model, model->rowCount(), {});
                          },
                          [model, done](const Core::Error &e) { done(model, 0, e); });
                  }});
}

} // namespace Models
