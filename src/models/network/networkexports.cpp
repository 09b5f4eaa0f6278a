// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/network/networkexports.h"

#include "models/auditregistry.h"
#include "models/exportregistry.h"
#include "models/network/auditfindingsmodel.h"
#include "models/network/securitydata.h"
#include "models/network/securitygroupmodel.h"
#include "models/network/securityrulemodel.h"

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

} // namespace

void registerNetworkExports(ExportRegistry &registry)
{
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
