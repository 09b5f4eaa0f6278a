// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/compute/serverlistmodel.h"
#include "models/exporter.h"
#include "models/roles.h"
#include "models/tablefilterproxy.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPersistentModelIndex>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>

using Models::ServerListModel;
using OpenStack::Compute::Server;

namespace {
Server server(const char *id, const char *name, const char *status = "ACTIVE", const char *ip = "10.0.0.1")
{
    Server s;
    s.id = QString::fromLatin1(id);
    s.name = QString::fromLatin1(name);
    s.status = QString::fromLatin1(status);
    s.powerState = 1;
    s.imageId = QStringLiteral("img-1");
    s.flavor.name = QStringLiteral("m4.4G_50G");
    s.flavor.embedded = true;
    s.keyName = QStringLiteral("sahara");
    s.availabilityZone = QStringLiteral("AG1");
    s.projectId = QStringLiteral("p1");
    s.created = QDateTime(QDate(2026, 11, 22), QTime(10, 0), Qt::UTC);
    if (ip && *ip)
        s.addresses.append({QStringLiteral("formal-net"), QString::fromLatin1(ip), 4, QStringLiteral("fixed"), {}});
    return s;
}
} // namespace

class TestServerListModel : public QObject
{
    Q_OBJECT
    QTranslator m_english;

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        // English plural forms ("3 days") come from the English translation, as in the application.
        QVERIFY(m_english.load(QStringLiteral(":/i18n/stackdeck_en.qm")));
        QCoreApplication::installTranslator(&m_english);
    }

    void columnsShowTheTalksTable()
    {
        ServerListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setNow(QDateTime(QDate(2026, 11, 26), QTime(5, 0), Qt::UTC));
        model.setImageNames({{QStringLiteral("img-1"), QStringLiteral("sahara-kilo-vanilla-2.6-centos-6.6-UP-A2.qcow2")}});
        model.setRecords({server("a", "cluster260-01-hadoop260-nn-01-001", "ACTIVE", "192.168.11.34")});
        auto cell = [&](int column, int role = Qt::DisplayRole) { return model.index(0, column).data(role); };
        QCOMPARE(cell(ServerListModel::NameColumn).toString(), QStringLiteral("cluster260-01-hadoop260-nn-01-001"));
        QCOMPARE(cell(ServerListModel::ImageColumn).toString(), QStringLiteral("sahara-kilo-vanilla-2.6-centos-6.6-UP-A2.qcow2"));
        QCOMPARE(cell(ServerListModel::IpColumn).toString(), QStringLiteral("192.168.11.34"));
        QCOMPARE(cell(ServerListModel::FlavorColumn).toString(), QStringLiteral("m4.4G_50G"));
        QCOMPARE(cell(ServerListModel::KeyPairColumn).toString(), QStringLiteral("sahara"));
        QCOMPARE(cell(ServerListModel::StatusColumn).toString(), QStringLiteral("Active"));
        QCOMPARE(cell(ServerListModel::ZoneColumn).toString(), QStringLiteral("AG1"));
        QCOMPARE(cell(ServerListModel::TaskColumn).toString(), QStringLiteral("None"));
        QCOMPARE(cell(ServerListModel::PowerColumn).toString(), QStringLiteral("Running"));
        QCOMPARE(cell(ServerListModel::AgeColumn).toString(), QStringLiteral("3 days, 19 hours"));
        QCOMPARE(cell(ServerListModel::StatusColumn, Models::StatusKindRole).toInt(), int(Models::StatusKind::Good));
        QCOMPARE(cell(ServerListModel::StatusColumn, Models::ExportRole).toString(), QStringLiteral("ACTIVE"));
        QCOMPARE(cell(ServerListModel::IpColumn, Models::ExportRole).toString(), QStringLiteral("formal-net=192.168.11.34"));
        QCOMPARE(cell(ServerListModel::IdColumn, Models::IdRole).toString(), QStringLiteral("a"));
        QCOMPARE(model.headerData(ServerListModel::IpColumn, Qt::Horizontal, Models::ColumnKeyRole).toString(),
                 QStringLiteral("networks"));
    }

    void unknownImageAndDeletedFlavorStayVisible()
    {
        ServerListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Server gone = server("a", "orphan");
        gone.imageId = QStringLiteral("img-gone");
        gone.flavor = {};
        gone.flavor.id = QStringLiteral("f-gone");
        Server bfv = server("b", "from-volume");
        bfv.imageId.clear();
        model.setRecords({gone, bfv});
        model.setImageNames({}, {QStringLiteral("img-gone")});
        model.setFlavorNames({{QStringLiteral("f-other"), QStringLiteral("m1")}});
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(model.index(0, ServerListModel::ImageColumn).data().toString().contains(QStringLiteral("unknown image")));
        QVERIFY(model.index(0, ServerListModel::FlavorColumn).data().toString().contains(QStringLiteral("deleted flavor")));
        QVERIFY(model.index(1, ServerListModel::ImageColumn).data().toString().contains(QStringLiteral("volume")));
    }

    void refreshIsAnInPlaceDiff()
    {
        ServerListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRecords({server("a", "hadoop1"), server("b", "hadoop2"), server("c", "hadoop3")});
        const QPersistentModelIndex b(model.index(1, 0));
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

        Server stopping = server("b", "hadoop2");
        stopping.taskState = QStringLiteral("powering-off");
        model.setRecords({server("a", "hadoop1"), stopping, server("c", "hadoop3")});
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 1); // only the row that changed
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 1);
        QCOMPARE(b.row(), 1);
        QCOMPARE(model.index(1, ServerListModel::TaskColumn).data().toString(), QStringLiteral("Powering Off"));
        QCOMPARE(model.index(1, ServerListModel::StatusColumn).data(Models::StatusKindRole).toInt(),
                 int(Models::StatusKind::Busy));

        // changes-since answer: one deleted, one new.
        Server deleted = server("a", "hadoop1", "DELETED");
        model.applyChanges({deleted, server("d", "hadoop4")});
        QCOMPARE(reset.count(), 0);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.rowOf(QStringLiteral("a")), -1);
        QVERIFY(b.isValid());
        QCOMPARE(b.data().toString(), QStringLiteral("hadoop2"));
    }

    void filterAndSortThroughTheProxy()
    {
        ServerListModel model;
        Models::TableFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Server young = server("y", "hadoop10", "SHUTOFF", "192.168.32.9");
        young.created = QDateTime(QDate(2026, 11, 25), QTime(10, 0), Qt::UTC);
        model.setRecords({server("a", "hadoop2", "ACTIVE", "192.168.32.31"), young,
                          server("c", "hadoop1", "ACTIVE", "192.168.32.30")});
        proxy.sort(ServerListModel::NameColumn);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("hadoop1"));
        QCOMPARE(proxy.index(2, 0).data().toString(), QStringLiteral("hadoop10")); // natural order
        proxy.sort(ServerListModel::AgeColumn);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("hadoop10")); // youngest first
        proxy.sort(ServerListModel::IpColumn);
        QCOMPARE(proxy.index(0, ServerListModel::IpColumn).data().toString(), QStringLiteral("192.168.32.9"));
        proxy.setFilterText(QStringLiteral("shutoff"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setFilterText(QStringLiteral("192.168.32.3"));
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setFilterText(QStringLiteral("y")); // the hidden id is searchable too
        QVERIFY(proxy.rowCount() >= 1);
    }

    void exportHasStableKeys()
    {
        ServerListModel model;
        model.setRecords({server("a", "hadoop1")});
        const QJsonArray rows = QJsonDocument::fromJson(Models::Exporter::toJson(model)).array();
        QCOMPARE(rows.size(), 1);
        const QJsonObject row = rows.at(0).toObject();
        for (const char *key : {"name", "image_name", "networks", "flavor", "key_name", "status", "availability_zone",
                                "task_state", "power_state", "created", "project_id", "host", "id"})
            QVERIFY2(row.contains(QLatin1String(key)), key);
        QCOMPARE(row.value(QStringLiteral("power_state")).toString(), QStringLiteral("Running"));
        QCOMPARE(row.value(QStringLiteral("created")).toString(), QStringLiteral("2026-11-22T10:00:00Z"));
    }
};

QTEST_GUILESS_MAIN(TestServerListModel)
#include "tst_serverlistmodel.moc"
