// SPDX-License-Identifier: GPL-3.0-or-later
#include "openstack/placement/placementjobs.h"

#include "openstack/client/jsonfields.h"

#include <QCoreApplication>

namespace OpenStack::Placement {

namespace {
const QString kService = QStringLiteral("placement");
}

ListProvidersJob::ListProvidersJob(Session *session, QObject *parent)
    : RestJob(session, kService, "GET", QStringLiteral("/resource_providers"), parent)
{
    setMicroversionRange(kPlacementMin, kPlacementMax);
}

void ListProvidersJob::setName(const QString &name)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("name"), name);
    setQuery(q);
}

void ListProvidersJob::setMemberOf(const QStringList &aggregateUuids)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("member_of"), QStringLiteral("in:") + aggregateUuids.join(QLatin1Char(',')));
    setQuery(q);
}

Core::Error ListProvidersJob::parse(const QJsonDocument &document)
{
    return readList(document.object(), "resource_providers", &m_providers);
}

GetInventoriesJob::GetInventoriesJob(Session *session, const QString &providerId, QObject *parent)
    : RestJob(session, kService, "GET", QStringLiteral("/resource_providers/%1/inventories").arg(providerId), parent)
{
    setMicroversionRange(kPlacementMin, kPlacementMax);
}

Core::Error GetInventoriesJob::parse(const QJsonDocument &document)
{
    Core::Error e;
    m_inventories = inventoriesFromJson(document.object(), &e);
    return e;
}

GetUsagesJob::GetUsagesJob(Session *session, const QString &providerId, QObject *parent)
    : RestJob(session, kService, "GET", QStringLiteral("/resource_providers/%1/usages").arg(providerId), parent)
{
    setMicroversionRange(kPlacementMin, kPlacementMax);
}

Core::Error GetUsagesJob::parse(const QJsonDocument &document)
{
    Core::Error e;
    m_usages = usagesFromJson(document.object(), &e);
    return e;
}

GetProviderAggregatesJob::GetProviderAggregatesJob(Session *session, const QString &providerId, QObject *parent)
    : RestJob(session, kService, "GET", QStringLiteral("/resource_providers/%1/aggregates").arg(providerId), parent)
{
    setMicroversionRange(kPlacementMin, kPlacementMax);
}

Core::Error GetProviderAggregatesJob::parse(const QJsonDocument &document)
{
    const QJsonValue v = document.object().value(QLatin1String("aggregates"));
    if (!v.isArray())
        return Core::Error::make(Core::Error::Kind::BadResponse,
                                 QCoreApplication::translate("OpenStack::Placement",
                                                             "The response has no \"aggregates\" list"));
    m_aggregates.clear();
    const QJsonArray list = v.toArray();
    for (const QJsonValue &a : list)
        m_aggregates.append(a.toString());
    return {};
}

} // namespace OpenStack::Placement
