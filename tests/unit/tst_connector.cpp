// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakenetwork.h"
#include "openstack/client/connector.h"
#include "openstack/client/session.h"
#include "secrets/memorystore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace TestSupport;
using OpenStack::Connector;

namespace {
OpenStack::CloudConfig config(const QString &password = {})
{
    OpenStack::CloudConfig c;
    c.name = QStringLiteral("lab");
    c.authUrl = QStringLiteral("http://fake:5000/v3");
    c.username = QStringLiteral("admin");
    c.password = password;
    c.projectId = QStringLiteral("p1");
    return c;
}

// Keystone that accepts only "right".
FakeResponse keystone(const RecordedRequest &r)
{
    const QString pw = QJsonDocument::fromJson(r.body).object()[QStringLiteral("auth")][QStringLiteral("identity")]
                           [QStringLiteral("password")][QStringLiteral("user")][QStringLiteral("password")]
                               .toString();
    if (pw != QLatin1String("right"))
        return FakeResponse::json(401, R"({"error": {"message": "The request you have made requires authentication."}})");
    FakeResponse ok = FakeResponse::json(201, fakeTokenBody(QStringLiteral("2099-01-01T00:00:00Z")));
    ok.headers.append({QByteArray("X-Subject-Token"), QByteArray("tok")});
    return ok;
}

struct Outcome
{
    OpenStack::Session *session = nullptr;
    Core::Error error;
    bool done = false;
};
} // namespace

class TestConnector : public QObject
{
    Q_OBJECT

    QString storedSecret(Secrets::MemoryStore &store, const OpenStack::CloudConfig &c)
    {
        QString out;
        bool done = false;
        store.read(Connector::keychainKey(c), this, [&](const Secrets::CredentialStore::Result &r) {
            out = r.secret;
            done = true;
        });
        [&]() { QTRY_VERIFY(done); }();
        return out;
    }

private slots:
    void secretFromConfigNeedsNoPrompt()
    {
        FakeNetwork net;
        net.setHandler(keystone);
        Secrets::MemoryStore store;
        Connector connector(&net, &store, nullptr);
        int prompts = 0;
        connector.setPrompt([&](auto &, auto &, auto answer) {
            ++prompts;
            answer(std::nullopt);
        });
        Outcome o;
        connector.connectTo(config(QStringLiteral("right")), this, [&](OpenStack::Session *s, const Core::Error &e) {
            o = {s, e, true};
        });
        QTRY_VERIFY(o.done);
        QVERIFY(!o.error);
        QVERIFY(o.session);
        QCOMPARE(prompts, 0);
    }

    void typedPasswordRememberedOnlyAfterSuccess()
    {
        FakeNetwork net;
        net.setHandler(keystone);
        Secrets::MemoryStore store;
        Connector connector(&net, &store, nullptr);
        QStringList reasons;
        connector.setPrompt([&](auto &, const QString &reason, auto answer) {
            reasons << reason;
            // First a typo, then the right one; both with "remember".
            answer(Connector::PromptAnswer{reasons.size() == 1 ? QStringLiteral("wrong") : QStringLiteral("right"), true});
        });
        Outcome o;
        const auto c = config();
        connector.connectTo(c, this, [&](OpenStack::Session *s, const Core::Error &e) { o = {s, e, true}; });
        QTRY_VERIFY(o.done);
        QVERIFY2(!o.error, qPrintable(o.error.toString()));
        QCOMPARE(reasons.size(), 2);
        QVERIFY(reasons.at(0).isEmpty());
        QVERIFY2(reasons.at(1).contains(QStringLiteral("requires authentication")), qPrintable(reasons.at(1)));
        QCOMPARE(storedSecret(store, c), QStringLiteral("right"));
    }

    void notRememberedUnlessAsked()
    {
        FakeNetwork net;
        net.setHandler(keystone);
        Secrets::MemoryStore store;
        Connector connector(&net, &store, nullptr);
        connector.setPrompt([&](auto &, auto &, auto answer) { answer(Connector::PromptAnswer{QStringLiteral("right"), false}); });
        Outcome o;
        const auto c = config();
        connector.connectTo(c, this, [&](OpenStack::Session *s, const Core::Error &e) { o = {s, e, true}; });
        QTRY_VERIFY(o.done);
        QVERIFY(!o.error);
        QCOMPARE(storedSecret(store, c), QString());
    }

    void rememberedPasswordIsUsed()
    {
        FakeNetwork net;
        net.setHandler(keystone);
        Secrets::MemoryStore store;
        const auto c = config();
        bool written = false;
        store.write(Connector::keychainKey(c), QStringLiteral("right"), this, [&](auto &) { written = true; });
        QTRY_VERIFY(written);
        Connector connector(&net, &store, nullptr);
        Outcome o;
        connector.connectTo(c, this, [&](OpenStack::Session *s, const Core::Error &e) { o = {s, e, true}; });
        QTRY_VERIFY(o.done);
        QVERIFY(!o.error);
    }

    void headlessWithoutPasswordExplains()
    {
        FakeNetwork net;
        net.setHandler(keystone);
        Secrets::MemoryStore store;
        Connector connector(&net, &store, nullptr);
        Outcome o;
        connector.connectTo(config(), this, [&](OpenStack::Session *s, const Core::Error &e) { o = {s, e, true}; });
        QTRY_VERIFY(o.done);
        QVERIFY(!o.session);
        QCOMPARE(o.error.kind, Core::Error::Kind::Auth);
        QVERIFY(o.error.message.contains(QStringLiteral("secure.yaml")));
        QCOMPARE(net.requests().size(), 0);
    }

    void cancelledLogin()
    {
        FakeNetwork net;
        net.setHandler(keystone);
        Secrets::MemoryStore store;
        store.setUnavailable(true); // no keychain: the prompt still works
        Connector connector(&net, &store, nullptr);
        connector.setPrompt([&](auto &, auto &, auto answer) { answer(std::nullopt); });
        Outcome o;
        connector.connectTo(config(), this, [&](OpenStack::Session *s, const Core::Error &e) { o = {s, e, true}; });
        QTRY_VERIFY(o.done);
        QCOMPARE(o.error.kind, Core::Error::Kind::Cancelled);
    }
};

QTEST_GUILESS_MAIN(TestConnector)
#include "tst_connector.moc"
