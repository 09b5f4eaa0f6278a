// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/blockstorage/blockstorageexports.h"

#include "models/blockstorage/backuplistmodel.h"
#include "models/blockstorage/snapshotlistmodel.h"
#include "models/blockstorage/volumelistcontroller.h"
#include "models/blockstorage/volumelistmodel.h"
#include "models/exportregistry.h"

namespace Models {

namespace {
enum class Table { Volumes, Snapshots, Backups };

ExportSource::Loader loaderFor(Table table)
{
    return [table](OpenStack::Session *session, const ExportOptions &options, QObject *parent, ExportSource::Done done) {
        auto *volumes = new VolumeListModel(parent);
        auto *snapshots = new SnapshotListModel(parent);
        auto *backups = new BackupListModel(parent);
        auto *controller = new VolumeListController(volumes, snapshots, backups, parent);
        controller->setLive(false);
        controller->setLoadServers(table == Table::Volumes);
        controller->setSession(session);
        controller->setAllProjects(options.allProjects);
        QObject::connect(controller, &VolumeListController::loaded, parent,
                         [table, controller, volumes, snapshots, backups, done](const Core::Error &e) {
                             switch (table) {
                             case Table::Volumes:
                                 done(volumes, e);
                                 break;
                             case Table::Snapshots:
                                 done(snapshots, e ? e : controller->errorOf(QStringLiteral("snapshots")));
                                 break;
                             case Table::Backups:
                                 done(backups, e ? e : controller->errorOf(QStringLiteral("backups")));
                                 break;
                             }
                         });
        controller->reload();
    };
}
} // namespace

void registerBlockStorageExports(ExportRegistry &registry)
{
    registry.add({QStringLiteral("volumes"),
                  QStringLiteral("Cinder volumes, as the Volumes tab shows them, with the backing RBD image "
                                 "(--all-projects: every project)"),
                  loaderFor(Table::Volumes)});
    registry.add({QStringLiteral("volume-snapshots"),
                  QStringLiteral("Cinder volume snapshots (--all-projects: every project)"), loaderFor(Table::Snapshots)});
    registry.add({QStringLiteral("volume-backups"), QStringLiteral("Cinder volume backups (--all-projects: every project)"),
                  loaderFor(Table::Backups)});
}

} // namespace Models
