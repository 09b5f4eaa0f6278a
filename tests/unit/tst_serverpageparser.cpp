// SPDX-License-Identifier: GPL-3.0-or-later
// The byte scanner of GET /servers/detail pages agrees with Server::fromJson() on recorded and odd
// input, and turns malformed or truncated pages into errors instead of short tables.
#include "openstack/compute/server.h"
#include "openstack/client/jsonfields.h"
#include "openstack/compute/serverpageparser.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using OpenStack::Compute::Server;
using OpenStack::Compute::ServerPageParser;

namespace {
QByteArray recordedPage()
{
    QFile f(qEnvironmentVariable("STACKDECK_SOURCE_DIR") + QStringLiteral("/tests/unit/data/compute/servers_detail.json"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read the recorded servers");
    return f.readAll();
}

// What the QJsonDocument path makes of the same bytes.
QVector<Server> viaDocument(const QByteArray &body, Core::Error *error)
{
    const QJsonArray list = QJsonDocument::fromJson(body).object().value(QStringLiteral("servers")).toArray();
    return Server::listFromJson(list, error);
}

QByteArray page(const QByteArray &servers, const QByteArray &extra = {})
{
    return "{\"servers\": [" + servers + "]" + extra + "}";
}
} // namespace

class TestServerPageParser : public QObject
{
    Q_OBJECT
private slots:
    void recordedPageEqualsFromJson()
    {
        const QByteArray body = recordedPage();
        Core::Error e1, e2;
        ServerPageParser parser;
        const ServerPageParser::Page fast = parser.parse(body, &e1);
        const QVector<Server> slow = viaDocument(body, &e2);
        QVERIFY2(!e1, qPrintable(e1.toString()));
        QVERIFY(!e2);
        QCOMPARE(fast.servers.size(), slow.size());
        QVERIFY(fast.servers.size() >= 4);
        for (int i = 0; i < slow.size(); ++i) {
            const Server &a = fast.servers.at(i);
            const Server &b = slow.at(i);
            QCOMPARE(a.id, b.id);
            QCOMPARE(a.name, b.name);
            QCOMPARE(a.flavor, b.flavor);
            QCOMPARE(a.addresses, b.addresses);
            QCOMPARE(a.created, b.created);
            QCOMPARE(a.launchedAt, b.launchedAt);
            QCOMPARE(a.metadata, b.metadata);
            QVERIFY2(a == b, qPrintable(a.id));
        }
        QVERIFY(!fast.hasNext);
    }

    void oddValuesReadAsFromJsonReadsThem_data()
    {
        QTest::addColumn<QByteArray>("server");
        const QByteArray base = "\"id\": \"s1\", \"status\": \"ACTIVE\"";
        QTest::newRow("escapes and unicode")
            << ("{" + base + ", \"name\": \"a\\\"b\\\\c\\n\\u00e9\\ud83d\\ude00 \xe4\xba\x91\\/\"}");
        QTest::newRow("number where text") << ("{" + base + ", \"name\": 42, \"key_name\": 1.5}");
        QTest::newRow("nulls") << ("{" + base + ", \"name\": null, \"image\": null, \"flavor\": null, \"addresses\": null,"
                                   " \"OS-EXT-STS:task_state\": null, \"fault\": null, \"tags\": null}");
        QTest::newRow("boot from volume") << ("{" + base + ", \"image\": \"\"}");
        QTest::newRow("flavor before 2.47")
            << ("{" + base + ", \"flavor\": {\"id\": \"42\", \"links\": [{\"rel\": \"bookmark\", \"href\": \"x\"}]}}");
        QTest::newRow("power state as text") << ("{" + base + ", \"OS-EXT-STS:power_state\": \"4\", \"progress\": \"x\"}");
        QTest::newRow("locked as text") << ("{" + base + ", \"locked\": \"True\", \"config_drive\": \"True\"}");
        QTest::newRow("networks out of order")
            << ("{" + base + ", \"addresses\": {\"zeta\": [{\"addr\": \"10.0.0.9\", \"version\": 4}],"
                             " \"alpha\": [{\"addr\": \"fd00::1\", \"version\": 6.0, \"OS-EXT-IPS:type\": \"fixed\"},"
                             " {\"addr\": \"\"}, 7, {\"addr\": \"172.24.4.9\", \"version\": 4.5,"
                             " \"OS-EXT-IPS:type\": \"floating\"}]}}");
        QTest::newRow("groups, volumes, tags, metadata")
            << ("{" + base + ", \"security_groups\": [{\"name\": \"default\"}, {\"name\": \"web\"}, {\"name\": \"default\"},"
                             " {\"name\": 3}, \"x\"], \"os-extended-volumes:volumes_attached\": [{\"id\": \"v1\"}, 5,"
                             " {\"id\": \"v2\", \"delete_on_termination\": false}], \"tags\": [\"a\", 1, \"b\"],"
                             " \"metadata\": {\"b\": \"2\", \"a\": \"1\", \"n\": 5}}");
        QTest::newRow("fault and timestamps")
            << ("{" + base + ", \"fault\": {\"code\": 500, \"message\": \"No valid host\", \"details\": \"tb\","
                             " \"created\": \"2026-11-26T05:59:51Z\"}, \"created\": \"2026-11-26T05:59:51+08:00\","
                             " \"updated\": \"2026-11-26T05:59:51.123456\", \"OS-SRV-USG:launched_at\": \"yesterday\"}");
        // Every member the scanner reads, with a value fromJson() reads too: none may be dropped.
        QTest::newRow("every member")
            << ("{" + base + ", \"name\": \"n\", \"OS-EXT-STS:task_state\": \"spawning\", \"OS-EXT-STS:vm_state\": \"building\","
                             " \"OS-EXT-STS:power_state\": 1, \"tenant_id\": \"p\", \"user_id\": \"u\", \"hostId\": \"h\","
                             " \"OS-EXT-SRV-ATTR:host\": \"host01\", \"OS-EXT-SRV-ATTR:hypervisor_hostname\": \"hv\","
                             " \"OS-EXT-SRV-ATTR:instance_name\": \"instance-1\", \"OS-EXT-AZ:availability_zone\": \"AG1\","
                             " \"key_name\": \"k\", \"description\": \"d\", \"accessIPv4\": \"1.2.3.4\", \"accessIPv6\": \"::1\","
                             " \"locked_reason\": \"r\", \"host_status\": \"UP\", \"progress\": 50, \"locked\": true,"
                             " \"config_drive\": \"True\", \"OS-SRV-USG:launched_at\": \"2026-11-22T11:00:05.000000\"}");
        QTest::newRow("unknown members of every kind")
            << ("{" + base + ", \"x\": {\"y\": [1, 2, {\"z\": [true, false, null, -1.5e3]}]}, \"links\": []}");
    }
    void oddValuesReadAsFromJsonReadsThem()
    {
        QFETCH(QByteArray, server);
        const QByteArray body = page(server);
        QVERIFY2(QJsonDocument::fromJson(body).isObject(), body.constData());
        Core::Error e1, e2;
        ServerPageParser parser;
        const ServerPageParser::Page fast = parser.parse(body, &e1);
        const QVector<Server> slow = viaDocument(body, &e2);
        QVERIFY2(!e1, qPrintable(e1.toString()));
        QCOMPARE(fast.servers.size(), 1);
        QCOMPARE(slow.size(), 1);
        const Server &a = fast.servers.first();
        const Server &b = slow.first();
        QCOMPARE(a.name, b.name);
        QCOMPARE(a.flavor, b.flavor);
        QCOMPARE(a.addresses, b.addresses);
        QCOMPARE(a.securityGroups, b.securityGroups);
        QCOMPARE(a.attachedVolumeIds, b.attachedVolumeIds);
        QCOMPARE(a.tags, b.tags);
        QCOMPARE(a.metadata, b.metadata);
        QCOMPARE(a.fault, b.fault);
        QCOMPARE(a.created, b.created);
        QCOMPARE(a.updated, b.updated);
        QCOMPARE(a.launchedAt, b.launchedAt);
        QCOMPARE(a.powerState, b.powerState);
        QVERIFY(a == b);
    }

    void nextLinkIsSeen()
    {
        ServerPageParser parser;
        Core::Error e;
        const auto p = parser.parse(page("{\"id\": \"a\", \"status\": \"ACTIVE\"}",
                                         ", \"servers_links\": [{\"href\": \"http://x/servers/detail?marker=a\","
                                         " \"rel\": \"next\"}]"),
                                    &e);
        QVERIFY(!e);
        QVERIFY(p.hasNext);
        const auto last = parser.parse(page("{\"id\": \"b\", \"status\": \"ACTIVE\"}",
                                            ", \"servers_links\": [{\"rel\": \"previous\", \"href\": \"y\"}]"),
                                       &e);
        QVERIFY(!e);
        QVERIFY(!last.hasNext);
        QVERIFY(parser.parse("{\"servers\": []}", &e).servers.isEmpty());
        QVERIFY(!e);
    }

    void badPagesAreErrors_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expected");
        const QByteArray full = page("{\"id\": \"a\", \"status\": \"ACTIVE\", \"name\": \"n\"}");
        QTest::newRow("truncated") << full.left(full.size() - 12) << QStringLiteral("not valid JSON");
        QTest::newRow("cut inside a string") << full.left(full.indexOf("ACT") + 2) << QStringLiteral("not valid JSON");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("not valid JSON");
        QTest::newRow("html") << QByteArray("<html>502</html>") << QStringLiteral("not valid JSON");
        QTest::newRow("garbage after") << (full + " x") << QStringLiteral("not valid JSON");
        QTest::newRow("trailing comma") << page("{\"id\": \"a\", \"status\": \"ACTIVE\",}") << QStringLiteral("not valid JSON");
        QTest::newRow("bad literal") << page("{\"id\": \"a\", \"status\": \"ACTIVE\", \"locked\": tru}")
                                     << QStringLiteral("not valid JSON");
        QTest::newRow("no list") << QByteArray("{\"server\": {}}") << QStringLiteral("no \"servers\" list");
        QTest::newRow("entry not object") << page("\"a\"") << QStringLiteral("not an object");
        QTest::newRow("no status") << page("{\"id\": \"a1\", \"name\": \"n\"}")
                                   << QStringLiteral("server a1 lacks required field(s): status");
        QTest::newRow("no id") << page("{\"status\": \"ACTIVE\", \"id\": 5}")
                               << QStringLiteral("lacks required field(s): id");
    }
    void badPagesAreErrors()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, expected);
        ServerPageParser parser;
        Core::Error e;
        const auto p = parser.parse(body, &e);
        QVERIFY(e);
        QCOMPARE(e.kind, Core::Error::Kind::BadResponse);
        QVERIFY2(e.message.contains(expected), qPrintable(e.message));
        QVERIFY(p.servers.isEmpty());
    }

    void repeatedValuesShareOneString()
    {
        ServerPageParser parser;
        Core::Error e;
        const auto p = parser.parse(page("{\"id\": \"a\", \"status\": \"ACTIVE\", \"OS-EXT-AZ:availability_zone\": \"AG1\"},"
                                         "{\"id\": \"b\", \"status\": \"ACTIVE\", \"OS-EXT-AZ:availability_zone\": \"AG1\"}"),
                                    &e);
        QVERIFY(!e);
        QCOMPARE(p.servers.size(), 2);
        QCOMPARE(p.servers.at(0).availabilityZone.constData(), p.servers.at(1).availabilityZone.constData());
        QCOMPARE(p.servers.at(0).status.constData(), p.servers.at(1).status.constData());
        QVERIFY(p.servers.at(0).id.constData() != p.servers.at(1).id.constData());
    }

    void timestampsMatchTheSlowParser_data()
    {
        QTest::addColumn<QString>("text");
        for (const char *t : {"2026-11-22T11:00:05Z", "2026-11-22T11:00:05.000000", "2026-11-22T11:00:05.1239",
                              "2026-11-22T11:00:05+08:00", "2026-11-22T11:00:05-03:30", "2026-11-22T11:00:05",
                              "2026-02-30T11:00:05Z", "not a date", "2026-11-22"})
            QTest::newRow(t) << QString::fromLatin1(t);
    }
    void timestampsMatchTheSlowParser()
    {
        QFETCH(QString, text);
        const QByteArray utf8 = text.toUtf8();
        const QDateTime fast = OpenStack::Compute::parseTimestampFast(utf8);
        const QDateTime slow = OpenStack::parseTimestamp(text);
        QCOMPARE(fast.isValid(), slow.isValid());
        if (slow.isValid()) {
            QCOMPARE(fast, slow);
            QCOMPARE(fast.timeSpec(), Qt::UTC);
        }
    }
};

QTEST_GUILESS_MAIN(TestServerPageParser)
#include "tst_serverpageparser.moc"
