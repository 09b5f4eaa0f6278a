// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/compute/servercommands.h"
#include "openstack/client/session.h"
#include "ui/common/page.h"

#include <QHash>
#include <QPointer>

class QAction;
class QCheckBox;
class QMenu;

namespace OpenStack::Compute {
struct LaunchSpec;
}
namespace Models {
class ServerListModel;
class ServerListController;
} // namespace Models

namespace Ui {

class LaunchWizard;
class ServerDetailsPane;
class TablePanel;
class VolumeDropTarget;

// The Instances tab (云主机): the fleet at a glance, live, with every lifecycle action from the
// toolbar, the context menu and the keyboard, on one row or a selection (a result per instance).
// An action the selection's state forbids is disabled with the reason as its tooltip.
class InstancesPage : public Page
{
    Q_OBJECT
public:
    explicit InstancesPage(QWidget *parent = nullptr);

    QString pageId() const override { return QStringLiteral("instances"); }
    QString title() const override { return tr("Instances"); }
    void setSession(OpenStack::Session *session) override;
    void refresh() override;
    bool isLoading() const override;

    Models::ServerListModel *model() const { return m_model; }
    Models::ServerListController *controller() const { return m_controller; }
    TablePanel *panel() const { return m_panel; }
    QAction *commandAction(Models::ServerCommand command) const { return m_actions.value(int(command)); }
    // Opens the launch wizard; returns it so tests can drive it.
    LaunchWizard *openLaunchWizard();
    // The text of the last action's outcome, as shown in the status bar.
    QString lastResult() const { return m_lastResult; }
    VolumeDropTarget *volumeDropTarget() const { return m_volumeDrop; }
    ServerDetailsPane *detailsPane() const { return m_details; }

    // Something outside this tab changed these servers (the Volumes tab attached or detached):
    // look at them again soon, and refresh the details pane if it shows one of them.
    void watchServers(const QStringList &serverIds);

signals:
    // Volumes were dropped on an instance; the Volumes tab attaches them (app/application.cpp).
    void attachVolumesRequested(const QStringList &volumeIds, const QString &serverId, const QString &serverName);

private:
    void applyScope();
    void buildActions();
    void updateActions();
    QVector<OpenStack::Compute::Server> selectedServers() const;
    void run(Models::ServerCommand command);
    void runBulk(Models::ServerCommand command, const QVector<OpenStack::Compute::Server> &servers,
                 const OpenStack::Compute::ActionArgs &args = {});
    void confirmThen(const QString &question, const QVector<OpenStack::Compute::Server> &servers,
                     std::function<void()> then);
    void launch(const OpenStack::Compute::LaunchSpec &spec);
    void resizeServer(const OpenStack::Compute::Server &server);
    void snapshot(const OpenStack::Compute::Server &server);
    void openConsole(const OpenStack::Compute::Server &server);
    void associateFloatingIp(const OpenStack::Compute::Server &server);
    void disassociateFloatingIp(const OpenStack::Compute::Server &server);
    void editSecurityGroups(const OpenStack::Compute::Server &server);
    void attachInterface(const OpenStack::Compute::Server &server);
    void detachInterface(const OpenStack::Compute::Server &server);
    void report(const QString &text, bool failed);

    Models::ServerListModel *m_model;
    Models::ServerListController *m_controller;
    TablePanel *m_panel;
    ServerDetailsPane *m_details;
    VolumeDropTarget *m_volumeDrop = nullptr;
    QMenu *m_contextMenu = nullptr;
    QCheckBox *m_allProjects;
    QAction *m_launchAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QHash<int, QAction *> m_actions;
    QPointer<OpenStack::Session> m_session;
    QString m_lastResult;
};

} // namespace Ui
