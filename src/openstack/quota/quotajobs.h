// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "openstack/client/restjob.h"
#include "openstack/quota/quota.h"

#include <QMap>

namespace OpenStack::Quota {

// The quotas of one project with their usage, from one service.
class GetQuotaJob : public RestJob
{
    Q_OBJECT
public:
    GetQuotaJob(Session *session, Service service, const QString &projectId, QObject *parent = nullptr);
    const QuotaSet &quota() const { return m_quota; }
    Service service() const { return m_service; }

protected:
    Core::Error parse(const QJsonDocument &document) override;

private:
    Service m_service;
    QuotaSet m_quota;
};

// PUT the new limits ({"cores": 40, …}) of one project to one service.
RestJob *updateQuota(Session *session, Service service, const QString &projectId,
                     const QMap<QString, qint64> &limits, QObject *parent = nullptr);

} // namespace OpenStack::Quota
