// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/identity/quotamodel.h"
#include "openstack/quota/quota.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace OpenStack::Quota;

class TestQuota : public QObject
{
    Q_OBJECT
private slots:
    // The three dialects, as Nova, Neutron and Cinder answer them.
    void parse_data()
    {
        QTest::addColumn<int>("service");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("resource");
        QTest::addColumn<qint64>("limit");
        QTest::addColumn<qint64>("inUse");
        QTest::newRow("nova detail")
            << int(Service::Compute)
            << QByteArray(R"({"quota_set": {"id": "p1", "cores": {"in_use": 32, "limit": 40, "reserved": 0}, "instances": {"in_use": 4, "limit": 10, "reserved": 0}, "ram": {"in_use": 65536, "limit": -1, "reserved": 0}}})")
            << "cores" << qint64(40) << qint64(32);
        QTest::newRow("nova unlimited")
            << int(Service::Compute)
            << QByteArray(R"({"quota_set": {"id": "p1", "ram": {"in_use": 65536, "limit": -1, "reserved": 0}}})")
            << "ram" << qint64(-1) << qint64(65536);
        QTest::newRow("neutron details")
            << int(Service::Network)
            << QByteArray(R"({"quota": {"floatingip": {"used": 2, "limit": 50, "reserved": 0}, "network": {"used": 1, "limit": 100, "reserved": 0}}})")
            << "floatingip" << qint64(50) << qint64(2);
        QTest::newRow("cinder usage")
            << int(Service::Volume)
            << QByteArray(R"({"quota_set": {"id": "p1", "gigabytes": {"limit": 1000, "in_use": 2400, "reserved": 0, "allocated": 0}, "volumes": {"limit": 10, "in_use": 3, "reserved": 0, "allocated": 0}}})")
            << "gigabytes" << qint64(1000) << qint64(2400);
    }
    void parse()
    {
        QFETCH(int, service);
        QFETCH(QByteArray, body);
        QFETCH(QString, resource);
        QFETCH(qint64, limit);
        QFETCH(qint64, inUse);
        Core::Error e;
        const QuotaSet set = QuotaSet::fromJson(Service(service), QJsonDocument::fromJson(body).object(), &e);
        QVERIFY2(!e, qPrintable(e.message));
        const QuotaItem *item = set.find(resource);
        QVERIFY(item);
        QCOMPARE(item->limit, limit);
        QCOMPARE(item->inUse, inUse);
        QVERIFY(!set.find(QStringLiteral("id"))); // the project id is not a quota
    }

    void malformed()
    {
        Core::Error e;
        QuotaSet::fromJson(Service::Compute, QJsonDocument::fromJson(R"({"quota": {}})").object(), &e);
        QCOMPARE(e.kind, Core::Error::Kind::BadResponse);
        Core::Error e2;
        QuotaSet::fromJson(Service::Volume, QJsonDocument::fromJson(R"({"quota_set": {"id": "x"}})").object(), &e2);
        QCOMPARE(e2.kind, Core::Error::Kind::BadResponse);
    }

    void checks_data()
    {
        QTest::addColumn<qint64>("inUse");
        QTest::addColumn<qint64>("newLimit");
        QTest::addColumn<bool>("error");
        QTest::addColumn<bool>("warning");
        QTest::newRow("unlimited") << qint64(5) << qint64(-1) << false << false;
        QTest::newRow("raise") << qint64(5) << qint64(50) << false << false;
        QTest::newRow("equal to usage") << qint64(5) << qint64(5) << false << false;
        QTest::newRow("below usage warns") << qint64(5) << qint64(4) << false << true;
        QTest::newRow("zero with usage warns") << qint64(5) << qint64(0) << false << true;
        QTest::newRow("negative refused") << qint64(0) << qint64(-2) << true << false;
    }
    void checks()
    {
        QFETCH(qint64, inUse);
        QFETCH(qint64, newLimit);
        QFETCH(bool, error);
        QFETCH(bool, warning);
        QuotaItem item;
        item.resource = QStringLiteral("instances");
        item.limit = 10;
        item.inUse = inUse;
        const QuotaCheck c = checkNewLimit(item, newLimit);
        QCOMPARE(!c.error.isEmpty(), error);
        QCOMPARE(!c.warning.isEmpty(), warning);
    }

    void modelEditsStayPendingAndValidate()
    {
        Models::QuotaModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QuotaItem cores{Service::Compute, QStringLiteral("cores"), 20, 8, 0};
        QuotaItem ram{Service::Compute, QStringLiteral("ram"), -1, 100, 0};
        model.setRecords({{QStringLiteral("p/compute/cores"), QStringLiteral("p"), QStringLiteral("FormalTenant"), cores},
                          {QStringLiteral("p/compute/ram"), QStringLiteral("p"), QStringLiteral("FormalTenant"), ram}});
        const QModelIndex limit = model.index(0, Models::QuotaModel::LimitColumn);
        QVERIFY(!(model.flags(limit) & Qt::ItemIsEditable)); // read-only until the page says admin
        QVERIFY(!model.setData(limit, 40, Qt::EditRole));
        model.setEditable(true);
        QVERIFY(model.flags(limit) & Qt::ItemIsEditable);

        QSignalSpy rejected(&model, &Models::QuotaModel::rejected);
        QVERIFY(!model.setData(limit, QStringLiteral("-5"), Qt::EditRole));
        QVERIFY(!model.setData(limit, QStringLiteral("lots"), Qt::EditRole));
        QCOMPARE(rejected.count(), 2);
        QVERIFY(!model.hasPendingChanges());

        QVERIFY(model.setData(limit, QStringLiteral("4"), Qt::EditRole));
        QVERIFY(model.hasPendingChanges());
        QCOMPARE(limit.data().toString(), QStringLiteral("4 (was 20)"));
        QCOMPARE(model.pendingWarnings().size(), 1); // 4 < 8 in use
        QCOMPARE(model.index(1, Models::QuotaModel::LimitColumn).data().toString(), QStringLiteral("Unlimited"));
        QCOMPARE(model.index(0, Models::QuotaModel::UsedPercentColumn).data().toString(), QStringLiteral("200%"));
        model.revert();
        QVERIFY(!model.hasPendingChanges());
        QCOMPARE(limit.data().toString(), QStringLiteral("20"));
        QCOMPARE(model.index(0, Models::QuotaModel::UsedPercentColumn).data().toString(), QStringLiteral("40%"));
    }
};

QTEST_GUILESS_MAIN(TestQuota)
#include "tst_quota.moc"
