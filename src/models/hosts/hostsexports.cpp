// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/hosts/hostsexports.h"

#include "models/exportregistry.h"
#include "models/hosts/aggregatelistmodel.h"
#include "models/hosts/hostsloader.h"
#include "models/hosts/hypervisorlistmodel.h"
#include "models/hosts/zonelistmodel.h"

namespace Models {

namespace {

// Loads a snapshot, hands it to a model of type M, and reports once.
template<typename M>
ExportSource::Loader loaderFor()
{
    return [](OpenStack::Session *session, const ExportOptions &, QObject *parent, ExportSource::Done done) {
        auto *model = new M(parent);
        auto *loader = new HostsLoader(parent);
        loader->setSession(session);
        QObject::connect(loader, &HostsLoader::loaded, parent, [model, loader, done](const Core::Error &error) {
            model->setSnapshot(loader->snapshot());
            done(model, error);
        });
        loader->reload();
    };
}

} // namespace

void registerHostsExports(ExportRegistry &registry)
{
    registry.add({QStringLiteral("aggregates"),
                  QStringLiteral("Nova host aggregates with zone, properties, hosts and their Placement capacity "
                                 "(the columns of openstack aggregate list --long first)"),
                  loaderFor<AggregateListModel>()});
    registry.add({QStringLiteral("availability-zones"),
                  QStringLiteral("Availability zones of compute, volume and network with hosts, state and capacity"),
                  loaderFor<ZoneListModel>()});
    registry.add({QStringLiteral("hypervisors"),
                  QStringLiteral("Hypervisors with state, status, instances, zone, aggregates and Placement capacity"),
                  loaderFor<HypervisorListModel>()});
}

} // namespace Models
