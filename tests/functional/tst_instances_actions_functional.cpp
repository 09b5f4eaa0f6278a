// SPDX-License-Identifier: GPL-3.0-or-later
// The Instances tab's dialog actions against the real Nova and Neutron of the local cloud
// (tests/cloud/localcloud up): resize with confirm and with revert, floating IP associate and
// disassociate, security groups added and removed, an interface attached and detached. Each goes
// through the jobs the tab sends (ServerBulkAction, SetFloatingIpPortJob, Attach/DetachInterfaceJob)
// and is checked in what the tab shows: the live model's row and the instance's interface list.
// Last, the launch wizard's volume picker offers a bootable volume of the project and a server
// boots from it. One small server, a floating IP, a security group and a 1 GB volume of its own
// (random suffix) in the project of stackdeck-test, all removed at the end.
#include "models/compute/launchchoices.h"
#include "models/compute/servercommands.h"
#include "models/compute/serverlistcontroller.h"
#include "models/compute/serverlistmodel.h"
#include "openstack/blockstorage/listjobs.h"
#include "openstack/client/restjob.h"
#include "openstack/compute/computejobs.h"
#include "openstack/compute/neutronlookups.h"
#include "openstack/compute/serverjobs.h"
#include "openstack/image/imagejobs.h"
#include "localcloudsession.h"
#include "testcloud.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

#include <functional>

using namespace OpenStack::Compute;
using Models::ServerBulkAction;
using Models::ServerListModel;
using OpenStack::RestJob;
using OpenStack::Session;

class TestInstancesActionsFunctional : public QObject
{
    Q_OBJECT

    TestSupport::TestCloud m_cloud;
    QNetworkAccessManager m_network;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<ServerListModel> m_model;
    std::unique_ptr<Models::ServerListController> m_controller;
    QString m_prefix;
    QString m_serverId;
    QString m_smallFlavor;
    QString m_largeFlavor;
    QString m_networkId;
    QString m_floatingIpId;
    QString m_floatingAddress;
    QString m_groupId;
    QString m_groupName;
    QString m_volumeId;
    QString m_volumeServerId;

    // Every job here gets 90 s (see TestSupport::runJob).
    template<typename Job>
    std::unique_ptr<Job> run(Job *job)
    {
        return TestSupport::runJob(job, 90000);
    }

    // The row the user looks at.
    Server row() const
    {
        const int r = m_model->rowOf(m_serverId);
        return r < 0 ? Server() : m_model->record(r);
    }

    QString cell(int column) const
    {
        const int r = m_model->rowOf(m_serverId);
        return r < 0 ? QString() : m_model->index(r, column).data().toString();
    }

    bool settled(const QString &status) const
    {
        const Server s = row();
        return s.status == status && s.taskState.isEmpty();
    }

    // What the tab does after an action (watch the row), kept up until the row shows the result:
    // Neutron tells Nova about port changes asynchronously, so the row may need a few looks.
    bool waitForRow(const std::function<bool()> &done, int timeoutMs = 120000)
    {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < timeoutMs) {
            if (done())
                return true;
            m_controller->watch({m_serverId});
            QTest::qWait(1500);
        }
        return done();
    }

    Core::Error action(ServerAction a, ActionArgs args = {})
    {
        auto *b = new ServerBulkAction(m_session.get(), a, {row()}, args);
        Core::Error error;
        int results = -1;
        connect(b, &ServerBulkAction::finished, this, [&](ServerBulkAction *done) {
            results = int(done->results().size());
            if (results == 1)
                error = done->results().at(0).error;
        });
        b->start();
        [&]() { QTRY_VERIFY_WITH_TIMEOUT(results >= 0, 90000); }();
        if (results != 1)
            return Core::Error::make(Core::Error::Kind::BadResponse, QStringLiteral("expected one result, got %1").arg(results));
        return error;
    }

    QVector<InterfaceAttachment> interfaces()
    {
        std::unique_ptr<ListInterfacesJob> job(run(new ListInterfacesJob(m_session.get(), m_serverId)));
        if (job->error())
            qWarning() << job->error().toString();
        return job->items();
    }

    RestJob *volumeJob(const QByteArray &verb, const QString &path)
    {
        return new RestJob(m_session.get(), OpenStack::BlockStorage::blockStorageService(), verb, path);
    }

    QString volumeStatus(const QString &id)
    {
        std::unique_ptr<RestJob> get(run(volumeJob("GET", QStringLiteral("/volumes/") + id)));
        return get->error() ? QString() : get->json()[QStringLiteral("volume")][QStringLiteral("status")].toString();
    }

    // What the launch wizard offers to boot from.
    QVector<OpenStack::BlockStorage::Volume> offeredVolumes()
    {
        // The loader deletes itself once finished: what it found is copied in the handler.
        auto *loader = new Models::LaunchChoicesLoader(m_session.get());
        bool done = false;
        QVector<OpenStack::BlockStorage::Volume> volumes;
        connect(loader, &Models::LaunchChoicesLoader::finished, this, [&](Models::LaunchChoicesLoader *l) {
            for (const Core::Error &e : l->errors())
                qWarning() << e.toString();
            if (l->errors().isEmpty())
                volumes = l->choices().bootableVolumes;
            done = true;
        });
        loader->start();
        if (!QTest::qWaitFor([&done]() { return done; }, 60000))
            qWarning() << "the launch choices did not arrive";
        return volumes;
    }

private slots:
    void initTestCase()
    {
        STACKDECK_REQUIRE_LOCAL_CLOUD(m_cloud);
        QString why;
        m_session = TestSupport::localCloudSession(m_cloud, &m_network, QStringLiteral("stackdeck-test"), this, &why);
        QVERIFY2(m_session, qPrintable(why));
        m_prefix = QStringLiteral("sdtest-%1-").arg(QRandomGenerator::global()->bounded(100000, 999999));

        // The choices the wizard and the dialogs offer: the talk's small image and flavors, the
        // project's network and the external one floating IPs come from.
        std::unique_ptr<ListFlavorsJob> flavors(run(new ListFlavorsJob(m_session.get(), false)));
        QVERIFY2(!flavors->error(), qPrintable(flavors->error().toString()));
        for (const Flavor &f : flavors->items()) {
            if (f.name == QLatin1String("m4.4G_50G"))
                m_smallFlavor = f.id;
            if (f.name == QLatin1String("m8.8G_310G"))
                m_largeFlavor = f.id;
        }
        QVERIFY(!m_smallFlavor.isEmpty() && !m_largeFlavor.isEmpty());
        std::unique_ptr<ListNetworkChoicesJob> networks(run(new ListNetworkChoicesJob(m_session.get())));
        QVERIFY2(!networks->error(), qPrintable(networks->error().toString()));
        QString external;
        for (const NetworkChoice &n : networks->networks()) {
            if (n.name == QLatin1String("test-net"))
                m_networkId = n.id;
            if (n.external)
                external = n.id;
        }
        QVERIFY(!m_networkId.isEmpty() && !external.isEmpty());
        // The job deletes itself once finished: the id is taken in the handler.
        auto *images = new OpenStack::Image::ListImagesJob(m_session.get());
        LaunchSpec spec;
        bool imagesDone = false;
        connect(images, &OpenStack::Image::ListImagesJob::finished, this, [&](OpenStack::Image::ListImagesJob *j) {
            for (const auto &i : j->images()) {
                if (i.name == QLatin1String("ubuntu_14.04_affs"))
                    spec.imageId = i.id;
            }
            imagesDone = true;
        });
        images->start();
        QTRY_VERIFY_WITH_TIMEOUT(imagesDone, 30000);
        QVERIFY(!spec.imageId.isEmpty());

        // A floating IP and a security group of our own, so the seeded ones stay as they are.
        auto *fip = new RestJob(m_session.get(), QStringLiteral("network"), "POST", QStringLiteral("/v2.0/floatingips"));
        fip->setJsonBody({{QStringLiteral("floatingip"),
                           QJsonObject{{QStringLiteral("floating_network_id"), external},
                                       {QStringLiteral("description"), QString(m_prefix + QStringLiteral("fip"))}}}});
        std::unique_ptr<RestJob> fipDone(run(fip));
        QVERIFY2(!fipDone->error(), qPrintable(fipDone->error().toString()));
        m_floatingIpId = fipDone->json()[QStringLiteral("floatingip")][QStringLiteral("id")].toString();
        m_floatingAddress = fipDone->json()[QStringLiteral("floatingip")][QStringLiteral("floating_ip_address")].toString();
        QVERIFY(!m_floatingIpId.isEmpty() && !m_floatingAddress.isEmpty());

        m_groupName = m_prefix + QStringLiteral("sg");
        auto *sg = new RestJob(m_session.get(), QStringLiteral("network"), "POST", QStringLiteral("/v2.0/security-groups"));
        sg->setJsonBody({{QStringLiteral("security_group"), QJsonObject{{QStringLiteral("name"), m_groupName}}}});
        std::unique_ptr<RestJob> sgDone(run(sg));
        QVERIFY2(!sgDone->error(), qPrintable(sgDone->error().toString()));
        m_groupId = sgDone->json()[QStringLiteral("security_group")][QStringLiteral("id")].toString();
        QVERIFY(!m_groupId.isEmpty());

        spec.name = m_prefix + QStringLiteral("vm");
        spec.flavorId = m_smallFlavor;
        spec.networkIds = {m_networkId};
        spec.securityGroups = {QStringLiteral("default")};
        std::unique_ptr<CreateServerJob> create(run(new CreateServerJob(m_session.get(), spec)));
        QVERIFY2(!create->error(), qPrintable(create->error().toString()));
        m_serverId = create->serverId();
        QVERIFY(!m_serverId.isEmpty());

        // The tab's live model over the project, as the user has it open.
        m_model = std::make_unique<ServerListModel>();
        m_controller = std::make_unique<Models::ServerListController>(m_model.get());
        m_controller->setSession(m_session.get());
        QSignalSpy loaded(m_controller.get(), &Models::ServerListController::loaded);
        m_controller->reload();
        QVERIFY(loaded.wait(30000));
        QVERIFY(waitForRow([this]() { return settled(QStringLiteral("ACTIVE")); }, 180000));
        QCOMPARE(cell(ServerListModel::FlavorColumn), QStringLiteral("m4.4G_50G"));
    }

    void resizeAndConfirm()
    {
        ActionArgs args;
        args.flavorId = m_largeFlavor;
        const Core::Error e = action(ServerAction::Resize, args);
        QVERIFY2(!e, qPrintable(e.toString()));
        QVERIFY2(waitForRow([this]() { return settled(QStringLiteral("VERIFY_RESIZE")); }), qPrintable(row().status));
        // Waiting for confirmation: the row shows the new flavor and offers confirm and revert.
        QCOMPARE(cell(ServerListModel::FlavorColumn), QStringLiteral("m8.8G_310G"));
        QVERIFY(Models::ServerCommandRules::whyNot(Models::ServerCommand::ConfirmResize, row()).isEmpty());
        QVERIFY(!Models::ServerCommandRules::whyNot(Models::ServerCommand::Resize, row()).isEmpty());

        const Core::Error c = action(ServerAction::ConfirmResize);
        QVERIFY2(!c, qPrintable(c.toString()));
        QVERIFY2(waitForRow([this]() { return settled(QStringLiteral("ACTIVE")); }), qPrintable(row().status));
        QCOMPARE(cell(ServerListModel::FlavorColumn), QStringLiteral("m8.8G_310G"));
        QCOMPARE(row().flavor.vcpus, 8);
        QCOMPARE(cell(ServerListModel::StatusColumn), QStringLiteral("Active"));
    }

    void resizeAndRevert()
    {
        ActionArgs args;
        args.flavorId = m_smallFlavor;
        const Core::Error e = action(ServerAction::Resize, args);
        QVERIFY2(!e, qPrintable(e.toString()));
        QVERIFY2(waitForRow([this]() { return settled(QStringLiteral("VERIFY_RESIZE")); }), qPrintable(row().status));
        QCOMPARE(cell(ServerListModel::FlavorColumn), QStringLiteral("m4.4G_50G"));

        const Core::Error r = action(ServerAction::RevertResize);
        QVERIFY2(!r, qPrintable(r.toString()));
        QVERIFY2(waitForRow([this]() { return settled(QStringLiteral("ACTIVE")); }), qPrintable(row().status));
        // Back to the flavor it had before the resize.
        QCOMPARE(cell(ServerListModel::FlavorColumn), QStringLiteral("m8.8G_310G"));
        // Nothing waits for confirmation any more: Nova would answer 409, so the tab refuses first.
        QVERIFY(!Models::ServerCommandRules::whyNot(Models::ServerCommand::RevertResize, row()).isEmpty());
        const Core::Error again = action(ServerAction::ConfirmResize);
        QCOMPARE(again.httpStatus, 409);
    }

    void associateAndDisassociateFloatingIp()
    {
        QVERIFY(!Models::ServerCommandRules::whyNot(Models::ServerCommand::DisassociateFloatingIp, row()).isEmpty());
        // As the dialog does: the instance's first port.
        const QVector<InterfaceAttachment> ports = interfaces();
        QCOMPARE(ports.size(), 1);
        std::unique_ptr<SetFloatingIpPortJob> assoc(
            run(new SetFloatingIpPortJob(m_session.get(), m_floatingIpId, ports.at(0).id)));
        QVERIFY2(!assoc->error(), qPrintable(assoc->error().toString()));
        QVERIFY2(waitForRow([this]() { return row().floatingIps().contains(m_floatingAddress); }),
                 qPrintable(cell(ServerListModel::IpColumn)));
        QVERIFY2(cell(ServerListModel::IpColumn).contains(m_floatingAddress), qPrintable(cell(ServerListModel::IpColumn)));
        QVERIFY(Models::ServerCommandRules::whyNot(Models::ServerCommand::DisassociateFloatingIp, row()).isEmpty());
        // The disassociate dialog offers it.
        std::unique_ptr<ListFloatingIpsJob> fips(run(new ListFloatingIpsJob(m_session.get(), row().projectId)));
        QVERIFY2(!fips->error(), qPrintable(fips->error().toString()));
        bool listed = false;
        for (const FloatingIp &f : fips->floatingIps())
            listed = listed || (f.id == m_floatingIpId && f.portId == ports.at(0).id);
        QVERIFY(listed);

        std::unique_ptr<SetFloatingIpPortJob> dis(run(new SetFloatingIpPortJob(m_session.get(), m_floatingIpId, QString())));
        QVERIFY2(!dis->error(), qPrintable(dis->error().toString()));
        QVERIFY2(waitForRow([this]() { return !row().floatingIps().contains(m_floatingAddress); }),
                 qPrintable(cell(ServerListModel::IpColumn)));
        QVERIFY(!cell(ServerListModel::IpColumn).contains(m_floatingAddress));
        QVERIFY(!row().ipAddresses().isEmpty()); // the fixed address stays
    }

    void addAndRemoveSecurityGroup()
    {
        QCOMPARE(row().securityGroups, QStringList{QStringLiteral("default")});
        ActionArgs args;
        args.securityGroup = m_groupName;
        const Core::Error add = action(ServerAction::AddSecurityGroup, args);
        QVERIFY2(!add, qPrintable(add.toString()));
        QVERIFY2(waitForRow([this]() { return row().securityGroups.contains(m_groupName); }),
                 qPrintable(row().securityGroups.join(QLatin1Char(','))));
        QVERIFY(row().securityGroups.contains(QStringLiteral("default")));

        const Core::Error remove = action(ServerAction::RemoveSecurityGroup, args);
        QVERIFY2(!remove, qPrintable(remove.toString()));
        QVERIFY2(waitForRow([this]() { return !row().securityGroups.contains(m_groupName); }),
                 qPrintable(row().securityGroups.join(QLatin1Char(','))));
        QCOMPARE(row().securityGroups, QStringList{QStringLiteral("default")});
        // Removing it again is Nova's refusal, in its own words.
        const Core::Error again = action(ServerAction::RemoveSecurityGroup, args);
        QVERIFY(again);
        QVERIFY2(!again.message.isEmpty(), qPrintable(again.toString()));
    }

    void attachAndDetachInterface()
    {
        const QVector<InterfaceAttachment> before = interfaces();
        QCOMPARE(before.size(), 1);
        const int addressesBefore = int(row().ipAddresses().size());
        std::unique_ptr<AttachInterfaceJob> attach(run(new AttachInterfaceJob(m_session.get(), m_serverId, m_networkId)));
        QVERIFY2(!attach->error(), qPrintable(attach->error().toString()));
        QVector<InterfaceAttachment> after;
        QTRY_VERIFY_WITH_TIMEOUT((after = interfaces()).size() == 2, 60000);
        QString added;
        for (const InterfaceAttachment &i : after) {
            if (i.id != before.at(0).id)
                added = i.id;
        }
        QVERIFY(!added.isEmpty());
        // The row lists the new port's address too.
        QVERIFY2(waitForRow([&]() { return row().ipAddresses().size() == addressesBefore + 1; }),
                 qPrintable(cell(ServerListModel::IpColumn)));

        std::unique_ptr<DetachInterfaceJob> detach(run(new DetachInterfaceJob(m_session.get(), m_serverId, added)));
        QVERIFY2(!detach->error(), qPrintable(detach->error().toString()));
        QTRY_VERIFY_WITH_TIMEOUT(interfaces().size() == 1, 60000);
        QCOMPARE(interfaces().at(0).id, before.at(0).id);
        QVERIFY2(waitForRow([&]() { return row().ipAddresses().size() == addressesBefore; }),
                 qPrintable(cell(ServerListModel::IpColumn)));
    }

    // The wizard's volume picker offers a bootable volume of the project, and a server boots from it.
    void bootFromAPickedVolume()
    {
        auto *create = volumeJob("POST", QStringLiteral("/volumes"));
        create->setJsonBody({{QStringLiteral("volume"), QJsonObject{{QStringLiteral("size"), 1},
                                                                    {QStringLiteral("name"), QString(m_prefix + QStringLiteral("bootvol"))}}}});
        std::unique_ptr<RestJob> created(run(create));
        QVERIFY2(!created->error(), qPrintable(created->error().toString()));
        m_volumeId = created->json()[QStringLiteral("volume")][QStringLiteral("id")].toString();
        QVERIFY(!m_volumeId.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(volumeStatus(m_volumeId), QStringLiteral("available"), 60000);
        auto *bootable = volumeJob("POST", QStringLiteral("/volumes/%1/action").arg(m_volumeId));
        bootable->setJsonBody({{QStringLiteral("os-set_bootable"), QJsonObject{{QStringLiteral("bootable"), true}}}});
        std::unique_ptr<RestJob> marked(run(bootable));
        QVERIFY2(!marked->error(), qPrintable(marked->error().toString()));

        QVector<OpenStack::BlockStorage::Volume> offered = offeredVolumes();
        QStringList ids;
        for (const auto &v : offered)
            ids << v.id;
        QVERIFY2(ids.contains(m_volumeId), qPrintable(ids.join(QLatin1Char(','))));

        LaunchSpec spec;
        spec.name = m_prefix + QStringLiteral("fromvol");
        spec.volumeId = m_volumeId;
        spec.flavorId = m_smallFlavor;
        spec.networkIds = {m_networkId};
        std::unique_ptr<CreateServerJob> launch(run(new CreateServerJob(m_session.get(), spec)));
        QVERIFY2(!launch->error(), qPrintable(launch->error().toString()));
        m_volumeServerId = launch->serverId();
        m_controller->refreshIncremental();
        QElapsedTimer t;
        t.start();
        auto active = [this]() {
            const int r = m_model->rowOf(m_volumeServerId);
            return r >= 0 && m_model->record(r).status == QLatin1String("ACTIVE") && m_model->record(r).taskState.isEmpty();
        };
        while (!active() && t.elapsed() < 180000) {
            m_controller->watch({m_volumeServerId});
            QTest::qWait(1500);
        }
        QVERIFY(active());
        const Server booted = m_model->record(m_model->rowOf(m_volumeServerId));
        QVERIFY(booted.bootsFromVolume());
        QCOMPARE(booted.attachedVolumeIds, QStringList{m_volumeId});
        // Now in use: no longer offered.
        QTRY_COMPARE_WITH_TIMEOUT(volumeStatus(m_volumeId), QStringLiteral("in-use"), 60000);
        offered = offeredVolumes();
        for (const auto &v : std::as_const(offered))
            QVERIFY(v.id != m_volumeId);
    }

    void cleanupTestCase()
    {
        if (!m_session)
            return;
        // No more looks at the rows; the ones in flight end during the waits below (deleting the
        // controller here would abort them mid-request).
        if (m_controller)
            m_controller->setLive(false);
        // The server first (its port holds the group), then what it used.
        // The list deletes itself once finished: the servers are copied in the handler.
        auto *list = new ListServersJob(m_session.get(), {});
        QVector<Server> servers;
        bool listed = false;
        connect(list, &ListServersJob::finished, this, [&](ListServersJob *j) {
            servers = j->servers();
            listed = true;
        });
        list->start();
        if (!QTest::qWaitFor([&listed]() { return listed; }, 30000))
            qWarning() << "no server list to clean up from";
        QStringList ours;
        for (const Server &s : std::as_const(servers)) {
            if (s.name.startsWith(m_prefix)) {
                ours << s.id;
                run(new ServerActionJob(m_session.get(), s.id, s.name, ServerAction::Delete));
            }
        }
        for (const QString &id : std::as_const(ours)) {
            QElapsedTimer t;
            t.start();
            while (t.elapsed() < 60000) {
                std::unique_ptr<GetServerJob> get(run(new GetServerJob(m_session.get(), id)));
                if (get->isGone() || get->server().isDeleted())
                    break;
                QTest::qWait(1000);
            }
        }
        if (!m_volumeId.isEmpty()) {
            // Detached by the server's deletion; Cinder deletes only an available volume.
            QElapsedTimer t;
            t.start();
            while (t.elapsed() < 60000 && volumeStatus(m_volumeId) != QLatin1String("available")
                   && volumeStatus(m_volumeId) != QLatin1String("error"))
                QTest::qWait(1000);
            std::unique_ptr<RestJob> d(run(volumeJob("DELETE", QStringLiteral("/volumes/") + m_volumeId)));
            QVERIFY2(!d->error(), qPrintable(d->error().toString()));
        }
        if (!m_floatingIpId.isEmpty()) {
            std::unique_ptr<RestJob> d(run(new RestJob(m_session.get(), QStringLiteral("network"), "DELETE",
                                                       QStringLiteral("/v2.0/floatingips/") + m_floatingIpId)));
            QVERIFY2(!d->error(), qPrintable(d->error().toString()));
        }
        if (!m_groupId.isEmpty()) {
            std::unique_ptr<RestJob> d;
            // Neutron frees the deleted server's port a moment after Nova says it is gone.
            for (int i = 0; i < 20; ++i) {
                d.reset(run(new RestJob(m_session.get(), QStringLiteral("network"), "DELETE",
                                        QStringLiteral("/v2.0/security-groups/") + m_groupId)).release());
                if (!d->error() || d->httpStatus() != 409)
                    break;
                QTest::qWait(1000);
            }
            QVERIFY2(!d->error(), qPrintable(d->error().toString()));
        }
    }
};

QTEST_GUILESS_MAIN(TestInstancesActionsFunctional)
#include "tst_instances_actions_functional.moc"
