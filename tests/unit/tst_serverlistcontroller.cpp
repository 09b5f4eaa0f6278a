// SPDX-License-Identifier: GPL-3.0-or-later
// The Instances tab's loading and live refresh, against recorded Nova/Glance/Keystone replies.
#include "fakenetwork.h"
#include "models/compute/serverlistcontroller.h"
#include "models/compute/serverlistmodel.h"
#include "openstack/client/session.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace TestSupport;
using Models::ServerListController;
using Models::ServerListModel;

namespace {

QJsonArray recordedServers()
{
    QFile f(qEnvironmentVariable("STACKDECK_SOURCE_DIR") + QStringLiteral("/tests/unit/data/compute/servers_detail.json"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read the recorded servers");
    return QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("servers")).toArray();
}

FakeResponse tokenWithImageService()
{
    QJsonObject root = QJsonDocument::fromJson(fakeTokenBody(QStringLiteral("2099-01-01T00:00:00Z"))).object();
    QJsonObject token = root.value(QStringLiteral("token")).toObject();
    QJsonArray catalog = token.value(QStringLiteral("catalog")).toArray();
    catalog.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("image")},
                               {QStringLiteral("name"), QStringLiteral("glance")},
                               {QStringLiteral("endpoints"),
                                QJsonArray{QJsonObject{{QStringLiteral("interface"), QStringLiteral("public")},
                                                       {QStringLiteral("region_id"), QStringLiteral("RegionOne")},
                                                       {QStringLiteral("url"), QStringLiteral("http://fake:9292")}}}}});
    token.insert(QStringLiteral("catalog"), catalog);
    root.insert(QStringLiteral("token"), token);
    FakeResponse r = FakeResponse::json(201, QJsonDocument(root).toJson());
    r.headers.append({QByteArray("X-Subject-Token"), QByteArray("tok")});
    return r;
}

OpenStack::CloudConfig config()
{
    OpenStack::CloudConfig c;
    c.name = QStringLiteral("t");
    c.authUrl = QStringLiteral("http://fake:5000/v3");
    c.username = QStringLiteral("admin");
    c.password = QStringLiteral("p");
    c.projectId = QStringLiteral("p1");
    return c;
}

// A small Nova + Glance + Keystone: pages servers by limit/marker, answers changes-since with
// `changed`, GET /servers/{id} from `current`.
struct FakeCloud
{
    QString novaMax = QStringLiteral("2.90");
    QJsonArray servers = recordedServers();
    QJsonArray changed;
    QHash<QString, QJsonObject> current;
    QStringList gone;
    QJsonArray allImages; // GET /v2/images without an id filter (the export's prefetch)
    int allImagesStatus = 200;

    FakeResponse answer(const RecordedRequest &r)
    {
        const QString path = r.url.path();
        const QUrlQuery q(r.url);
        if (r.verb == "POST" && path.endsWith(QLatin1String("/auth/tokens")))
            return tokenWithImageService();
        if (path == QLatin1String("/v2.1/") || path == QLatin1String("/v2.1"))
            return FakeResponse::json(200, QStringLiteral(R"({"version": {"id": "v2.1", "status": "CURRENT", "version": "%1", "min_version": "2.1"}})")
                                               .arg(novaMax).toUtf8());
        if (path == QLatin1String("/v2.1/servers/detail")) {
            if (q.hasQueryItem(QStringLiteral("changes-since")))
                return FakeResponse::json(200, QJsonDocument(QJsonObject{{QStringLiteral("servers"), changed}}).toJson());
            const int limit = q.queryItemValue(QStringLiteral("limit")).toInt();
            const QString marker = q.queryItemValue(QStringLiteral("marker"));
            int start = 0;
            for (int i = 0; i < servers.size() && !marker.isEmpty(); ++i) {
                if (servers.at(i)[QStringLiteral("id")].toString() == marker)
                    start = i + 1;
            }
            QJsonArray page;
            for (int i = start; i < qMin(int(servers.size()), start + limit); ++i)
                page.append(servers.at(i));
            QJsonObject root{{QStringLiteral("servers"), page}};
            if (start + limit < servers.size())
                root.insert(QStringLiteral("servers_links"),
                            QJsonArray{QJsonObject{{QStringLiteral("rel"), QStringLiteral("next")},
                                                   {QStringLiteral("href"),
                                                    QStringLiteral("http://fake:8774/v2.1/servers/detail?all_tenants=1&limit=%1&marker=%2")
                                                        .arg(limit)
                                                        .arg(page.last()[QStringLiteral("id")].toString())}}});
            return FakeResponse::json(200, QJsonDocument(root).toJson());
        }
        if (path.startsWith(QLatin1String("/v2.1/servers/"))) {
            const QString id = path.section(QLatin1Char('/'), -1);
            if (gone.contains(id))
                return FakeResponse::json(404, R"({"itemNotFound": {"code": 404, "message": "Instance could not be found."}})");
            return FakeResponse::json(200, QJsonDocument(QJsonObject{{QStringLiteral("server"), current.value(id)}}).toJson());
        }
        if (path == QLatin1String("/v2/images") && !q.hasQueryItem(QStringLiteral("id"))) {
            if (allImagesStatus != 200)
                return FakeResponse::json(allImagesStatus, R"({"message": "glance is down"})");
            return FakeResponse::json(200, QJsonDocument(QJsonObject{{QStringLiteral("images"), allImages}}).toJson());
        }
        if (path == QLatin1String("/v2/images")) {
            const QStringList ids = q.queryItemValue(QStringLiteral("id")).mid(3).split(QLatin1Char(','));
            QJsonArray images;
            for (const QString &id : ids) {
                if (id != QLatin1String("2b4b0fca-5cf5-4940-be41-e484bde9978e")) // deleted from Glance
                    images.append(QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("status"), QStringLiteral("active")},
                                              {QStringLiteral("name"), QString(QStringLiteral("image-") + id.left(4))}});
            }
            return FakeResponse::json(200, QJsonDocument(QJsonObject{{QStringLiteral("images"), images}}).toJson());
        }
        if (path == QLatin1String("/v3/projects"))
            return FakeResponse::json(200, R"({"projects": [{"id": "5081ee74992349b7957b523222bdb380", "name": "DevTenant"}]})");
        return FakeResponse::json(404, R"({"error": {"message": "unexpected"}})");
    }
};

} // namespace

class TestServerListController : public QObject
{
    Q_OBJECT

    struct Rig
    {
        FakeCloud cloud;
        FakeNetwork net;
        OpenStack::Session session{&net, config()};
        ServerListModel model;
        ServerListController controller{&model};
        Rig()
        {
            net.setHandler([this](const RecordedRequest &r) { return cloud.answer(r); });
            controller.setSession(&session);
            controller.setAllProjects(true);
            controller.setPageSize(2);
        }
        bool load()
        {
            if (!session.token().isValid()) {
                bool authenticated = false;
                session.authenticate(&controller, [&authenticated](const Core::Error &) { authenticated = true; });
                if (!QTest::qWaitFor([&]() { return authenticated; }, 10000))
                    return false;
            }
            QSignalSpy loaded(&controller, &ServerListController::loaded);
            controller.reload();
            return loaded.wait(10000) && !loaded.at(0).at(0).value<Core::Error>();
        }
    };

private slots:
    void loadsEveryPageAndNamesInBatches()
    {
        Rig rig;
        rig.controller.setLive(false);
        QAbstractItemModelTester tester(&rig.model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy progress(&rig.controller, &ServerListController::progress);
        QVERIFY(rig.load());
        QCOMPARE(rig.model.rowCount(), 4);
        QCOMPARE(progress.count(), 2); // two pages, shown as they came
        QCOMPARE(rig.net.countMatching("GET", QStringLiteral("/servers/detail")), 2);
        // Every image named with one Glance call, not one per server.
        QCOMPARE(rig.net.countMatching("GET", QStringLiteral("/v2/images")), 1);
        const int row = rig.model.rowOf(QStringLiteral("8a967d13-c7eb-4d87-8da7-e07385ec63c6"));
        QCOMPARE(rig.model.index(row, ServerListModel::ImageColumn).data().toString(), QStringLiteral("image-a3b8"));
        QCOMPARE(rig.model.index(row, ServerListModel::ProjectColumn).data().toString(), QStringLiteral("DevTenant"));
        const int building = rig.model.rowOf(QStringLiteral("4f0c1c3e-1111-4c56-9d1e-0a1b2c3d4e5f"));
        QVERIFY(rig.model.index(building, ServerListModel::ImageColumn).data().toString().contains(QStringLiteral("unknown image")));
        for (const auto &req : rig.net.requests()) {
            if (req.url.path().endsWith(QLatin1String("/servers/detail")))
                QVERIFY(QUrlQuery(req.url).hasQueryItem(QStringLiteral("all_tenants")));
        }
    }

    void incrementalUsesChangesSince()
    {
        Rig rig;
        rig.controller.setLive(false);
        QVERIFY(rig.load());
        QJsonObject deleted = rig.cloud.servers.at(0).toObject();
        deleted.insert(QStringLiteral("status"), QStringLiteral("DELETED"));
        rig.cloud.changed = {deleted};
        const int before = rig.net.countMatching("GET", QStringLiteral("/servers/detail"));
        QSignalSpy changedRows(&rig.model, &QAbstractItemModel::rowsRemoved);
        rig.controller.refreshIncremental();
        QTRY_COMPARE(rig.model.rowCount(), 3);
        QCOMPARE(rig.net.countMatching("GET", QStringLiteral("/servers/detail")), before + 1);
        const QUrlQuery q(rig.net.requests().constLast().url);
        QCOMPARE(q.queryItemValue(QStringLiteral("changes-since")), QStringLiteral("2026-11-26T06:18:05Z"));
        QCOMPARE(rig.controller.incrementalLists(), 1);
    }

    // The export's way: every visible image listed while the servers are still being paged, and
    // only the ids that list did not name asked afterwards.
    void prefetchedImagesNameTheRowsAndOnlyTheRestIsAskedById()
    {
        Rig rig;
        rig.controller.setLive(false);
        rig.controller.setPrefetchImages(true);
        // hadoop3's image is in the visible list; hadoop1's is not (hidden, say); 2b4b… is deleted.
        rig.cloud.allImages = {QJsonObject{{QStringLiteral("id"), QStringLiteral("a3b86370-eed5-4f20-8ec7-34efd8c4d89d")},
                                           {QStringLiteral("status"), QStringLiteral("active")},
                                           {QStringLiteral("name"), QStringLiteral("hadoop3.qcow2")}}};
        QVERIFY(rig.load());
        QCOMPARE(rig.model.rowCount(), 4);
        int prefetch = -1, secondPage = -1, byId = -1, pages = 0;
        for (int i = 0; i < rig.net.requests().size(); ++i) {
            const QUrl &url = rig.net.requests().at(i).url;
            if (url.path() == QLatin1String("/v2/images"))
                (QUrlQuery(url).hasQueryItem(QStringLiteral("id")) ? byId : prefetch) = i;
            if (url.path().endsWith(QLatin1String("/servers/detail")) && ++pages == 2)
                secondPage = i;
        }
        // Sent before the list was done, not after it.
        QVERIFY(prefetch >= 0 && secondPage >= 0);
        QVERIFY2(prefetch < secondPage, qPrintable(QStringLiteral("%1 %2").arg(prefetch).arg(secondPage)));
        QCOMPARE(rig.net.countMatching("GET", QStringLiteral("/v2/images")), 2);
        QVERIFY(byId > secondPage);
        const QString asked = QUrlQuery(rig.net.requests().at(byId).url).queryItemValue(QStringLiteral("id"));
        QVERIFY2(!asked.contains(QStringLiteral("a3b86370")), qPrintable(asked));
        QVERIFY(asked.contains(QStringLiteral("2604c65f")) && asked.contains(QStringLiteral("2b4b0fca")));

        auto image = [&rig](const char *serverId) {
            return rig.model.index(rig.model.rowOf(QLatin1String(serverId)), ServerListModel::ImageColumn).data().toString();
        };
        QCOMPARE(image("8a967d13-c7eb-4d87-8da7-e07385ec63c6"), QStringLiteral("hadoop3.qcow2"));
        QCOMPARE(image("1306ade8-8db2-4988-819d-379d0c61b6c9"), QStringLiteral("image-2604"));
        QVERIFY(image("4f0c1c3e-1111-4c56-9d1e-0a1b2c3d4e5f").contains(QStringLiteral("unknown image")));
    }

    // Glance failing the prefetch is not the export's failure: every id is asked by id instead.
    void failedPrefetchFallsBackToTheLookupById()
    {
        Rig rig;
        rig.controller.setLive(false);
        rig.controller.setPrefetchImages(true);
        rig.cloud.allImagesStatus = 503;
        QVERIFY(rig.load());
        QCOMPARE(rig.net.countMatching("GET", QStringLiteral("/v2/images")), 2);
        const int row = rig.model.rowOf(QStringLiteral("8a967d13-c7eb-4d87-8da7-e07385ec63c6"));
        QCOMPARE(rig.model.index(row, ServerListModel::ImageColumn).data().toString(), QStringLiteral("image-a3b8"));
    }

    void olderNovaGetsAFullListDiffed()
    {
        Rig rig;
        rig.cloud.novaMax = QStringLiteral("2.60");
        rig.controller.setLive(false);
        QVERIFY(rig.load());
        rig.controller.refreshIncremental();
        QTRY_COMPARE(rig.controller.fullLists(), 2);
        QCOMPARE(rig.controller.incrementalLists(), 0);
    }

    void transitionalRowsArePolledOneByOne()
    {
        Rig rig;
        const QString building = QStringLiteral("4f0c1c3e-1111-4c56-9d1e-0a1b2c3d4e5f");
        QJsonObject active = rig.cloud.servers.at(2).toObject();
        active.insert(QStringLiteral("status"), QStringLiteral("ACTIVE"));
        active.insert(QStringLiteral("OS-EXT-STS:task_state"), QJsonValue::Null);
        active.insert(QStringLiteral("OS-EXT-STS:power_state"), 1);
        rig.cloud.current.insert(building, active);
        QVERIFY(rig.load());
        QSignalSpy changed(&rig.model, &QAbstractItemModel::dataChanged);
        QTRY_VERIFY_WITH_TIMEOUT(rig.model.record(rig.model.rowOf(building)).status == QLatin1String("ACTIVE"), 8000);
        QCOMPARE(rig.net.countMatching("GET", QStringLiteral("/servers/") + building), 1);
        QCOMPARE(rig.controller.serverPolls(), 1); // only the row in transition, not the fleet
        // A terminated server disappears when its poll answers 404.
        rig.cloud.gone << QStringLiteral("1306ade8-8db2-4988-819d-379d0c61b6c9");
        rig.controller.watch({QStringLiteral("1306ade8-8db2-4988-819d-379d0c61b6c9")});
        QTRY_COMPARE_WITH_TIMEOUT(rig.model.rowOf(QStringLiteral("1306ade8-8db2-4988-819d-379d0c61b6c9")), -1, 8000);
    }
};

QTEST_GUILESS_MAIN(TestServerListController)
#include "tst_serverlistcontroller.moc"
