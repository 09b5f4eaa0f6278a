// SPDX-License-Identifier: GPL-3.0-or-later
#include "openstack/hosts/hypervisorjobs.h"

#include "openstack/client/jsonfields.h"
#include "openstack/client/pagedjob.h"
#include "openstack/client/session.h"
#include "openstack/hosts/aggregatejobs.h"

#include <QCoreApplication>
#include <QTimer>

namespace OpenStack::Hosts {

namespace {
const QString kCompute = QStringLiteral("compute");
constexpr Microversion kServiceUuids{2, 53};
} // namespace

ListHypervisorsJob::ListHypervisorsJob(Session *session, QObject *parent)
    : RestJob(session, kCompute, "GET", QStringLiteral("/os-hypervisors/detail"), parent)
{
    // with_servers needs 2.53; older clouds answer running_vms instead.
    setMicroversionRange(kHostsMin, kHostsMax);
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("with_servers"), QStringLiteral("true"));
    q.addQueryItem(QStringLiteral("limit"), QStringLiteral("1000"));
    setQuery(q);
}

Core::Error ListHypervisorsJob::parse(const QJsonDocument &document)
{
    return readList(document.object(), "hypervisors", &m_hypervisors);
}

ListComputeServicesJob::ListComputeServicesJob(Session *session, QObject *parent)
    : RestJob(session, kCompute, "GET", QStringLiteral("/os-services"), parent)
{
    setMicroversionRange(kHostsMin, kHostsMax);
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("binary"), QStringLiteral("nova-compute"));
    setQuery(q);
}

Core::Error ListComputeServicesJob::parse(const QJsonDocument &document)
{
    return readList(document.object(), "services", &m_services);
}

SetServiceEnabledJob::SetServiceEnabledJob(Session *session, const QString &serviceId, bool enabled,
                                           const QString &reason, QObject *parent)
    : RestJob(session, kCompute, "PUT", QStringLiteral("/os-services/%1").arg(serviceId), parent)
{
    setMicroversionRange(kServiceUuids, kHostsMax);
    QJsonObject body{{QStringLiteral("status"), enabled ? QStringLiteral("enabled") : QStringLiteral("disabled")}};
    if (!enabled && !reason.trimmed().isEmpty())
        body.insert(QStringLiteral("disabled_reason"), reason.trimmed());
    setJsonBody(body);
}

Core::Error SetServiceEnabledJob::parse(const QJsonDocument &document)
{
    const QJsonValue v = document.object().value(QLatin1String("service"));
    if (!v.isObject())
        return Core::Error::make(Core::Error::Kind::BadResponse,
                                 QCoreApplication::translate("OpenStack::Hosts", "The response has no \"service\" object"));
    Core::Error e;
    m_service = ComputeService::fromJson(v.toObject(), &e);
    return e;
}

ListHostServersJob::ListHostServersJob(Session *session, QString host, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_host(std::move(host))
{
}

void ListHostServersJob::start()
{
    if (!m_session || !m_session->isAdmin()) {
        QTimer::singleShot(0, this, [this]() {
            finish(Core::Error::make(Core::Error::Kind::InvalidInput,
                                     tr("Listing the instances of a host needs the admin role")));
        });
        return;
    }
    auto *paged = new PagedJob(m_session, kCompute, QStringLiteral("/servers/detail"), QStringLiteral("servers"), this);
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("all_tenants"), QStringLiteral("1"));
    q.addQueryItem(QStringLiteral("host"), m_host);
    paged->setQuery(q);
    paged->setMicroversionRange(kHostsMin, kHostsMax);
    connect(paged, &PagedJob::finished, this, [this, paged]() {
        if (paged->error()) {
            finish(paged->error());
            return;
        }
        Core::Error e;
        m_servers = Compute::Server::listFromJson(paged->items(), &e);
        if (e) {
            e.service = kCompute;
            e.context = QStringLiteral("GET /servers/detail?host=%1").arg(m_host);
        }
        finish(e);
    });
    paged->start();
}

void ListHostServersJob::finish(const Core::Error &error)
{
    m_error = error;
    emit finished(this);
    deleteLater();
}

} // namespace OpenStack::Hosts
