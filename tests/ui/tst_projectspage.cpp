// SPDX-License-Identifier: GPL-3.0-or-later
// The Projects tab offscreen, fed recorded Keystone/Nova/Neutron/Cinder replies: the table, the
// admin-only actions, the members and quotas views and the overview charts' series values.
#include "app/translations.h"
#include "core/requestlog.h"
#include "fakenetwork.h"
#include "models/identity/quotamodel.h"
#include "models/projectlistmodel.h"
#include "openstack/client/session.h"
#include "ui/charts/comparisonchart.h"
#include "ui/charts/usagechart.h"
#include "ui/common/tablepanel.h"
#include "ui/projects/projectdetails.h"
#include "ui/projects/projectspage.h"

#include <QAction>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QUrlQuery>

using namespace TestSupport;

namespace {

FakeResponse reply(const RecordedRequest &r, bool admin)
{
    const QString path = r.url.path();
    if (path.endsWith(QLatin1String("/auth/tokens"))) {
        FakeResponse t = FakeResponse::json(201, fakeTokenBody(QStringLiteral("2099-01-01T00:00:00Z"), QStringLiteral("p1"),
                                                               admin ? QStringList{QStringLiteral("admin")}
                                                                     : QStringList{QStringLiteral("member")}));
        t.headers.append({QByteArray("X-Subject-Token"), QByteArray("tok")});
        return t;
    }
    if (path.endsWith(QLatin1String("/projects")))
        return FakeResponse::json(200, "{\"projects\": [{\"id\": \"p1\", \"name\": \"FormalTenant\", \"enabled\": true},"
                                       " {\"id\": \"p2\", \"name\": \"DevTenant\", \"enabled\": true}]}");
    if (path.endsWith(QLatin1String("/role_assignments")) && !admin) // Keystone's default policy
        return FakeResponse::json(403, R"({"error": {"code": 403, "message": "You are not authorized to perform the requested action: identity:list_role_assignments.", "title": "Forbidden"}})");
    if (path.endsWith(QLatin1String("/role_assignments")))
        return FakeResponse::json(200, R"({"role_assignments": [{"user": {"id": "u1", "name": "formal-user"}, "role": {"id": "r", "name": "member"}, "scope": {"project": {"id": "p1", "name": "FormalTenant"}}}]})");
    // Quotas: p1 uses 4 of 10 instances, 32 of 40 cores; p2 uses 1 of 10 instances, 8 of 40 cores.
    const bool p1 = path.contains(QLatin1String("/p1"));
    if (path.contains(QLatin1String("os-quota-sets")) && path.endsWith(QLatin1String("/detail")))
        return FakeResponse::json(200, QByteArray(R"({"quota_set": {"id": "x", "instances": {"in_use": )") + (p1 ? "4" : "1")
                                           + R"(, "limit": 10, "reserved": 0}, "cores": {"in_use": )" + (p1 ? "32" : "8")
                                           + R"(, "limit": 40, "reserved": 0}, "ram": {"in_use": 32768, "limit": 51200, "reserved": 0}}})");
    if (path.contains(QLatin1String("/quotas/")))
        return FakeResponse::json(200, R"({"quota": {"floatingip": {"used": 2, "limit": 50, "reserved": 0}, "security_group": {"used": 1, "limit": 10, "reserved": 0}}})");
    if (path.contains(QLatin1String("os-quota-sets")))
        return FakeResponse::json(200, R"({"quota_set": {"id": "x", "volumes": {"in_use": 3, "limit": 10, "reserved": 0}, "gigabytes": {"in_use": 2400, "limit": -1, "reserved": 0}}})");
    return FakeResponse::json(404, R"({"error": {"message": "not recorded"}})");
}

} // namespace

class TestProjectsPage : public QObject
{
    Q_OBJECT

    std::unique_ptr<OpenStack::Session> connect(FakeNetwork &net, bool admin)
    {
        net.setHandler([admin](const RecordedRequest &r) { return reply(r, admin); });
        OpenStack::CloudConfig c;
        c.name = QStringLiteral("lab");
        c.authUrl = QStringLiteral("http://fake:5000/v3");
        c.username = QStringLiteral("u");
        c.password = QStringLiteral("p");
        c.projectId = QStringLiteral("p1");
        auto s = std::make_unique<OpenStack::Session>(&net, c);
        bool done = false;
        s->authenticate(this, [&](const Core::Error &) { done = true; });
        [&]() { QTRY_VERIFY(done); }();
        return s;
    }

private slots:
    void initTestCase() { QCOMPARE(App::installTranslations(QStringLiteral("en")), QStringLiteral("en")); }

    void adminSeesCountsChartsAndActions()
    {
        FakeNetwork net;
        auto session = connect(net, true);
        Ui::ProjectsPage page;
        page.resize(1200, 700);
        page.show();
        QSignalSpy comparison(page.details(), &Ui::ProjectDetails::comparisonLoaded);
        QSignalSpy quotas(page.details(), &Ui::ProjectDetails::quotasLoaded);
        page.setSession(session.get());
        QTRY_VERIFY(!page.isLoading());
        QCOMPARE(page.model()->rowCount(), 2);
        // Counts from each project's quota usage.
        const int p1 = page.model()->rowOf(QStringLiteral("p1"));
        QCOMPARE(page.model()->index(p1, Models::ProjectListModel::InstancesColumn).data().toInt(), 4);
        QCOMPARE(page.model()->index(p1, Models::ProjectListModel::VolumesColumn).data().toInt(), 3);
        QVERIFY(page.findChild<QAction *>(QStringLiteral("createProjectAction"))->isEnabled());

        // The current project is selected; its overview chart shows usage of quota.
        QVERIFY(quotas.wait(5000) || quotas.count() > 0);
        const QList<double> used = page.details()->usageChart()->usedPercents();
        const QStringList categories = page.details()->usageChart()->categories();
        QCOMPARE(categories.size(), used.size());
        QVERIFY(categories.at(0).startsWith(QStringLiteral("Instances — 4 of 10")));
        QCOMPARE(used.at(0), 40.0);  // instances 4/10
        QCOMPARE(used.at(1), 80.0);  // vCPUs 32/40
        QCOMPARE(used.at(2), 64.0);  // RAM 32 of 50 GiB
        const int storage = int(categories.indexOf(QStringLiteral("Volume Storage — 2,400 GiB used, no limit")));
        QVERIFY2(storage >= 0, qPrintable(categories.join(QStringLiteral(" | "))));
        QCOMPARE(used.at(storage), 0.0); // unlimited

        // The admin comparison: vCPUs across projects, used and remaining quota.
        QVERIFY(comparison.wait(5000) || comparison.count() > 0);
        auto *cmp = page.details()->comparisonChart();
        QCOMPARE(cmp->categories(), (QStringList{QStringLiteral("DevTenant"), QStringLiteral("FormalTenant")}));
        QCOMPARE(cmp->usedValues(), (QList<double>{8, 32}));
        QCOMPARE(cmp->restValues(), (QList<double>{32, 8}));

        // Clicking a chart entry asks for the matching tab, filtered to the project.
        QSignalSpy open(&page, &Ui::Page::openPageRequested);
        emit page.details()->usageChart()->entryClicked(QStringLiteral("volume/volumes"));
        QCOMPARE(open.count(), 1);
        QCOMPARE(open.at(0).at(0).toString(), QStringLiteral("volumes"));
        QCOMPARE(open.at(0).at(1).toString(), QStringLiteral("FormalTenant"));
    }

    void memberSeesReadOnly()
    {
        FakeNetwork net;
        auto session = connect(net, false);
        Core::RequestLog log;
        session->setRequestLog(&log);
        Ui::ProjectsPage page;
        page.show();
        page.setSession(session.get());
        QTRY_VERIFY(!page.isLoading());
        // Keystone refuses members the list of role assignments: the members tab says why, and
        // the refusal is not a failed request in the window's log.
        auto *members = page.findChild<Ui::TablePanel *>(QStringLiteral("projectMembersPanel"));
        QVERIFY(members);
        QTRY_VERIFY(net.countMatching("GET", QStringLiteral("/role_assignments")) > 0 && !members->errorText().isEmpty());
        QVERIFY2(members->errorText().startsWith(QStringLiteral("Only administrators")), qPrintable(members->errorText()));
        QVERIFY2(log.records().isEmpty(), qPrintable(log.records().value(0).path));
        for (const char *name : {"createProjectAction", "editProjectAction", "deleteProjectAction", "disableProjectAction"}) {
            auto *a = page.findChild<QAction *>(QString::fromLatin1(name));
            QVERIFY2(!a->isEnabled(), name);
        }
        QCOMPARE(page.findChild<QAction *>(QStringLiteral("createProjectAction"))->toolTip(),
                 QStringLiteral("Needs the admin role"));
        QVERIFY(!page.details()->comparisonChart()->isVisible());
        // A member sees no error banner: read-only, not broken.
        auto *error = page.findChild<QLabel *>(QStringLiteral("errorLabel"));
        QVERIFY(!error->isVisible());
        // And cannot edit quotas.
        QTRY_VERIFY(page.details()->quotas()->rowCount() > 0);
        QVERIFY(!(page.details()->quotas()->flags(page.details()->quotas()->index(0, Models::QuotaModel::LimitColumn))
                  & Qt::ItemIsEditable));
    }
};

QTEST_MAIN(TestProjectsPage)
#include "tst_projectspage.moc"
