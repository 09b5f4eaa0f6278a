// SPDX-License-Identifier: GPL-3.0-or-later
#include "openstack/compute/computejobs.h"

namespace OpenStack::Compute {

namespace {
QString serverPath(const QString &serverId, const char *tail)
{
    return QStringLiteral("/servers/") + serverId + QLatin1String(tail);
}
} // namespace

ListFlavorsJob::ListFlavorsJob(Session *session, bool includePrivate, QObject *parent)
    : ListJob(session, QStringLiteral("/flavors/detail"), "flavors", parent)
{
    QUrlQuery q;
    if (includePrivate)
        q.addQueryItem(QStringLiteral("is_public"), QStringLiteral("None"));
    setQuery(q);
}

ListKeypairsJob::ListKeypairsJob(Session *session, QObject *parent)
    : ListJob(session, QStringLiteral("/os-keypairs"), "keypairs", parent)
{
}

ListAvailabilityZonesJob::ListAvailabilityZonesJob(Session *session, QObject *parent)
    : ListJob(session, QStringLiteral("/os-availability-zone"), "availabilityZoneInfo", parent)
{
}

ListInstanceActionsJob::ListInstanceActionsJob(Session *session, const QString &serverId, QObject *parent)
    : ListJob(session, serverPath(serverId, "/os-instance-actions"), "instanceActions", parent)
{
}

ListInterfacesJob::ListInterfacesJob(Session *session, const QString &serverId, QObject *parent)
    : ListJob(session, serverPath(serverId, "/os-interface"), "interfaceAttachments", parent)
{
}

ListVolumeAttachmentsJob::ListVolumeAttachmentsJob(Session *session, const QString &serverId, QObject *parent)
    : ListJob(session, serverPath(serverId, "/os-volume_attachments"), "volumeAttachments", parent)
{
}

GetLimitsJob::GetLimitsJob(Session *session, QObject *parent)
    : RestJob(session, QStringLiteral("compute"), "GET", QStringLiteral("/limits"), parent)
{
    setMicroversionRange(kComputeMin, kComputeMax);
}

Core::Error GetLimitsJob::parse(const QJsonDocument &document)
{
    const QJsonObject absolute =
        document.object().value(QLatin1String("limits")).toObject().value(QLatin1String("absolute")).toObject();
    Core::Error e;
    m_limits = ComputeLimits::fromJson(absolute, &e);
    return e;
}

AttachInterfaceJob::AttachInterfaceJob(Session *session, const QString &serverId, const QString &networkId,
                                       const QString &portId, QObject *parent)
    : RestJob(session, QStringLiteral("compute"), "POST", serverPath(serverId, "/os-interface"), parent)
{
    setMicroversionRange(kComputeMin, kComputeMax);
    QJsonObject attachment;
    if (!portId.isEmpty())
        attachment.insert(QStringLiteral("port_id"), portId);
    else
        attachment.insert(QStringLiteral("net_id"), networkId);
    setJsonBody({{QStringLiteral("interfaceAttachment"), attachment}});
}

DetachInterfaceJob::DetachInterfaceJob(Session *session, const QString &serverId, const QString &portId,
                                       QObject *parent)
    : RestJob(session, QStringLiteral("compute"), "DELETE",
              serverPath(serverId, "/os-interface/") + portId, parent)
{
    setMicroversionRange(kComputeMin, kComputeMax);
}

ConsoleOutputJob::ConsoleOutputJob(Session *session, const QString &serverId, int lines, QObject *parent)
    : RestJob(session, QStringLiteral("compute"), "POST", serverPath(serverId, "/action"), parent)
{
    setMicroversionRange(kComputeMin, kComputeMax);
    QJsonObject args;
    if (lines > 0)
        args.insert(QStringLiteral("length"), lines);
    setJsonBody({{QStringLiteral("os-getConsoleOutput"), args}});
}

Core::Error ConsoleOutputJob::parse(const QJsonDocument &document)
{
    const QJsonValue v = document.object().value(QLatin1String("output"));
    if (!v.isString())
        return Core::Error::make(Core::Error::Kind::BadResponse, tr("The response has no console \"output\""));
    m_output = v.toString();
    return {};
}

RemoteConsoleJob::RemoteConsoleJob(Session *session, const QString &serverId, const QString &protocol,
                                   const QString &type, QObject *parent)
    : RestJob(session, QStringLiteral("compute"), "POST", serverPath(serverId, "/remote-consoles"), parent)
{
    setMicroversionRange(Microversion{2, 6}, kComputeMax);
    setJsonBody({{QStringLiteral("remote_console"),
                  QJsonObject{{QStringLiteral("protocol"), protocol}, {QStringLiteral("type"), type}}}});
}

Core::Error RemoteConsoleJob::parse(const QJsonDocument &document)
{
    const QString url =
        document.object().value(QLatin1String("remote_console")).toObject().value(QLatin1String("url")).toString();
    m_url = QUrl(url);
    if (url.isEmpty() || !m_url.isValid())
        return Core::Error::make(Core::Error::Kind::BadResponse, tr("The response has no console URL"));
    return {};
}

} // namespace OpenStack::Compute
