// SPDX-License-Identifier: GPL-3.0-or-later
#include "openstack/hosts/aggregatejobs.h"

#include "openstack/client/jsonfields.h"

#include <QCoreApplication>

namespace OpenStack::Hosts {

namespace {
const QString kCompute = QStringLiteral("compute");

QString actionPath(const QString &id)
{
    return QStringLiteral("/os-aggregates/%1/action").arg(id);
}
} // namespace

ListAggregatesJob::ListAggregatesJob(Session *session, QObject *parent)
    : RestJob(session, kCompute, "GET", QStringLiteral("/os-aggregates"), parent)
{
    setMicroversionRange(kHostsMin, kHostsMax);
}

Core::Error ListAggregatesJob::parse(const QJsonDocument &document)
{
    return readList(document.object(), "aggregates", &m_aggregates);
}

AggregateJob::AggregateJob(Session *session, QByteArray verb, QString path, QObject *parent)
    : RestJob(session, kCompute, std::move(verb), std::move(path), parent)
{
    setMicroversionRange(kHostsMin, kHostsMax);
}

Core::Error AggregateJob::parse(const QJsonDocument &document)
{
    const QJsonValue v = document.object().value(QLatin1String("aggregate"));
    if (!v.isObject())
        return Core::Error::make(Core::Error::Kind::BadResponse,
                                 QCoreApplication::translate("OpenStack::Hosts",
                                                             "The response has no \"aggregate\" object"));
    Core::Error e;
    m_aggregate = Aggregate::fromJson(v.toObject(), &e);
    return e;
}

AggregateJob *createAggregate(Session *session, const QString &name, const QString &zone, QObject *parent)
{
    auto *job = new AggregateJob(session, "POST", QStringLiteral("/os-aggregates"), parent);
    QJsonObject a{{QStringLiteral("name"), name.trimmed()}};
    if (!zone.isEmpty())
        a.insert(QStringLiteral("availability_zone"), zone.trimmed());
    job->setJsonBody({{QStringLiteral("aggregate"), a}});
    return job;
}

AggregateJob *updateAggregate(Session *session, const QString &id, const QString &name, const QString &zone,
                              QObject *parent)
{
    auto *job = new AggregateJob(session, "PUT", QStringLiteral("/os-aggregates/%1").arg(id), parent);
    QJsonObject a;
    if (!name.isEmpty())
        a.insert(QStringLiteral("name"), name.trimmed());
    if (!zone.isEmpty())
        a.insert(QStringLiteral("availability_zone"), zone.trimmed());
    job->setJsonBody({{QStringLiteral("aggregate"), a}});
    return job;
}

AggregateJob *setAggregateZone(Session *session, const QString &id, const QString &zone, QObject *parent)
{
    if (!zone.isEmpty())
        return updateAggregate(session, id, {}, zone, parent);
    QMap<QString, QString> clear;
    clear.insert(QStringLiteral("availability_zone"), QString());
    return setMetadata(session, id, clear, parent);
}

AggregateJob *addHost(Session *session, const QString &id, const QString &host, QObject *parent)
{
    auto *job = new AggregateJob(session, "POST", actionPath(id), parent);
    job->setJsonBody({{QStringLiteral("add_host"), QJsonObject{{QStringLiteral("host"), host}}}});
    return job;
}

AggregateJob *removeHost(Session *session, const QString &id, const QString &host, QObject *parent)
{
    auto *job = new AggregateJob(session, "POST", actionPath(id), parent);
    job->setJsonBody({{QStringLiteral("remove_host"), QJsonObject{{QStringLiteral("host"), host}}}});
    return job;
}

AggregateJob *setMetadata(Session *session, const QString &id, const QMap<QString, QString> &changes, QObject *parent)
{
    auto *job = new AggregateJob(session, "POST", actionPath(id), parent);
    QJsonObject meta;
    for (auto it = changes.begin(); it != changes.end(); ++it)
        meta.insert(it.key(), it.value().isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(it.value()));
    job->setJsonBody({{QStringLiteral("set_metadata"), QJsonObject{{QStringLiteral("metadata"), meta}}}});
    return job;
}

RestJob *deleteAggregate(Session *session, const QString &id, QObject *parent)
{
    auto *job = new RestJob(session, kCompute, "DELETE", QStringLiteral("/os-aggregates/%1").arg(id), parent);
    job->setMicroversionRange(kHostsMin, kHostsMax);
    return job;
}

QMap<QString, QString> metadataChanges(const QMap<QString, QString> &before, const QMap<QString, QString> &after)
{
    QMap<QString, QString> changes;
    for (auto it = after.begin(); it != after.end(); ++it) {
        if (!before.contains(it.key()) || before.value(it.key()) != it.value())
            changes.insert(it.key(), it.value().isNull() ? QStringLiteral("") : it.value());
    }
    for (auto it = before.begin(); it != before.end(); ++it) {
        if (!after.contains(it.key()))
            changes.insert(it.key(), QString());
    }
    return changes;
}

} // namespace OpenStack::Hosts
