// SPDX-License-Identifier: GPL-3.0-or-later
// Against the real Keystone of the local cloud (tests/cloud/localcloud up).
#include "models/projectlistmodel.h"
#include "openstack/client/restjob.h"
#include "openstack/identity/projectjobs.h"
#include "localcloudsession.h"
#include "testcloud.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSet>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using OpenStack::RestJob;
using OpenStack::Session;
using OpenStack::Identity::ListProjectsJob;

class TestKeystoneFunctional : public QObject
{
    Q_OBJECT

    TestSupport::TestCloud m_cloud;
    QNetworkAccessManager m_network;

    // Every job here gets 30 s (see TestSupport::runJob).
    template<typename Job>
    std::unique_ptr<Job> run(Job *job)
    {
        return TestSupport::runJob(job, 30000);
    }

    QSet<QString> cliProjectIds()
    {
        const auto r = m_cloud.openstack({QStringLiteral("--os-cloud"), QStringLiteral("stackdeck-local"),
                                          QStringLiteral("project"), QStringLiteral("list"), QStringLiteral("-f"),
                                          QStringLiteral("json")});
        if (r.exitCode != 0)
            qWarning() << "openstack project list failed:" << r.err;
        QSet<QString> ids;
        const QJsonArray rows = QJsonDocument::fromJson(r.out).array();
        for (const QJsonValue &v : rows)
            ids.insert(v[QStringLiteral("ID")].toString());
        return ids;
    }

private slots:
    void initTestCase() { STACKDECK_REQUIRE_LOCAL_CLOUD(m_cloud); }

    void listsProjectsLikeTheCli()
    {
        QString why;
        const auto session = TestSupport::localCloudSession(m_cloud, &m_network, QStringLiteral("stackdeck-local"), this, &why);
        QVERIFY2(session, qPrintable(why));
        Session &s = *session;
        QVERIFY(s.isAdmin());
        QCOMPARE(s.token().projectName, QStringLiteral("admin"));

        std::unique_ptr<RestJob> job(run(new ListProjectsJob(&s, ListProjectsJob::Scope::All)));
        QVERIFY2(!job->error(), qPrintable(job->error().toString()));
        QSet<QString> ours;
        QStringList names;
        for (const auto &p : static_cast<ListProjectsJob *>(job.get())->projects()) {
            ours.insert(p.id);
            names << p.name;
        }
        QVERIFY(names.contains(QStringLiteral("admin")));
        QVERIFY(names.contains(QStringLiteral("service")));
        QCOMPARE(ours, cliProjectIds());
    }

    void exportProjectsMatchesCli()
    {
        const auto ours = m_cloud.stackdeck({QStringLiteral("--os-cloud"), QStringLiteral("stackdeck-local"),
                                             QStringLiteral("export"), QStringLiteral("projects"),
                                             QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(ours.exitCode == 0, ours.err.constData());
        QSet<QString> ids;
        const QJsonArray rows = QJsonDocument::fromJson(ours.out).array();
        for (const QJsonValue &v : rows)
            ids.insert(v[QStringLiteral("id")].toString());
        QVERIFY(!ids.isEmpty());
        const auto cli = m_cloud.openstack({QStringLiteral("--os-cloud"), QStringLiteral("stackdeck-local"),
                                            QStringLiteral("project"), QStringLiteral("list"), QStringLiteral("-f"),
                                            QStringLiteral("json")});
        QCOMPARE(ids, cliProjectIds());
        qInfo("export projects: stackdeck %lld ms, openstack project list %lld ms", ours.elapsedMs, cli.elapsedMs);
    }

    void switchesProjectAndBack()
    {
        QString why;
        const auto session = TestSupport::localCloudSession(m_cloud, &m_network, QStringLiteral("stackdeck-local"), this, &why);
        QVERIFY2(session, qPrintable(why));
        Session &s = *session;
        const QString adminProject = s.token().projectId;

        // Make sure the admin user has a role on "service" (idempotent PUT), then switch to it.
        std::unique_ptr<RestJob> list(run(new ListProjectsJob(&s, ListProjectsJob::Scope::All)));
        QString serviceId;
        for (const auto &p : static_cast<ListProjectsJob *>(list.get())->projects()) {
            if (p.name == QLatin1String("service"))
                serviceId = p.id;
        }
        QVERIFY(!serviceId.isEmpty());
        std::unique_ptr<RestJob> roles(run(new RestJob(&s, QStringLiteral("identity"), "GET",
                                                       QStringLiteral("/roles?name=admin"))));
        const QString roleId = roles->json()[QStringLiteral("roles")].toArray().first()[QStringLiteral("id")].toString();
        QVERIFY(!roleId.isEmpty());
        std::unique_ptr<RestJob> grant(run(new RestJob(
            &s, QStringLiteral("identity"), "PUT",
            QStringLiteral("/projects/%1/users/%2/roles/%3").arg(serviceId, s.token().userId, roleId))));
        QVERIFY2(!grant->error(), qPrintable(grant->error().toString()));

        bool done = false;
        Core::Error e;
        s.switchProject(serviceId, this, [&](const Core::Error &err) {
            e = err;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
        QVERIFY2(!e, qPrintable(e.toString()));
        QCOMPARE(s.token().projectName, QStringLiteral("service"));
        const QByteArray serviceToken = s.token().token;

        done = false;
        s.switchProject(adminProject, this, [&](const Core::Error &err) {
            e = err;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
        QVERIFY(!e);
        QCOMPARE(s.token().projectName, QStringLiteral("admin"));
        QVERIFY(s.token().token != serviceToken);
    }

    // The token is revoked in Keystone behind the session's back: the next request gets a real
    // 401, re-authenticates once and is replayed.
    void survivesRevokedToken()
    {
        QString why;
        const auto session = TestSupport::localCloudSession(m_cloud, &m_network, QStringLiteral("stackdeck-local"), this, &why);
        QVERIFY2(session, qPrintable(why));
        Session &s = *session;
        const QByteArray old = s.token().token;
        auto *revoke = new RestJob(&s, QStringLiteral("identity"), "DELETE", QStringLiteral("/auth/tokens"));
        revoke->setRawHeader("X-Subject-Token", old);
        std::unique_ptr<RestJob> r(run(revoke));
        QVERIFY2(!r->error(), qPrintable(r->error().toString()));

        std::unique_ptr<RestJob> job(run(new ListProjectsJob(&s, ListProjectsJob::Scope::All)));
        QVERIFY2(!job->error(), qPrintable(job->error().toString()));
        QVERIFY(!static_cast<ListProjectsJob *>(job.get())->projects().isEmpty());
        QVERIFY(s.token().token != old);
    }

    // Time runs out: under 120 s left, the next request gets a new token first.
    void refreshesBeforeExpiry()
    {
        QString why;
        const auto session = TestSupport::localCloudSession(m_cloud, &m_network, QStringLiteral("stackdeck-local"), this, &why);
        QVERIFY2(session, qPrintable(why));
        Session &s = *session;
        const QByteArray old = s.token().token;
        const QDateTime expires = s.token().expiresAt;
        s.setClock([expires] { return expires.addSecs(-60); });
        std::unique_ptr<RestJob> job(run(new ListProjectsJob(&s, ListProjectsJob::Scope::Mine)));
        QVERIFY2(!job->error(), qPrintable(job->error().toString()));
        QVERIFY(s.token().token != old);
    }

    void wrongPassword()
    {
        QString why;
        auto c = TestSupport::localCloudConfig(m_cloud, QStringLiteral("stackdeck-local"), &why);
        QVERIFY2(c, qPrintable(why));
        c->password = QStringLiteral("definitely-wrong");
        Session s(&m_network, *c);
        const Core::Error e = TestSupport::authenticate(s, this);
        QCOMPARE(e.kind, Core::Error::Kind::Auth);
        QCOMPARE(e.httpStatus, 401);
        QVERIFY2(e.message.contains(QStringLiteral("stackdeck-local")), qPrintable(e.message));
    }

    // A Keystone that accepts the connection and never answers.
    void blackHoledKeystoneTimesOut()
    {
        QTcpServer hole;
        QVERIFY(hole.listen(QHostAddress::LocalHost));
        QString why;
        auto c = TestSupport::localCloudConfig(m_cloud, QStringLiteral("stackdeck-local"), &why);
        QVERIFY2(c, qPrintable(why));
        c->authUrl = QStringLiteral("http://127.0.0.1:%1/v3").arg(hole.serverPort());
        Session s(&m_network, *c);
        QElapsedTimer t;
        t.start();
        const Core::Error e = TestSupport::authenticate(s, this);
        QCOMPARE(e.kind, Core::Error::Kind::Timeout);
        QVERIFY(t.elapsed() < 15000);
        QVERIFY2(e.message.contains(QStringLiteral("did not answer")), qPrintable(e.message));
    }

    void exportUnknownCloudListsKnownOnes()
    {
        const auto r = m_cloud.stackdeck({QStringLiteral("--os-cloud"), QStringLiteral("nope"), QStringLiteral("export"),
                                          QStringLiteral("projects")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("stackdeck-local"), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestKeystoneFunctional)
#include "tst_keystone_functional.moc"
