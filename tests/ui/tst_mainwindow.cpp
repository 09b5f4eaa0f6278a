// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/translations.h"
#include "core/requestlog.h"
#include "ui/aggregates/aggregatespage.h"
#include "ui/ceph/cephpage.h"
#include "ui/hypervisors/hypervisorspage.h"
#include "ui/instances/instancespage.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/projects/projectspage.h"
#include "ui/security/securitypage.h"
#include "ui/topology/topologypage.h"
#include "ui/volumes/volumespage.h"

#include <QImage>
#include <QLabel>
#include <QProcess>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

class TestMainWindow : public QObject
{
    Q_OBJECT

    static void addAllPages(Ui::MainWindow &w)
    {
        w.addPage(new Ui::ProjectsPage);
        w.addPage(new Ui::InstancesPage);
        w.addPage(new Ui::VolumesPage);
        w.addPage(new Ui::TopologyPage);
        w.addPage(new Ui::SecurityPage);
        w.addPage(new Ui::AggregatesPage);
        w.addPage(new Ui::HypervisorsPage);
        w.addPage(new Ui::CephPage);
    }

private slots:
    void initTestCase() { QCOMPARE(App::installTranslations(QStringLiteral("en")), QStringLiteral("en")); }

    void tabsInOrder()
    {
        Core::RequestLog log;
        Ui::MainWindow w(&log);
        addAllPages(w);
        w.show();
        auto *tabs = w.findChild<QTabWidget *>(QStringLiteral("mainTabs"));
        QVERIFY(tabs);
        QStringList titles;
        for (int i = 0; i < tabs->count(); ++i)
            titles << tabs->tabText(i).replace(QStringLiteral("&&"), QStringLiteral("&")); // as displayed
        QCOMPARE(titles, (QStringList{QStringLiteral("Projects"), QStringLiteral("Instances"), QStringLiteral("Volumes"),
                                      QStringLiteral("Network Topology"), QStringLiteral("Security Rules"),
                                      QStringLiteral("Aggregates & Zones"), QStringLiteral("Hypervisors"),
                                      QStringLiteral("Ceph")}));
        QVERIFY(w.showPage(QStringLiteral("ceph")));
        QCOMPARE(tabs->currentIndex(), 7);
        QVERIFY(!w.showPage(QStringLiteral("nonsense")));
    }

    void unbuiltTabsSaySo()
    {
        Core::RequestLog log;
        Ui::MainWindow w(&log);
        addAllPages(w);
        for (const QString &id : {QStringLiteral("instances"), QStringLiteral("volumes"), QStringLiteral("ceph")}) {
            auto *label = w.page(id)->findChild<QLabel *>(QStringLiteral("notBuiltLabel"));
            if (!label)
                continue; // the tab has been built since
            QVERIFY(label->text().contains(QStringLiteral("not built yet")));
            QVERIFY(!w.page(id)->findChild<QTableView *>()); // no invented data
        }
    }

    void noCloudScreen()
    {
        Core::RequestLog log;
        Ui::MainWindow w(&log);
        addAllPages(w);
        w.show();
        w.showNoCloud({QStringLiteral("/home/u/.config/openstack/clouds.yaml")}, QString());
        auto *stack = w.findChild<QStackedWidget *>();
        QVERIFY(stack);
        QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("noCloudPage"));
        const QList<QLabel *> labels = stack->currentWidget()->findChildren<QLabel *>();
        QString text;
        for (auto *l : labels)
            text += l->text();
        QVERIFY(text.contains(QStringLiteral("No cloud configured")));
        QVERIFY(text.contains(QStringLiteral("/home/u/.config/openstack/clouds.yaml")));
        QVERIFY(text.contains(QStringLiteral("clouds.yaml")));
        auto *connection = w.findChild<QLabel *>(QStringLiteral("connectionLabel"));
        QVERIFY(connection->text().contains(QStringLiteral("No cloud configured")));
    }

    void requestLogShowsFailures()
    {
        Core::RequestLog log;
        Ui::MainWindow w(&log);
        auto *view = w.findChild<QTableView *>(QStringLiteral("requestLogView"));
        QVERIFY(view);
        Core::RequestRecord r;
        r.service = QStringLiteral("compute");
        r.method = QStringLiteral("POST");
        r.path = QStringLiteral("/v2.1/servers");
        r.httpStatus = 403;
        r.message = QStringLiteral("Quota exceeded for instances");
        r.requestId = QStringLiteral("req-9");
        log.addFailure(r);
        QCOMPARE(view->model()->rowCount(), 1);
        QCOMPARE(view->model()->index(0, 3).data().toString(), QStringLiteral("/v2.1/servers"));
        QCOMPARE(view->model()->index(0, 4).data().toInt(), 403);
        QCOMPARE(view->model()->index(0, 5).data().toString(), QStringLiteral("Quota exceeded for instances"));
        QCOMPARE(view->model()->index(0, 6).data().toString(), QStringLiteral("req-9"));
    }

    // The real binary, with no cloud anywhere, draws the "no cloud configured" window and exits.
    void screenshotWithoutCloud()
    {
        QTemporaryDir home;
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        const QStringList keys = env.keys();
        for (const QString &k : keys) {
            if (k.startsWith(QLatin1String("OS_")))
                env.remove(k);
        }
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path() + QStringLiteral("/config"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        p.setProcessEnvironment(env);
        p.setWorkingDirectory(home.path());
        const QString png = home.path() + QStringLiteral("/shot.png");
        p.start(qEnvironmentVariable("STACKDECK_BINARY"), {QStringLiteral("--screenshot"), png});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 800 && image.height() >= 500);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
