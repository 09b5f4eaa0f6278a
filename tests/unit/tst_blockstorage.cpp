// SPDX-License-Identifier: GPL-3.0-or-later
// The block-storage layer: parsing Cinder's answers (the shapes captured from the local cloud's
// Cinder 3.70), malformed answers becoming clear errors, paging past Cinder's 1000-item cap, the
// bodies the jobs send, and the controller's polling of rows in transition.
#include "models/blockstorage/backuplistmodel.h"
#include "models/blockstorage/snapshotlistmodel.h"
#include "models/blockstorage/volumelistcontroller.h"
#include "models/blockstorage/volumelistmodel.h"
#include "openstack/blockstorage/listjobs.h"
#include "openstack/blockstorage/resourcejobs.h"
#include "openstack/blockstorage/volumejobs.h"
#include "openstack/client/jsonfields.h"
#include "openstack/client/session.h"
#include "tst_blockstorage_fake.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace OpenStack::BlockStorage;
using namespace TestSupport;

namespace {
OpenStack::CloudConfig config()
{
    OpenStack::CloudConfig c;
    c.name = QStringLiteral("t");
    c.authUrl = QStringLiteral("http://fake:5000/v3");
    c.username = QStringLiteral("u");
    c.password = QStringLiteral("p");
    c.projectId = QStringLiteral("p1");
    return c;
}

QJsonObject recorded(const char *name)
{
    QFile f(QFINDTESTDATA(QStringLiteral("data/blockstorage/") + QString::fromLatin1(name)));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

template<typename Job>
Job *runJob(Job *job)
{
    job->setAutoDelete(false);
    QSignalSpy done(job, &OpenStack::RestJob::finished);
    job->start();
    if (done.isEmpty())
        done.wait(5000);
    return job;
}
} // namespace

class TestBlockStorage : public QObject
{
    Q_OBJECT
private slots:
    void parsesRecordedVolumes()
    {
        // GET /v3/{project}/volumes/detail?all_tenants=1 from the local cloud, as captured.
        const QJsonObject root = recorded("volumes-detail.json");
        QVERIFY(!root.isEmpty());
        Core::Error e;
        const QVector<Volume> volumes = Volume::listFromJson(root.value(QStringLiteral("volumes")).toArray(), &e);
        QVERIFY2(!e, qPrintable(e.toString()));
        QVERIFY(!volumes.isEmpty());
        const auto hadoop = std::find_if(volumes.begin(), volumes.end(),
                                         [](const Volume &v) { return v.name == QLatin1String("hadoop01"); });
        QVERIFY(hadoop != volumes.end());
        QCOMPARE(hadoop->sizeGb, 800);
        QCOMPARE(hadoop->status, QStringLiteral("in-use"));
        QCOMPARE(hadoop->attachments.size(), 1);
        QVERIFY(hadoop->attachments.constFirst().device.startsWith(QLatin1String("/dev/vd")));
        QCOMPARE(hadoop->backendName(), QStringLiteral("ceph"));
        QVERIFY(!hadoop->projectId.isEmpty());
        QVERIFY(hadoop->created.isValid());
        for (const Volume &v : volumes)
            QVERIFY(!v.id.isEmpty());
    }

    void parsesRecordedPools()
    {
        // GET /scheduler-stats/get_pools?detail=true from the local cloud: an RBD and a fake backend.
        const QJsonObject root = recorded("get-pools.json");
        QVERIFY(!root.isEmpty());
        QHash<QString, BackendPool> byBackend;
        for (const QJsonValue &v : root.value(QStringLiteral("pools")).toArray()) {
            Core::Error e;
            const BackendPool p = BackendPool::fromJson(v.toObject(), &e);
            QVERIFY2(!e, qPrintable(e.toString()));
            byBackend.insert(p.backendName, p);
        }
        QCOMPARE(byBackend.value(QStringLiteral("ceph")).rbdPool, QStringLiteral("volumes"));
        QCOMPARE(byBackend.value(QStringLiteral("ceph")).name, QStringLiteral("localcloud@ceph#ceph"));
        QVERIFY(!byBackend.value(QStringLiteral("fake")).isRbd());
    }

    void bootableIsAStringInCinder()
    {
        Core::Error e;
        const Volume v = Volume::fromJson(QJsonDocument::fromJson("{\"id\":\"a\",\"status\":\"available\",\"size\":3, \"bootable\":\"true\",\"encrypted\":false,\"attachments\":[],\"os-vol-host-attr:host\":\"h@rbd-1#rbd-1\"}").object(), &e);
        QVERIFY(!e);
        QVERIFY(v.bootable);
        QCOMPARE(v.backendName(), QStringLiteral("rbd-1"));
        QCOMPARE(v.rbdImageName(), QStringLiteral("volume-a"));
    }

    void timestampsAsCinderWritesThem_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("cinder") << QStringLiteral("2026-11-26T05:59:51.000000");
        QTest::newRow("micro") << QStringLiteral("2026-11-26T05:59:51.123000");
        QTest::newRow("no fraction") << QStringLiteral("2026-11-26T05:59:51");
        QTest::newRow("zulu") << QStringLiteral("2026-11-26T05:59:51Z");
        QTest::newRow("offset") << QStringLiteral("2026-11-26T07:59:51+02:00");
        QTest::newRow("garbage") << QStringLiteral("2026-13-45T99:99:99.000000");
    }

    void timestampsAsCinderWritesThem()
    {
        // The fast reader must agree with the general one on every form.
        QFETCH(QString, text);
        QJsonObject o = QJsonDocument::fromJson("{\"id\":\"a\",\"status\":\"available\",\"size\":1}").object();
        o.insert(QStringLiteral("created_at"), text);
        Core::Error e;
        const Volume v = Volume::fromJson(o, &e);
        QVERIFY(!e);
        QCOMPARE(v.created, OpenStack::parseTimestamp(text));
        if (text.startsWith(QLatin1String("2026-11")))
            QVERIFY(v.created.isValid());
    }

    void malformedVolumeIsAnError_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("no id") << QByteArray("{\"status\":\"available\",\"size\":1}") << QStringLiteral("id");
        QTest::newRow("no status") << QByteArray("{\"id\":\"x\",\"size\":1}") << QStringLiteral("status");
        QTest::newRow("size as text") << QByteArray("{\"id\":\"x\",\"status\":\"available\",\"size\":\"big\"}") << QStringLiteral("size");
        QTest::newRow("attachments not a list") << QByteArray("{\"id\":\"x\",\"status\":\"in-use\",\"size\":1,\"attachments\":{}}")
                                                << QStringLiteral("attachments");
        QTest::newRow("attachment without server") << QByteArray("{\"id\":\"x\",\"status\":\"in-use\",\"size\":1,\"attachments\":[{\"device\":\"/dev/vdb\"}]}")
                                                   << QStringLiteral("server_id");
    }

    void malformedVolumeIsAnError()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, mentions);
        Core::Error e;
        Volume::fromJson(QJsonDocument::fromJson(json).object(), &e);
        QVERIFY(e);
        QCOMPARE(e.kind, Core::Error::Kind::BadResponse);
        QVERIFY2(e.message.contains(mentions), qPrintable(e.message));
    }

    void parsesSnapshotsBackupsPoolsLimits()
    {
        Core::Error e;
        const auto snaps = VolumeSnapshot::listFromJson(QJsonDocument::fromJson("[{\"id\":\"s\",\"status\":\"creating\",\"size\":10, \"volume_id\":\"v\",\"os-extended-snapshot-attributes:progress\":\"40%\"}]").array(), &e);
        QVERIFY(!e);
        QCOMPARE(snaps.constFirst().progress, QStringLiteral("40%"));
        QVERIFY(snaps.constFirst().isTransitional());
        VolumeSnapshot::listFromJson(QJsonDocument::fromJson("[{\"id\":\"s\",\"status\":\"available\",\"size\":10}]").array(), &e);
        QVERIFY(e); // no volume_id
        e = {};
        const auto b = VolumeBackup::fromJson(QJsonDocument::fromJson("{\"id\":\"b\",\"status\":\"error\",\"volume_id\":\"v\",\"size\":1, \"fail_reason\":\"Service cinder-backup could not be found.\",\"is_incremental\":true}").object(), &e);
        QVERIFY(!e);
        QVERIFY(b.isError());
        QVERIFY(b.incremental);
        const BackendPool rbd = BackendPool::fromJson(QJsonDocument::fromJson("{\"name\":\"localcloud@ceph#ceph\",\"capabilities\": {\"storage_protocol\":\"ceph\",\"location_info\":\"ceph:/etc/ceph/ceph.conf:0b1c:cinder:volumes-ssd\"}}").object(), &e);
        QCOMPARE(rbd.rbdPool, QStringLiteral("volumes-ssd"));
        const BackendPool lvm = BackendPool::fromJson(QJsonDocument::fromJson("{\"name\":\"h@lvm#lvm\",\"capabilities\": {\"storage_protocol\":\"iSCSI\",\"location_info\":\"LVMVolumeDriver:h:cinder-volumes:thin:0\"}}").object(), &e);
        QVERIFY(!lvm.isRbd());
        const VolumeLimits l = VolumeLimits::fromJson(QJsonDocument::fromJson("{\"absolute\":{\"maxTotalVolumeGigabytes\":1000, \"totalGigabytesUsed\":2430}}").object(), &e);
        QCOMPARE(l.freeGigabytes(), 0);
        const VolumeLimits unlimited = VolumeLimits::fromJson(QJsonDocument::fromJson("{\"absolute\":{\"maxTotalVolumeGigabytes\":-1}}").object(), &e);
        QCOMPARE(unlimited.freeGigabytes(), -1);
    }

    void pagesPastCindersCap()
    {
        FakeBlockStorage cinder;
        for (int i = 0; i < 2500; ++i) {
            const QString id = QStringLiteral("v%1").arg(i, 5, 10, QLatin1Char('0'));
            cinder.volumes.insert(id, FakeBlockStorage::make(id, id));
        }
        FakeNetwork net;
        net.setHandler([&](const RecordedRequest &r) { return cinder.handle(r); });
        OpenStack::Session s(&net, config());
        auto *job = new ListVolumesJob(&s, {false, 1000});
        QSignalSpy pages(job, &BlockStorageListJob::pageParsed);
        int total = -1;
        Core::Error error;
        QString microversion;
        // Read everything in the handler: the job deletes itself once it has finished.
        connect(job, &BlockStorageListJob::finished, this, [&]() {
            total = int(job->items().size());
            error = job->error();
            microversion = job->microversion().toString();
        });
        job->start();
        QTRY_VERIFY(total >= 0);
        QVERIFY2(!error, qPrintable(error.toString()));
        QCOMPARE(total, 2500);
        QCOMPARE(pages.size(), 3);
        QCOMPARE(net.countMatching("GET", QStringLiteral("/volumes/detail")), 3);
        // The microversion was negotiated and sent.
        QCOMPARE(microversion, QStringLiteral("3.70"));
        const auto list = net.requests();
        const auto req = std::find_if(list.begin(), list.end(), [](const RecordedRequest &r) {
            return r.url.path().endsWith(QLatin1String("/volumes/detail"));
        });
        QCOMPARE(req->request.rawHeader("OpenStack-API-Version"), QByteArray("volume 3.70"));
    }

    void actionBodies()
    {
        FakeBlockStorage cinder;
        cinder.addTalkVolumes();
        FakeNetwork net;
        net.setHandler([&](const RecordedRequest &r) { return cinder.handle(r); });
        OpenStack::Session s(&net, config());
        std::unique_ptr<VolumeActionJob> extend(runJob(VolumeActionJob::extend(&s, QStringLiteral("v-cluster11"), 20)));
        QVERIFY(!extend->error());
        QCOMPARE(QJsonDocument::fromJson(net.requests().constLast().body).object(),
                 QJsonDocument::fromJson("{\"os-extend\":{\"new_size\":20}}").object());
        std::unique_ptr<AttachVolumeJob> attach(runJob(new AttachVolumeJob(&s, QStringLiteral("srv-hadoop1"),
                                                                           QStringLiteral("v-new"), QStringLiteral("/dev/vdd"))));
        QCOMPARE(QJsonDocument::fromJson(net.requests().constLast().body).object(),
                 QJsonDocument::fromJson("{\"volumeAttachment\":{\"volumeId\":\"v-new\",\"device\":\"/dev/vdd\"}}").object());
        QVERIFY(net.requests().constLast().url.path().endsWith(QLatin1String("/servers/srv-hadoop1/os-volume_attachments")));
        // Cinder's own refusal comes back in words.
        std::unique_ptr<DeleteBlockStorageJob> del(runJob(new DeleteBlockStorageJob(&s, QStringLiteral("volumes"),
                                                                                     QStringLiteral("v-hadoop01"))));
        QVERIFY(del->error());
        QCOMPARE(del->httpStatus(), 400);
        QVERIFY2(del->error().message.contains(QLatin1String("must be available")), qPrintable(del->error().toString()));
        cinder.quotaGb = 820;
        std::unique_ptr<VolumeActionJob> tooBig(runJob(VolumeActionJob::extend(&s, QStringLiteral("v-cluster11"), 500)));
        QVERIFY(tooBig->error());
        QVERIFY(tooBig->error().message.contains(QLatin1String("quota")));
    }

    void controllerPollsUntilSettled()
    {
        FakeBlockStorage cinder;
        cinder.addTalkVolumes();
        FakeNetwork net;
        net.setHandler([&](const RecordedRequest &r) { return cinder.handle(r); });
        OpenStack::Session s(&net, config());
        bool authed = false;
        s.authenticate(this, [&](const Core::Error &) { authed = true; });
        QTRY_VERIFY(authed);
        Models::VolumeListModel volumes;
        Models::SnapshotListModel snapshots;
        Models::BackupListModel backups;
        Models::VolumeListController controller(&volumes, &snapshots, &backups);
        controller.setSession(&s);
        controller.setAllProjects(true);
        QSignalSpy loaded(&controller, &Models::VolumeListController::loaded);
        controller.reload();
        QVERIFY(loaded.wait(5000));
        QVERIFY(!loaded.constFirst().constFirst().value<Core::Error>());
        QCOMPARE(volumes.rowCount(), 3);
        const int row = volumes.rowOf(QStringLiteral("v-hadoop01"));
        QCOMPARE(volumes.index(row, Models::VolumeListModel::AttachedColumn).data().toString(),
                 QStringLiteral("/dev/vdd on hadoop3"));
        QCOMPARE(volumes.index(row, Models::VolumeListModel::RbdImageColumn).data().toString(),
                 QStringLiteral("volumes/volume-v-hadoop01"));
        QCOMPARE(snapshots.index(0, Models::SnapshotListModel::VolumeColumn).data().toString(), QStringLiteral("hadoop01"));

        // Attach: the row goes attaching → in-use by polling alone, and the change is announced.
        QSignalSpy settled(&controller, &Models::VolumeListController::volumeSettled);
        QSignalSpy servers(&controller, &Models::VolumeListController::serversChanged);
        std::unique_ptr<AttachVolumeJob> attach(runJob(new AttachVolumeJob(&s, QStringLiteral("srv-hadoop1"),
                                                                           QStringLiteral("v-cluster11"))));
        QVERIFY(!attach->error());
        controller.watch({QStringLiteral("v-cluster11")});
        QVERIFY(settled.wait(5000));
        QCOMPARE(settled.constFirst().at(1).toString(), QStringLiteral("in-use"));
        const int r2 = volumes.rowOf(QStringLiteral("v-cluster11"));
        QCOMPARE(volumes.index(r2, Models::VolumeListModel::AttachedColumn).data().toString(),
                 QStringLiteral("/dev/vdb on hadoop1"));
        QVERIFY(!servers.isEmpty());
        QVERIFY(servers.constLast().constFirst().toStringList().contains(QStringLiteral("srv-hadoop1")));
        // The rows stayed where they were: an in-place update, not a reset.
        QCOMPARE(volumes.rowOf(QStringLiteral("v-cluster11")), r2);
    }
};

QTEST_GUILESS_MAIN(TestBlockStorage)
#include "tst_blockstorage.moc"
