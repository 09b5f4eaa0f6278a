// SPDX-License-Identifier: GPL-3.0-or-later
// Stats for N test-driver domains collected (virConnectGetAllDomainStats on the worker thread),
// turned into rates (StatsHistory) and charted (RateChart: total CPU and the ten busiest domains)
// per tick; each tick timed end to end against a 50 ms budget.
//
//   bench_libvirt_stats [--domains 1000] [--ticks 20]
#include "libvirt/connection.h"
#include "libvirt/domainstats.h"
#include "ui/charts/ratechart.h"

#include <QApplication>
#include <QChartView>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTimer>
#include <cstdio>

namespace {

QByteArray nodeXml(int domains)
{
    QByteArray xml = "<?xml version='1.0'?>\n<node>\n<cpu><mhz>2600</mhz><model>x86_64</model><nodes>1</nodes>"
                     "<sockets>2</sockets><cores>16</cores><threads>2</threads><active>64</active></cpu>\n"
                     "<memory>268435456</memory>\n";
    for (int i = 0; i < domains; ++i) {
        const QByteArray uuid = QStringLiteral("6f1c2d3e-4a5b-4c6d-8e9f-%1").arg(i, 12, 16, QLatin1Char('0')).toLatin1();
        const QByteArray name = QStringLiteral("instance-%1").arg(i + 1, 8, 16, QLatin1Char('0')).toLatin1();
        xml += "<domain type='test'><name>" + name + "</name><uuid>" + uuid
               + "</uuid><memory unit='KiB'>1048576</memory><vcpu>2</vcpu><os><type arch='x86_64'>hvm</type></os>"
                 "<devices><disk type='network' device='disk'><source protocol='rbd' name='vms/"
               + uuid + "_disk'/><target dev='vda' bus='virtio'/></disk></devices></domain>\n";
    }
    xml += "</node>\n";
    return xml;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("domains"), QStringLiteral("domains"), QStringLiteral("n"), QStringLiteral("1000")});
    parser.addOption({QStringLiteral("ticks"), QStringLiteral("ticks"), QStringLiteral("n"), QStringLiteral("20")});
    parser.process(app);
    const int n = parser.value(QStringLiteral("domains")).toInt();
    const int ticks = parser.value(QStringLiteral("ticks")).toInt();

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.xml"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(nodeXml(n)) < 0)
        return 1;
    f.close();

    Libvirt::Connection connection(QStringLiteral("bench"), QStringLiteral("test://") + path);
    Libvirt::StatsHistory history(120);
    Charts::RateChart chart;
    chart.resize(900, 400);
    chart.show();

    QVector<qint64> collectMs, totalMs;
    int tick = 0;
    int exitCode = 0;
    std::function<void()> next = [&]() {
        auto *t = new QElapsedTimer;
        t->start();
        connection.collectStats(&app, [&, t](const QVector<Libvirt::DomainStatsSample> &samples, const Core::Error &e) {
            const qint64 collected = t->elapsed();
            if (e || samples.size() != n) {
                std::fprintf(stderr, "collect failed: %s (%d samples)\n", qPrintable(e.toString()), int(samples.size()));
                exitCode = 1;
                app.quit();
                delete t;
                return;
            }
            history.addTick(samples);
            // Chart: the sum over every domain plus the ten busiest.
            QVector<std::pair<double, QString>> busiest;
            busiest.reserve(samples.size());
            QVector<Charts::RateChart::Series> series;
            Charts::RateChart::Series total{QStringLiteral("total"), QStringLiteral("all domains"), {}};
            QHash<qint64, double> sum;
            for (const Libvirt::DomainStatsSample &s : samples) {
                const auto &h = history.history(s.uuid);
                for (const Libvirt::DomainRates &r : h)
                    sum[r.timestampMs] += r.cpuPercent;
                busiest.append({history.latest(s.uuid).cpuPercent, s.uuid});
            }
            for (auto it = sum.cbegin(); it != sum.cend(); ++it)
                total.points.append(QPointF(double(it.key()) / 1000.0, it.value()));
            std::sort(total.points.begin(), total.points.end(), [](const QPointF &a, const QPointF &b) { return a.x() < b.x(); });
            series.append(total);
            std::partial_sort(busiest.begin(), busiest.begin() + qMin<qsizetype>(10, busiest.size()), busiest.end(),
                              [](const auto &a, const auto &b) { return a.first > b.first; });
            for (int i = 0; i < qMin<int>(10, int(busiest.size())); ++i) {
                Charts::RateChart::Series s{busiest.at(i).second, busiest.at(i).second.right(6), {}};
                for (const Libvirt::DomainRates &r : history.history(busiest.at(i).second))
                    s.points.append(QPointF(double(r.timestampMs) / 1000.0, r.cpuPercent));
                series.append(s);
            }
            chart.setSeries(series);
            chart.view()->viewport()->repaint(); // the paint is part of the tick
            const qint64 total_ = t->elapsed();
            delete t;
            if (tick > 0) { // the first tick opens the connection
                collectMs.append(collected);
                totalMs.append(total_);
            }
            if (++tick <= ticks) {
                QTimer::singleShot(10, &app, next);
                return;
            }
            std::sort(collectMs.begin(), collectMs.end());
            std::sort(totalMs.begin(), totalMs.end());
            const qint64 med = totalMs.at(totalMs.size() / 2), worst = totalMs.last();
            std::printf("domains: %d, ticks: %d\n", n, int(totalMs.size()));
            std::printf("collect (virConnectGetAllDomainStats): median %lld ms\n", static_cast<long long>(collectMs.at(collectMs.size() / 2)));
            std::printf("collect + rates + chart + paint:        median %lld ms, worst %lld ms\n", static_cast<long long>(med),
                        static_cast<long long>(worst));
            std::printf("ratio to the 50 ms budget: %.2f (median), %.2f (worst) %s\n", double(med) / 50.0, double(worst) / 50.0,
                        med <= 50 ? "(within budget)" : "(OVER budget)");
            app.quit();
        });
    };
    QTimer::singleShot(0, &app, next);
    app.exec();
    return exitCode;
}
