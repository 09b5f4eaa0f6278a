// SPDX-License-Identifier: GPL-3.0-or-later
// The Volumes tab's engine against the real Cinder (RBD backend) on the real Ceph of the local
// cloud, as FormalTenant's user: a 1 GiB volume is created and its image appears in the Ceph pool,
// attached to one of the project's servers (in-use with a device, listed by Nova for the server),
// refused deletion while attached (Cinder's words), detached, extended (the RBD image grows),
// snapshotted, deleted (the image is gone). `stackdeck export volumes` matches
// `openstack volume list --long -f json`. Everything created has a unique name and is removed at
// the end; the seeded volumes are only read.
#include "ceph/cluster.h"
#include "models/blockstorage/backuplistmodel.h"
#include "models/blockstorage/snapshotlistmodel.h"
#include "models/blockstorage/volumelistcontroller.h"
#include "models/blockstorage/volumelistmodel.h"
#include "models/blockstorage/volumerules.h"
#include "openstack/compute/computejobs.h"
#include "tst_volumes_support.h"
#include "ui/common/tablepanel.h"
#include "ui/volumes/rbdbackingpane.h"
#include "ui/volumes/volumedialogs.h"
#include "ui/volumes/volumespage.h"

#include <QAction>
#include <QJsonArray>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using namespace OpenStack::BlockStorage;
using Models::VolumeListModel;
using VolumesTest::run;

class TestVolumesFunctional : public QObject
{
    Q_OBJECT

    TestSupport::TestCloud m_cloud;
    QNetworkAccessManager m_network;
    std::unique_ptr<OpenStack::Session> m_session;
    std::unique_ptr<VolumeListModel> m_volumes;
    std::unique_ptr<Models::SnapshotListModel> m_snapshots;
    std::unique_ptr<Models::BackupListModel> m_backups;
    std::unique_ptr<Models::VolumeListController> m_controller;
    QString m_suffix;
    QString m_volumeId;
    QString m_snapshotId;
    QString m_serverId;
    QString m_serverName;

    QStringList rbd(const QStringList &args) const { return VolumesTest::rbdLines(m_cloud, args); }

    const OpenStack::BlockStorage::Volume *row()
    {
        const int r = m_volumes->rowOf(m_volumeId);
        return r < 0 ? nullptr : &m_volumes->record(r);
    }

    // Waits, through the controller's own polling, until our volume shows `status`.
    bool waitForStatus(const QString &status, int timeoutMs = 120000)
    {
        m_controller->watch({m_volumeId});
        return QTest::qWaitFor([&]() { return row() && row()->status == status; }, timeoutMs);
    }

private slots:
    void initTestCase()
    {
        STACKDECK_REQUIRE_LOCAL_CLOUD(m_cloud);
        QString why;
        m_session = TestSupport::localCloudSession(m_cloud, &m_network, QStringLiteral("stackdeck-formal"), this, &why);
        QVERIFY2(m_session, qPrintable(why));
        m_suffix = QString::number(QRandomGenerator::global()->generate(), 36);
        m_volumes = std::make_unique<VolumeListModel>();
        m_snapshots = std::make_unique<Models::SnapshotListModel>();
        m_backups = std::make_unique<Models::BackupListModel>();
        m_controller = std::make_unique<Models::VolumeListController>(m_volumes.get(), m_snapshots.get(), m_backups.get());
        m_controller->setSession(m_session.get());
        QSignalSpy loaded(m_controller.get(), &Models::VolumeListController::loaded);
        m_controller->reload();
        QVERIFY(loaded.wait(120000));
        const Core::Error e = loaded.constFirst().constFirst().value<Core::Error>();
        QVERIFY2(!e, qPrintable(e.toString()));
        // A running server of the project to attach to.
        for (const auto &s : m_controller->servers()) {
            if (s.status == QLatin1String("ACTIVE")) {
                m_serverId = s.id;
                m_serverName = s.name;
                break;
            }
        }
        QVERIFY2(!m_serverId.isEmpty(), "FormalTenant has no ACTIVE server");
    }

    void cleanupTestCase()
    {
        if (!m_session)
            return;
        if (!m_snapshotId.isEmpty())
            run(new DeleteBlockStorageJob(m_session.get(), QStringLiteral("snapshots"), m_snapshotId));
        // Whatever state a failed test left it in: detached from every server, then deleted.
        VolumesTest::removeVolume(m_session.get(), m_volumeId);
    }

    void seededVolumesShowAsInTheTalk()
    {
        // FormalTenant's seeded 10 GiB volumes, available, backed by RBD images in the volumes pool.
        bool found = false;
        for (const auto &v : m_volumes->records()) {
            if (!v.name.startsWith(QLatin1String("volume_cluster11-hadoop-")))
                continue;
            found = true;
            QCOMPARE(v.sizeGb, 10);
            const int r = m_volumes->rowOf(v.id);
            QCOMPARE(m_volumes->index(r, VolumeListModel::RbdImageColumn).data().toString(),
                     QStringLiteral("volumes/volume-") + v.id);
        }
        QVERIFY(found);
    }

    void createShowsInCeph()
    {
        VolumeSpec spec;
        spec.name = QStringLiteral("sd-func-vol-") + m_suffix;
        spec.sizeGb = 1;
        spec.description = QStringLiteral("functional test");
        auto job = run(new CreateVolumeJob(m_session.get(), spec));
        QVERIFY2(!job->error(), qPrintable(job->error().toString()));
        m_volumeId = job->volume().id;
        QVERIFY(!m_volumeId.isEmpty());
        m_volumes->applyVolume(job->volume());
        QVERIFY2(waitForStatus(QStringLiteral("available")), qPrintable(row() ? row()->status : QStringLiteral("missing")));
        const int r = m_volumes->rowOf(m_volumeId);
        QCOMPARE(m_volumes->index(r, VolumeListModel::SizeColumn).data().toString(), QStringLiteral("1 GiB"));
        const QString image = m_volumes->index(r, VolumeListModel::RbdImageColumn).data().toString();
        QCOMPARE(image, QStringLiteral("volumes/volume-") + m_volumeId);
        QVERIFY2(rbd({QStringLiteral("ls"), QStringLiteral("volumes")}).contains(QStringLiteral("volume-") + m_volumeId),
                 "the RBD image is not in pool volumes");
    }

    void attachGoesInUseWithADevice()
    {
        QVERIFY(!m_volumeId.isEmpty());
        auto job = run(new AttachVolumeJob(m_session.get(), m_serverId, m_volumeId));
        QVERIFY2(!job->error(), qPrintable(job->error().toString()));
        QVERIFY2(waitForStatus(QStringLiteral("in-use")), qPrintable(row()->status));
        QCOMPARE(row()->attachments.size(), 1);
        const QString device = row()->attachments.constFirst().device;
        QVERIFY2(device.startsWith(QLatin1String("/dev/")), qPrintable(device));
        const int r = m_volumes->rowOf(m_volumeId);
        QCOMPARE(m_volumes->index(r, VolumeListModel::AttachedColumn).data().toString(),
                 QStringLiteral("%1 on %2").arg(device, m_serverName));
        // Nova lists it among the server's volumes too.
        auto nova = run(new OpenStack::Compute::ListVolumeAttachmentsJob(m_session.get(), m_serverId));
        QVERIFY2(!nova->error(), qPrintable(nova->error().toString()));
        const auto &items = nova->items();
        QVERIFY(std::any_of(items.begin(), items.end(), [&](const auto &a) { return a.volumeId == m_volumeId; }));
    }

    void deleteRefusedWhileAttached()
    {
        // The page refuses before sending; Cinder refuses too, in its own words.
        QVERIFY(!Models::VolumeRules::check(Models::VolumeCommand::Delete, *row(), {}).allowed);
        auto del = run(new DeleteBlockStorageJob(m_session.get(), QStringLiteral("volumes"), m_volumeId));
        QVERIFY(del->error());
        QCOMPARE(del->httpStatus(), 400);
        QVERIFY2(del->error().message.contains(QLatin1String("status must be available")), qPrintable(del->error().toString()));
        QVERIFY(!del->error().requestId.isEmpty());
    }

    void detachGoesAvailable()
    {
        auto job = run(new DetachVolumeJob(m_session.get(), m_serverId, m_volumeId));
        QVERIFY2(!job->error(), qPrintable(job->error().toString()));
        QVERIFY2(waitForStatus(QStringLiteral("available")), qPrintable(row()->status));
        QVERIFY(!row()->isAttached());
    }

    void extendGrowsTheRbdImage()
    {
        auto job = run(VolumeActionJob::extend(m_session.get(), m_volumeId, 2));
        QVERIFY2(!job->error(), qPrintable(job->error().toString()));
        m_controller->watch({m_volumeId});
        QVERIFY(QTest::qWaitFor([&]() { return row() && row()->sizeGb == 2 && row()->status == QLatin1String("available"); },
                                120000));
        const QJsonObject info = QJsonDocument::fromJson(rbd({QStringLiteral("info"), QStringLiteral("--format"),
                                                              QStringLiteral("json"),
                                                              QStringLiteral("volumes/volume-") + m_volumeId})
                                                             .join(QString())
                                                             .toUtf8())
                                     .object();
        QCOMPARE(info.value(QStringLiteral("size")).toDouble(), 2.0 * 1024 * 1024 * 1024);
    }

    void snapshotAppearsAndGoes()
    {
        auto job = run(new CreateSnapshotJob(m_session.get(), m_volumeId, QStringLiteral("sd-func-snap-") + m_suffix, {}, false));
        QVERIFY2(!job->error(), qPrintable(job->error().toString()));
        m_snapshotId = job->snapshot().id;
        QVERIFY(QTest::qWaitFor([&]() {
            m_controller->refreshSnapshotsAndBackups();
            QTest::qWait(1000);
            const int r = m_snapshots->rowOf(m_snapshotId);
            return r >= 0 && m_snapshots->record(r).status == QLatin1String("available");
        }, 120000));
        const int r = m_snapshots->rowOf(m_snapshotId);
        QCOMPARE(m_snapshots->index(r, Models::SnapshotListModel::VolumeColumn).data().toString(),
                 QStringLiteral("sd-func-vol-") + m_suffix);
        // A volume with a snapshot cannot be deleted: the tab says so before sending.
        Models::VolumeContext c;
        c.snapshotCount = 1;
        QVERIFY(!Models::VolumeRules::check(Models::VolumeCommand::Delete, *row(), c).allowed);
        auto del = run(new DeleteBlockStorageJob(m_session.get(), QStringLiteral("snapshots"), m_snapshotId));
        QVERIFY2(!del->error(), qPrintable(del->error().toString()));
        QVERIFY(QTest::qWaitFor([&]() {
            m_controller->refreshSnapshotsAndBackups();
            QTest::qWait(1000);
            return m_snapshots->rowOf(m_snapshotId) < 0;
        }, 120000));
        m_snapshotId.clear();
    }

    void deleteRemovesTheRbdImage()
    {
        QSignalSpy gone(m_controller.get(), &Models::VolumeListController::volumeGone);
        auto del = run(new DeleteBlockStorageJob(m_session.get(), QStringLiteral("volumes"), m_volumeId));
        QVERIFY2(!del->error(), qPrintable(del->error().toString()));
        m_controller->watch({m_volumeId});
        QVERIFY(QTest::qWaitFor([&]() { return !gone.isEmpty(); }, 120000));
        QVERIFY(!row());
        QVERIFY(QTest::qWaitFor([&]() {
            return !rbd({QStringLiteral("ls"), QStringLiteral("volumes")}).contains(QStringLiteral("volume-") + m_volumeId);
        }, 60000));
        m_volumeId.clear();
    }

    void thePageAttachesDetachesAndDeletes()
    {
        // The tab itself, offscreen, on the real cloud: attach through the instance picker, detach
        // and delete through their confirmations.
        VolumeSpec spec;
        spec.name = QStringLiteral("sd-func-page-") + m_suffix;
        spec.sizeGb = 1;
        auto created = run(new CreateVolumeJob(m_session.get(), spec));
        QVERIFY2(!created->error(), qPrintable(created->error().toString()));
        m_volumeId = created->volume().id;
        Ui::VolumesPage page;
        page.resize(1200, 600);
        page.show();
        // The Ceph tab's cluster, as the application hands it over: the RBD pane reads through it.
        std::unique_ptr<Ceph::Cluster> cluster(
            Ceph::Cluster::create(Ceph::ClusterSettings::fromStackdeckConfig(m_session->config().stackdeck)));
        page.setCluster(cluster.get());
        QSignalSpy loaded(page.controller(), &Models::VolumeListController::loaded);
        page.setSession(m_session.get());
        QVERIFY(loaded.wait(120000));
        const auto status = [&]() {
            const int r = page.volumeModel()->rowOf(m_volumeId);
            return r < 0 ? QString() : page.volumeModel()->record(r).status;
        };
        page.controller()->watch({m_volumeId});
        QVERIFY(QTest::qWaitFor([&]() { return status() == QLatin1String("available"); }, 120000));
        auto *view = page.findChild<QTableView *>(QStringLiteral("volumesView"));
        const auto selectOurs = [&]() {
            for (int r = 0; r < view->model()->rowCount(); ++r) {
                const QModelIndex i = view->model()->index(r, 0);
                if (i.data(Models::IdRole).toString() == m_volumeId)
                    view->selectionModel()->select(i, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            }
        };
        selectOurs();
        // The pane below the table shows the volume's RBD image, live from Ceph, agreeing with Cinder.
        Ui::RbdBackingPane *pane = page.rbdPane();
        const auto findings = [pane]() {
            QStringList codes;
            for (const auto &f : pane->backing().findings)
                codes << f.code;
            return codes;
        };
        QTRY_COMPARE_WITH_TIMEOUT(pane->volumeId(), m_volumeId, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(!pane->isReading() && pane->backing().imageFound, 30000);
        QCOMPARE(pane->backing().imageSpec, QStringLiteral("volumes/volume-") + m_volumeId);
        QCOMPARE(pane->backing().details.image.sizeBytes, qint64(1) << 30);
        QCOMPARE(findings(), QStringList{QStringLiteral("agree")});
        QAction *attach = page.action(Ui::VolumesPage::Command::Attach);
        QVERIFY2(attach->isEnabled(), qPrintable(attach->toolTip()));
        attach->trigger();
        auto *dialog = page.findChild<Ui::AttachVolumeDialog *>();
        QVERIFY(dialog);
        QTest::keyClicks(dialog->filterEdit(), m_serverName);
        QTRY_COMPARE(dialog->serverId(), m_serverId);
        dialog->findChild<QPushButton *>(QStringLiteral("okButton"))->click();
        QVERIFY2(QTest::qWaitFor([&]() { return status() == QLatin1String("in-use"); }, 120000), qPrintable(status()));
        const int r = page.volumeModel()->rowOf(m_volumeId);
        QVERIFY(page.volumeModel()->index(r, VolumeListModel::AttachedColumn).data().toString().endsWith(
            QStringLiteral(" on ") + m_serverName));
        // Nova's fake driver opens nothing: Cinder says in-use, Ceph has no watcher. The pane reads
        // again by itself when the row changes, and flags it.
        selectOurs();
        QTRY_COMPARE_WITH_TIMEOUT(findings(), QStringList{QStringLiteral("in-use-no-watcher")}, 30000);

        selectOurs();
        QAction *del = page.action(Ui::VolumesPage::Command::Delete);
        QVERIFY(!del->isEnabled()); // attached: refused with the reason, before sending
        QVERIFY(del->toolTip().contains(QLatin1String("detach")));
        page.action(Ui::VolumesPage::Command::Detach)->trigger();
        auto *box = page.findChild<QMessageBox *>(QStringLiteral("confirmBox"));
        QVERIFY(box);
        QVERIFY(box->informativeText().contains(spec.name));
        QVERIFY(box->informativeText().contains(QLatin1String("Running: ") + m_serverName));
        box->findChild<QPushButton *>(QStringLiteral("confirmButton"))->click();
        QVERIFY2(QTest::qWaitFor([&]() { return status() == QLatin1String("available"); }, 120000), qPrintable(status()));

        selectOurs();
        QTRY_VERIFY(del->isEnabled());
        del->trigger();
        box = page.findChild<QMessageBox *>(QStringLiteral("confirmBox"));
        QVERIFY(box);
        QVERIFY(box->informativeText().contains(spec.name));
        QSignalSpy gone(page.controller(), &Models::VolumeListController::volumeGone);
        box->findChild<QPushButton *>(QStringLiteral("confirmButton"))->click();
        QVERIFY(QTest::qWaitFor([&]() { return !gone.isEmpty(); }, 120000));
        QVERIFY(page.lastMessage().contains(QLatin1String("deleted")));
        m_volumeId.clear();
    }

    void exportMatchesTheOpenstackCli()
    {
        const auto ours = m_cloud.stackdeck({QStringLiteral("--os-cloud"), QStringLiteral("stackdeck-local"), QStringLiteral("export"),
                                             QStringLiteral("volumes"), QStringLiteral("--all-projects"),
                                             QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(ours.exitCode == 0, ours.err.constData());
        const auto cli = m_cloud.openstack({QStringLiteral("--os-cloud"), QStringLiteral("stackdeck-local"), QStringLiteral("volume"),
                                            QStringLiteral("list"), QStringLiteral("--long"), QStringLiteral("--all-projects"),
                                            QStringLiteral("-f"), QStringLiteral("json")});
        QVERIFY2(cli.exitCode == 0, cli.err.constData());
        QHash<QString, QJsonObject> byId;
        const QJsonArray mine = QJsonDocument::fromJson(ours.out).array();
        for (const QJsonValue &v : mine)
            byId.insert(v.toObject().value(QStringLiteral("id")).toString(), v.toObject());
        const QJsonArray theirs = QJsonDocument::fromJson(cli.out).array();
        QVERIFY(!theirs.isEmpty());
        // Other tests may create or delete volumes between the two listings: compare every volume
        // both saw, and require the seeded ones (the talk's hadoop01..03 and cluster volumes) in both.
        int compared = 0;
        int seeded = 0;
        for (const QJsonValue &value : theirs) {
            const QJsonObject o = value.toObject();
            const QString id = o.value(QStringLiteral("ID")).toString();
            const QString name = o.value(QStringLiteral("Name")).toString();
            const bool isSeeded = name.startsWith(QLatin1String("hadoop0")) || name.startsWith(QLatin1String("volume_cluster11-"));
            seeded += isSeeded ? 1 : 0;
            if (!byId.contains(id)) {
                QVERIFY2(!isSeeded, qPrintable(name));
                continue;
            }
            const QJsonObject m = byId.value(id);
            if (Volume::isTransitionalStatus(m.value(QStringLiteral("status")).toString())
                || Volume::isTransitionalStatus(o.value(QStringLiteral("Status")).toString()))
                continue;
            ++compared;
            QCOMPARE(m.value(QStringLiteral("name")).toString(), o.value(QStringLiteral("Name")).toString());
            QCOMPARE(m.value(QStringLiteral("status")).toString(), o.value(QStringLiteral("Status")).toString());
            QCOMPARE(m.value(QStringLiteral("size")).toInt(), o.value(QStringLiteral("Size")).toInt());
            QCOMPARE(m.value(QStringLiteral("volume_type")).toString(), o.value(QStringLiteral("Type")).toString());
            QCOMPARE(m.value(QStringLiteral("bootable")).toBool() ? QStringLiteral("true") : QStringLiteral("false"),
                     o.value(QStringLiteral("Bootable")).toString());
            QStringList a;
            QStringList b;
            for (const QJsonValue &x : m.value(QStringLiteral("attached_to")).toArray())
                a << x[QStringLiteral("server_id")].toString() + QLatin1Char(' ') + x[QStringLiteral("device")].toString();
            for (const QJsonValue &x : o.value(QStringLiteral("Attached to")).toArray())
                b << x[QStringLiteral("server_id")].toString() + QLatin1Char(' ') + x[QStringLiteral("device")].toString();
            a.sort();
            b.sort();
            QCOMPARE(a, b);
            QCOMPARE(m.value(QStringLiteral("properties")).toObject(), o.value(QStringLiteral("Properties")).toObject());
        }
        QVERIFY(seeded >= 5);
        QVERIFY(compared >= seeded);
        qInfo("export volumes: stackdeck %lld ms, openstack volume list --long %lld ms (%d volumes compared)",
              ours.elapsedMs, cli.elapsedMs, compared);
    }
};

QTEST_MAIN(TestVolumesFunctional)
#include "tst_volumes_functional.moc"
