// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/compute/servercommands.h"

#include "models/compute/serverlistmodel.h"
#include "openstack/client/session.h"

using OpenStack::Compute::ActionArgs;
using OpenStack::Compute::Server;
using OpenStack::Compute::ServerAction;

namespace Models {

namespace {

bool in(const QString &status, std::initializer_list<const char *> statuses)
{
    for (const char *s : statuses) {
        if (status == QLatin1String(s))
            return true;
    }
    return false;
}

// Commands that only read, or that a lock / a running task does not block.
bool ignoresLock(ServerCommand c)
{
    return c == ServerCommand::Unlock || c == ServerCommand::Lock || c == ServerCommand::ConsoleLog
           || c == ServerCommand::ConsoleUrl || c == ServerCommand::ActionLog;
}

} // namespace

std::optional<ServerAction> ServerCommandRules::actionOf(ServerCommand command)
{
    switch (command) {
    case ServerCommand::Start: return ServerAction::Start;
    case ServerCommand::Stop: return ServerAction::Stop;
    case ServerCommand::SoftReboot: return ServerAction::SoftReboot;
    case ServerCommand::HardReboot: return ServerAction::HardReboot;
    case ServerCommand::Pause: return ServerAction::Pause;
    case ServerCommand::Unpause: return ServerAction::Unpause;
    case ServerCommand::Suspend: return ServerAction::Suspend;
    case ServerCommand::Resume: return ServerAction::Resume;
    case ServerCommand::Shelve: return ServerAction::Shelve;
    case ServerCommand::Unshelve: return ServerAction::Unshelve;
    case ServerCommand::Lock: return ServerAction::Lock;
    case ServerCommand::Unlock: return ServerAction::Unlock;
    case ServerCommand::Resize: return ServerAction::Resize;
    case ServerCommand::ConfirmResize: return ServerAction::ConfirmResize;
    case ServerCommand::RevertResize: return ServerAction::RevertResize;
    case ServerCommand::Snapshot: return ServerAction::CreateImage;
    case ServerCommand::Terminate: return ServerAction::Delete;
    default: return std::nullopt;
    }
}

bool ServerCommandRules::isBulk(ServerCommand command)
{
    const auto action = actionOf(command);
    return action && *action != ServerAction::Resize && *action != ServerAction::CreateImage;
}

QString ServerCommandRules::whyNot(ServerCommand command, const Server &s)
{
    const QString status = ServerListModel::statusText(s.status);
    if (s.isDeleted())
        return tr("%1 is deleted").arg(s.name);
    if (s.locked && !ignoresLock(command))
        return tr("%1 is locked; unlock it first").arg(s.name);
    if (!s.taskState.isEmpty() && command != ServerCommand::Terminate && !ignoresLock(command))
        return tr("%1 is busy: %2").arg(s.name, ServerListModel::taskText(s.taskState));
    auto needs = [&](std::initializer_list<const char *> statuses, const QString &what) -> QString {
        return in(s.status, statuses) ? QString() : tr("%1 is %2; %3").arg(s.name, status, what);
    };
    switch (command) {
    case ServerCommand::Start:
        return needs({"SHUTOFF"}, tr("only a shut-off instance can be started"));
    case ServerCommand::Stop:
        return needs({"ACTIVE", "ERROR", "RESCUE"}, tr("only a running instance can be stopped"));
    case ServerCommand::SoftReboot:
        return needs({"ACTIVE"}, tr("a soft reboot needs a running instance"));
    case ServerCommand::HardReboot:
        return needs({"ACTIVE", "SHUTOFF", "PAUSED", "SUSPENDED", "ERROR", "RESCUE"},
                     tr("it cannot be rebooted in this state"));
    case ServerCommand::Pause:
        return needs({"ACTIVE"}, tr("only a running instance can be paused"));
    case ServerCommand::Unpause:
        return needs({"PAUSED"}, tr("only a paused instance can be resumed"));
    case ServerCommand::Suspend:
        return needs({"ACTIVE"}, tr("only a running instance can be suspended"));
    case ServerCommand::Resume:
        return needs({"SUSPENDED"}, tr("only a suspended instance can be resumed"));
    case ServerCommand::Shelve:
        return needs({"ACTIVE", "SHUTOFF", "PAUSED", "SUSPENDED"}, tr("it cannot be shelved in this state"));
    case ServerCommand::Unshelve:
        return needs({"SHELVED", "SHELVED_OFFLOADED"}, tr("only a shelved instance can be unshelved"));
    case ServerCommand::Lock:
        return s.locked ? tr("%1 is already locked").arg(s.name) : QString();
    case ServerCommand::Unlock:
        return s.locked ? QString() : tr("%1 is not locked").arg(s.name);
    case ServerCommand::Resize:
        return needs({"ACTIVE", "SHUTOFF"}, tr("only a running or shut-off instance can be resized"));
    case ServerCommand::ConfirmResize:
    case ServerCommand::RevertResize:
        return needs({"VERIFY_RESIZE"}, tr("there is no resize waiting for confirmation"));
    case ServerCommand::Snapshot:
        return needs({"ACTIVE", "SHUTOFF", "PAUSED", "SUSPENDED"}, tr("a snapshot needs a running or stopped instance"));
    case ServerCommand::Terminate:
        return {};
    case ServerCommand::ConsoleUrl:
        return needs({"ACTIVE"}, tr("the console needs a running instance"));
    case ServerCommand::ConsoleLog:
        return in(s.status, {"BUILD"}) ? tr("%1 is still being built").arg(s.name) : QString();
    case ServerCommand::ActionLog:
        return {};
    case ServerCommand::AssociateFloatingIp:
        if (s.addresses.isEmpty())
            return tr("%1 has no network address to map a floating IP to").arg(s.name);
        return needs({"ACTIVE", "SHUTOFF", "PAUSED", "SUSPENDED"}, tr("it cannot get a floating IP in this state"));
    case ServerCommand::DisassociateFloatingIp:
        return s.floatingIps().isEmpty() ? tr("%1 has no floating IP").arg(s.name) : QString();
    case ServerCommand::EditSecurityGroups:
        if (s.addresses.isEmpty())
            return tr("%1 has no network port to apply security groups to").arg(s.name);
        return needs({"ACTIVE", "SHUTOFF", "PAUSED", "SUSPENDED"}, tr("its security groups cannot change in this state"));
    case ServerCommand::AttachInterface:
        return needs({"ACTIVE", "SHUTOFF", "PAUSED"}, tr("interfaces can be attached to a running, paused or stopped instance"));
    case ServerCommand::DetachInterface:
        if (s.addresses.isEmpty())
            return tr("%1 has no interface").arg(s.name);
        return needs({"ACTIVE", "SHUTOFF", "PAUSED"}, tr("interfaces can be detached from a running, paused or stopped instance"));
    case ServerCommand::AttachVolume:
        // Nova's own list for os-volume_attachments (anything else answers 409).
        return needs({"ACTIVE", "SHUTOFF", "PAUSED", "SUSPENDED", "SHELVED", "SHELVED_OFFLOADED"},
                     tr("volumes attach only to an active, shut-off, paused, suspended or shelved instance"));
    }
    return {};
}

QString ServerCommandRules::whyNot(ServerCommand command, const QVector<Server> &servers)
{
    if (servers.isEmpty())
        return tr("Select an instance first");
    if (servers.size() > 1 && !isBulk(command))
        return tr("Select a single instance");
    QString first;
    for (const Server &s : servers) {
        const QString why = whyNot(command, s);
        if (why.isEmpty())
            return {};
        if (first.isEmpty())
            first = why;
    }
    return first;
}

ServerBulkAction::ServerBulkAction(OpenStack::Session *session, ServerAction action, QVector<Server> servers,
                                   ActionArgs args, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_action(action)
    , m_servers(std::move(servers))
    , m_args(std::move(args))
{
}

void ServerBulkAction::start()
{
    if (m_servers.isEmpty()) {
        QMetaObject::invokeMethod(this, [this]() {
            emit finished(this);
            deleteLater();
        }, Qt::QueuedConnection);
        return;
    }
    while (m_running < kParallel && m_next < m_servers.size())
        startNext();
}

void ServerBulkAction::startNext()
{
    const Server &s = m_servers.at(m_next++);
    auto *job = new OpenStack::Compute::ServerActionJob(m_session, s.id, s.name, m_action, m_args, this);
    ++m_running;
    connect(job, &OpenStack::RestJob::finished, this, [this](OpenStack::RestJob *done) {
        auto *a = static_cast<OpenStack::Compute::ServerActionJob *>(done);
        --m_running;
        Result r{a->serverId(), a->serverName(), a->error()};
        m_results.append(r);
        emit itemFinished(r);
        if (m_next < m_servers.size()) {
            startNext();
        } else if (m_running == 0) {
            emit finished(this);
            deleteLater();
        }
    });
    job->start();
}

int ServerBulkAction::failures() const
{
    int n = 0;
    for (const Result &r : m_results)
        n += r.error ? 1 : 0;
    return n;
}

QString ServerBulkAction::summary() const
{
    const int total = int(m_results.size());
    const int ok = total - failures();
    QString text = tr("%1: %2 of %n instance(s) succeeded.", nullptr, total)
                       .arg(OpenStack::Compute::ServerActionJob::verb(m_action))
                       .arg(ok);
    for (const Result &r : m_results) {
        if (r.error)
            text += QLatin1Char('\n') + tr("%1: %2").arg(r.serverName.isEmpty() ? r.serverId : r.serverName,
                                                        r.error.message.isEmpty() ? r.error.toString()
                                                                                  : r.error.message);
    }
    return text;
}

} // namespace Models
