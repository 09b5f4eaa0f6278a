// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakenetwork.h"
#include "openstack/client/pagedjob.h"
#include "openstack/client/session.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace TestSupport;

namespace {
OpenStack::CloudConfig config()
{
    OpenStack::CloudConfig c;
    c.name = QStringLiteral("t");
    c.authUrl = QStringLiteral("http://fake:5000/v3");
    c.username = QStringLiteral("u");
    c.password = QStringLiteral("p");
    c.projectId = QStringLiteral("p1");
    return c;
}

// A Nova-like server list of `total` items paged by `limit`/`marker`, next links pointing at an
// internal host name (as behind a proxy) that the client must not follow literally.
FakeResponse novaPage(const RecordedRequest &r, int total)
{
    const QUrlQuery q(r.url);
    const int limit = q.queryItemValue(QStringLiteral("limit")).toInt();
    const QString marker = q.queryItemValue(QStringLiteral("marker"));
    const int start = marker.isEmpty() ? 0 : marker.mid(1).toInt() + 1;
    QJsonArray servers;
    for (int i = start; i < qMin(total, start + limit); ++i)
        servers.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("s%1").arg(i)}});
    QJsonObject root{{QStringLiteral("servers"), servers}};
    if (start + limit < total) {
        root.insert(QStringLiteral("servers_links"),
                    QJsonArray{QJsonObject{{QStringLiteral("rel"), QStringLiteral("next")},
                                           {QStringLiteral("href"),
                                            QStringLiteral("http://internal-nova:8774/v2.1/servers/detail?limit=%1&marker=s%2")
                                                .arg(limit)
                                                .arg(start + limit - 1)}}});
    }
    return FakeResponse::json(200, QJsonDocument(root).toJson());
}

FakeResponse token()
{
    FakeResponse r = FakeResponse::json(201, fakeTokenBody(QStringLiteral("2099-01-01T00:00:00Z")));
    r.headers.append({QByteArray("X-Subject-Token"), QByteArray("tok")});
    return r;
}
} // namespace

class TestPagedJob : public QObject
{
    Q_OBJECT
private slots:
    void followsEveryPage()
    {
        FakeNetwork net;
        net.setHandler([](const RecordedRequest &r) { return r.verb == "POST" ? token() : novaPage(r, 2500); });
        OpenStack::Session s(&net, config());
        auto *job = new OpenStack::PagedJob(&s, QStringLiteral("compute"), QStringLiteral("/servers/detail"),
                                            QStringLiteral("servers"));
        job->setPageSize(1000);
        QSignalSpy pages(job, &OpenStack::PagedJob::pageReceived);
        int total = -1;
        Core::Error error;
        connect(job, &OpenStack::PagedJob::finished, this, [&](OpenStack::PagedJob *j) {
            total = int(j->items().size());
            error = j->error();
        });
        job->start();
        QTRY_VERIFY(total >= 0);
        QVERIFY2(!error, qPrintable(error.toString()));
        QCOMPARE(total, 2500);
        QCOMPARE(pages.count(), 3); // shown progressively, page by page
        for (const auto &r : net.requests()) {
            if (r.verb == "GET")
                QCOMPARE(r.url.host(), QStringLiteral("fake")); // never the internal host
        }
    }

    void repeatingNextLinkStops()
    {
        FakeNetwork net;
        net.setHandler([](const RecordedRequest &r) {
            if (r.verb == "POST")
                return token();
            return FakeResponse::json(200, "{\"volumes\": [{\"id\": \"v\"}], \"volumes_links\": [{\"rel\": \"next\", \"href\": \"http://fake:8776/v3/p1/volumes/detail?marker=v\"}]}");
        });
        OpenStack::Session s(&net, config());
        auto *job = new OpenStack::PagedJob(&s, QStringLiteral("volumev3"), QStringLiteral("/volumes/detail"),
                                            QStringLiteral("volumes"));
        Core::Error error;
        bool done = false;
        connect(job, &OpenStack::PagedJob::finished, this, [&](OpenStack::PagedJob *j) {
            error = j->error();
            done = true;
        });
        job->start();
        QTRY_VERIFY(done);
        QCOMPARE(error.kind, Core::Error::Kind::BadResponse);
        QVERIFY(net.requests().size() < 10);
    }

    void missingListIsAnError()
    {
        FakeNetwork net;
        net.setHandler([](const RecordedRequest &r) {
            return r.verb == "POST" ? token() : FakeResponse::json(200, R"({"server": {}})");
        });
        OpenStack::Session s(&net, config());
        auto *job = new OpenStack::PagedJob(&s, QStringLiteral("compute"), QStringLiteral("/servers/detail"),
                                            QStringLiteral("servers"));
        Core::Error error;
        bool done = false;
        connect(job, &OpenStack::PagedJob::finished, this, [&](OpenStack::PagedJob *j) {
            error = j->error();
            done = true;
        });
        job->start();
        QTRY_VERIFY(done);
        QCOMPARE(error.kind, Core::Error::Kind::BadResponse);
        QVERIFY(error.message.contains(QStringLiteral("servers")));
    }
};

QTEST_GUILESS_MAIN(TestPagedJob)
#include "tst_pagedjob.moc"
