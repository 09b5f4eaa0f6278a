// SPDX-License-Identifier: GPL-3.0-or-later
// The Volumes tab's RBD pane, offscreen, reading the local cloud's real Ceph (its clouds.yaml names
// ceph.conf and keyring): an image made here stands for a volume's `volume-<uuid>`, and the pane
// shows its size, features, snapshots and watchers — a real watcher is held by `rbd watch` — and
// flags where Cinder's word disagrees (in use but nobody has it open, available but watched, the
// image missing, another size). Without a configured connection, and with a Ceph that cannot be
// reached, it says so in words. Every Ceph wait is bounded; the image is removed at the end.
#include "ceph/cluster.h"
#include "core/format.h"
#include "jobwait.h"
#include "localcloudconfig.h"
#include "testcloud.h"
#include "ui/volumes/rbdbackingpane.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QListWidget>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>
#include <QUuid>

using OpenStack::BlockStorage::Volume;
using OpenStack::BlockStorage::VolumeAttachment;

namespace {
constexpr int kCephWaitMs = 30000;
constexpr qint64 kGiB = qint64(1024) * 1024 * 1024;
} // namespace

class TestVolumeRbdPane : public QObject
{
    Q_OBJECT

    TestSupport::TestCloud m_cloud;
    Ceph::ClusterSettings m_settings;
    std::unique_ptr<Ceph::Cluster> m_cluster;
    QString m_uuid;
    bool m_created = false;

    QString spec() const { return QStringLiteral("volumes/volume-") + m_uuid; }

    Core::Error apply(const Ceph::ImageOp &op)
    {
        return TestSupport::waitForCallback([&](auto callback) { m_cluster->apply(op, this, callback); }, kCephWaitMs,
                                            op.describe());
    }

    Volume volume(const QString &status, qint64 sizeGb = 1) const
    {
        Volume v;
        v.id = m_uuid;
        v.name = QStringLiteral("sd-pane-test");
        v.status = status;
        v.sizeGb = sizeGb;
        v.host = QStringLiteral("localcloud@ceph#ceph");
        if (status == QLatin1String("in-use"))
            v.attachments = {VolumeAttachment{QStringLiteral("a1"), QStringLiteral("s1"), {}, QStringLiteral("/dev/vdb"), {}}};
        return v;
    }

    // Shows `v` and waits (bounded) until the pane has Ceph's answer for it.
    bool showAndWait(Ui::RbdBackingPane &pane, const Volume &v, const QString &imageSpec)
    {
        pane.showVolume(v, imageSpec);
        return QTest::qWaitFor([&]() { return !pane.isReading(); }, kCephWaitMs);
    }

    static QStringList codes(const Ui::RbdBackingPane &pane)
    {
        QStringList out;
        for (const auto &f : pane.backing().findings)
            out << f.code;
        return out;
    }

    static QString text(const Ui::RbdBackingPane &pane, const char *name)
    {
        auto *l = pane.findChild<QLabel *>(QLatin1String(name));
        return l ? l->text() : QStringLiteral("<no %1>").arg(QLatin1String(name));
    }

private slots:
    void initTestCase()
    {
        STACKDECK_REQUIRE_LOCAL_CLOUD(m_cloud);
        QString why;
        const auto config = TestSupport::localCloudConfig(m_cloud, QStringLiteral("stackdeck-local"), &why);
        QVERIFY2(config, qPrintable(why));
        m_settings = Ceph::ClusterSettings::fromStackdeckConfig(config->stackdeck);
        QVERIFY2(!m_settings.confFile.isEmpty(), "the local cloud's clouds.yaml names no ceph_conf");
        m_cluster.reset(Ceph::Cluster::create(m_settings));

        // A stand-in for a Cinder volume's image: the same name shape, in the same pool.
        m_uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        Ceph::ImageOp create;
        create.kind = Ceph::ImageOp::Kind::Create;
        create.pool = QStringLiteral("volumes");
        create.image = QStringLiteral("volume-") + m_uuid;
        create.sizeBytes = kGiB;
        Core::Error ce = apply(create);
        QVERIFY2(!ce, qPrintable(ce.toString()));
        m_created = true;
        Ceph::ImageOp snap = create;
        snap.kind = Ceph::ImageOp::Kind::SnapCreate;
        snap.snapshot = QStringLiteral("snapshot-pane-test");
        ce = apply(snap);
        QVERIFY2(!ce, qPrintable(ce.toString()));
    }

    void cleanupTestCase()
    {
        if (!m_created)
            return;
        Ceph::ImageOp op;
        op.pool = QStringLiteral("volumes");
        op.image = QStringLiteral("volume-") + m_uuid;
        op.kind = Ceph::ImageOp::Kind::SnapRemove;
        op.snapshot = QStringLiteral("snapshot-pane-test");
        (void)apply(op);
        op.kind = Ceph::ImageOp::Kind::Remove;
        const Core::Error e = apply(op);
        QVERIFY2(!e, qPrintable(e.toString()));
    }

    void withoutAConnectionItSaysSo()
    {
        Ui::RbdBackingPane pane;
        pane.show();
        pane.showVolume(volume(QStringLiteral("available")), spec());
        QVERIFY(text(pane, "rbdStateLabel").contains(QLatin1String("No Ceph connection is configured")));
        QVERIFY(!pane.isReading());
        QVERIFY(!pane.findChild<QToolButton *>(QStringLiteral("rbdRefreshButton"))->isEnabled());
    }

    void aVolumeOnAnotherBackendHasNoImage()
    {
        Ui::RbdBackingPane pane;
        pane.setCluster(m_cluster.get());
        Volume v = volume(QStringLiteral("available"));
        v.host = QStringLiteral("localcloud@fake#fake");
        pane.showVolume(v, {});
        QVERIFY2(text(pane, "rbdStateLabel").contains(QLatin1String("not RBD")), qPrintable(text(pane, "rbdStateLabel")));
        QVERIFY(!pane.isReading());
    }

    void availableVolumeAgreesWithCeph()
    {
        Ui::RbdBackingPane pane;
        pane.show();
        pane.setCluster(m_cluster.get());
        QVERIFY(showAndWait(pane, volume(QStringLiteral("available")), spec()));
        QVERIFY2(!pane.backing().error, qPrintable(pane.backing().error.toString()));
        QVERIFY(pane.backing().imageFound);
        QCOMPARE(codes(pane), QStringList{QStringLiteral("agree")});
        QCOMPARE(text(pane, "rbdImageTitle"), QStringLiteral("RBD image ") + spec());
        QCOMPARE(text(pane, "rbdSizeValue"), Core::formatBytes(kGiB));
        QVERIFY2(text(pane, "rbdFeaturesValue").contains(QLatin1String("layering")), qPrintable(text(pane, "rbdFeaturesValue")));
        QCOMPARE(text(pane, "rbdParentValue"), QStringLiteral("none"));
        QCOMPARE(text(pane, "rbdWatchersValue"), QStringLiteral("nobody has it open"));
        // Used space only where fast-diff makes it cheap: either measured or said to be not measured.
        const QString used = text(pane, "rbdUsedValue");
        QVERIFY2(used.contains(QLatin1String("of provisioned")) || used.contains(QLatin1String("not measured")), qPrintable(used));
        auto *snaps = pane.findChild<QTableWidget *>(QStringLiteral("rbdSnapshotsTable"));
        QCOMPARE(snaps->rowCount(), 1);
        QCOMPARE(snaps->item(0, 0)->text(), QStringLiteral("snapshot-pane-test"));
        QCOMPARE(snaps->item(0, 1)->text(), Core::formatBytes(kGiB));
    }

    void inUseWithoutWatcherIsFlagged()
    {
        Ui::RbdBackingPane pane;
        pane.show();
        pane.setCluster(m_cluster.get());
        QVERIFY(showAndWait(pane, volume(QStringLiteral("in-use")), spec()));
        QCOMPARE(codes(pane), QStringList{QStringLiteral("in-use-no-watcher")});
        QVERIFY(pane.backing().hasProblems());
        QVERIFY(text(pane, "rbdFindingsLabel").contains(QLatin1String("nobody has its RBD image open")));
    }

    void watchersAreShownLive()
    {
        // `rbd watch` holds a real watch on the image, as a running instance's librbd would.
        QProcess watch;
        watch.start(QStringLiteral("rbd"), {QStringLiteral("-c"), m_settings.confFile, QStringLiteral("--keyring"),
                                           m_settings.keyringFile, QStringLiteral("--id"), m_settings.clientName,
                                           QStringLiteral("watch"), spec()});
        QVERIFY2(watch.waitForStarted(10000), "cannot start rbd watch");
        auto stop = qScopeGuard([&]() {
            watch.terminate();
            if (!watch.waitForFinished(5000))
                watch.kill();
            watch.waitForFinished(5000);
        });
        Ui::RbdBackingPane pane;
        pane.show();
        pane.setIntervalMs(300); // the pane's own re-reading picks the watcher up
        pane.setCluster(m_cluster.get());
        QVERIFY(showAndWait(pane, volume(QStringLiteral("in-use")), spec()));
        QVERIFY2(QTest::qWaitFor([&]() { return pane.backing().details.watchers.size() == 1; }, kCephWaitMs),
                 qPrintable(text(pane, "rbdWatchersValue")));
        QTRY_COMPARE_WITH_TIMEOUT(codes(pane), QStringList{QStringLiteral("agree")}, kCephWaitMs);
        QCOMPARE(pane.findChild<QListWidget *>(QStringLiteral("rbdWatchersList"))->count(), 1);
        QVERIFY(pane.findChild<QListWidget *>(QStringLiteral("rbdWatchersList"))->item(0)->text().startsWith(QLatin1String("client.")));

        // Cinder says available, yet somebody has the image open.
        QVERIFY(showAndWait(pane, volume(QStringLiteral("available")), spec()));
        QTRY_COMPARE_WITH_TIMEOUT(codes(pane), QStringList{QStringLiteral("available-but-watched")}, kCephWaitMs);

        // The watcher goes away (`rbd watch` unwatches when it reads a line; killed, its watch would
        // linger until the OSD's watch timeout): the next reading by itself shows it.
        stop.dismiss();
        watch.write("\n");
        watch.closeWriteChannel();
        QVERIFY(watch.waitForFinished(10000));
        QTRY_COMPARE_WITH_TIMEOUT(codes(pane), QStringList{QStringLiteral("agree")}, kCephWaitMs);
        QCOMPARE(text(pane, "rbdWatchersValue"), QStringLiteral("nobody has it open"));
    }

    void aMissingImageIsAnError()
    {
        Ui::RbdBackingPane pane;
        pane.show();
        pane.setCluster(m_cluster.get());
        Volume v = volume(QStringLiteral("available"));
        v.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QVERIFY(showAndWait(pane, v, QStringLiteral("volumes/volume-") + v.id));
        QVERIFY2(!pane.backing().error, qPrintable(pane.backing().error.toString()));
        QCOMPARE(codes(pane), QStringList{QStringLiteral("image-missing")});
        QVERIFY(text(pane, "rbdFindingsLabel").contains(QLatin1String("has no RBD image")));
    }

    void anotherSizeIsFlagged()
    {
        Ui::RbdBackingPane pane;
        pane.show();
        pane.setCluster(m_cluster.get());
        QVERIFY(showAndWait(pane, volume(QStringLiteral("available"), 2), spec()));
        QCOMPARE(codes(pane), QStringList{QStringLiteral("size-differs")});
    }

    void anUnreachableCephIsSaidInWords()
    {
        Ceph::ClusterSettings bad = m_settings;
        bad.confFile = m_cloud.stateDir + QStringLiteral("/ceph/no-such-ceph.conf");
        std::unique_ptr<Ceph::Cluster> cluster(Ceph::Cluster::create(bad));
        Ui::RbdBackingPane pane;
        pane.show();
        pane.setCluster(cluster.get());
        QElapsedTimer t;
        t.start();
        QVERIFY(showAndWait(pane, volume(QStringLiteral("available")), spec()));
        QVERIFY(pane.backing().error);
        const QString state = text(pane, "rbdStateLabel");
        QVERIFY2(state.startsWith(QLatin1String("Could not read")) && state.contains(QLatin1String("no-such-ceph.conf")),
                 qPrintable(state));
        QVERIFY(pane.backing().findings.isEmpty()); // no verdict about the image without Ceph's answer
        QVERIFY(t.elapsed() < kCephWaitMs);
    }

    void theClusterGoingAwayIsNoticed()
    {
        auto cluster = std::unique_ptr<Ceph::Cluster>(Ceph::Cluster::create(m_settings));
        Ui::RbdBackingPane pane;
        pane.show();
        pane.setCluster(cluster.get());
        QVERIFY(showAndWait(pane, volume(QStringLiteral("available")), spec()));
        QVERIFY(pane.backing().imageFound);
        cluster.reset(); // the Ceph tab switched clouds: its cluster is gone
        QVERIFY(!pane.cluster());
        pane.reload();
        QVERIFY(text(pane, "rbdStateLabel").contains(QLatin1String("No Ceph connection is configured")));
    }
};

QTEST_MAIN(TestVolumeRbdPane)
#include "tst_volumerbdpane_functional.moc"
