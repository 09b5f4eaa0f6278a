// SPDX-License-Identifier: GPL-3.0-or-later
// The topology page driven offscreen with a synthetic snapshot: search, path trace, collapse
// badges, refresh without movement, PNG and SVG export.
#include "../bench/bench_topology_synth.h"
#include "ui/topology/topologypage.h"
#include "ui/topology/topologyview.h"

#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>

class TestTopologyView : public QObject
{
    Q_OBJECT
private slots:
    void searchTraceExpandRefreshExport()
    {
        Ui::TopologyPage page;
        page.resize(1400, 900);
        page.show();
        Topology::Snapshot snap = TopologySynth::make(12, 6, 700); // ~58 instances per network: collapsed
        page.applySnapshot(snap);
        QCOMPARE(page.graph().count(Topology::Node::Kind::Instance), 700);
        const QString net0 = TopologySynth::uuid('n', 0);
        QVERIFY(page.layout().isCollapsed(net0));

        // Search by IP finds the instance, opens its collapsed network and traces its path out.
        page.search(QStringLiteral("10.0.0.10"));
        const QString vm0 = TopologySynth::uuid('i', 0);
        QCOMPARE(page.selectedNode(), vm0);
        QVERIFY(!page.layout().isCollapsed(net0));
        QVERIFY(page.layout().contains(vm0));
        QVERIFY(page.renderer().state().path.contains(net0));
        QVERIFY(page.renderer().state().path.contains(TopologySynth::uuid('r', 0)));
        QVERIFY(page.renderer().state().path.contains(TopologySynth::uuid('e', 0)));
        QVERIFY2(page.lastMessage().startsWith(QStringLiteral("1 of ")), qPrintable(page.lastMessage())); // exact IP first, then 10.0.0.10x
        // Brought into view (centred as far as the map's edge allows).
        QVERIFY(page.view()->mapToScene(page.view()->viewport()->rect()).boundingRect().contains(page.layout().position(vm0)));

        // A refresh with one new instance and one status change moves nothing.
        const auto before = page.layout().positions();
        snap.ports.append(TopologySynth::instancePort(5000, net0, TopologySynth::uuid('s', 0), 9999));
        OpenStack::Network::InstanceSummary inst;
        inst.id = TopologySynth::uuid('i', 5000);
        inst.name = QStringLiteral("newcomer");
        snap.instances.append(inst);
        snap.instances[1].status = QStringLiteral("SHUTOFF");
        page.applySnapshot(snap);
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            QCOMPARE(page.layout().position(it.key()), it.value());
        QVERIFY(page.layout().contains(inst.id));
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("topologySummary"))->text().contains(QStringLiteral("1 added")));

        // Clicking a collapse badge expands that network.
        const QString net1 = TopologySynth::uuid('n', 1);
        QVERIFY(page.layout().isCollapsed(net1));
        const QPointF badge = page.layout().position(net1) + QPointF(40, 44);
        page.view()->centerOn(badge);
        page.view()->setTransform(QTransform());
        page.view()->centerOn(badge);
        const QPoint at = page.view()->mapFromScene(badge);
        QTest::mouseClick(page.view()->viewport(), Qt::LeftButton, {}, at);
        QTRY_VERIFY(!page.layout().isCollapsed(net1));

        // Export.
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("map.png"));
        const QString svg = dir.filePath(QStringLiteral("map.svg"));
        QVERIFY(page.exportImage(png));
        QVERIFY(page.exportImage(svg));
        QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() > 500);
        QVERIFY(QFileInfo(svg).size() > 10000);
    }
};

QTEST_MAIN(TestTopologyView)
#include "tst_topologyview.moc"
