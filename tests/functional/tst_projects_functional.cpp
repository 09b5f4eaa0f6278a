// SPDX-License-Identifier: GPL-3.0-or-later
// The Projects tab's operations against the real Keystone, Nova, Neutron and Cinder of the local
// cloud: create a project, give it a member, set its quotas, watch usage rise when an instance is
// created in it, disable it, delete it.
#include "models/identity/quotamodel.h"
#include "models/identity/roleassignmentmodel.h"
#include "openstack/client/restjob.h"
#include "openstack/identity/identityjobs.h"
#include "openstack/identity/projectjobs.h"
#include "openstack/quota/quotajobs.h"
#include "localcloudsession.h"
#include "testcloud.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using OpenStack::RestJob;
using OpenStack::Session;
using namespace OpenStack::Identity;
using OpenStack::Quota::Service;

class TestProjectsFunctional : public QObject
{
    Q_OBJECT

    TestSupport::TestCloud m_cloud;
    QNetworkAccessManager m_network;
    std::unique_ptr<Session> m_admin;
    QString m_projectId;
    QString m_projectName;
    QString m_userId;
    QString m_serverId;

    // Every job here gets a minute (see TestSupport::runJob).
    template<typename Job>
    std::unique_ptr<Job> run(Job *job)
    {
        return TestSupport::runJob(job, 60000);
    }

    qint64 inUse(Session *s, Service service, const QString &resource)
    {
        std::unique_ptr<RestJob> job(run(new OpenStack::Quota::GetQuotaJob(s, service, m_projectId)));
        if (job->error()) {
            qWarning() << job->error().toString();
            return -100;
        }
        const auto *item = static_cast<OpenStack::Quota::GetQuotaJob *>(job.get())->quota().find(resource);
        return item ? item->inUse : -100;
    }

    QString idByName(const QString &service, const QString &path, const char *key, const QString &name)
    {
        std::unique_ptr<RestJob> job(run(new RestJob(m_admin.get(), service, "GET", path)));
        const QJsonArray list = job->json().value(QLatin1String(key)).toArray();
        for (const QJsonValue &v : list) {
            if (v[QStringLiteral("name")].toString() == name)
                return v[QStringLiteral("id")].toString();
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        STACKDECK_REQUIRE_LOCAL_CLOUD(m_cloud);
        QString why;
        m_admin = TestSupport::localCloudSession(m_cloud, &m_network, QStringLiteral("stackdeck-local"), this, &why);
        QVERIFY2(m_admin, qPrintable(why));
        m_projectName = QStringLiteral("stackdeck-test-%1").arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
    }

    void createProject()
    {
        ProjectSpec spec;
        spec.name = m_projectName;
        spec.description = QStringLiteral("测试组项目 (created by the functional tests)");
        std::unique_ptr<RestJob> job(run(OpenStack::Identity::createProject(m_admin.get(), spec)));
        QVERIFY2(!job->error(), qPrintable(job->error().toString()));
        Core::Error e;
        const Project p = Project::fromJson(job->json().value(QStringLiteral("project")).toObject(), &e);
        QVERIFY(!e);
        m_projectId = p.id;
        QCOMPARE(p.description, spec.description);

        // A duplicate name is refused by Keystone, in words.
        std::unique_ptr<RestJob> again(run(OpenStack::Identity::createProject(m_admin.get(), spec)));
        QCOMPARE(again->error().httpStatus, 409);
        QVERIFY(!again->error().message.isEmpty());

        // The export lists it, like the CLI does.
        const auto out = m_cloud.stackdeck({QStringLiteral("--os-cloud"), QStringLiteral("stackdeck-local"),
                                            QStringLiteral("export"), QStringLiteral("projects"), QStringLiteral("--format"),
                                            QStringLiteral("json")});
        QCOMPARE(out.exitCode, 0);
        QVERIFY(out.out.contains(m_projectId.toUtf8()));
        const auto cli = m_cloud.openstack({QStringLiteral("--os-cloud"), QStringLiteral("stackdeck-local"),
                                            QStringLiteral("project"), QStringLiteral("list"), QStringLiteral("--long"),
                                            QStringLiteral("-f"), QStringLiteral("json")});
        QSet<QString> ours, theirs;
        for (const QJsonValue &v : QJsonDocument::fromJson(out.out).array())
            ours.insert(v[QStringLiteral("id")].toString());
        for (const QJsonValue &v : QJsonDocument::fromJson(cli.out).array())
            theirs.insert(v[QStringLiteral("ID")].toString());
        QCOMPARE(ours, theirs);
    }

    void addMember()
    {
        QVERIFY(!m_projectId.isEmpty());
        const QString roleId = idByName(QStringLiteral("identity"), QStringLiteral("/roles"), "roles", QStringLiteral("member"));
        QVERIFY(!roleId.isEmpty());
        m_userId = m_admin->token().userId;
        // The admin user joins the project as member (so it can also scope to it below).
        std::unique_ptr<RestJob> grant(run(setProjectRole(m_admin.get(), true, Actor::User, m_userId, m_projectId, roleId)));
        QVERIFY2(!grant->error(), qPrintable(grant->error().toString()));

        Models::RoleAssignmentModel members;
        QSignalSpy loaded(&members, &Models::RoleAssignmentModel::loaded);
        members.reload(m_admin.get(), m_projectId);
        QVERIFY(loaded.wait(30000));
        QCOMPARE(members.rowCount(), 1);
        QCOMPARE(members.index(0, Models::RoleAssignmentModel::NameColumn).data().toString(), QStringLiteral("admin"));
        QCOMPARE(members.index(0, Models::RoleAssignmentModel::RoleColumn).data().toString(), QStringLiteral("member"));
    }

    void setQuotas()
    {
        QVERIFY(!m_projectId.isEmpty());
        Models::QuotaModel quotas;
        quotas.setEditable(true);
        QSignalSpy loaded(&quotas, &Models::QuotaModel::loaded);
        quotas.reload(m_admin.get(), {{m_projectId, m_projectName}});
        QVERIFY(loaded.wait(30000));
        QVERIFY2(!loaded.constLast().at(0).value<Core::Error>(), "quotas did not load");
        QVERIFY(quotas.item(m_projectId, Service::Compute, QStringLiteral("instances")));
        QVERIFY(quotas.item(m_projectId, Service::Network, QStringLiteral("floatingip")));
        QVERIFY(quotas.item(m_projectId, Service::Volume, QStringLiteral("gigabytes")));

        const int instancesRow = quotas.rowOf(m_projectId + QStringLiteral("/compute/instances"));
        const int fipRow = quotas.rowOf(m_projectId + QStringLiteral("/network/floatingip"));
        QVERIFY(instancesRow >= 0 && fipRow >= 0);
        QVERIFY(quotas.setData(quotas.index(instancesRow, Models::QuotaModel::LimitColumn), 7, Qt::EditRole));
        QVERIFY(quotas.setData(quotas.index(fipRow, Models::QuotaModel::LimitColumn), 3, Qt::EditRole));
        QSignalSpy applied(&quotas, &Models::QuotaModel::applied);
        quotas.apply(m_admin.get());
        QVERIFY(applied.wait(30000));
        QVERIFY2(applied.constFirst().at(1).toBool(), qPrintable(applied.constFirst().at(0).toStringList().join(QLatin1Char(';'))));
        QVERIFY(loaded.wait(30000)); // reloaded after applying
        QCOMPARE(quotas.item(m_projectId, Service::Compute, QStringLiteral("instances"))->limit, qint64(7));
        QCOMPARE(quotas.item(m_projectId, Service::Network, QStringLiteral("floatingip"))->limit, qint64(3));
        QVERIFY(!quotas.hasPendingChanges());
    }

    void usageRisesWithAnInstance()
    {
        QVERIFY(!m_projectId.isEmpty());
        QCOMPARE(inUse(m_admin.get(), Service::Compute, QStringLiteral("instances")), qint64(0));
        // Boot a server in the new project, as its member, without a network.
        bool done = false;
        Core::Error e;
        m_admin->switchProject(m_projectId, this, [&](const Core::Error &err) {
            e = err;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
        QVERIFY2(!e, qPrintable(e.toString()));
        const QString flavor = idByName(QStringLiteral("compute"), QStringLiteral("/flavors"), "flavors", QStringLiteral("m4.4G_50G"));
        std::unique_ptr<RestJob> images(run(new RestJob(m_admin.get(), QStringLiteral("image"), "GET", QStringLiteral("/v2/images"))));
        const QString image = images->json()[QStringLiteral("images")].toArray().first()[QStringLiteral("id")].toString();
        QVERIFY(!flavor.isEmpty() && !image.isEmpty());
        auto *create = new RestJob(m_admin.get(), QStringLiteral("compute"), "POST", QStringLiteral("/servers"));
        create->setMicroversionRange({2, 37}, {2, 37});
        QJsonObject server;
        server.insert(QStringLiteral("name"), QString(m_projectName + QStringLiteral("-vm")));
        server.insert(QStringLiteral("imageRef"), image);
        server.insert(QStringLiteral("flavorRef"), flavor);
        server.insert(QStringLiteral("networks"), QStringLiteral("none"));
        create->setJsonBody({{QStringLiteral("server"), server}});
        std::unique_ptr<RestJob> created(run(create));
        QVERIFY2(!created->error(), qPrintable(created->error().toString()));
        m_serverId = created->json()[QStringLiteral("server")][QStringLiteral("id")].toString();
        QVERIFY(!m_serverId.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(inUse(m_admin.get(), Service::Compute, QStringLiteral("instances")), qint64(1), 60000);
        QVERIFY(inUse(m_admin.get(), Service::Compute, QStringLiteral("cores")) > 0);
    }

    void disableAndDelete()
    {
        QVERIFY(!m_projectId.isEmpty());
        // Back to admin's own project before touching this one.
        QString why;
        m_admin = TestSupport::localCloudSession(m_cloud, &m_network, QStringLiteral("stackdeck-local"), this, &why);
        QVERIFY2(m_admin, qPrintable(why));
        if (!m_serverId.isEmpty()) {
            std::unique_ptr<RestJob> del(run(new RestJob(m_admin.get(), QStringLiteral("compute"), "DELETE",
                                                         QStringLiteral("/servers/") + m_serverId)));
            QVERIFY2(!del->error(), qPrintable(del->error().toString()));
            QTRY_COMPARE_WITH_TIMEOUT(inUse(m_admin.get(), Service::Compute, QStringLiteral("instances")), qint64(0), 60000);
        }
        QJsonObject disabled;
        disabled.insert(QStringLiteral("enabled"), false);
        std::unique_ptr<RestJob> disable(run(updateProject(m_admin.get(), m_projectId, disabled)));
        QVERIFY2(!disable->error(), qPrintable(disable->error().toString()));
        std::unique_ptr<RestJob> check(run(new ListProjectsJob(m_admin.get(), ListProjectsJob::Scope::All)));
        bool found = false;
        for (const auto &p : static_cast<ListProjectsJob *>(check.get())->projects()) {
            if (p.id == m_projectId) {
                found = true;
                QVERIFY(!p.enabled);
            }
        }
        QVERIFY(found);
        std::unique_ptr<RestJob> del(run(deleteProject(m_admin.get(), m_projectId)));
        QVERIFY2(!del->error(), qPrintable(del->error().toString()));
        m_projectId.clear();
    }

    void cleanupTestCase()
    {
        if (m_projectId.isEmpty() || !m_admin)
            return;
        // A failed run still removes what it made.
        if (!m_serverId.isEmpty())
            run(new RestJob(m_admin.get(), QStringLiteral("compute"), "DELETE", QStringLiteral("/servers/") + m_serverId));
        run(deleteProject(m_admin.get(), m_projectId));
    }
};

QTEST_GUILESS_MAIN(TestProjectsFunctional)
#include "tst_projects_functional.moc"
