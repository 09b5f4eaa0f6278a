// SPDX-License-Identifier: GPL-3.0-or-later
// What selecting a volume costs the Volumes tab's RBD pane: one Ceph::Cluster::imageDetails (size,
// features, parent, snapshots, watchers, used space where fast-diff is on) per volume image of a
// pool, against the `rbd` tool calls that give an operator the same facts for the same image in the
// same run (`rbd info`, `rbd status`, `rbd snap ls`, and `rbd du` when fast-diff is on). Read-only:
// it only reads the images already in the pool (the local cloud's seeded volumes). Prints the mean
// per image, the ratio, and the pane's budget (100 ms a selection).
//
//   bench_volumes_rbdpane [--pool volumes] [--conf ceph.conf] [--keyring FILE] [--id admin] [--max 20]
#include "ceph/cluster.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTimer>
#include <cstdio>
#include <functional>

namespace {

constexpr double kBudgetMs = 100.0;

struct Tool
{
    QString conf, keyring, id;
    // Benchmark harness only: a child process timed end to end.
    bool run(const QStringList &args) const
    {
        QProcess p;
        p.start(QStringLiteral("rbd"), QStringList{QStringLiteral("-c"), conf, QStringLiteral("--keyring"), keyring,
                                                   QStringLiteral("--id"), id}
                                           + args);
        p.waitForFinished(120000);
        return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    }
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("pool"), QStringLiteral("pool of volume images"), QStringLiteral("pool"), QStringLiteral("volumes")});
    parser.addOption({QStringLiteral("conf"), QStringLiteral("ceph.conf"), QStringLiteral("file"),
                      QStringLiteral("/var/tmp/stackdeck-cloud/ceph/ceph.conf")});
    parser.addOption({QStringLiteral("keyring"), QStringLiteral("keyring"), QStringLiteral("file"),
                      QStringLiteral("/var/tmp/stackdeck-cloud/ceph/ceph.client.admin.keyring")});
    parser.addOption({QStringLiteral("id"), QStringLiteral("client name"), QStringLiteral("name"), QStringLiteral("admin")});
    parser.addOption({QStringLiteral("max"), QStringLiteral("images to read at most"), QStringLiteral("n"), QStringLiteral("20")});
    parser.process(app);
    const QString pool = parser.value(QStringLiteral("pool"));
    const int max = parser.value(QStringLiteral("max")).toInt();
    const Tool tool{parser.value(QStringLiteral("conf")), parser.value(QStringLiteral("keyring")), parser.value(QStringLiteral("id"))};

    Ceph::ClusterSettings settings;
    settings.confFile = tool.conf;
    settings.keyringFile = tool.keyring;
    settings.clientName = tool.id;
    std::unique_ptr<Ceph::Cluster> cluster(Ceph::Cluster::create(settings));

    // The driver: every step waits for the previous answer, like a user clicking row after row.
    QStringList images;
    int index = 0;
    int failures = 0;
    qint64 paneMs = 0;
    QElapsedTimer clock;
    std::function<void()> next;
    next = [&]() {
        if (index >= images.size()) {
            QTimer::singleShot(0, &app, &QCoreApplication::quit);
            return;
        }
        clock.start();
        cluster->imageDetails(pool, images.at(index), &app, [&](const Ceph::ImageDetails &, const Core::Error &e) {
            paneMs += clock.elapsed();
            failures += e ? 1 : 0;
            ++index;
            next();
        });
    };
    // Listing (also the connection, which the Ceph tab has made long before a volume is selected).
    cluster->images(pool, {}, &app, [&](const QVector<Ceph::RbdImage> &list, const Core::Error &e) {
        if (e) {
            std::fprintf(stderr, "bench_volumes_rbdpane: %s\n", qPrintable(e.toString()));
            app.exit(1);
            return;
        }
        for (const Ceph::RbdImage &i : list) {
            if (i.name.startsWith(QLatin1String("volume-")) && images.size() < max)
                images << i.name;
        }
        if (images.isEmpty()) {
            std::fprintf(stderr, "bench_volumes_rbdpane: no volume-* image in pool %s\n", qPrintable(pool));
            app.exit(1);
            return;
        }
        next();
    });
    if (app.exec() != 0)
        return 1;

    // The rbd tool, for the same facts about the same images.
    QElapsedTimer cli;
    cli.start();
    int cliFailures = 0;
    for (const QString &image : std::as_const(images)) {
        const QString spec = pool + QLatin1Char('/') + image;
        const QString json = QStringLiteral("--format=json");
        cliFailures += tool.run({QStringLiteral("info"), json, spec}) ? 0 : 1;
        cliFailures += tool.run({QStringLiteral("status"), json, spec}) ? 0 : 1;
        cliFailures += tool.run({QStringLiteral("snap"), QStringLiteral("ls"), json, spec}) ? 0 : 1;
        cliFailures += tool.run({QStringLiteral("du"), json, spec}) ? 0 : 1;
    }
    const qint64 cliMs = cli.elapsed();

    const double n = double(images.size());
    const double paneMean = double(paneMs) / n;
    const double cliMean = double(cliMs) / n;
    std::printf("RBD pane: %d volume images of pool %s read one after another\n", int(images.size()), qPrintable(pool));
    std::printf("  Ceph::Cluster::imageDetails  %8.1f ms per image (%d failed)\n", paneMean, failures);
    std::printf("  rbd info+status+snap ls+du   %8.1f ms per image (%d calls failed)\n", cliMean, cliFailures);
    std::printf("  ratio stackdeck/rbd tool     %8.3f\n", paneMean / cliMean);
    std::printf("  budget %.0f ms a selection:   %s (%.2f of budget)\n", kBudgetMs, paneMean <= kBudgetMs ? "within" : "OVER",
                paneMean / kBudgetMs);
    return failures == 0 ? 0 : 1;
}
