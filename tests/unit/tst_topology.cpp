// SPDX-License-Identifier: GPL-3.0-or-later
// Graph building and layout properties: determinism, stability, collapse/expand, diff, search,
// path trace, orphaned ports.
#include "../bench/bench_topology_synth.h"
#include "topology/graph.h"
#include "topology/graphbuilder.h"
#include "topology/layout.h"
#include "topology/subnetcheck.h"

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

// The same nodes and edges, whatever their order.
QString sameGraph(const Graph &a, const Graph &b)
{
    if (a.nodes.size() != b.nodes.size())
        return QStringLiteral("%1 nodes, expected %2").arg(a.nodes.size()).arg(b.nodes.size());
    for (const Node &n : b.nodes) {
        const Node *m = a.node(n.id);
        if (!m)
            return QStringLiteral("missing node ") + n.id;
        if (!(*m == n))
            return QStringLiteral("node differs: ") + n.id;
    }
    if (a.edges.size() != b.edges.size())
        return QStringLiteral("%1 edges, expected %2").arg(a.edges.size()).arg(b.edges.size());
    for (const Edge &e : b.edges) {
        const Edge *f = a.edge(e.key());
        if (!f || !(*f == e))
            return QStringLiteral("edge differs or missing: ") + e.key();
        if (!a.out.value(e.from).contains(e.key()) || !a.in.value(e.to).contains(e.key()))
            return QStringLiteral("adjacency lacks ") + e.key();
    }
    for (int i = 0; i < a.nodes.size(); ++i) {
        if (a.index.value(a.nodes.at(i).id, -1) != i)
            return QStringLiteral("index wrong for ") + a.nodes.at(i).id;
    }
    return {};
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

    void subnetEditsAreCheckedAgainstTheCidr_data()
    {
        QTest::addColumn<QString>("cidr");
        QTest::addColumn<QStringList>("pools");
        QTest::addColumn<QString>("gateway");
        QTest::addColumn<QString>("problem"); // a word of the expected message, or empty
        const QString c = QStringLiteral("192.168.11.0/24");
        QTest::newRow("fine") << c << QStringList{QStringLiteral("192.168.11.10-192.168.11.200")} << QStringLiteral("192.168.11.1") << QString();
        QTest::newRow("two fine") << c << QStringList{QStringLiteral("192.168.11.10-192.168.11.20"), QStringLiteral(" 192.168.11.30 - 192.168.11.40 ")} << QString() << QString();
        QTest::newRow("outside") << c << QStringList{QStringLiteral("192.168.12.10-192.168.12.20")} << QString() << QStringLiteral("outside");
        QTest::newRow("half outside") << c << QStringList{QStringLiteral("192.168.11.10-192.168.12.20")} << QString() << QStringLiteral("outside");
        QTest::newRow("backwards") << c << QStringList{QStringLiteral("192.168.11.50-192.168.11.20")} << QString() << QStringLiteral("before");
        QTest::newRow("overlap") << c << QStringList{QStringLiteral("192.168.11.10-192.168.11.50"), QStringLiteral("192.168.11.40-192.168.11.60")} << QString() << QStringLiteral("overlap");
        QTest::newRow("holds gateway") << c << QStringList{QStringLiteral("192.168.11.1-192.168.11.60")} << QStringLiteral("192.168.11.1") << QStringLiteral("gateway");
        QTest::newRow("not a pool") << c << QStringList{QStringLiteral("192.168.11.10")} << QString() << QStringLiteral("start-end");
        QTest::newRow("v6 in v4") << c << QStringList{QStringLiteral("2001:db8::10-2001:db8::20")} << QString() << QStringLiteral("version");
        QTest::newRow("v6 fine") << QStringLiteral("2001:db8::/64") << QStringList{QStringLiteral("2001:db8::10-2001:db8::ffff")} << QStringLiteral("2001:db8::1") << QString();
        QTest::newRow("v6 backwards") << QStringLiteral("2001:db8::/64") << QStringList{QStringLiteral("2001:db8::1:0-2001:db8::ffff")} << QString() << QStringLiteral("before");
    }

    void subnetEditsAreCheckedAgainstTheCidr()
    {
        QFETCH(QString, cidr);
        QFETCH(QStringList, pools);
        QFETCH(QString, gateway);
        QFETCH(QString, problem);
        const QString got = checkAllocationPools(cidr, pools, gateway);
        if (problem.isEmpty())
            QCOMPARE(got, QString());
        else
            QVERIFY2(got.contains(problem), qPrintable(got));
    }

    void dnsServersAreAddresses()
    {
        QCOMPARE(checkDnsServers({QStringLiteral("8.8.8.8"), QStringLiteral(" 2001:4860:4860::8888 "), QString()}), QString());
        QVERIFY(checkDnsServers({QStringLiteral("8.8.8.8"), QStringLiteral("dns.example")}).contains(QStringLiteral("dns.example")));
    }

    // The builder changes the graph in place; after any sequence of changes it must hold exactly
    // what a build from scratch gives, and its diff must name every change.
    void builderMatchesAFullBuild()
    {
        using namespace OpenStack::Network;
        Snapshot s = TopologySynth::make(12, 5, 240);
        GraphBuilder builder;
        builder.update(s);
        QCOMPARE(sameGraph(builder.graph(), buildGraph(s)), QString());
        QVERIFY(builder.update(s).isEmpty());
        QRandomGenerator rng(42);
        int next = 700000;
        for (int round = 0; round < 60; ++round) {
            const Graph before = builder.graph();
            switch (rng.bounded(9)) {
            case 0: // an instance goes: its port turns orphan
                s.instances.removeAt(rng.bounded(int(s.instances.size())));
                break;
            case 1: { // a new instance on some network
                const int n = rng.bounded(12);
                s.ports.append(TopologySynth::instancePort(next, TopologySynth::uuid('n', n), TopologySynth::uuid('s', n), next % 60000));
                InstanceSummary inst;
                inst.id = TopologySynth::uuid('i', next++);
                inst.name = QStringLiteral("new-%1").arg(round);
                s.instances.append(inst);
                break;
            }
            case 2: // a status change
                s.instances[rng.bounded(int(s.instances.size()))].status = QStringLiteral("SHUTOFF-%1").arg(round);
                break;
            case 3: // a port moves to another network
                s.ports[rng.bounded(int(s.ports.size()))].networkId = TopologySynth::uuid('n', rng.bounded(12));
                break;
            case 4: { // a network goes (what is on it is no longer drawn)
                if (s.networks.size() > 4)
                    s.networks.removeAt(1 + rng.bounded(int(s.networks.size()) - 1));
                break;
            }
            case 5: { // a network appears, with a subnet
                Network net;
                net.id = TopologySynth::uuid('n', next % 12); // maybe one that went before
                net.name = QStringLiteral("again-%1").arg(round);
                bool known = false;
                for (const Network &n : std::as_const(s.networks))
                    known = known || n.id == net.id;
                if (!known)
                    s.networks.append(net);
                Subnet sub;
                sub.id = QStringLiteral("sub-%1").arg(next++);
                sub.networkId = net.id;
                sub.cidr = QStringLiteral("10.99.%1.0/24").arg(round);
                s.subnets.append(sub);
                break;
            }
            case 6: // a floating IP moves to another port or is released
                if (!s.floatingIps.isEmpty()) {
                    FloatingIp &f = s.floatingIps[rng.bounded(int(s.floatingIps.size()))];
                    f.portId = rng.bounded(2) ? QString() : s.ports.at(rng.bounded(int(s.ports.size()))).id;
                }
                break;
            case 7: // a router loses its gateway, or an interface port goes
                if (rng.bounded(2))
                    s.routers[rng.bounded(int(s.routers.size()))].externalNetworkId.clear();
                else
                    s.ports.removeAt(rng.bounded(int(s.ports.size())));
                break;
            case 8: // an instance comes back for an orphaned port
                for (const Port &p : std::as_const(s.ports)) {
                    bool known = !p.isInstancePort();
                    for (int i = 0; !known && i < s.instances.size(); ++i)
                        known = s.instances.at(i).id == p.deviceId;
                    if (!known) {
                        InstanceSummary inst;
                        inst.id = p.deviceId;
                        inst.name = QStringLiteral("back");
                        s.instances.append(inst);
                        break;
                    }
                }
                break;
            }
            const GraphDiff diff = builder.update(s);
            const Graph full = buildGraph(s);
            QCOMPARE(sameGraph(builder.graph(), full), QString());
            // The diff names exactly what a comparison of the whole graphs finds.
            const GraphDiff expected = diffGraphs(before, full);
            const auto sorted = [](QStringList l) {
                l.sort();
                l.removeDuplicates();
                return l;
            };
            QCOMPARE(sorted(diff.addedNodes), sorted(expected.addedNodes));
            QCOMPARE(sorted(diff.removedNodes), sorted(expected.removedNodes));
            QCOMPARE(sorted(diff.changedNodes), sorted(expected.changedNodes));
            QStringList added, removed, addedExpected, removedExpected;
            for (const Edge &e : diff.addedEdges)
                added << e.key();
            for (const Edge &e : diff.removedEdges)
                removed << e.key();
            for (const Edge &e : expected.addedEdges)
                addedExpected << e.key();
            for (const Edge &e : expected.removedEdges)
                removedExpected << e.key();
            QCOMPARE(sorted(added), sorted(addedExpected));
            QCOMPARE(sorted(removed), sorted(removedExpected));
        }
        // Options recompute every node.
        BuildOptions o;
        o.showServicePorts = true;
        o.showInstances = false;
        builder.setOptions(o);
        QCOMPARE(sameGraph(builder.graph(), buildGraph(s, o)), QString());
    }

    // apply() follows a diff: nothing that stays moves, new nodes land on free places, and the
    // result places the same nodes a full reconciliation would.
    void incrementalLayoutMovesNothing()
    {
        using namespace OpenStack::Network;
        Snapshot s = TopologySynth::make(10, 5, 200);
        GraphBuilder builder;
        Layout layout(Layout::Mode::Layered, 30);
        layout.apply(builder.graph(), builder.update(s));
        QRandomGenerator rng(7);
        for (int round = 0; round < 30; ++round) {
            const auto before = layout.positions();
            for (int i = 0; i < 3; ++i) {
                const int n = rng.bounded(10);
                const int id = 800000 + round * 10 + i;
                s.ports.append(TopologySynth::instancePort(id, TopologySynth::uuid('n', n), TopologySynth::uuid('s', n), id % 60000));
                InstanceSummary inst;
                inst.id = TopologySynth::uuid('i', id);
                s.instances.append(inst);
            }
            s.instances.removeAt(rng.bounded(int(s.instances.size())));
            s.instances[rng.bounded(int(s.instances.size()))].status = QStringLiteral("ERROR");
            const GraphDiff diff = builder.update(s);
            const QStringList touched = layout.apply(builder.graph(), diff);
            for (auto it = before.cbegin(); it != before.cend(); ++it) {
                if (layout.contains(it.key()) && !diff.changedNodes.contains(it.key()))
                    QCOMPARE(layout.position(it.key()), it.value());
            }
            for (const QString &id : touched)
                QVERIFY(!before.contains(id) || !layout.contains(id) || layout.position(id) != before.value(id)
                        || diff.changedNodes.contains(id));
            QHash<QString, QString> at;
            for (auto it = layout.positions().cbegin(); it != layout.positions().cend(); ++it) {
                QVERIFY2(builder.graph().node(it.key()), qPrintable(it.key()));
                const QString key = QString::number(it->x()) + QLatin1Char(',') + QString::number(it->y());
                QVERIFY2(!at.contains(key), qPrintable(it.key() + QStringLiteral(" on ") + at.value(key)));
                at.insert(key, it.key());
            }
            // A full reconciliation finds nothing left to do.
            Layout copy = layout;
            QVERIFY(copy.place(builder.graph()).isEmpty());
            QCOMPARE(copy.positions(), layout.positions());
        }
        // Networks crossed the threshold on the way and collapsed.
        int collapsed = 0;
        for (int n = 0; n < 10; ++n)
            collapsed += layout.isCollapsed(TopologySynth::uuid('n', n)) ? 1 : 0;
        QVERIFY(collapsed > 0);
    }
};

QTEST_GUILESS_MAIN(TestTopology)
#include "tst_topology.moc"
