// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakenetwork.h"
#include "models/projectlistmodel.h"
#include "models/roles.h"
#include "models/tablefilterproxy.h"
#include "openstack/client/session.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QPersistentModelIndex>
#include <QSignalSpy>
#include <QTest>

using namespace TestSupport;
using OpenStack::Identity::Project;

namespace {
Project project(const char *id, const char *name, const char *description = "")
{
    Project p;
    p.id = QString::fromLatin1(id);
    p.name = QString::fromUtf8(name);
    p.description = QString::fromUtf8(description);
    p.domainId = QStringLiteral("default");
    return p;
}
} // namespace

class TestProjectListModel : public QObject
{
    Q_OBJECT
private slots:
    void diffKeepsRowsInPlace()
    {
        Models::ProjectListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRecords({project("a", "FormalTenant", "生产组项目"), project("b", "DevTenant", "开发组项目"),
                          project("c", "TestTenant", "测试组项目")});
        QCOMPARE(model.rowCount(), 3);
        const QPersistentModelIndex dev = model.index(1, 0);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

        // a removed, b renamed, c unchanged, d new.
        model.setRecords({project("b", "DevTenant2", "开发组项目"), project("c", "TestTenant", "测试组项目"),
                          project("d", "serviceTenant", "service")});
        QCOMPARE(reset.count(), 0);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(changed.count(), 1); // only the renamed row
        QVERIFY(dev.isValid());
        QCOMPARE(dev.data().toString(), QStringLiteral("DevTenant2"));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.rowOf(QStringLiteral("d")), 2);
    }

    void columnsAsTheTalkShows()
    {
        Models::ProjectListModel model;
        model.setRecords({project("04ee5967308c45ceb23e46941f43e60c", "FormalTenant", "生产组项目")});
        QCOMPARE(model.headerData(0, Qt::Horizontal, Qt::DisplayRole).toString(), QStringLiteral("Name"));
        QCOMPARE(model.headerData(1, Qt::Horizontal, Qt::DisplayRole).toString(), QStringLiteral("Description"));
        QCOMPARE(model.headerData(2, Qt::Horizontal, Qt::DisplayRole).toString(), QStringLiteral("Project ID"));
        QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("生产组项目"));
        QCOMPARE(model.index(0, 2).data().toString(), QStringLiteral("04ee5967308c45ceb23e46941f43e60c"));
        QCOMPARE(model.index(0, 4).data(Models::ExportRole).toBool(), true);
    }

    void filterAndSort()
    {
        Models::ProjectListModel model;
        model.setRecords({project("a", "FormalTenant", "生产组项目"), project("b", "DevTenant", "开发组项目"),
                          project("c", "TestTenant", "测试组项目")});
        Models::TableFilterProxy proxy;
        proxy.setSourceModel(&model);
        model.mergeRecords({project("d", "admin"), project("e", "hadoop10"), project("f", "hadoop9")});
        proxy.sort(0);
        QStringList order;
        for (int r = 0; r < proxy.rowCount(); ++r)
            order << proxy.index(r, 0).data().toString();
        // Case-insensitive, numbers as numbers.
        QCOMPARE(order, (QStringList{QStringLiteral("admin"), QStringLiteral("DevTenant"), QStringLiteral("FormalTenant"),
                                     QStringLiteral("hadoop9"), QStringLiteral("hadoop10"), QStringLiteral("TestTenant")}));
        proxy.setFilterText(QStringLiteral("测试"));
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("TestTenant"));
        proxy.setFilterText(QStringLiteral("tenant FORMAL"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setFilterText(QString());
        QCOMPARE(proxy.rowCount(), 6);
    }

    // The filter keeps per-row search text; it must follow renames, inserts and removals.
    void filterFollowsChanges()
    {
        Models::ProjectListModel model;
        model.setRecords({project("a", "FormalTenant"), project("b", "DevTenant")});
        Models::TableFilterProxy proxy;
        proxy.setSourceModel(&model);
        proxy.setFilterText(QStringLiteral("formal"));
        QCOMPARE(proxy.rowCount(), 1);
        model.setRecords({project("a", "ProdTenant"), project("b", "DevTenant")}); // renamed in place
        QCOMPARE(proxy.rowCount(), 0);
        model.setRecords({project("a", "ProdTenant"), project("b", "DevTenant"), project("c", "FormalTwo")});
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("FormalTwo"));
        model.setRecords({project("c", "FormalTwo")}); // rows before it removed
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setFilterText(QStringLiteral("PROD"));
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setFilterText(QStringLiteral("c")); // the hidden id column is searched too
        QCOMPARE(proxy.rowCount(), 1);
    }

    void badResponseKeepsRowsAndSaysWhy()
    {
        FakeNetwork net;
        int calls = 0;
        net.setHandler([&](const RecordedRequest &r) {
            if (r.verb == "POST") {
                FakeResponse t = FakeResponse::json(201, fakeTokenBody(QStringLiteral("2099-01-01T00:00:00Z")));
                t.headers.append({QByteArray("X-Subject-Token"), QByteArray("tok")});
                return t;
            }
            ++calls;
            if (calls == 1)
                return FakeResponse::json(200, R"({"projects": [{"id": "a", "name": "FormalTenant"}, {"id": "b", "name": "DevTenant"}]})");
            return FakeResponse::json(200, R"({"projects": [{"id": "a"}]})"); // lacks name
        });
        OpenStack::CloudConfig c;
        c.name = QStringLiteral("t");
        c.authUrl = QStringLiteral("http://fake:5000/v3");
        c.username = QStringLiteral("u");
        c.password = QStringLiteral("p");
        c.projectId = QStringLiteral("p1");
        OpenStack::Session s(&net, c);
        bool authed = false;
        s.authenticate(this, [&](const Core::Error &) { authed = true; });
        QTRY_VERIFY(authed);

        Models::ProjectListModel model;
        QSignalSpy loaded(&model, &Models::ProjectListModel::loaded);
        model.reload(&s);
        QTRY_COMPARE(loaded.count(), 1);
        QCOMPARE(model.rowCount(), 2);
        model.reload(&s);
        QTRY_COMPARE(loaded.count(), 2);
        const auto e = loaded.at(1).at(0).value<Core::Error>();
        QCOMPARE(e.kind, Core::Error::Kind::BadResponse);
        QVERIFY(e.message.contains(QStringLiteral("name")));
        QCOMPARE(model.rowCount(), 2); // nothing lost
    }
};

QTEST_GUILESS_MAIN(TestProjectListModel)
#include "tst_projectlistmodel.moc"
