// SPDX-License-Identifier: GPL-3.0-or-later
#include "libvirt/connectionworker.h"

#include "libvirt/eventloop.h"
#include "libvirt/libvirtlibrary.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QUrl>
#include <QUrlQuery>

namespace Libvirt {

// Shared between the worker and libvirt's event thread. The worker clears `worker` (under the
// mutex) before it deregisters, so a late event never touches a deleted worker; libvirt frees the
// relay through the free callback when no callback can run any more.
struct ConnectionWorker::Relay
{
    QMutex mutex;
    ConnectionWorker *worker = nullptr;
    const LibvirtLibrary *lib = nullptr; // the process's copy: outlives every relay
};

namespace {

int lifecycleCallback(virConnectPtr, virDomainPtr dom, int event, int detail, void *opaque)
{
    auto *relay = static_cast<ConnectionWorker::Relay *>(opaque);
    char uuid[VIR_UUID_STRING_BUFLEN] = {};
    relay->lib->virDomainGetUUIDString(dom, uuid);
    QMutexLocker lock(&relay->mutex);
    if (relay->worker)
        relay->worker->postLifecycle(QString::fromLatin1(uuid), event, detail);
    return 0;
}

void freeRelay(void *opaque)
{
    delete static_cast<ConnectionWorker::Relay *>(opaque);
}

// ssh must never ask on a terminal: that would hang the worker until the watchdog fires.
QString withNoTty(const QString &uri)
{
    QUrl url(uri);
    if (!url.scheme().contains(QLatin1String("ssh")))
        return uri;
    QUrlQuery query(url);
    if (!query.hasQueryItem(QStringLiteral("no_tty")))
        query.addQueryItem(QStringLiteral("no_tty"), QStringLiteral("1"));
    url.setQuery(query);
    return url.toString();
}

} // namespace

ConnectionWorker::ConnectionWorker(QString uri, int keepAliveInterval, int keepAliveCount)
    : m_uri(std::move(uri))
    , m_keepAliveInterval(keepAliveInterval)
    , m_keepAliveCount(keepAliveCount)
{
}

ConnectionWorker::~ConnectionWorker()
{
    closeConnection();
}

Core::Error ConnectionWorker::lastError(const QString &what) const
{
    const virErrorPtr err = m_lib->virGetLastError();
    const QString message = err && err->message ? QString::fromUtf8(err->message) : QStringLiteral("unknown libvirt error");
    Core::Error e = Core::Error::make(Core::Error::Kind::Backend, message, what);
    e.service = QStringLiteral("libvirt");
    if (err && (err->code == VIR_ERR_NO_CONNECT || err->code == VIR_ERR_SYSTEM_ERROR || err->code == VIR_ERR_RPC))
        e.kind = Core::Error::Kind::Network;
    return e;
}

Core::Error ConnectionWorker::ensureOpen()
{
    if (m_conn && m_lib->virConnectIsAlive(m_conn) == 1)
        return {};
    closeConnection();
    // The first call on this worker's thread loads libvirt; a failed load is reported here, for
    // every call, and nothing below runs.
    if (!m_lib) {
        Core::Error loadError;
        m_lib = libvirtLibrary(&loadError);
        if (!m_lib)
            return loadError;
    }
    EventLoop::ensureRunning();
    const QByteArray uri = withNoTty(m_uri).toUtf8();
    m_lib->virResetLastError();
    m_conn = m_lib->virConnectOpen(uri.constData());
    if (!m_conn)
        return lastError(QStringLiteral("connect to %1").arg(m_uri));
    // Not every driver has keepalive (test:// and local ones do not need it): not an error.
    if (m_keepAliveInterval > 0)
        m_lib->virConnectSetKeepAlive(m_conn, m_keepAliveInterval, unsigned(m_keepAliveCount));
    m_relay = new Relay;
    m_relay->worker = this;
    m_relay->lib = m_lib;
    m_callbackId = m_lib->virConnectDomainEventRegisterAny(m_conn, nullptr, VIR_DOMAIN_EVENT_ID_LIFECYCLE,
                                                    VIR_DOMAIN_EVENT_CALLBACK(lifecycleCallback), m_relay, freeRelay);
    if (m_callbackId < 0) {
        delete m_relay; // never registered: libvirt does not own it
        m_relay = nullptr;
        m_lib->virResetLastError();
    }
    return {};
}

void ConnectionWorker::closeConnection()
{
    if (!m_conn)
        return;
    if (m_relay) {
        QMutexLocker lock(&m_relay->mutex);
        m_relay->worker = nullptr;
    }
    if (m_callbackId >= 0)
        m_lib->virConnectDomainEventDeregisterAny(m_conn, m_callbackId);
    m_callbackId = -1;
    m_relay = nullptr;
    m_lib->virConnectClose(m_conn);
    m_conn = nullptr;
}

void ConnectionWorker::dropIfDead()
{
    if (m_conn && m_lib->virConnectIsAlive(m_conn) != 1) {
        closeConnection();
        emit connectionLost(QStringLiteral("connection to %1 lost").arg(m_uri));
    }
}

void ConnectionWorker::postLifecycle(const QString &uuid, int event, int detail)
{
    QMetaObject::invokeMethod(
        this, [this, uuid, event, detail]() { emit lifecycle(uuid, event, detail); }, Qt::QueuedConnection);
}

QVector<Domain> ConnectionWorker::listDomains(const QString &host, Core::Error *error)
{
    QVector<Domain> result;
    if (Core::Error e = ensureOpen()) {
        *error = e;
        return result;
    }
    virDomainPtr *domains = nullptr;
    const int n = m_lib->virConnectListAllDomains(m_conn, &domains, 0);
    if (n < 0) {
        *error = lastError(QStringLiteral("list domains on %1").arg(m_uri));
        dropIfDead();
        return result;
    }
    result.reserve(n);
    for (int i = 0; i < n; ++i) {
        virDomainPtr dom = domains[i];
        char *xml = m_lib->virDomainGetXMLDesc(dom, 0);
        if (!xml) {
            // A domain that vanished between the list and this call is not an error.
            m_lib->virDomainFree(dom);
            continue;
        }
        Core::Error parseError;
        Domain d = Domain::fromXml(QString::fromUtf8(xml), &parseError);
        free(xml);
        if (parseError) {
            parseError.service = QStringLiteral("libvirt");
            parseError.context = QStringLiteral("domain XML from %1").arg(m_uri);
            *error = parseError;
            m_lib->virDomainFree(dom);
            continue;
        }
        virDomainInfo info;
        if (m_lib->virDomainGetInfo(dom, &info) == 0) {
            d.state = Domain::stateFromLibvirt(info.state);
            d.memoryKiB = qint64(info.memory);
            d.maxMemoryKiB = qint64(info.maxMem);
            d.vcpus = info.nrVirtCpu;
        }
        d.host = host;
        d.id = host + QLatin1Char('/') + d.uuid;
        result.append(std::move(d));
        m_lib->virDomainFree(dom);
    }
    free(domains);
    return result;
}

QVector<DomainStatsSample> ConnectionWorker::collectStats(Core::Error *error)
{
    QVector<DomainStatsSample> result;
    if (Core::Error e = ensureOpen()) {
        *error = e;
        return result;
    }
    virDomainStatsRecordPtr *records = nullptr;
    const unsigned stats = VIR_DOMAIN_STATS_STATE | VIR_DOMAIN_STATS_CPU_TOTAL | VIR_DOMAIN_STATS_BALLOON
                           | VIR_DOMAIN_STATS_VCPU | VIR_DOMAIN_STATS_INTERFACE | VIR_DOMAIN_STATS_BLOCK;
    const int n = m_lib->virConnectGetAllDomainStats(m_conn, stats, &records, 0);
    static QElapsedTimer clock;
    if (!clock.isValid())
        clock.start();
    const qint64 now = clock.elapsed();
    if (n < 0) {
        *error = lastError(QStringLiteral("collect domain statistics on %1").arg(m_uri));
        dropIfDead();
        return result;
    }
    result.reserve(n);
    for (int i = 0; i < n; ++i) {
        const virDomainStatsRecordPtr rec = records[i];
        DomainStatsSample s;
        s.timestampMs = now;
        char uuid[VIR_UUID_STRING_BUFLEN] = {};
        m_lib->virDomainGetUUIDString(rec->dom, uuid);
        s.uuid = QString::fromLatin1(uuid);
        if (const char *name = m_lib->virDomainGetName(rec->dom))
            s.name = QString::fromUtf8(name);
        for (int p = 0; p < rec->nparams; ++p) {
            const virTypedParameter &tp = rec->params[p];
            const char *field = tp.field;
            qint64 value = 0;
            switch (tp.type) {
            case VIR_TYPED_PARAM_INT: value = tp.value.i; break;
            case VIR_TYPED_PARAM_UINT: value = tp.value.ui; break;
            case VIR_TYPED_PARAM_LLONG: value = tp.value.l; break;
            case VIR_TYPED_PARAM_ULLONG: value = qint64(tp.value.ul); break;
            default: continue;
            }
            const QLatin1String f(field);
            if (f == QLatin1String("state.state"))
                s.state = int(value);
            else if (f == QLatin1String("cpu.time"))
                s.cpuTimeNs = value;
            else if (f == QLatin1String("balloon.current"))
                s.balloonKiB = value;
            else if (f == QLatin1String("balloon.maximum"))
                s.maxMemoryKiB = value;
            else if (f == QLatin1String("balloon.rss"))
                s.rssKiB = value;
            else if (f == QLatin1String("vcpu.current"))
                s.vcpus = int(value);
            else if (f.startsWith(QLatin1String("block.")) && f.endsWith(QLatin1String(".rd.bytes")))
                s.readBytes += value;
            else if (f.startsWith(QLatin1String("block.")) && f.endsWith(QLatin1String(".wr.bytes")))
                s.writeBytes += value;
            else if (f.startsWith(QLatin1String("net.")) && f.endsWith(QLatin1String(".rx.bytes")))
                s.rxBytes += value;
            else if (f.startsWith(QLatin1String("net.")) && f.endsWith(QLatin1String(".tx.bytes")))
                s.txBytes += value;
        }
        // Drivers that report only the state group (the test driver, old hypervisors) still
        // answer virDomainGetInfo: cpu time, memory and vCPUs come from there.
        if (s.cpuTimeNs == 0 && s.balloonKiB == 0) {
            virDomainInfo info;
            if (m_lib->virDomainGetInfo(rec->dom, &info) == 0) {
                s.cpuTimeNs = qint64(info.cpuTime);
                s.balloonKiB = qint64(info.memory);
                s.maxMemoryKiB = qint64(info.maxMem);
                if (s.vcpus == 0)
                    s.vcpus = info.nrVirtCpu;
            }
        }
        result.append(s);
    }
    m_lib->virDomainStatsRecordListFree(records);
    return result;
}

HostInfo ConnectionWorker::hostInfo(Core::Error *error)
{
    HostInfo info;
    if (Core::Error e = ensureOpen()) {
        *error = e;
        return info;
    }
    virNodeInfo node;
    if (m_lib->virNodeGetInfo(m_conn, &node) < 0) {
        *error = lastError(QStringLiteral("read node info of %1").arg(m_uri));
        dropIfDead();
        return info;
    }
    info.model = QString::fromLatin1(node.model);
    info.cpus = int(node.cpus);
    info.mhz = int(node.mhz);
    info.memoryKiB = qint64(node.memory);
    if (char *hostname = m_lib->virConnectGetHostname(m_conn)) {
        info.hostname = QString::fromUtf8(hostname);
        free(hostname);
    }
    if (const char *type = m_lib->virConnectGetType(m_conn))
        info.driver = QString::fromUtf8(type);
    unsigned long version = 0;
    if (m_lib->virConnectGetLibVersion(m_conn, &version) == 0)
        info.libvirtVersion = QStringLiteral("%1.%2.%3").arg(version / 1000000).arg(version / 1000 % 1000).arg(version % 1000);
    return info;
}

Core::Error ConnectionWorker::domainAction(const QString &uuid, int action)
{
    if (Core::Error e = ensureOpen())
        return e;
    const QByteArray id = uuid.toLatin1();
    virDomainPtr dom = m_lib->virDomainLookupByUUIDString(m_conn, id.constData());
    if (!dom)
        return lastError(QStringLiteral("find domain %1 on %2").arg(uuid, m_uri));
    static const char *const names[] = {"start", "shut down", "destroy", "suspend", "resume", "reboot"};
    int rc = -1;
    switch (action) {
    case 0: rc = m_lib->virDomainCreate(dom); break;
    case 1: rc = m_lib->virDomainShutdown(dom); break;
    case 2: rc = m_lib->virDomainDestroy(dom); break;
    case 3: rc = m_lib->virDomainSuspend(dom); break;
    case 4: rc = m_lib->virDomainResume(dom); break;
    case 5: rc = m_lib->virDomainReboot(dom, 0); break;
    default: break;
    }
    Core::Error e;
    if (rc < 0)
        e = lastError(QStringLiteral("%1 domain %2 on %3")
                          .arg(QLatin1String(action >= 0 && action < 6 ? names[action] : "act on"), uuid, m_uri));
    m_lib->virDomainFree(dom);
    return e;
}

} // namespace Libvirt
