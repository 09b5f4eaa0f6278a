// SPDX-License-Identifier: GPL-3.0-or-later
// The topology page driven offscreen with a synthetic snapshot: search, path trace, collapse
// badges, refresh without movement, PNG and SVG export.
#include "../bench/bench_topology_synth.h"
#include "ui/topology/topologypage.h"
#include "ui/topology/topologyview.h"

#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>

// Antialiased lines of one colour blend in any order to the same picture up to rounding.
static bool pixelsDiffer(QRgb a, QRgb b)
{
    return std::abs(qRed(a) - qRed(b)) > 3 || std::abs(qGreen(a) - qGreen(b)) > 3 || std::abs(qBlue(a) - qBlue(b)) > 3;
}

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

    // The map updated in place draws exactly what a map built from scratch draws, after refreshes
    // that add, remove, move and re-status nodes (and orphan a port).
    void incrementalMapDrawsWhatAFullOneDraws()
    {
        Ui::TopologyPage page;
        page.resize(1000, 700);
        page.show();
        Topology::Snapshot snap = TopologySynth::make(6, 3, 90);
        page.applySnapshot(snap);
        for (int round = 0; round < 4; ++round) {
            snap.instances[round * 7].status = QStringLiteral("ERROR");
            snap.instances.removeAt(round * 5 + 1);                                       // its port turns orphan
            snap.ports[10 + round].networkId = TopologySynth::uuid('n', (round + 2) % 6); // moves
            snap.ports.append(TopologySynth::instancePort(7000 + round, TopologySynth::uuid('n', round), TopologySynth::uuid('s', round), 300 + round));
            OpenStack::Network::InstanceSummary inst;
            inst.id = TopologySynth::uuid('i', 7000 + round);
            inst.name = QStringLiteral("fresh-%1").arg(round);
            snap.instances.append(inst);
            if (round == 2)
                snap.networks.removeAt(3);
            page.applySnapshot(snap);
        }
        const auto draw = [&page](Ui::MapRenderer &renderer) {
            QImage image(1600, 1000, QImage::Format_ARGB32_Premultiplied);
            image.fill(Qt::white);
            QPainter p(&image);
            const QRectF b = renderer.bounds();
            const double scale = std::min(image.width() / b.width(), image.height() / b.height()) * 4;
            p.scale(scale, scale);
            p.translate(-b.topLeft());
            renderer.paint(&p, b, 0.6); // detailed: shapes and labels
            return image;
        };
        Ui::MapRenderer fresh;
        fresh.setGraph(&page.graph(), &page.layout());
        QCOMPARE(page.renderer().bounds(), fresh.bounds());
        const QImage a = draw(page.renderer());
        const QImage b = draw(fresh);
        int differ = 0;
        for (int y = 0; y < a.height(); ++y) {
            for (int x = 0; x < a.width(); ++x)
                differ += pixelsDiffer(a.pixel(x, y), b.pixel(x, y)) ? 1 : 0;
        }
        if (differ) {
            const QRectF bb = fresh.bounds();
            const double scale = std::min(1600 / bb.width(), 1000 / bb.height()) * 4;
            for (int y = 0; y < a.height(); y += 1) {
                for (int x = 0; x < a.width(); x += 1) {
                    if (pixelsDiffer(a.pixel(x, y), b.pixel(x, y))) {
                        const QPointF sp = QPointF(x, y) / scale + bb.topLeft();
                        QString near;
                        double best = 1e9;
                        for (auto it = page.layout().positions().cbegin(); it != page.layout().positions().cend(); ++it) {
                            const double d = QLineF(it.value(), sp).length();
                            if (d < best) { best = d; near = it.key(); }
                        }
                        qWarning("diff at %d,%d scene %.0f,%.0f near %s (%.0f) kind %d", x, y, sp.x(), sp.y(), qPrintable(near), best, int(page.graph().node(near)->kind));
                        y = a.height();
                        break;
                    }
                }
            }
        }
        QCOMPARE(differ, 0);
        // Every placed node is found where the layout put it.
        for (auto it = page.layout().positions().cbegin(); it != page.layout().positions().cend(); ++it) {
            const QString hit = page.renderer().nodeAt(it.value());
            QVERIFY2(hit == it.key() || page.graph().node(hit)->kind == Topology::Node::Kind::FloatingIp,
                     qPrintable(it.key() + QStringLiteral(" found as ") + hit));
        }
    }
};

QTEST_MAIN(TestTopologyView)
#include "tst_topologyview.moc"
