// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "openstack/client/restjob.h"
#include "openstack/hosts/aggregate.h"

#include <QVector>

namespace OpenStack::Hosts {

// 2.41 adds the aggregate uuid (the Placement aggregate of the same hosts); 2.53 makes service
// and hypervisor ids uuids; 2.88 drops the capacity members of os-hypervisors (read from
// Placement instead). 2.90 is the newest whose meaning we rely on.
inline constexpr Microversion kHostsMin{2, 1};
inline constexpr Microversion kHostsMax{2, 90};

// GET /os-aggregates (unpaged).
class ListAggregatesJob : public RestJob
{
    Q_OBJECT
public:
    explicit ListAggregatesJob(Session *session, QObject *parent = nullptr);
    const QVector<Aggregate> &aggregates() const { return m_aggregates; }

protected:
    Core::Error parse(const QJsonDocument &document) override;

private:
    QVector<Aggregate> m_aggregates;
};

// A call answering {"aggregate": {…}}: create, update and the actions (add/remove host, set
// metadata). The changed aggregate is in aggregate().
class AggregateJob : public RestJob
{
    Q_OBJECT
public:
    AggregateJob(Session *session, QByteArray verb, QString path, QObject *parent = nullptr);
    const Aggregate &aggregate() const { return m_aggregate; }

protected:
    Core::Error parse(const QJsonDocument &document) override;
    bool expectsJson() const override { return true; }

private:
    Aggregate m_aggregate;
};

// POST /os-aggregates. An empty zone creates an aggregate without one.
AggregateJob *createAggregate(Session *session, const QString &name, const QString &zone, QObject *parent = nullptr);
// PUT /os-aggregates/{id}: rename and/or set the zone (an empty `zone` leaves it; use
// setZone to clear it).
AggregateJob *updateAggregate(Session *session, const QString &id, const QString &name, const QString &zone,
                              QObject *parent = nullptr);
// The zone alone: set, or clear with an empty string (set_metadata availability_zone = null,
// the only way Nova clears it).
AggregateJob *setAggregateZone(Session *session, const QString &id, const QString &zone, QObject *parent = nullptr);
AggregateJob *addHost(Session *session, const QString &id, const QString &host, QObject *parent = nullptr);
AggregateJob *removeHost(Session *session, const QString &id, const QString &host, QObject *parent = nullptr);
// set_metadata: keys mapped to a null QString are removed.
AggregateJob *setMetadata(Session *session, const QString &id, const QMap<QString, QString> &changes,
                          QObject *parent = nullptr);
// DELETE /os-aggregates/{id}. Nova refuses (400) while the aggregate has hosts.
RestJob *deleteAggregate(Session *session, const QString &id, QObject *parent = nullptr);

// The metadata changes turning `before` into `after`: changed and new keys with their value,
// removed keys with a null QString.
QMap<QString, QString> metadataChanges(const QMap<QString, QString> &before, const QMap<QString, QString> &after);

} // namespace OpenStack::Hosts
