// SPDX-License-Identifier: GPL-3.0-or-later
// The Hypervisors tab driven offscreen: Nova and Placement from the in-memory fake (recorded
// replies of the local cloud), libvirt for real through its test driver with the project's own
// node XML (tests/support/libvirt/host01.xml: Nova-named domains, RBD disks, Nova metadata).
#include "../unit/tst_aggregate_fakecloud.h"
#include "libvirt/connection.h"
#include "models/hosts/hostdomainmodel.h"
#include "models/hosts/hostsloader.h"
#include "models/hosts/hypervisorlistmodel.h"
#include "openstack/client/session.h"
#include "ui/charts/ratechart.h"
#include "ui/common/tablepanel.h"
#include "ui/hypervisors/hostdomainsview.h"
#include "ui/hypervisors/hypervisorspage.h"

#include <QAction>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace TestSupport;
using Models::HostDomainRow;

class TestHypervisorsPage : public QObject
{
    Q_OBJECT

    FakeHostsCloud m_cloud;
    FakeNetwork m_net;
    std::unique_ptr<OpenStack::Session> m_session;
    std::unique_ptr<Ui::HypervisorsPage> m_page;

    static QString nodeXml()
    {
        return qEnvironmentVariable("STACKDECK_SOURCE_DIR") + QStringLiteral("/tests/support/libvirt/host01.xml");
    }

    static QJsonObject server(const char *id, const char *name, const char *status)
    {
        return QJsonObject{{QStringLiteral("id"), QString::fromLatin1(id)}, {QStringLiteral("name"), QString::fromLatin1(name)},
                           {QStringLiteral("status"), QString::fromLatin1(status)},
                           {QStringLiteral("tenant_id"), QStringLiteral("p1")},
                           {QStringLiteral("OS-EXT-SRV-ATTR:host"), QStringLiteral("host01")}};
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("StackDeckTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_hypervisorspage"));
        QSettings().remove(QStringLiteral("libvirt"));
    }

    void init()
    {
        m_cloud = FakeHostsCloud();
        // hadoop1 runs as instance-0000000a; hadoop2's domain exists but Nova says SHUTOFF while
        // libvirt runs it; "ghost" has no domain; instance-000000c8 is a domain Nova does not know.
        m_cloud.hostServers.insert(QStringLiteral("host01"),
                                   QJsonArray{server("6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f", "hadoop1", "ACTIVE"),
                                              server("6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e60", "hadoop2", "SHUTOFF"),
                                              server("11111111-0000-4000-8000-000000000001", "ghost", "ACTIVE")});
        m_net.setHandler([this](const RecordedRequest &r) { return m_cloud.handle(r); });
        OpenStack::CloudConfig config = fakeHostsConfig();
        config.stackdeck.insert(QStringLiteral("libvirt_uris"),
                                QVariantMap{{QStringLiteral("host01"), QString(QStringLiteral("test://") + nodeXml())},
                                            {QStringLiteral("host02"), QStringLiteral("test:///default")}});
        m_session = std::make_unique<OpenStack::Session>(&m_net, config);
        bool authed = false;
        m_session->authenticate(this, [&](const Core::Error &) { authed = true; });
        QTRY_VERIFY(authed);
        m_page = std::make_unique<Ui::HypervisorsPage>();
        m_page->domains()->setStatsIntervalMs(100);
        m_page->resize(1200, 900);
        m_page->show();
        QSignalSpy loaded(m_page->loader(), &Models::HostsLoader::loaded);
        m_page->setSession(m_session.get());
        QVERIFY(loaded.wait(5000));
    }

    void cleanup()
    {
        m_page.reset();
        m_session.reset();
    }

    void hostsWithPlacementCapacity()
    {
        QCOMPARE(m_page->model()->rowCount(), 2);
        m_page->selectHost(QStringLiteral("host01"));
        QCOMPARE(m_page->selectedHost(), QStringLiteral("host01"));
        const int row = m_page->panel()->selectedSourceRows().constFirst();
        QCOMPARE(m_page->model()->index(row, Models::HypervisorListModel::VcpusUsedColumn).data().toString(),
                 QStringLiteral("32 (0%)"));
        QCOMPARE(m_page->model()->index(row, Models::HypervisorListModel::ZoneColumn).data().toString(), QStringLiteral("AG1"));
    }

    void domainsBesideNovaWithDrift()
    {
        m_page->selectHost(QStringLiteral("host01"));
        Ui::HostDomainsView *view = m_page->domains();
        QTRY_VERIFY_WITH_TIMEOUT(view->model()->hasDomains() && view->model()->hasServers(), 10000);
        QCOMPARE(view->uriEdit()->text(), QString(QStringLiteral("test://") + nodeXml()));
        const auto *model = view->model();
        auto drift = [model](const char *uuid) { return model->record(model->rowOf(QString::fromLatin1(uuid))).drift; };
        QCOMPARE(drift("6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f"), HostDomainRow::Drift::None);
        QCOMPARE(drift("11111111-0000-4000-8000-000000000001"), HostDomainRow::Drift::MissingDomain);
        QVERIFY(model->driftCount() >= 2);
        bool stray = false;
        for (const auto &r : model->records())
            stray = stray || (r.hasDomain && !r.hasServer && r.drift == HostDomainRow::Drift::UnknownToNova);
        QVERIFY(stray);
        // hadoop1's volume is an RBD disk in the table.
        const int hadoop1 = model->rowOf(QStringLiteral("6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f"));
        QVERIFY(model->index(hadoop1, Models::HostDomainModel::DisksColumn).data().toString()
                    .contains(QStringLiteral("rbd:volumes/volume-7d2e3f40")));
        QVERIFY2(view->stateLabel()->text().contains(QStringLiteral("disagree")), qPrintable(view->stateLabel()->text()));

        // Live rates: the stats timer ticks and the charts fill, bounded by the history.
        QTRY_VERIFY_WITH_TIMEOUT(view->chart(0)->pointsOf(QStringLiteral("cpu")).size() >= 2, 10000);
        QVERIFY(view->chart(3)->lineCount() == 2); // received and sent
    }

    void badAndHangingUrisFailInWords()
    {
        m_page->selectHost(QStringLiteral("host01"));
        Ui::HostDomainsView *view = m_page->domains();
        QTRY_VERIFY_WITH_TIMEOUT(view->model()->hasDomains(), 10000);
        view->uriEdit()->setText(QStringLiteral("host01"));
        view->findChild<QPushButton *>(QStringLiteral("applyUriButton"))->click();
        QVERIFY2(view->stateLabel()->text().contains(QStringLiteral("Not a libvirt URI")), qPrintable(view->stateLabel()->text()));

        // A libvirtd that accepts the connection and never answers: the call is abandoned after
        // the timeout, with words, while the event loop (the window) keeps running.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        const QString hanging = QStringLiteral("qemu+tcp://127.0.0.1:%1/system").arg(silent.serverPort());
        view->setTimeoutMs(4000);
        QElapsedTimer t;
        t.start();
        view->uriEdit()->setText(hanging);
        view->findChild<QPushButton *>(QStringLiteral("applyUriButton"))->click();
        QVERIFY(t.elapsed() < 500); // the click returned at once
        QTRY_VERIFY_WITH_TIMEOUT(view->stateLabel()->text().contains(QStringLiteral("failed")), 8000);
        QVERIFY(t.elapsed() < 7000);
        QVERIFY(view->model()->rowCount() == 0 || !view->model()->hasDomains());
        // Remembered per cloud, and forgotten again with "Use Default".
        QCOMPARE(QSettings().value(QStringLiteral("libvirt/fake-hosts/host01")).toString(), hanging);
        view->findChild<QPushButton *>(QStringLiteral("resetUriButton"))->click();
        QVERIFY(!QSettings().contains(QStringLiteral("libvirt/fake-hosts/host01")));
        QTRY_VERIFY_WITH_TIMEOUT(view->model()->hasDomains(), 10000);
    }

    void disableAsksForAReason()
    {
        m_page->selectHost(QStringLiteral("host01"));
        QAction *enable = m_page->findChild<QAction *>(QStringLiteral("enableServiceAction"));
        QAction *disable = m_page->findChild<QAction *>(QStringLiteral("disableServiceAction"));
        QVERIFY(!enable->isEnabled());
        QVERIFY(enable->toolTip().contains(QStringLiteral("enabled already")));
        QVERIFY(disable->isEnabled());
        QSignalSpy done(m_page.get(), &Ui::HypervisorsPage::operationFinished);
        disable->trigger();
        QInputDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_page->findChild<QInputDialog *>(QStringLiteral("disableReasonDialog"))) != nullptr);
        dialog->setTextValue(QStringLiteral("disk replacement"));
        dialog->accept();
        QVERIFY(done.wait(5000));
        QVERIFY2(done.last().at(1).toBool(), qPrintable(done.last().at(0).toString()));
        const RecordedRequest *put = nullptr;
        for (const RecordedRequest &r : m_net.requests()) {
            if (r.verb == "PUT")
                put = &r;
        }
        QVERIFY(put);
        QCOMPARE(QJsonDocument::fromJson(put->body).object().value(QStringLiteral("disabled_reason")).toString(),
                 QStringLiteral("disk replacement"));
        // Too long a reason is refused before anything is sent.
        const int puts = m_net.countMatching("PUT", QStringLiteral("/os-services/") + m_page->model()->record(
            m_page->panel()->selectedSourceRows().constFirst()).service.id);
        m_page->setServiceEnabled(false, QString(300, QLatin1Char('x')));
        QVERIFY(!done.last().at(1).toBool());
        QCOMPARE(m_net.countMatching("PUT", QStringLiteral("/os-services/") + m_page->model()->record(
            m_page->panel()->selectedSourceRows().constFirst()).service.id), puts);
    }
};

QTEST_MAIN(TestHypervisorsPage)
#include "tst_hypervisorspage.moc"
