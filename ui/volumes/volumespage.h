// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ceph/cluster.h"
#include "models/blockstorage/volumerules.h"
#include "ui/common/page.h"

#include <QHash>
#include <QPointer>
#include <functional>

class QAction;
class QCheckBox;
class QLabel;
class QTabWidget;


namespace OpenStack {
class RestJob;
namespace BlockStorage {
struct Volume;
struct VolumeSpec;
} // namespace BlockStorage
} // namespace OpenStack

namespace Models {
class BackupListModel;
class SnapshotListModel;
class VolumeListController;
class VolumeListModel;
} // namespace Models

namespace Ui {

class AttachVolumeDialog;
class CreateVolumeDialog;
class RbdBackingPane;
class TablePanel;

// The Volumes tab (云硬盘), with the talk's sub-tabs: Volumes, Volume Snapshots, Volume Backups.
// Every action is on the toolbar, the context menu and a shortcut; an action the selection's state
// forbids is disabled with the reason as its tooltip; destructive ones confirm first, naming what
// goes; bulk ones report a result per volume. Rows in transition are polled until they settle.
// Volumes drag out as `application/x-stackdeck-volume-ids` for the Instances tab to accept.
class VolumesPage : public Page
{
    Q_OBJECT
public:
    enum class Command {
        Create, Edit, Extend, Retype, Delete, Attach, Detach, CreateSnapshot, CreateBackup, UploadToImage,
        CreateTransfer, AcceptTransfer, SetBootable, ResetStatus, ForceDelete,
        VolumeFromSnapshot, DeleteSnapshot, RestoreBackup, DeleteBackup,
    };

    explicit VolumesPage(QWidget *parent = nullptr);

    QString pageId() const override { return QStringLiteral("volumes"); }
    QString title() const override { return tr("Volumes"); }
    void setSession(OpenStack::Session *session) override;
    void refresh() override;
    bool isLoading() const override;

    Models::VolumeListModel *volumeModel() const { return m_volumeModel; }
    Models::SnapshotListModel *snapshotModel() const { return m_snapshotModel; }
    Models::BackupListModel *backupModel() const { return m_backupModel; }
    Models::VolumeListController *controller() const { return m_controller; }
    TablePanel *volumesPanel() const { return m_volumes; }
    QAction *action(Command command) const { return m_actions.value(int(command)); }
    // The last outcome the page reported (status line or box), for tests.
    QString lastMessage() const { return m_lastMessage; }

    // Attach the given volumes to a server without a dialog: the drop of a volume on an instance.
    void attachVolumes(const QStringList &volumeIds, const QString &serverId);

    // The Ceph tab's cluster (not owned; null when the cloud has none): the RBD pane reads the
    // selected volume's image through it.
    void setCluster(Ceph::Cluster *cluster);
    RbdBackingPane *rbdPane() const { return m_rbdPane; }

signals:
    // Attachments changed on these servers: the Instances tab should look again.
    void serversChanged(const QStringList &serverIds);

private:
    void buildActions();
    QAction *addAction(Command command, const QString &text, const QString &objectName, const QKeySequence &key,
                       const QString &icon = {});
    void updateActions();
    void updateHint();
    void updateRbdPane();
    QVector<OpenStack::BlockStorage::Volume> selectedVolumes() const;
    Models::VolumeContext contextFor(const OpenStack::BlockStorage::Volume &volume) const;
    void run(Command command);
    void report(const QString &text, bool failed);
    void confirmThen(const QString &title, const QString &question, const QStringList &names, const QString &warning,
                     const QString &acceptText, std::function<void()> then);
    // Runs one job per volume and reports each result when the last one answers.
    void runBulk(const QString &what, const QVector<OpenStack::BlockStorage::Volume> &volumes,
                 std::function<OpenStack::RestJob *(const OpenStack::BlockStorage::Volume &)> makeJob,
                 bool refreshOthers = false);
    void runOne(const QString &doneText, OpenStack::RestJob *job, const QStringList &watchIds,
                std::function<void(OpenStack::RestJob *)> onSuccess = {});

    // Actions (volumeactions.cpp).
    void createVolume(int presetSource = 0, const QString &presetId = {});
    void editVolume(const OpenStack::BlockStorage::Volume &volume);
    void extendVolume(const OpenStack::BlockStorage::Volume &volume);
    void retypeVolume(const OpenStack::BlockStorage::Volume &volume);
    void deleteVolumes(const QVector<OpenStack::BlockStorage::Volume> &volumes);
    void attachVolume(const OpenStack::BlockStorage::Volume &volume);
    void detachVolumes(const QVector<OpenStack::BlockStorage::Volume> &volumes);
    void snapshotVolume(const OpenStack::BlockStorage::Volume &volume);
    void backupVolume(const OpenStack::BlockStorage::Volume &volume);
    void uploadVolume(const OpenStack::BlockStorage::Volume &volume);
    void transferVolume(const OpenStack::BlockStorage::Volume &volume);
    void acceptTransfer();
    void setBootable(const QVector<OpenStack::BlockStorage::Volume> &volumes);
    void resetStatus(const QVector<OpenStack::BlockStorage::Volume> &volumes);
    void forceDelete(const QVector<OpenStack::BlockStorage::Volume> &volumes);
    void deleteSnapshots();
    void restoreBackup();
    void deleteBackups();

    QPointer<OpenStack::Session> m_session;
    Models::VolumeListModel *m_volumeModel;
    Models::SnapshotListModel *m_snapshotModel;
    Models::BackupListModel *m_backupModel;
    Models::VolumeListController *m_controller;
    QTabWidget *m_tabs;
    TablePanel *m_volumes;
    TablePanel *m_snapshots;
    TablePanel *m_backups;
    RbdBackingPane *m_rbdPane;
    QLabel *m_hint;
    QCheckBox *m_allProjects;
    QHash<int, QAction *> m_actions;
    QString m_lastMessage;
};

} // namespace Ui
