// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "openstack/client/restjob.h"

namespace OpenStack::Compute {

// The lifecycle operations on one server. All but Delete are POST /servers/{id}/action.
enum class ServerAction {
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
    CreateImage,
    AddSecurityGroup,
    RemoveSecurityGroup,
    Delete,
};

// What some actions need besides the server.
struct ActionArgs
{
    QString flavorId;      // Resize
    QString imageName;     // CreateImage
    QString securityGroup; // Add/RemoveSecurityGroup (name)
};

// One action on one server. Nova's refusal (409 in the wrong state, 403 over quota) is the job's
// error, carrying Nova's own message; serverName() lets callers say which instance it was about.
class ServerActionJob : public RestJob
{
    Q_OBJECT
public:
    ServerActionJob(Session *session, const QString &serverId, const QString &serverName, ServerAction action,
                    const ActionArgs &args = {}, QObject *parent = nullptr);

    const QString &serverId() const { return m_serverId; }
    const QString &serverName() const { return m_serverName; }
    ServerAction action() const { return m_action; }
    // CreateImage: the new image's id (2.45+).
    const QString &imageId() const { return m_imageId; }

    // The request body of an action ({"os-start": null}, {"reboot": {"type": "SOFT"}}, …).
    static QJsonObject body(ServerAction action, const ActionArgs &args);
    // The English verb for logs and the CLI: "start", "hard reboot", …
    static QString verb(ServerAction action);

protected:
    Core::Error parse(const QJsonDocument &document) override;
    bool expectsJson() const override { return false; }

private:
    QString m_serverId;
    QString m_serverName;
    ServerAction m_action;
    QString m_imageId;
};

} // namespace OpenStack::Compute
