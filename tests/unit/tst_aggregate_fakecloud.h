// SPDX-License-Identifier: GPL-3.0-or-later
// A small in-memory Nova + Placement host side for the aggregate, placement and hypervisor unit
// and UI tests. GETs answer with replies recorded from the local cloud (tests/unit/data/hosts);
// aggregate calls change an in-memory list the way Nova does (409 for a host in another zone,
// 400 for deleting an aggregate with hosts). Never proof that anything works against a real
// Nova: tests/functional/tst_hosts_functional.cpp does that.
#pragma once

#include "fakenetwork.h"

#include "openstack/client/cloudconfig.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QUrlQuery>

namespace TestSupport {

inline QByteArray recordedHosts(const QString &name)
{
    QFile f(qEnvironmentVariable("STACKDECK_SOURCE_DIR") + QStringLiteral("/tests/unit/data/hosts/") + name);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline OpenStack::CloudConfig fakeHostsConfig()
{
    OpenStack::CloudConfig c;
    c.name = QStringLiteral("fake-hosts");
    c.authUrl = QStringLiteral("http://fake:5000/v3");
    c.username = QStringLiteral("admin");
    c.password = QStringLiteral("p");
    c.projectId = QStringLiteral("p1");
    return c;
}

class FakeHostsCloud
{
public:
    QJsonArray aggregates;
    QSet<QString> failProviders; // provider names whose usages answer 500
    QMap<QString, QJsonArray> hostServers; // GET /servers/detail?host=… answers these
    bool adminRole = true;
    bool agentsExtension = true;
    QString agentsFile = QStringLiteral("agents_empty.json"); // the local cloud runs no agents
    QString networkZonesFile; // empty: the recorded (empty) zone list of the local cloud
    int nextId = 10;

    FakeHostsCloud() { aggregates = QJsonDocument::fromJson(recordedHosts(QStringLiteral("aggregates.json"))).object().value(QStringLiteral("aggregates")).toArray(); }

    FakeResponse token() const
    {
        // The shared fake catalog has no Placement or Neutron: add them.
        QJsonObject root = QJsonDocument::fromJson(fakeTokenBody(QStringLiteral("2099-01-01T00:00:00Z"), QStringLiteral("p1"),
                                                                 adminRole ? QStringList{QStringLiteral("admin")}
                                                                           : QStringList{QStringLiteral("member")}))
                               .object();
        QJsonObject token = root.value(QStringLiteral("token")).toObject();
        QJsonArray catalog = token.value(QStringLiteral("catalog")).toArray();
        auto service = [](const char *type, const char *url) {
            return QJsonObject{{QStringLiteral("type"), QString::fromLatin1(type)},
                               {QStringLiteral("name"), QString::fromLatin1(type)},
                               {QStringLiteral("endpoints"),
                                QJsonArray{QJsonObject{{QStringLiteral("interface"), QStringLiteral("public")},
                                                       {QStringLiteral("region_id"), QStringLiteral("RegionOne")},
                                                       {QStringLiteral("url"), QString::fromLatin1(url)}}}}};
        };
        catalog.append(service("placement", "http://fake:8778"));
        catalog.append(service("network", "http://fake:9696"));
        token.insert(QStringLiteral("catalog"), catalog);
        root.insert(QStringLiteral("token"), token);
        FakeResponse r = FakeResponse::json(201, QJsonDocument(root).toJson(QJsonDocument::Compact));
        r.headers.append({QByteArray("X-Subject-Token"), QByteArray("tok")});
        return r;
    }

    int indexOf(const QString &id) const
    {
        for (int i = 0; i < aggregates.size(); ++i) {
            if (QString::number(aggregates.at(i).toObject().value(QStringLiteral("id")).toInt()) == id)
                return i;
        }
        return -1;
    }

    static FakeResponse novaError(int status, const char *key, const QString &message)
    {
        QJsonObject e{{QString::fromLatin1(key), QJsonObject{{QStringLiteral("code"), status}, {QStringLiteral("message"), message}}}};
        return FakeResponse::json(status, QJsonDocument(e).toJson(QJsonDocument::Compact));
    }

    FakeResponse aggregateReply(int index) const
    {
        return FakeResponse::json(200, QJsonDocument(QJsonObject{{QStringLiteral("aggregate"), aggregates.at(index)}})
                                           .toJson(QJsonDocument::Compact));
    }

    FakeResponse action(int index, const QJsonObject &body)
    {
        QJsonObject a = aggregates.at(index).toObject();
        QJsonArray hosts = a.value(QStringLiteral("hosts")).toArray();
        if (body.contains(QStringLiteral("add_host"))) {
            const QString host = body.value(QStringLiteral("add_host")).toObject().value(QStringLiteral("host")).toString();
            const QString zone = a.value(QStringLiteral("availability_zone")).toString();
            for (const QJsonValue &other : std::as_const(aggregates)) {
                const QJsonObject o = other.toObject();
                const QString otherZone = o.value(QStringLiteral("availability_zone")).toString();
                if (o.value(QStringLiteral("hosts")).toArray().contains(host) && !zone.isEmpty() && !otherZone.isEmpty()
                    && otherZone != zone)
                    return novaError(409, "conflictingRequest",
                                     QStringLiteral("Cannot add host to aggregate %1. Reason: One or more hosts already in "
                                                    "availability zone(s) ['%2'].")
                                         .arg(a.value(QStringLiteral("id")).toInt())
                                         .arg(otherZone));
            }
            hosts.append(host);
        } else if (body.contains(QStringLiteral("remove_host"))) {
            const QString host = body.value(QStringLiteral("remove_host")).toObject().value(QStringLiteral("host")).toString();
            for (int i = 0; i < hosts.size(); ++i) {
                if (hosts.at(i).toString() == host) {
                    hosts.removeAt(i);
                    break;
                }
            }
        } else if (body.contains(QStringLiteral("set_metadata"))) {
            QJsonObject meta = a.value(QStringLiteral("metadata")).toObject();
            const QJsonObject changes = body.value(QStringLiteral("set_metadata")).toObject().value(QStringLiteral("metadata")).toObject();
            for (auto it = changes.begin(); it != changes.end(); ++it) {
                if (it.value().isNull())
                    meta.remove(it.key());
                else
                    meta.insert(it.key(), it.value());
            }
            a.insert(QStringLiteral("metadata"), meta);
            a.insert(QStringLiteral("availability_zone"), meta.value(QStringLiteral("availability_zone")));
        }
        a.insert(QStringLiteral("hosts"), hosts);
        aggregates.replace(index, a);
        return aggregateReply(index);
    }

    FakeResponse handle(const RecordedRequest &r)
    {
        const QString path = r.url.path();
        const QJsonObject body = QJsonDocument::fromJson(r.body).object();
        if (path.endsWith(QLatin1String("/auth/tokens")))
            return token();
        if (path == QLatin1String("/v2.1/"))
            return FakeResponse::json(200, R"({"version":{"id":"v2.1","status":"CURRENT","min_version":"2.1","version":"2.95"}})");
        if (r.url.port() == 8778 && (path == QLatin1String("/") || path.isEmpty()))
            return FakeResponse::json(200, R"({"versions":[{"id":"v1.0","max_version":"1.39","min_version":"1.0","status":"CURRENT"}]})");
        if (path == QLatin1String("/v3/") && r.url.port() == 8776)
            return FakeResponse::json(200, R"({"version":{"id":"v3.0","status":"CURRENT","min_version":"3.0","version":"3.70"}})");
        if (path == QLatin1String("/v3/p1/os-availability-zone"))
            return FakeResponse::json(200, recordedHosts(QStringLiteral("zones_volume.json")));
        if (path == QLatin1String("/v3/p1/os-services")) {
            if (!adminRole)
                return FakeResponse::json(403, "{\"forbidden\": {\"code\": 403, \"message\": \"Policy does not allow volume_extension:services:index to be performed.\"}}");
            return FakeResponse::json(200, recordedHosts(QStringLiteral("services_volume.json")));
        }
        if (path == QLatin1String("/v2.0/agents")) {
            if (!agentsExtension)
                return FakeResponse::json(404, R"({"NeutronError": {"type": "HTTPNotFound", "message": "The resource could not be found.", "detail": ""}})");
            return FakeResponse::json(200, recordedHosts(agentsFile));
        }
        if (path == QLatin1String("/v2.0/availability_zones") && !networkZonesFile.isEmpty())
            return FakeResponse::json(200, recordedHosts(networkZonesFile));
        if (path == QLatin1String("/v2.0/availability_zones"))
            return FakeResponse::json(200, recordedHosts(QStringLiteral("zones_network.json")));
        if (path == QLatin1String("/v2.1/os-availability-zone/detail"))
            return FakeResponse::json(200, recordedHosts(QStringLiteral("zones_compute.json")));
        if (path == QLatin1String("/v2.1/os-hypervisors/detail"))
            return FakeResponse::json(200, recordedHosts(QStringLiteral("hypervisors.json")));
        if (path == QLatin1String("/v2.1/os-services"))
            return FakeResponse::json(200, recordedHosts(QStringLiteral("services.json")));
        if (path.startsWith(QLatin1String("/v2.1/os-services/")) && r.verb == "PUT") {
            QJsonObject s = QJsonDocument::fromJson(recordedHosts(QStringLiteral("services.json"))).object()
                                .value(QStringLiteral("services")).toArray().first().toObject();
            s.insert(QStringLiteral("status"), body.value(QStringLiteral("status")));
            s.insert(QStringLiteral("disabled_reason"), body.value(QStringLiteral("disabled_reason")));
            return FakeResponse::json(200, QJsonDocument(QJsonObject{{QStringLiteral("service"), s}}).toJson());
        }
        if (path == QLatin1String("/resource_providers"))
            return FakeResponse::json(200, recordedHosts(QStringLiteral("providers.json")));
        if (path.startsWith(QLatin1String("/resource_providers/"))) {
            const QString uuid = path.section(QLatin1Char('/'), 2, 2);
            const QString what = path.section(QLatin1Char('/'), 3, 3);
            const QJsonArray providers = QJsonDocument::fromJson(recordedHosts(QStringLiteral("providers.json"))).object()
                                             .value(QStringLiteral("resource_providers")).toArray();
            for (const QJsonValue &p : providers) {
                if (p.toObject().value(QStringLiteral("uuid")).toString() != uuid)
                    continue;
                const QString name = p.toObject().value(QStringLiteral("name")).toString();
                if (what == QLatin1String("usages") && failProviders.contains(name))
                    return FakeResponse::json(503, R"({"errors":[{"status":503,"title":"Service Unavailable","detail":"placement is resting"}]})");
                return FakeResponse::json(200, recordedHosts(what + QLatin1Char('_') + name + QStringLiteral(".json")));
            }
            return FakeResponse::json(404, R"({"errors":[{"status":404,"title":"Not Found","detail":"No resource provider"}]})");
        }
        if (path == QLatin1String("/v2.1/os-aggregates")) {
            if (r.verb == "GET")
                return FakeResponse::json(200, QJsonDocument(QJsonObject{{QStringLiteral("aggregates"), aggregates}}).toJson());
            QJsonObject spec = body.value(QStringLiteral("aggregate")).toObject();
            QJsonObject a{{QStringLiteral("id"), nextId++},
                          {QStringLiteral("name"), spec.value(QStringLiteral("name"))},
                          {QStringLiteral("availability_zone"), spec.value(QStringLiteral("availability_zone"))},
                          {QStringLiteral("hosts"), QJsonArray()},
                          {QStringLiteral("metadata"), spec.contains(QStringLiteral("availability_zone"))
                                                           ? QJsonObject{{QStringLiteral("availability_zone"), spec.value(QStringLiteral("availability_zone"))}}
                                                           : QJsonObject()}};
            aggregates.append(a);
            return aggregateReply(int(aggregates.size()) - 1);
        }
        if (path.startsWith(QLatin1String("/v2.1/os-aggregates/"))) {
            const int index = indexOf(path.section(QLatin1Char('/'), 3, 3));
            if (index < 0)
                return novaError(404, "itemNotFound", QStringLiteral("Aggregate could not be found."));
            if (path.endsWith(QLatin1String("/action")) && r.verb == "POST")
                return action(index, body);
            if (r.verb == "DELETE") {
                if (!aggregates.at(index).toObject().value(QStringLiteral("hosts")).toArray().isEmpty())
                    return novaError(400, "badRequest", QStringLiteral("Cannot remove aggregate with hosts"));
                aggregates.removeAt(index);
                FakeResponse ok;
                ok.status = 200;
                return ok;
            }
            if (r.verb == "PUT") {
                QJsonObject a = aggregates.at(index).toObject();
                const QJsonObject spec = body.value(QStringLiteral("aggregate")).toObject();
                for (auto it = spec.begin(); it != spec.end(); ++it)
                    a.insert(it.key(), it.value());
                aggregates.replace(index, a);
                return aggregateReply(index);
            }
        }
        if (path == QLatin1String("/v2.1/servers/detail")) {
            const QString host = QUrlQuery(r.url).queryItemValue(QStringLiteral("host"));
            return FakeResponse::json(200, QJsonDocument(QJsonObject{{QStringLiteral("servers"), hostServers.value(host)}}).toJson());
        }
        return FakeResponse::json(404, R"({"itemNotFound": {"code": 404, "message": "not in the fake"}})");
    }
};

} // namespace TestSupport
