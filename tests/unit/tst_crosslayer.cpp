// SPDX-License-Identifier: GPL-3.0-or-later
// The pure cross-layer join: what it links and what it reports as disagreeing.
#include "reconcile/crosslayer.h"

#include <QTest>

using namespace Reconcile;

class TestCrossLayer : public QObject
{
    Q_OBJECT

    const QString vol1 = QStringLiteral("7d2e3f40-5b6c-4d7e-9f80-1a2b3c4d5e6f");  // in-use, attached to srv1
    const QString vol2 = QStringLiteral("8e4ae5e0-5f00-4d07-8dc3-f957dd41a6ba");  // available
    const QString vol3 = QStringLiteral("0d15ea5e-0000-4000-8000-00000000dead");  // available, image gone
    const QString srv1 = QStringLiteral("6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f");
    const QString srv2 = QStringLiteral("6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e60");  // no domain on host01
    const QString img1 = QStringLiteral("0b1c2d3e-0000-4000-8000-000000000001");
    const QString stray = QStringLiteral("5d0c1a7e-83b2-4f4e-9c1d-2a6f0b9e7c11");

    Inputs sample() const
    {
        Inputs in;
        in.haveVolumes = in.haveImages = in.haveServers = true;
        in.volumes = {{vol1, QStringLiteral("hadoop01"), QStringLiteral("in-use"), 800, {}, {{srv1, QStringLiteral("/dev/vdd")}}},
                      {vol2, QStringLiteral("volume_cluster11"), QStringLiteral("available"), 10, {}, {}},
                      {vol3, QStringLiteral("lost"), QStringLiteral("available"), 1, {}, {}}};
        in.images = {{img1, QStringLiteral("sahara-kilo"), QStringLiteral("active"), {}}};
        in.servers = {{srv1, QStringLiteral("hadoop1"), QStringLiteral("ACTIVE"), QStringLiteral("host01"), QStringLiteral("instance-0000000a"), img1},
                      {srv2, QStringLiteral("hadoop2"), QStringLiteral("ACTIVE"), QStringLiteral("host01"), QStringLiteral("instance-0000000b"), img1}};
        in.rbdPools = {QStringLiteral("volumes"), QStringLiteral("images"), QStringLiteral("vms"), QStringLiteral("docker")};
        in.rbdImages = {{QStringLiteral("volumes"), QStringLiteral("volume-") + vol1, 800LL << 30, 0, true, {}},
                        {QStringLiteral("volumes"), QStringLiteral("volume-") + vol2, 10LL << 30, 0, true, {}},
                        {QStringLiteral("images"), img1, 2LL << 30, 0, true, {}},
                        {QStringLiteral("vms"), srv1 + QStringLiteral("_disk"), 80LL << 30, 1, true, {}},
                        {QStringLiteral("vms"), srv2 + QStringLiteral("_disk"), 80LL << 30, 1, true, {}},
                        {QStringLiteral("docker"), QStringLiteral("foo"), 5LL << 30, 1, true, {}}};
        DomainRef d1{QStringLiteral("host01"), srv1, QStringLiteral("instance-0000000a"), QStringLiteral("running"), true,
                     {{QStringLiteral("vms"), srv1 + QStringLiteral("_disk"), QStringLiteral("vda"), {}},
                      {QStringLiteral("volumes"), QStringLiteral("volume-") + vol1, QStringLiteral("vdd"), vol1}}};
        DomainRef d2{QStringLiteral("host01"), stray, QStringLiteral("instance-000000c8"), QStringLiteral("running"), true, {}};
        in.domains = {d1, d2};
        in.connectedHosts = {QStringLiteral("host01")};
        return in;
    }

    static const CrossLayerRow *row(const QVector<CrossLayerRow> &rows, const QString &id)
    {
        for (const CrossLayerRow &r : rows) {
            if (r.id == id)
                return &r;
        }
        return nullptr;
    }

private slots:
    void volumeChainIsLinked()
    {
        const auto rows = reconcile(sample());
        const CrossLayerRow *r = row(rows, QStringLiteral("volume:") + vol1);
        QVERIFY(r);
        QCOMPARE(r->rbdImage, QStringLiteral("volumes/volume-") + vol1);
        QCOMPARE(r->domain, QStringLiteral("instance-0000000a"));
        QCOMPARE(r->diskTarget, QStringLiteral("vdd"));
        QCOMPARE(r->instanceName, QStringLiteral("hadoop1"));
        QCOMPARE(r->host, QStringLiteral("host01"));
        // Cinder says in-use, nobody watches the image.
        QCOMPARE(r->problemKeys(), QStringList{QStringLiteral("in-use-no-watcher")});
    }

    void missingImageAndOrphans()
    {
        const auto rows = reconcile(sample());
        QCOMPARE(row(rows, QStringLiteral("volume:") + vol3)->problemKeys(), QStringList{QStringLiteral("image-missing")});
        QVERIFY(!row(rows, QStringLiteral("volume:") + vol2)->hasProblem());
        const CrossLayerRow *orphan = row(rows, QStringLiteral("rbd:docker/foo"));
        QVERIFY(orphan);
        QCOMPARE(orphan->rbdSizeBytes, 5LL << 30);
        QCOMPARE(orphan->problemKeys(), QStringList{QStringLiteral("orphan")});
        int orphans = 0;
        for (const CrossLayerRow &r : rows)
            orphans += r.kind == CrossLayerRow::Kind::Orphan;
        QCOMPARE(orphans, 1);
    }

    void domainsAndInstances()
    {
        const auto rows = reconcile(sample());
        QCOMPARE(row(rows, QStringLiteral("server:") + srv2)->problemKeys(), QStringList{QStringLiteral("domain-missing")});
        QVERIFY(!row(rows, QStringLiteral("server:") + srv1)->hasProblem());
        QCOMPARE(row(rows, QStringLiteral("server:") + srv1)->diskTarget, QStringLiteral("vda"));
        const CrossLayerRow *unknown = row(rows, QStringLiteral("domain:host01/") + stray);
        QVERIFY(unknown);
        QCOMPARE(unknown->problemKeys(), QStringList{QStringLiteral("unknown-domain")});
        QVERIFY(row(rows, QStringLiteral("image:") + img1));
    }

    void domainLacksDiskAndStateMismatch()
    {
        Inputs in = sample();
        in.domains[0].disks.removeLast();
        in.domains[0].stateMatchesNova = false;
        const auto rows = reconcile(in);
        QVERIFY(row(rows, QStringLiteral("volume:") + vol1)->problemKeys().contains(QStringLiteral("domain-lacks-disk")));
        QCOMPARE(row(rows, QStringLiteral("server:") + srv1)->problemKeys(), QStringList{QStringLiteral("state-mismatch")});
    }

    void diskUsedByAnotherDomain()
    {
        Inputs in = sample();
        in.domains[1].disks.append({QStringLiteral("volumes"), QStringLiteral("volume-") + vol2, QStringLiteral("vdb"), {}});
        const auto rows = reconcile(in);
        QCOMPARE(row(rows, QStringLiteral("volume:") + vol2)->problemKeys(), QStringList{QStringLiteral("disk-not-attached")});
    }

    // A layer that could not be read never turns its images into orphans or its instances into
    // missing domains.
    void missingLayerSaysLessNotWrong()
    {
        Inputs in = sample();
        in.volumes.clear();
        in.haveVolumes = false;
        in.connectedHosts.clear();
        const auto rows = reconcile(in);
        for (const CrossLayerRow &r : rows) {
            QVERIFY2(!r.rbdImage.startsWith(QLatin1String("volumes/")) || r.kind != CrossLayerRow::Kind::Orphan, qPrintable(r.id));
            QVERIFY(!(r.problems & CrossLayerRow::DomainMissing));
        }
    }

    void namingRules_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("kind");
        QTest::newRow("volume") << QStringLiteral("volume-") + vol1 << QStringLiteral("volume");
        QTest::newRow("backup") << QStringLiteral("volume-") + vol1 + QStringLiteral(".backup.base") << QStringLiteral("volume");
        QTest::newRow("disk") << srv1 + QStringLiteral("_disk") << QStringLiteral("server");
        QTest::newRow("config") << srv1 + QStringLiteral("_disk.config") << QStringLiteral("server");
        QTest::newRow("glance") << img1 << QStringLiteral("image");
        QTest::newRow("docker") << QStringLiteral("foo") << QString();
    }
    void namingRules()
    {
        QFETCH(QString, name);
        QFETCH(QString, kind);
        QCOMPARE(ownerOfRbdName(name).first, kind);
    }
};

QTEST_GUILESS_MAIN(TestCrossLayer)
#include "tst_crosslayer.moc"
