// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "openstack/client/restjob.h"
#include "openstack/placement/placementtypes.h"

namespace OpenStack::Placement {

// 1.14 gives parent/root provider uuids; 1.19 the generation with aggregates. Older Placements
// still answer what we read (we only use members every version has).
inline constexpr Microversion kPlacementMin{1, 0};
inline constexpr Microversion kPlacementMax{1, 39};

// GET /resource_providers (optionally ?name= or ?member_of=in:…). Placement does not page.
class ListProvidersJob : public RestJob
{
    Q_OBJECT
public:
    explicit ListProvidersJob(Session *session, QObject *parent = nullptr);
    void setName(const QString &name);
    void setMemberOf(const QStringList &aggregateUuids);
    const QVector<ResourceProvider> &providers() const { return m_providers; }

protected:
    Core::Error parse(const QJsonDocument &document) override;

private:
    QVector<ResourceProvider> m_providers;
};

// GET /resource_providers/{uuid}/inventories.
class GetInventoriesJob : public RestJob
{
    Q_OBJECT
public:
    GetInventoriesJob(Session *session, const QString &providerId, QObject *parent = nullptr);
    const QMap<QString, Inventory> &inventories() const { return m_inventories; }

protected:
    Core::Error parse(const QJsonDocument &document) override;

private:
    QMap<QString, Inventory> m_inventories;
};

// GET /resource_providers/{uuid}/usages.
class GetUsagesJob : public RestJob
{
    Q_OBJECT
public:
    GetUsagesJob(Session *session, const QString &providerId, QObject *parent = nullptr);
    const QMap<QString, qint64> &usages() const { return m_usages; }

protected:
    Core::Error parse(const QJsonDocument &document) override;

private:
    QMap<QString, qint64> m_usages;
};

// GET /resource_providers/{uuid}/aggregates: the Placement aggregates (Nova mirrors its host
// aggregates here by uuid when a host is added).
class GetProviderAggregatesJob : public RestJob
{
    Q_OBJECT
public:
    GetProviderAggregatesJob(Session *session, const QString &providerId, QObject *parent = nullptr);
    const QStringList &aggregates() const { return m_aggregates; }

protected:
    Core::Error parse(const QJsonDocument &document) override;

private:
    QStringList m_aggregates;
};

} // namespace OpenStack::Placement
