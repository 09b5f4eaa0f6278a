// SPDX-License-Identifier: GPL-3.0-or-later
// The Hypervisors tab driven offscreen: Nova and Placement from the in-memory fake (recorded
// replies of the local cloud), libvirt for real through its test driver with the project's own
// node XML (tests/support/libvirt/host01.xml: Nova-named domains, RBD disks, Nova metadata).
#include "../unit/tst_aggregate_fakecloud.h"
#include "app/translations.h"
#include "libvirt/connection.h"
#include "models/hosts/hostdomainmodel.h"
#include "models/hosts/hostsloader.h"
#include "models/hosts/hypervisorlistmodel.h"
#include "models/tablefilterproxy.h"
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
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QMenu>
#include <QTableView>
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


    static constexpr const char *kHadoop1 = "6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f"; // instance-0000000a
    static constexpr const char *kHadoop2 = "6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e60"; // instance-0000000b
    static constexpr const char *kStray = "5d0c1a7e-83b2-4f4e-9c1d-2a6f0b9e7c11";   // instance-000000c8

    // Selects the domains of these UUIDs in the domains table (as a user's clicks would).
    static void selectDomains(Ui::HostDomainsView *view, const QStringList &uuids)
    {
        QTableView *table = view->panel()->view();
        table->clearSelection();
        for (const QString &uuid : uuids) {
            const int row = view->model()->rowOf(uuid);
            QVERIFY2(row >= 0, qPrintable(uuid));
            const QModelIndex index = view->panel()->proxy()->mapFromSource(view->model()->index(row, 0));
            table->selectionModel()->select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
    }

    static Libvirt::Domain::State stateOf(Ui::HostDomainsView *view, const char *uuid)
    {
        const int row = view->model()->rowOf(QString::fromLatin1(uuid));
        return row < 0 ? Libvirt::Domain::State::Unknown : view->model()->record(row).domain.state;
    }

    static bool waitMore(QSignalSpy &spy, int &seen)
    {
        const bool more = QTest::qWaitFor([&]() { return spy.size() > seen; }, 10000);
        seen = int(spy.size());
        return more;
    }

    // Triggers a lifecycle action and answers its confirmation (when one comes) with `confirm`.
    // Returns the confirmation's text, empty when none was asked.
    static QString trigger(Ui::HostDomainsView *view, Libvirt::Connection::DomainAction action, bool confirm)
    {
        QAction *a = view->domainAction(action);
        if (!a->isEnabled())
            return QStringLiteral("<disabled: %1>").arg(a->toolTip());
        a->trigger();
        auto *box = view->findChild<QMessageBox *>(QStringLiteral("domainActionConfirm"));
        if (!box)
            return {};
        const QString text = box->text();
        if (confirm)
            box->findChild<QPushButton *>(QStringLiteral("domainActionConfirmButton"))->click();
        else
            box->button(QMessageBox::Cancel)->click();
        QTest::qWait(0);
        return text;
    }

private slots:
    void initTestCase()
    {
        QCOMPARE(App::installTranslations(QStringLiteral("en")), QStringLiteral("en"));
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

    // Lifecycle through libvirt's test driver (its in-memory state of the project's XML): each
    // action on the worker, a confirmation where Nova is involved or a domain is forced off, the
    // view following libvirt's events, and Nova's disagreement shown afterwards.
    void domainLifecycleFromTheView()
    {
        using A = Libvirt::Connection::DomainAction;
        using S = Libvirt::Domain::State;
        m_page->selectHost(QStringLiteral("host01"));
        Ui::HostDomainsView *view = m_page->domains();
        QTRY_VERIFY_WITH_TIMEOUT(view->model()->hasDomains() && view->model()->hasServers(), 10000);
        QSignalSpy events(view->connection(), &Libvirt::Connection::domainEvent);
        QSignalSpy finished(view, &Ui::HostDomainsView::domainActionsFinished);
        int seen = 0; // the test driver answers fast: results may arrive before a wait() would start

        // Nothing selected: every action is disabled and says why.
        view->panel()->view()->clearSelection();
        QVERIFY(!view->domainAction(A::Start)->isEnabled());
        QVERIFY(view->domainAction(A::Start)->toolTip().contains(QLatin1String("Select")));

        // hadoop2 runs; Nova manages it: suspend asks first and says Nova is not told.
        selectDomains(view, {QString::fromLatin1(kHadoop2)});
        QVERIFY(view->domainAction(A::Suspend)->isEnabled());
        QVERIFY(!view->domainAction(A::Resume)->isEnabled());
        QCOMPARE(view->domainAction(A::Resume)->toolTip(), QStringLiteral("Only a paused domain can be resumed"));
        QString asked = trigger(view, A::Suspend, true);
        QVERIFY2(asked.contains(QLatin1String("instance-0000000b (hadoop2)")), qPrintable(asked));
        QVERIFY2(asked.contains(QLatin1String("Nova is not told")), qPrintable(asked));
        QVERIFY(waitMore(finished, seen));
        QVERIFY2(finished.last().at(1).toBool(), qPrintable(finished.last().at(0).toStringList().join(QLatin1Char('\n'))));
        QCOMPARE(finished.last().at(0).toStringList(), QStringList{QStringLiteral("instance-0000000b (hadoop2): suspended")});
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(view, kHadoop2), S::Paused, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(!events.isEmpty(), 5000); // libvirt's own lifecycle event
        QTRY_VERIFY(view->domainAction(A::Resume)->isEnabled());
        trigger(view, A::Resume, true);
        QVERIFY(waitMore(finished, seen));
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(view, kHadoop2), S::Running, 5000);

        // Force off names the domain; cancelling does nothing.
        selectDomains(view, {QString::fromLatin1(kHadoop1)});
        const int before = int(finished.size());
        asked = trigger(view, A::Destroy, false);
        QVERIFY2(asked.contains(QLatin1String("Force off 1 domain")) && asked.contains(QLatin1String("instance-0000000a (hadoop1)")),
                 qPrintable(asked));
        QTest::qWait(300);
        QCOMPARE(int(finished.size()), before);
        QCOMPARE(stateOf(view, kHadoop1), S::Running);
        trigger(view, A::Destroy, true);
        QVERIFY(waitMore(finished, seen));
        QCOMPARE(finished.last().at(0).toStringList(), QStringList{QStringLiteral("instance-0000000a (hadoop1): forced off")});
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(view, kHadoop1), S::Shutoff, 5000);
        // Nova still says ACTIVE: the view shows the disagreement the action caused.
        const int row = view->model()->rowOf(QString::fromLatin1(kHadoop1));
        QCOMPARE(view->model()->record(row).drift, HostDomainRow::Drift::StateMismatch);
        QVERIFY(view->stateLabel()->text().contains(QLatin1String("Nova was not told")));
        QVERIFY(!view->domainAction(A::Shutdown)->isEnabled());
        trigger(view, A::Start, true);
        QVERIFY(waitMore(finished, seen));
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(view, kHadoop1), S::Running, 5000);
        QTRY_COMPARE(view->model()->record(view->model()->rowOf(QString::fromLatin1(kHadoop1))).drift, HostDomainRow::Drift::None);

        // A domain Nova does not know is rebooted without a question.
        selectDomains(view, {QString::fromLatin1(kStray)});
        QCOMPARE(trigger(view, A::Reboot, true), QString());
        QVERIFY(waitMore(finished, seen));
        QVERIFY(finished.last().at(1).toBool());

        // Bulk: one result per domain; a paused one among running ones is forced off too.
        selectDomains(view, {QString::fromLatin1(kStray)});
        trigger(view, A::Suspend, true);
        QVERIFY(waitMore(finished, seen));
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(view, kStray), S::Paused, 5000);
        selectDomains(view, {QString::fromLatin1(kHadoop1), QString::fromLatin1(kHadoop2), QString::fromLatin1(kStray)});
        asked = trigger(view, A::Destroy, true);
        QVERIFY2(asked.contains(QLatin1String("Force off 3 domain")), qPrintable(asked));
        QVERIFY(waitMore(finished, seen));
        QCOMPARE(finished.last().at(0).toStringList().size(), 3);
        QVERIFY(finished.last().at(1).toBool());
        QTRY_VERIFY_WITH_TIMEOUT(stateOf(view, kHadoop1) == S::Shutoff && stateOf(view, kHadoop2) == S::Shutoff
                                     && stateOf(view, kStray) == S::Shutoff,
                                 5000);
        QVERIFY(view->findChild<QMenu *>(QStringLiteral("domainContextMenu")));
    }

    // A change made by someone else (another connection to the same in-process test driver) reaches
    // the view through libvirt's lifecycle events alone.
    void eventsFromElsewhereRefreshTheView()
    {
        m_page->selectHost(QStringLiteral("host02"));
        Ui::HostDomainsView *view = m_page->domains();
        QTRY_VERIFY_WITH_TIMEOUT(view->model()->hasDomains(), 10000);
        QCOMPARE(view->model()->rowCount() >= 1, true);
        QString uuid;
        for (const auto &r : view->model()->records())
            if (r.hasDomain && r.domain.name == QLatin1String("test"))
                uuid = r.domain.uuid;
        QVERIFY(!uuid.isEmpty());
        QCOMPARE(stateOf(view, uuid.toLatin1().constData()), Libvirt::Domain::State::Running);
        QSignalSpy refresh(view->connection(), &Libvirt::Connection::refreshNeeded);

        Libvirt::Connection other(QStringLiteral("host02"), QStringLiteral("test:///default"));
        bool done = false;
        Core::Error err;
        other.domainAction(uuid, Libvirt::Connection::DomainAction::Suspend, this, [&](const Core::Error &e) {
            err = e;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QVERIFY2(!err, qPrintable(err.toString()));
        QVERIFY(refresh.wait(5000));
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(view, uuid.toLatin1().constData()), Libvirt::Domain::State::Paused, 5000);

        done = false;
        other.domainAction(uuid, Libvirt::Connection::DomainAction::Resume, this, [&](const Core::Error &) { done = true; });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(view, uuid.toLatin1().constData()), Libvirt::Domain::State::Running, 5000);
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
