// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/compute/computeexports.h"

#include "models/compute/serverlistcontroller.h"
#include "models/compute/serverlistmodel.h"
#include "models/exportregistry.h"

namespace Models {

void registerComputeExports(ExportRegistry &registry)
{
    registry.add({QStringLiteral("servers"),
                  QStringLiteral("Nova instances, as the Instances tab shows them (--all-projects: every project)"),
                  [](OpenStack::Session *session, const ExportOptions &options, QObject *parent,
                     ExportSource::Done done) {
                      auto *model = new ServerListModel(parent);
                      auto *controller = new ServerListController(model, parent);
                      controller->setLive(false);
                      controller->setPrefetchImages(true);
                      controller->setSession(session);
                      controller->setAllProjects(options.allProjects);
                      QObject::connect(controller, &ServerListController::loaded, parent,
                                       [model, done](const Core::Error &e) { done(model, e); });
                      controller->reload();
                  }});
}

} // namespace Models
