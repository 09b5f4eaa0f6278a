// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/exporter.h"
#include "models/hosts/hostdomainmodel.h"
#include "models/hosts/hostsloader.h"
#include "models/hosts/hypervisorlistmodel.h"
#include "models/hosts/libvirturis.h"
#include "openstack/client/session.h"
#include "openstack/hosts/hypervisorjobs.h"
#include "tst_aggregate_fakecloud.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

using namespace OpenStack::Hosts;
using namespace TestSupport;
using Models::HostDomainModel;
using Models::HostDomainRow;

namespace {
QJsonArray recordedArray(const char *file, const char *key)
{
    return QJsonDocument::fromJson(recordedHosts(QString::fromLatin1(file))).object().value(QLatin1String(key)).toArray();
}

Libvirt::Domain domain(const QString &uuid, const QString &name, Libvirt::Domain::State state, const QString &novaName = {})
{
    QString meta;
    if (!novaName.isEmpty())
        meta = QStringLiteral("<metadata><nova:instance xmlns:nova='http://openstack.org/xmlns/libvirt/nova/1.1'>"
                              "<nova:name>%1</nova:name><nova:owner><nova:project uuid='p1'>FormalTenant</nova:project>"
                              "</nova:owner></nova:instance></metadata>")
                   .arg(novaName);
    const QString xml = QStringLiteral("<domain type='kvm'><name>%1</name><uuid>%2</uuid>%3"
                                       "<memory unit='MiB'>8192</memory><vcpu>8</vcpu><devices>"
                                       "<disk type='network' device='disk'><source protocol='rbd' name='vms/%2_disk'/>"
                                       "<target dev='vda' bus='virtio'/></disk></devices></domain>")
                            .arg(name, uuid, meta);
    Core::Error e;
    Libvirt::Domain d = Libvirt::Domain::fromXml(xml, &e);
    d.host = QStringLiteral("host01");
    d.id = d.host + QLatin1Char('/') + d.uuid;
    d.state = state;
    return d;
}

OpenStack::Compute::Server server(const QString &id, const QString &name, const QString &status, const QString &task = {})
{
    OpenStack::Compute::Server s;
    s.id = id;
    s.name = name;
    s.status = status;
    s.taskState = task;
    s.host = QStringLiteral("host01");
    return s;
}
} // namespace

class TestHypervisor : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("StackDeckTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_hypervisor"));
    }

    void parsesNewAndOldHypervisors()
    {
        Core::Error e;
        const Hypervisor h = Hypervisor::fromJson(recordedArray("hypervisors.json", "hypervisors").first().toObject(), &e);
        QVERIFY(!e);
        QCOMPARE(h.hostname, QStringLiteral("host02"));
        QCOMPARE(h.host, QStringLiteral("host02"));
        QVERIFY(h.isUp() && h.isEnabled());
        QCOMPARE(h.instanceCount(), 4); // from with_servers
        QCOMPARE(h.vcpus, -1);          // 2.88+: no capacity here
        QVERIFY(!h.serviceId.isEmpty());

        const Hypervisor old = Hypervisor::fromJson(recordedArray("hypervisors_2.87.json", "hypervisors").first().toObject(), &e);
        QVERIFY(!e);
        QCOMPARE(old.vcpus, 1000);
        QCOMPARE(old.instanceCount(), 4); // running_vms
        QCOMPARE(old.versionText(), QStringLiteral("0.1.0"));

        Hypervisor::fromJson(QJsonDocument::fromJson(R"({"id": "x", "state": "up"})").object(), &e);
        QCOMPARE(e.kind, Core::Error::Kind::BadResponse);
        QVERIFY(e.message.contains(QStringLiteral("hypervisor_hostname")));
    }

    void services()
    {
        Core::Error e;
        const ComputeService s = ComputeService::fromJson(recordedArray("services.json", "services").first().toObject(), &e);
        QVERIFY(!e);
        QCOMPARE(s.binary, QStringLiteral("nova-compute"));
        QVERIFY(s.isEnabled());
        QVERIFY(s.disabledReason.isEmpty()); // null in the reply
        QVERIFY(!validateDisabledReason(QString(256, QLatin1Char('r'))).isEmpty());
        QVERIFY(validateDisabledReason(QStringLiteral("disk replacement")).isEmpty());
    }

    void disableSendsTheReason()
    {
        FakeHostsCloud cloud;
        FakeNetwork net;
        net.setHandler([&](const RecordedRequest &r) { return cloud.handle(r); });
        OpenStack::Session s(&net, fakeHostsConfig());
        auto *job = new SetServiceEnabledJob(&s, QStringLiteral("svc-1"), false, QStringLiteral(" disk replacement "));
        QSignalSpy done(job, &OpenStack::RestJob::finished);
        job->start();
        QVERIFY(done.wait(5000));
        const RecordedRequest &put = net.requests().last();
        QCOMPARE(put.verb, QByteArray("PUT"));
        QCOMPARE(put.url.path(), QStringLiteral("/v2.1/os-services/svc-1"));
        QCOMPARE(QJsonDocument::fromJson(put.body).object(),
                 QJsonDocument::fromJson(R"({"status": "disabled", "disabled_reason": "disk replacement"})").object());
        // Service ids are uuids from 2.53: the job refuses anything older.
        QCOMPARE(put.request.rawHeader("OpenStack-API-Version"), QByteArray("compute 2.90"));
    }

    void modelJoinsPlacementZonesAndAggregates()
    {
        FakeHostsCloud cloud;
        FakeNetwork net;
        net.setHandler([&](const RecordedRequest &r) { return cloud.handle(r); });
        OpenStack::Session s(&net, fakeHostsConfig());
        bool authed = false;
        s.authenticate(&s, [&](const Core::Error &) { authed = true; });
        QTRY_VERIFY(authed);
        Models::HostsLoader loader;
        loader.setSession(&s);
        QSignalSpy done(&loader, &Models::HostsLoader::loaded);
        loader.reload();
        QVERIFY(done.wait(5000));
        QVERIFY(loader.errors().isEmpty());
        Models::HypervisorListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSnapshot(loader.snapshot());
        QCOMPARE(model.rowCount(), 2);
        int row = -1;
        for (int r = 0; r < model.rowCount(); ++r) {
            if (model.record(r).hypervisor.host == QLatin1String("host01"))
                row = r;
        }
        QVERIFY(row >= 0);
        using M = Models::HypervisorListModel;
        QCOMPARE(model.index(row, M::ZoneColumn).data().toString(), QStringLiteral("AG1"));
        QCOMPARE(model.index(row, M::AggregatesColumn).data().toString(), QStringLiteral("servergroup01"));
        QCOMPARE(model.index(row, M::InstancesColumn).data(Models::ExportRole).toInt(), 4);
        QCOMPARE(model.index(row, M::VcpusUsedColumn).data(Models::ExportRole).toLongLong(), 32);
        QCOMPARE(model.index(row, M::StateColumn).data(Models::ExportRole).toString(), QStringLiteral("up"));
        QVERIFY(!model.record(row).service.id.isEmpty());
        const QJsonArray exported = QJsonDocument::fromJson(Models::Exporter::toJson(model)).array();
        QCOMPARE(exported.at(row).toObject().value(QStringLiteral("hypervisor_hostname")).toString(), QStringLiteral("host01"));
    }

    void driftBetweenLibvirtAndNova()
    {
        using State = Libvirt::Domain::State;
        HostDomainModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reset(QStringLiteral("host01"));
        const QString ok = QStringLiteral("6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f");
        const QString stray = QStringLiteral("00000000-0000-4000-8000-0000000000c8");
        const QString stopped = QStringLiteral("6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e60");
        const QString missing = QStringLiteral("11111111-0000-4000-8000-000000000001");
        const QString building = QStringLiteral("11111111-0000-4000-8000-000000000002");
        const QString rebooting = QStringLiteral("11111111-0000-4000-8000-000000000003");
        model.setDomains({domain(ok, QStringLiteral("instance-0000000a"), State::Running, QStringLiteral("hadoop1")),
                          domain(stray, QStringLiteral("instance-000000c8"), State::Running),
                          domain(stopped, QStringLiteral("instance-0000000b"), State::Shutoff, QStringLiteral("hadoop2")),
                          domain(rebooting, QStringLiteral("instance-0000000c"), State::Shutoff, QStringLiteral("hadoop3"))});
        // Half known: no drift is claimed before Nova has answered.
        QCOMPARE(model.driftCount(), 0);
        QCOMPARE(model.index(model.rowOf(ok), HostDomainModel::InstanceColumn).data().toString(), QStringLiteral("hadoop1"));
        model.setServers({server(ok.toUpper(), QStringLiteral("hadoop1"), QStringLiteral("ACTIVE")),
                          server(stopped, QStringLiteral("hadoop2"), QStringLiteral("ACTIVE")),
                          server(missing, QStringLiteral("ghost"), QStringLiteral("ACTIVE")),
                          server(building, QStringLiteral("new"), QStringLiteral("BUILD")),
                          server(rebooting, QStringLiteral("hadoop3"), QStringLiteral("ACTIVE"), QStringLiteral("rebooting"))});
        QCOMPARE(model.rowCount(), 6);
        auto drift = [&](const QString &id) { return model.record(model.rowOf(id)).drift; };
        QCOMPARE(drift(ok), HostDomainRow::Drift::None); // UUIDs compared without case
        QCOMPARE(drift(stray), HostDomainRow::Drift::UnknownToNova);
        QCOMPARE(drift(stopped), HostDomainRow::Drift::StateMismatch);
        QCOMPARE(drift(missing), HostDomainRow::Drift::MissingDomain);
        QCOMPARE(drift(building), HostDomainRow::Drift::None);
        QCOMPARE(drift(rebooting), HostDomainRow::Drift::None); // in transition
        QCOMPARE(model.driftCount(), 3);
        QCOMPARE(model.index(model.rowOf(stray), HostDomainModel::DriftColumn).data(Models::ExportRole).toString(),
                 QStringLiteral("unknown_to_nova"));
        QVERIFY(model.index(model.rowOf(ok), HostDomainModel::DisksColumn).data().toString().contains(QStringLiteral("rbd:vms/")));

        // A stats tick fills the CPU column in place.
        Libvirt::StatsHistory history;
        Libvirt::DomainStatsSample a{ok, {}, 1000, 1, 8, 0, 8388608, 8388608, 0, 0, 0, 0, 0};
        Libvirt::DomainStatsSample b = a;
        b.timestampMs = 2000;
        b.cpuTimeNs = 4'000'000'000; // 4 vCPU-seconds in one second on 8 vCPUs
        history.addTick({a});
        history.addTick({b});
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setRates(history);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.index(model.rowOf(ok), HostDomainModel::CpuColumn).data(Models::SortRole).toDouble(), 50.0);
    }

    void uriOverridesAreRememberedPerCloud()
    {
        const QVariantMap stackdeck{{QStringLiteral("libvirt_uri_template"), QStringLiteral("qemu+tcp://{host}/system")},
                                    {QStringLiteral("libvirt_uris"), QVariantMap{{QStringLiteral("host01"), QStringLiteral("test:///default")}}}};
        Models::LibvirtUris a(QStringLiteral("cloud-a"), stackdeck);
        Models::LibvirtUris b(QStringLiteral("cloud-b"), stackdeck);
        a.clearOverride(QStringLiteral("host02"));
        QCOMPARE(a.uriFor(QStringLiteral("host01")), QStringLiteral("test:///default"));
        QCOMPARE(a.sourceOf(QStringLiteral("host01")), Models::LibvirtUris::Source::CloudsYaml);
        QCOMPARE(a.uriFor(QStringLiteral("host02")), QStringLiteral("qemu+tcp://host02/system"));
        a.setOverride(QStringLiteral("host02"), QStringLiteral(" qemu+ssh://root@10.0.0.2/system "));
        QCOMPARE(a.uriFor(QStringLiteral("host02")), QStringLiteral("qemu+ssh://root@10.0.0.2/system"));
        QCOMPARE(a.sourceOf(QStringLiteral("host02")), Models::LibvirtUris::Source::Override);
        QCOMPARE(b.uriFor(QStringLiteral("host02")), QStringLiteral("qemu+tcp://host02/system")); // other cloud untouched
        a.setOverride(QStringLiteral("host02"), QStringLiteral("  "));
        QCOMPARE(a.sourceOf(QStringLiteral("host02")), Models::LibvirtUris::Source::Template);
        QVERIFY(Models::LibvirtUris::validate(QStringLiteral("qemu+ssh://host01/system")).isEmpty());
        QVERIFY(Models::LibvirtUris::validate(QStringLiteral("test:///default")).isEmpty());
        QVERIFY(!Models::LibvirtUris::validate(QStringLiteral("host01")).isEmpty());
        QVERIFY(!Models::LibvirtUris::validate(QString()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestHypervisor)
#include "tst_hypervisor.moc"
