// SPDX-License-Identifier: GPL-3.0-or-later
// Ceph::Cluster against the local cloud's real single-node Ceph (tests/cloud/localcloud up).
#include "ceph/cluster.h"
#include "jobwait.h"
#include "localcloudconfig.h"
#include "testcloud.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using Ceph::Cluster;
using Ceph::ImageOp;

class TestCephFunctional : public QObject
{
    Q_OBJECT

    TestSupport::TestCloud m_cloud;
    Ceph::ClusterSettings m_settings;
    Cluster *m_cluster = nullptr;
    QString m_prefix;
    const QString m_pool = QStringLiteral("backups");

    template<typename Fn>
    Core::Error wait(Fn start, int timeoutMs = 60000)
    {
        return TestSupport::waitForCallback(start, timeoutMs, QStringLiteral("ceph"));
    }

    Core::Error apply(const ImageOp &op)
    {
        return wait([&](auto cb) { m_cluster->apply(op, this, cb); });
    }

    QVector<Ceph::RbdImage> list(const QString &pool, Core::Error *error, Cluster *cluster = nullptr)
    {
        QVector<Ceph::RbdImage> out;
        *error = wait([&](auto cb) {
            (cluster ? cluster : m_cluster)->images(pool, {}, this, [&out, cb](const QVector<Ceph::RbdImage> &images, const Core::Error &e) {
                out = images;
                cb(e);
            });
        });
        return out;
    }

    Ceph::ImageDetails details(const QString &image, Core::Error *error)
    {
        Ceph::ImageDetails out;
        *error = wait([&](auto cb) {
            m_cluster->imageDetails(m_pool, image, this, [&out, cb](const Ceph::ImageDetails &d, const Core::Error &e) {
                out = d;
                cb(e);
            });
        });
        return out;
    }

    static ImageOp op(ImageOp::Kind kind, const QString &pool, const QString &image, const QString &snapshot = {})
    {
        ImageOp o;
        o.kind = kind;
        o.pool = pool;
        o.image = image;
        o.snapshot = snapshot;
        return o;
    }

private slots:
    void initTestCase()
    {
        STACKDECK_REQUIRE_LOCAL_CLOUD(m_cloud);
        QString why;
        const auto config = TestSupport::localCloudConfig(m_cloud, QStringLiteral("stackdeck-local"), &why);
        QVERIFY2(config, qPrintable(why));
        m_settings = Ceph::ClusterSettings::fromStackdeckConfig(config->stackdeck);
        QVERIFY(!m_settings.confFile.isEmpty());
        m_cluster = Cluster::create(m_settings, this);
        m_prefix = QStringLiteral("sdtest-%1").arg(QRandomGenerator::global()->generate() % 1000000);
    }

    void cleanupTestCase()
    {
        if (!m_cluster)
            return;
        // Whatever a failed test left behind, by name.
        Core::Error e;
        const QVector<Ceph::RbdImage> images = list(m_pool, &e);
        for (const Ceph::RbdImage &img : images) {
            if (!img.name.startsWith(m_prefix))
                continue;
            Core::Error d;
            const Ceph::ImageDetails det = details(img.name, &d);
            for (const Ceph::RbdSnapshot &s : det.snapshots) {
                if (s.isProtected)
                    apply(op(ImageOp::Kind::SnapUnprotect, m_pool, img.name, s.name));
                apply(op(ImageOp::Kind::SnapRemove, m_pool, img.name, s.name));
            }
            apply(op(ImageOp::Kind::Remove, m_pool, img.name));
        }
    }

    void healthAndCapacity()
    {
        Ceph::ClusterStatus status;
        const Core::Error e = wait([&](auto cb) {
            m_cluster->status(this, [&status, cb](const Ceph::ClusterStatus &s, const Core::Error &err) {
                status = s;
                cb(err);
            });
        });
        QVERIFY2(!e, qPrintable(e.toString()));
        QVERIFY(status.health.startsWith(QLatin1String("HEALTH_")));
        QVERIFY(status.totalBytes > 0);
        QVERIFY(status.usedRawBytes > 0);
        QCOMPARE(status.osds, 1);
        QCOMPARE(m_cluster->state(), Cluster::State::Connected);
    }

    void poolsListedWithUsage()
    {
        QVector<Ceph::Pool> pools;
        const Core::Error e = wait([&](auto cb) {
            m_cluster->pools(this, [&pools, cb](const QVector<Ceph::Pool> &p, const Core::Error &err) {
                pools = p;
                cb(err);
            });
        });
        QVERIFY2(!e, qPrintable(e.toString()));
        const auto volumes = std::find_if(pools.cbegin(), pools.cend(), [](const Ceph::Pool &p) { return p.name == QLatin1String("volumes"); });
        QVERIFY(volumes != pools.cend());
        QVERIFY(volumes->hasRbd());
        QCOMPARE(volumes->size, 1);
        QCOMPARE(volumes->pgNum, 8);
        QVERIFY(volumes->objects > 0); // the seeded Cinder volumes' headers
        QVERIFY(volumes->storedBytes > 0);
        QVERIFY(volumes->maxAvailBytes > 0);
    }

    // What `rbd ls -l --format json` says, image by image (snapshot rows aside).
    void listingMatchesRbdTool()
    {
        for (const QString &pool : {QStringLiteral("volumes"), QStringLiteral("vms")}) {
            const auto run = m_cloud.run(QStringLiteral("rbd"), {QStringLiteral("-c"), m_settings.confFile, QStringLiteral("--id"),
                                                                 m_settings.clientName, QStringLiteral("--keyring"), m_settings.keyringFile,
                                                                 QStringLiteral("ls"), QStringLiteral("-l"), QStringLiteral("--format"),
                                                                 QStringLiteral("json"), pool});
            QCOMPARE(run.exitCode, 0);
            QMap<QString, qint64> expected;
            const QJsonArray rows = QJsonDocument::fromJson(run.out).array();
            for (const QJsonValue &v : rows) {
                const QJsonObject o = v.toObject();
                if (!o.contains(QLatin1String("snapshot")))
                    expected.insert(o.value(QLatin1String("image")).toString(), qint64(o.value(QLatin1String("size")).toDouble()));
            }
            Core::Error e;
            const QVector<Ceph::RbdImage> images = list(pool, &e);
            QVERIFY2(!e, qPrintable(e.toString()));
            QMap<QString, qint64> got;
            for (const Ceph::RbdImage &img : images) {
                QVERIFY2(img.error.isEmpty(), qPrintable(img.error));
                got.insert(img.name, img.sizeBytes);
            }
            QCOMPARE(got, expected);
            QVERIFY(!got.isEmpty());
        }
    }

    void imageLifecycle()
    {
        const QString name = m_prefix + QStringLiteral("-docker");
        const QString clone = m_prefix + QStringLiteral("-clone");
        ImageOp create = op(ImageOp::Kind::Create, m_pool, name);
        create.sizeBytes = 64LL << 20;
        Core::Error e = apply(create);
        QVERIFY2(!e, qPrintable(e.toString()));

        // The name exists: Ceph's own words, and what was being done.
        e = apply(create);
        QVERIFY(e.isError());
        QVERIFY2(e.message.contains(QLatin1String("File exists")), qPrintable(e.message));
        QVERIFY(e.context.contains(name));

        ImageOp grow = op(ImageOp::Kind::Resize, m_pool, name);
        grow.sizeBytes = 128LL << 20;
        QVERIFY(!apply(grow));
        ImageOp shrink = grow;
        shrink.sizeBytes = 32LL << 20;
        e = apply(shrink);
        QCOMPARE(e.kind, Core::Error::Kind::InvalidInput);
        Ceph::ImageDetails d = details(name, &e);
        QVERIFY2(!e, qPrintable(e.toString()));
        QCOMPARE(d.image.sizeBytes, 128LL << 20);
        QVERIFY(d.image.featureNames().contains(QStringLiteral("layering")));

        QVERIFY(!apply(op(ImageOp::Kind::SnapCreate, m_pool, name, QStringLiteral("s1"))));
        QVERIFY(!apply(op(ImageOp::Kind::SnapProtect, m_pool, name, QStringLiteral("s1"))));
        ImageOp cl = op(ImageOp::Kind::Clone, m_pool, name, QStringLiteral("s1"));
        cl.destImage = clone;
        e = apply(cl);
        QVERIFY2(!e, qPrintable(e.toString()));
        Ceph::ImageDetails cd = details(clone, &e);
        QCOMPARE(cd.image.parent, m_pool + QLatin1Char('/') + name + QStringLiteral("@s1"));
        QVERIFY(!apply(op(ImageOp::Kind::Flatten, m_pool, clone)));
        cd = details(clone, &e);
        QVERIFY(cd.image.parent.isEmpty());

        d = details(name, &e);
        QCOMPARE(d.snapshots.size(), 1);
        QVERIFY(d.snapshots.constFirst().isProtected);
        QVERIFY(!apply(op(ImageOp::Kind::SnapUnprotect, m_pool, name, QStringLiteral("s1"))));
        QVERIFY(!apply(op(ImageOp::Kind::SnapRollback, m_pool, name, QStringLiteral("s1"))));
        // An image with snapshots cannot be deleted: said in words.
        e = apply(op(ImageOp::Kind::Remove, m_pool, name));
        QVERIFY(e.isError());
        QVERIFY(!apply(op(ImageOp::Kind::SnapRemove, m_pool, name, QStringLiteral("s1"))));

        // Trash and back.
        QVERIFY(!apply(op(ImageOp::Kind::TrashMove, m_pool, clone)));
        QVector<Ceph::TrashEntry> trash;
        e = wait([&](auto cb) {
            m_cluster->trash(m_pool, this, [&trash, cb](const QVector<Ceph::TrashEntry> &t, const Core::Error &err) {
                trash = t;
                cb(err);
            });
        });
        QVERIFY2(!e, qPrintable(e.toString()));
        const auto entry = std::find_if(trash.cbegin(), trash.cend(), [&](const Ceph::TrashEntry &t) { return t.name == clone; });
        QVERIFY(entry != trash.cend());
        Core::Error le;
        QVector<Ceph::RbdImage> images = list(m_pool, &le);
        QVERIFY(std::none_of(images.cbegin(), images.cend(), [&](const Ceph::RbdImage &i) { return i.name == clone; }));
        ImageOp restore = op(ImageOp::Kind::TrashRestore, m_pool, clone);
        restore.trashId = entry->id;
        QVERIFY(!apply(restore));
        images = list(m_pool, &le);
        QVERIFY(std::any_of(images.cbegin(), images.cend(), [&](const Ceph::RbdImage &i) { return i.name == clone; }));

        QVERIFY(!apply(op(ImageOp::Kind::Remove, m_pool, clone)));
        QVERIFY(!apply(op(ImageOp::Kind::Remove, m_pool, name)));
        images = list(m_pool, &le);
        QVERIFY(std::none_of(images.cbegin(), images.cend(), [&](const Ceph::RbdImage &i) { return i.name.startsWith(m_prefix); }));
    }

    void badInputFailsInWords()
    {
        // A pool that does not exist.
        Core::Error e;
        list(QStringLiteral("no-such-pool"), &e);
        QVERIFY(e.isError());
        QVERIFY2(e.message.contains(QLatin1String("No such file or directory")), qPrintable(e.message));
        QVERIFY(e.context.contains(QLatin1String("no-such-pool")));

        // A pool without the rbd application.
        list(QStringLiteral("device_health_metrics"), &e);
        QVERIFY(e.isError());
        QVERIFY2(e.message.contains(QLatin1String("rbd application")), qPrintable(e.message));

        // A keyring that is not there.
        Ceph::ClusterSettings missing = m_settings;
        missing.keyringFile = m_cloud.stateDir + QStringLiteral("/ceph/no-such.keyring");
        Cluster *c1 = Cluster::create(missing, this);
        list(QStringLiteral("volumes"), &e, c1);
        QVERIFY(e.isError());
        QVERIFY2(e.message.contains(QLatin1String("no-such.keyring")), qPrintable(e.message));
        QVERIFY(e.message.contains(QLatin1String("No such file or directory")));

        // A client the cluster does not know: refused, bounded in time.
        Ceph::ClusterSettings stranger = m_settings;
        stranger.clientName = QStringLiteral("nobody");
        Cluster *c2 = Cluster::create(stranger, this);
        QElapsedTimer t;
        t.start();
        list(QStringLiteral("volumes"), &e, c2);
        QVERIFY(e.isError());
        QVERIFY(t.elapsed() < (stranger.mountTimeoutSecs + 5) * 1000);
        QVERIFY2(e.context.contains(QLatin1String("client.nobody")), qPrintable(e.toString()));
        QCOMPARE(c2->state(), Cluster::State::Failed);
    }
};

QTEST_GUILESS_MAIN(TestCephFunctional)
#include "tst_ceph_functional.moc"
