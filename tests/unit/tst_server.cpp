// SPDX-License-Identifier: GPL-3.0-or-later
// Parsing of Nova servers (recorded from the local cloud, microversion 2.90).
#include "openstack/compute/server.h"
#include "openstack/compute/serveractionjob.h"
#include "openstack/compute/serverjobs.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using OpenStack::Compute::Server;

namespace {
QJsonArray recordedServers()
{
    QFile f(qEnvironmentVariable("STACKDECK_SOURCE_DIR") + QStringLiteral("/tests/unit/data/compute/servers_detail.json"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read the recorded servers");
    return QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("servers")).toArray();
}
} // namespace

class TestServer : public QObject
{
    Q_OBJECT
private slots:
    void parsesRecordedDetail()
    {
        Core::Error e;
        const QVector<Server> servers = Server::listFromJson(recordedServers(), &e);
        QVERIFY2(!e, qPrintable(e.toString()));
        QCOMPARE(servers.size(), 4);
        const Server &s = servers.at(0);
        QCOMPARE(s.name, QStringLiteral("hadoop3"));
        QCOMPARE(s.status, QStringLiteral("ACTIVE"));
        QCOMPARE(s.powerState, 1);
        QVERIFY(s.taskState.isEmpty());
        QCOMPARE(s.projectId, QStringLiteral("5081ee74992349b7957b523222bdb380"));
        QCOMPARE(s.imageId, QStringLiteral("a3b86370-eed5-4f20-8ec7-34efd8c4d89d"));
        QVERIFY(s.flavor.embedded);
        QCOMPARE(s.flavor.name, QStringLiteral("m8.8G_310G"));
        QCOMPARE(s.flavor.vcpus, 8);
        QCOMPARE(s.flavor.ramMib, 8192);
        QCOMPARE(s.flavor.diskGb, 310);
        QCOMPARE(s.keyName, QStringLiteral("tongfang-user"));
        QCOMPARE(s.availabilityZone, QStringLiteral("AG2"));
        QCOMPARE(s.host, QStringLiteral("host02"));
        QCOMPARE(s.instanceName, QStringLiteral("instance-00000008"));
        QCOMPARE(s.securityGroups, QStringList{QStringLiteral("default")});
        QCOMPARE(s.attachedVolumeIds, QStringList{QStringLiteral("fc3021e9-22b8-401c-a86e-ee6676659096")});
        QCOMPARE(s.metadata.value(QStringLiteral("business")), QStringLiteral("DevTenant"));
        QCOMPARE(s.addresses.size(), 1);
        QCOMPARE(s.addresses.at(0).mac, QStringLiteral("fa:16:3e:01:ff:99"));
        QCOMPARE(s.created, QDateTime(QDate(2026, 11, 22), QTime(11, 0), Qt::UTC));
        QVERIFY(s.launchedAt.isValid());
        QVERIFY(!s.isTransitional());
    }

    void addressesFixedThenFloating()
    {
        Core::Error e;
        const Server s = Server::listFromJson(recordedServers(), &e).at(1);
        QCOMPARE(s.ipAddresses(), (QStringList{QStringLiteral("192.168.32.30"), QStringLiteral("172.24.4.102")}));
        QCOMPARE(s.floatingIps(), QStringList{QStringLiteral("172.24.4.102")});
        QCOMPARE(s.networksText(), QStringLiteral("dev-net=192.168.32.30, 172.24.4.102"));
    }

    void buildingAndFailedServers()
    {
        Core::Error e;
        const QVector<Server> servers = Server::listFromJson(recordedServers(), &e);
        const Server &building = servers.at(2);
        QCOMPARE(building.taskState, QStringLiteral("spawning"));
        QVERIFY(building.isTransitional());
        QVERIFY(building.addresses.isEmpty());
        const Server &failed = servers.at(3);
        QVERIFY(failed.bootsFromVolume()); // "image": ""
        QCOMPARE(failed.fault.code, 500);
        QVERIFY(failed.fault.message.startsWith(QStringLiteral("No valid host")));
        QVERIFY(!failed.isTransitional());
    }

    void flavorBefore247IsAnId()
    {
        QJsonObject o{{QStringLiteral("id"), QStringLiteral("s1")},
                      {QStringLiteral("status"), QStringLiteral("ACTIVE")},
                      {QStringLiteral("flavor"), QJsonObject{{QStringLiteral("id"), QStringLiteral("42")}}}};
        Core::Error e;
        const Server s = Server::fromJson(o, &e);
        QVERIFY(!e);
        QVERIFY(!s.flavor.embedded);
        QCOMPARE(s.flavor.id, QStringLiteral("42"));
        QVERIFY(s.flavor.name.isEmpty());
    }

    void malformedIsAClearError_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("no id") << QByteArray(R"([{"status": "ACTIVE", "name": "x"}])") << QStringLiteral("id");
        QTest::newRow("no status") << QByteArray(R"([{"id": "abc", "name": "x"}])") << QStringLiteral("status");
        QTest::newRow("id is a number") << QByteArray(R"([{"id": 5, "status": "ACTIVE"}])") << QStringLiteral("id");
        QTest::newRow("not an object") << QByteArray(R"(["abc"])") << QStringLiteral("not an object");
    }
    void malformedIsAClearError()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, mentions);
        Core::Error e;
        const QVector<Server> servers = Server::listFromJson(QJsonDocument::fromJson(json).array(), &e);
        QVERIFY(e);
        QCOMPARE(e.kind, Core::Error::Kind::BadResponse);
        QVERIFY2(e.message.contains(mentions), qPrintable(e.message));
        QVERIFY(servers.isEmpty()); // never a half list that looks complete
    }

    void transitional_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("task");
        QTest::addColumn<bool>("transitional");
        QTest::newRow("active") << "ACTIVE" << "" << false;
        QTest::newRow("shutoff") << "SHUTOFF" << "" << false;
        QTest::newRow("error") << "ERROR" << "" << false;
        QTest::newRow("build") << "BUILD" << "" << true;
        QTest::newRow("reboot") << "REBOOT" << "" << true;
        QTest::newRow("verify resize") << "VERIFY_RESIZE" << "" << true;
        QTest::newRow("migrating") << "MIGRATING" << "" << true;
        QTest::newRow("active stopping") << "ACTIVE" << "powering-off" << true;
    }
    void transitional()
    {
        QFETCH(QString, status);
        QFETCH(QString, task);
        QFETCH(bool, transitional);
        Server s;
        s.status = status;
        s.taskState = task;
        QCOMPARE(s.isTransitional(), transitional);
    }

    void actionBodies()
    {
        using OpenStack::Compute::ServerAction;
        using OpenStack::Compute::ServerActionJob;
        auto body = [](ServerAction a, OpenStack::Compute::ActionArgs args = {}) {
            return QString::fromUtf8(QJsonDocument(ServerActionJob::body(a, args)).toJson(QJsonDocument::Compact));
        };
        QCOMPARE(body(ServerAction::Start), QStringLiteral(R"({"os-start":null})"));
        QCOMPARE(body(ServerAction::HardReboot), QStringLiteral(R"({"reboot":{"type":"HARD"}})"));
        OpenStack::Compute::ActionArgs a;
        a.flavorId = QStringLiteral("f1");
        QCOMPARE(body(ServerAction::Resize, a), QStringLiteral(R"({"resize":{"flavorRef":"f1"}})"));
        a.imageName = QStringLiteral("snap");
        QCOMPARE(body(ServerAction::CreateImage, a), QStringLiteral(R"({"createImage":{"name":"snap"}})"));
    }

    void launchSpecBody()
    {
        OpenStack::Compute::LaunchSpec spec;
        spec.name = QStringLiteral("web");
        spec.count = 3;
        spec.imageId = QStringLiteral("img");
        spec.flavorId = QStringLiteral("fl");
        spec.networkIds = {QStringLiteral("n1")};
        spec.securityGroups = {QStringLiteral("default")};
        spec.userData = "#cloud-config\n";
        const QJsonObject s = spec.toJson().value(QStringLiteral("server")).toObject();
        QCOMPARE(s.value(QStringLiteral("min_count")).toInt(), 3);
        QCOMPARE(s.value(QStringLiteral("max_count")).toInt(), 3);
        QCOMPARE(s.value(QStringLiteral("imageRef")).toString(), QStringLiteral("img"));
        QCOMPARE(s.value(QStringLiteral("networks")).toArray().at(0).toObject().value(QStringLiteral("uuid")).toString(),
                 QStringLiteral("n1"));
        QCOMPARE(QByteArray::fromBase64(s.value(QStringLiteral("user_data")).toString().toLatin1()),
                 QByteArray("#cloud-config\n"));
        spec.imageId.clear();
        spec.volumeId = QStringLiteral("vol");
        spec.networkIds.clear();
        const QJsonObject v = spec.toJson().value(QStringLiteral("server")).toObject();
        QVERIFY(!v.contains(QStringLiteral("imageRef")));
        QCOMPARE(v.value(QStringLiteral("block_device_mapping_v2")).toArray().at(0).toObject().value(QStringLiteral("uuid")).toString(),
                 QStringLiteral("vol"));
        QCOMPARE(v.value(QStringLiteral("networks")).toString(), QStringLiteral("none"));
    }
};

QTEST_GUILESS_MAIN(TestServer)
#include "tst_server.moc"
