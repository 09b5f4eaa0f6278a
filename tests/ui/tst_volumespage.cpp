// SPDX-License-Identifier: GPL-3.0-or-later
// The Volumes page driven offscreen over a fake Cinder + Nova: the talk's rows, attach through the
// searchable instance picker, detach with its running-instance warning, extend refusing to shrink,
// delete refused while attached and confirmed by name otherwise, the error-state hint. The
// real-cloud flows are in tests/functional/tst_volumes_functional.cpp.
#include "../unit/tst_blockstorage_fake.h"
#include "models/blockstorage/volumelistcontroller.h"
#include "models/blockstorage/volumelistmodel.h"
#include "models/tablefilterproxy.h"
#include "openstack/client/session.h"
#include "ui/common/tablepanel.h"
#include "ui/volumes/volumedialogs.h"
#include "ui/volumes/volumeformdialog.h"
#include "ui/volumes/rbdbackingpane.h"
#include "ui/volumes/volumespage.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace TestSupport;
using Command = Ui::VolumesPage::Command;
using Models::VolumeListModel;

namespace {
OpenStack::CloudConfig config()
{
    OpenStack::CloudConfig c;
    c.name = QStringLiteral("t");
    c.authUrl = QStringLiteral("http://fake:5000/v3");
    c.username = QStringLiteral("u");
    c.password = QStringLiteral("p");
    c.projectId = QStringLiteral("p1");
    return c;
}

template<typename T>
T *waitFor(QWidget *parent)
{
    for (int i = 0; i < 100; ++i) {
        const auto all = parent->findChildren<T *>();
        for (T *w : all) {
            if (w->isVisible())
                return w;
        }
        QTest::qWait(20);
    }
    return nullptr;
}
} // namespace

class TestVolumesPage : public QObject
{
    Q_OBJECT

    FakeBlockStorage m_cinder;
    FakeNetwork m_net;
    std::unique_ptr<OpenStack::Session> m_session;
    std::unique_ptr<Ui::VolumesPage> m_page;

    void select(const QString &id)
    {
        QTableView *view = m_page->findChild<QTableView *>(QStringLiteral("volumesView"));
        view->clearSelection();
        for (int r = 0; r < view->model()->rowCount(); ++r) {
            const QModelIndex i = view->model()->index(r, 0);
            if (i.data(Models::IdRole).toString() == id)
                view->selectionModel()->select(i, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        }
    }

    QString cell(const QString &id, int column) const
    {
        const VolumeListModel *m = m_page->volumeModel();
        return m->index(m->rowOf(id), column).data().toString();
    }

private slots:
    void initTestCase()
    {
        m_cinder.addTalkVolumes();
        m_net.setHandler([this](const RecordedRequest &r) { return m_cinder.handle(r); });
        m_session = std::make_unique<OpenStack::Session>(&m_net, config());
        bool done = false;
        m_session->authenticate(this, [&](const Core::Error &) { done = true; });
        QTRY_VERIFY(done);
        m_page = std::make_unique<Ui::VolumesPage>();
        m_page->resize(1200, 600);
        m_page->show();
        QSignalSpy loaded(m_page->controller(), &Models::VolumeListController::loaded);
        m_page->setSession(m_session.get());
        QVERIFY(loaded.wait(5000));
    }

    void showsTheTalksTable()
    {
        auto *tabs = m_page->findChild<QTabWidget *>(QStringLiteral("volumeTabs"));
        QCOMPARE(tabs->count(), 3);
        QCOMPARE(tabs->tabText(1), QStringLiteral("Volume Snapshots"));
        QCOMPARE(cell(QStringLiteral("v-hadoop01"), VolumeListModel::SizeColumn), QStringLiteral("800 GiB"));
        QCOMPARE(cell(QStringLiteral("v-hadoop01"), VolumeListModel::AttachedColumn), QStringLiteral("/dev/vdd on hadoop3"));
        QCOMPARE(cell(QStringLiteral("v-hadoop01"), VolumeListModel::RbdImageColumn), QStringLiteral("volumes/volume-v-hadoop01"));
        auto *count = m_page->volumesPanel()->findChild<QLabel *>(QStringLiteral("countLabel"));
        QVERIFY2(count->text().startsWith(QLatin1String("Displaying 3 item")), qPrintable(count->text()));
        m_page->volumesPanel()->filterEdit()->setText(QStringLiteral("hadoop"));
        QCOMPARE(m_page->volumesPanel()->proxy()->rowCount(), 2); // hadoop01, and cluster11-hadoop
        m_page->volumesPanel()->filterEdit()->clear();
    }

    void deleteRefusedWhileAttached()
    {
        select(QStringLiteral("v-hadoop01"));
        QAction *del = m_page->action(Command::Delete);
        QVERIFY(!del->isEnabled());
        QVERIFY2(del->toolTip().contains(QLatin1String("detach it first")), qPrintable(del->toolTip()));
        QVERIFY(m_page->action(Command::Detach)->isEnabled());
        QVERIFY(!m_page->action(Command::Attach)->isEnabled());
    }

    void errorStateShowsWhatIsNext()
    {
        select(QStringLiteral("v-broken"));
        auto *hint = m_page->findChild<QLabel *>(QStringLiteral("volumeHintLabel"));
        QVERIFY(hint->isVisible());
        QVERIFY2(hint->text().contains(QLatin1String("error_deleting")), qPrintable(hint->text()));
        QVERIFY(hint->text().contains(QLatin1String("Force delete"))); // the fake user is an admin
        QVERIFY(m_page->action(Command::ForceDelete)->isEnabled());
        QVERIFY(m_page->action(Command::Delete)->isEnabled()); // Cinder lets it retry
    }

    void contextMenuPopsUpWithoutANestedLoop()
    {
        select(QStringLiteral("v-hadoop01"));
        auto *view = m_page->findChild<QTableView *>(QStringLiteral("volumesView"));
        QCOMPARE(view->contextMenuPolicy(), Qt::CustomContextMenu);
        // popup() returns at once: the test goes on while the menu is open.
        emit view->customContextMenuRequested(view->visualRect(view->currentIndex()).center());
        auto *menu = m_page->findChild<QMenu *>(QStringLiteral("volumesContextMenu"));
        QVERIFY(menu);
        QTRY_VERIFY(menu->isVisible());
        QVERIFY(menu->actions().contains(m_page->action(Command::Detach)));
        QVERIFY(menu->actions().contains(m_page->action(Command::Delete)));
        QVERIFY(!m_page->action(Command::Delete)->isEnabled()); // attached: shown, but disabled with the reason
        menu->hide();
        QVERIFY(m_page->findChild<QMenu *>(QStringLiteral("snapshotsContextMenu")));
        QVERIFY(m_page->findChild<QMenu *>(QStringLiteral("backupsContextMenu")));
    }

    void rbdPaneSaysWhenCephIsNotConfigured()
    {
        // The fake cloud has no Ceph: the pane under the table says so in words.
        select(QStringLiteral("v-hadoop01"));
        auto *state = m_page->rbdPane()->findChild<QLabel *>(QStringLiteral("rbdStateLabel"));
        QVERIFY(state);
        QVERIFY2(state->text().contains(QLatin1String("No Ceph connection is configured")), qPrintable(state->text()));
        QCOMPARE(m_page->rbdPane()->volumeId(), QStringLiteral("v-hadoop01"));
        m_page->findChild<QTableView *>(QStringLiteral("volumesView"))->clearSelection();
        QVERIFY(state->text().contains(QLatin1String("Select a volume")));
    }

    void attachThroughThePicker()
    {
        select(QStringLiteral("v-cluster11"));
        QVERIFY(m_page->action(Command::Attach)->isEnabled());
        m_page->action(Command::Attach)->trigger();
        auto *dialog = waitFor<Ui::AttachVolumeDialog>(m_page.get());
        QVERIFY(dialog);
        QCOMPARE(dialog->list()->count(), 2);
        auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("okButton"));
        QVERIFY(!ok->isEnabled()); // nothing chosen yet
        QTest::keyClicks(dialog->filterEdit(), QStringLiteral("hadoop1"));
        QCOMPARE(dialog->visibleCount(), 1);
        QCOMPARE(dialog->serverId(), QStringLiteral("srv-hadoop1"));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("deviceEdit")), QStringLiteral("vdd"));
        QVERIFY(!ok->isEnabled()); // not a device path
        dialog->findChild<QLineEdit *>(QStringLiteral("deviceEdit"))->setText(QStringLiteral("/dev/vdd"));
        QVERIFY(ok->isEnabled());
        QSignalSpy settled(m_page->controller(), &Models::VolumeListController::volumeSettled);
        ok->click();
        QVERIFY(settled.wait(5000));
        QCOMPARE(cell(QStringLiteral("v-cluster11"), VolumeListModel::StatusColumn), QStringLiteral("In-use"));
        QCOMPARE(cell(QStringLiteral("v-cluster11"), VolumeListModel::AttachedColumn), QStringLiteral("/dev/vdd on hadoop1"));
        QVERIFY(m_page->lastMessage().contains(QLatin1String("in-use")));
    }

    void detachWarnsWhenRunning()
    {
        select(QStringLiteral("v-cluster11"));
        m_page->action(Command::Detach)->trigger();
        auto *box = waitFor<QMessageBox>(m_page.get());
        QVERIFY(box);
        QVERIFY(box->informativeText().contains(QLatin1String("volume_cluster11-hadoop-1-11-001_1 from hadoop1 (/dev/vdd)")));
        QVERIFY2(box->informativeText().contains(QLatin1String("Running: hadoop1")), qPrintable(box->informativeText()));
        QSignalSpy settled(m_page->controller(), &Models::VolumeListController::volumeSettled);
        box->findChild<QPushButton *>(QStringLiteral("confirmButton"))->click();
        QVERIFY(settled.wait(5000));
        QCOMPARE(cell(QStringLiteral("v-cluster11"), VolumeListModel::StatusColumn), QStringLiteral("Available"));
        QCOMPARE(cell(QStringLiteral("v-cluster11"), VolumeListModel::AttachedColumn), QString());
    }

    void extendRefusesToShrink()
    {
        select(QStringLiteral("v-cluster11"));
        m_page->action(Command::Extend)->trigger();
        auto *dialog = waitFor<Ui::VolumeFormDialog>(m_page.get());
        QVERIFY(dialog);
        auto *size = dialog->findChild<QLineEdit *>(QStringLiteral("sizeEdit"));
        auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("okButton"));
        size->setText(QStringLiteral("5"));
        QVERIFY(!ok->isEnabled());
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("problemLabel"))->text().contains(QLatin1String("only grow")));
        size->setText(QStringLiteral("20"));
        QTRY_VERIFY(ok->isEnabled());
        const int before = m_net.countMatching("POST", QStringLiteral("/action"));
        QSignalSpy settled(m_page->controller(), &Models::VolumeListController::volumeSettled);
        ok->click();
        QVERIFY(settled.wait(5000));
        QCOMPARE(m_net.countMatching("POST", QStringLiteral("/action")), before + 1);
        QCOMPARE(cell(QStringLiteral("v-cluster11"), VolumeListModel::SizeColumn), QStringLiteral("20 GiB"));
    }

    void createValidatesAndPolls()
    {
        m_page->action(Command::Create)->trigger();
        auto *dialog = waitFor<Ui::CreateVolumeDialog>(m_page.get());
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isReady());
        auto *size = dialog->findChild<QLineEdit *>(QStringLiteral("sizeEdit"));
        auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("okButton"));
        size->setText(QStringLiteral("0"));
        QVERIFY(!ok->isEnabled());
        size->setText(QStringLiteral("100000"));
        QVERIFY(!ok->isEnabled()); // over the fake quota
        QVERIFY(dialog->problem().contains(QLatin1String("quota")));
        size->setText(QStringLiteral("3"));
        dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(QStringLiteral("scratch"));
        QVERIFY(ok->isEnabled());
        QSignalSpy settled(m_page->controller(), &Models::VolumeListController::volumeSettled);
        ok->click();
        QVERIFY(settled.wait(5000));
        QCOMPARE(settled.constFirst().at(1).toString(), QStringLiteral("available"));
        QCOMPARE(cell(QStringLiteral("v-new1"), VolumeListModel::NameColumn), QStringLiteral("scratch"));
    }

    void deleteConfirmsByName()
    {
        select(QStringLiteral("v-new1"));
        QVERIFY(m_page->action(Command::Delete)->isEnabled());
        m_page->action(Command::Delete)->trigger();
        auto *box = waitFor<QMessageBox>(m_page.get());
        QVERIFY(box);
        QVERIFY(box->informativeText().contains(QLatin1String("scratch (3 GiB, available)")));
        // Cancel sends nothing.
        const int deletes = m_net.countMatching("DELETE", QStringLiteral("/volumes/v-new1"));
        box->button(QMessageBox::Cancel)->click();
        QTest::qWait(50);
        QCOMPARE(m_net.countMatching("DELETE", QStringLiteral("/volumes/v-new1")), deletes);
        m_page->action(Command::Delete)->trigger();
        box = waitFor<QMessageBox>(m_page.get());
        QSignalSpy gone(m_page->controller(), &Models::VolumeListController::volumeGone);
        box->findChild<QPushButton *>(QStringLiteral("confirmButton"))->click();
        QVERIFY(gone.wait(5000));
        QCOMPARE(m_page->volumeModel()->rowOf(QStringLiteral("v-new1")), -1);
    }

    // As the window does it: the session is set before the page is first shown.
    void allProjectsShownWhenTheSessionComesFirst()
    {
        Ui::VolumesPage page;
        QSignalSpy loaded(page.controller(), &Models::VolumeListController::loaded);
        page.setSession(m_session.get());
        QVERIFY(loaded.wait(5000));
        page.resize(1200, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *all = page.findChild<QCheckBox *>(QStringLiteral("allProjectsCheck"));
        QVERIFY(all);
        QTRY_VERIFY(all->isVisible());
    }

    // An administrator sees the "All projects" box (on) in the toolbar and can narrow the list to
    // the current project; without an admin session it is not offered.
    void adminNarrowsToTheCurrentProject()
    {
        auto *all = m_page->findChild<QCheckBox *>(QStringLiteral("allProjectsCheck"));
        QVERIFY(all);
        QVERIFY(all->isVisible());
        QVERIFY(all->isChecked());
        const auto listed = [this](bool allTenants) {
            int n = 0;
            for (const RecordedRequest &r : m_net.requests()) {
                if (r.verb == "GET" && r.url.path().endsWith(QLatin1String("/volumes/detail"))
                    && r.url.query().contains(QLatin1String("all_tenants")) == allTenants)
                    ++n;
            }
            return n;
        };
        const int narrowed = listed(false);
        QVERIFY(listed(true) > 0);
        QSignalSpy loaded(m_page->controller(), &Models::VolumeListController::loaded);
        all->setChecked(false);
        QVERIFY(loaded.wait(5000));
        QCOMPARE(listed(false), narrowed + 1);
        all->setChecked(true);
        QVERIFY(loaded.wait(5000));
        m_page->setSession(nullptr);
        QTRY_VERIFY(!all->isVisible());
    }
};

QTEST_MAIN(TestVolumesPage)
#include "tst_volumespage.moc"
