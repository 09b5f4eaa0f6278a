// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/instances/instancespage.h"

#include "models/compute/serverlistcontroller.h"
#include "models/compute/serverlistmodel.h"
#include "models/tablefilterproxy.h"
#include "openstack/client/session.h"
#include "ui/common/tablepanel.h"
#include "ui/common/toolbarwidgets.h"
#include "ui/instances/launchwizard.h"
#include "ui/instances/serverdetailspane.h"
#include "ui/instances/serverdialogs.h"
#include "ui/instances/volumedroptarget.h"
#include "ui/common/statusdelegate.h"

#include <QAction>
#include <QCheckBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMenu>
#include <QMessageBox>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace Ui {

using Models::ServerCommand;
using Models::ServerCommandRules;
using OpenStack::Compute::Server;

namespace {
struct CommandInfo
{
    ServerCommand command;
    const char *objectName;
    const char *text;
    QKeySequence shortcut;
};

const QList<CommandInfo> &commandInfos()
{
    static const QList<CommandInfo> infos = {
        {ServerCommand::Start, "startAction", QT_TRANSLATE_NOOP("Ui::InstancesPage", "Start Instance"), QKeySequence(Qt::CTRL | Qt::Key_Up)},
        {ServerCommand::Stop, "stopAction", QT_TRANSLATE_NOOP("Ui::InstancesPage", "Shut Off Instance"), QKeySequence(Qt::CTRL | Qt::Key_Down)},
        {ServerCommand::SoftReboot, "softRebootAction", QT_TRANSLATE_NOOP("Ui::InstancesPage", "Soft Reboot Instance"), QKeySequence(Qt::CTRL | Qt::Key_R)},
        {ServerCommand::HardReboot, "hardRebootAction", QT_TRANSLATE_NOOP("Ui::InstancesPage", "Hard Reboot Instance"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R)},
        {ServerCommand::Pause, "pauseAction", QT_TRANSLATE_NOOP("Ui::InstancesPage", "Pause Instance"), {}},
        {ServerCommand::Unpause, "unpauseAction", QT_TRANSLATE_NOOP("Ui::InstancesPage", "Resume Paused Instance"), {}},
        {ServerCommand::Suspend, "suspendAction", QT_TRANSLATE_NOOP("Ui::InstancesPage", "Suspend Instance"), {}},
        {ServerCommand::Resume, "resumeAction", QT_TRANSLATE_NOOP("Ui::InstancesPage", "Resume Suspended Instance"), {}},
        {ServerCommand::Shelve, "shelveAction", QT_TRANSLATE_NOOP("Ui::InstancesPage", "Shelve Instance"), {}},
        {ServerCommand::Unshelve, "unshelveAction", QT_TRANSLATE_NOOP("Ui::InstancesPage", "Unshelve Instance"), {}},
        {ServerCommand::Lock, "lockAction", QT_TRANSLATE_NOOP("Ui::InstancesPage", "Lock Instance"), {}},
        {ServerCommand::Unlock, "unlockAction", QT_TRANSLATE_NOOP("Ui::InstancesPage", "Unlock Instance"), {}},
        {ServerCommand::Resize, "resizeAction", QT_TRANSLATE_NOOP("Ui::InstancesPage", "Resize Instance…"), {}},
        {ServerCommand::ConfirmResize, "confirmResizeAction", QT_TRANSLATE_NOOP("Ui::InstancesPage", "Confirm Resize/Migrate"), {}},
        {ServerCommand::RevertResize, "revertResizeAction", QT_TRANSLATE_NOOP("Ui::InstancesPage", "Revert Resize/Migrate"), {}},
        {ServerCommand::Snapshot, "snapshotAction", QT_TRANSLATE_NOOP("Ui::InstancesPage", "Create Snapshot…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)},
        {ServerCommand::Terminate, "terminateAction", QT_TRANSLATE_NOOP("Ui::InstancesPage", "Terminate Instance"), QKeySequence::Delete},
        {ServerCommand::ConsoleUrl, "consoleAction", QT_TRANSLATE_NOOP("Ui::InstancesPage", "Open Console"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C)},
        {ServerCommand::ConsoleLog, "consoleLogAction", QT_TRANSLATE_NOOP("Ui::InstancesPage", "View Log"), QKeySequence(Qt::CTRL | Qt::Key_L)},
        {ServerCommand::ActionLog, "actionLogAction", QT_TRANSLATE_NOOP("Ui::InstancesPage", "Action Log"), {}},
        {ServerCommand::AssociateFloatingIp, "associateFloatingIpAction", QT_TRANSLATE_NOOP("Ui::InstancesPage", "Associate Floating IP…"), {}},
        {ServerCommand::DisassociateFloatingIp, "disassociateFloatingIpAction", QT_TRANSLATE_NOOP("Ui::InstancesPage", "Disassociate Floating IP…"), {}},
        {ServerCommand::EditSecurityGroups, "editSecurityGroupsAction", QT_TRANSLATE_NOOP("Ui::InstancesPage", "Edit Security Groups…"), {}},
        {ServerCommand::AttachInterface, "attachInterfaceAction", QT_TRANSLATE_NOOP("Ui::InstancesPage", "Attach Interface…"), {}},
        {ServerCommand::DetachInterface, "detachInterfaceAction", QT_TRANSLATE_NOOP("Ui::InstancesPage", "Detach Interface…"), {}},
    };
    return infos;
}
} // namespace

InstancesPage::InstancesPage(QWidget *parent)
    : Page(parent)
    , m_model(new Models::ServerListModel(this))
    , m_controller(new Models::ServerListController(m_model, this))
    , m_panel(new TablePanel(QStringLiteral("instances"), m_model, this))
    , m_details(new ServerDetailsPane(m_model, this))
    , m_allProjects(new QCheckBox(tr("All projects"), this))
{
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("instancesSplitter"));
    splitter->addWidget(m_panel);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    QTableView *view = m_panel->view();
    auto *delegate = new StatusDelegate(StatusDelegate::Style::Dot, view);
    for (int c : {Models::ServerListModel::StatusColumn, Models::ServerListModel::TaskColumn,
                  Models::ServerListModel::PowerColumn})
        view->setItemDelegateForColumn(c, delegate);
    m_panel->setHiddenByDefault({Models::ServerListModel::IdColumn, Models::ServerListModel::ProjectColumn,
                                 Models::ServerListModel::HostColumn});

    m_allProjects->setObjectName(QStringLiteral("allProjectsCheck"));
    m_allProjects->setToolTip(tr("Show the instances of every project (all_tenants; admins only)"));
    // An administrator sees the whole fleet first, as on the Volumes, Topology and Security tabs.
    m_allProjects->setChecked(true);
    connect(m_allProjects, &QCheckBox::toggled, this, [this]() {
        applyScope();
        refresh();
    });

    buildActions();

    m_volumeDrop = new VolumeDropTarget(view, m_model, m_panel->proxy(), this);
    connect(m_volumeDrop, &VolumeDropTarget::refused, this, [this](const QString &why) {
        emit statusMessage(tr("Cannot attach here: %1").arg(why));
    });
    connect(m_volumeDrop, &VolumeDropTarget::dropped, this,
            [this](const QStringList &ids, const QString &serverId, const QString &serverName) {
                m_lastResult = tr("Attaching %n volume(s) to %1…", nullptr, int(ids.size())).arg(serverName);
                emit statusMessage(m_lastResult);
                emit attachVolumesRequested(ids, serverId, serverName);
            });

    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this]() {
        updateActions();
        const QVector<Server> servers = selectedServers();
        m_details->showServer(servers.size() == 1 ? servers.constFirst().id : QString());
    });
    // Polling changes rows under the selection: the actions follow their state.
    connect(m_model, &QAbstractItemModel::dataChanged, this, &InstancesPage::updateActions);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &InstancesPage::updateActions);

    connect(m_controller, &Models::ServerListController::loadingChanged, this, [this](bool loading) {
        m_panel->setBusy(loading);
        emit loadingChanged(loading);
    });
    connect(m_controller, &Models::ServerListController::loaded, this, [this](const Core::Error &error) {
        m_panel->setErrorText(error ? tr("Could not load instances: %1").arg(error.toString()) : QString());
        if (error)
            emit statusMessage(error.toString());
    });
    connect(m_controller, &Models::ServerListController::refreshFailed, this, [this](const Core::Error &error) {
        emit statusMessage(tr("Refreshing instances failed: %1").arg(error.toString()));
    });
    // Age moves with the clock; once a minute is enough for "3 days, 19 hours".
    auto *clock = new QTimer(this);
    clock->setInterval(60000);
    connect(clock, &QTimer::timeout, m_model, [this]() { m_model->setNow(QDateTime::currentDateTimeUtc()); });
    clock->start();
    updateActions();
}

void InstancesPage::buildActions()
{
    QToolBar *bar = m_panel->toolBar();
    m_launchAction = bar->addAction(QIcon::fromTheme(QStringLiteral("list-add")), tr("Launch Instance"));
    m_launchAction->setObjectName(QStringLiteral("launchInstanceAction"));
    m_launchAction->setShortcut(QKeySequence::New);
    m_launchAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_launchAction);
    connect(m_launchAction, &QAction::triggered, this, [this]() { openLaunchWizard(); });

    for (const CommandInfo &info : commandInfos()) {
        auto *a = new QAction(QCoreApplication::translate("Ui::InstancesPage", info.text), this);
        a->setObjectName(QString::fromLatin1(info.objectName));
        if (!info.shortcut.isEmpty()) {
            a->setShortcut(info.shortcut);
            a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
            addAction(a);
        }
        const ServerCommand command = info.command;
        connect(a, &QAction::triggered, this, [this, command]() { run(command); });
        m_actions.insert(int(command), a);
    }
    m_actions.value(int(ServerCommand::Terminate))->setIcon(QIcon::fromTheme(QStringLiteral("edit-delete")));
    bar->addAction(m_actions.value(int(ServerCommand::Terminate)));
    bar->addAction(m_actions.value(int(ServerCommand::Start)));
    bar->addAction(m_actions.value(int(ServerCommand::Stop)));
    bar->addAction(m_actions.value(int(ServerCommand::Snapshot)));

    auto *more = new QMenu(tr("More Actions"), this);
    for (const CommandInfo &info : commandInfos())
        more->addAction(m_actions.value(int(info.command)));
    auto *moreButton = new QToolButton(this);
    moreButton->setObjectName(QStringLiteral("moreActionsButton"));
    moreButton->setText(tr("More Actions"));
    moreButton->setMenu(more);
    moreButton->setPopupMode(QToolButton::InstantPopup);
    bar->addWidget(moreButton);

    m_refreshAction = bar->addAction(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("Refresh"));
    m_refreshAction->setObjectName(QStringLiteral("refreshInstancesAction"));
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_refreshAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_refreshAction);
    connect(m_refreshAction, &QAction::triggered, this, &InstancesPage::refresh);
    bar->addWidget(m_allProjects);
    setShownInToolBar(m_allProjects, false);

    QTableView *view = m_panel->view();
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    // One menu for the page's lifetime, shown with popup(): no nested event loop.
    m_contextMenu = new QMenu(this);
    m_contextMenu->setObjectName(QStringLiteral("instancesContextMenu"));
    for (const CommandInfo &info : commandInfos()) {
        m_contextMenu->addAction(m_actions.value(int(info.command)));
        if (info.command == ServerCommand::Unlock || info.command == ServerCommand::Terminate
            || info.command == ServerCommand::ActionLog)
            m_contextMenu->addSeparator();
    }
    connect(view, &QWidget::customContextMenuRequested, this, [this, view](const QPoint &pos) {
        if (!view->indexAt(pos).isValid())
            return;
        m_contextMenu->popup(view->viewport()->mapToGlobal(pos));
    });
    connect(view, &QTableView::doubleClicked, this, [this]() { m_details->setFocus(); });
}

void InstancesPage::setSession(OpenStack::Session *session)
{
    m_session = session;
    m_details->setSession(session);
    m_controller->setSession(session);
    setShownInToolBar(m_allProjects, session && session->isAdmin());
    applyScope();
    if (!session)
        return;
    refresh();
}

void InstancesPage::applyScope()
{
    // all_tenants is for administrators only; the Project and Host columns come with it.
    const bool all = m_session && m_session->isAdmin() && m_allProjects->isChecked();
    m_controller->setAllProjects(all);
    QHeaderView *header = m_panel->view()->horizontalHeader();
    header->setSectionHidden(Models::ServerListModel::ProjectColumn, !all);
    header->setSectionHidden(Models::ServerListModel::HostColumn, !all);
}

void InstancesPage::watchServers(const QStringList &serverIds)
{
    if (!m_session || serverIds.isEmpty())
        return;
    m_controller->watch(serverIds);
    m_details->refreshExtras(serverIds);
}

void InstancesPage::refresh()
{
    if (m_session)
        m_controller->reload();
}

bool InstancesPage::isLoading() const
{
    return m_controller->isLoading();
}

QVector<Server> InstancesPage::selectedServers() const
{
    QVector<Server> out;
    const QList<int> rows = m_panel->selectedSourceRows();
    for (int r : rows)
        out << m_model->record(r);
    return out;
}

void InstancesPage::updateActions()
{
    const QVector<Server> servers = selectedServers();
    for (auto it = m_actions.begin(); it != m_actions.end(); ++it) {
        const QString why = m_session ? ServerCommandRules::whyNot(ServerCommand(it.key()), servers)
                                      : tr("Not connected");
        it.value()->setEnabled(why.isEmpty());
        it.value()->setToolTip(why.isEmpty() ? it.value()->text() : why);
        it.value()->setStatusTip(why);
    }
    m_launchAction->setEnabled(bool(m_session));
}

void InstancesPage::report(const QString &text, bool failed)
{
    m_lastResult = text;
    emit statusMessage(text);
    if (failed)
        m_panel->setErrorText(text);
}

void InstancesPage::confirmThen(const QString &question, const QVector<Server> &servers, std::function<void()> then)
{
    QStringList names;
    for (const Server &s : servers)
        names << QStringLiteral("• ") + (s.name.isEmpty() ? s.id : s.name);
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Confirm"), question, QMessageBox::Ok | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmBox"));
    box->setInformativeText(names.join(QLatin1Char('\n')));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [box, then](int) {
        if (box->clickedButton() == box->button(QMessageBox::Ok))
            then();
    });
    box->open();
}

void InstancesPage::runBulk(ServerCommand command, const QVector<Server> &servers,
                            const OpenStack::Compute::ActionArgs &args)
{
    const auto action = ServerCommandRules::actionOf(command);
    if (!action || !m_session)
        return;
    // Only the servers whose state allows it are sent; the others are reported as skipped.
    QVector<Server> allowed;
    QStringList skipped;
    for (const Server &s : servers) {
        const QString why = ServerCommandRules::whyNot(command, s);
        if (why.isEmpty())
            allowed << s;
        else
            skipped << why;
    }
    auto *bulk = new Models::ServerBulkAction(m_session, *action, allowed, args, this);
    QStringList ids;
    for (const Server &s : allowed)
        ids << s.id;
    emit statusMessage(tr("%1: sending for %n instance(s)…", nullptr, int(allowed.size()))
                           .arg(OpenStack::Compute::ServerActionJob::verb(*action)));
    connect(bulk, &Models::ServerBulkAction::finished, this, [this, skipped, ids](Models::ServerBulkAction *done) {
        QString text = done->summary();
        for (const QString &s : skipped)
            text += QLatin1Char('\n') + tr("skipped: %1").arg(s);
        m_controller->watch(ids);
        report(text, done->failures() > 0 || !skipped.isEmpty());
    });
    bulk->start();
}

void InstancesPage::run(ServerCommand command)
{
    const QVector<Server> servers = selectedServers();
    if (!ServerCommandRules::whyNot(command, servers).isEmpty())
        return;
    const Server &first = servers.constFirst();
    switch (command) {
    case ServerCommand::Terminate:
        confirmThen(tr("Terminate %n instance(s)? This cannot be undone.", nullptr, int(servers.size())), servers,
                    [this, command, servers]() { runBulk(command, servers); });
        return;
    case ServerCommand::Stop:
    case ServerCommand::HardReboot:
    case ServerCommand::Shelve:
        confirmThen(tr("%1 %n instance(s)?", nullptr, int(servers.size())).arg(m_actions.value(int(command))->text()),
                    servers, [this, command, servers]() { runBulk(command, servers); });
        return;
    case ServerCommand::Resize:
        resizeServer(first);
        return;
    case ServerCommand::Snapshot:
        snapshot(first);
        return;
    case ServerCommand::ConsoleUrl:
        openConsole(first);
        return;
    case ServerCommand::ConsoleLog: {
        auto *dialog = new ConsoleLogDialog(m_session, first.id, first.name, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
        return;
    }
    case ServerCommand::ActionLog: {
        auto *dialog = new ActionLogDialog(m_session, first.id, first.name, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
        return;
    }
    case ServerCommand::AssociateFloatingIp:
        associateFloatingIp(first);
        return;
    case ServerCommand::DisassociateFloatingIp:
        disassociateFloatingIp(first);
        return;
    case ServerCommand::EditSecurityGroups:
        editSecurityGroups(first);
        return;
    case ServerCommand::AttachInterface:
        attachInterface(first);
        return;
    case ServerCommand::DetachInterface:
        detachInterface(first);
        return;
    default:
        runBulk(command, servers);
        return;
    }
}

} // namespace Ui
