// SPDX-License-Identifier: GPL-3.0-or-later
// Graph building and layout properties: determinism, stability, collapse/expand, diff, search,
// path trace, orphaned ports.
#include "../bench/bench_topology_synth.h"
#include "topology/graph.h"
#include "topology/layout.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Topology;

namespace {

// The talk's cloud in miniature: ext-net, formal-net/192.168.11.0/24 behind formal-router, two
// instances, a DHCP port, a floating IP on the first instance and a free one.
Snapshot talk()
{
    using namespace OpenStack::Network;
    Snapshot s;
    Network ext;
    ext.id = QStringLiteral("ext");
    ext.name = QStringLiteral("ext-net");
    ext.external = true;
    Network formal;
    formal.id = QStringLiteral("net-formal");
    formal.name = QStringLiteral("formal-net");
    formal.projectId = QStringLiteral("formal");
    s.networks = {formal, ext};
    Subnet sub;
    sub.id = QStringLiteral("sub-formal");
    sub.networkId = formal.id;
    sub.cidr = QStringLiteral("192.168.11.0/24");
    s.subnets = {sub};
    Router r;
    r.id = QStringLiteral("router-formal");
    r.name = QStringLiteral("formal-router");
    r.externalNetworkId = ext.id;
    r.externalIps = {QStringLiteral("172.24.4.23")};
    s.routers = {r};
    Port iface;
    iface.id = QStringLiteral("port-iface");
    iface.networkId = formal.id;
    iface.deviceId = r.id;
    iface.deviceOwner = QStringLiteral("network:router_interface");
    iface.fixedIps = {{sub.id, QStringLiteral("192.168.11.1")}};
    Port dhcp;
    dhcp.id = QStringLiteral("port-dhcp");
    dhcp.networkId = formal.id;
    dhcp.deviceOwner = QStringLiteral("network:dhcp");
    Port nn;
    nn.id = QStringLiteral("port-nn");
    nn.networkId = formal.id;
    nn.deviceId = QStringLiteral("vm-nn");
    nn.deviceOwner = QStringLiteral("compute:AG1");
    nn.fixedIps = {{sub.id, QStringLiteral("192.168.11.34")}};
    Port dn = nn;
    dn.id = QStringLiteral("port-dn");
    dn.deviceId = QStringLiteral("vm-dn");
    dn.fixedIps = {{sub.id, QStringLiteral("192.168.11.31")}};
    Port gone = nn;
    gone.id = QStringLiteral("port-gone");
    gone.deviceId = QStringLiteral("vm-deleted-long-ago");
    gone.fixedIps = {{sub.id, QStringLiteral("192.168.11.99")}};
    s.ports = {iface, dhcp, nn, dn, gone};
    InstanceSummary a;
    a.id = QStringLiteral("vm-nn");
    a.name = QStringLiteral("cluster260-01-hadoop260-nn-01-001");
    InstanceSummary b;
    b.id = QStringLiteral("vm-dn");
    b.name = QStringLiteral("cluster260-01-hadoop260-dn-01-001");
    s.instances = {a, b};
    FloatingIp f;
    f.id = QStringLiteral("fip-101");
    f.floatingIpAddress = QStringLiteral("172.24.4.101");
    f.fixedIpAddress = QStringLiteral("192.168.11.34");
    f.portId = nn.id;
    f.floatingNetworkId = ext.id;
    FloatingIp free;
    free.id = QStringLiteral("fip-103");
    free.floatingIpAddress = QStringLiteral("172.24.4.103");
    free.floatingNetworkId = ext.id;
    s.floatingIps = {f, free};
    return s;
}

bool hasEdge(const Graph &g, const QString &from, const QString &to, Edge::Kind kind)
{
    for (const Edge &e : g.edges) {
        if (e.from == from && e.to == to && e.kind == kind)
            return true;
    }
    return false;
}

} // namespace

class TestTopology : public QObject
{
    Q_OBJECT
private slots:
    void buildsTheTalksNetwork()
    {
        const Graph g = buildGraph(talk());
        QCOMPARE(g.count(Node::Kind::External), 1);
        QCOMPARE(g.count(Node::Kind::Router), 1);
        QCOMPARE(g.count(Node::Kind::Network), 1);
        QCOMPARE(g.count(Node::Kind::Instance), 2);
        QCOMPARE(g.count(Node::Kind::FloatingIp), 2);
        QCOMPARE(g.node(QStringLiteral("net-formal"))->details, QStringList{QStringLiteral("192.168.11.0/24")});
        QVERIFY(hasEdge(g, QStringLiteral("router-formal"), QStringLiteral("ext"), Edge::Kind::Gateway));
        QVERIFY(hasEdge(g, QStringLiteral("router-formal"), QStringLiteral("net-formal"), Edge::Kind::Interface));
        QVERIFY(hasEdge(g, QStringLiteral("vm-nn"), QStringLiteral("net-formal"), Edge::Kind::Attachment));
        QVERIFY(hasEdge(g, QStringLiteral("fip-101"), QStringLiteral("vm-nn"), Edge::Kind::FloatingIp));
        QVERIFY(hasEdge(g, QStringLiteral("fip-103"), QStringLiteral("ext"), Edge::Kind::FloatingIp));
        // DHCP hidden by default, shown on request.
        QVERIFY(g.node(QStringLiteral("port-dhcp"))->hidden);
        BuildOptions o;
        o.showServicePorts = true;
        QVERIFY(!buildGraph(talk(), o).node(QStringLiteral("port-dhcp"))->hidden);
        // A port whose instance is gone is drawn as orphaned, not dropped.
        const Node *orphan = g.node(QStringLiteral("port-gone"));
        QVERIFY(orphan);
        QVERIFY(orphan->orphan);
        QCOMPARE(orphan->kind, Node::Kind::Port);
        QVERIFY(hasEdge(g, QStringLiteral("port-gone"), QStringLiteral("net-formal"), Edge::Kind::Attachment));
    }

    void searchAndTrace()
    {
        const Graph g = buildGraph(talk());
        QCOMPARE(searchNodes(g, QStringLiteral("192.168.11.34")).value(0), QStringLiteral("vm-nn"));
        QCOMPARE(searchNodes(g, QStringLiteral("formal-router")), QStringList{QStringLiteral("router-formal")});
        QCOMPARE(searchNodes(g, QStringLiteral("vm-d")).value(0), QStringLiteral("vm-dn"));
        QVERIFY(searchNodes(g, QStringLiteral("hadoop260")).size() == 2);
        QCOMPARE(searchNodes(g, QStringLiteral("172.24.4.101")).value(0), QStringLiteral("fip-101"));
        const Path p = tracePath(g, QStringLiteral("vm-nn"));
        QCOMPARE(p.nodes, (QStringList{QStringLiteral("vm-nn"), QStringLiteral("fip-101"), QStringLiteral("net-formal"),
                                       QStringLiteral("router-formal"), QStringLiteral("ext")}));
        QCOMPARE(p.edges.size(), 4);
    }

    void layoutIsDeterministic()
    {
        const Snapshot s = TopologySynth::make(20, 10, 400);
        Layout a;
        a.place(buildGraph(s));
        // The same cloud listed in another order draws the same picture.
        Snapshot shuffled = s;
        std::reverse(shuffled.ports.begin(), shuffled.ports.end());
        std::reverse(shuffled.networks.begin(), shuffled.networks.end());
        std::reverse(shuffled.instances.begin(), shuffled.instances.end());
        Layout b;
        b.place(buildGraph(shuffled));
        QCOMPARE(a.positions(), b.positions());
        QVERIFY(a.positions().size() > 400);
    }

    void addingAnInstanceMovesNothing()
    {
        Snapshot s = TopologySynth::make(20, 10, 300);
        Layout layout;
        layout.place(buildGraph(s));
        const auto before = layout.positions();
        s.ports.append(TopologySynth::instancePort(99999, TopologySynth::uuid('n', 3), TopologySynth::uuid('s', 3), 5));
        OpenStack::Network::InstanceSummary inst;
        inst.id = TopologySynth::uuid('i', 99999);
        inst.name = QStringLiteral("newcomer");
        s.instances.append(inst);
        const Graph g = buildGraph(s);
        const QStringList placed = layout.place(g);
        QCOMPARE(placed, QStringList{inst.id});
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            QCOMPARE(layout.position(it.key()), it.value());
        // It sits under its network, in a cell of its own.
        const QPointF at = layout.position(inst.id);
        const QPointF net = layout.position(TopologySynth::uuid('n', 3));
        QVERIFY(at.y() > net.y());
        QVERIFY(at.x() >= net.x() && at.x() < net.x() + Layout::kBlockColumns * Layout::kCell);
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            QVERIFY(it.value() != at);
    }

    void removingAndAddingNetworksMovesNothing()
    {
        Snapshot s = TopologySynth::make(10, 5, 100);
        Layout layout;
        layout.place(buildGraph(s));
        // Remove network 4 (and its instances), add two networks: nothing else moves.
        const QString gone = TopologySynth::uuid('n', 4);
        s.networks.erase(std::remove_if(s.networks.begin(), s.networks.end(),
                                        [&](const auto &n) { return n.id == gone; }),
                         s.networks.end());
        for (int i = 0; i < 2; ++i) {
            OpenStack::Network::Network n;
            n.id = TopologySynth::uuid('n', 500 + i);
            n.name = QStringLiteral("aaa-first-by-name-%1").arg(i);
            s.networks.append(n);
        }
        const auto before = layout.positions();
        const Graph g = buildGraph(s);
        layout.place(g);
        QVERIFY(!layout.contains(gone));
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            if (g.index.contains(it.key()))
                QCOMPARE(layout.position(it.key()), it.value());
        }
        // The new networks do not land on anything that exists.
        QHash<QString, QString> taken;
        for (auto it = layout.positions().cbegin(); it != layout.positions().cend(); ++it) {
            const QString key = QString::number(it->x()) + QLatin1Char(',') + QString::number(it->y());
            QVERIFY2(!taken.contains(key), qPrintable(it.key() + QStringLiteral(" on ") + taken.value(key)));
            taken.insert(key, it.key());
        }
        for (int i = 0; i < 2; ++i)
            QVERIFY(layout.contains(TopologySynth::uuid('n', 500 + i)));
    }

    void noTwoNodesShareAPlace()
    {
        const Graph g = buildGraph(TopologySynth::make(50, 20, 2000));
        for (Layout::Mode mode : {Layout::Mode::Layered, Layout::Mode::Grouped}) {
            Layout layout(mode, 1000);
            layout.place(g);
            QHash<QString, QString> at;
            for (auto it = layout.positions().cbegin(); it != layout.positions().cend(); ++it) {
                const QString key = QString::number(it->x()) + QLatin1Char(',') + QString::number(it->y());
                QVERIFY2(!at.contains(key), qPrintable(it.key() + QStringLiteral(" on ") + at.value(key)));
                at.insert(key, it.key());
            }
        }
    }

    void collapseAndExpand()
    {
        const Graph g = buildGraph(TopologySynth::make(2, 1, 120)); // 60 instances per network
        Layout layout(Layout::Mode::Layered, 48);
        layout.place(g);
        const QString net = TopologySynth::uuid('n', 0);
        QVERIFY(layout.isCollapsed(net));
        QCOMPARE(layout.hiddenCount(net), 60);
        QVERIFY(!layout.contains(TopologySynth::uuid('i', 0)));
        const auto before = layout.positions();
        layout.expand(g, net);
        QVERIFY(!layout.isCollapsed(net));
        QVERIFY(layout.contains(TopologySynth::uuid('i', 0)));
        QCOMPARE(layout.hiddenCount(net), 0);
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            QCOMPARE(layout.position(it.key()), it.value()); // the other network did not move
        // Expanded stays expanded across refreshes.
        layout.place(g);
        QVERIFY(!layout.isCollapsed(net));
        layout.collapse(g, net);
        QVERIFY(!layout.contains(TopologySynth::uuid('i', 0)));
    }

    void diffFindsOnlyTheChanges()
    {
        Snapshot s = TopologySynth::make(20, 10, 500);
        const Graph a = buildGraph(s);
        QVERIFY(diffGraphs(a, a).isEmpty());
        s.instances[7].status = QStringLiteral("SHUTOFF");
        s.instances.removeAt(9);
        const Graph b = buildGraph(s);
        const GraphDiff d = diffGraphs(a, b);
        QCOMPARE(d.changedNodes, QStringList{TopologySynth::uuid('i', 7)});
        QVERIFY(d.removedNodes.contains(TopologySynth::uuid('i', 9)));
        // Its port became an orphan rather than vanishing.
        QVERIFY(d.addedNodes.contains(TopologySynth::uuid('p', 9)));
        QVERIFY(b.node(TopologySynth::uuid('p', 9))->orphan);
    }
};

QTEST_GUILESS_MAIN(TestTopology)
#include "tst_topology.moc"
