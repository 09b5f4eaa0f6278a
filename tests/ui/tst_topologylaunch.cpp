// SPDX-License-Identifier: GPL-3.0-or-later
// "Launch Instance on this network" from the map's context menu and from the Networks list, driven
// offscreen against a small fake cloud: the real launch wizard opens with that network checked,
// the server is created on it, and the next refresh draws it on the map. A network of another
// project asks to switch to that project first and opens the wizard once the session is there.
// Never proof that launching works against a real Nova: tst_topology_functional does that.
#include "../bench/bench_topology_synth.h"
#include "app/translations.h"
#include "fakenetwork.h"
#include "models/roles.h"
#include "models/tablefilterproxy.h"
#include "openstack/client/cloudconfig.h"
#include "openstack/client/session.h"
#include "ui/common/tablepanel.h"
#include "ui/topology/topologypage.h"
#include "ui/topology/topologyview.h"

#include <QAbstractButton>
#include <QAction>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QWizard>

using TestSupport::FakeResponse;

namespace {

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject network(const char *id, const char *name, const char *project)
{
    return {{QStringLiteral("id"), QString::fromLatin1(id)},
            {QStringLiteral("name"), QString::fromLatin1(name)},
            {QStringLiteral("project_id"), QString::fromLatin1(project)},
            {QStringLiteral("tenant_id"), QString::fromLatin1(project)},
            {QStringLiteral("status"), QStringLiteral("ACTIVE")},
            {QStringLiteral("shared"), false},
            {QStringLiteral("router:external"), false},
            {QStringLiteral("admin_state_up"), true},
            {QStringLiteral("subnets"), QJsonArray()}};
}

// Keystone, Nova, Glance and Neutron enough for the topology and the launch wizard. The server
// created by POST /servers shows in later server and port lists, as Nova and Neutron would.
class FakeCloud
{
public:
    QString launchedBody;
    bool launched = false;

    FakeResponse handle(const TestSupport::RecordedRequest &r)
    {
        const QString path = r.url.path();
        if (r.verb == "POST" && path.endsWith(QLatin1String("/auth/tokens"))) {
            const QJsonObject scope = QJsonDocument::fromJson(r.body).object().value(QStringLiteral("auth")).toObject().value(QStringLiteral("scope")).toObject();
            const QString project = scope.value(QStringLiteral("project")).toObject().value(QStringLiteral("id")).toString();
            return token(project.isEmpty() ? QStringLiteral("p1") : project);
        }
        if (r.url.host() == QLatin1String("fake") && r.url.port() == 8774 && (path == QLatin1String("/v2.1") || path == QLatin1String("/v2.1/")))
            return FakeResponse::json(200, R"({"version": {"id": "v2.1", "status": "CURRENT", "version": "2.90", "min_version": "2.1"}})");
        if (r.verb == "POST" && path.endsWith(QLatin1String("/servers"))) {
            launchedBody = QString::fromUtf8(r.body);
            launched = true;
            return FakeResponse::json(202, R"({"server": {"id": "vm-new", "links": []}})");
        }
        if (path.endsWith(QLatin1String("/v2.0/networks")))
            return FakeResponse::json(200, compact({{QStringLiteral("networks"),
                                                     QJsonArray{network("net-formal", "formal-net", "p1"),
                                                                network("net-dev", "dev-net", "p1"),
                                                                network("net-other", "other-net", "p2")}}}));
        if (path.endsWith(QLatin1String("/v2.0/ports"))) {
            QJsonArray ports;
            if (launched)
                ports.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("port-new")},
                                         {QStringLiteral("network_id"), QStringLiteral("net-formal")},
                                         {QStringLiteral("device_id"), QStringLiteral("vm-new")},
                                         {QStringLiteral("device_owner"), QStringLiteral("compute:nova")},
                                         {QStringLiteral("project_id"), QStringLiteral("p1")},
                                         {QStringLiteral("status"), QStringLiteral("ACTIVE")},
                                         {QStringLiteral("fixed_ips"), QJsonArray{QJsonObject{{QStringLiteral("subnet_id"), QStringLiteral("s1")},
                                                                                              {QStringLiteral("ip_address"), QStringLiteral("192.168.11.40")}}}}});
            return FakeResponse::json(200, compact({{QStringLiteral("ports"), ports}}));
        }
        if (path.endsWith(QLatin1String("/servers/detail"))) {
            QJsonArray servers;
            if (launched)
                servers.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("vm-new")},
                                           {QStringLiteral("name"), QStringLiteral("web-on-formal")},
                                           {QStringLiteral("status"), QStringLiteral("BUILD")},
                                           {QStringLiteral("tenant_id"), QStringLiteral("p1")}});
            return FakeResponse::json(200, compact({{QStringLiteral("servers"), servers}}));
        }
        if (path.endsWith(QLatin1String("/v2.0/subnets")))
            return FakeResponse::json(200, R"({"subnets": []})");
        if (path.endsWith(QLatin1String("/v2.0/routers")))
            return FakeResponse::json(200, R"({"routers": []})");
        if (path.endsWith(QLatin1String("/v2.0/floatingips")))
            return FakeResponse::json(200, R"({"floatingips": []})");
        if (path.endsWith(QLatin1String("/v2.0/security-groups")))
            return FakeResponse::json(200, R"({"security_groups": [{"id": "sg1", "name": "default", "description": "", "project_id": "p1"}]})");
        if (path.endsWith(QLatin1String("/v2/images")))
            return FakeResponse::json(200, R"({"images": [{"id": "img-cirros", "name": "cirros", "status": "active", "min_disk": 0, "min_ram": 0, "size": 1000}]})");
        if (path.endsWith(QLatin1String("/flavors/detail")))
            return FakeResponse::json(200, R"({"flavors": [{"id": "f-tiny", "name": "m1.tiny", "vcpus": 1, "ram": 512, "disk": 1}]})");
        if (path.endsWith(QLatin1String("/os-keypairs")))
            return FakeResponse::json(200, R"({"keypairs": []})");
        if (path.endsWith(QLatin1String("/os-availability-zone")))
            return FakeResponse::json(200, R"({"availabilityZoneInfo": [{"zoneName": "nova", "zoneState": {"available": true}}]})");
        if (path.endsWith(QLatin1String("/limits")))
            return FakeResponse::json(200, R"({"limits": {"absolute": {"maxTotalInstances": 10, "totalInstancesUsed": 0, "maxTotalCores": 20, "totalCoresUsed": 0, "maxTotalRAMSize": 51200, "totalRAMUsed": 0}}})");
        return FakeResponse::json(404, R"({"error": {"message": "not in the fake cloud"}})");
    }

    static FakeResponse token(const QString &project)
    {
        QJsonObject root = QJsonDocument::fromJson(TestSupport::fakeTokenBody(QStringLiteral("2099-01-01T00:00:00Z"), project)).object();
        QJsonObject token = root.value(QStringLiteral("token")).toObject();
        QJsonArray catalog = token.value(QStringLiteral("catalog")).toArray();
        const auto service = [](const char *type, const char *url) {
            return QJsonObject{{QStringLiteral("type"), QString::fromLatin1(type)},
                               {QStringLiteral("name"), QString::fromLatin1(type)},
                               {QStringLiteral("endpoints"),
                                QJsonArray{QJsonObject{{QStringLiteral("interface"), QStringLiteral("public")},
                                                       {QStringLiteral("region_id"), QStringLiteral("RegionOne")},
                                                       {QStringLiteral("url"), QString::fromLatin1(url)}}}}};
        };
        catalog.append(service("network", "http://fake:9696"));
        catalog.append(service("image", "http://fake:9292"));
        token.insert(QStringLiteral("catalog"), catalog);
        root.insert(QStringLiteral("token"), token);
        FakeResponse r = FakeResponse::json(201, compact(root));
        r.headers.append({QByteArray("X-Subject-Token"), QByteArray("tok")});
        return r;
    }
};

OpenStack::CloudConfig config(const char *project)
{
    OpenStack::CloudConfig c;
    c.name = QStringLiteral("fake");
    c.authUrl = QStringLiteral("http://fake:5000/v3");
    c.username = QStringLiteral("admin");
    c.password = QStringLiteral("p");
    c.projectId = QString::fromLatin1(project);
    return c;
}

void connectSession(OpenStack::Session &session)
{
    QObject context;
    bool done = false;
    session.authenticate(&context, [&done](const Core::Error &) { done = true; });
    QTRY_VERIFY(done);
    QCOMPARE(session.state(), OpenStack::Session::State::Connected);
}

// The menu the page pops up for a node (the page owns it; it is not a nested event loop).
QMenu *contextMenuFor(Ui::TopologyPage &page, const QString &id)
{
    emit page.view()->nodeContextMenu(id, page.view()->mapToGlobal(QPoint(50, 50)));
    QMenu *menu = nullptr;
    for (QMenu *m : page.findChildren<QMenu *>()) {
        if (m->isVisible())
            menu = m;
    }
    return menu;
}

QWizard *waitForWizard(Ui::TopologyPage &page)
{
    QWizard *wizard = nullptr;
    for (int i = 0; i < 200 && !wizard; ++i) {
        wizard = page.findChild<QWizard *>(QStringLiteral("topologyLaunchWizard"));
        if (!wizard)
            QTest::qWait(20);
    }
    return wizard;
}

} // namespace

class TestTopologyLaunch : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QCOMPARE(App::installTranslations(QStringLiteral("en")), QStringLiteral("en")); }

    void launchFromTheMapOnThatNetwork()
    {
        FakeCloud cloud;
        TestSupport::FakeNetwork net;
        net.setHandler([&cloud](const TestSupport::RecordedRequest &r) { return cloud.handle(r); });
        OpenStack::Session session(&net, config("p1"));
        connectSession(session);
        Ui::TopologyPage page;
        page.resize(1200, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.setSession(&session);
        QTRY_VERIFY(!page.isLoading());
        QVERIFY(page.graph().node(QStringLiteral("net-formal")));
        QVERIFY(!page.graph().node(QStringLiteral("vm-new")));

        QMenu *menu = contextMenuFor(page, QStringLiteral("net-formal"));
        QVERIFY(menu);
        auto *launch = menu->findChild<QAction *>(QStringLiteral("launchOnNetworkAction"));
        QVERIFY(launch);
        QVERIFY(launch->isEnabled());
        launch->trigger();
        menu->close();

        QWizard *wizard = waitForWizard(page);
        QVERIFY(wizard);
        QVERIFY(wizard->windowTitle().contains(QStringLiteral("formal-net")));
        auto *networks = wizard->findChild<QListWidget *>(QStringLiteral("networkList"));
        QTRY_COMPARE(networks->count(), 3);
        for (int i = 0; i < networks->count(); ++i) {
            const bool formal = networks->item(i)->data(Qt::UserRole).toString() == QLatin1String("net-formal");
            QCOMPARE(networks->item(i)->checkState(), formal ? Qt::Checked : Qt::Unchecked);
        }
        QTest::keyClicks(wizard->findChild<QLineEdit *>(QStringLiteral("nameEdit")), QStringLiteral("web-on-formal"));
        QAbstractButton *next = wizard->button(QWizard::NextButton);
        QTest::mouseClick(next, Qt::LeftButton);
        wizard->findChild<QTableWidget *>(QStringLiteral("flavorTable"))->selectRow(0);
        QVERIFY(next->isEnabled());
        QTest::mouseClick(next, Qt::LeftButton);
        QAbstractButton *finish = wizard->button(QWizard::FinishButton);
        QVERIFY(finish->isEnabled()); // the network is already chosen
        QTest::mouseClick(finish, Qt::LeftButton);

        QTRY_VERIFY(cloud.launched);
        const QJsonObject server = QJsonDocument::fromJson(cloud.launchedBody.toUtf8()).object().value(QStringLiteral("server")).toObject();
        QCOMPARE(server.value(QStringLiteral("name")).toString(), QStringLiteral("web-on-formal"));
        QCOMPARE(server.value(QStringLiteral("networks")).toArray(),
                 (QJsonArray{QJsonObject{{QStringLiteral("uuid"), QStringLiteral("net-formal")}}}));
        // The refresh after the launch draws it on that network.
        QTRY_VERIFY(page.graph().node(QStringLiteral("vm-new")));
        QCOMPARE(page.graph().node(QStringLiteral("vm-new"))->primaryParent, QStringLiteral("net-formal"));
        QVERIFY(page.graph().edge(QStringLiteral("vm-new>net-formal")));
        QTRY_VERIFY(page.layout().contains(QStringLiteral("vm-new")));
        QVERIFY2(page.lastMessage().contains(QStringLiteral("web-on-formal")), qPrintable(page.lastMessage()));
    }

    void launchFromTheNetworksList()
    {
        FakeCloud cloud;
        TestSupport::FakeNetwork net;
        net.setHandler([&cloud](const TestSupport::RecordedRequest &r) { return cloud.handle(r); });
        OpenStack::Session session(&net, config("p1"));
        connectSession(session);
        Ui::TopologyPage page;
        page.resize(1200, 800);
        page.show();
        page.setSession(&session);
        QTRY_VERIFY(!page.isLoading());
        auto *panel = page.findChild<Ui::TablePanel *>(QStringLiteral("networksPanel"));
        QVERIFY(panel);
        const QModelIndex dev = panel->proxy()->match(panel->proxy()->index(0, 0), Models::IdRole,
                                                      QStringLiteral("net-dev"), 1, Qt::MatchExactly)
                                    .value(0);
        QVERIFY(dev.isValid());
        panel->view()->selectRow(dev.row());
        panel->findChild<QAction *>(QStringLiteral("networksLaunchAction"))->trigger();
        QWizard *wizard = waitForWizard(page);
        QVERIFY(wizard);
        auto *networks = wizard->findChild<QListWidget *>(QStringLiteral("networkList"));
        QTRY_COMPARE(networks->count(), 3);
        QStringList checked;
        for (int i = 0; i < networks->count(); ++i) {
            if (networks->item(i)->checkState() == Qt::Checked)
                checked << networks->item(i)->data(Qt::UserRole).toString();
        }
        QCOMPARE(checked, QStringList{QStringLiteral("net-dev")});
        wizard->reject();
    }

    void anotherProjectsNetworkAsksToSwitchFirst()
    {
        FakeCloud cloud;
        TestSupport::FakeNetwork net;
        net.setHandler([&cloud](const TestSupport::RecordedRequest &r) { return cloud.handle(r); });
        OpenStack::Session session(&net, config("p1"));
        connectSession(session);
        Ui::TopologyPage page;
        page.resize(1200, 800);
        page.show();
        page.setSession(&session);
        QTRY_VERIFY(!page.isLoading());
        QSignalSpy switchRequested(&page, &Ui::TopologyPage::switchProjectRequested);

        page.launchOnNetwork(QStringLiteral("net-other"));
        auto *box = page.findChild<QMessageBox *>(QStringLiteral("launchProjectBox"));
        QVERIFY(box);
        QVERIFY(box->text().contains(QStringLiteral("p2")));
        QVERIFY(!page.findChild<QWizard *>(QStringLiteral("topologyLaunchWizard"))); // nothing launched in p1
        QTest::mouseClick(box->findChild<QAbstractButton *>(QStringLiteral("switchAndLaunchButton")), Qt::LeftButton);
        QCOMPARE(switchRequested.count(), 1);
        QCOMPARE(switchRequested.at(0).at(0).toString(), QStringLiteral("p2"));

        // The application switches the session to p2 and hands it to every page: the wizard opens there.
        OpenStack::Session inOther(&net, config("p2"));
        connectSession(inOther);
        QCOMPARE(inOther.token().projectId, QStringLiteral("p2"));
        page.setSession(&inOther);
        QWizard *wizard = waitForWizard(page);
        QVERIFY(wizard);
        auto *networks = wizard->findChild<QListWidget *>(QStringLiteral("networkList"));
        QTRY_COMPARE(networks->count(), 3);
        for (int i = 0; i < networks->count(); ++i) {
            const bool other = networks->item(i)->data(Qt::UserRole).toString() == QLatin1String("net-other");
            QCOMPARE(networks->item(i)->checkState(), other ? Qt::Checked : Qt::Unchecked);
        }
        wizard->reject();
        QTest::qWait(50);
        // Only once: a later session change opens nothing.
        page.setSession(&inOther);
        QTest::qWait(50);
        QVERIFY(!page.findChild<QWizard *>(QStringLiteral("topologyLaunchWizard")));
    }
};

QTEST_MAIN(TestTopologyLaunch)
#include "tst_topologylaunch.moc"
