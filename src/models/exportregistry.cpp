// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/exportregistry.h"

#include "models/catalogmodel.h"
#include "models/projectlistmodel.h"
#include "openstack/client/session.h"

namespace Models {

void ExportRegistry::add(ExportSource source)
{
    const QString key = source.resource;
    m_sources.insert(key, std::move(source));
}

const ExportSource *ExportRegistry::find(const QString &resource) const
{
    const auto it = m_sources.constFind(resource);
    return it == m_sources.constEnd() ? nullptr : &it.value();
}

void registerIdentityExports(ExportRegistry &registry)
{
    registry.add({QStringLiteral("projects"), QStringLiteral("Keystone projects (all of them for an admin)"),
                  [](OpenStack::Session *session, const ExportOptions &, QObject *parent, ExportSource::Done done) {
                      auto *model = new ProjectListModel(parent, false);
                      QObject::connect(model, &ProjectListModel::loaded, parent,
                                       [model, done](const Core::Error &e) { done(model, e); });
                      model->reload(session);
                  }});
    registry.add({QStringLiteral("catalog"), QStringLiteral("The service catalog of the current token"),
                  [](OpenStack::Session *session, const ExportOptions &, QObject *parent, ExportSource::Done done) {
                      auto *model = new CatalogModel(parent);
                      model->setCatalog(session->token().catalog);
                      done(model, {});
                  }});
}

} // namespace Models
