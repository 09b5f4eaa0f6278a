// SPDX-License-Identifier: GPL-3.0-or-later
// The Volumes tab's models: the talk's row ("hadoop01", 800 GiB, in use, "/dev/vdd on hadoop3"),
// the backing RBD image text, in-place refresh, export values, the drag payload; every model
// under QAbstractItemModelTester.
#include "models/blockstorage/backuplistmodel.h"
#include "models/blockstorage/snapshotlistmodel.h"
#include "models/blockstorage/volumelistmodel.h"
#include "models/exporter.h"
#include "models/tablefilterproxy.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>

using Models::VolumeListModel;
using OpenStack::BlockStorage::Volume;

namespace {
Volume volume(const char *id, const char *name, const char *status, qint64 size, const char *server = nullptr,
              const char *device = nullptr)
{
    Volume v;
    v.id = QString::fromLatin1(id);
    v.name = QString::fromLatin1(name);
    v.status = QString::fromLatin1(status);
    v.sizeGb = size;
    v.volumeType = QStringLiteral("ceph");
    v.availabilityZone = QStringLiteral("nova");
    v.projectId = QStringLiteral("p-formal");
    v.host = QStringLiteral("localcloud@ceph#ceph");
    if (server)
        v.attachments.append({QStringLiteral("att-") + v.id, QString::fromLatin1(server), QStringLiteral("host01"),
                              QString::fromLatin1(device), {}});
    return v;
}
} // namespace

class TestVolumeListModel : public QObject
{
    Q_OBJECT
private slots:
    void talksRow()
    {
        VolumeListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRecords({volume("v1", "hadoop01", "in-use", 800, "s3", "/dev/vdd"),
                          volume("v2", "volume_cluster11-hadoop-1-11-001_1", "available", 10)});
        model.setServerNames({{QStringLiteral("s3"), QStringLiteral("hadoop3")}});
        model.setProjectNames({{QStringLiteral("p-formal"), QStringLiteral("FormalTenant")}});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(VolumeListModel::ColumnCount));
        const auto cell = [&](int row, int column, int role = Qt::DisplayRole) { return model.index(row, column).data(role); };
        QCOMPARE(cell(0, VolumeListModel::NameColumn).toString(), QStringLiteral("hadoop01"));
        QCOMPARE(cell(0, VolumeListModel::SizeColumn).toString(), QStringLiteral("800 GiB"));
        QCOMPARE(cell(0, VolumeListModel::SizeColumn, Models::SortRole).toLongLong(), 800);
        QCOMPARE(cell(0, VolumeListModel::StatusColumn).toString(), QStringLiteral("In-use"));
        QCOMPARE(cell(0, VolumeListModel::StatusColumn, Models::StatusKindRole).toInt(), int(Models::StatusKind::Good));
        QCOMPARE(cell(0, VolumeListModel::AttachedColumn).toString(), QStringLiteral("/dev/vdd on hadoop3"));
        QCOMPARE(cell(0, VolumeListModel::ProjectColumn).toString(), QStringLiteral("FormalTenant"));
        QCOMPARE(cell(0, VolumeListModel::RbdImageColumn).toString(), QStringLiteral("volumes/volume-v1"));
        QCOMPARE(cell(1, VolumeListModel::AttachedColumn).toString(), QString());
        QCOMPARE(cell(1, VolumeListModel::IdColumn, Models::IdRole).toString(), QStringLiteral("v2"));
        QCOMPARE(model.headerData(VolumeListModel::AttachedColumn, Qt::Horizontal, Models::ColumnKeyRole).toString(),
                 QStringLiteral("attached_to"));
    }

    void multiAttachListsEveryServer()
    {
        VolumeListModel model;
        Volume v = volume("v1", "shared", "in-use", 5, "s1", "/dev/vdb");
        v.multiattach = true;
        v.attachments.append({QStringLiteral("att-2"), QStringLiteral("s2"), QStringLiteral("host02"), QStringLiteral("/dev/vdc"), {}});
        model.setRecords({v});
        model.setServerNames({{QStringLiteral("s1"), QStringLiteral("hadoop1")}, {QStringLiteral("s2"), QStringLiteral("hadoop2")}});
        QCOMPARE(model.index(0, VolumeListModel::AttachedColumn).data().toString(),
                 QStringLiteral("/dev/vdb on hadoop1, /dev/vdc on hadoop2"));
    }

    void rbdImageFollowsTheBackend()
    {
        VolumeListModel model;
        Volume onFake = volume("v2", "fast", "available", 1);
        onFake.host = QStringLiteral("localcloud@fake#fake");
        Volume noHost = volume("v3", "visible-to-member", "available", 1);
        noHost.host.clear();
        Volume failed = volume("v4", "never-scheduled", "error", 1);
        failed.host.clear();
        Volume ssd = volume("v5", "ssd", "available", 1);
        ssd.host = QStringLiteral("localcloud@ceph-ssd#ceph-ssd");
        model.setRecords({volume("v1", "a", "available", 1), onFake, noHost, failed, ssd});
        Models::RbdPoolMap map;
        map.backendPools = {{QStringLiteral("ceph"), QStringLiteral("volumes")},
                            {QStringLiteral("fake"), QString()},
                            {QStringLiteral("ceph-ssd"), QStringLiteral("volumes-ssd")}};
        model.setPoolMap(map);
        const auto image = [&](const char *id) {
            return model.index(model.rowOf(QString::fromLatin1(id)), VolumeListModel::RbdImageColumn).data().toString();
        };
        QCOMPARE(image("v1"), QStringLiteral("volumes/volume-v1"));
        QCOMPARE(image("v2"), QString()); // not an RBD backend
        QCOMPARE(image("v3"), QStringLiteral("volumes/volume-v3")); // host hidden: the default pool
        QCOMPARE(image("v4"), QString());
        QCOMPARE(image("v5"), QStringLiteral("volumes-ssd/volume-v5"));
    }

    void refreshIsInPlace()
    {
        VolumeListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRecords({volume("a", "a", "available", 1), volume("b", "b", "available", 2), volume("c", "c", "available", 3)});
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        model.setRecords({volume("a", "a", "available", 1), volume("b", "b", "attaching", 2)});
        QCOMPARE(reset.size(), 0);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.rowOf(QStringLiteral("b")), 1);
        QCOMPARE(model.index(1, VolumeListModel::StatusColumn).data(Models::StatusKindRole).toInt(),
                 int(Models::StatusKind::Busy));
        model.applyVolume(volume("b", "b", "in-use", 2, "s", "/dev/vdb"));
        QCOMPARE(model.index(1, VolumeListModel::AttachedColumn).data().toString(), QStringLiteral("/dev/vdb on s"));
        model.removeVolume(QStringLiteral("a"));
        QCOMPARE(model.rowOf(QStringLiteral("b")), 0);
    }

    void pagesMergeWithoutLosingRows()
    {
        VolumeListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.mergePage({volume("a", "a", "available", 1), volume("b", "b", "available", 2)});
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        // The next page: one row changed, two new (one listed twice, as a page boundary can).
        model.mergePage({volume("b", "b", "in-use", 2, "s", "/dev/vdb"), volume("c", "c", "available", 3),
                         volume("d", "d", "available", 4), volume("c", "c", "available", 3)});
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.rowOf(QStringLiteral("d")), 3);
        QCOMPARE(model.record(1).status, QStringLiteral("in-use"));
    }

    void exportsRawValues()
    {
        VolumeListModel model;
        Volume v = volume("v1", "hadoop01", "in-use", 800, "s3", "/dev/vdd");
        v.bootable = true;
        v.metadata.insert(QStringLiteral("readonly"), QStringLiteral("False"));
        model.setRecords({v});
        model.setServerNames({{QStringLiteral("s3"), QStringLiteral("hadoop3")}});
        const QJsonArray rows = QJsonDocument::fromJson(Models::Exporter::toJson(model)).array();
        QCOMPARE(rows.size(), 1);
        const QJsonObject row = rows.at(0).toObject();
        QCOMPARE(row.value(QStringLiteral("id")).toString(), QStringLiteral("v1"));
        QCOMPARE(row.value(QStringLiteral("size")).toInt(), 800);
        QCOMPARE(row.value(QStringLiteral("status")).toString(), QStringLiteral("in-use"));
        QCOMPARE(row.value(QStringLiteral("bootable")).toBool(), true);
        QCOMPARE(row.value(QStringLiteral("volume_type")).toString(), QStringLiteral("ceph"));
        QCOMPARE(row.value(QStringLiteral("rbd_image")).toString(), QStringLiteral("volumes/volume-v1"));
        const QJsonObject att = row.value(QStringLiteral("attached_to")).toArray().at(0).toObject();
        QCOMPARE(att.value(QStringLiteral("server_id")).toString(), QStringLiteral("s3"));
        QCOMPARE(att.value(QStringLiteral("server_name")).toString(), QStringLiteral("hadoop3"));
        QCOMPARE(att.value(QStringLiteral("device")).toString(), QStringLiteral("/dev/vdd"));
        QCOMPARE(row.value(QStringLiteral("properties")).toObject().value(QStringLiteral("readonly")).toString(),
                 QStringLiteral("False"));
        // CSV flattens the structured cells instead of dropping them.
        const QStringList csv = QString::fromUtf8(Models::Exporter::toCsv(model)).split(QLatin1Char('\n'));
        QVERIFY2(csv.value(1).contains(QLatin1String("device=/dev/vdd")), qPrintable(csv.value(1)));
        QVERIFY(csv.value(1).contains(QLatin1String("server_name=hadoop3")));
        QVERIFY(csv.value(1).contains(QLatin1String("readonly=False")));
    }

    void dragsVolumeIds()
    {
        VolumeListModel model;
        model.setRecords({volume("v1", "hadoop01", "available", 1), volume("v2", "hadoop02", "available", 1)});
        QVERIFY(model.flags(model.index(0, 0)) & Qt::ItemIsDragEnabled);
        QCOMPARE(model.mimeTypes(), QStringList{QStringLiteral("application/x-stackdeck-volume-ids")});
        std::unique_ptr<QMimeData> mime(model.mimeData({model.index(0, 0), model.index(0, 3), model.index(1, 0)}));
        QVERIFY(mime);
        QCOMPARE(mime->data(QStringLiteral("application/x-stackdeck-volume-ids")), QByteArray("v1\nv2"));
        QCOMPARE(mime->text(), QStringLiteral("hadoop01\nhadoop02"));
        // Through the table's filter proxy too (the view drags from the proxy).
        Models::TableFilterProxy proxy;
        proxy.setSourceModel(&model);
        proxy.setFilterText(QStringLiteral("hadoop02"));
        std::unique_ptr<QMimeData> filtered(proxy.mimeData({proxy.index(0, 0)}));
        QCOMPARE(filtered->data(QStringLiteral("application/x-stackdeck-volume-ids")), QByteArray("v2"));
    }

    void snapshotAndBackupModels()
    {
        Models::SnapshotListModel snaps;
        QAbstractItemModelTester t1(&snaps, QAbstractItemModelTester::FailureReportingMode::QtTest);
        OpenStack::BlockStorage::VolumeSnapshot s;
        s.id = QStringLiteral("s1");
        s.name = QStringLiteral("hadoop01-snap");
        s.status = QStringLiteral("creating");
        s.progress = QStringLiteral("40%");
        s.sizeGb = 800;
        s.volumeId = QStringLiteral("v1");
        snaps.setRecords({s});
        snaps.setVolumeNames({{QStringLiteral("v1"), QStringLiteral("hadoop01")}});
        QCOMPARE(snaps.index(0, Models::SnapshotListModel::VolumeColumn).data().toString(), QStringLiteral("hadoop01"));
        QCOMPARE(snaps.index(0, Models::SnapshotListModel::StatusColumn).data().toString(), QStringLiteral("Creating (40%)"));
        QCOMPARE(snaps.index(0, Models::SnapshotListModel::VolumeColumn).data(Models::ExportRole).toString(), QStringLiteral("v1"));

        Models::BackupListModel backups;
        QAbstractItemModelTester t2(&backups, QAbstractItemModelTester::FailureReportingMode::QtTest);
        OpenStack::BlockStorage::VolumeBackup b;
        b.id = QStringLiteral("b1");
        b.status = QStringLiteral("error");
        b.failReason = QStringLiteral("Service cinder-backup could not be found.");
        b.volumeId = QStringLiteral("v1");
        backups.setRecords({b});
        QCOMPARE(backups.index(0, Models::BackupListModel::StatusColumn).data(Qt::ToolTipRole).toString(), b.failReason);
        QCOMPARE(backups.index(0, Models::BackupListModel::StatusColumn).data(Models::StatusKindRole).toInt(),
                 int(Models::StatusKind::Bad));
    }
};

QTEST_GUILESS_MAIN(TestVolumeListModel)
#include "tst_volumelistmodel.moc"
