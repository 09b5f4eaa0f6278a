// SPDX-License-Identifier: GPL-3.0-or-later
#include "openstack/compute/serveractionjob.h"

#include "openstack/compute/serverjobs.h"

#include <QJsonValue>

namespace OpenStack::Compute {

ServerActionJob::ServerActionJob(Session *session, const QString &serverId, const QString &serverName,
                                 ServerAction action, const ActionArgs &args, QObject *parent)
    : RestJob(session, QStringLiteral("compute"), action == ServerAction::Delete ? QByteArray("DELETE") : QByteArray("POST"),
              action == ServerAction::Delete ? QString(QStringLiteral("/servers/") + serverId)
                                             : QString(QStringLiteral("/servers/") + serverId + QStringLiteral("/action")),
              parent)
    , m_serverId(serverId)
    , m_serverName(serverName)
    , m_action(action)
{
    setMicroversionRange(kComputeMin, kComputeMax);
    if (action != ServerAction::Delete)
        setJsonBody(body(action, args));
}

QJsonObject ServerActionJob::body(ServerAction action, const ActionArgs &args)
{
    const QJsonValue null(QJsonValue::Null);
    switch (action) {
    case ServerAction::Start:
        return {{QStringLiteral("os-start"), null}};
    case ServerAction::Stop:
        return {{QStringLiteral("os-stop"), null}};
    case ServerAction::SoftReboot:
        return {{QStringLiteral("reboot"), QJsonObject{{QStringLiteral("type"), QStringLiteral("SOFT")}}}};
    case ServerAction::HardReboot:
        return {{QStringLiteral("reboot"), QJsonObject{{QStringLiteral("type"), QStringLiteral("HARD")}}}};
    case ServerAction::Pause:
        return {{QStringLiteral("pause"), null}};
    case ServerAction::Unpause:
        return {{QStringLiteral("unpause"), null}};
    case ServerAction::Suspend:
        return {{QStringLiteral("suspend"), null}};
    case ServerAction::Resume:
        return {{QStringLiteral("resume"), null}};
    case ServerAction::Shelve:
        return {{QStringLiteral("shelve"), null}};
    case ServerAction::Unshelve:
        return {{QStringLiteral("unshelve"), null}};
    case ServerAction::Lock:
        return {{QStringLiteral("lock"), null}};
    case ServerAction::Unlock:
        return {{QStringLiteral("unlock"), null}};
    case ServerAction::Resize:
        return {{QStringLiteral("resize"), QJsonObject{{QStringLiteral("flavorRef"), args.flavorId}}}};
    case ServerAction::ConfirmResize:
        return {{QStringLiteral("confirmResize"), null}};
    case ServerAction::RevertResize:
        return {{QStringLiteral("revertResize"), null}};
    case ServerAction::CreateImage:
        return {{QStringLiteral("createImage"), QJsonObject{{QStringLiteral("name"), args.imageName}}}};
    case ServerAction::AddSecurityGroup:
        return {{QStringLiteral("addSecurityGroup"), QJsonObject{{QStringLiteral("name"), args.securityGroup}}}};
    case ServerAction::RemoveSecurityGroup:
        return {{QStringLiteral("removeSecurityGroup"), QJsonObject{{QStringLiteral("name"), args.securityGroup}}}};
    case ServerAction::Delete:
        break;
    }
    return {};
}

QString ServerActionJob::verb(ServerAction action)
{
    switch (action) {
    case ServerAction::Start: return QStringLiteral("start");
    case ServerAction::Stop: return QStringLiteral("stop");
    case ServerAction::SoftReboot: return QStringLiteral("soft reboot");
    case ServerAction::HardReboot: return QStringLiteral("hard reboot");
    case ServerAction::Pause: return QStringLiteral("pause");
    case ServerAction::Unpause: return QStringLiteral("unpause");
    case ServerAction::Suspend: return QStringLiteral("suspend");
    case ServerAction::Resume: return QStringLiteral("resume");
    case ServerAction::Shelve: return QStringLiteral("shelve");
    case ServerAction::Unshelve: return QStringLiteral("unshelve");
    case ServerAction::Lock: return QStringLiteral("lock");
    case ServerAction::Unlock: return QStringLiteral("unlock");
    case ServerAction::Resize: return QStringLiteral("resize");
    case ServerAction::ConfirmResize: return QStringLiteral("confirm resize");
    case ServerAction::RevertResize: return QStringLiteral("revert resize");
    case ServerAction::CreateImage: return QStringLiteral("create snapshot");
    case ServerAction::AddSecurityGroup: return QStringLiteral("add security group");
    case ServerAction::RemoveSecurityGroup: return QStringLiteral("remove security group");
    case ServerAction::Delete: return QStringLiteral("terminate");
    }
    return {};
}

Core::Error ServerActionJob::parse(const QJsonDocument &document)
{
    if (m_action == ServerAction::CreateImage) {
        m_imageId = document.object().value(QLatin1String("image_id")).toString();
        // Before 2.45 the id is only in the Location header.
        if (m_imageId.isEmpty())
            m_imageId = QString::fromLatin1(replyHeader("Location")).section(QLatin1Char('/'), -1);
    }
    return {};
}

} // namespace OpenStack::Compute
