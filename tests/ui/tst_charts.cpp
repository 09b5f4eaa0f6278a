// SPDX-License-Identifier: GPL-3.0-or-later
// What the operator reads off the charts: a live rate chart's time axis, and the name of the light
// part of a comparison bar.
#include "ui/charts/comparisonchart.h"
#include "ui/charts/ratechart.h"

#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QLegend>
#include <QLegendMarker>
#include <QStackedBarSeries>
#include <QTest>
#include <QValueAxis>

class TestCharts : public QObject
{
    Q_OBJECT

private:
    static QValueAxis *axis(Charts::RateChart &chart, Qt::Orientation orientation)
    {
        const auto axes = chart.view()->chart()->axes(orientation);
        return axes.isEmpty() ? nullptr : qobject_cast<QValueAxis *>(axes.constFirst());
    }

private slots:
    void rateChartShortHistorySpansTheWindow()
    {
        // Two samples a second apart: the axis still shows a minute on round ticks, so the line
        // grows from the left instead of being stretched edge to edge.
        Charts::RateChart chart;
        chart.setSeries({{QStringLiteral("cpu"), QStringLiteral("all domains"), {{100, 3}, {101, 5}}}});
        QValueAxis *x = axis(chart, Qt::Horizontal);
        QVERIFY(x);
        QCOMPARE(x->min(), 100.0);
        QCOMPARE(x->max(), 160.0);
        QCOMPARE(x->tickType(), QValueAxis::TicksDynamic);
        QCOMPARE(x->tickInterval(), 10.0);
        QValueAxis *y = axis(chart, Qt::Vertical);
        QCOMPARE(y->min(), 0.0);
        QVERIFY(y->max() >= 5.0);
        QCOMPARE(chart.pointsOf(QStringLiteral("cpu")).size(), 2);
    }

    void rateChartLongHistoryFollowsTheData()
    {
        Charts::RateChart chart;
        QVector<QPointF> points;
        for (int s = 0; s <= 300; s += 5)
            points.append(QPointF(s, s % 7));
        chart.setSeries({{QStringLiteral("rx"), QStringLiteral("received"), points}});
        QValueAxis *x = axis(chart, Qt::Horizontal);
        QCOMPARE(x->min(), 0.0);
        QCOMPARE(x->max(), 300.0);
        QCOMPARE(x->tickInterval(), 50.0);
    }

    void rateChartDropsSeriesThatWentAway()
    {
        Charts::RateChart chart;
        chart.setSeries({{QStringLiteral("a"), QStringLiteral("read"), {{0, 1}}},
                         {QStringLiteral("b"), QStringLiteral("write"), {{0, 2}}}});
        QCOMPARE(chart.lineCount(), 2);
        chart.setSeries({{QStringLiteral("b"), QStringLiteral("write"), {{1, 2}}}});
        QCOMPARE(chart.lineCount(), 1);
        QVERIFY(chart.pointsOf(QStringLiteral("a")).isEmpty());
    }

    void comparisonChartNamesTheRest()
    {
        Charts::ComparisonChart chart;
        chart.setItems({{QStringLiteral("p1"), QStringLiteral("volumes"), 2, 10}}, QStringLiteral("GiB"));
        auto *series = qobject_cast<QStackedBarSeries *>(chart.view()->chart()->series().constFirst());
        QCOMPARE(series->barSets().at(1)->label(), QStringLiteral("Remaining quota"));
        QCOMPARE(chart.restValues(), QList<double>{8});

        chart.setRestLabel(QStringLiteral("Available"));
        chart.setItems({{QStringLiteral("p1"), QStringLiteral("volumes"), 2, 10}}, QStringLiteral("GiB"));
        series = qobject_cast<QStackedBarSeries *>(chart.view()->chart()->series().constFirst());
        QCOMPARE(series->barSets().at(0)->label(), QStringLiteral("Used (GiB)"));
        QCOMPARE(series->barSets().at(1)->label(), QStringLiteral("Available"));
    }
};

QTEST_MAIN(TestCharts)
#include "tst_charts.moc"
