// SPDX-License-Identifier: GPL-3.0-or-later
// Volumes dragged from the Volumes tab onto the Instances table: the row under the cursor is
// outlined, a drop on an instance that can take volumes asks for the attachment with the right
// ids, an instance whose state forbids it refuses with Nova's reason; the context menu opens
// without a nested event loop; a change reported by the Volumes tab refreshes the details pane.
#include "app/translations.h"
#include "fakenetwork.h"
#include "models/compute/serverlistcontroller.h"
#include "models/compute/serverlistmodel.h"
#include "models/tablefilterproxy.h"
#include "openstack/client/session.h"
#include "ui/common/tablepanel.h"
#include "ui/instances/instancespage.h"
#include "ui/instances/serverdetailspane.h"
#include "ui/instances/volumedroptarget.h"

#include <QApplication>
#include <QDragEnterEvent>
#include <QFrame>
#include <QMenu>
#include <QMimeData>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <memory>

using OpenStack::Compute::Server;

namespace {

Server server(const char *id, const char *name, const char *status)
{
    Server s;
    s.id = QString::fromLatin1(id);
    s.name = QString::fromLatin1(name);
    s.status = QString::fromLatin1(status);
    s.powerState = 1;
    s.imageId = QStringLiteral("img");
    s.created = QDateTime::currentDateTimeUtc().addDays(-3);
    return s;
}

OpenStack::CloudConfig config()
{
    OpenStack::CloudConfig c;
    c.name = QStringLiteral("t");
    c.authUrl = QStringLiteral("http://fake:5000/v3");
    c.username = QStringLiteral("u");
    c.password = QStringLiteral("p");
    return c;
}

QMimeData *volumes(const QByteArray &lines)
{
    auto *mime = new QMimeData;
    mime->setData(QStringLiteral("application/x-stackdeck-volume-ids"), lines);
    return mime;
}

} // namespace

class TestInstancesDrop : public QObject
{
    Q_OBJECT
private:
    TestSupport::FakeNetwork m_net;
    std::unique_ptr<OpenStack::Session> m_session;
    std::unique_ptr<Ui::InstancesPage> m_page;

    QPoint centreOf(const QString &id) const
    {
        const QModelIndex src = m_page->model()->index(m_page->model()->rowOf(id), 0);
        return m_page->panel()->view()->visualRect(m_page->panel()->proxy()->mapFromSource(src)).center();
    }
    // Sends enter + move + drop as a drag from another widget would; returns whether it was accepted.
    bool dragAndDrop(QMimeData *data, const QPoint &pos, bool *enterAccepted = nullptr, bool drop = true)
    {
        const std::unique_ptr<QMimeData> owned(data);
        const QMimeData *mime = owned.get();
        QWidget *viewport = m_page->panel()->view()->viewport();
        QDragEnterEvent enter(pos, Qt::CopyAction | Qt::LinkAction, mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(viewport, &enter);
        if (enterAccepted)
            *enterAccepted = enter.isAccepted();
        QDragMoveEvent move(pos, Qt::CopyAction | Qt::LinkAction, mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(viewport, &move);
        if (!drop)
            return move.isAccepted();
        QDropEvent dropEvent(QPointF(pos), Qt::CopyAction | Qt::LinkAction, mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(viewport, &dropEvent);
        return dropEvent.isAccepted();
    }

private slots:
    void initTestCase()
    {
        QCOMPARE(App::installTranslations(QStringLiteral("en")), QStringLiteral("en"));
        // Nova and Keystone answers enough for the details pane's two extra calls.
        m_net.setHandler([](const TestSupport::RecordedRequest &r) {
            if (r.verb == "POST") {
                auto t = TestSupport::FakeResponse::json(201, TestSupport::fakeTokenBody(QStringLiteral("2099-01-01T00:00:00Z")));
                t.headers.append({QByteArray("X-Subject-Token"), QByteArray("tok")});
                return t;
            }
            const QString path = r.url.path();
            if (path.endsWith(QLatin1String("/os-interface")))
                return TestSupport::FakeResponse::json(200, R"({"interfaceAttachments": []})");
            if (path.endsWith(QLatin1String("/os-volume_attachments")))
                return TestSupport::FakeResponse::json(200, R"({"volumeAttachments": []})");
            if (path == QLatin1String("/v2.1/") || path == QLatin1String("/v2.1"))
                return TestSupport::FakeResponse::json(200, R"({"version": {"id": "v2.1", "version": "2.90", "min_version": "2.1"}})");
            if (path.endsWith(QLatin1String("/servers/detail")))
                return TestSupport::FakeResponse::json(200, R"({"servers": []})");
            return TestSupport::FakeResponse::json(404, R"({"itemNotFound": {"message": "not here", "code": 404}})");
        });
        m_session = std::make_unique<OpenStack::Session>(&m_net, config());
        bool authed = false;
        m_session->authenticate(&m_net, [&authed](const Core::Error &) { authed = true; });
        QTRY_VERIFY(authed);
        m_page = std::make_unique<Ui::InstancesPage>();
        m_page->resize(1200, 700);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        m_page->setSession(m_session.get());
        QTRY_VERIFY(!m_page->isLoading());
        m_page->controller()->setLive(false);
        Server locked = server("c", "hadoop3", "ACTIVE");
        locked.locked = true;
        m_page->model()->setRecords({server("a", "hadoop1", "ACTIVE"), server("b", "cluster-build", "BUILD"), locked,
                                     server("d", "OBD_OL_UPDATE", "SHUTOFF")});
    }

    void dropOnAnActiveInstanceAsksToAttach()
    {
        QSignalSpy requested(m_page.get(), &Ui::InstancesPage::attachVolumesRequested);
        QFrame *outline = m_page->volumeDropTarget()->highlight();
        const QPoint at = centreOf(QStringLiteral("a"));
        QVERIFY(dragAndDrop(volumes("vol-1\nvol-2\n\nvol-1\n"), at, nullptr, false));
        QVERIFY(outline->isVisible());
        QVERIFY(outline->geometry().contains(at));
        QVERIFY(!outline->property("refused").toBool());
        QVERIFY(dragAndDrop(volumes("vol-1\nvol-2\n\nvol-1\n"), at));
        QVERIFY(!outline->isVisible());
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.at(0).at(0).toStringList(), (QStringList{QStringLiteral("vol-1"), QStringLiteral("vol-2")}));
        QCOMPARE(requested.at(0).at(1).toString(), QStringLiteral("a"));
        QCOMPARE(requested.at(0).at(2).toString(), QStringLiteral("hadoop1"));
        QVERIFY2(m_page->lastResult().contains(QStringLiteral("hadoop1")), qPrintable(m_page->lastResult()));
        // A shut-off instance takes volumes too.
        QVERIFY(dragAndDrop(volumes("vol-3"), centreOf(QStringLiteral("d"))));
        QCOMPARE(requested.count(), 2);
        QCOMPARE(requested.at(1).at(1).toString(), QStringLiteral("d"));
    }

    void stateThatForbidsItRefusesWithTheReason_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("reason");
        QTest::newRow("building") << QStringLiteral("b") << QStringLiteral("volumes attach only to");
        QTest::newRow("locked") << QStringLiteral("c") << QStringLiteral("locked");
    }
    void stateThatForbidsItRefusesWithTheReason()
    {
        QFETCH(QString, id);
        QFETCH(QString, reason);
        QSignalSpy requested(m_page.get(), &Ui::InstancesPage::attachVolumesRequested);
        QSignalSpy refused(m_page->volumeDropTarget(), &Ui::VolumeDropTarget::refused);
        QSignalSpy status(m_page.get(), &Ui::Page::statusMessage);
        bool entered = false;
        QVERIFY(!dragAndDrop(volumes("vol-1"), centreOf(id), &entered, false));
        QVERIFY(entered); // the drag is taken so the cursor can say no over this row and yes elsewhere
        QFrame *outline = m_page->volumeDropTarget()->highlight();
        QVERIFY(outline->isVisible());
        QVERIFY(outline->property("refused").toBool());
        QVERIFY(!dragAndDrop(volumes("vol-1"), centreOf(id)));
        QCOMPARE(requested.count(), 0);
        QVERIFY(refused.count() >= 1);
        QVERIFY2(refused.last().at(0).toString().contains(reason), qPrintable(refused.last().at(0).toString()));
        QVERIFY(!status.isEmpty());
        QVERIFY(status.last().at(0).toString().contains(reason));
    }

    void otherDragsAreNotTaken()
    {
        QSignalSpy requested(m_page.get(), &Ui::InstancesPage::attachVolumesRequested);
        auto *text = new QMimeData;
        text->setText(QStringLiteral("vol-1"));
        bool entered = true;
        dragAndDrop(text, centreOf(QStringLiteral("a")), &entered);
        QVERIFY(!entered);
        QCOMPARE(requested.count(), 0);
    }

    void contextMenuPopsUpWithoutBlocking()
    {
        QTableView *view = m_page->panel()->view();
        auto *menu = m_page->findChild<QMenu *>(QStringLiteral("instancesContextMenu"));
        QVERIFY(menu);
        emit view->customContextMenuRequested(centreOf(QStringLiteral("a")));
        // Reaching this line at all means no nested event loop held the test.
        QTRY_VERIFY(menu->isVisible());
        QVERIFY(menu->actions().size() > 20);
        menu->hide();
    }

    void volumesTabChangeRefreshesTheDetails()
    {
        QTableView *view = m_page->panel()->view();
        view->clearSelection();
        view->selectionModel()->select(m_page->panel()->proxy()->mapFromSource(m_page->model()->index(m_page->model()->rowOf(QStringLiteral("a")), 0)),
                                       QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QTRY_VERIFY(m_net.countMatching("GET", QStringLiteral("/servers/a/os-volume_attachments")) >= 1);
        const int before = m_net.countMatching("GET", QStringLiteral("/servers/a/os-volume_attachments"));
        m_page->watchServers({QStringLiteral("z")}); // another server: nothing to fetch
        QTest::qWait(50);
        QCOMPARE(m_net.countMatching("GET", QStringLiteral("/servers/a/os-volume_attachments")), before);
        m_page->watchServers({QStringLiteral("a")});
        QTRY_COMPARE(m_net.countMatching("GET", QStringLiteral("/servers/a/os-volume_attachments")), before + 1);
    }

    void cleanupTestCase() { m_page.reset(); }
};

QTEST_MAIN(TestInstancesDrop)
#include "tst_instancesdrop.moc"
