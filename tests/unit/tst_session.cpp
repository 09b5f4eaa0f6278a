// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakenetwork.h"
#include "openstack/client/session.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace TestSupport;
using OpenStack::Session;

namespace {

OpenStack::CloudConfig config()
{
    OpenStack::CloudConfig c;
    c.name = QStringLiteral("testcloud");
    c.authUrl = QStringLiteral("http://fake:5000/v3");
    c.username = QStringLiteral("admin");
    c.password = QStringLiteral("secret");
    c.userDomainName = QStringLiteral("Default");
    c.projectName = QStringLiteral("admin");
    c.projectDomainName = QStringLiteral("Default");
    return c;
}

const QDateTime kNow = QDateTime::fromString(QStringLiteral("2026-11-26T06:00:00Z"), Qt::ISODate);

FakeResponse tokenResponse(const QString &expires, const QString &project = QStringLiteral("p1"),
                           const QByteArray &token = "tok-1")
{
    FakeResponse r = FakeResponse::json(201, fakeTokenBody(expires, project));
    r.headers.append({QByteArray("X-Subject-Token"), QByteArray(token)});
    return r;
}

Core::Error waitFor(std::function<void(Session::Callback)> op)
{
    Core::Error out;
    bool done = false;
    op([&](const Core::Error &e) {
        out = e;
        done = true;
    });
    [&]() { QTRY_VERIFY_WITH_TIMEOUT(done, 15000); }();
    return out;
}

} // namespace

class TestSession : public QObject
{
    Q_OBJECT
private slots:
    void passwordAuthBodyAndToken()
    {
        FakeNetwork net;
        net.setHandler([](const RecordedRequest &) { return tokenResponse(QStringLiteral("2026-11-26T07:00:00Z")); });
        Session s(&net, config());
        s.setClock([] { return kNow; });
        QSignalSpy state(&s, &Session::stateChanged);
        QVERIFY(!waitFor([&](auto cb) { s.authenticate(this, cb); }));
        QCOMPARE(net.requests().size(), 1);
        const auto &req = net.requests().constFirst();
        QCOMPARE(req.url.toString(), QStringLiteral("http://fake:5000/v3/auth/tokens"));
        const QJsonObject auth = QJsonDocument::fromJson(req.body).object().value(QStringLiteral("auth")).toObject();
        const QJsonObject user = auth[QStringLiteral("identity")][QStringLiteral("password")][QStringLiteral("user")].toObject();
        QCOMPARE(user[QStringLiteral("name")].toString(), QStringLiteral("admin"));
        QCOMPARE(user[QStringLiteral("password")].toString(), QStringLiteral("secret"));
        QCOMPARE(user[QStringLiteral("domain")][QStringLiteral("name")].toString(), QStringLiteral("Default"));
        QCOMPARE(auth[QStringLiteral("scope")][QStringLiteral("project")][QStringLiteral("name")].toString(),
                 QStringLiteral("admin"));
        QCOMPARE(s.token().token, QByteArray("tok-1"));
        QCOMPARE(s.token().projectId, QStringLiteral("p1"));
        QVERIFY(s.isAdmin());
        QCOMPARE(s.state(), Session::State::Connected);
        QCOMPARE(s.region(), QStringLiteral("RegionOne"));
        Core::Error e;
        QCOMPARE(s.endpoint(QStringLiteral("compute"), &e).toString(), QStringLiteral("http://fake:8774/v2.1"));
        QCOMPARE(s.endpoint(QStringLiteral("block-storage"), &e).toString(), QStringLiteral("http://fake:8776/v3/p1"));
        QVERIFY(state.count() >= 2);
    }

    void authUrlForms_data()
    {
        QTest::addColumn<QString>("authUrl");
        QTest::addColumn<QString>("expected");
        QTest::newRow("with v3") << "http://k:5000/v3" << "http://k:5000/v3/auth/tokens";
        QTest::newRow("trailing slash") << "http://k:5000/v3/" << "http://k:5000/v3/auth/tokens";
        QTest::newRow("no version") << "http://k:5000" << "http://k:5000/v3/auth/tokens";
        QTest::newRow("prefix path") << "https://k/identity" << "https://k/identity/v3/auth/tokens";
        QTest::newRow("v2.0 given") << "http://k:5000/v2.0" << "http://k:5000/v3/auth/tokens";
    }
    void authUrlForms()
    {
        QFETCH(QString, authUrl);
        QFETCH(QString, expected);
        auto c = config();
        c.authUrl = authUrl;
        FakeNetwork net;
        Session s(&net, c);
        QCOMPARE(s.tokensUrl().toString(), expected);
    }

    void wrongPasswordShowsKeystoneMessage()
    {
        FakeNetwork net;
        net.setHandler([](const RecordedRequest &) {
            return FakeResponse::json(401, R"({"error": {"code": 401, "title": "Unauthorized", "message": "The request you have made requires authentication."}})");
        });
        Core::RequestLog log;
        Session s(&net, config());
        s.setRequestLog(&log);
        const Core::Error e = waitFor([&](auto cb) { s.authenticate(this, cb); });
        QCOMPARE(e.kind, Core::Error::Kind::Auth);
        QCOMPARE(e.httpStatus, 401);
        QVERIFY2(e.message.contains(QStringLiteral("testcloud")), qPrintable(e.message));
        QVERIFY2(e.message.contains(QStringLiteral("requires authentication")), qPrintable(e.message));
        QCOMPARE(s.state(), Session::State::Failed);
        QCOMPARE(log.records().size(), 1);
        QCOMPARE(log.records().constFirst().httpStatus, 401);
        QVERIFY(!log.records().constFirst().message.contains(QStringLiteral("secret")));
    }

    void blackHoledKeystoneTimesOut()
    {
        FakeNetwork net;
        net.setHandler([](const RecordedRequest &) {
            FakeResponse r;
            r.delayMs = -1; // never answers
            return r;
        });
        Session s(&net, config());
        s.setAuthTimeoutMs(300);
        QElapsedTimer t;
        t.start();
        const Core::Error e = waitFor([&](auto cb) { s.authenticate(this, cb); });
        QCOMPARE(e.kind, Core::Error::Kind::Timeout);
        QVERIFY(t.elapsed() < 5000);
        QVERIFY2(e.message.contains(QStringLiteral("did not answer")), qPrintable(e.message));
    }

    void refusedConnection()
    {
        FakeNetwork net;
        net.setHandler([](const RecordedRequest &) {
            FakeResponse r;
            r.networkError = QNetworkReply::ConnectionRefusedError;
            return r;
        });
        Session s(&net, config());
        const Core::Error e = waitFor([&](auto cb) { s.authenticate(this, cb); });
        QCOMPARE(e.kind, Core::Error::Kind::Network);
        QVERIFY2(e.message.contains(QStringLiteral("cannot reach")), qPrintable(e.message));
    }

    void malformedTokenResponses_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("header");
        QTest::newRow("not json") << QByteArray("<html>oops</html>") << QByteArray("tok");
        QTest::newRow("truncated") << fakeTokenBody(QStringLiteral("2026-11-26T07:00:00Z")).left(80) << QByteArray("tok");
        QTest::newRow("no subject token") << fakeTokenBody(QStringLiteral("2026-11-26T07:00:00Z")) << QByteArray();
        QTest::newRow("no expires_at") << QByteArray(R"({"token": {"user": {"id": "u"}, "catalog": []}})") << QByteArray("tok");
    }
    void malformedTokenResponses()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, header);
        FakeNetwork net;
        net.setHandler([&](const RecordedRequest &) {
            FakeResponse r = FakeResponse::json(201, body);
            if (!header.isEmpty())
                r.headers.append({QByteArray("X-Subject-Token"), QByteArray(header)});
            return r;
        });
        Session s(&net, config());
        const Core::Error e = waitFor([&](auto cb) { s.authenticate(this, cb); });
        QCOMPARE(e.kind, Core::Error::Kind::BadResponse);
        QVERIFY(!e.message.isEmpty());
        QCOMPARE(s.state(), Session::State::Failed);
    }

    void refreshesWhenUnder120SecondsLeft()
    {
        FakeNetwork net;
        int issued = 0;
        net.setHandler([&](const RecordedRequest &) {
            ++issued;
            return tokenResponse(QStringLiteral("2026-11-26T07:00:00Z"), QStringLiteral("p1"),
                                 QByteArray("tok-") + QByteArray::number(issued));
        });
        Session s(&net, config());
        QDateTime now = kNow;
        s.setClock([&] { return now; });
        QVERIFY(!waitFor([&](auto cb) { s.authenticate(this, cb); }));
        QCOMPARE(issued, 1);

        now = QDateTime::fromString(QStringLiteral("2026-11-26T06:57:00Z"), Qt::ISODate); // 180 s left
        QVERIFY(!waitFor([&](auto cb) { s.ensureFreshToken(this, cb); }));
        QCOMPARE(issued, 1);

        now = QDateTime::fromString(QStringLiteral("2026-11-26T06:58:30Z"), Qt::ISODate); // 90 s left
        QVERIFY(!waitFor([&](auto cb) { s.ensureFreshToken(this, cb); }));
        QCOMPARE(issued, 2);
        QCOMPARE(s.token().token, QByteArray("tok-2"));
        // The refresh keeps the project scope by id.
        const QJsonObject scope = QJsonDocument::fromJson(net.requests().constLast().body)
                                      .object()[QStringLiteral("auth")][QStringLiteral("scope")].toObject();
        QCOMPARE(scope[QStringLiteral("project")][QStringLiteral("id")].toString(), QStringLiteral("p1"));
    }

    void concurrentRefreshesAreOne()
    {
        FakeNetwork net;
        net.setHandler([](const RecordedRequest &) {
            FakeResponse r = tokenResponse(QStringLiteral("2026-11-26T07:00:00Z"));
            r.delayMs = 50;
            return r;
        });
        Session s(&net, config());
        s.setClock([] { return kNow; });
        int done = 0;
        for (int i = 0; i < 5; ++i)
            s.ensureFreshToken(this, [&](const Core::Error &e) {
                QVERIFY(!e);
                ++done;
            });
        QTRY_COMPARE(done, 5);
        QCOMPARE(net.countMatching("POST", QStringLiteral("/auth/tokens")), 1);
    }

    void reauthAfter401OnlyOncePerToken()
    {
        FakeNetwork net;
        int issued = 0;
        net.setHandler([&](const RecordedRequest &) {
            ++issued;
            return tokenResponse(QStringLiteral("2026-11-26T07:00:00Z"), QStringLiteral("p1"),
                                 QByteArray("tok-") + QByteArray::number(issued));
        });
        Session s(&net, config());
        s.setClock([] { return kNow; });
        QVERIFY(!waitFor([&](auto cb) { s.authenticate(this, cb); }));
        QVERIFY(!waitFor([&](auto cb) { s.reauthenticateAfter401("tok-1", this, cb); }));
        QCOMPARE(issued, 2);
        // A second job that also saw tok-1 rejected must not re-authenticate again.
        QVERIFY(!waitFor([&](auto cb) { s.reauthenticateAfter401("tok-1", this, cb); }));
        QCOMPARE(issued, 2);
    }

    void oneTokenPerProject()
    {
        FakeNetwork net;
        net.setHandler([](const RecordedRequest &r) {
            const QJsonObject scope = QJsonDocument::fromJson(r.body).object()[QStringLiteral("auth")][QStringLiteral("scope")].toObject();
            const QString pid = scope[QStringLiteral("project")][QStringLiteral("id")].toString();
            return tokenResponse(QStringLiteral("2026-11-26T07:00:00Z"), pid.isEmpty() ? QStringLiteral("p1") : pid,
                                 "tok-" + (pid.isEmpty() ? QByteArray("p1") : pid.toUtf8()));
        });
        Session s(&net, config());
        s.setClock([] { return kNow; });
        QSignalSpy changed(&s, &Session::tokenChanged);
        QVERIFY(!waitFor([&](auto cb) { s.authenticate(this, cb); }));
        QVERIFY(!waitFor([&](auto cb) { s.switchProject(QStringLiteral("p2"), this, cb); }));
        QCOMPARE(s.token().projectId, QStringLiteral("p2"));
        QCOMPARE(s.token().token, QByteArray("tok-p2"));
        QVERIFY(!waitFor([&](auto cb) { s.switchProject(QStringLiteral("p1"), this, cb); }));
        QCOMPARE(s.token().token, QByteArray("tok-p1"));
        QCOMPARE(net.countMatching("POST", QStringLiteral("/auth/tokens")), 2); // p1 came from the cache
        QCOMPARE(changed.count(), 3);
    }

    void unscopedIsScopedToFirstProject()
    {
        auto c = config();
        c.projectName.clear();
        c.projectDomainName.clear();
        FakeNetwork net;
        net.setHandler([](const RecordedRequest &r) {
            if (r.verb == "GET")
                return FakeResponse::json(200, R"({"projects": [{"id": "pz", "name": "zeta", "enabled": true},
                                                                  {"id": "pa", "name": "alpha", "enabled": true},
                                                                  {"id": "px", "name": "aardvark", "enabled": false}]})");
            const QJsonObject scope = QJsonDocument::fromJson(r.body).object()[QStringLiteral("auth")][QStringLiteral("scope")].toObject();
            if (scope.isEmpty()) {
                FakeResponse u = FakeResponse::json(201, R"({"token": {"expires_at": "2026-11-26T07:00:00Z", "user": {"id": "u1", "name": "bob"}}})");
                u.headers.append({QByteArray("X-Subject-Token"), QByteArray("unscoped")});
                return u;
            }
            return tokenResponse(QStringLiteral("2026-11-26T07:00:00Z"),
                                 scope[QStringLiteral("project")][QStringLiteral("id")].toString());
        });
        Session s(&net, c);
        s.setClock([] { return kNow; });
        QVERIFY(!waitFor([&](auto cb) { s.authenticate(this, cb); }));
        QCOMPARE(s.token().projectId, QStringLiteral("pa")); // first enabled by name
    }

    void noSecretFailsClearly()
    {
        auto c = config();
        c.password.clear();
        FakeNetwork net;
        Session s(&net, c);
        const Core::Error e = waitFor([&](auto cb) { s.authenticate(this, cb); });
        QCOMPARE(e.kind, Core::Error::Kind::Auth);
        QVERIFY(e.message.contains(QStringLiteral("no password")));
        QCOMPARE(net.requests().size(), 0);
    }

    void applicationCredentialBody()
    {
        auto c = config();
        c.authType = OpenStack::CloudConfig::AuthType::ApplicationCredential;
        c.applicationCredentialId = QStringLiteral("ac-id");
        c.applicationCredentialSecret = QStringLiteral("ac-secret");
        FakeNetwork net;
        net.setHandler([](const RecordedRequest &) { return tokenResponse(QStringLiteral("2026-11-26T07:00:00Z")); });
        Session s(&net, c);
        QVERIFY(!waitFor([&](auto cb) { s.authenticate(this, cb); }));
        const QJsonObject auth = QJsonDocument::fromJson(net.requests().constFirst().body).object()[QStringLiteral("auth")].toObject();
        QCOMPARE(auth[QStringLiteral("identity")][QStringLiteral("methods")].toArray().first().toString(),
                 QStringLiteral("application_credential"));
        QCOMPARE(auth[QStringLiteral("identity")][QStringLiteral("application_credential")][QStringLiteral("secret")].toString(),
                 QStringLiteral("ac-secret"));
        QVERIFY(!auth.contains(QStringLiteral("scope")));
    }

    void tokenAuthBody()
    {
        auto c = config();
        c.authType = OpenStack::CloudConfig::AuthType::Token;
        c.token = QStringLiteral("given-token");
        FakeNetwork net;
        net.setHandler([](const RecordedRequest &) { return tokenResponse(QStringLiteral("2026-11-26T07:00:00Z")); });
        Session s(&net, c);
        QVERIFY(!waitFor([&](auto cb) { s.authenticate(this, cb); }));
        const QJsonObject identity = QJsonDocument::fromJson(net.requests().constFirst().body)
                                         .object()[QStringLiteral("auth")][QStringLiteral("identity")].toObject();
        QCOMPARE(identity[QStringLiteral("token")][QStringLiteral("id")].toString(), QStringLiteral("given-token"));
    }
};

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
