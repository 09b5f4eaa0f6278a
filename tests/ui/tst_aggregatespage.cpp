// SPDX-License-Identifier: GPL-3.0-or-later
// The Aggregates & Zones tab driven offscreen over the in-memory Nova + Placement of
// tests/unit/tst_aggregate_fakecloud.h (recorded replies of the local cloud).
#include "models/hosts/aggregatelistmodel.h"
#include "models/hosts/hostsloader.h"
#include "models/hosts/zonelistmodel.h"
#include "models/roles.h"
#include "models/tablefilterproxy.h"
#include "openstack/client/session.h"
#include "../unit/tst_aggregate_fakecloud.h"
#include "ui/aggregates/aggregatedialogs.h"
#include "ui/aggregates/aggregatespage.h"
#include "ui/charts/comparisonchart.h"
#include "ui/common/tablepanel.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace TestSupport;
using Models::AggregateListModel;

class TestAggregatesPage : public QObject
{
    Q_OBJECT

    FakeHostsCloud m_cloud;
    FakeNetwork m_net;
    std::unique_ptr<OpenStack::Session> m_session;
    std::unique_ptr<Ui::AggregatesPage> m_page;

    void waitLoaded()
    {
        QSignalSpy loaded(m_page->loader(), &Models::HostsLoader::loaded);
        if (!m_page->isLoading())
            m_page->refresh();
        QVERIFY(loaded.wait(5000));
    }

    QString lastMessage(const QSignalSpy &spy) { return spy.isEmpty() ? QString() : spy.last().first().toString(); }

    template<typename D>
    D *waitForDialog()
    {
        D *d = nullptr;
        [&]() { QTRY_VERIFY((d = m_page->findChild<D *>()) != nullptr && d->isVisible()); }();
        return d;
    }

private slots:
    void init()
    {
        m_cloud = FakeHostsCloud();
        m_net.setHandler([this](const RecordedRequest &r) { return m_cloud.handle(r); });
        m_session = std::make_unique<OpenStack::Session>(&m_net, fakeHostsConfig());
        bool authed = false;
        m_session->authenticate(this, [&](const Core::Error &) { authed = true; });
        QTRY_VERIFY(authed);
        m_page = std::make_unique<Ui::AggregatesPage>();
        m_page->resize(1200, 800);
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

    void showsAggregatesZonesAndCapacityCharts()
    {
        QCOMPARE(m_page->aggregateModel()->rowCount(), 2);
        QVERIFY(m_page->zoneModel()->rowOf(QStringLiteral("compute/AG1")) >= 0);
        QVERIFY(m_page->zoneModel()->rowOf(QStringLiteral("volume/nova")) >= 0);
        // One bar per aggregate: vCPUs used (32 on host01, 28 on host02) against capacity.
        const Charts::ComparisonChart *cpu = m_page->chart(0);
        QCOMPARE(cpu->categories().size(), 2);
        QList<double> used = cpu->usedValues();
        std::sort(used.begin(), used.end());
        QCOMPARE(used, (QList<double>{28, 32}));
        // Per zone, the same hosts: AG1 and AG2 (the internal zone has no compute hosts).
        m_page->findChild<QComboBox *>(QStringLiteral("capacityScopeCombo"))->setCurrentIndex(1);
        QCOMPARE(cpu->categories().size(), 2);
    }

    void zonesShowVolumeHostsOrSayWhyNot()
    {
        auto *zones = m_page->findChild<QWidget *>(QStringLiteral("zonesPanel"));
        QVERIFY(zones);
        auto *view = zones->findChild<QTableView *>(QStringLiteral("tableView"));
        auto *note = zones->findChild<QLabel *>(QStringLiteral("errorLabel"));
        QVERIFY(view && note);
        const QModelIndex source = m_page->zoneModel()->index(m_page->zoneModel()->rowOf(QStringLiteral("volume/nova")),
                                                              Models::ZoneListModel::ServicesColumn);
        QVERIFY(source.data().toString().contains(QStringLiteral("localcloud@ceph cinder-volume: up")));
        QVERIFY(note->isHidden() || note->text().isEmpty());

        // A project member: the zones stay, their hosts are hidden and the panel says why.
        m_cloud.adminRole = false;
        m_net.setHandler([this](const RecordedRequest &r) {
            if (r.url.path() == QLatin1String("/v2.1/os-availability-zone"))
                return FakeResponse::json(200, recordedHosts(QStringLiteral("zones_compute.json")));
            return m_cloud.handle(r);
        });
        auto member = std::make_unique<OpenStack::Session>(&m_net, fakeHostsConfig());
        bool authed = false;
        member->authenticate(this, [&](const Core::Error &) { authed = true; });
        QTRY_VERIFY(authed);
        QSignalSpy loaded(m_page->loader(), &Models::HostsLoader::loaded);
        m_page->setSession(member.get());
        QVERIFY(loaded.wait(5000));
        const int row = m_page->zoneModel()->rowOf(QStringLiteral("volume/nova"));
        QVERIFY(row >= 0);
        QVERIFY(m_page->zoneModel()->record(row).hosts.isEmpty());
        QVERIFY(!note->isHidden());
        QVERIFY2(note->text().contains(QStringLiteral("need the admin role")), qPrintable(note->text()));
        m_page->setSession(nullptr);
    }

    void createRefusesBadInputThenCreates()
    {
        QSignalSpy done(m_page.get(), &Ui::AggregatesPage::operationFinished);
        m_page->findChild<QAction *>(QStringLiteral("createAggregateAction"))->trigger();
        auto *dialog = waitForDialog<Ui::AggregateDialog>();
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("aggregateNameEdit"));
        auto *zone = dialog->findChild<QComboBox *>(QStringLiteral("aggregateZoneEdit"));
        auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled()); // empty name
        QVERIFY(dialog->problem().contains(QStringLiteral("empty")));
        name->setText(QStringLiteral("servergroup01"));
        QVERIFY(!ok->isEnabled());
        QVERIFY(dialog->problem().contains(QStringLiteral("exists")));
        name->setText(QStringLiteral("mesos01"));
        zone->setCurrentText(QStringLiteral("AG3:host01"));
        QVERIFY(!ok->isEnabled());
        QVERIFY(dialog->problem().contains(QLatin1Char(':')));
        zone->setCurrentText(QStringLiteral("AG3"));
        QVERIFY(ok->isEnabled());
        ok->click();
        QVERIFY(done.wait(5000));
        QVERIFY2(done.last().at(1).toBool(), qPrintable(lastMessage(done)));
        QTRY_COMPARE(m_page->aggregateModel()->rowCount(), 3);
        const int row = m_page->aggregateModel()->rowOf(QStringLiteral("10"));
        QVERIFY(row >= 0);
        QCOMPARE(m_page->aggregateModel()->record(row).aggregate.availabilityZone, QStringLiteral("AG3"));
    }

    void deleteIsRefusedWhileHostsRemain()
    {
        m_page->selectAggregate(QStringLiteral("1"));
        QAction *del = m_page->findChild<QAction *>(QStringLiteral("deleteAggregateAction"));
        QVERIFY(!del->isEnabled());
        QVERIFY2(del->toolTip().contains(QStringLiteral("host01")), qPrintable(del->toolTip()));
        // Asked anyway (e.g. the model is stale): refused in words, nothing sent.
        QSignalSpy done(m_page.get(), &Ui::AggregatesPage::operationFinished);
        const int before = m_net.countMatching("DELETE", QStringLiteral("/os-aggregates/1"));
        m_page->deleteAggregate();
        QCOMPARE(done.count(), 1);
        QVERIFY(!done.last().at(1).toBool());
        QVERIFY(lastMessage(done).contains(QStringLiteral("remove its hosts")));
        QCOMPARE(m_net.countMatching("DELETE", QStringLiteral("/os-aggregates/1")), before);
    }

    void dropAHostOnAnotherAggregateMovesIt()
    {
        m_page->selectAggregate(QStringLiteral("1"));
        QCOMPARE(m_page->hostList()->count(), 1);
        QSignalSpy done(m_page.get(), &Ui::AggregatesPage::operationFinished);
        // The drag's payload as the hosts list makes it, dropped on servergroup02's row.
        std::unique_ptr<QMimeData> mime(m_page->hostList()->model()->mimeData(
            {m_page->hostList()->model()->index(0, 0)}));
        QVERIFY(mime);
        QTableView *view = m_page->panel()->view();
        const int row = m_page->aggregateModel()->rowOf(QStringLiteral("2"));
        const QModelIndex target = m_page->panel()->proxy()->mapFromSource(m_page->aggregateModel()->index(row, AggregateListModel::NameColumn));
        const QPoint at = view->visualRect(target).center();
        QDragEnterEvent enter(at, Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(view->viewport(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(at), Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(view->viewport(), &drop);
        QVERIFY(done.wait(5000));
        QVERIFY2(done.last().at(1).toBool(), qPrintable(lastMessage(done)));
        QVERIFY(lastMessage(done).contains(QStringLiteral("moved")));
        // AG1 and AG2 differ: the host left servergroup01 first, then joined servergroup02.
        QTRY_VERIFY(m_page->aggregateModel()->find(QStringLiteral("2"))->aggregate.hosts.contains(QStringLiteral("host01")));
        QVERIFY(m_page->aggregateModel()->find(QStringLiteral("1"))->aggregate.hosts.isEmpty());
    }

    void nova409IsShownInWords()
    {
        m_cloud.aggregates.append(QJsonObject{{QStringLiteral("id"), 7}, {QStringLiteral("name"), QStringLiteral("k8s")},
                                              {QStringLiteral("availability_zone"), QStringLiteral("AG7")},
                                              {QStringLiteral("hosts"), QJsonArray()},
                                              {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("availability_zone"), QStringLiteral("AG7")}}}});
        waitLoaded();
        QSignalSpy done(m_page.get(), &Ui::AggregatesPage::operationFinished);
        m_page->selectAggregate(QStringLiteral("7"));
        m_page->findChild<QAction *>(QStringLiteral("addHostAction"))->trigger();
        auto *dialog = waitForDialog<Ui::AddHostDialog>();
        dialog->findChild<QComboBox *>(QStringLiteral("addHostCombo"))->setCurrentText(QStringLiteral("host02"));
        dialog->accept();
        QVERIFY(done.wait(5000));
        QVERIFY(!done.last().at(1).toBool());
        QVERIFY2(lastMessage(done).contains(QStringLiteral("already in availability zone")), qPrintable(lastMessage(done)));
        QVERIFY(m_page->panel()->findChild<QLabel *>() != nullptr);
    }

    void metadataKeysAreCheckedBeforeSending()
    {
        m_page->selectAggregate(QStringLiteral("2"));
        QSignalSpy done(m_page.get(), &Ui::AggregatesPage::operationFinished);
        m_page->findChild<QAction *>(QStringLiteral("editMetadataAction"))->trigger();
        auto *dialog = waitForDialog<Ui::MetadataDialog>();
        auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        dialog->addRow(QStringLiteral("bad/key"), QStringLiteral("1"));
        QVERIFY(!ok->isEnabled());
        QVERIFY2(dialog->problem().contains(QStringLiteral("Row 1")), qPrintable(dialog->problem()));
        dialog->table()->item(0, 0)->setText(QStringLiteral("ssd"));
        QVERIFY(ok->isEnabled());
        ok->click();
        QVERIFY(done.wait(5000));
        QVERIFY2(done.last().at(1).toBool(), qPrintable(lastMessage(done)));
        QTRY_COMPARE(m_page->aggregateModel()->find(QStringLiteral("2"))->aggregate.metadata.value(QStringLiteral("ssd")),
                     QStringLiteral("1"));
    }
};

QTEST_MAIN(TestAggregatesPage)
#include "tst_aggregatespage.moc"
