// SPDX-License-Identifier: GPL-3.0-or-later
// The window in Simplified Chinese uses the words of the dashboards its operators know (the
// talk's Horizon and the project glossary): tab titles, the Instances columns, the age column.
#include "app/translations.h"
#include "core/format.h"
#include "core/requestlog.h"
#include "models/compute/serverlistmodel.h"
#include "ui/aggregates/aggregatespage.h"
#include "ui/ceph/cephpage.h"
#include "ui/hypervisors/hypervisorspage.h"
#include "ui/instances/instancespage.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/projects/projectspage.h"
#include "ui/security/securitypage.h"
#include "ui/topology/topologypage.h"
#include "ui/volumes/volumespage.h"

#include <QCoreApplication>
#include <QTabWidget>
#include <QTest>

class TestTranslationZh : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QCOMPARE(App::installTranslations(QStringLiteral("zh_CN")), QStringLiteral("zh_CN")); }

    void tabTitles()
    {
        Core::RequestLog log;
        Ui::MainWindow w(&log);
        w.addPage(new Ui::ProjectsPage);
        w.addPage(new Ui::InstancesPage);
        w.addPage(new Ui::VolumesPage);
        w.addPage(new Ui::TopologyPage);
        w.addPage(new Ui::SecurityPage);
        w.addPage(new Ui::AggregatesPage);
        w.addPage(new Ui::HypervisorsPage);
        w.addPage(new Ui::CephPage);
        auto *tabs = w.findChild<QTabWidget *>(QStringLiteral("mainTabs"));
        QVERIFY(tabs);
        QStringList titles;
        for (int i = 0; i < tabs->count(); ++i)
            titles << tabs->tabText(i).replace(QStringLiteral("&&"), QStringLiteral("&"));
        QCOMPARE(titles, (QStringList{QStringLiteral("项目"), QStringLiteral("云主机"), QStringLiteral("云硬盘"),
                                      QStringLiteral("网络拓扑"), QStringLiteral("安全组规则"),
                                      QStringLiteral("主机聚合 / 可用域"), QStringLiteral("虚拟机管理器"),
                                      QStringLiteral("Ceph")}));
    }

    // The columns of the talk's Instances table, in its order.
    void instanceHeaders()
    {
        Models::ServerListModel model;
        QStringList headers;
        for (int c = Models::ServerListModel::NameColumn; c <= Models::ServerListModel::AgeColumn; ++c)
            headers << model.headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
        QCOMPARE(headers, (QStringList{QStringLiteral("云主机名称"), QStringLiteral("镜像名称"), QStringLiteral("IP 地址"),
                                       QStringLiteral("配置"), QStringLiteral("密钥对"), QStringLiteral("状态"),
                                       QStringLiteral("可用域"), QStringLiteral("任务"), QStringLiteral("电源状态"),
                                       QStringLiteral("从创建以来")}));
        QCOMPARE(Models::ServerListModel::statusText(QStringLiteral("ACTIVE")), QStringLiteral("运行中"));
        QCOMPARE(Models::ServerListModel::powerStateText(int(OpenStack::Compute::PowerState::Running)),
                 QStringLiteral("运行中"));
        QCOMPARE(Models::ServerListModel::taskText(QString()), QStringLiteral("无"));
    }

    void age_data()
    {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QString>("expected");
        const qint64 hour = 3600;
        const qint64 day = 24 * hour;
        QTest::newRow("days and hours") << 3 * day + 19 * hour << QStringLiteral("3 日, 19 小时");
        QTest::newRow("weeks and days") << 19 * day << QStringLiteral("2 周, 5 日");
        QTest::newRow("weeks") << 14 * day << QStringLiteral("2 周");
        QTest::newRow("hours and minutes") << hour + 5 * 60 << QStringLiteral("1 小时, 5 分钟");
        QTest::newRow("just now") << qint64(10) << QStringLiteral("刚刚");
    }

    void age()
    {
        QFETCH(qint64, seconds);
        QFETCH(QString, expected);
        const QDateTime now(QDate(2016, 6, 1), QTime(12, 0), Qt::UTC);
        QCOMPARE(Core::formatAge(now.addSecs(-seconds), now), expected);
    }

    void displayingItems()
    {
        QCOMPARE(QCoreApplication::translate("Ui::TablePanel", "Displaying %n item(s)", nullptr, 5),
                 QStringLiteral("正在显示 5 项"));
    }
};

QTEST_MAIN(TestTranslationZh)
#include "tst_translation_zh.moc"
