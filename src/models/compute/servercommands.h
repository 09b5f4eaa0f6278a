// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "openstack/compute/server.h"
#include "openstack/compute/serveractionjob.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <optional>

namespace OpenStack {
class Session;
}

namespace Models {

// Everything the Instances tab offers on a selected instance.
enum class ServerCommand {
    Start,
    Stop,
    SoftReboot,
    HardReboot,
    Pause,
    Unpause,
    Suspend,
    Resume,
    Shelve,
    Unshelve,
    Lock,
    Unlock,
    Resize,
    ConfirmResize,
    RevertResize,
    Snapshot,
    Terminate,
    ConsoleUrl,
    ConsoleLog,
    ActionLog,
    AssociateFloatingIp,
    DisassociateFloatingIp,
    EditSecurityGroups,
    AttachInterface,
    DetachInterface,
    AttachVolume, // a volume dropped on the instance (the Volumes tab does the attaching)
};

// Which commands a server's state allows, mirroring Nova's own state checks so the button is
// disabled (with the reason as its tooltip) instead of failing with a 409.
class ServerCommandRules
{
    Q_DECLARE_TR_FUNCTIONS(Models::ServerCommandRules)
public:
    // Empty when allowed; otherwise why not, in words, for this server.
    static QString whyNot(ServerCommand command, const OpenStack::Compute::Server &server);
    // For a selection: allowed when allowed for at least one; the reason is the first server's.
    static QString whyNot(ServerCommand command, const QVector<OpenStack::Compute::Server> &servers);
    // The lifecycle action behind a command, when it is one.
    static std::optional<OpenStack::Compute::ServerAction> actionOf(ServerCommand command);
    // Can it run on several instances at once?
    static bool isBulk(ServerCommand command);
};

// One action on many servers at once, each with its own result: the jobs run in parallel (a few at
// a time), and a failure of one (Nova's 409 "in the wrong state", 403 over quota) does not stop the
// others. Deletes itself after finished(). GUI thread only.
class ServerBulkAction : public QObject
{
    Q_OBJECT
public:
    struct Result
    {
        QString serverId;
        QString serverName;
        Core::Error error;
    };
    static constexpr int kParallel = 6;

    ServerBulkAction(OpenStack::Session *session, OpenStack::Compute::ServerAction action,
                     QVector<OpenStack::Compute::Server> servers, OpenStack::Compute::ActionArgs args = {},
                     QObject *parent = nullptr);

    void start();
    OpenStack::Compute::ServerAction action() const { return m_action; }
    const QVector<Result> &results() const { return m_results; }
    int failures() const;
    // "Stopped 2 of 3 instances. hadoop3: Cannot 'stop' instance … while it is in vm_state stopped"
    QString summary() const;

signals:
    void itemFinished(const Models::ServerBulkAction::Result &result);
    void finished(Models::ServerBulkAction *action);

private:
    void startNext();

    QPointer<OpenStack::Session> m_session;
    OpenStack::Compute::ServerAction m_action;
    QVector<OpenStack::Compute::Server> m_servers;
    OpenStack::Compute::ActionArgs m_args;
    QVector<Result> m_results;
    int m_next = 0;
    int m_running = 0;
};

} // namespace Models
