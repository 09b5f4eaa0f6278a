// SPDX-License-Identifier: GPL-3.0-or-later
// The Ceph tab's models under QAbstractItemModelTester: pools from the monitor's recorded JSON
// (captured from the local cloud's Ceph), RBD images from a fake Cluster, domains from libvirt's
// test driver with the project's XML, and the cross-layer rows.
#include "ceph/cluster.h"
#include "libvirt/connection.h"
#include "models/ceph/crosslayermodel.h"
#include "models/ceph/domainlistmodel.h"
#include "models/ceph/poollistmodel.h"
#include "models/ceph/rbdimagemodel.h"
#include "models/exporter.h"
#include "models/roles.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

namespace {

QJsonDocument recorded(const QString &name)
{
    QFile f(qEnvironmentVariable("STACKDECK_SOURCE_DIR") + QStringLiteral("/tests/support/ceph/") + name);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll());
}

// A Cluster that answers from memory, to drive the models without a Ceph.
class FakeCluster : public Ceph::Cluster
{
public:
    using Cluster::Cluster;
    QVector<Ceph::Pool> poolList;
    QHash<QString, QVector<Ceph::RbdImage>> imagesByPool;
    Core::Error failure;

    Ceph::ClusterSettings settings() const override { return {}; }
    State state() const override { return State::Connected; }
    Core::Error lastError() const override { return failure; }
    void status(QObject *, StatusCallback done) override { done({}, failure); }
    void pools(QObject *, PoolsCallback done) override { done(poolList, failure); }
    void images(const QString &pool, const Ceph::ListOptions &, QObject *, ImagesCallback done) override
    {
        done(imagesByPool.value(pool), failure);
    }
    void imageDetails(const QString &, const QString &, QObject *, DetailsCallback done) override { done({}, failure); }
    void trash(const QString &, QObject *, TrashCallback done) override { done({}, failure); }
    void apply(const Ceph::ImageOp &, QObject *, DoneCallback done) override { done(failure); }
};

Ceph::RbdImage image(const QString &pool, const QString &name, qint64 size)
{
    Ceph::RbdImage i;
    i.pool = pool;
    i.name = name;
    i.id = pool + QLatin1Char('/') + name;
    i.sizeBytes = size;
    i.features = 1 | 4 | 8 | 16 | 32;
    return i;
}

} // namespace

class TestCephModels : public QObject
{
    Q_OBJECT
private slots:
    void poolsFromRecordedMonitorAnswers()
    {
        const QJsonDocument detail = recorded(QStringLiteral("osd-pool-ls-detail.json"));
        const QJsonDocument df = recorded(QStringLiteral("df-detail.json"));
        QVERIFY(detail.isArray() && df.isObject());
        Core::Error e;
        const QVector<Ceph::Pool> pools = Ceph::parsePools(detail.array(), df.object(), &e);
        QVERIFY(!e);
        FakeCluster cluster;
        cluster.poolList = pools;
        Models::PoolListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &Models::PoolListModel::loaded);
        model.reload(&cluster);
        QCOMPARE(loaded.size(), 1);
        const int row = model.rowOf(QStringLiteral("volumes"));
        QVERIFY(row >= 0);
        QCOMPARE(model.index(row, Models::PoolListModel::ApplicationsColumn).data().toString(), QStringLiteral("rbd"));
        QCOMPARE(model.index(row, Models::PoolListModel::PgsColumn).data(Models::ExportRole).toInt(), 8);
        QVERIFY(model.index(row, Models::PoolListModel::MaxAvailColumn).data(Models::ExportRole).toLongLong() > 0);
        qint64 stored = -1;
        for (const QJsonValue &v : df.object().value(QLatin1String("pools")).toArray()) {
            if (v.toObject().value(QLatin1String("name")).toString() == QLatin1String("volumes"))
                stored = qint64(v.toObject().value(QLatin1String("stats")).toObject().value(QLatin1String("stored")).toDouble());
        }
        QCOMPARE(model.index(row, Models::PoolListModel::StoredColumn).data(Models::ExportRole).toLongLong(), stored);
        QCOMPARE(model.headerData(Models::PoolListModel::StoredColumn, Qt::Horizontal, Models::ColumnKeyRole).toString(),
                 QStringLiteral("stored_bytes"));

        // Refresh in place: same rows, no reset.
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        model.reload(&cluster);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(removed.size(), 0);
    }

    void malformedMonitorAnswerIsAnError()
    {
        Core::Error e;
        Ceph::parseHealthAndDf(QJsonObject{}, QJsonObject{}, &e);
        QCOMPARE(e.kind, Core::Error::Kind::BadResponse);
        e = {};
        Ceph::parsePools(QJsonArray{QJsonObject{{QStringLiteral("pool_id"), 3}}}, {}, &e);
        QCOMPARE(e.kind, Core::Error::Kind::BadResponse);
        const QJsonDocument health = recorded(QStringLiteral("health-detail-warn.json"));
        e = {};
        const Ceph::ClusterStatus s = Ceph::parseHealthAndDf(health.object(), recorded(QStringLiteral("df-detail.json")).object(), &e);
        QVERIFY(!e);
        QCOMPARE(s.health, QStringLiteral("HEALTH_WARN"));
        QVERIFY(!s.checks.isEmpty());
        QVERIFY(!s.checks.constFirst().summary.isEmpty());
        QVERIFY(s.totalBytes > 0);
    }

    void imagesAcrossPoolsAndExport()
    {
        FakeCluster cluster;
        cluster.imagesByPool.insert(QStringLiteral("volumes"), {image(QStringLiteral("volumes"), QStringLiteral("volume-a"), 10LL << 30)});
        cluster.imagesByPool.insert(QStringLiteral("docker"), {image(QStringLiteral("docker"), QStringLiteral("foo"), 5LL << 30),
                                                               image(QStringLiteral("docker"), QStringLiteral("bar"), 1LL << 30)});
        Models::RbdImageModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &Models::RbdImageModel::loaded);
        model.reload(&cluster, {QStringLiteral("volumes"), QStringLiteral("docker")});
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(model.rowCount(), 3);
        const int row = model.rowOf(QStringLiteral("docker/foo"));
        QCOMPARE(model.index(row, Models::RbdImageModel::SizeColumn).data(Models::ExportRole).toLongLong(), 5LL << 30);
        QVERIFY(model.index(row, Models::RbdImageModel::FeaturesColumn).data().toString().contains(QLatin1String("fast-diff")));
        const QJsonArray json = QJsonDocument::fromJson(Models::Exporter::toJson(model)).array();
        QCOMPARE(json.size(), 3);
        QVERIFY(json.at(0).toObject().contains(QLatin1String("image")));
        QVERIFY(json.at(0).toObject().contains(QLatin1String("size")));

        // A failing cluster keeps the rows and says why.
        cluster.failure = Core::Error::make(Core::Error::Kind::Timeout, QStringLiteral("Connection timed out"));
        cluster.imagesByPool.clear();
        model.reload(&cluster, {QStringLiteral("volumes")});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.lastError().kind, Core::Error::Kind::Timeout);
    }

    void domainsFromTheTestDriver()
    {
        Libvirt::Connection host01(QStringLiteral("host01"), QStringLiteral("test://") + qEnvironmentVariable("STACKDECK_SOURCE_DIR")
                                                                  + QStringLiteral("/tests/support/libvirt/host01.xml"));
        Libvirt::Connection broken(QStringLiteral("host02"), QStringLiteral("test:///nonexistent.xml"));
        Models::DomainListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &Models::DomainListModel::loaded);
        model.reload({&host01, &broken});
        QVERIFY(loaded.wait(20000));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.connectedHosts(), QStringList{QStringLiteral("host01")});
        QVERIFY(model.hostErrors().contains(QStringLiteral("host02")));
        const int row = model.rowOf(QStringLiteral("host01/6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f"));
        QVERIFY(row >= 0);
        QCOMPARE(model.index(row, Models::DomainListModel::NovaNameColumn).data().toString(), QStringLiteral("hadoop1"));
        QVERIFY(model.index(row, Models::DomainListModel::DisksColumn).data().toString().contains(QLatin1String("vdd=volumes/volume-")));
    }

    void crossLayerFilters()
    {
        Reconcile::Inputs in;
        in.haveVolumes = in.haveImages = in.haveServers = true;
        in.rbdPools = {QStringLiteral("volumes")};
        in.volumes = {{QStringLiteral("7d2e3f40-5b6c-4d7e-9f80-1a2b3c4d5e6f"), QStringLiteral("v"), QStringLiteral("available"), 1, {}, {}}};
        in.rbdImages = {{QStringLiteral("volumes"), QStringLiteral("volume-7d2e3f40-5b6c-4d7e-9f80-1a2b3c4d5e6f"), 1LL << 30, 0, true, {}},
                        {QStringLiteral("volumes"), QStringLiteral("leftover"), 2LL << 30, 0, true, {}}};
        Models::CrossLayerModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows(Reconcile::reconcile(in));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.problemCount(), 1);
        model.setOrphansOnly(true);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, Models::CrossLayerModel::ProblemsColumn).data(Models::ExportRole).toStringList(),
                 QStringList{QStringLiteral("orphan")});
        QCOMPARE(model.index(0, Models::CrossLayerModel::SizeColumn).data(Models::ExportRole).toLongLong(), 2LL << 30);
        model.setOrphansOnly(false);
        model.setProblemsOnly(true);
        QCOMPARE(model.rowCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCephModels)
#include "tst_cephmodels.moc"
