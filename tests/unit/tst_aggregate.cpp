// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/exporter.h"
#include "models/hosts/aggregatelistmodel.h"
#include "models/hosts/hostsloader.h"
#include "models/hosts/zonelistmodel.h"
#include "openstack/client/session.h"
#include "openstack/hosts/aggregatejobs.h"
#include "tst_aggregate_fakecloud.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace OpenStack::Hosts;
using namespace TestSupport;

class TestAggregate : public QObject
{
    Q_OBJECT

    static Models::HostsSnapshot load(FakeHostsCloud &cloud)
    {
        FakeNetwork net;
        net.setHandler([&](const RecordedRequest &r) { return cloud.handle(r); });
        OpenStack::Session s(&net, fakeHostsConfig());
        bool authed = false;
        s.authenticate(&s, [&](const Core::Error &) { authed = true; });
        if (!QTest::qWaitFor([&]() { return authed; }, 5000))
            return {};
        Models::HostsLoader loader;
        loader.setSession(&s);
        QSignalSpy done(&loader, &Models::HostsLoader::loaded);
        loader.reload();
        if (!done.wait(5000) || !loader.errors().isEmpty())
            qWarning() << "load failed" << (loader.errors().isEmpty() ? QString() : loader.errors().first().toString());
        return loader.snapshot();
    }

    template<typename J>
    static J *run(J *job)
    {
        job->setAutoDelete(false);
        QSignalSpy done(job, &OpenStack::RestJob::finished);
        job->start();
        done.wait(5000);
        return job;
    }

private slots:
    void parsesTheLocalCloudsAggregates()
    {
        const QJsonArray list = QJsonDocument::fromJson(recordedHosts(QStringLiteral("aggregates.json"))).object()
                                    .value(QStringLiteral("aggregates")).toArray();
        Core::Error e;
        const Aggregate a = Aggregate::fromJson(list.first().toObject(), &e);
        QVERIFY(!e);
        QCOMPARE(a.id, QStringLiteral("1"));
        QCOMPARE(a.name, QStringLiteral("servergroup01"));
        QCOMPARE(a.availabilityZone, QStringLiteral("AG1"));
        QCOMPARE(a.hosts, QStringList{QStringLiteral("host01")});
        // The zone is its own member; metadata leaves it out, as `openstack aggregate list --long` does.
        QVERIFY(a.metadata.isEmpty());
        Aggregate::fromJson(QJsonDocument::fromJson(R"({"id": 3, "hosts": []})").object(), &e);
        QCOMPARE(e.kind, Core::Error::Kind::BadResponse);
        QVERIFY(e.message.contains(QStringLiteral("name")));
    }

    void metadataKeys_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("ok");
        QTest::newRow("plain") << QStringLiteral("ssd") << true;
        QTest::newRow("namespaced") << QStringLiteral("aggregate_instance_extra_specs:pinned") << true;
        QTest::newRow("dots dashes spaces") << QStringLiteral("os.type-x y") << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("slash") << QStringLiteral("a/b") << false;
        QTest::newRow("chinese") << QStringLiteral("业务") << false;
        QTest::newRow("zone key") << QStringLiteral("availability_zone") << false;
        QTest::newRow("too long") << QString(256, QLatin1Char('k')) << false;
    }
    void metadataKeys()
    {
        QFETCH(QString, key);
        QFETCH(bool, ok);
        QCOMPARE(validateMetadataKey(key).isEmpty(), ok);
    }

    void namesAndZones()
    {
        QVERIFY(!validateAggregateName(QString()).isEmpty());
        QVERIFY(!validateAggregateName(QStringLiteral("  ")).isEmpty());
        QVERIFY(validateAggregateName(QStringLiteral("servergroup01")).isEmpty());
        QVERIFY(validateZoneName(QString()).isEmpty()); // no zone is fine
        QVERIFY(!validateZoneName(QStringLiteral("AG1:host01")).isEmpty());
        QVERIFY(!validateZoneName(QStringLiteral("   ")).isEmpty());
    }

    void metadataChangesSetAndRemove()
    {
        const QMap<QString, QString> before{{QStringLiteral("ssd"), QStringLiteral("true")}, {QStringLiteral("old"), QStringLiteral("1")}};
        const QMap<QString, QString> after{{QStringLiteral("ssd"), QStringLiteral("false")}, {QStringLiteral("new"), QStringLiteral("")}};
        const auto changes = metadataChanges(before, after);
        QCOMPARE(changes.size(), 3);
        QCOMPARE(changes.value(QStringLiteral("ssd")), QStringLiteral("false"));
        QVERIFY(changes.value(QStringLiteral("old")).isNull()); // removed: sent as null
        QVERIFY(!changes.value(QStringLiteral("new")).isNull()); // an empty value is a value
        QVERIFY(metadataChanges(before, before).isEmpty());
    }

    void requestsAreWhatNovaExpects()
    {
        FakeHostsCloud cloud;
        FakeNetwork net;
        net.setHandler([&](const RecordedRequest &r) { return cloud.handle(r); });
        OpenStack::Session s(&net, fakeHostsConfig());
        std::unique_ptr<AggregateJob> create(run(createAggregate(&s, QStringLiteral(" mesos01 "), QString())));
        QVERIFY(!create->error());
        QCOMPARE(create->aggregate().name, QStringLiteral("mesos01"));
        const QJsonObject sent = QJsonDocument::fromJson(net.requests().last().body).object();
        QCOMPARE(sent, (QJsonObject{{QStringLiteral("aggregate"), QJsonObject{{QStringLiteral("name"), QStringLiteral("mesos01")}}}}));
        QCOMPARE(net.requests().last().request.rawHeader("OpenStack-API-Version"), QByteArray("compute 2.90"));

        // Clearing the zone is set_metadata availability_zone = null.
        std::unique_ptr<AggregateJob> clear(run(setAggregateZone(&s, QStringLiteral("1"), QString())));
        QVERIFY(!clear->error());
        QCOMPARE(QJsonDocument::fromJson(net.requests().last().body).object(),
                 QJsonDocument::fromJson(R"({"set_metadata": {"metadata": {"availability_zone": null}}})").object());
        QVERIFY(clear->aggregate().availabilityZone.isEmpty());

        // host02 is in zone AG2: Nova's 409 comes back in Nova's words.
        std::unique_ptr<AggregateJob> add(run(addHost(&s, QStringLiteral("2"), QStringLiteral("host01"))));
        QVERIFY(!add->error()); // servergroup01 has no zone any more, so host01 may join AG2
        std::unique_ptr<AggregateJob> conflict(run(updateAggregate(&s, QStringLiteral("1"), {}, QStringLiteral("AG9"))));
        QVERIFY(!conflict->error());
        std::unique_ptr<AggregateJob> refused(run(addHost(&s, QStringLiteral("1"), QStringLiteral("host02"))));
        QCOMPARE(refused->httpStatus(), 409);
        QVERIFY2(refused->error().message.contains(QStringLiteral("already in availability zone")),
                 qPrintable(refused->error().toString()));

        // Deleting an aggregate with hosts: Nova's 400 with its reason.
        std::unique_ptr<OpenStack::RestJob> del(run(deleteAggregate(&s, QStringLiteral("2"))));
        QCOMPARE(del->httpStatus(), 400);
        QVERIFY(del->error().message.contains(QStringLiteral("hosts")));
    }

    void modelRollsUpCapacity()
    {
        FakeHostsCloud cloud;
        const Models::HostsSnapshot snap = load(cloud);
        QCOMPARE(snap.aggregates.size(), 2);
        QCOMPARE(snap.capacities.size(), 2);
        Models::AggregateListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSnapshot(snap);
        QCOMPARE(model.rowCount(), 2);
        const int row = model.rowOf(QStringLiteral("1"));
        QVERIFY(row >= 0);
        using M = Models::AggregateListModel;
        QCOMPARE(model.index(row, M::VcpusUsedColumn).data(Models::ExportRole).toLongLong(), 32);
        QCOMPARE(model.index(row, M::VcpusColumn).data(Models::ExportRole).toLongLong(), 16000);
        QCOMPARE(model.index(row, M::VcpusColumn).data().toString(), QStringLiteral("16000 (×16)"));
        QCOMPARE(model.index(row, M::RamColumn).data(Models::ExportRole).toLongLong(), qint64((800000 - 512) * 1.5));
        QCOMPARE(model.index(row, M::ZoneColumn).data().toString(), QStringLiteral("AG1"));

        // The export has the CLI's columns first, with its types (integer id, list of hosts, dict).
        const QJsonArray rows = QJsonDocument::fromJson(Models::Exporter::toJson(model)).array();
        const QJsonObject first = rows.at(row).toObject();
        QCOMPARE(first.value(QStringLiteral("id")), QJsonValue(1));
        QCOMPARE(first.value(QStringLiteral("hosts")), QJsonValue(QJsonArray{QStringLiteral("host01")}));
        QCOMPARE(first.value(QStringLiteral("properties")), QJsonValue(QJsonObject()));
        QCOMPARE(first.value(QStringLiteral("availability_zone")), QJsonValue(QStringLiteral("AG1")));

        // Refreshing after a host moved is an in-place change, not a reset.
        cloud.aggregates = QJsonArray{cloud.aggregates.at(0), cloud.aggregates.at(1)};
        QJsonObject moved = cloud.aggregates.at(1).toObject();
        moved.insert(QStringLiteral("hosts"), QJsonArray{QStringLiteral("host02"), QStringLiteral("host01")});
        cloud.aggregates.replace(1, moved);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setSnapshot(load(cloud));
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.record(model.rowOf(QStringLiteral("2"))).capacity.resource(OpenStack::Placement::kVcpu).used, 32 + 28);
    }

    void zonesOfEveryService()
    {
        FakeHostsCloud cloud;
        const Models::HostsSnapshot snap = load(cloud);
        Models::ZoneListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSnapshot(snap);
        const int ag1 = model.rowOf(QStringLiteral("compute/AG1"));
        QVERIFY(ag1 >= 0);
        QCOMPARE(model.record(ag1).hosts, QStringList{QStringLiteral("host01")});
        QCOMPARE(model.record(ag1).aggregates, QStringList{QStringLiteral("servergroup01")});
        QCOMPARE(model.record(ag1).capacity.resource(OpenStack::Placement::kVcpu).used, 32);
        QVERIFY(model.rowOf(QStringLiteral("volume/nova")) >= 0);
        QCOMPARE(model.index(model.rowOf(QStringLiteral("volume/nova")), Models::ZoneListModel::ServiceColumn)
                     .data(Models::ExportRole).toString(), QStringLiteral("volume"));
        // The internal zone (conductor, scheduler) has no compute hosts and no capacity.
        const int internal = model.rowOf(QStringLiteral("compute/internal"));
        QVERIFY(internal >= 0);
        QVERIFY(model.record(internal).hosts.isEmpty());
        QVERIFY(snap.networkZonesSupported);
    }
};

QTEST_GUILESS_MAIN(TestAggregate)
#include "tst_aggregate.moc"
