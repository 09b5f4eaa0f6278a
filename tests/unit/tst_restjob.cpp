// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakenetwork.h"
#include "openstack/client/restjob.h"
#include "openstack/client/session.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace TestSupport;
using OpenStack::RestJob;
using OpenStack::Session;

namespace {

OpenStack::CloudConfig config()
{
    OpenStack::CloudConfig c;
    c.name = QStringLiteral("testcloud");
    c.authUrl = QStringLiteral("http://fake:5000/v3");
    c.username = QStringLiteral("admin");
    c.password = QStringLiteral("secret");
    c.projectId = QStringLiteral("p1");
    return c;
}

FakeResponse token(const QByteArray &value)
{
    FakeResponse r = FakeResponse::json(201, fakeTokenBody(QStringLiteral("2099-01-01T00:00:00Z")));
    r.headers.append({QByteArray("X-Subject-Token"), QByteArray(value)});
    return r;
}

// Runs a job to its end and returns it (kept alive for inspection).
RestJob *run(RestJob *job)
{
    job->setAutoDelete(false);
    QSignalSpy finished(job, &RestJob::finished);
    job->start();
    if (finished.isEmpty())
        finished.wait(15000);
    return job;
}

} // namespace

class TestRestJob : public QObject
{
    Q_OBJECT
private slots:
    void replaysOnceAfter401()
    {
        FakeNetwork net;
        int tokens = 0;
        int gets = 0;
        net.setHandler([&](const RecordedRequest &r) {
            if (r.verb == "POST")
                return token("tok-" + QByteArray::number(++tokens));
            ++gets;
            // The first token is revoked behind our back; the second works.
            if (r.request.rawHeader("X-Auth-Token") == "tok-1")
                return FakeResponse::json(401, R"({"error": {"message": "The request you have made requires authentication."}})");
            return FakeResponse::json(200, R"({"servers": []})");
        });
        Session s(&net, config());
        std::unique_ptr<RestJob> job(run(new RestJob(&s, QStringLiteral("compute"), "GET", QStringLiteral("/servers"))));
        QVERIFY2(!job->error(), qPrintable(job->error().toString()));
        QCOMPARE(job->httpStatus(), 200);
        QCOMPARE(tokens, 2);
        QCOMPARE(gets, 2);
    }

    void gives_up_after_second_401()
    {
        FakeNetwork net;
        net.setHandler([&](const RecordedRequest &r) {
            if (r.verb == "POST")
                return token("tok");
            return FakeResponse::json(401, R"({"error": {"message": "nope"}})");
        });
        Session s(&net, config());
        std::unique_ptr<RestJob> job(run(new RestJob(&s, QStringLiteral("compute"), "GET", QStringLiteral("/servers"))));
        QCOMPARE(job->error().kind, Core::Error::Kind::Auth);
        QCOMPARE(net.countMatching("GET", QStringLiteral("/servers")), 2);
    }

    void errorsCarryServiceMessageAndRequestId()
    {
        FakeNetwork net;
        net.setHandler([&](const RecordedRequest &r) {
            if (r.url.path().endsWith(QLatin1String("/auth/tokens")))
                return token("tok");
            FakeResponse f = FakeResponse::json(409, R"({"conflictingRequest": {"code": 409, "message": "Cannot 'stop' instance abc while it is in vm_state stopped"}})");
            f.headers.append({QByteArray("x-openstack-request-id"), QByteArray("req-42")});
            return f;
        });
        Core::RequestLog log;
        Session s(&net, config());
        s.setRequestLog(&log);
        std::unique_ptr<RestJob> job(run(new RestJob(&s, QStringLiteral("compute"), "POST", QStringLiteral("/servers/abc/action"))));
        const Core::Error &e = job->error();
        QCOMPARE(e.kind, Core::Error::Kind::Http);
        QCOMPARE(e.httpStatus, 409);
        QCOMPARE(e.requestId, QStringLiteral("req-42"));
        QCOMPARE(e.service, QStringLiteral("compute"));
        QVERIFY(e.message.contains(QStringLiteral("vm_state stopped")));
        QCOMPARE(log.records().size(), 1);
        const auto &rec = log.records().constFirst();
        QCOMPARE(rec.method, QStringLiteral("POST"));
        QCOMPARE(rec.path, QStringLiteral("/servers/abc/action"));
        QCOMPARE(rec.httpStatus, 409);
        QCOMPARE(rec.requestId, QStringLiteral("req-42"));
    }

    void badBodies_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("html") << QByteArray("<html><body>Bad Gateway</body></html>");
        QTest::newRow("truncated") << QByteArray(R"({"servers": [{"id": "a", "name": "b"}, {"id": )");
        QTest::newRow("empty") << QByteArray();
    }
    void badBodies()
    {
        QFETCH(QByteArray, body);
        FakeNetwork net;
        net.setHandler([&](const RecordedRequest &r) {
            if (r.verb == "POST")
                return token("tok");
            return FakeResponse::json(200, body);
        });
        Session s(&net, config());
        std::unique_ptr<RestJob> job(run(new RestJob(&s, QStringLiteral("compute"), "GET", QStringLiteral("/servers"))));
        QCOMPARE(job->error().kind, Core::Error::Kind::BadResponse);
        QVERIFY(!job->error().message.isEmpty());
    }

    void timeout()
    {
        FakeNetwork net;
        net.setHandler([&](const RecordedRequest &r) {
            if (r.verb == "POST")
                return token("tok");
            FakeResponse f;
            f.delayMs = -1;
            return f;
        });
        Session s(&net, config());
        auto *job = new RestJob(&s, QStringLiteral("compute"), "GET", QStringLiteral("/servers"));
        job->setTimeoutMs(200);
        std::unique_ptr<RestJob> done(run(job));
        QCOMPARE(done->error().kind, Core::Error::Kind::Timeout);
        QVERIFY(done->error().message.contains(QStringLiteral("no answer")));
    }

    void negotiatesMicroversion()
    {
        FakeNetwork net;
        net.setHandler([&](const RecordedRequest &r) {
            if (r.verb == "POST")
                return token("tok");
            if (r.url.path() == QLatin1String("/v2.1/"))
                return FakeResponse::json(200, R"({"version": {"id": "v2.1", "version": "2.93", "min_version": "2.1"}})");
            return FakeResponse::json(200, R"({"servers": []})");
        });
        Session s(&net, config());
        auto *job = new RestJob(&s, QStringLiteral("compute"), "GET", QStringLiteral("/servers/detail"));
        job->setMicroversionRange({2, 47}, {2, 90});
        std::unique_ptr<RestJob> done(run(job));
        QVERIFY(!done->error());
        QCOMPARE(done->microversion().toString(), QStringLiteral("2.90"));
        const auto &last = net.requests().constLast();
        QCOMPARE(last.request.rawHeader("OpenStack-API-Version"), QByteArray("compute 2.90"));
        QCOMPARE(last.request.rawHeader("X-OpenStack-Nova-API-Version"), QByteArray("2.90"));

        // Discovery is cached: a second job does not ask again.
        auto *again = new RestJob(&s, QStringLiteral("compute"), "GET", QStringLiteral("/servers/detail"));
        again->setMicroversionRange({2, 47}, {2, 90});
        std::unique_ptr<RestJob> done2(run(again));
        QCOMPARE(net.countMatching("GET", QStringLiteral("/v2.1/")), 1);
    }

    void tooOldServiceRefused()
    {
        FakeNetwork net;
        net.setHandler([&](const RecordedRequest &r) {
            if (r.verb == "POST")
                return token("tok");
            return FakeResponse::json(200, R"({"version": {"id": "v2.1", "version": "2.38", "min_version": "2.1"}})");
        });
        Session s(&net, config());
        auto *job = new RestJob(&s, QStringLiteral("compute"), "GET", QStringLiteral("/servers/detail"));
        job->setMicroversionRange({2, 47}, {2, 90});
        std::unique_ptr<RestJob> done(run(job));
        QVERIFY(done->error());
        QVERIFY(done->error().message.contains(QStringLiteral("2.38")));
        QCOMPARE(net.countMatching("GET", QStringLiteral("/servers/detail")), 0);
    }

    void missingEndpoint()
    {
        FakeNetwork net;
        net.setHandler([&](const RecordedRequest &) { return token("tok"); });
        Session s(&net, config());
        std::unique_ptr<RestJob> job(run(new RestJob(&s, QStringLiteral("placement"), "GET", QStringLiteral("/resource_providers"))));
        QCOMPARE(job->error().kind, Core::Error::Kind::Config);
        QVERIFY(job->error().message.contains(QStringLiteral("placement")));
    }

    void bodyAndHeadersSent()
    {
        FakeNetwork net;
        net.setHandler([&](const RecordedRequest &r) {
            if (r.verb == "POST" && r.url.path().endsWith(QLatin1String("/auth/tokens")))
                return token("tok-x");
            return FakeResponse::json(202, QByteArray());
        });
        Session s(&net, config());
        auto *job = new RestJob(&s, QStringLiteral("compute"), "POST", QStringLiteral("/servers/abc/action"));
        job->setJsonBody(QJsonObject{{QStringLiteral("os-start"), QJsonValue::Null}});
        std::unique_ptr<RestJob> done(run(job));
        QVERIFY2(!done->error(), qPrintable(done->error().toString()));
        const auto &last = net.requests().constLast();
        QCOMPARE(last.url.toString(), QStringLiteral("http://fake:8774/v2.1/servers/abc/action"));
        QCOMPARE(last.body, QByteArray(R"({"os-start":null})"));
        QCOMPARE(last.request.rawHeader("X-Auth-Token"), QByteArray("tok-x"));
    }
};

QTEST_GUILESS_MAIN(TestRestJob)
#include "tst_restjob.moc"
