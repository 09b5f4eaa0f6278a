// SPDX-License-Identifier: GPL-3.0-or-later
// Listing N RBD images with their sizes: Ceph::Cluster (concurrent header reads on its worker) against
// `rbd ls -l --format json` on the same pool, in the same run. Makes its own pool and images and
// removes them afterwards (unless --keep). Prints the ratio.
//
//   bench_rbd_list [--images 1000] [--conf ceph.conf] [--keyring FILE] [--id admin] [--keep]
#include "ceph/cluster.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTimer>
#include <cstdio>

namespace {

struct Tool
{
    QString conf, keyring, id;
    QStringList common() const
    {
        return {QStringLiteral("-c"), conf, QStringLiteral("--keyring"), keyring, QStringLiteral("--id"), id};
    }
    // Benchmark harness only: a child process timed end to end.
    int run(const QString &program, const QStringList &args, QByteArray *out = nullptr, qint64 *ms = nullptr) const
    {
        QProcess p;
        QElapsedTimer t;
        t.start();
        p.start(program, common() + args);
        p.waitForFinished(600000);
        if (ms)
            *ms = t.elapsed();
        if (out)
            *out = p.readAllStandardOutput();
        return p.exitCode();
    }
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("images"), QStringLiteral("images to list"), QStringLiteral("n"), QStringLiteral("1000")});
    parser.addOption({QStringLiteral("conf"), QStringLiteral("ceph.conf"), QStringLiteral("file"),
                      QStringLiteral("/var/tmp/stackdeck-cloud/ceph/ceph.conf")});
    parser.addOption({QStringLiteral("keyring"), QStringLiteral("keyring"), QStringLiteral("file"),
                      QStringLiteral("/var/tmp/stackdeck-cloud/ceph/ceph.client.admin.keyring")});
    parser.addOption({QStringLiteral("id"), QStringLiteral("client name"), QStringLiteral("name"), QStringLiteral("admin")});
    parser.addOption({QStringLiteral("keep"), QStringLiteral("keep the pool and images")});
    parser.addOption({QStringLiteral("rounds"), QStringLiteral("timed rounds"), QStringLiteral("n"), QStringLiteral("3")});
    parser.process(app);
    const int n = parser.value(QStringLiteral("images")).toInt();
    const int rounds = parser.value(QStringLiteral("rounds")).toInt();
    const Tool tool{parser.value(QStringLiteral("conf")), parser.value(QStringLiteral("keyring")), parser.value(QStringLiteral("id"))};
    const QString pool = QStringLiteral("sdbench");

    Ceph::ClusterSettings settings;
    settings.confFile = tool.conf;
    settings.keyringFile = tool.keyring;
    settings.clientName = tool.id;
    settings.callTimeoutMs = 600000;

    std::printf("preparing pool %s with %d images…\n", qPrintable(pool), n);
    std::fflush(stdout);
    tool.run(QStringLiteral("ceph"), {QStringLiteral("osd"), QStringLiteral("pool"), QStringLiteral("create"), pool, QStringLiteral("8")});
    tool.run(QStringLiteral("rbd"), {QStringLiteral("pool"), QStringLiteral("init"), pool});

    Ceph::Cluster *cluster = Ceph::Cluster::create(settings, &app);
    int exitCode = 0;
    auto finish = [&](int code) {
        exitCode = code;
        app.quit();
    };

    // Steps chained through callbacks: create the missing images, then time both listings.
    auto timeOurs = std::make_shared<std::function<void(int, QVector<qint64>)>>();
    qint64 coldMs = -1;
    *timeOurs = [&, timeOurs](int round, QVector<qint64> ours) {
        if (round == rounds && coldMs < 0) {
            // Once more with a fresh connection (connect + list), as a new window would.
            auto *cold = Ceph::Cluster::create(settings, &app);
            auto *t = new QElapsedTimer;
            t->start();
            cold->images(pool, {}, &app, [&, timeOurs, round, ours, t, cold](const QVector<Ceph::RbdImage> &, const Core::Error &) {
                coldMs = t->elapsed();
                delete t;
                cold->deleteLater();
                (*timeOurs)(round, ours);
            });
            return;
        }
        if (round == rounds) {
            QVector<qint64> theirs;
            int rbdCount = 0;
            for (int r = 0; r < rounds; ++r) {
                QByteArray out;
                qint64 ms = 0;
                tool.run(QStringLiteral("rbd"), {QStringLiteral("ls"), QStringLiteral("-l"), QStringLiteral("--format"), QStringLiteral("json"), pool}, &out, &ms);
                rbdCount = int(QJsonDocument::fromJson(out).array().size());
                theirs.append(ms);
            }
            std::sort(ours.begin(), ours.end());
            std::sort(theirs.begin(), theirs.end());
            const qint64 o = ours.at(ours.size() / 2), t = theirs.at(theirs.size() / 2);
            std::printf("images: %d (rbd ls -l rows: %d)\n", n, rbdCount);
            std::printf("stackdeck (connected, header reads):     median %lld ms\n", static_cast<long long>(o));
            std::printf("stackdeck (new connection + list):      %lld ms\n", static_cast<long long>(coldMs));
            std::printf("rbd ls -l --format json:                median %lld ms\n", static_cast<long long>(t));
            std::printf("ratio rbd/stackdeck-new-connection: %.2fx\n", double(t) / double(qMax<qint64>(1, coldMs)));
            std::printf("ratio rbd/stackdeck: %.2fx %s\n", double(t) / double(qMax<qint64>(1, o)), double(t) / double(qMax<qint64>(1, o)) >= 2 ? "(goal >= 2x met)" : "(goal >= 2x NOT met)");
            std::fflush(stdout);
            if (parser.isSet(QStringLiteral("keep"))) {
                finish(0);
                return;
            }
            tool.run(QStringLiteral("ceph"), {QStringLiteral("osd"), QStringLiteral("pool"), QStringLiteral("rm"), pool, pool,
                                              QStringLiteral("--yes-i-really-really-mean-it")});
            finish(0);
            return;
        }
        auto *t = new QElapsedTimer;
        t->start();
        cluster->images(pool, {}, &app, [&, timeOurs, round, ours, t](const QVector<Ceph::RbdImage> &images, const Core::Error &e) mutable {
            const qint64 ms = t->elapsed();
            delete t;
            if (e || images.size() != n) {
                std::fprintf(stderr, "listing failed: %s (%d images)\n", qPrintable(e.toString()), int(images.size()));
                finish(1);
                return;
            }
            ours.append(ms);
            (*timeOurs)(round + 1, ours);
        });
    };

    QTimer::singleShot(0, &app, [&, timeOurs]() {
        cluster->images(pool, {}, &app, [&, timeOurs](const QVector<Ceph::RbdImage> &existing, const Core::Error &e) {
            if (e) {
                std::fprintf(stderr, "%s\n", qPrintable(e.toString()));
                finish(1);
                return;
            }
            QSet<QString> have;
            for (const Ceph::RbdImage &i : existing)
                have.insert(i.name);
            auto pending = std::make_shared<int>(0);
            for (int i = 0; i < n; ++i) {
                const QString name = QStringLiteral("bench-%1").arg(i, 5, 10, QLatin1Char('0'));
                if (have.contains(name))
                    continue;
                ++*pending;
                Ceph::ImageOp op;
                op.kind = Ceph::ImageOp::Kind::Create;
                op.pool = pool;
                op.image = name;
                op.sizeBytes = 1LL << 30;
                cluster->apply(op, &app, [&, pending, timeOurs](const Core::Error &ce) {
                    if (ce)
                        std::fprintf(stderr, "%s\n", qPrintable(ce.toString()));
                    if (--*pending == 0)
                        (*timeOurs)(0, {});
                });
            }
            if (*pending == 0)
                (*timeOurs)(0, {});
        });
    });
    app.exec();
    return exitCode;
}
