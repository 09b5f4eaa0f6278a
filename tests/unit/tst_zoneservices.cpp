// SPDX-License-Identifier: GPL-3.0-or-later
// The hosts of volume and network zones: Cinder's os-services (recorded from the local cloud) and
// Neutron's agents (a realistic reply: the local cloud runs ML2 without agents), parsed, attached
// to their zones, shown and exported; malformed replies are errors, 403 and 404 are not.
#include "core/requestlog.h"
#include "models/exporter.h"
#include "models/hosts/hostsloader.h"
#include "models/hosts/zonelistmodel.h"
#include "openstack/client/session.h"
#include "openstack/hosts/zoneservices.h"
#include "tst_aggregate_fakecloud.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace OpenStack::Hosts;
using namespace TestSupport;

class TestZoneServices : public QObject
{
    Q_OBJECT

    // Runs the loader against `cloud`, letting `override` answer some requests first.
    static Models::HostsSnapshot load(FakeHostsCloud &cloud, QVector<Core::Error> *errors = nullptr,
                                      std::function<std::optional<FakeResponse>(const RecordedRequest &)> override = {},
                                      QStringList *loggedFailures = nullptr)
    {
        FakeNetwork net;
        net.setHandler([&](const RecordedRequest &r) {
            if (override) {
                if (auto reply = override(r))
                    return *reply;
            }
            return cloud.handle(r);
        });
        OpenStack::Session s(&net, fakeHostsConfig());
        Core::RequestLog log(50);
        s.setRequestLog(&log);
        bool authed = false;
        s.authenticate(&s, [&](const Core::Error &) { authed = true; });
        if (!QTest::qWaitFor([&]() { return authed; }, 5000))
            return {};
        Models::HostsLoader loader;
        loader.setSession(&s);
        QSignalSpy done(&loader, &Models::HostsLoader::loaded);
        loader.reload();
        if (!done.wait(5000))
            qWarning() << "load did not finish";
        if (errors)
            *errors = loader.errors();
        if (loggedFailures) {
            for (const Core::RequestRecord &r : log.records())
                *loggedFailures << QStringLiteral("%1 %2 %3").arg(r.method, r.path).arg(r.httpStatus);
        }
        return loader.snapshot();
    }

    static QJsonArray recordedArray(const char *file, const char *key)
    {
        return QJsonDocument::fromJson(recordedHosts(QString::fromLatin1(file))).object().value(QLatin1String(key)).toArray();
    }

    static const AvailabilityZone *zone(const Models::HostsSnapshot &snap, const QString &id)
    {
        for (const AvailabilityZone &z : snap.zones) {
            if (z.id == id)
                return &z;
        }
        return nullptr;
    }

private slots:
    void parsesCindersServices()
    {
        const QJsonArray list = recordedArray("services_volume.json", "services");
        QCOMPARE(list.size(), 4);
        QVector<ZonedService> services;
        for (const QJsonValue &v : list) {
            Core::Error e;
            services.append(ZonedService::fromCinder(v.toObject(), &e));
            QVERIFY2(!e, qPrintable(e.toString()));
        }
        QCOMPARE(services.at(1).service.binary, QStringLiteral("cinder-volume"));
        QCOMPARE(services.at(1).service.host, QStringLiteral("localcloud@ceph"));
        QCOMPARE(services.at(1).zone, QStringLiteral("nova"));
        QVERIFY(services.at(1).service.available);
        QVERIFY(services.at(1).service.active);
        QVERIFY(services.at(1).resource.isEmpty());
        QCOMPARE(services.at(3).service.binary, QStringLiteral("cinder-backup"));

        QJsonObject down = list.at(1).toObject();
        down.insert(QStringLiteral("state"), QStringLiteral("down"));
        down.insert(QStringLiteral("status"), QStringLiteral("disabled"));
        down.insert(QStringLiteral("disabled_reason"), QStringLiteral("backend migration"));
        Core::Error e;
        const ZonedService s = ZonedService::fromCinder(down, &e);
        QVERIFY(!e);
        QVERIFY(!s.service.available);
        QVERIFY(!s.service.active);
        QCOMPARE(s.service.disabledReason, QStringLiteral("backend migration"));
    }

    void parsesNeutronAgents()
    {
        const QJsonArray list = recordedArray("agents_network.json", "agents");
        QVector<ZonedService> agents;
        for (const QJsonValue &v : list) {
            Core::Error e;
            agents.append(ZonedService::fromNeutronAgent(v.toObject(), &e));
            QVERIFY2(!e, qPrintable(e.toString()));
        }
        QCOMPARE(agents.size(), 4);
        QCOMPARE(agents.at(0).resource, QStringLiteral("network"));
        QCOMPARE(agents.at(1).resource, QStringLiteral("router"));
        QVERIFY(agents.at(0).service.available && agents.at(0).service.active);
        QVERIFY(!agents.at(2).service.available && !agents.at(2).service.active);
        QCOMPARE(agents.at(2).service.host, QStringLiteral("net02"));
        QVERIFY(agents.at(3).zone.isEmpty()); // the metadata agent is in no zone
    }

    void malformedEntriesAreErrors_data()
    {
        QTest::addColumn<bool>("cinder");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value"); // Undefined: remove the member
        QTest::newRow("cinder without host") << true << QStringLiteral("host") << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("cinder without zone") << true << QStringLiteral("zone") << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("cinder state unknown word") << true << QStringLiteral("state") << QJsonValue(QStringLiteral("sideways"));
        QTest::newRow("cinder state a bool") << true << QStringLiteral("state") << QJsonValue(true);
        QTest::newRow("cinder without status") << true << QStringLiteral("status") << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("agent without host") << false << QStringLiteral("host") << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("agent alive as text") << false << QStringLiteral("alive") << QJsonValue(QStringLiteral("true"));
        QTest::newRow("agent without admin state") << false << QStringLiteral("admin_state_up") << QJsonValue(QJsonValue::Undefined);
    }

    void malformedEntriesAreErrors()
    {
        QFETCH(bool, cinder);
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QJsonObject o = cinder ? recordedArray("services_volume.json", "services").at(1).toObject()
                               : recordedArray("agents_network.json", "agents").at(0).toObject();
        if (value.isUndefined())
            o.remove(key);
        else
            o.insert(key, value);
        Core::Error e;
        if (cinder)
            ZonedService::fromCinder(o, &e);
        else
            ZonedService::fromNeutronAgent(o, &e);
        QVERIFY(e);
        QVERIFY2(e.toString().contains(key), qPrintable(e.toString()));
    }

    void attachesServicesToTheirZones()
    {
        QVector<AvailabilityZone> zones;
        Core::Error e;
        for (const QJsonValue &v : recordedArray("zones_network_agents.json", "availability_zones"))
            zones.append(AvailabilityZone::fromNeutron(v.toObject(), &e));
        zones.append(AvailabilityZone::fromNovaStyle(recordedArray("zones_volume.json", "availabilityZoneInfo").at(0).toObject(),
                                                     AvailabilityZone::Kind::Volume, &e));
        QVERIFY(!e);
        QVector<ZonedService> agents;
        for (const QJsonValue &v : recordedArray("agents_network.json", "agents"))
            agents.append(ZonedService::fromNeutronAgent(v.toObject(), &e));
        attachServices(zones, AvailabilityZone::Kind::Network, agents);
        attachServices(zones, AvailabilityZone::Kind::Network, agents); // a second call adds nothing
        QCOMPARE(zones.at(0).resource, QStringLiteral("network"));
        QCOMPARE(zones.at(0).hosts(), (QStringList{QStringLiteral("net01"), QStringLiteral("net02")}));
        QCOMPARE(zones.at(0).services.size(), 2); // two DHCP agents; not L3, not metadata
        QCOMPARE(zones.at(1).resource, QStringLiteral("router"));
        QCOMPARE(zones.at(1).services.size(), 1);
        QCOMPARE(zones.at(1).services.first().binary, QStringLiteral("neutron-l3-agent"));
        QVERIFY(zones.at(2).services.isEmpty()); // agents never land in a volume zone
    }

    void volumeZoneShowsItsHosts()
    {
        FakeHostsCloud cloud;
        QVector<Core::Error> errors;
        const Models::HostsSnapshot snap = load(cloud, &errors);
        QVERIFY(errors.isEmpty());
        QVERIFY(!snap.volumeHostsHidden);
        QVERIFY(!snap.networkHostsHidden);
        QVERIFY(snap.networkAgentsSupported);
        Models::ZoneListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSnapshot(snap);
        const int nova = model.rowOf(QStringLiteral("volume/nova"));
        QVERIFY(nova >= 0);
        QCOMPARE(model.record(nova).hosts,
                 (QStringList{QStringLiteral("localcloud"), QStringLiteral("localcloud@ceph"), QStringLiteral("localcloud@fake")}));
        QCOMPARE(model.index(nova, Models::ZoneListModel::HostsColumn).data().toString(),
                 QStringLiteral("localcloud, localcloud@ceph, localcloud@fake"));
        const QString services = model.index(nova, Models::ZoneListModel::ServicesColumn).data().toString();
        QVERIFY2(services.contains(QStringLiteral("localcloud@ceph cinder-volume: up")), qPrintable(services));
        QVERIFY2(services.contains(QStringLiteral("localcloud cinder-backup: up")), qPrintable(services));
        QCOMPARE(model.index(nova, Models::ZoneListModel::ServicesColumn).data(Models::StatusKindRole).toInt(),
                 int(Models::StatusKind::Good));
        // Compute zones show their services the same way.
        const int ag1 = model.rowOf(QStringLiteral("compute/AG1"));
        QVERIFY(model.index(ag1, Models::ZoneListModel::ServicesColumn).data().toString()
                    .contains(QStringLiteral("host01 nova-compute: up")));

        // Export: the old keys stay, the services come as objects with their state.
        const QJsonArray rows = QJsonDocument::fromJson(Models::Exporter::toJson(model)).array();
        QJsonObject volume;
        for (const QJsonValue &v : rows) {
            if (v.toObject().value(QStringLiteral("service")) == QJsonValue(QStringLiteral("volume")))
                volume = v.toObject();
        }
        for (const char *key : {"name", "service", "state", "hosts", "aggregates", "services"})
            QVERIFY2(volume.contains(QLatin1String(key)), key);
        QCOMPARE(volume.value(QStringLiteral("hosts")).toArray().size(), 3);
        const QJsonArray exported = volume.value(QStringLiteral("services")).toArray();
        QCOMPARE(exported.size(), 4);
        QCOMPARE(exported.at(1).toObject(), (QJsonObject{{QStringLiteral("host"), QStringLiteral("localcloud@ceph")},
                                                         {QStringLiteral("binary"), QStringLiteral("cinder-volume")},
                                                         {QStringLiteral("state"), QStringLiteral("up")},
                                                         {QStringLiteral("status"), QStringLiteral("enabled")}}));
    }

    void networkZonesShowTheirAgents()
    {
        FakeHostsCloud cloud;
        cloud.agentsFile = QStringLiteral("agents_network.json");
        cloud.networkZonesFile = QStringLiteral("zones_network_agents.json");
        QVector<Core::Error> errors;
        const Models::HostsSnapshot snap = load(cloud, &errors);
        QVERIFY(errors.isEmpty());
        Models::ZoneListModel model;
        model.setSnapshot(snap);
        const int network = model.rowOf(QStringLiteral("network/network/nova"));
        const int router = model.rowOf(QStringLiteral("network/router/nova"));
        QVERIFY(network >= 0 && router >= 0);
        QCOMPARE(model.record(network).hosts, (QStringList{QStringLiteral("net01"), QStringLiteral("net02")}));
        QCOMPARE(model.record(router).hosts, QStringList{QStringLiteral("net01")});
        const QModelIndex services = model.index(network, Models::ZoneListModel::ServicesColumn);
        QVERIFY2(services.data().toString().contains(QStringLiteral("net02 neutron-dhcp-agent: down, disabled")),
                 qPrintable(services.data().toString()));
        QVERIFY(services.data(Qt::ToolTipRole).toString().contains(QStringLiteral("drained for maintenance")));
    }

    void agentExtensionAbsentIsNoAgents()
    {
        FakeHostsCloud cloud;
        cloud.agentsExtension = false;
        QVector<Core::Error> errors;
        QStringList logged;
        const Models::HostsSnapshot snap = load(cloud, &errors, {}, &logged);
        QVERIFY2(errors.isEmpty(), errors.isEmpty() ? "" : qPrintable(errors.first().toString()));
        // A cloud without the extension is not a failed request in the window's log.
        QVERIFY2(logged.isEmpty(), qPrintable(logged.join(QLatin1Char('\n'))));
        QVERIFY(!snap.networkAgentsSupported);
        QVERIFY(!snap.networkHostsHidden);
        QVERIFY(snap.networkAgents.isEmpty());
        QVERIFY(zone(snap, QStringLiteral("volume/nova")) && !zone(snap, QStringLiteral("volume/nova"))->services.isEmpty());
    }

    void nonAdminSeesZonesWithoutHosts()
    {
        FakeHostsCloud cloud;
        cloud.adminRole = false;
        QVector<Core::Error> errors;
        QStringList logged;
        // A member asks Nova for zones without detail: the same shape, without hosts.
        const Models::HostsSnapshot snap = load(cloud, &errors, [](const RecordedRequest &r) -> std::optional<FakeResponse> {
            if (r.url.path() == QLatin1String("/v2.1/os-availability-zone"))
                return FakeResponse::json(200, "{\"availabilityZoneInfo\": [{\"zoneName\": \"AG1\", \"zoneState\": {\"available\": true}, \"hosts\": null}]}");
            return std::nullopt;
        }, &logged);
        QVERIFY2(errors.isEmpty(), errors.isEmpty() ? "" : qPrintable(errors.first().toString()));
        // Cinder's 403 only hides the hosts: the window does not count it as a failed request.
        QVERIFY2(logged.isEmpty(), qPrintable(logged.join(QLatin1Char('\n'))));
        QVERIFY(snap.volumeHostsHidden);
        QVERIFY(snap.networkHostsHidden);
        const AvailabilityZone *nova = zone(snap, QStringLiteral("volume/nova"));
        QVERIFY(nova);
        QVERIFY(nova->services.isEmpty());
        QVERIFY(nova->available);
    }

    void malformedServiceListIsAnError_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("truncated") << QByteArray("{\"services\": [{\"binary\": \"cinder-volume\", \"host\": \"local");
        QTest::newRow("no services key") << QByteArray("{\"service\": []}");
        QTest::newRow("entry without state") << QByteArray(
            "{\"services\": [{\"binary\": \"cinder-volume\", \"host\": \"localcloud@ceph\", \"zone\": \"nova\", \"status\": \"enabled\"}]}");
    }

    void malformedServiceListIsAnError()
    {
        QFETCH(QByteArray, body);
        FakeHostsCloud cloud;
        QVector<Core::Error> errors;
        const Models::HostsSnapshot snap = load(cloud, &errors, [body](const RecordedRequest &r) -> std::optional<FakeResponse> {
            if (r.url.path() == QLatin1String("/v3/p1/os-services"))
                return FakeResponse::json(200, body);
            return std::nullopt;
        });
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.first().toString().contains(QStringLiteral("os-services")), qPrintable(errors.first().toString()));
        QVERIFY(!snap.volumeHostsHidden); // a broken reply is not a refusal
        // The rest still shows: the zones are there, without hosts.
        QVERIFY(zone(snap, QStringLiteral("volume/nova")));
        QVERIFY(zone(snap, QStringLiteral("compute/AG1")));
    }
};

QTEST_GUILESS_MAIN(TestZoneServices)
#include "tst_zoneservices.moc"
