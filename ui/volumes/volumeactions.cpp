// SPDX-License-Identifier: GPL-3.0-or-later
// The Volumes tab's actions: dialogs opened with open(), jobs started, outcomes reported, and the
// volumes acted on watched until Cinder settles them.
#include "models/blockstorage/backuplistmodel.h"
#include "models/blockstorage/snapshotlistmodel.h"
#include "models/blockstorage/volumelistcontroller.h"
#include "models/blockstorage/volumelistmodel.h"
#include "openstack/blockstorage/resourcejobs.h"
#include "openstack/blockstorage/volumejobs.h"
#include "openstack/client/session.h"
#include "ui/common/tablepanel.h"
#include "ui/volumes/volumedialogs.h"
#include "ui/volumes/volumeformdialog.h"
#include "ui/volumes/volumespage.h"

#include <QComboBox>
#include <QLineEdit>
#include <QMessageBox>

namespace Ui {

using namespace OpenStack::BlockStorage;
using Models::VolumeRules;

namespace {
QString nameOf(const Volume &v)
{
    return v.name.isEmpty() ? v.id : v.name;
}
} // namespace

void VolumesPage::createVolume(int presetSource, const QString &presetId)
{
    QVector<CreateVolumeDialog::Choice> snapshots;
    for (const auto &s : m_snapshotModel->records()) {
        if (s.status == QLatin1String("available"))
            snapshots.append({s.id, s.name.isEmpty() ? s.id : s.name, s.sizeGb});
    }
    QVector<CreateVolumeDialog::Choice> volumes;
    for (const auto &v : m_volumeModel->records()) {
        if (v.status == QLatin1String("available") || v.status == QLatin1String("in-use"))
            volumes.append({v.id, nameOf(v), v.sizeGb});
    }
    auto *dialog = new CreateVolumeDialog(m_session, snapshots, volumes, this);
    dialog->setObjectName(QStringLiteral("createVolumeDialog"));
    if (presetSource > 0)
        dialog->preselect(CreateVolumeDialog::Source(presetSource), presetId);
    connect(dialog, &QDialog::accepted, this, [this, dialog]() {
        const VolumeSpec spec = dialog->spec();
        auto *job = new CreateVolumeJob(m_session, spec);
        runOne(tr("Creating volume %1 (%2 GiB)").arg(spec.name.isEmpty() ? tr("(unnamed)") : spec.name).arg(spec.sizeGb),
               job, {}, [this](OpenStack::RestJob *done) {
                   const Volume &v = static_cast<CreateVolumeJob *>(done)->volume();
                   m_volumeModel->applyVolume(v);
                   m_controller->watch({v.id});
               });
    });
    dialog->open();
}

void VolumesPage::editVolume(const Volume &volume)
{
    auto *d = new VolumeFormDialog(tr("Edit Volume"), {}, this);
    d->setObjectName(QStringLiteral("editVolumeDialog"));
    d->addLine(QStringLiteral("name"), tr("Volume Name"), volume.name);
    d->addLine(QStringLiteral("description"), tr("Description"), volume.description);
    connect(d, &QDialog::accepted, this, [this, d, volume]() {
        runOne(tr("Volume %1 updated").arg(nameOf(volume)),
               new UpdateVolumeJob(m_session, volume.id, d->text(QStringLiteral("name")), d->text(QStringLiteral("description"))),
               {volume.id});
    });
    d->open();
}

void VolumesPage::extendVolume(const Volume &volume)
{
    auto *d = new VolumeFormDialog(tr("Extend Volume"),
                                   tr("%1 is %2 GiB. A volume can only grow.").arg(nameOf(volume)).arg(volume.sizeGb), this);
    d->setObjectName(QStringLiteral("extendVolumeDialog"));
    d->addLine(QStringLiteral("size"), tr("New Size (GiB)"), QString::number(volume.sizeGb + 1));
    auto freeGb = std::make_shared<qint64>(-1);
    d->setValidator([volume, freeGb](const VolumeFormDialog &f) {
        return VolumeRules::validateExtend(f.text(QStringLiteral("size")), volume.sizeGb, *freeGb, nullptr);
    });
    auto *limits = new GetVolumeLimitsJob(m_session, d);
    connect(limits, &OpenStack::RestJob::finished, d, [d, limits, freeGb]() {
        if (!limits->error())
            *freeGb = limits->limits().freeGigabytes();
        d->revalidate();
    });
    limits->start();
    connect(d, &QDialog::accepted, this, [this, d, volume]() {
        const qint64 size = d->text(QStringLiteral("size")).toLongLong();
        runOne(tr("Extending %1 to %2 GiB").arg(nameOf(volume)).arg(size),
               VolumeActionJob::extend(m_session, volume.id, size), {volume.id});
    });
    d->open();
}

void VolumesPage::retypeVolume(const Volume &volume)
{
    auto *d = new VolumeFormDialog(tr("Change Volume Type"), tr("%1 is of type %2.").arg(nameOf(volume), volume.volumeType),
                                   this);
    d->setObjectName(QStringLiteral("retypeVolumeDialog"));
    QComboBox *types = d->addChoice(QStringLiteral("type"), tr("Type"), {});
    d->addChoice(QStringLiteral("policy"), tr("Migration Policy"),
                 {{QStringLiteral("never"), tr("Never (fail if the data would have to move)")},
                  {QStringLiteral("on-demand"), tr("On demand (move the data to the new backend)")}});
    d->setValidator([volume](const VolumeFormDialog &f) {
        const QString t = f.text(QStringLiteral("type"));
        if (t.isEmpty())
            return tr("Choose a type");
        if (t == volume.volumeType)
            return tr("The volume is already of type %1").arg(t);
        return QString();
    });
    auto *job = new ListVolumeTypesJob(m_session, d);
    connect(job, &OpenStack::RestJob::finished, d, [d, job, types]() {
        for (const VolumeType &t : job->items())
            types->addItem(t.name, t.name);
        d->revalidate();
    });
    job->start();
    connect(d, &QDialog::accepted, this, [this, d, volume]() {
        const QString type = d->text(QStringLiteral("type"));
        runOne(tr("Changing the type of %1 to %2").arg(nameOf(volume), type),
               VolumeActionJob::retype(m_session, volume.id, type,
                                       d->text(QStringLiteral("policy")) == QLatin1String("on-demand")),
               {volume.id});
    });
    d->open();
}

void VolumesPage::deleteVolumes(const QVector<Volume> &volumes)
{
    if (volumes.isEmpty())
        return;
    QStringList names;
    for (const Volume &v : volumes)
        names << tr("%1 (%2 GiB, %3)").arg(nameOf(v)).arg(v.sizeGb).arg(v.status);
    confirmThen(tr("Delete Volumes"), tr("Delete %n volume(s)? Their data and RBD images are gone for good.", nullptr,
                                         int(volumes.size())),
                names, {}, tr("Delete Volumes"), [this, volumes]() {
                    runBulk(tr("Delete"), volumes, [this](const Volume &v) {
                        return new DeleteBlockStorageJob(m_session, QStringLiteral("volumes"), v.id);
                    });
                });
}

void VolumesPage::attachVolume(const Volume &volume)
{
    QVector<OpenStack::Compute::Server> servers;
    const auto &all = m_controller->servers();
    for (auto it = all.begin(); it != all.end(); ++it) {
        const bool attachedHere = std::any_of(volume.attachments.begin(), volume.attachments.end(),
                                              [&](const auto &a) { return a.serverId == it.key(); });
        // Only where the volume can go: same project, not already there, not being deleted.
        if (!attachedHere && it->status != QLatin1String("DELETED") && it->status != QLatin1String("ERROR")
            && (volume.projectId.isEmpty() || it->projectId == volume.projectId))
            servers.append(it.value());
    }
    auto *d = new AttachVolumeDialog(nameOf(volume), servers, this);
    d->setObjectName(QStringLiteral("attachVolumeDialog"));
    connect(d, &QDialog::accepted, this, [this, d, volume]() {
        const QString serverId = d->serverId();
        runOne(tr("Attaching %1 to %2").arg(nameOf(volume), m_volumeModel->serverName(serverId)),
               new AttachVolumeJob(m_session, serverId, volume.id, d->device()), {volume.id});
    });
    d->open();
}

void VolumesPage::detachVolumes(const QVector<Volume> &volumes)
{
    if (volumes.isEmpty())
        return;
    QStringList names;
    QStringList running;
    // One detach per attachment: a multi-attached volume appears once per server, carrying only
    // that attachment.
    QVector<Volume> perAttachment;
    for (const Volume &v : volumes) {
        for (const auto &a : v.attachments) {
            const QString server = m_volumeModel->serverName(a.serverId);
            names << tr("%1 from %2 (%3)").arg(nameOf(v), server, a.device);
            const auto s = m_controller->servers().constFind(a.serverId);
            if (s != m_controller->servers().constEnd() && s->status == QLatin1String("ACTIVE"))
                running << server;
            Volume one = v;
            one.attachments = {a};
            perAttachment << one;
        }
    }
    running.removeDuplicates();
    const QString warning = running.isEmpty()
        ? QString()
        : tr("Running: %1. Unmount the file systems inside first, or data not yet written may be lost.")
              .arg(running.join(QStringLiteral(", ")));
    confirmThen(tr("Detach Volume"), tr("Detach %n volume(s)?", nullptr, int(volumes.size())), names, warning,
                tr("Detach Volume"), [this, perAttachment]() {
                    runBulk(tr("Detach"), perAttachment, [this](const Volume &v) {
                        return new DetachVolumeJob(m_session, v.attachments.constFirst().serverId, v.id);
                    });
                });
}

void VolumesPage::snapshotVolume(const Volume &volume)
{
    auto *d = new VolumeFormDialog(tr("Create Volume Snapshot"), tr("A snapshot of %1.").arg(nameOf(volume)), this);
    d->setObjectName(QStringLiteral("snapshotVolumeDialog"));
    d->addLine(QStringLiteral("name"), tr("Snapshot Name"), nameOf(volume) + QStringLiteral("-snapshot"));
    d->addLine(QStringLiteral("description"), tr("Description"));
    const bool force = VolumeRules::snapshotNeedsForce(volume, m_controller->microversion());
    if (volume.status == QLatin1String("in-use"))
        d->addNote(tr("The volume is attached: the snapshot is crash-consistent unless the instance is quiesced."));
    d->setValidator([](const VolumeFormDialog &f) {
        return f.text(QStringLiteral("name")).isEmpty() ? tr("Name the snapshot") : QString();
    });
    connect(d, &QDialog::accepted, this, [this, d, volume, force]() {
        runOne(tr("Creating snapshot %1 of %2").arg(d->text(QStringLiteral("name")), nameOf(volume)),
               new CreateSnapshotJob(m_session, volume.id, d->text(QStringLiteral("name")),
                                     d->text(QStringLiteral("description")), force),
               {}, [this](OpenStack::RestJob *) { m_controller->refreshSnapshotsAndBackups(); });
    });
    d->open();
}

void VolumesPage::backupVolume(const Volume &volume)
{
    auto *d = new VolumeFormDialog(tr("Create Volume Backup"), tr("A backup of %1.").arg(nameOf(volume)), this);
    d->setObjectName(QStringLiteral("backupVolumeDialog"));
    d->addLine(QStringLiteral("name"), tr("Backup Name"), nameOf(volume) + QStringLiteral("-backup"));
    d->addLine(QStringLiteral("description"), tr("Description"));
    d->addCheck(QStringLiteral("incremental"), tr("Incremental (needs an earlier full backup)"));
    connect(d, &QDialog::accepted, this, [this, d, volume]() {
        runOne(tr("Creating backup %1 of %2").arg(d->text(QStringLiteral("name")), nameOf(volume)),
               new CreateBackupJob(m_session, volume.id, d->text(QStringLiteral("name")),
                                   d->text(QStringLiteral("description")), d->checked(QStringLiteral("incremental")),
                                   volume.status == QLatin1String("in-use")),
               {volume.id}, [this](OpenStack::RestJob *) { m_controller->refreshSnapshotsAndBackups(); });
    });
    d->open();
}

void VolumesPage::uploadVolume(const Volume &volume)
{
    auto *d = new VolumeFormDialog(tr("Upload Volume to Image"), tr("Glance gets a copy of %1.").arg(nameOf(volume)), this);
    d->setObjectName(QStringLiteral("uploadVolumeDialog"));
    d->addLine(QStringLiteral("image"), tr("Image Name"), nameOf(volume));
    d->addChoice(QStringLiteral("format"), tr("Disk Format"),
                 {{QStringLiteral("raw"), QStringLiteral("raw")}, {QStringLiteral("qcow2"), QStringLiteral("qcow2")}});
    d->setValidator([](const VolumeFormDialog &f) {
        return f.text(QStringLiteral("image")).isEmpty() ? tr("Name the image") : QString();
    });
    connect(d, &QDialog::accepted, this, [this, d, volume]() {
        runOne(tr("Uploading %1 to image %2").arg(nameOf(volume), d->text(QStringLiteral("image"))),
               VolumeActionJob::uploadToImage(m_session, volume.id, d->text(QStringLiteral("image")),
                                              d->text(QStringLiteral("format")), volume.status == QLatin1String("in-use")),
               {volume.id});
    });
    d->open();
}

void VolumesPage::transferVolume(const Volume &volume)
{
    auto *d = new VolumeFormDialog(tr("Create Transfer"),
                                   tr("Offer %1 to another project. The receiver needs the transfer id and the "
                                      "authorization key shown next; the key is shown only once.")
                                       .arg(nameOf(volume)),
                                   this);
    d->setObjectName(QStringLiteral("transferVolumeDialog"));
    d->addLine(QStringLiteral("name"), tr("Transfer Name"), nameOf(volume));
    connect(d, &QDialog::accepted, this, [this, d, volume]() {
        runOne(tr("Transfer of %1 created").arg(nameOf(volume)),
               new CreateTransferJob(m_session, volume.id, d->text(QStringLiteral("name"))), {volume.id},
               [this](OpenStack::RestJob *done) {
                   const VolumeTransfer &t = static_cast<CreateTransferJob *>(done)->transfer();
                   auto *box = new QMessageBox(QMessageBox::Information, tr("Transfer Created"),
                                               tr("Give the receiver these two values:"), QMessageBox::Ok, this);
                   box->setObjectName(QStringLiteral("transferCreatedBox"));
                   box->setAttribute(Qt::WA_DeleteOnClose);
                   box->setInformativeText(tr("Transfer ID: %1\nAuthorization Key: %2").arg(t.id, t.authKey));
                   box->setTextInteractionFlags(Qt::TextSelectableByMouse);
                   box->open();
               });
    });
    d->open();
}

void VolumesPage::acceptTransfer()
{
    auto *d = new VolumeFormDialog(tr("Accept Volume Transfer"),
                                   tr("The volume moves into the current project."), this);
    d->setObjectName(QStringLiteral("acceptTransferDialog"));
    d->addLine(QStringLiteral("id"), tr("Transfer ID"));
    d->addLine(QStringLiteral("key"), tr("Authorization Key"))->setEchoMode(QLineEdit::Password);
    d->setValidator([](const VolumeFormDialog &f) {
        if (f.text(QStringLiteral("id")).isEmpty() || f.text(QStringLiteral("key")).isEmpty())
            return tr("Both the transfer id and the key are needed");
        return QString();
    });
    connect(d, &QDialog::accepted, this, [this, d]() {
        runOne(tr("Transfer accepted"),
               new AcceptTransferJob(m_session, d->text(QStringLiteral("id")), d->text(QStringLiteral("key"))), {},
               [this](OpenStack::RestJob *) { m_controller->reload(); });
    });
    d->open();
}

void VolumesPage::setBootable(const QVector<Volume> &volumes)
{
    runBulk(tr("Toggle bootable"), volumes, [this](const Volume &v) {
        return VolumeActionJob::setBootable(m_session, v.id, !v.bootable);
    });
}

void VolumesPage::resetStatus(const QVector<Volume> &volumes)
{
    auto *d = new VolumeFormDialog(tr("Reset Volume State"),
                                   tr("Only the database changes; nothing happens on the backend. Use it when you have "
                                      "checked the volume's real state in Ceph."),
                                   this);
    d->setObjectName(QStringLiteral("resetVolumeDialog"));
    d->addChoice(QStringLiteral("status"), tr("State"),
                 {{QStringLiteral("available"), tr("Available")}, {QStringLiteral("error"), tr("Error")},
                  {QStringLiteral("in-use"), tr("In-use")}});
    connect(d, &QDialog::accepted, this, [this, d, volumes]() {
        const QString status = d->text(QStringLiteral("status"));
        runBulk(tr("Reset state to %1").arg(status), volumes, [this, status](const Volume &v) {
            return VolumeActionJob::resetStatus(m_session, v.id, status);
        });
    });
    d->open();
}

void VolumesPage::forceDelete(const QVector<Volume> &volumes)
{
    QStringList names;
    for (const Volume &v : volumes)
        names << tr("%1 (%2)").arg(nameOf(v), v.status);
    confirmThen(tr("Force Delete"), tr("Force-delete %n volume(s) whatever their state?", nullptr, int(volumes.size())),
                names, tr("Cinder skips its state checks: the backend image is removed if it exists."),
                tr("Force Delete"), [this, volumes]() {
                    runBulk(tr("Force delete"), volumes,
                            [this](const Volume &v) { return VolumeActionJob::forceDelete(m_session, v.id); });
                });
}

void VolumesPage::deleteSnapshots()
{
    QVector<VolumeSnapshot> snaps;
    QStringList names;
    for (int r : m_snapshots->selectedSourceRows()) {
        snaps << m_snapshotModel->record(r);
        names << (snaps.constLast().name.isEmpty() ? snaps.constLast().id : snaps.constLast().name);
    }
    if (snaps.isEmpty())
        return;
    confirmThen(tr("Delete Snapshots"), tr("Delete %n snapshot(s)?", nullptr, int(snaps.size())), names, {},
                tr("Delete Snapshots"), [this, snaps, names]() {
                    auto left = std::make_shared<int>(int(snaps.size()));
                    auto failures = std::make_shared<QStringList>();
                    for (int i = 0; i < snaps.size(); ++i) {
                        auto *job = new DeleteBlockStorageJob(m_session, QStringLiteral("snapshots"), snaps.at(i).id, false, this);
                        const QString name = names.at(i);
                        connect(job, &OpenStack::RestJob::finished, this, [this, left, failures, name, names](OpenStack::RestJob *done) {
                            if (done->error())
                                *failures << tr("%1: %2").arg(name, done->error().toString());
                            if (--*left > 0)
                                return;
                            report(failures->isEmpty() ? tr("Deleting snapshots: %1").arg(names.join(QStringLiteral(", ")))
                                                       : tr("Some snapshots could not be deleted:\n%1").arg(failures->join(QLatin1Char('\n'))),
                                   !failures->isEmpty());
                            m_controller->refreshSnapshotsAndBackups();
                        });
                        job->start();
                    }
                });
}

void VolumesPage::restoreBackup()
{
    const QList<int> rows = m_backups->selectedSourceRows();
    if (rows.size() != 1)
        return;
    const VolumeBackup backup = m_backupModel->record(rows.constFirst());
    QVector<std::pair<QString, QString>> targets{{QString(), tr("A new volume")}};
    for (const Volume &v : m_volumeModel->records()) {
        if (v.status == QLatin1String("available") && v.sizeGb >= backup.sizeGb)
            targets.append({v.id, tr("%1 (%2 GiB, overwritten)").arg(nameOf(v)).arg(v.sizeGb)});
    }
    auto *d = new VolumeFormDialog(tr("Restore Volume Backup"),
                                   tr("Restore %1 (%2 GiB).").arg(backup.name.isEmpty() ? backup.id : backup.name).arg(backup.sizeGb),
                                   this);
    d->setObjectName(QStringLiteral("restoreBackupDialog"));
    d->addChoice(QStringLiteral("volume"), tr("Restore into"), targets);
    connect(d, &QDialog::accepted, this, [this, d, backup]() {
        const QString target = d->text(QStringLiteral("volume"));
        runOne(tr("Restoring backup %1").arg(backup.name.isEmpty() ? backup.id : backup.name),
               new RestoreBackupJob(m_session, backup.id, target, {}), target.isEmpty() ? QStringList() : QStringList{target},
               [this](OpenStack::RestJob *done) {
                   const QString id = static_cast<RestoreBackupJob *>(done)->volumeId();
                   m_controller->refreshSnapshotsAndBackups();
                   if (!id.isEmpty())
                       m_controller->watch({id});
               });
    });
    d->open();
}

void VolumesPage::deleteBackups()
{
    QStringList names;
    QStringList ids;
    for (int r : m_backups->selectedSourceRows()) {
        const VolumeBackup &b = m_backupModel->record(r);
        names << (b.name.isEmpty() ? b.id : b.name);
        ids << b.id;
    }
    if (ids.isEmpty())
        return;
    confirmThen(tr("Delete Backups"), tr("Delete %n backup(s)?", nullptr, int(ids.size())), names, {},
                tr("Delete Backups"), [this, ids, names]() {
                    auto left = std::make_shared<int>(int(ids.size()));
                    auto failures = std::make_shared<QStringList>();
                    for (int i = 0; i < ids.size(); ++i) {
                        auto *job = new DeleteBlockStorageJob(m_session, QStringLiteral("backups"), ids.at(i), false, this);
                        const QString name = names.at(i);
                        connect(job, &OpenStack::RestJob::finished, this, [this, left, failures, name, names](OpenStack::RestJob *done) {
                            if (done->error())
                                *failures << tr("%1: %2").arg(name, done->error().toString());
                            if (--*left > 0)
                                return;
                            report(failures->isEmpty() ? tr("Deleting backups: %1").arg(names.join(QStringLiteral(", ")))
                                                       : tr("Some backups could not be deleted:\n%1").arg(failures->join(QLatin1Char('\n'))),
                                   !failures->isEmpty());
                            m_controller->refreshSnapshotsAndBackups();
                        });
                        job->start();
                    }
                });
}

} // namespace Ui
