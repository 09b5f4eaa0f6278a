// SPDX-License-Identifier: GPL-3.0-or-later
#include "openstack/quota/quotajobs.h"

#include <QJsonObject>
#include <QUrlQuery>

namespace OpenStack::Quota {

namespace {
QString serviceTypeOf(Service s)
{
    switch (s) {
    case Service::Compute:
        return QStringLiteral("compute");
    case Service::Network:
        return QStringLiteral("network");
    case Service::Volume:
        return QStringLiteral("block-storage");
    }
    return {};
}

QString readPath(Service s, const QString &projectId)
{
    switch (s) {
    case Service::Compute:
        return QStringLiteral("/os-quota-sets/%1/detail").arg(projectId);
    case Service::Network:
        return QStringLiteral("/v2.0/quotas/%1/details").arg(projectId);
    case Service::Volume:
        return QStringLiteral("/os-quota-sets/%1?usage=true").arg(projectId);
    }
    return {};
}
} // namespace

GetQuotaJob::GetQuotaJob(Session *session, Service service, const QString &projectId, QObject *parent)
    : RestJob(session, serviceTypeOf(service), "GET", readPath(service, projectId), parent)
    , m_service(service)
{
    m_quota.projectId = projectId;
}

Core::Error GetQuotaJob::parse(const QJsonDocument &document)
{
    Core::Error e;
    const QString project = m_quota.projectId;
    m_quota = QuotaSet::fromJson(m_service, document.object(), &e);
    m_quota.projectId = project;
    return e;
}

RestJob *updateQuota(Session *session, Service service, const QString &projectId, const QMap<QString, qint64> &limits,
                     QObject *parent)
{
    const QString path = service == Service::Network ? QStringLiteral("/v2.0/quotas/") + projectId
                                                     : QStringLiteral("/os-quota-sets/") + projectId;
    auto *job = new RestJob(session, serviceTypeOf(service), "PUT", path, parent);
    QJsonObject values;
    for (auto it = limits.cbegin(); it != limits.cend(); ++it)
        values.insert(it.key(), it.value());
    job->setJsonBody({{service == Service::Network ? QStringLiteral("quota") : QStringLiteral("quota_set"), values}});
    return job;
}

} // namespace OpenStack::Quota
