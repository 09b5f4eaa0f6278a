// SPDX-License-Identifier: GPL-3.0-or-later
// A small in-memory Cinder + Nova for the Volumes unit and UI tests, serving answers shaped like the
// ones captured from the local cloud (Cinder 3.70, Nova 2.93): volumes move through the states
// Cinder gives them (creating → available, attaching → in-use, detaching → available, extending,
// deleting → gone) one GET at a time, so polling can be tested without a cloud. Never proof that
// anything works against a real Cinder: tests/functional/tst_volumes_functional.cpp does that.
#pragma once

#include "fakenetwork.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QUrlQuery>

namespace TestSupport {

class FakeBlockStorage
{
public:
    struct Vol
    {
        QString id;
        QString name;
        QString status = QStringLiteral("available");
        int size = 1;
        QString serverId; // attached to
        QString device;
        QString next;     // the status the next GET reports (a transition in flight)
        int nextSize = 0;
        bool bootable = false;
        QString project = QStringLiteral("p1");
    };

    static Vol make(const QString &id, const QString &name, const QString &status = QStringLiteral("available"),
                    int size = 1, const QString &serverId = {}, const QString &device = {})
    {
        Vol v;
        v.id = id;
        v.name = name;
        v.status = status;
        v.size = size;
        v.serverId = serverId;
        v.device = device;
        return v;
    }

    QMap<QString, Vol> volumes;
    QMap<QString, QString> servers{{QStringLiteral("srv-hadoop3"), QStringLiteral("hadoop3")},
                                   {QStringLiteral("srv-hadoop1"), QStringLiteral("hadoop1")}};
    int quotaGb = 1000;
    int created = 0;

    static FakeResponse token()
    {
        FakeResponse r = FakeResponse::json(201, fakeTokenBody(QStringLiteral("2099-01-01T00:00:00Z")));
        r.headers.append({QByteArray("X-Subject-Token"), QByteArray("tok")});
        return r;
    }

    void addTalkVolumes()
    {
        volumes.insert(QStringLiteral("v-hadoop01"), make(QStringLiteral("v-hadoop01"), QStringLiteral("hadoop01"),
                                                          QStringLiteral("in-use"), 800, QStringLiteral("srv-hadoop3"),
                                                          QStringLiteral("/dev/vdd")));
        volumes.insert(QStringLiteral("v-cluster11"), make(QStringLiteral("v-cluster11"),
                                                           QStringLiteral("volume_cluster11-hadoop-1-11-001_1"),
                                                           QStringLiteral("available"), 10));
        volumes.insert(QStringLiteral("v-broken"),
                       make(QStringLiteral("v-broken"), QStringLiteral("broken"), QStringLiteral("error_deleting"), 5));
    }

    QJsonObject volumeJson(const Vol &v) const
    {
        QJsonArray attachments;
        if (!v.serverId.isEmpty() && (v.status == QLatin1String("in-use") || v.status == QLatin1String("detaching")))
            attachments.append(QJsonObject{{QStringLiteral("id"), v.id},
                                           {QStringLiteral("attachment_id"), QString(QStringLiteral("att-") + v.id)},
                                           {QStringLiteral("volume_id"), v.id},
                                           {QStringLiteral("server_id"), v.serverId},
                                           {QStringLiteral("host_name"), QStringLiteral("host01")},
                                           {QStringLiteral("device"), v.device},
                                           {QStringLiteral("attached_at"), QStringLiteral("2026-11-26T06:00:00.000000")}});
        return QJsonObject{{QStringLiteral("id"), v.id},
                           {QStringLiteral("name"), v.name},
                           {QStringLiteral("description"), QJsonValue()},
                           {QStringLiteral("status"), v.status},
                           {QStringLiteral("size"), v.size},
                           {QStringLiteral("availability_zone"), QStringLiteral("nova")},
                           {QStringLiteral("bootable"), v.bootable ? QStringLiteral("true") : QStringLiteral("false")},
                           {QStringLiteral("encrypted"), false},
                           {QStringLiteral("multiattach"), false},
                           {QStringLiteral("volume_type"), QStringLiteral("ceph")},
                           {QStringLiteral("os-vol-tenant-attr:tenant_id"), v.project},
                           {QStringLiteral("os-vol-host-attr:host"),
                            v.status == QLatin1String("creating") ? QJsonValue() : QJsonValue(QStringLiteral("localcloud@ceph#ceph"))},
                           {QStringLiteral("attachments"), attachments},
                           {QStringLiteral("metadata"), QJsonObject{}},
                           {QStringLiteral("created_at"), QStringLiteral("2026-11-26T05:59:51.000000")},
                           {QStringLiteral("updated_at"), QStringLiteral("2026-11-26T06:00:00.000000")},
                           {QStringLiteral("migration_status"), QJsonValue()}};
    }

    static FakeResponse error(int status, const char *kind, const QString &message)
    {
        return FakeResponse::json(status, QJsonDocument(QJsonObject{{QString::fromLatin1(kind),
                                                                     QJsonObject{{QStringLiteral("message"), message},
                                                                                 {QStringLiteral("code"), status}}}})
                                              .toJson());
    }

    // Advances a transition in flight, as Cinder would between two GETs.
    void step(Vol &v)
    {
        if (v.next.isEmpty())
            return;
        v.status = v.next;
        v.next.clear();
        if (v.nextSize > 0)
            v.size = v.nextSize;
        if (v.status == QLatin1String("available"))
            v.serverId.clear();
    }

    FakeResponse handle(const RecordedRequest &r)
    {
        const QString path = r.url.path();
        const QJsonObject body = QJsonDocument::fromJson(r.body).object();
        if (path.endsWith(QLatin1String("/auth/tokens")))
            return token();
        if (path == QLatin1String("/v3/") && r.url.port() == 8776)
            return FakeResponse::json(200, R"({"version":{"id":"v3.0","status":"CURRENT","min_version":"3.0","version":"3.70"}})");
        if (path == QLatin1String("/v2.1/"))
            return FakeResponse::json(200, R"({"version":{"id":"v2.1","status":"CURRENT","min_version":"2.1","version":"2.93"}})");
        if (path == QLatin1String("/v3/projects"))
            return FakeResponse::json(200, R"({"projects":[{"id":"p1","name":"DevTenant","domain_id":"default"}]})");
        if (path.startsWith(QLatin1String("/v2.1/servers"))) {
            if (path == QLatin1String("/v2.1/servers/detail")) {
                QJsonArray list;
                for (auto it = servers.begin(); it != servers.end(); ++it)
                    list.append(QJsonObject{{QStringLiteral("id"), it.key()}, {QStringLiteral("name"), it.value()},
                                            {QStringLiteral("status"), QStringLiteral("ACTIVE")},
                                            {QStringLiteral("tenant_id"), QStringLiteral("p1")},
                                            {QStringLiteral("OS-EXT-AZ:availability_zone"), QStringLiteral("AG2")}});
                return FakeResponse::json(200, QJsonDocument(QJsonObject{{QStringLiteral("servers"), list}}).toJson());
            }
            const QStringList parts = path.split(QLatin1Char('/'));
            // /v2.1/servers/{sid}/os-volume_attachments[/{vid}]
            const QString sid = parts.value(3);
            if (r.verb == "POST") {
                const QJsonObject a = body.value(QStringLiteral("volumeAttachment")).toObject();
                const QString vid = a.value(QStringLiteral("volumeId")).toString();
                if (!volumes.contains(vid))
                    return error(404, "itemNotFound", QStringLiteral("Volume %1 could not be found.").arg(vid));
                Vol &v = volumes[vid];
                if (v.status != QLatin1String("available"))
                    return error(400, "badRequest",
                                 QStringLiteral("Invalid volume: volume %1 status must be available, but current status is: %2.")
                                     .arg(vid, v.status));
                v.status = QStringLiteral("attaching");
                v.next = QStringLiteral("in-use");
                v.serverId = sid;
                v.device = a.value(QStringLiteral("device")).toString();
                if (v.device.isEmpty())
                    v.device = QStringLiteral("/dev/vdb");
                return FakeResponse::json(200, QJsonDocument(QJsonObject{{QStringLiteral("volumeAttachment"),
                                                                         QJsonObject{{QStringLiteral("id"), vid},
                                                                                     {QStringLiteral("volumeId"), vid},
                                                                                     {QStringLiteral("serverId"), sid},
                                                                                     {QStringLiteral("device"), v.device}}}})
                                                   .toJson());
            }
            if (r.verb == "DELETE") {
                const QString vid = parts.value(5);
                Vol &v = volumes[vid];
                v.status = QStringLiteral("detaching");
                v.next = QStringLiteral("available");
                FakeResponse ok;
                ok.status = 202;
                return ok;
            }
        }
        const QString base = QStringLiteral("/v3/p1");
        if (!path.startsWith(base))
            return error(404, "itemNotFound", QStringLiteral("no such path ") + path);
        const QString rest = path.mid(base.size());
        if (rest == QLatin1String("/volumes/detail")) {
            const QUrlQuery q(r.url);
            const int limit = q.queryItemValue(QStringLiteral("limit")).toInt();
            const QString marker = q.queryItemValue(QStringLiteral("marker"));
            QJsonArray page;
            bool started = marker.isEmpty();
            QString last;
            int n = 0;
            bool more = false;
            for (auto it = volumes.begin(); it != volumes.end(); ++it) {
                if (!started) {
                    started = it.key() == marker;
                    continue;
                }
                if (n == limit) {
                    more = true;
                    break;
                }
                page.append(volumeJson(it.value()));
                last = it.key();
                ++n;
            }
            QJsonObject root{{QStringLiteral("volumes"), page}};
            if (more)
                root.insert(QStringLiteral("volumes_links"),
                            QJsonArray{QJsonObject{{QStringLiteral("rel"), QStringLiteral("next")},
                                                   {QStringLiteral("href"),
                                                    QStringLiteral("http://fake:8776/v3/p1/volumes/detail?limit=%1&marker=%2")
                                                        .arg(limit)
                                                        .arg(last)}}});
            return FakeResponse::json(200, QJsonDocument(root).toJson());
        }
        if (rest == QLatin1String("/snapshots/detail"))
            return FakeResponse::json(200, R"({"snapshots":[{"id":"s1","name":"hadoop01-snap","status":"available","size":800,"volume_id":"v-hadoop01","created_at":"2026-11-26T06:00:00.000000","os-extended-snapshot-attributes:project_id":"p1"}]})");
        if (rest == QLatin1String("/backups/detail"))
            return FakeResponse::json(200, R"({"backups":[]})");
        if (rest == QLatin1String("/scheduler-stats/get_pools"))
            return FakeResponse::json(200, R"({"pools":[{"name":"localcloud@ceph#ceph","capabilities":{"volume_backend_name":"ceph","storage_protocol":"ceph","location_info":"ceph:/etc/ceph/ceph.conf:fsid:admin:volumes"}},
                                                     {"name":"localcloud@fake#fake","capabilities":{"volume_backend_name":"fake","storage_protocol":"iSCSI"}}]})");
        if (rest == QLatin1String("/limits"))
            return FakeResponse::json(200, QJsonDocument(QJsonObject{{QStringLiteral("limits"),
                                                                      QJsonObject{{QStringLiteral("rate"), QJsonArray{}},
                                                                                  {QStringLiteral("absolute"),
                                                                                   QJsonObject{{QStringLiteral("maxTotalVolumeGigabytes"), quotaGb},
                                                                                               {QStringLiteral("totalGigabytesUsed"), usedGb()},
                                                                                               {QStringLiteral("maxTotalVolumes"), 10}}}}}})
                                               .toJson());
        if (rest == QLatin1String("/types"))
            return FakeResponse::json(200, R"({"volume_types":[{"id":"t1","name":"ceph","is_public":true,"extra_specs":{"volume_backend_name":"ceph"}},{"id":"t2","name":"fake","is_public":true}]})");
        if (rest == QLatin1String("/os-availability-zone"))
            return FakeResponse::json(200, R"({"availabilityZoneInfo":[{"zoneName":"nova","zoneState":{"available":true}}]})");
        if (rest == QLatin1String("/volumes") && r.verb == "POST") {
            const QJsonObject spec = body.value(QStringLiteral("volume")).toObject();
            Vol v;
            v.id = QStringLiteral("v-new%1").arg(++created);
            v.name = spec.value(QStringLiteral("name")).toString();
            v.size = spec.value(QStringLiteral("size")).toInt();
            v.status = QStringLiteral("creating");
            v.next = QStringLiteral("available");
            volumes.insert(v.id, v);
            return FakeResponse::json(202, QJsonDocument(QJsonObject{{QStringLiteral("volume"), volumeJson(v)}}).toJson());
        }
        if (rest.startsWith(QLatin1String("/volumes/"))) {
            const QString vid = rest.section(QLatin1Char('/'), 2, 2);
            if (!volumes.contains(vid))
                return error(404, "itemNotFound", QStringLiteral("Volume %1 could not be found.").arg(vid));
            Vol &v = volumes[vid];
            if (r.verb == "GET") {
                if (v.status == QLatin1String("deleting") && v.next == QLatin1String("gone")) {
                    volumes.remove(vid);
                    return error(404, "itemNotFound", QStringLiteral("Volume %1 could not be found.").arg(vid));
                }
                step(v);
                return FakeResponse::json(200, QJsonDocument(QJsonObject{{QStringLiteral("volume"), volumeJson(v)}}).toJson());
            }
            if (r.verb == "DELETE") {
                if (v.status == QLatin1String("in-use"))
                    return error(400, "badRequest",
                                 QStringLiteral("Invalid volume: Volume status must be available or error or error_restoring or "
                                                "error_extending or error_managing and must not be migrating, attached, belong "
                                                "to a group, have snapshots, awaiting a transfer, or be disassociated from "
                                                "snapshots after volume transfer."));
                v.status = QStringLiteral("deleting");
                v.next = QStringLiteral("gone");
                FakeResponse ok;
                ok.status = 202;
                return ok;
            }
            if (r.verb == "PUT") {
                v.name = body.value(QStringLiteral("volume")).toObject().value(QStringLiteral("name")).toString();
                return FakeResponse::json(200, QJsonDocument(QJsonObject{{QStringLiteral("volume"), volumeJson(v)}}).toJson());
            }
            if (r.verb == "POST" && rest.endsWith(QLatin1String("/action"))) {
                if (body.contains(QStringLiteral("os-extend"))) {
                    const int size = body.value(QStringLiteral("os-extend")).toObject().value(QStringLiteral("new_size")).toInt();
                    if (size - v.size > quotaGb - usedGb())
                        return error(413, "overLimit", QStringLiteral("VolumeSizeExceedsAvailableQuota: Requested volume or snapshot exceeds allowed gigabytes quota."));
                    const QString back = v.status;
                    v.status = QStringLiteral("extending");
                    v.next = back;
                    v.nextSize = size;
                }
                if (body.contains(QStringLiteral("os-set_bootable")))
                    v.bootable = body.value(QStringLiteral("os-set_bootable")).toObject().value(QStringLiteral("bootable")).toBool();
                FakeResponse ok;
                ok.status = 202;
                return ok;
            }
        }
        return error(404, "itemNotFound", QStringLiteral("no such path ") + path);
    }

    int usedGb() const
    {
        int used = 0;
        for (const Vol &v : volumes)
            used += v.size;
        return used;
    }
};

} // namespace TestSupport
