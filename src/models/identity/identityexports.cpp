// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/identity/identityexports.h"

#include "models/exportregistry.h"
#include "models/identity/quotamodel.h"
#include "models/identity/roleassignmentmodel.h"
#include "models/identity/userlistmodel.h"
#include "models/projectlistmodel.h"
#include "openstack/client/session.h"

namespace Models {

void registerIdentityModelExports(ExportRegistry &registry)
{
    registry.add({QStringLiteral("users"), QStringLiteral("Keystone users (admin)"),
                  [](OpenStack::Session *session, const ExportOptions &, QObject *parent, ExportSource::Done done) {
                      auto *model = new UserListModel(parent);
                      QObject::connect(model, &UserListModel::loaded, parent,
                                       [model, done](const Core::Error &e) { done(model, e); });
                      model->reload(session);
                  }});
    registry.add({QStringLiteral("role-assignments"),
                  QStringLiteral("Role assignments on the current project (every one with --all-projects)"),
                  [](OpenStack::Session *session, const ExportOptions &options, QObject *parent,
                     ExportSource::Done done) {
                      auto *model = new RoleAssignmentModel(parent);
                      QObject::connect(model, &RoleAssignmentModel::loaded, parent,
                                       [model, done](const Core::Error &e) { done(model, e); });
                      model->reload(session, options.allProjects ? QString() : session->token().projectId);
                  }});
    registry.add({QStringLiteral("quotas"),
                  QStringLiteral("Compute, network and volume quotas with usage of the current project (every "
                                 "project with --all-projects)"),
                  [](OpenStack::Session *session, const ExportOptions &options, QObject *parent,
                     ExportSource::Done done) {
                      auto *model = new QuotaModel(parent);
                      QObject::connect(model, &QuotaModel::loaded, parent,
                                       [model, done](const Core::Error &e) { done(model, e); });
                      if (!options.allProjects) {
                          model->reload(session, {{session->token().projectId, session->token().projectName}});
                          return;
                      }
                      // Every project first, then their quotas.
                      auto *projects = new ProjectListModel(parent, false);
                      QObject::connect(projects, &ProjectListModel::loaded, parent,
                                       [projects, model, session, done](const Core::Error &e) {
                                           if (e) {
                                               done(model, e);
                                               return;
                                           }
                                           QHash<QString, QString> all;
                                           for (const auto &p : projects->records())
                                               all.insert(p.id, p.name);
                                           model->reload(session, all);
                                       });
                      projects->reload(session);
                  }});
}

} // namespace Models
