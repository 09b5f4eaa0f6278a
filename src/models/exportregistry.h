// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QMap>
#include <QObject>
#include <QString>
#include <QStringList>
#include <functional>

class QAbstractItemModel;

namespace OpenStack {
class Session;
}

namespace Models {

struct ExportOptions
{
    bool allProjects = false;
    bool orphansOnly = false;
};

// What `stackdeck export RESOURCE` can print. Each tab's models register their resources; the
// headless face loads the same model the tab shows and writes it out.
struct ExportSource
{
    using Done = std::function<void(QAbstractItemModel *model, const Core::Error &error)>;
    // Build the model (parented to `parent`), start loading, call `done` once when loaded.
    using Loader = std::function<void(OpenStack::Session *session, const ExportOptions &options, QObject *parent,
                                      Done done)>;

    QString resource;
    QString description;
    Loader load;
};

class ExportRegistry
{
public:
    void add(ExportSource source);
    const ExportSource *find(const QString &resource) const;
    QStringList resources() const { return m_sources.keys(); }
    const QMap<QString, ExportSource> &sources() const { return m_sources; }

private:
    QMap<QString, ExportSource> m_sources;
};

// Registrations of the resources this module's models serve: projects, catalog.
void registerIdentityExports(ExportRegistry &registry);

} // namespace Models
