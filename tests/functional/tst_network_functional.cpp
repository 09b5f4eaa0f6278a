// SPDX-License-Identifier: GPL-3.0-or-later
// The topology against the real Neutron and Nova of the local cloud: create a network, subnet,
// router (gateway on ext-net), interface and a server; the graph has those nodes and edges; delete
// them; they are gone. `export networks` matches `openstack network list --long`. Everything has a
// unique name and is removed at the end.
#include "openstack/client/restjob.h"
#include "openstack/network/networkjobs.h"
#include "localcloudsession.h"
#include "testcloud.h"
#include "topology/graph.h"
#include "topology/layout.h"
#include "topology/loader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using namespace OpenStack::Network;
using OpenStack::RestJob;
using OpenStack::Session;
using Topology::Edge;

class TestNetworkFunctional : public QObject
{
    Q_OBJECT

    TestSupport::TestCloud m_cloud;
    QNetworkAccessManager m_network;
    std::unique_ptr<Session> m_session;
    QString m_suffix;
    QString m_net, m_subnet, m_router, m_server, m_external;

    // Every job here gets two minutes (see TestSupport::runJob).
    template<typename Job>
    std::unique_ptr<Job> run(Job *job)
    {
        return TestSupport::runJob(job, 120000);
    }

    Topology::Graph load()
    {
        Topology::Loader loader;
        QSignalSpy loaded(&loader, &Topology::Loader::loaded);
        loader.reload(m_session.get(), true);
        if (!loaded.wait(120000))
            qWarning("topology did not load");
        return Topology::buildGraph(loader.snapshot());
    }

    static bool hasEdge(const Topology::Graph &g, const QString &from, const QString &to, Edge::Kind kind)
    {
        for (const Edge &e : g.edges) {
            if (e.from == from && e.to == to && e.kind == kind)
                return true;
        }
        return false;
    }

private slots:
    void initTestCase()
    {
        STACKDECK_REQUIRE_LOCAL_CLOUD(m_cloud);
        QString why;
        m_session = TestSupport::localCloudSession(m_cloud, &m_network, QStringLiteral("stackdeck-local"), this, &why);
        QVERIFY2(m_session, qPrintable(why));
        QVERIFY(m_session->token().isValid());
        m_suffix = QString::number(QRandomGenerator::global()->generate(), 36);
    }

    void cleanupTestCase()
    {
        if (!m_session)
            return;
        if (!m_server.isEmpty())
            std::unique_ptr<RestJob>(run(new RestJob(m_session.get(), QStringLiteral("compute"), "DELETE",
                                                     QStringLiteral("/servers/") + m_server)));
        if (!m_router.isEmpty() && !m_subnet.isEmpty())
            std::unique_ptr<RestJob>(run(new RouterInterfaceJob(m_session.get(), RouterInterfaceJob::Action::Remove,
                                                                m_router, m_subnet)));
        if (!m_router.isEmpty())
            std::unique_ptr<RestJob>(run(new DeleteNetworkResourceJob(m_session.get(), QStringLiteral("routers"), m_router)));
        for (int i = 0; i < 30 && !m_net.isEmpty(); ++i) {
            std::unique_ptr<RestJob> del(run(new DeleteNetworkResourceJob(m_session.get(), QStringLiteral("networks"), m_net)));
            if (!del->error() || del->httpStatus() == 404)
                break;
            QTest::qWait(1000); // the server's port goes away with the server
        }
    }

    void createSeeAndDelete()
    {
        const Topology::Graph before = load();
        for (const auto &n : before.nodes) {
            if (n.kind == Topology::Node::Kind::External)
                m_external = n.id;
        }
        QVERIFY2(!m_external.isEmpty(), "the seeded ext-net is missing");

        std::unique_ptr<RestJob> net(run(new CreateNetworkJob(
            m_session.get(), QJsonObject{{QStringLiteral("name"), QString(QStringLiteral("sd-topo-") + m_suffix)}})));
        QVERIFY2(!net->error(), qPrintable(net->error().toString()));
        m_net = static_cast<CreateNetworkJob *>(net.get())->network().id;
        std::unique_ptr<RestJob> sub(run(new CreateSubnetJob(
            m_session.get(), QJsonObject{{QStringLiteral("network_id"), m_net},
                                         {QStringLiteral("name"), QString(QStringLiteral("sd-topo-sub-") + m_suffix)},
                                         {QStringLiteral("cidr"), QStringLiteral("10.231.7.0/24")},
                                         {QStringLiteral("ip_version"), 4}})));
        QVERIFY2(!sub->error(), qPrintable(sub->error().toString()));
        m_subnet = static_cast<CreateSubnetJob *>(sub.get())->subnet().id;
        std::unique_ptr<RestJob> router(run(new CreateRouterJob(
            m_session.get(), QJsonObject{{QStringLiteral("name"), QString(QStringLiteral("sd-topo-router-") + m_suffix)},
                                         {QStringLiteral("external_gateway_info"),
                                          QJsonObject{{QStringLiteral("network_id"), m_external}}}})));
        QVERIFY2(!router->error(), qPrintable(router->error().toString()));
        m_router = static_cast<CreateRouterJob *>(router.get())->router().id;
        std::unique_ptr<RestJob> iface(
            run(new RouterInterfaceJob(m_session.get(), RouterInterfaceJob::Action::Add, m_router, m_subnet)));
        QVERIFY2(!iface->error(), qPrintable(iface->error().toString()));

        // A server on the new network (fake virt driver: ACTIVE in seconds).
        std::unique_ptr<RestJob> flavors(run(new RestJob(m_session.get(), QStringLiteral("compute"), "GET", QStringLiteral("/flavors"))));
        std::unique_ptr<RestJob> images(run(new RestJob(m_session.get(), QStringLiteral("image"), "GET", QStringLiteral("/v2/images"))));
        const QString flavor = flavors->json()[QStringLiteral("flavors")].toArray().first()[QStringLiteral("id")].toString();
        const QString image = images->json()[QStringLiteral("images")].toArray().first()[QStringLiteral("id")].toString();
        QVERIFY(!flavor.isEmpty() && !image.isEmpty());
        auto *create = new RestJob(m_session.get(), QStringLiteral("compute"), "POST", QStringLiteral("/servers"));
        create->setJsonBody(QJsonObject{{QStringLiteral("server"),
                                         QJsonObject{{QStringLiteral("name"), QString(QStringLiteral("sd-topo-vm-") + m_suffix)},
                                                     {QStringLiteral("flavorRef"), flavor},
                                                     {QStringLiteral("imageRef"), image},
                                                     {QStringLiteral("networks"), QJsonArray{QJsonObject{{QStringLiteral("uuid"), m_net}}}}}}});
        std::unique_ptr<RestJob> server(run(create));
        QVERIFY2(!server->error(), qPrintable(server->error().toString()));
        m_server = server->json()[QStringLiteral("server")][QStringLiteral("id")].toString();
        QVERIFY(!m_server.isEmpty());

        // Wait until Neutron has the server's port, then check the graph.
        Topology::Graph g;
        for (int i = 0; i < 60; ++i) {
            g = load();
            if (hasEdge(g, m_server, m_net, Edge::Kind::Attachment))
                break;
            QTest::qWait(2000);
        }
        QVERIFY(g.node(m_net));
        QCOMPARE(g.node(m_net)->details, QStringList{QStringLiteral("10.231.7.0/24")});
        QVERIFY(g.node(m_router));
        QVERIFY(hasEdge(g, m_router, m_external, Edge::Kind::Gateway));
        QVERIFY(hasEdge(g, m_router, m_net, Edge::Kind::Interface));
        QVERIFY(hasEdge(g, m_server, m_net, Edge::Kind::Attachment));
        QCOMPARE(g.node(m_server)->kind, Topology::Node::Kind::Instance);
        QCOMPARE(g.node(m_server)->name, QString(QStringLiteral("sd-topo-vm-") + m_suffix));
        const Topology::Path path = Topology::tracePath(g, m_server);
        QCOMPARE(path.nodes, (QStringList{m_server, m_net, m_router, m_external}));
        // The new network lands in a free column; the map's other networks keep their places.
        Topology::Layout layout;
        layout.place(before);
        const auto placedBefore = layout.positions();
        layout.place(g);
        for (auto it = placedBefore.cbegin(); it != placedBefore.cend(); ++it) {
            if (g.index.contains(it.key()))
                QCOMPARE(layout.position(it.key()), it.value());
        }
        QVERIFY(layout.contains(m_net));

        // Delete everything; the graph no longer has it.
        std::unique_ptr<RestJob>(run(new RestJob(m_session.get(), QStringLiteral("compute"), "DELETE",
                                                 QStringLiteral("/servers/") + m_server)));
        for (int i = 0; i < 60; ++i) {
            std::unique_ptr<RestJob> get(run(new RestJob(m_session.get(), QStringLiteral("compute"), "GET",
                                                         QStringLiteral("/servers/") + m_server)));
            if (get->httpStatus() == 404)
                break;
            QTest::qWait(1000);
        }
        m_server.clear();
        std::unique_ptr<RestJob> rm(run(new RouterInterfaceJob(m_session.get(), RouterInterfaceJob::Action::Remove, m_router, m_subnet)));
        QVERIFY2(!rm->error(), qPrintable(rm->error().toString()));
        std::unique_ptr<RestJob> delRouter(run(new DeleteNetworkResourceJob(m_session.get(), QStringLiteral("routers"), m_router)));
        QVERIFY2(!delRouter->error(), qPrintable(delRouter->error().toString()));
        const QString routerId = m_router;
        m_router.clear();
        Core::Error netError;
        for (int i = 0; i < 30; ++i) {
            std::unique_ptr<RestJob> delNet(run(new DeleteNetworkResourceJob(m_session.get(), QStringLiteral("networks"), m_net)));
            netError = delNet->error();
            if (!netError)
                break;
            QTest::qWait(1000);
        }
        QVERIFY2(!netError, qPrintable(netError.toString()));
        const QString netId = m_net;
        m_net.clear();
        const Topology::Graph after = load();
        QVERIFY(!after.node(netId));
        QVERIFY(!after.node(routerId));
        QVERIFY(!hasEdge(after, routerId, m_external, Edge::Kind::Gateway));
    }

    void exportNetworksMatchesTheCli()
    {
        const auto ours = m_cloud.stackdeck({QStringLiteral("--os-cloud"), QStringLiteral("stackdeck-local"),
                                             QStringLiteral("export"), QStringLiteral("networks"),
                                             QStringLiteral("--all-projects"), QStringLiteral("--format"),
                                             QStringLiteral("json")});
        QVERIFY2(ours.exitCode == 0, ours.err.constData());
        const auto cli = m_cloud.openstack({QStringLiteral("--os-cloud"), QStringLiteral("stackdeck-local"),
                                            QStringLiteral("network"), QStringLiteral("list"), QStringLiteral("--long"),
                                            QStringLiteral("-f"), QStringLiteral("json")});
        QVERIFY2(cli.exitCode == 0, cli.err.constData());
        QMap<QString, QString> mine;
        for (const QJsonValue &v : QJsonDocument::fromJson(ours.out).array()) {
            QStringList subnets;
            for (const QJsonValue &s : v[QStringLiteral("subnets")].toArray())
                subnets << s.toString();
            subnets.sort();
            mine.insert(v[QStringLiteral("id")].toString(),
                        QStringList{v[QStringLiteral("name")].toString(), v[QStringLiteral("status")].toString(),
                                    v[QStringLiteral("project_id")].toString(),
                                    v[QStringLiteral("shared")].toBool() ? QStringLiteral("shared") : QStringLiteral("-"),
                                    v[QStringLiteral("router_external")].toBool() ? QStringLiteral("external") : QStringLiteral("-"),
                                    subnets.join(QLatin1Char(','))}
                            .join(QLatin1Char('|')));
        }
        QMap<QString, QString> theirs;
        for (const QJsonValue &v : QJsonDocument::fromJson(cli.out).array()) {
            QStringList subnets;
            for (const QJsonValue &s : v[QStringLiteral("Subnets")].toArray())
                subnets << s.toString();
            subnets.sort();
            theirs.insert(v[QStringLiteral("ID")].toString(),
                          QStringList{v[QStringLiteral("Name")].toString(), v[QStringLiteral("Status")].toString(),
                                      v[QStringLiteral("Project")].toString(),
                                      v[QStringLiteral("Shared")].toBool() ? QStringLiteral("shared") : QStringLiteral("-"),
                                      v[QStringLiteral("Router Type")].toBool() ? QStringLiteral("external") : QStringLiteral("-"),
                                      subnets.join(QLatin1Char(','))}
                              .join(QLatin1Char('|')));
        }
        QVERIFY(mine.size() >= 4);
        QCOMPARE(mine, theirs);
        qInfo("export networks: stackdeck %lld ms, openstack network list --long %lld ms", ours.elapsedMs, cli.elapsedMs);

        const auto topo = m_cloud.stackdeck({QStringLiteral("--os-cloud"), QStringLiteral("stackdeck-local"),
                                             QStringLiteral("export"), QStringLiteral("topology"),
                                             QStringLiteral("--all-projects"), QStringLiteral("--format"),
                                             QStringLiteral("json")});
        QVERIFY2(topo.exitCode == 0, topo.err.constData());
        int nodes = 0, edges = 0;
        bool formalNet = false;
        for (const QJsonValue &v : QJsonDocument::fromJson(topo.out).array()) {
            nodes += v[QStringLiteral("element")].toString() == QLatin1String("node");
            edges += v[QStringLiteral("element")].toString() == QLatin1String("edge");
            formalNet = formalNet || (v[QStringLiteral("name")].toString() == QLatin1String("formal-net")
                                      && v[QStringLiteral("details")].toArray().contains(QStringLiteral("192.168.11.0/24")));
        }
        QVERIFY(nodes > 10);
        QVERIFY(edges > 10);
        QVERIFY(formalNet);
    }
};

QTEST_GUILESS_MAIN(TestNetworkFunctional)
#include "tst_network_functional.moc"
