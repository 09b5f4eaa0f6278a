// SPDX-License-Identifier: GPL-3.0-or-later
// The Instances tab's engine against the real Nova of the local cloud (tests/cloud/localcloud up).
// Creates servers and a snapshot with a random suffix and removes them again.
#include "models/compute/servercommands.h"
#include "models/compute/serverlistcontroller.h"
#include "models/compute/serverlistmodel.h"
#include "openstack/client/restjob.h"
#include "openstack/compute/computejobs.h"
#include "openstack/compute/neutronlookups.h"
#include "openstack/compute/serverjobs.h"
#include "openstack/image/imagejobs.h"
#include "localcloudsession.h"
#include "testcloud.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using namespace OpenStack::Compute;
using Models::ServerBulkAction;
using OpenStack::RestJob;
using OpenStack::Session;

class TestInstancesFunctional : public QObject
{
    Q_OBJECT

    TestSupport::TestCloud m_cloud;
    QNetworkAccessManager m_network;
    std::unique_ptr<Session> m_session;
    QString m_prefix;
    QStringList m_snapshots;

    // Every job here gets a minute (see TestSupport::runJob).
    template<typename Job>
    std::unique_ptr<Job> run(Job *job)
    {
        return TestSupport::runJob(job, 60000);
    }

    // For jobs that delete themselves once finished: `take` copies what is needed inside the
    // handler, before the job is gone.
    template<typename Job, typename Take>
    bool collect(Job *job, Take take, int timeoutMs = 30000)
    {
        bool done = false;
        connect(job, &Job::finished, this, [&](Job *j) {
            take(j);
            done = true;
        });
        job->start();
        return QTest::qWaitFor([&done]() { return done; }, timeoutMs);
    }

    QVector<Server> ours(Models::ServerListModel &model) const
    {
        QVector<Server> out;
        for (const Server &s : model.records()) {
            if (s.name.startsWith(m_prefix))
                out << s;
        }
        return out;
    }

    bool allIn(Models::ServerListModel &model, const QString &status, int count) const
    {
        const QVector<Server> servers = ours(model);
        if (servers.size() != count)
            return false;
        for (const Server &s : servers) {
            if (s.status != status || !s.taskState.isEmpty())
                return false;
        }
        return true;
    }

    QVector<ServerBulkAction::Result> bulk(ServerAction action, const QVector<Server> &servers, ActionArgs args = {})
    {
        auto *b = new ServerBulkAction(m_session.get(), action, servers, args);
        QVector<ServerBulkAction::Result> results;
        bool done = false;
        connect(b, &ServerBulkAction::finished, this, [&](ServerBulkAction *a) {
            results = a->results();
            done = true;
        });
        b->start();
        [&]() { QTRY_VERIFY_WITH_TIMEOUT(done, 60000); }();
        return results;
    }

private slots:
    void initTestCase()
    {
        STACKDECK_REQUIRE_LOCAL_CLOUD(m_cloud);
        QString why;
        m_session = TestSupport::localCloudSession(m_cloud, &m_network, QStringLiteral("stackdeck-dev"), this, &why);
        QVERIFY2(m_session, qPrintable(why));
        m_prefix = QStringLiteral("sdtest-%1-").arg(QRandomGenerator::global()->bounded(100000, 999999));
    }

    // `stackdeck export servers --all-projects` lists what `openstack server list --long` lists.
    void exportMatchesCli()
    {
        const auto cli = m_cloud.openstack({QStringLiteral("--os-cloud"), QStringLiteral("stackdeck-local"),
                                            QStringLiteral("server"), QStringLiteral("list"), QStringLiteral("--all-projects"),
                                            QStringLiteral("--long"), QStringLiteral("-f"), QStringLiteral("json")});
        QVERIFY2(cli.exitCode == 0, cli.err.constData());
        const auto mine = m_cloud.stackdeck({QStringLiteral("--os-cloud"), QStringLiteral("stackdeck-local"),
                                             QStringLiteral("export"), QStringLiteral("servers"),
                                             QStringLiteral("--all-projects"), QStringLiteral("--format"),
                                             QStringLiteral("json")});
        QVERIFY2(mine.exitCode == 0, mine.err.constData());
        QHash<QString, QJsonObject> expected;
        const QJsonArray cliRows = QJsonDocument::fromJson(cli.out).array();
        for (const QJsonValue &v : cliRows)
            expected.insert(v[QStringLiteral("ID")].toString(), v.toObject());
        const QJsonArray rows = QJsonDocument::fromJson(mine.out).array();
        QVERIFY(rows.size() >= 8); // the talk's instances
        QCOMPARE(rows.size(), expected.size());
        for (const QJsonValue &v : rows) {
            const QString id = v[QStringLiteral("id")].toString();
            QVERIFY2(expected.contains(id), qPrintable(id));
            const QJsonObject e = expected.value(id);
            QCOMPARE(v[QStringLiteral("name")].toString(), e[QStringLiteral("Name")].toString());
            QCOMPARE(v[QStringLiteral("status")].toString(), e[QStringLiteral("Status")].toString());
            QCOMPARE(v[QStringLiteral("image_name")].toString(), e[QStringLiteral("Image Name")].toString());
            QCOMPARE(v[QStringLiteral("flavor")].toString(), e[QStringLiteral("Flavor Name")].toString());
            QCOMPARE(v[QStringLiteral("availability_zone")].toString(), e[QStringLiteral("Availability Zone")].toString());
            QCOMPARE(v[QStringLiteral("host")].toString(), e[QStringLiteral("Host")].toString());
            // The CLI's {"net": ["ip", …]} as the table prints it: "net=ip, ip".
            QStringList nets;
            const QJsonObject networks = e[QStringLiteral("Networks")].toObject();
            for (auto it = networks.begin(); it != networks.end(); ++it) {
                QStringList ips;
                for (const QJsonValue &ip : it.value().toArray())
                    ips << ip.toString();
                nets << it.key() + QLatin1Char('=') + ips.join(QStringLiteral(", "));
            }
            QCOMPARE(v[QStringLiteral("networks")].toString(), nets.join(QStringLiteral("; ")));
        }
    }

    void launchStopStartSnapshotTerminate()
    {
        // What the wizard would offer: the talk's image, flavor and the project's network.
        std::unique_ptr<ListFlavorsJob> flavors(run(new ListFlavorsJob(m_session.get(), false)));
        QVERIFY2(!flavors->error(), qPrintable(flavors->error().toString()));
        std::unique_ptr<ListNetworkChoicesJob> networks(run(new ListNetworkChoicesJob(m_session.get())));
        QVERIFY2(!networks->error(), qPrintable(networks->error().toString()));
        LaunchSpec spec;
        spec.name = m_prefix + QStringLiteral("web");
        spec.count = 3;
        QVERIFY(collect(new OpenStack::Image::ListImagesJob(m_session.get()), [&spec](OpenStack::Image::ListImagesJob *j) {
            for (const auto &i : j->images()) {
                if (i.name == QLatin1String("ubuntu_14.04_affs"))
                    spec.imageId = i.id;
            }
        }));
        for (const auto &f : flavors->items()) {
            if (f.name == QLatin1String("m4.4G_50G"))
                spec.flavorId = f.id;
        }
        for (const auto &n : networks->networks()) {
            if (n.name == QLatin1String("dev-net"))
                spec.networkIds << n.id;
        }
        QVERIFY(!spec.imageId.isEmpty() && !spec.flavorId.isEmpty() && !spec.networkIds.isEmpty());
        spec.securityGroups = {QStringLiteral("default")};
        std::unique_ptr<CreateServerJob> create(run(new CreateServerJob(m_session.get(), spec)));
        QVERIFY2(!create->error(), qPrintable(create->error().toString()));

        // The live model sees them appear and reach ACTIVE by itself (polling, changes-since).
        Models::ServerListModel model;
        Models::ServerListController controller(&model);
        controller.setSession(m_session.get());
        QSignalSpy loaded(&controller, &Models::ServerListController::loaded);
        controller.reload();
        QVERIFY(loaded.wait(30000));
        QTRY_VERIFY_WITH_TIMEOUT(ours(model).size() == 3, 60000);
        QTRY_VERIFY_WITH_TIMEOUT(allIn(model, QStringLiteral("ACTIVE"), 3), 180000);
        QVERIFY(controller.serverPolls() > 0);

        QVector<Server> servers = ours(model);
        // Bulk with one failing item: the first is already stopped, Nova refuses it with a 409.
        QVERIFY(bulk(ServerAction::Stop, {servers.at(0)}).at(0).error.kind == Core::Error::Kind::None);
        controller.watch({servers.at(0).id});
        QTRY_VERIFY_WITH_TIMEOUT(model.record(model.rowOf(servers.at(0).id)).status == QLatin1String("SHUTOFF"), 120000);
        const auto results = bulk(ServerAction::Stop, servers);
        QCOMPARE(results.size(), 3);
        int failed = 0;
        for (const auto &r : results) {
            if (r.error) {
                ++failed;
                QCOMPARE(r.serverId, servers.at(0).id);
                QCOMPARE(r.error.httpStatus, 409);
                QVERIFY2(r.error.message.contains(QStringLiteral("stop")), qPrintable(r.error.message));
            }
        }
        QCOMPARE(failed, 1);
        QStringList ids;
        for (const Server &s : servers)
            ids << s.id;
        controller.watch(ids);
        QTRY_VERIFY_WITH_TIMEOUT(allIn(model, QStringLiteral("SHUTOFF"), 3), 120000);
        QCOMPARE(model.index(model.rowOf(ids.at(1)), Models::ServerListModel::PowerColumn).data().toString(),
                 QStringLiteral("Shut Down"));

        for (const auto &r : bulk(ServerAction::Start, ours(model)))
            QVERIFY2(!r.error, qPrintable(r.error.toString()));
        controller.watch(ids);
        QTRY_VERIFY_WITH_TIMEOUT(allIn(model, QStringLiteral("ACTIVE"), 3), 120000);

        // Snapshot one; the image appears in Glance.
        ActionArgs snap;
        snap.imageName = m_prefix + QStringLiteral("snap");
        std::unique_ptr<ServerActionJob> image(
            run(new ServerActionJob(m_session.get(), ids.at(0), servers.at(0).name, ServerAction::CreateImage, snap)));
        QVERIFY2(!image->error(), qPrintable(image->error().toString()));
        QVERIFY(!image->imageId().isEmpty());
        m_snapshots << image->imageId();
        QVector<OpenStack::Image::Image> found;
        QVERIFY(collect(new OpenStack::Image::ListImagesJob(m_session.get(), {image->imageId()}),
                        [&found](OpenStack::Image::ListImagesJob *j) { found = j->images(); }));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.at(0).name, snap.imageName);
        controller.watch(ids);
        QTRY_VERIFY_WITH_TIMEOUT(allIn(model, QStringLiteral("ACTIVE"), 3), 120000);

        // Terminate: the rows leave the live model.
        for (const auto &r : bulk(ServerAction::Delete, ours(model)))
            QVERIFY2(!r.error, qPrintable(r.error.toString()));
        controller.watch(ids);
        QTRY_VERIFY_WITH_TIMEOUT(ours(model).isEmpty(), 120000);
    }

    void cleanupTestCase()
    {
        if (!m_session)
            return;
        // Whatever a failed run left behind.
        QVector<Server> servers;
        collect(new ListServersJob(m_session.get(), {}), [&servers](ListServersJob *j) { servers = j->servers(); });
        for (const Server &s : std::as_const(servers)) {
            if (s.name.startsWith(m_prefix))
                run(new ServerActionJob(m_session.get(), s.id, s.name, ServerAction::Delete));
        }
        for (const QString &id : std::as_const(m_snapshots))
            run(new RestJob(m_session.get(), QStringLiteral("image"), "DELETE", QStringLiteral("/v2/images/") + id));
    }
};

QTEST_GUILESS_MAIN(TestInstancesFunctional)
#include "tst_instances_functional.moc"
