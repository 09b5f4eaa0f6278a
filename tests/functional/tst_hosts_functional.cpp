// SPDX-License-Identifier: GPL-3.0-or-later
// The Aggregates & Zones and Hypervisors engine against the real Nova, Placement and the libvirt
// test driver of the local cloud (tests/cloud/localcloud up). Every test leaves the seeded
// aggregates (servergroup01/AG1 with host01, servergroup02/AG2 with host02) and services as
// they were; what it creates has a random suffix and is removed in cleanup().
#include "libvirt/connection.h"
#include "models/hosts/aggregatelistmodel.h"
#include "models/hosts/hostdomainmodel.h"
#include "models/hosts/hostsloader.h"
#include "models/hosts/libvirturis.h"
#include "openstack/hosts/aggregatejobs.h"
#include "openstack/hosts/hypervisorjobs.h"
#include "localcloudsession.h"
#include "testcloud.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using namespace OpenStack::Hosts;
using OpenStack::RestJob;
using OpenStack::Session;

class TestHostsFunctional : public QObject
{
    Q_OBJECT

    TestSupport::TestCloud m_cloud;
    QNetworkAccessManager m_network;
    std::unique_ptr<Session> m_session;
    QString m_suffix = QString::number(QRandomGenerator::global()->bounded(100000, 999999));
    QStringList m_created; // aggregate ids to remove in cleanup()
    QString m_disabledServiceId;

    // Every job here gets a minute (see TestSupport::runJob).
    template<typename Job>
    std::unique_ptr<Job> run(Job *job)
    {
        return TestSupport::runJob(job, 60000);
    }

    Models::HostsSnapshot load()
    {
        Models::HostsLoader loader;
        loader.setSession(m_session.get());
        QSignalSpy done(&loader, &Models::HostsLoader::loaded);
        loader.reload();
        done.wait(60000);
        for (const Core::Error &e : loader.errors())
            qWarning() << "load:" << e.toString();
        return loader.snapshot();
    }

    static const Aggregate *find(const Models::HostsSnapshot &s, const QString &id)
    {
        for (const Aggregate &a : s.aggregates) {
            if (a.id == id)
                return &a;
        }
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        STACKDECK_REQUIRE_LOCAL_CLOUD(m_cloud);
        QString why;
        m_session = TestSupport::localCloudSession(m_cloud, &m_network, QStringLiteral("stackdeck-local"), this, &why);
        QVERIFY2(m_session, qPrintable(why));
        QVERIFY(m_session->isAdmin());
    }

    void cleanup()
    {
        if (!m_session)
            return;
        // Whatever a failed test left behind: hosts out, then the aggregate, then the service on.
        const Models::HostsSnapshot s = load();
        for (const QString &id : std::as_const(m_created)) {
            if (const Aggregate *a = find(s, id)) {
                for (const QString &h : a->hosts)
                    run(removeHost(m_session.get(), id, h));
                run(deleteAggregate(m_session.get(), id));
            }
        }
        m_created.clear();
        if (!m_disabledServiceId.isEmpty()) {
            run(new SetServiceEnabledJob(m_session.get(), m_disabledServiceId, true));
            m_disabledServiceId.clear();
        }
    }

    void exportAggregatesMatchesTheCli()
    {
        const auto ours = m_cloud.stackdeck({QStringLiteral("--os-cloud"), QStringLiteral("stackdeck-local"),
                                             QStringLiteral("export"), QStringLiteral("aggregates"),
                                             QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(ours.exitCode == 0, ours.err.constData());
        const QJsonArray theirs = m_cloud.openstackJson({QStringLiteral("aggregate"), QStringLiteral("list"), QStringLiteral("--long")});
        const QJsonArray mine = QJsonDocument::fromJson(ours.out).array();
        QVERIFY(!theirs.isEmpty());
        QCOMPARE(mine.size(), theirs.size());
        for (const QJsonValue &t : theirs) {
            const QJsonObject cliRow = t.toObject();
            QJsonObject row;
            for (const QJsonValue &m : mine) {
                if (m.toObject().value(QStringLiteral("id")) == cliRow.value(QStringLiteral("ID")))
                    row = m.toObject();
            }
            QVERIFY2(!row.isEmpty(), qPrintable(cliRow.value(QStringLiteral("Name")).toString()));
            QCOMPARE(row.value(QStringLiteral("name")), cliRow.value(QStringLiteral("Name")));
            QCOMPARE(row.value(QStringLiteral("availability_zone")), cliRow.value(QStringLiteral("Availability Zone")));
            QCOMPARE(row.value(QStringLiteral("properties")), cliRow.value(QStringLiteral("Properties")));
            QCOMPARE(row.value(QStringLiteral("hosts")), cliRow.value(QStringLiteral("Hosts")));
            // And what the CLI cannot say: the capacity of those hosts.
            if (!row.value(QStringLiteral("hosts")).toArray().isEmpty())
                QVERIFY(row.value(QStringLiteral("vcpus_capacity")).toDouble() > 0);
        }
        qInfo("export aggregates: stackdeck %lld ms (with Placement capacity)", ours.elapsedMs);
    }

    void aggregateLifecycleWithCapacity()
    {
        const QString name = QStringLiteral("sdtest-agg-") + m_suffix;
        // Same zone as host01's seeded aggregate, so host01 may join without leaving AG1.
        std::unique_ptr<AggregateJob> created(run(createAggregate(m_session.get(), name, QStringLiteral("AG1"))));
        QVERIFY2(!created->error(), qPrintable(created->error().toString()));
        const QString id = created->aggregate().id;
        m_created << id;
        QCOMPARE(created->aggregate().availabilityZone, QStringLiteral("AG1"));

        std::unique_ptr<AggregateJob> added(run(addHost(m_session.get(), id, QStringLiteral("host01"))));
        QVERIFY2(!added->error(), qPrintable(added->error().toString()));
        QCOMPARE(added->aggregate().hosts, QStringList{QStringLiteral("host01")});

        // host02 is in zone AG2: Nova refuses it, and the refusal is Nova's own words.
        std::unique_ptr<AggregateJob> refused(run(addHost(m_session.get(), id, QStringLiteral("host02"))));
        QCOMPARE(refused->httpStatus(), 409);
        QVERIFY2(refused->error().message.contains(QStringLiteral("AG2")), qPrintable(refused->error().toString()));

        // Capacity rolled up from Placement: the new aggregate's hosts are servergroup01's.
        Models::HostsSnapshot snap = load();
        const Aggregate *mine = find(snap, id);
        const Aggregate *ag1 = find(snap, QStringLiteral("1"));
        QVERIFY(mine && ag1);
        const auto capacity = snap.aggregateCapacity(*mine);
        QCOMPARE(capacity.providers, QStringList{QStringLiteral("host01")});
        QVERIFY(capacity.resource(OpenStack::Placement::kVcpu).capacity > 0);
        QVERIFY(capacity.resource(OpenStack::Placement::kVcpu).used > 0); // the seeded instances on host01
        QCOMPARE(capacity.resources, snap.aggregateCapacity(*ag1).resources);

        // Metadata: set, refuse an invalid key before sending, remove.
        QVERIFY(!validateMetadataKey(QStringLiteral("bad/key")).isEmpty());
        std::unique_ptr<AggregateJob> meta(run(setMetadata(m_session.get(), id, {{QStringLiteral("ssd"), QStringLiteral("true")}})));
        QVERIFY2(!meta->error(), qPrintable(meta->error().toString()));
        QCOMPARE(meta->aggregate().metadata.value(QStringLiteral("ssd")), QStringLiteral("true"));
        QCOMPARE(meta->aggregate().availabilityZone, QStringLiteral("AG1")); // the zone is untouched

        std::unique_ptr<AggregateJob> renamed(run(updateAggregate(m_session.get(), id, name + QStringLiteral("-b"), {})));
        QVERIFY2(!renamed->error(), qPrintable(renamed->error().toString()));
        QCOMPARE(renamed->aggregate().name, name + QStringLiteral("-b"));

        // Nova will not delete it while host01 is in it.
        std::unique_ptr<RestJob> early(run(deleteAggregate(m_session.get(), id)));
        QCOMPARE(early->httpStatus(), 400);
        QVERIFY(!early->error().message.isEmpty());

        std::unique_ptr<AggregateJob> removed(run(removeHost(m_session.get(), id, QStringLiteral("host01"))));
        QVERIFY2(!removed->error(), qPrintable(removed->error().toString()));
        std::unique_ptr<RestJob> deleted(run(deleteAggregate(m_session.get(), id)));
        QVERIFY2(!deleted->error(), qPrintable(deleted->error().toString()));
        m_created.removeAll(id);

        snap = load();
        QVERIFY(!find(snap, id));
        // The seeded aggregates are as they were.
        QCOMPARE(find(snap, QStringLiteral("1"))->hosts, QStringList{QStringLiteral("host01")});
        QCOMPARE(find(snap, QStringLiteral("1"))->availabilityZone, QStringLiteral("AG1"));
    }

    void aggregateWithoutZoneTakesAnyHost()
    {
        const QString name = QStringLiteral("sdtest-nozone-") + m_suffix;
        std::unique_ptr<AggregateJob> created(run(createAggregate(m_session.get(), name, QString())));
        QVERIFY2(!created->error(), qPrintable(created->error().toString()));
        const QString id = created->aggregate().id;
        m_created << id;
        QVERIFY(created->aggregate().availabilityZone.isEmpty());
        for (const QString &h : {QStringLiteral("host01"), QStringLiteral("host02")}) {
            std::unique_ptr<AggregateJob> added(run(addHost(m_session.get(), id, h)));
            QVERIFY2(!added->error(), qPrintable(added->error().toString()));
        }
        const Models::HostsSnapshot snap = load();
        const auto both = snap.aggregateCapacity(*find(snap, id));
        QCOMPARE(both.providers.size(), 2);
        const auto one = snap.hostCapacity(QStringLiteral("host01")).resource(OpenStack::Placement::kVcpu);
        const auto two = snap.hostCapacity(QStringLiteral("host02")).resource(OpenStack::Placement::kVcpu);
        QCOMPARE(both.resource(OpenStack::Placement::kVcpu).used, one.used + two.used);
        QCOMPARE(both.resource(OpenStack::Placement::kVcpu).capacity, one.capacity + two.capacity);
        // Its hosts still report their own zones (AG1, AG2): a zone-less aggregate changes none.
        QCOMPARE(snap.zoneOf(QStringLiteral("host01")), QStringLiteral("AG1"));
        QCOMPARE(snap.zoneOf(QStringLiteral("host02")), QStringLiteral("AG2"));
    }

    void hypervisorsMatchTheCli()
    {
        const Models::HostsSnapshot snap = load();
        const QJsonArray theirs = m_cloud.openstackJson({QStringLiteral("hypervisor"), QStringLiteral("list")});
        QCOMPARE(snap.hypervisors.size(), theirs.size());
        for (const QJsonValue &t : theirs) {
            const QString name = t.toObject().value(QStringLiteral("Hypervisor Hostname")).toString();
            bool seen = false;
            for (const Hypervisor &h : snap.hypervisors) {
                if (h.hostname != name)
                    continue;
                seen = true;
                QCOMPARE(h.state, t.toObject().value(QStringLiteral("State")).toString());
                // Capacity comes from Placement, keyed by the hypervisor hostname.
                QVERIFY(snap.capacities.contains(h.hostname));
            }
            QVERIFY2(seen, qPrintable(name));
        }
    }

    void instancesOnAHostMatchTheCli()
    {
        auto *job = new ListHostServersJob(m_session.get(), QStringLiteral("host01"));
        QSignalSpy done(job, &ListHostServersJob::finished);
        QStringList ours;
        connect(job, &ListHostServersJob::finished, this, [&ours](ListHostServersJob *j) {
            QVERIFY2(!j->error(), qPrintable(j->error().toString()));
            for (const auto &s : j->servers())
                ours << s.id;
        });
        job->start();
        QVERIFY(done.wait(60000));
        QStringList theirs;
        for (const QJsonValue &v : m_cloud.openstackJson({QStringLiteral("server"), QStringLiteral("list"),
                                                          QStringLiteral("--all-projects"), QStringLiteral("--host"),
                                                          QStringLiteral("host01")}))
            theirs << v.toObject().value(QStringLiteral("ID")).toString();
        ours.sort();
        theirs.sort();
        QVERIFY(!theirs.isEmpty());
        QCOMPARE(ours, theirs);
    }

    void disableAndEnableTheComputeService()
    {
        Models::HostsSnapshot snap = load();
        const ComputeService *svc = snap.serviceOf(QStringLiteral("host02"));
        QVERIFY(svc && svc->isEnabled());
        const QString reason = QStringLiteral("sdtest maintenance ") + m_suffix;
        m_disabledServiceId = svc->id;
        std::unique_ptr<SetServiceEnabledJob> off(run(new SetServiceEnabledJob(m_session.get(), svc->id, false, reason)));
        QVERIFY2(!off->error(), qPrintable(off->error().toString()));
        QCOMPARE(off->service().status, QStringLiteral("disabled"));
        bool found = false;
        for (const QJsonValue &v : m_cloud.openstackJson({QStringLiteral("compute"), QStringLiteral("service"),
                                                          QStringLiteral("list"), QStringLiteral("--long"),
                                                          QStringLiteral("--host"), QStringLiteral("host02")})) {
            if (v.toObject().value(QStringLiteral("Binary")).toString() == QLatin1String("nova-compute")) {
                found = true;
                QCOMPARE(v.toObject().value(QStringLiteral("Status")).toString(), QStringLiteral("disabled"));
                QCOMPARE(v.toObject().value(QStringLiteral("Disabled Reason")).toString(), reason);
            }
        }
        QVERIFY(found);
        std::unique_ptr<SetServiceEnabledJob> on(run(new SetServiceEnabledJob(m_session.get(), svc->id, true)));
        QVERIFY2(!on->error(), qPrintable(on->error().toString()));
        QCOMPARE(on->service().status, QStringLiteral("enabled"));
        m_disabledServiceId.clear();
    }

    void libvirtDomainsAgainstNova()
    {
        // host02's test-driver node has a domain no Nova instance owns (instance-000000c8); the
        // local cloud put it there so drift has something to find.
        const Models::LibvirtUris uris(m_session->config().name, m_session->config().stackdeck);
        const QString uri = uris.uriFor(QStringLiteral("host02"));
        QVERIFY2(uri.startsWith(QLatin1String("test://")), qPrintable(uri));
        Libvirt::Connection connection(QStringLiteral("host02"), uri);
        Models::HostDomainModel model;
        model.reset(QStringLiteral("host02"));
        bool domainsDone = false;
        connection.listDomains(this, [&](const QVector<Libvirt::Domain> &domains, const Core::Error &e) {
            QVERIFY2(!e, qPrintable(e.toString()));
            model.setDomains(domains);
            domainsDone = true;
        });
        auto *job = new ListHostServersJob(m_session.get(), QStringLiteral("host02"));
        QSignalSpy serversDone(job, &ListHostServersJob::finished);
        connect(job, &ListHostServersJob::finished, this, [&model](ListHostServersJob *j) { model.setServers(j->servers()); });
        job->start();
        QVERIFY(serversDone.wait(60000));
        QTRY_VERIFY_WITH_TIMEOUT(domainsDone, 20000);
        const int stray = model.rowOf(QStringLiteral("5d0c1a7e-83b2-4f4e-9c1d-2a6f0b9e7c11"));
        QVERIFY(stray >= 0);
        QCOMPARE(model.record(stray).drift, Models::HostDomainRow::Drift::UnknownToNova);
        QCOMPARE(model.record(stray).domain.name, QStringLiteral("instance-000000c8"));
        // Every other domain is a Nova instance placed on host02, with its RBD root disk.
        int matched = 0;
        for (const auto &row : model.records()) {
            if (row.hasDomain && row.hasServer) {
                ++matched;
                QCOMPARE(row.domain.nova.displayName, row.server.name);
                QVERIFY(!row.domain.disks.isEmpty() && row.domain.disks.first().isRbd());
            }
        }
        QVERIFY(matched > 0);
    }

    void anUnreachableUriFailsInBoundedTime()
    {
        // Nothing listens on this port: libvirt's own message, within the timeout, no hang.
        Libvirt::Connection connection(QStringLiteral("nowhere"), QStringLiteral("qemu+tcp://127.0.0.1:1/system"));
        connection.setTimeoutMs(8000);
        QElapsedTimer t;
        t.start();
        Core::Error error;
        bool done = false;
        connection.listDomains(this, [&](const QVector<Libvirt::Domain> &, const Core::Error &e) {
            error = e;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 15000);
        QVERIFY(error);
        QVERIFY(t.elapsed() < 10000);
        QVERIFY2(!error.message.isEmpty(), qPrintable(error.toString()));
    }
};

QTEST_GUILESS_MAIN(TestHostsFunctional)
#include "tst_hosts_functional.moc"
