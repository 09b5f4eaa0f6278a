// SPDX-License-Identifier: GPL-3.0-or-later
#include "openstack/client/session.h"
#include "openstack/placement/capacityloader.h"
#include "openstack/placement/placementjobs.h"
#include "tst_aggregate_fakecloud.h"

#include <QSignalSpy>
#include <QTest>

using namespace OpenStack::Placement;
using namespace TestSupport;

class TestPlacement : public QObject
{
    Q_OBJECT
private slots:
    void inventoriesFromTheLocalCloud()
    {
        Core::Error e;
        const auto inv = inventoriesFromJson(QJsonDocument::fromJson(recordedHosts(QStringLiteral("inventories_host01.json"))).object(), &e);
        QVERIFY2(!e, qPrintable(e.toString()));
        QCOMPARE(inv.size(), 3);
        QCOMPARE(inv.value(kVcpu).total, 1000);
        QCOMPARE(inv.value(kVcpu).allocationRatio, 16.0);
        // (total - reserved) × ratio, as Placement checks a claim.
        QCOMPARE(inv.value(kVcpu).capacity(), 16000.0);
        QCOMPARE(inv.value(kMemoryMb).reserved, 512);
        QCOMPARE(inv.value(kMemoryMb).capacity(), (800000.0 - 512) * 1.5);
        QCOMPARE(inv.value(kDiskGb).capacity(), 600000.0);
    }

    void capacityTruncates_data()
    {
        QTest::addColumn<qint64>("total");
        QTest::addColumn<qint64>("reserved");
        QTest::addColumn<double>("ratio");
        QTest::addColumn<double>("capacity");
        QTest::newRow("plain") << qint64(64) << qint64(0) << 1.0 << 64.0;
        QTest::newRow("overcommit") << qint64(64) << qint64(4) << 16.0 << 960.0;
        QTest::newRow("fraction truncated") << qint64(10) << qint64(0) << 1.55 << 15.0;
        QTest::newRow("all reserved") << qint64(8) << qint64(8) << 4.0 << 0.0;
        QTest::newRow("more reserved than total") << qint64(8) << qint64(10) << 1.0 << 0.0;
    }
    void capacityTruncates()
    {
        QFETCH(qint64, total);
        QFETCH(qint64, reserved);
        QFETCH(double, ratio);
        QFETCH(double, capacity);
        Inventory inv;
        inv.total = total;
        inv.reserved = reserved;
        inv.allocationRatio = ratio;
        QCOMPARE(inv.capacity(), capacity);
    }

    void malformedInventoryIsAnError_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("no inventories") << QByteArray(R"({"resource_provider_generation": 1})") << QStringLiteral("inventories");
        QTest::newRow("no total") << QByteArray(R"({"inventories": {"VCPU": {"reserved": 0}}})") << QStringLiteral("total");
        QTest::newRow("ratio as text") << QByteArray(R"({"inventories": {"VCPU": {"total": 8, "allocation_ratio": "16"}}})")
                                       << QStringLiteral("allocation_ratio");
    }
    void malformedInventoryIsAnError()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, mentions);
        Core::Error e;
        const auto inv = inventoriesFromJson(QJsonDocument::fromJson(body).object(), &e);
        QCOMPARE(e.kind, Core::Error::Kind::BadResponse);
        QVERIFY2(e.message.contains(mentions), qPrintable(e.message));
    }

    void usages()
    {
        Core::Error e;
        const auto u = usagesFromJson(QJsonDocument::fromJson(recordedHosts(QStringLiteral("usages_host01.json"))).object(), &e);
        QVERIFY(!e);
        QCOMPARE(u.value(kVcpu), 32);
        QCOMPARE(u.value(kMemoryMb), 65536);
        usagesFromJson(QJsonDocument::fromJson(R"({"usages": {"VCPU": "many"}})").object(), &e);
        QCOMPARE(e.kind, Core::Error::Kind::BadResponse);
    }

    void rollUpSumsPerAggregate()
    {
        ResourceProvider p1{QStringLiteral("u1"), QStringLiteral("host01"), 1, {}, QStringLiteral("u1")};
        ResourceProvider p2{QStringLiteral("u2"), QStringLiteral("node02.example"), 1, {}, QStringLiteral("u2")};
        Inventory cpu;
        cpu.total = 32;
        cpu.allocationRatio = 4;
        Inventory cpu2 = cpu;
        cpu2.allocationRatio = 2;
        QMap<QString, ProviderCapacity> byName;
        byName.insert(p1.name, ProviderCapacity::from(p1, {{kVcpu, cpu}}, {{kVcpu, 10}}));
        byName.insert(p2.name, ProviderCapacity::from(p2, {{kVcpu, cpu2}}, {{kVcpu, 6}, {kMemoryMb, 1024}}));
        // host02's provider is named after its hypervisor hostname.
        const CapacityRollup r = rollUp({QStringLiteral("host01"), QStringLiteral("host02"), QStringLiteral("host01"),
                                         QStringLiteral("ghost")},
                                        byName, {{QStringLiteral("host02"), QStringLiteral("node02.example")}});
        QCOMPARE(r.providers, (QStringList{QStringLiteral("host01"), QStringLiteral("node02.example")}));
        QCOMPARE(r.missing, QStringList{QStringLiteral("ghost")});
        QCOMPARE(r.resource(kVcpu).total, 64);
        QCOMPARE(r.resource(kVcpu).capacity, 32.0 * 4 + 32.0 * 2);
        QCOMPARE(r.resource(kVcpu).used, 16);
        QCOMPARE(r.resource(kVcpu).minRatio, 2.0);
        QCOMPARE(r.resource(kVcpu).maxRatio, 4.0);
        // A usage without inventory still counts as used (inventory removed under allocations).
        QCOMPARE(r.resource(kMemoryMb).used, 1024);
        QCOMPARE(r.resource(kMemoryMb).capacity, 0.0);
        QVERIFY(rollUp({}, byName).isEmpty());
    }

    void loaderReadsEveryProvider()
    {
        FakeHostsCloud cloud;
        FakeNetwork net;
        net.setHandler([&](const RecordedRequest &r) { return cloud.handle(r); });
        OpenStack::Session s(&net, fakeHostsConfig());
        CapacityLoader loader(&s);
        QSignalSpy done(&loader, &CapacityLoader::finished);
        loader.start();
        QVERIFY(done.wait(5000));
        QVERIFY(loader.errors().isEmpty());
        QCOMPARE(loader.capacities().keys(), (QStringList{QStringLiteral("host01"), QStringLiteral("host02")}));
        QCOMPARE(loader.capacities().value(QStringLiteral("host01")).resource(kVcpu).used, 32);
        // Microversion negotiated with Placement's root document, sent as "placement 1.39".
        bool sawHeader = false;
        for (const RecordedRequest &r : net.requests()) {
            if (r.url.path().endsWith(QLatin1String("/usages")))
                sawHeader = r.request.rawHeader("OpenStack-API-Version") == "placement 1.39";
        }
        QVERIFY(sawHeader);
        QCOMPARE(net.countMatching("GET", QStringLiteral("/inventories")), 2);
    }

    void aFailingProviderIsReportedOthersStay()
    {
        FakeHostsCloud cloud;
        cloud.failProviders.insert(QStringLiteral("host02"));
        FakeNetwork net;
        net.setHandler([&](const RecordedRequest &r) { return cloud.handle(r); });
        OpenStack::Session s(&net, fakeHostsConfig());
        CapacityLoader loader(&s);
        QSignalSpy done(&loader, &CapacityLoader::finished);
        loader.start();
        QVERIFY(done.wait(5000));
        QCOMPARE(loader.errors().size(), 1);
        const Core::Error error = loader.errors().constFirst();
        QCOMPARE(error.httpStatus, 503);
        QVERIFY2(error.message.contains(QStringLiteral("placement is resting")), qPrintable(error.toString()));
        QCOMPARE(loader.capacities().keys(), QStringList{QStringLiteral("host01")});
    }
};

QTEST_GUILESS_MAIN(TestPlacement)
#include "tst_placement.moc"
