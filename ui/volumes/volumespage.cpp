// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/volumes/volumespage.h"

#include "models/blockstorage/backuplistmodel.h"
#include "models/blockstorage/snapshotlistmodel.h"
#include "models/blockstorage/volumelistcontroller.h"
#include "models/blockstorage/volumelistmodel.h"
#include "models/tablefilterproxy.h"
#include "openstack/blockstorage/volumejobs.h"
#include "openstack/client/session.h"
#include "ui/common/statusdelegate.h"
#include "ui/common/tablepanel.h"
#include "ui/common/toolbarwidgets.h"
#include "ui/volumes/rbdbackingpane.h"

#include <QAction>
#include <QCheckBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace Ui {

using Models::VolumeListModel;
using OpenStack::BlockStorage::Volume;

namespace {
// A context menu owned by the page and opened with popup(): Qt::ActionsContextMenu would run
// QMenu::exec, a nested event loop.
QMenu *contextMenu(QAbstractItemView *view, const QList<QAction *> &actions, const QString &objectName, QWidget *owner)
{
    auto *menu = new QMenu(owner);
    menu->setObjectName(objectName);
    menu->addActions(actions);
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(view, &QWidget::customContextMenuRequested, menu,
                     [view, menu](const QPoint &pos) { menu->popup(view->viewport()->mapToGlobal(pos)); });
    return menu;
}
} // namespace

VolumesPage::VolumesPage(QWidget *parent)
    : Page(parent)
    , m_volumeModel(new VolumeListModel(this))
    , m_snapshotModel(new Models::SnapshotListModel(this))
    , m_backupModel(new Models::BackupListModel(this))
    , m_controller(new Models::VolumeListController(m_volumeModel, m_snapshotModel, m_backupModel, this))
    , m_tabs(new QTabWidget(this))
    , m_volumes(new TablePanel(QStringLiteral("volumes"), m_volumeModel, this))
    , m_snapshots(new TablePanel(QStringLiteral("volumeSnapshots"), m_snapshotModel, this))
    , m_backups(new TablePanel(QStringLiteral("volumeBackups"), m_backupModel, this))
    , m_rbdPane(new RbdBackingPane(this))
    , m_hint(new QLabel(this))
    , m_allProjects(new QCheckBox(tr("All projects"), this))
{
    m_tabs->setObjectName(QStringLiteral("volumeTabs"));
    // The selected volume's RBD image below the table: Cinder's view and Ceph's side by side.
    auto *volumesSplitter = new QSplitter(Qt::Vertical, m_tabs);
    volumesSplitter->setObjectName(QStringLiteral("volumesSplitter"));
    volumesSplitter->addWidget(m_volumes);
    volumesSplitter->addWidget(m_rbdPane);
    volumesSplitter->setStretchFactor(0, 3);
    volumesSplitter->setStretchFactor(1, 1);
    m_tabs->addTab(volumesSplitter, tr("Volumes"));
    m_tabs->addTab(m_snapshots, tr("Volume Snapshots"));
    m_tabs->addTab(m_backups, tr("Volume Backups"));
    m_volumes->setObjectName(QStringLiteral("volumesPanel"));
    m_snapshots->setObjectName(QStringLiteral("snapshotsPanel"));
    m_backups->setObjectName(QStringLiteral("backupsPanel"));
    m_volumes->view()->setObjectName(QStringLiteral("volumesView"));
    m_snapshots->view()->setObjectName(QStringLiteral("snapshotsView"));
    m_backups->view()->setObjectName(QStringLiteral("backupsView"));
    for (TablePanel *p : {m_volumes, m_snapshots, m_backups})
        p->view()->setItemDelegate(new StatusDelegate(StatusDelegate::Style::Dot, p->view()));
    m_volumes->setHiddenByDefault({VolumeListModel::ProjectColumn, VolumeListModel::PropertiesColumn,
                                   VolumeListModel::IdColumn});
    m_snapshots->setHiddenByDefault({Models::SnapshotListModel::ProjectColumn, Models::SnapshotListModel::IdColumn});
    m_backups->setHiddenByDefault({Models::BackupListModel::ProjectColumn, Models::BackupListModel::ContainerColumn,
                                   Models::BackupListModel::IdColumn});
    // Volumes drag onto an instance (the Instances tab accepts the mime type).
    m_volumes->view()->setDragEnabled(true);
    m_volumes->view()->setDragDropMode(QAbstractItemView::DragOnly);
    m_volumes->view()->setDefaultDropAction(Qt::LinkAction);

    m_allProjects->setObjectName(QStringLiteral("allProjectsCheck"));
    m_allProjects->setToolTip(tr("Show the volumes of every project (admin)"));
    m_allProjects->setChecked(true);
    m_hint->setObjectName(QStringLiteral("volumeHintLabel"));
    m_hint->setWordWrap(true);
    m_hint->setStyleSheet(QStringLiteral("QLabel { background: #fff4e5; padding: 4px; }"));
    m_hint->hide();

    buildActions();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_hint);
    layout->addWidget(m_tabs, 1);

    connect(m_allProjects, &QCheckBox::toggled, this, &VolumesPage::refresh);
    connect(m_controller, &Models::VolumeListController::loadingChanged, this, [this](bool loading) {
        for (TablePanel *p : {m_volumes, m_snapshots, m_backups})
            p->setBusy(loading);
        emit loadingChanged(loading);
    });
    connect(m_controller, &Models::VolumeListController::loaded, this, [this](const Core::Error &error) {
        m_volumes->setErrorText(error ? tr("Could not load volumes: %1").arg(error.toString()) : QString());
        const Core::Error se = m_controller->errorOf(QStringLiteral("snapshots"));
        m_snapshots->setErrorText(se ? tr("Could not load snapshots: %1").arg(se.toString()) : QString());
        const Core::Error be = m_controller->errorOf(QStringLiteral("backups"));
        m_backups->setErrorText(be ? tr("Could not load backups: %1").arg(be.toString()) : QString());
        if (error)
            emit statusMessage(error.toString());
        updateActions();
    });
    connect(m_controller, &Models::VolumeListController::refreshFailed, this, [this](const Core::Error &error) {
        m_volumes->setErrorText(tr("Refreshing failed: %1").arg(error.toString()));
    });
    connect(m_controller, &Models::VolumeListController::volumeSettled, this,
            [this](const QString &id, const QString &status) {
                report(tr("Volume %1 is now %2").arg(m_volumeModel->displayName(id), status), status.startsWith(QLatin1String("error")));
            });
    connect(m_controller, &Models::VolumeListController::volumeGone, this, [this](const QString &id) {
        report(tr("Volume %1 is deleted").arg(id), false);
    });
    connect(m_controller, &Models::VolumeListController::serversChanged, this, &VolumesPage::serversChanged);
    for (TablePanel *p : {m_volumes, m_snapshots, m_backups})
        connect(p->view()->selectionModel(), &QItemSelectionModel::selectionChanged, this, &VolumesPage::updateActions);
    connect(m_volumeModel, &QAbstractItemModel::dataChanged, this, &VolumesPage::updateActions);
    connect(m_volumeModel, &QAbstractItemModel::rowsRemoved, this, &VolumesPage::updateActions);
    // A poll that changed the selected volume (status, size, attachments) or the pool map reads
    // its image again; the pane itself skips a reading when nothing it depends on changed.
    connect(m_volumes->view()->selectionModel(), &QItemSelectionModel::selectionChanged, this, &VolumesPage::updateRbdPane);
    connect(m_volumeModel, &QAbstractItemModel::dataChanged, this, &VolumesPage::updateRbdPane);
    connect(m_volumeModel, &QAbstractItemModel::rowsRemoved, this, &VolumesPage::updateRbdPane);
    connect(m_volumeModel, &QAbstractItemModel::modelReset, this, &VolumesPage::updateRbdPane);
    connect(m_volumes->view(), &QTableView::doubleClicked, this, [this]() { run(Command::Edit); });
    updateActions();
}

QAction *VolumesPage::addAction(Command command, const QString &text, const QString &objectName,
                                const QKeySequence &key, const QString &icon)
{
    auto *a = new QAction(icon.isEmpty() ? QIcon() : QIcon::fromTheme(icon), text, this);
    a->setObjectName(objectName);
    if (!key.isEmpty()) {
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    }
    connect(a, &QAction::triggered, this, [this, command]() { run(command); });
    m_actions.insert(int(command), a);
    return a;
}

void VolumesPage::buildActions()
{
    QAction *refreshAction = new QAction(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("Refresh"), this);
    refreshAction->setObjectName(QStringLiteral("refreshVolumesAction"));
    refreshAction->setShortcut(QKeySequence::Refresh);
    refreshAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(refreshAction, &QAction::triggered, this, &VolumesPage::refresh);
    this->QWidget::addAction(refreshAction);

    QAction *create = addAction(Command::Create, tr("Create Volume"), QStringLiteral("createVolumeAction"),
                                QKeySequence(Qt::Key_Insert), QStringLiteral("list-add"));
    QAction *edit = addAction(Command::Edit, tr("Edit Volume"), QStringLiteral("editVolumeAction"), QKeySequence(Qt::Key_F2));
    QAction *extend = addAction(Command::Extend, tr("Extend Volume"), QStringLiteral("extendVolumeAction"),
                                QKeySequence(QStringLiteral("Ctrl+E")));
    QAction *retype = addAction(Command::Retype, tr("Change Volume Type"), QStringLiteral("retypeVolumeAction"),
                                QKeySequence(QStringLiteral("Ctrl+T")));
    QAction *del = addAction(Command::Delete, tr("Delete Volumes"), QStringLiteral("deleteVolumeAction"),
                             QKeySequence::Delete, QStringLiteral("edit-delete"));
    QAction *attach = addAction(Command::Attach, tr("Attach Volume"), QStringLiteral("attachVolumeAction"),
                                QKeySequence(QStringLiteral("Ctrl+Shift+A")));
    QAction *detach = addAction(Command::Detach, tr("Detach Volume"), QStringLiteral("detachVolumeAction"),
                                QKeySequence(QStringLiteral("Ctrl+Shift+D")));
    QAction *snap = addAction(Command::CreateSnapshot, tr("Create Snapshot"), QStringLiteral("snapshotVolumeAction"),
                              QKeySequence(QStringLiteral("Ctrl+Shift+S")));
    QAction *backup = addAction(Command::CreateBackup, tr("Create Backup"), QStringLiteral("backupVolumeAction"),
                                QKeySequence(QStringLiteral("Ctrl+Shift+B")));
    QAction *upload = addAction(Command::UploadToImage, tr("Upload to Image"), QStringLiteral("uploadVolumeAction"), {});
    QAction *transfer = addAction(Command::CreateTransfer, tr("Create Transfer"), QStringLiteral("transferVolumeAction"), {});
    QAction *accept = addAction(Command::AcceptTransfer, tr("Accept Transfer"), QStringLiteral("acceptTransferAction"), {});
    QAction *bootable = addAction(Command::SetBootable, tr("Toggle Bootable"), QStringLiteral("bootableVolumeAction"), {});
    QAction *reset = addAction(Command::ResetStatus, tr("Reset State"), QStringLiteral("resetVolumeAction"), {});
    QAction *force = addAction(Command::ForceDelete, tr("Force Delete"), QStringLiteral("forceDeleteVolumeAction"), {});
    QAction *fromSnap = addAction(Command::VolumeFromSnapshot, tr("Create Volume from Snapshot"),
                                  QStringLiteral("volumeFromSnapshotAction"), QKeySequence(Qt::Key_Insert));
    QAction *delSnap = addAction(Command::DeleteSnapshot, tr("Delete Snapshots"), QStringLiteral("deleteSnapshotAction"),
                                 QKeySequence::Delete, QStringLiteral("edit-delete"));
    QAction *restore = addAction(Command::RestoreBackup, tr("Restore Backup"), QStringLiteral("restoreBackupAction"),
                                 QKeySequence(QStringLiteral("Ctrl+R")));
    QAction *delBackup = addAction(Command::DeleteBackup, tr("Delete Backups"), QStringLiteral("deleteBackupAction"),
                                   QKeySequence::Delete, QStringLiteral("edit-delete"));

    // Toolbar: the common actions; the rest under "More Actions".
    QToolBar *tb = m_volumes->toolBar();
    tb->addAction(refreshAction);
    tb->addActions({create, edit, extend, attach, detach, snap, del});
    auto *more = new QMenu(tr("More Actions"), this);
    more->addActions({retype, backup, upload, transfer, accept, bootable});
    more->addSeparator();
    more->addActions({reset, force});
    auto *moreButton = new QToolButton(tb);
    moreButton->setObjectName(QStringLiteral("moreVolumeActionsButton"));
    moreButton->setText(tr("More Actions"));
    moreButton->setMenu(more);
    moreButton->setPopupMode(QToolButton::InstantPopup);
    tb->addWidget(moreButton);
    tb->addWidget(m_allProjects);
    setShownInToolBar(m_allProjects, false);
    m_volumes->addActions({create, edit, extend, retype, del, attach, detach, snap, backup, upload, transfer, accept,
                           bootable, reset, force});
    auto *sep = new QAction(this);
    sep->setSeparator(true);
    contextMenu(m_volumes->view(),
                {edit, extend, retype, attach, detach, snap, backup, upload, transfer, bootable, sep, del, reset, force},
                QStringLiteral("volumesContextMenu"), this);

    m_snapshots->toolBar()->addActions({fromSnap, delSnap});
    m_snapshots->addActions({fromSnap, delSnap});
    contextMenu(m_snapshots->view(), {fromSnap, delSnap}, QStringLiteral("snapshotsContextMenu"), this);
    m_backups->toolBar()->addActions({restore, delBackup});
    m_backups->addActions({restore, delBackup});
    contextMenu(m_backups->view(), {restore, delBackup}, QStringLiteral("backupsContextMenu"), this);
}

void VolumesPage::setCluster(Ceph::Cluster *cluster)
{
    m_rbdPane->setCluster(cluster);
}

void VolumesPage::updateRbdPane()
{
    const QVector<Volume> selected = selectedVolumes();
    if (selected.size() != 1) {
        m_rbdPane->showNothing(selected.isEmpty() ? tr("Select a volume to see the RBD image behind it.")
                                                  : tr("%n volume(s) selected: select one to see its RBD image.",
                                                       nullptr, int(selected.size())));
        return;
    }
    const Volume &v = selected.constFirst();
    m_rbdPane->showVolume(v, m_volumeModel->poolMap().imageOf(v));
}

void VolumesPage::setSession(OpenStack::Session *session)
{
    m_session = session;
    if (!session)
        m_rbdPane->showNothing(tr("Not connected to a cloud"));
    setShownInToolBar(m_allProjects, session && session->isAdmin());
    m_controller->setSession(session);
    updateActions();
    if (session)
        refresh();
}

void VolumesPage::refresh()
{
    if (!m_session)
        return;
    m_controller->setAllProjects(m_session->isAdmin() && m_allProjects->isChecked());
    m_controller->reload();
}

bool VolumesPage::isLoading() const
{
    return m_controller->isLoading();
}

QVector<Volume> VolumesPage::selectedVolumes() const
{
    QVector<Volume> out;
    const QList<int> rows = m_volumes->selectedSourceRows();
    for (int r : rows)
        out << m_volumeModel->record(r);
    return out;
}

Models::VolumeContext VolumesPage::contextFor(const Volume &volume) const
{
    Models::VolumeContext c;
    c.admin = m_session && m_session->isAdmin();
    if (m_controller->microversion().isValid())
        c.microversion = m_controller->microversion();
    for (const auto &s : m_snapshotModel->records())
        c.snapshotCount += s.volumeId == volume.id ? 1 : 0;
    return c;
}

void VolumesPage::updateActions()
{
    static const QHash<int, Models::VolumeCommand> rules = {
        {int(Command::Edit), Models::VolumeCommand::Edit},
        {int(Command::Extend), Models::VolumeCommand::Extend},
        {int(Command::Retype), Models::VolumeCommand::Retype},
        {int(Command::Delete), Models::VolumeCommand::Delete},
        {int(Command::Attach), Models::VolumeCommand::Attach},
        {int(Command::Detach), Models::VolumeCommand::Detach},
        {int(Command::CreateSnapshot), Models::VolumeCommand::CreateSnapshot},
        {int(Command::CreateBackup), Models::VolumeCommand::CreateBackup},
        {int(Command::UploadToImage), Models::VolumeCommand::UploadToImage},
        {int(Command::CreateTransfer), Models::VolumeCommand::CreateTransfer},
        {int(Command::SetBootable), Models::VolumeCommand::SetBootable},
        {int(Command::ResetStatus), Models::VolumeCommand::ResetStatus},
        {int(Command::ForceDelete), Models::VolumeCommand::ForceDelete},
    };
    // Bulk where it makes sense; the others need exactly one volume.
    static const QSet<int> bulk = {int(Command::Delete), int(Command::Detach), int(Command::SetBootable),
                                   int(Command::ResetStatus), int(Command::ForceDelete)};
    const bool connected = !m_session.isNull();
    const QString offline = tr("Not connected to a cloud");
    const QVector<Volume> selected = selectedVolumes();
    // One context per selected volume, computed once (the snapshot count walks the snapshot table).
    QHash<QString, Models::VolumeContext> contexts;
    for (const Volume &v : selected)
        contexts.insert(v.id, contextFor(v));
    for (auto it = m_actions.begin(); it != m_actions.end(); ++it) {
        QAction *a = it.value();
        if (!a->property("what").isValid())
            a->setProperty("what", a->text());
        const QString what = a->property("what").toString();
        QString why;
        if (!connected) {
            why = offline;
        } else if (rules.contains(it.key())) {
            if (selected.isEmpty())
                why = tr("Select a volume first");
            else if (selected.size() > 1 && !bulk.contains(it.key()))
                why = tr("Select exactly one volume");
            for (const Volume &v : selected) {
                if (!why.isEmpty())
                    break;
                const Models::Verdict verdict = Models::VolumeRules::check(rules.value(it.key()), v, contexts.value(v.id));
                if (!verdict.allowed)
                    why = selected.size() > 1 ? tr("%1: %2").arg(v.name.isEmpty() ? v.id : v.name, verdict.reason)
                                              : verdict.reason;
            }
        } else if (it.key() == int(Command::VolumeFromSnapshot)) {
            if (m_snapshots->selectedSourceRows().size() != 1)
                why = tr("Select one snapshot");
        } else if (it.key() == int(Command::DeleteSnapshot)) {
            if (m_snapshots->selectedSourceRows().isEmpty())
                why = tr("Select one or more snapshots");
        } else if (it.key() == int(Command::RestoreBackup)) {
            if (m_backups->selectedSourceRows().size() != 1)
                why = tr("Select one backup");
        } else if (it.key() == int(Command::DeleteBackup)) {
            if (m_backups->selectedSourceRows().isEmpty())
                why = tr("Select one or more backups");
        }
        a->setEnabled(why.isEmpty());
        a->setToolTip(why.isEmpty() ? what : what + QStringLiteral(": ") + why);
    }
    updateHint();
}

void VolumesPage::updateHint()
{
    const QVector<Volume> selected = selectedVolumes();
    if (selected.size() != 1 || !selected.constFirst().isError()) {
        m_hint->hide();
        return;
    }
    const Volume &v = selected.constFirst();
    const QStringList steps = Models::VolumeRules::nextSteps(v, m_session && m_session->isAdmin());
    m_hint->setText(tr("%1 is in state %2. What Cinder allows next: %3")
                        .arg(v.name.isEmpty() ? v.id : v.name, v.status, steps.join(QStringLiteral("; "))));
    m_hint->show();
}

void VolumesPage::report(const QString &text, bool failed)
{
    m_lastMessage = text;
    emit statusMessage(text);
    if (failed) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Volumes"), text, QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("volumeErrorBox"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
}

void VolumesPage::confirmThen(const QString &title, const QString &question, const QStringList &names,
                              const QString &warning, const QString &acceptText, std::function<void()> then)
{
    auto *box = new QMessageBox(QMessageBox::Question, title, question, QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QString details = QStringLiteral("• ") + names.join(QStringLiteral("\n• "));
    if (!warning.isEmpty())
        details += QStringLiteral("\n\n") + warning;
    box->setInformativeText(details);
    QPushButton *ok = box->addButton(acceptText, QMessageBox::DestructiveRole);
    ok->setObjectName(QStringLiteral("confirmButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::finished, this, [box, ok, then]() {
        if (box->clickedButton() == ok)
            then();
    });
    box->open();
}

void VolumesPage::runOne(const QString &doneText, OpenStack::RestJob *job, const QStringList &watchIds,
                         std::function<void(OpenStack::RestJob *)> onSuccess)
{
    job->setParent(this);
    connect(job, &OpenStack::RestJob::finished, this, [this, doneText, watchIds, onSuccess](OpenStack::RestJob *done) {
        if (done->error()) {
            report(tr("%1 failed: %2").arg(doneText, done->error().message.isEmpty() ? done->error().toString()
                                                                                    : done->error().toString()),
                   true);
            return;
        }
        report(doneText, false);
        if (onSuccess)
            onSuccess(done);
        if (!watchIds.isEmpty())
            m_controller->watch(watchIds);
    });
    job->start();
}

void VolumesPage::runBulk(const QString &what, const QVector<Volume> &volumes,
                          std::function<OpenStack::RestJob *(const Volume &)> makeJob, bool refreshOthers)
{
    struct Tally
    {
        int left = 0;
        QStringList ok;
        QStringList failed;
    };
    auto tally = std::make_shared<Tally>();
    tally->left = int(volumes.size());
    QStringList ids;
    for (const Volume &v : volumes) {
        OpenStack::RestJob *job = makeJob(v);
        job->setParent(this);
        const QString name = v.name.isEmpty() ? v.id : v.name;
        ids << v.id;
        connect(job, &OpenStack::RestJob::finished, this,
                [this, tally, name, what, ids, refreshOthers](OpenStack::RestJob *done) {
                    if (done->error())
                        tally->failed << tr("%1: %2").arg(name, done->error().toString());
                    else
                        tally->ok << name;
                    if (--tally->left > 0)
                        return;
                    QString text = tr("%1: %n succeeded", nullptr, int(tally->ok.size())).arg(what);
                    if (!tally->ok.isEmpty())
                        text += QStringLiteral(" (") + tally->ok.join(QStringLiteral(", ")) + QLatin1Char(')');
                    if (!tally->failed.isEmpty())
                        text += QStringLiteral("; ") + tr("%n failed", nullptr, int(tally->failed.size()))
                                + QStringLiteral(":\n") + tally->failed.join(QLatin1Char('\n'));
                    report(text, !tally->failed.isEmpty());
                    m_controller->watch(ids);
                    if (refreshOthers)
                        m_controller->refreshSnapshotsAndBackups();
                });
        job->start();
    }
}

void VolumesPage::run(Command command)
{
    const QVector<Volume> selected = selectedVolumes();
    QAction *a = action(command);
    if (a && !a->isEnabled())
        return;
    switch (command) {
    case Command::Create: createVolume(); return;
    case Command::Edit: if (!selected.isEmpty()) editVolume(selected.constFirst()); return;
    case Command::Extend: if (!selected.isEmpty()) extendVolume(selected.constFirst()); return;
    case Command::Retype: if (!selected.isEmpty()) retypeVolume(selected.constFirst()); return;
    case Command::Delete: deleteVolumes(selected); return;
    case Command::Attach: if (!selected.isEmpty()) attachVolume(selected.constFirst()); return;
    case Command::Detach: detachVolumes(selected); return;
    case Command::CreateSnapshot: if (!selected.isEmpty()) snapshotVolume(selected.constFirst()); return;
    case Command::CreateBackup: if (!selected.isEmpty()) backupVolume(selected.constFirst()); return;
    case Command::UploadToImage: if (!selected.isEmpty()) uploadVolume(selected.constFirst()); return;
    case Command::CreateTransfer: if (!selected.isEmpty()) transferVolume(selected.constFirst()); return;
    case Command::AcceptTransfer: acceptTransfer(); return;
    case Command::SetBootable: setBootable(selected); return;
    case Command::ResetStatus: resetStatus(selected); return;
    case Command::ForceDelete: forceDelete(selected); return;
    case Command::VolumeFromSnapshot: {
        const QList<int> rows = m_snapshots->selectedSourceRows();
        if (rows.size() == 1)
            createVolume(2, m_snapshotModel->record(rows.constFirst()).id);
        return;
    }
    case Command::DeleteSnapshot: deleteSnapshots(); return;
    case Command::RestoreBackup: restoreBackup(); return;
    case Command::DeleteBackup: deleteBackups(); return;
    }
}

void VolumesPage::attachVolumes(const QStringList &volumeIds, const QString &serverId)
{
    if (!m_session)
        return;
    QVector<Volume> volumes;
    for (const QString &id : volumeIds) {
        const int row = m_volumeModel->rowOf(id);
        if (row < 0)
            continue;
        const Volume &v = m_volumeModel->record(row);
        const Models::Verdict verdict = Models::VolumeRules::check(Models::VolumeCommand::Attach, v, contextFor(v));
        if (!verdict.allowed) {
            report(tr("Cannot attach %1: %2").arg(v.name.isEmpty() ? v.id : v.name, verdict.reason), true);
            return;
        }
        volumes << v;
    }
    if (volumes.isEmpty())
        return;
    runBulk(tr("Attach to %1").arg(m_volumeModel->serverName(serverId)), volumes, [this, serverId](const Volume &v) {
        return new OpenStack::BlockStorage::AttachVolumeJob(m_session, serverId, v.id);
    });
}

} // namespace Ui
