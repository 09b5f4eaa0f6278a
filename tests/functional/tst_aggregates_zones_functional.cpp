// SPDX-License-Identifier: GPL-3.0-or-later
// The hosts of volume and network zones against the real Cinder and Neutron of the local cloud:
// the volume zone "nova" lists the cinder-volume and cinder-backup hosts as Cinder (and
// `openstack volume service list`) report them; Neutron (ML2 without agents) has none; a project
// member sees the zones without hosts and no error. Reads only: nothing to clean up.
#include "models/hosts/hostsloader.h"
#include "models/hosts/zonelistmodel.h"
#include "localcloudsession.h"
#include "testcloud.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace OpenStack::Hosts;
using OpenStack::Session;

class TestAggregatesZonesFunctional : public QObject
{
    Q_OBJECT

    TestSupport::TestCloud m_cloud;
    QNetworkAccessManager m_network;

    static Models::HostsSnapshot load(Session *s, QVector<Core::Error> *errors)
    {
        Models::HostsLoader loader;
        loader.setSession(s);
        QSignalSpy done(&loader, &Models::HostsLoader::loaded);
        loader.reload();
        done.wait(60000);
        *errors = loader.errors();
        return loader.snapshot();
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
    void initTestCase() { STACKDECK_REQUIRE_LOCAL_CLOUD(m_cloud); }

    void volumeZoneListsCindersHosts()
    {
        QString why;
        auto s = TestSupport::localCloudSession(m_cloud, &m_network, QStringLiteral("stackdeck-local"), this, &why);
        QVERIFY2(s, qPrintable(why));
        QVERIFY(s->isAdmin());
        QVector<Core::Error> errors;
        const Models::HostsSnapshot snap = load(s.get(), &errors);
        QVERIFY2(errors.isEmpty(), errors.isEmpty() ? "" : qPrintable(errors.first().toString()));
        QVERIFY(!snap.volumeHostsHidden);
        const AvailabilityZone *nova = zone(snap, QStringLiteral("volume/nova"));
        QVERIFY(nova);

        bool volumeUp = false;
        bool backupUp = false;
        for (const ZoneService &svc : nova->services) {
            if (svc.binary == QLatin1String("cinder-volume") && svc.host.startsWith(QLatin1String("localcloud@")))
                volumeUp = volumeUp || (svc.available && svc.active);
            if (svc.binary == QLatin1String("cinder-backup"))
                backupUp = backupUp || (svc.available && svc.active);
        }
        QVERIFY(volumeUp);
        QVERIFY(backupUp);

        // The same services, hosts and states as the CLI reports for the zone.
        const QJsonArray theirs = m_cloud.openstackJson({QStringLiteral("volume"), QStringLiteral("service"), QStringLiteral("list")});
        QVERIFY(!theirs.isEmpty());
        QSet<QString> expected;
        for (const QJsonValue &v : theirs) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("Zone")).toString() == QLatin1String("nova"))
                expected.insert(o.value(QStringLiteral("Binary")).toString() + QLatin1Char(' ') + o.value(QStringLiteral("Host")).toString()
                                + QLatin1Char(' ') + o.value(QStringLiteral("State")).toString());
        }
        QSet<QString> ours;
        for (const ZoneService &svc : nova->services)
            ours.insert(svc.binary + QLatin1Char(' ') + svc.host + QLatin1Char(' ')
                        + (svc.available ? QStringLiteral("up") : QStringLiteral("down")));
        QCOMPARE(ours, expected);

        // The table shows them with their state.
        Models::ZoneListModel model;
        model.setSnapshot(snap);
        const int row = model.rowOf(QStringLiteral("volume/nova"));
        QVERIFY(row >= 0);
        const QString shown = model.index(row, Models::ZoneListModel::ServicesColumn).data().toString();
        QVERIFY2(shown.contains(QStringLiteral("cinder-volume: up")), qPrintable(shown));
        QVERIFY(!model.record(row).hosts.isEmpty());
    }

    void networkZonesWithoutAgentsAreNotAnError()
    {
        QString why;
        auto s = TestSupport::localCloudSession(m_cloud, &m_network, QStringLiteral("stackdeck-local"), this, &why);
        QVERIFY2(s, qPrintable(why));
        QVector<Core::Error> errors;
        const Models::HostsSnapshot snap = load(s.get(), &errors);
        QVERIFY2(errors.isEmpty(), errors.isEmpty() ? "" : qPrintable(errors.first().toString()));
        QVERIFY(!snap.networkHostsHidden);
        // As many agents as Neutron has (none on the local cloud's ML2 without agents).
        const QJsonArray theirs = m_cloud.openstackJson({QStringLiteral("network"), QStringLiteral("agent"), QStringLiteral("list")});
        QCOMPARE(snap.networkAgents.size(), theirs.size());
    }

    void memberSeesZonesWithoutHosts()
    {
        QString why;
        auto s = TestSupport::localCloudSession(m_cloud, &m_network, QStringLiteral("stackdeck-dev"), this, &why);
        QVERIFY2(s, qPrintable(why));
        QVERIFY(!s->isAdmin());
        QVector<Core::Error> errors;
        const Models::HostsSnapshot snap = load(s.get(), &errors);
        QVERIFY2(errors.isEmpty(), errors.isEmpty() ? "" : qPrintable(errors.first().toString()));
        QVERIFY(snap.volumeHostsHidden); // Cinder answered 403: hidden, not failed
        QVERIFY(snap.networkHostsHidden);
        const AvailabilityZone *nova = zone(snap, QStringLiteral("volume/nova"));
        QVERIFY(nova);
        QVERIFY(nova->services.isEmpty());
    }

    void exportShowsVolumeServices()
    {
        const auto ours = m_cloud.stackdeck({QStringLiteral("--os-cloud"), QStringLiteral("stackdeck-local"),
                                             QStringLiteral("export"), QStringLiteral("availability-zones"),
                                             QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(ours.exitCode == 0, ours.err.constData());
        QJsonObject volume;
        for (const QJsonValue &v : QJsonDocument::fromJson(ours.out).array()) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("service")) == QJsonValue(QStringLiteral("volume"))
                && o.value(QStringLiteral("name")) == QJsonValue(QStringLiteral("nova")))
                volume = o;
        }
        QVERIFY2(!volume.isEmpty(), ours.out.constData());
        QCOMPARE(volume.value(QStringLiteral("state")).toString(), QStringLiteral("available"));
        QVERIFY(!volume.value(QStringLiteral("hosts")).toArray().isEmpty());
        bool volumeUp = false;
        for (const QJsonValue &v : volume.value(QStringLiteral("services")).toArray()) {
            const QJsonObject svc = v.toObject();
            if (svc.value(QStringLiteral("binary")) == QJsonValue(QStringLiteral("cinder-volume"))
                && svc.value(QStringLiteral("state")) == QJsonValue(QStringLiteral("up")))
                volumeUp = true;
        }
        QVERIFY2(volumeUp, QJsonDocument(volume).toJson().constData());
    }
};

QTEST_GUILESS_MAIN(TestAggregatesZonesFunctional)
#include "tst_aggregates_zones_functional.moc"
