// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "openstack/client/jsonfields.h"
#include "openstack/client/restjob.h"
#include "openstack/compute/computetypes.h"
#include "openstack/compute/serverjobs.h"

#include <QVector>

namespace OpenStack::Compute {

// A GET whose answer is {"<key>": [T, …]}. Every entry must parse, or the job fails naming it.
template<typename T>
class ListJob : public RestJob
{
public:
    ListJob(Session *session, const QString &path, const char *key, QObject *parent)
        : RestJob(session, QStringLiteral("compute"), "GET", path, parent)
        , m_key(key)
    {
        setMicroversionRange(kComputeMin, kComputeMax);
    }
    const QVector<T> &items() const { return m_items; }

protected:
    Core::Error parse(const QJsonDocument &document) override
    {
        return readList(document.object(), m_key, &m_items);
    }

private:
    const char *m_key;
    QVector<T> m_items;
};

// GET /flavors/detail (for an admin, private flavors too).
class ListFlavorsJob : public ListJob<Flavor>
{
public:
    ListFlavorsJob(Session *session, bool includePrivate, QObject *parent = nullptr);
};

// GET /os-keypairs: the user's key pairs.
class ListKeypairsJob : public ListJob<Keypair>
{
public:
    explicit ListKeypairsJob(Session *session, QObject *parent = nullptr);
};

// GET /os-availability-zone.
class ListAvailabilityZonesJob : public ListJob<AvailabilityZone>
{
public:
    explicit ListAvailabilityZonesJob(Session *session, QObject *parent = nullptr);
};

// GET /servers/{id}/os-instance-actions: the action log.
class ListInstanceActionsJob : public ListJob<InstanceAction>
{
public:
    ListInstanceActionsJob(Session *session, const QString &serverId, QObject *parent = nullptr);
};

// GET /servers/{id}/os-interface: the server's ports.
class ListInterfacesJob : public ListJob<InterfaceAttachment>
{
public:
    ListInterfacesJob(Session *session, const QString &serverId, QObject *parent = nullptr);
};

// GET /servers/{id}/os-volume_attachments: volumes with their device names.
class ListVolumeAttachmentsJob : public ListJob<VolumeAttachment>
{
public:
    ListVolumeAttachmentsJob(Session *session, const QString &serverId, QObject *parent = nullptr);
};

// GET /limits: the project's absolute compute limits and usage.
class GetLimitsJob : public RestJob
{
    Q_OBJECT
public:
    explicit GetLimitsJob(Session *session, QObject *parent = nullptr);
    const ComputeLimits &limits() const { return m_limits; }

protected:
    Core::Error parse(const QJsonDocument &document) override;

private:
    ComputeLimits m_limits;
};

// POST /servers/{id}/os-interface: a new port on `networkId` (or the existing `portId`).
class AttachInterfaceJob : public RestJob
{
    Q_OBJECT
public:
    AttachInterfaceJob(Session *session, const QString &serverId, const QString &networkId,
                       const QString &portId = {}, QObject *parent = nullptr);

protected:
    bool expectsJson() const override { return false; }
};

// DELETE /servers/{id}/os-interface/{port}.
class DetachInterfaceJob : public RestJob
{
    Q_OBJECT
public:
    DetachInterfaceJob(Session *session, const QString &serverId, const QString &portId, QObject *parent = nullptr);
};

// POST /servers/{id}/action os-getConsoleOutput: the last `lines` lines (0: all).
class ConsoleOutputJob : public RestJob
{
    Q_OBJECT
public:
    ConsoleOutputJob(Session *session, const QString &serverId, int lines, QObject *parent = nullptr);
    const QString &output() const { return m_output; }

protected:
    Core::Error parse(const QJsonDocument &document) override;
    bool expectsJson() const override { return true; }

private:
    QString m_output;
};

// POST /servers/{id}/remote-consoles (2.6+): a console URL for the browser.
class RemoteConsoleJob : public RestJob
{
    Q_OBJECT
public:
    RemoteConsoleJob(Session *session, const QString &serverId, const QString &protocol = QStringLiteral("vnc"),
                     const QString &type = QStringLiteral("novnc"), QObject *parent = nullptr);
    const QUrl &url() const { return m_url; }

protected:
    Core::Error parse(const QJsonDocument &document) override;
    bool expectsJson() const override { return true; }

private:
    QUrl m_url;
};

} // namespace OpenStack::Compute
