// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark of the Instances tab (not a ctest test). Prints each result against its budget or peer.
//  1. 10,000 generated servers (realistic Nova 2.90 JSON, 10 pages of 1000) served through a fake
//     network to the real controller + model + Instances page: parse + model, filter keystroke,
//     sort, resident memory of the process.
//  2. With --cloud: on the local cloud, `stackdeck export servers --all-projects` next to
//     `openstack server list --all-projects --long` and the raw API (curl), median of N runs.
#include "fakenetwork.h"
#include "localcloudconfig.h"
#include "models/compute/serverlistcontroller.h"
#include "models/compute/serverlistmodel.h"
#include "models/tablefilterproxy.h"
#include "openstack/client/session.h"
#include "testcloud.h"
#include "ui/common/tablepanel.h"
#include "ui/instances/instancespage.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QUrlQuery>
#include <algorithm>
#include <ctime>
#include <numeric>
#include <cstdio>
#if __has_include(<valgrind/callgrind.h>)
// Under `valgrind --tool=callgrind --instr-atstart=no` only the load phase is measured.
#include <valgrind/callgrind.h>
#define BENCH_PROFILE_START() CALLGRIND_START_INSTRUMENTATION
#define BENCH_PROFILE_STOP() CALLGRIND_STOP_INSTRUMENTATION
#else
#define BENCH_PROFILE_START()
#define BENCH_PROFILE_STOP()
#endif

using namespace TestSupport;

namespace {

constexpr int kServers = 10000;
constexpr int kPage = 1000;

QJsonObject generatedServer(int i)
{
    static const char *const statuses[] = {"ACTIVE", "ACTIVE", "ACTIVE", "ACTIVE", "SHUTOFF", "ACTIVE", "ERROR", "ACTIVE"};
    const QString id = QStringLiteral("%1-0000-4000-8000-%2").arg(i, 8, 16, QLatin1Char('0')).arg(i, 12, 10, QLatin1Char('0'));
    const QString name = QStringLiteral("cluster%1-hadoop260-dn-%2").arg(i / 100).arg(i % 100, 3, 10, QLatin1Char('0'));
    const QString net = QStringLiteral("tenant-net-%1").arg(i % 40);
    QJsonArray addrs{QJsonObject{{QStringLiteral("version"), 4},
                                 {QStringLiteral("addr"), QStringLiteral("192.168.%1.%2").arg(i / 250 % 250).arg(i % 250 + 2)},
                                 {QStringLiteral("OS-EXT-IPS:type"), QStringLiteral("fixed")},
                                 {QStringLiteral("OS-EXT-IPS-MAC:mac_addr"), QStringLiteral("fa:16:3e:%1:%2:%3").arg(i % 256, 2, 16, QLatin1Char('0')).arg(i / 256 % 256, 2, 16, QLatin1Char('0')).arg(7, 2, 16, QLatin1Char('0'))}}};
    if (i % 5 == 0)
        addrs.append(QJsonObject{{QStringLiteral("version"), 4},
                                 {QStringLiteral("addr"), QStringLiteral("172.24.%1.%2").arg(i / 250 % 250).arg(i % 250 + 2)},
                                 {QStringLiteral("OS-EXT-IPS:type"), QStringLiteral("floating")}});
    const QString image = QStringLiteral("img-%1").arg(i % 50);
    QJsonObject s{
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), name},
        {QStringLiteral("status"), QString::fromLatin1(statuses[i % 8])},
        {QStringLiteral("tenant_id"), QStringLiteral("project%1").arg(i % 30)},
        {QStringLiteral("user_id"), QStringLiteral("9b7c12d46a514014b82bcb5d37ec810c")},
        {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("business"), QStringLiteral("FormalTenant")}}},
        {QStringLiteral("hostId"), QStringLiteral("5402d367673d0fcc3ce28b8b0f7198f27d7857eaf7ca2eccfcc0de09")},
        {QStringLiteral("image"), QJsonObject{{QStringLiteral("id"), image}}},
        {QStringLiteral("flavor"), QJsonObject{{QStringLiteral("vcpus"), 8}, {QStringLiteral("ram"), 16384},
                                               {QStringLiteral("disk"), 80}, {QStringLiteral("ephemeral"), 0},
                                               {QStringLiteral("swap"), 0}, {QStringLiteral("original_name"), QStringLiteral("sahara-III-80")},
                                               {QStringLiteral("extra_specs"), QJsonObject{}}}},
        {QStringLiteral("created"), QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).addSecs(i * 1800).toString(Qt::ISODate)},
        {QStringLiteral("updated"), QStringLiteral("2026-11-26T06:18:05Z")},
        {QStringLiteral("addresses"), QJsonObject{{net, addrs}}},
        {QStringLiteral("accessIPv4"), QString()},
        {QStringLiteral("accessIPv6"), QString()},
        {QStringLiteral("OS-DCF:diskConfig"), QStringLiteral("MANUAL")},
        {QStringLiteral("progress"), 0},
        {QStringLiteral("OS-EXT-AZ:availability_zone"), i % 2 ? QStringLiteral("AG1") : QStringLiteral("AG2")},
        {QStringLiteral("config_drive"), QString()},
        {QStringLiteral("key_name"), QStringLiteral("sahara")},
        {QStringLiteral("OS-SRV-USG:launched_at"), QStringLiteral("2026-11-22T11:00:05.000000")},
        {QStringLiteral("OS-EXT-SRV-ATTR:host"), QStringLiteral("host%1").arg(i % 200, 3, 10, QLatin1Char('0'))},
        {QStringLiteral("OS-EXT-SRV-ATTR:instance_name"), QStringLiteral("instance-%1").arg(i, 8, 16, QLatin1Char('0'))},
        {QStringLiteral("OS-EXT-SRV-ATTR:hypervisor_hostname"), QStringLiteral("host%1").arg(i % 200, 3, 10, QLatin1Char('0'))},
        {QStringLiteral("OS-EXT-STS:task_state"), QJsonValue::Null},
        {QStringLiteral("OS-EXT-STS:vm_state"), QStringLiteral("active")},
        {QStringLiteral("OS-EXT-STS:power_state"), i % 8 == 4 ? 4 : 1},
        {QStringLiteral("os-extended-volumes:volumes_attached"), QJsonArray{}},
        {QStringLiteral("locked"), false},
        {QStringLiteral("description"), QJsonValue::Null},
        {QStringLiteral("tags"), QJsonArray{}},
        {QStringLiteral("host_status"), QStringLiteral("UP")},
        {QStringLiteral("security_groups"), QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("default")}}}},
    };
    return s;
}

QByteArray page(int start)
{
    QJsonArray servers;
    for (int i = start; i < qMin(kServers, start + kPage); ++i)
        servers.append(generatedServer(i));
    QJsonObject root{{QStringLiteral("servers"), servers}};
    if (start + kPage < kServers)
        root.insert(QStringLiteral("servers_links"),
                    QJsonArray{QJsonObject{{QStringLiteral("rel"), QStringLiteral("next")},
                                           {QStringLiteral("href"), QStringLiteral("http://fake:8774/v2.1/servers/detail?all_tenants=1&limit=%1&marker=p%2")
                                                                        .arg(kPage).arg(start + kPage - 1, 12, 10, QLatin1Char('0'))}}});
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

qint64 rssKiB()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

double cpuMs()
{
    return 1000.0 * double(std::clock()) / CLOCKS_PER_SEC;
}

void line(const char *what, double value, const char *unit, double budget)
{
    std::printf("%-44s %10.1f %-3s budget %8.1f %-3s ratio %.2f %s\n", what, value, unit, budget, unit, value / budget,
                value <= budget ? "ok" : "OVER");
}

double median(QList<qint64> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : double(v.at(v.size() / 2));
}

void synthetic()
{
    QList<QByteArray> pages;
    for (int start = 0; start < kServers; start += kPage)
        pages << page(start);
    FakeNetwork net;
    net.setHandler([&pages](const RecordedRequest &r) {
        const QString path = r.url.path();
        if (r.verb == "POST") {
            FakeResponse t = FakeResponse::json(201, fakeTokenBody(QStringLiteral("2099-01-01T00:00:00Z")));
            t.headers.append({QByteArray("X-Subject-Token"), QByteArray("tok")});
            return t;
        }
        if (path == QLatin1String("/v2.1/") || path == QLatin1String("/v2.1"))
            return FakeResponse::json(200, R"({"version": {"id": "v2.1", "version": "2.90", "min_version": "2.1"}})");
        if (path.endsWith(QLatin1String("/servers/detail"))) {
            // Nova's marker is the last id of the previous page; ids end in their index.
            const QString marker = QUrlQuery(r.url).queryItemValue(QStringLiteral("marker"));
            return FakeResponse::json(200, pages.value(marker.isEmpty() ? 0 : (marker.right(12).toInt() + 1) / kPage));
        }
        if (path.endsWith(QLatin1String("/projects")))
            return FakeResponse::json(200, R"({"projects": []})");
        return FakeResponse::json(404, R"({"error": {"message": "no image service in this benchmark"}})");
    });
    OpenStack::CloudConfig c;
    c.name = QStringLiteral("bench");
    c.authUrl = QStringLiteral("http://fake:5000/v3");
    c.username = QStringLiteral("admin");
    c.password = QStringLiteral("x");
    OpenStack::Session session(&net, c);
    bool authed = false;
    session.authenticate(&net, [&authed](const Core::Error &) { authed = true; });
    if (!QTest::qWaitFor([&]() { return authed; }, 5000))
        std::printf("authentication did not answer\n");

    Ui::InstancesPage page;
    page.resize(1400, 800);
    page.show();
    if (!QTest::qWaitForWindowExposed(&page))
        std::printf("window not exposed\n");
    page.controller()->setLive(false);
    page.controller()->setAllProjects(true);
    const qint64 rssBefore = rssKiB();

    // Parse + model: from the first byte of the first page to every row in the table.
    QSignalSpy loaded(page.controller(), &Models::ServerListController::loaded);
    QElapsedTimer t;
    t.start();
    const double cpu0 = cpuMs();
    BENCH_PROFILE_START();
    page.controller()->setSession(&session);
    page.controller()->reload();
    loaded.wait(60000);
    BENCH_PROFILE_STOP();
    const qint64 total = t.elapsed();
    const double cpuLoad = cpuMs() - cpu0;
    std::printf("rows loaded: %d (pages: %d, %.1f MB of JSON)\n", page.model()->rowCount(), int(pages.size()),
                double(std::accumulate(pages.cbegin(), pages.cend(), qsizetype(0),
                                       [](qsizetype n, const QByteArray &b) { return n + b.size(); }))
                    / 1e6);
    line("parse + model, 10,000 servers, wall (ms)", double(total), "ms", 150);
    line("parse + model, 10,000 servers, CPU (ms)", cpuLoad, "ms", 150);
    // For reference only: building a QJsonDocument of the same pages (no longer on the load path).
    QElapsedTimer raw;
    raw.start();
    for (const QByteArray &p : pages)
        QJsonDocument::fromJson(p);
    std::printf("  for reference, QJsonDocument::fromJson of the same pages: %lld ms\n",
                static_cast<long long>(raw.elapsed()));

    Models::TableFilterProxy *proxy = page.panel()->proxy();
    QTableView *view = page.panel()->view();
    view->sortByColumn(Models::ServerListModel::NameColumn, Qt::AscendingOrder);
    QCoreApplication::processEvents();
    // The filter's search text is built in idle slices once rows stop arriving, not on a keystroke.
    QElapsedTimer idle;
    idle.start();
    const double cpu1 = cpuMs();
    const bool indexed = QTest::qWaitFor([proxy]() { return proxy->isSearchIndexComplete(); }, 10000);
    std::printf("  search index %s %lld ms after the load (idle slices of <= ~4 ms; CPU %.0f ms incl. the wait)\n",
                indexed ? "ready" : "NOT ready", static_cast<long long>(idle.elapsed()), cpuMs() - cpu1);
    // Filter keystrokes: the worst of typing "hadoop260-dn-05" one key at a time.
    qint64 worst = 0;
    QString typed;
    for (const QChar ch : QStringLiteral("dn-05")) {
        typed += ch;
        QElapsedTimer k;
        k.start();
        proxy->setFilterText(typed);
        QCoreApplication::processEvents(); // the view's own handling of the change counts too
        std::printf("  keystroke \"%s\": %lld ms\n", qPrintable(typed), static_cast<long long>(k.elapsed()));
        worst = qMax(worst, k.elapsed());
    }
    std::printf("  rows matching \"%s\": %d\n", qPrintable(typed), proxy->rowCount());
    line("filter keystroke, worst of 5 (ms)", double(worst), "ms", 16);
    proxy->setFilterText(QString());

    QElapsedTimer s;
    s.start();
    view->sortByColumn(Models::ServerListModel::IpColumn, Qt::AscendingOrder);
    const qint64 sortIp = s.elapsed();
    s.restart();
    view->sortByColumn(Models::ServerListModel::AgeColumn, Qt::DescendingOrder);
    const qint64 sortAge = s.elapsed();
    s.restart();
    view->sortByColumn(Models::ServerListModel::NameColumn, Qt::AscendingOrder);
    const qint64 sortName = s.elapsed();
    line("sort by name (ms)", double(sortName), "ms", 50);
    line("sort by IP address (ms)", double(sortIp), "ms", 50);
    line("sort by age (ms)", double(sortAge), "ms", 50);
    QCoreApplication::processEvents();
    const qint64 rss = rssKiB();
    line("resident memory, whole process (MiB)", double(rss) / 1024.0, "MiB", 200);
    std::printf("  of which the 10,000 rows: %.1f MiB\n", double(rss - rssBefore) / 1024.0);
}

// The raw API doing what the export has to do: a token from Keystone, then the list, each by curl.
// The password goes to curl on its standard input, never on a command line.
qint64 curlTokenThenList(const OpenStack::CloudConfig &c, QString *token)
{
    const QJsonObject auth{
        {QStringLiteral("identity"),
         QJsonObject{{QStringLiteral("methods"), QJsonArray{QStringLiteral("password")}},
                     {QStringLiteral("password"),
                      QJsonObject{{QStringLiteral("user"),
                                   QJsonObject{{QStringLiteral("name"), c.username},
                                               {QStringLiteral("domain"), QJsonObject{{QStringLiteral("name"), c.userDomainName}}},
                                               {QStringLiteral("password"), c.password}}}}}}},
        {QStringLiteral("scope"),
         QJsonObject{{QStringLiteral("project"),
                      QJsonObject{{QStringLiteral("name"), c.projectName},
                                  {QStringLiteral("domain"), QJsonObject{{QStringLiteral("name"), c.projectDomainName}}}}}}}};
    QElapsedTimer t;
    t.start();
    QProcess post;
    post.start(QStringLiteral("/usr/bin/curl"),
               {QStringLiteral("-s"), QStringLiteral("-D"), QStringLiteral("-"), QStringLiteral("-o"), QStringLiteral("/dev/null"),
                QStringLiteral("-H"), QStringLiteral("Content-Type: application/json"), QStringLiteral("--data-binary"),
                QStringLiteral("@-"), c.authUrl + QStringLiteral("/auth/tokens")});
    post.write(QJsonDocument(QJsonObject{{QStringLiteral("auth"), auth}}).toJson(QJsonDocument::Compact));
    post.closeWriteChannel();
    post.waitForFinished(30000);
    token->clear();
    for (const QByteArray &line : post.readAllStandardOutput().split('\n')) {
        if (line.toLower().startsWith("x-subject-token:"))
            *token = QString::fromLatin1(line.mid(16).trimmed());
    }
    QProcess get;
    get.start(QStringLiteral("/usr/bin/curl"),
              {QStringLiteral("-s"), QStringLiteral("-o"), QStringLiteral("/dev/null"), QStringLiteral("-H"),
               QStringLiteral("X-Auth-Token: ") + *token, QStringLiteral("-H"), QStringLiteral("OpenStack-API-Version: compute 2.90"),
               QStringLiteral("http://127.0.0.1:28774/v2.1/servers/detail?all_tenants=1")});
    get.waitForFinished(30000);
    return t.elapsed();
}

void cloud()
{
    TestCloud tc;
    QString why;
    if (!TestCloud::find(&tc, &why)) {
        std::printf("local cloud: skipped (%s)\n", qPrintable(why));
        return;
    }
    const int runs = 5;
    const QString stackdeck = qEnvironmentVariable("STACKDECK_BINARY");
    QList<qint64> ours, cli, curl, curlWithToken, start;
    const auto config = localCloudConfig(tc, QStringLiteral("stackdeck-local"));
    if (!config) {
        std::printf("local cloud: skipped (its clouds.yaml has no stackdeck-local)\n");
        return;
    }
    const auto token = tc.openstack({QStringLiteral("--os-cloud"), QStringLiteral("stackdeck-local"), QStringLiteral("token"),
                                     QStringLiteral("issue"), QStringLiteral("-f"), QStringLiteral("value"), QStringLiteral("-c"),
                                     QStringLiteral("id")});
    const QString tok = QString::fromLatin1(token.out.trimmed());
    int rows = -1;
    for (int i = 0; i < runs; ++i) {
        const auto a = tc.run(stackdeck, {QStringLiteral("--os-cloud"), QStringLiteral("stackdeck-local"), QStringLiteral("export"),
                                          QStringLiteral("servers"), QStringLiteral("--all-projects"), QStringLiteral("--format"),
                                          QStringLiteral("json")});
        ours << a.elapsedMs;
        // The floor no request can lower: process start, libraries loaded, clouds.yaml read (an
        // unknown cloud ends it there).
        start << tc.run(stackdeck, {QStringLiteral("--os-cloud"), QStringLiteral("stackdeck-no-such-cloud"),
                                    QStringLiteral("export"), QStringLiteral("servers")})
                     .elapsedMs;
        rows = int(QJsonDocument::fromJson(a.out).array().size());
        cli << tc.openstack({QStringLiteral("--os-cloud"), QStringLiteral("stackdeck-local"), QStringLiteral("server"),
                             QStringLiteral("list"), QStringLiteral("--all-projects"), QStringLiteral("--long"),
                             QStringLiteral("-f"), QStringLiteral("json")})
                   .elapsedMs;
        curl << tc.run(QStringLiteral("/usr/bin/curl"),
                       {QStringLiteral("-s"), QStringLiteral("-o"), QStringLiteral("/dev/null"), QStringLiteral("-H"),
                        QStringLiteral("X-Auth-Token: ") + tok, QStringLiteral("-H"),
                        QStringLiteral("OpenStack-API-Version: compute 2.90"),
                        QStringLiteral("http://127.0.0.1:28774/v2.1/servers/detail?all_tenants=1")})
                    .elapsedMs;
        QString fresh;
        curlWithToken << curlTokenThenList(*config, &fresh);
        if (fresh.isEmpty())
            std::printf("curl: Keystone gave no token\n");
    }
    std::printf("local cloud, %d servers, median of %d runs:\n", rows, runs);
    std::printf("  stackdeck export servers --all-projects: %6.0f ms\n", median(ours));
    std::printf("  openstack server list --all-projects --long: %6.0f ms  (stackdeck is %.1fx faster)\n", median(cli),
                median(cli) / qMax(1.0, median(ours)));
    std::printf("  raw API, curl GET /servers/detail (token given): %6.0f ms  (stackdeck / curl = %.2f)\n", median(curl),
                median(ours) / qMax(1.0, median(curl)));
    std::printf("  raw API, curl POST /v3/auth/tokens then GET /servers/detail (what the export asks): %6.0f ms  "
                "(stackdeck / curl = %.2f)\n",
                median(curlWithToken), median(ours) / qMax(1.0, median(curlWithToken)));
    std::printf("  of stackdeck's time, process start and configuration (no request): %6.0f ms\n", median(start));
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    synthetic();
    if (app.arguments().contains(QStringLiteral("--cloud")))
        cloud();
    return 0;
}
