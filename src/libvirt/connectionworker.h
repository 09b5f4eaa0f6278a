// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "libvirt/domain.h"
#include "libvirt/domainstats.h"

#include <QObject>
#include <memory>

struct _virConnect;

namespace Libvirt {

struct LibvirtLibrary;

struct HostInfo
{
    QString hostname;
    QString model;
    int cpus = 0;
    int mhz = 0;
    qint64 memoryKiB = 0;
    QString libvirtVersion;
    QString driver; // QEMU, Test, …
};

// Internal to the Libvirt layer: owns one virConnectPtr and runs every blocking libvirt call, on
// the worker thread it was moved to. Created, fed and retired only by Libvirt::Connection.
class ConnectionWorker : public QObject
{
    Q_OBJECT
public:
    ConnectionWorker(QString uri, int keepAliveInterval, int keepAliveCount);
    ~ConnectionWorker() override;

    // All below: worker thread only. They open the connection first when it is not open.
    Core::Error ensureOpen();
    QVector<Domain> listDomains(const QString &host, Core::Error *error);
    QVector<DomainStatsSample> collectStats(Core::Error *error);
    HostInfo hostInfo(Core::Error *error);
    Core::Error domainAction(const QString &uuid, int action);
    void closeConnection();

    // Called on the event-loop thread by the relay; posts to this object's thread.
    void postLifecycle(const QString &uuid, int event, int detail);

    // Handed to libvirt's event callback; see the .cpp.
    struct Relay;

signals:
    // Emitted on the worker thread; Connection receives it queued.
    void done(quint64 callId);
    void lifecycle(const QString &uuid, int event, int detail);
    void connectionLost(const QString &reason);

private:
    Core::Error lastError(const QString &what) const;
    void dropIfDead();

    QString m_uri;
    int m_keepAliveInterval;
    int m_keepAliveCount;
    _virConnect *m_conn = nullptr;
    // Set by ensureOpen on this worker's thread once libvirt is loaded; every call through it
    // comes after a successful ensureOpen (m_conn is only ever set after it).
    const LibvirtLibrary *m_lib = nullptr;
    int m_callbackId = -1;
    Relay *m_relay = nullptr; // owned by libvirt once registered (freed by its free callback)
};

} // namespace Libvirt
