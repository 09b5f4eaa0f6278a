// SPDX-License-Identifier: GPL-3.0-or-later
// Drives the Instances tab and its launch wizard offscreen, as a user would.
#include "fakenetwork.h"
#include "models/compute/serverlistmodel.h"
#include "models/tablefilterproxy.h"
#include "openstack/client/session.h"
#include "ui/common/tablepanel.h"
#include "ui/instances/instancespage.h"
#include "ui/instances/launchwizard.h"
#include "ui/instances/serverdetailspane.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace OpenStack::Compute;

namespace {

Models::LaunchChoices choices()
{
    Models::LaunchChoices c;
    OpenStack::Image::Image ubuntu;
    ubuntu.id = QStringLiteral("img-ubuntu");
    ubuntu.name = QStringLiteral("ubuntu_14.04_affs");
    ubuntu.status = QStringLiteral("active");
    ubuntu.minDiskGb = 60;
    c.images << ubuntu;
    Flavor small;
    small.id = QStringLiteral("f-small");
    small.name = QStringLiteral("m4.4G_50G");
    small.vcpus = 4;
    small.ramMib = 4096;
    small.diskGb = 50;
    Flavor big;
    big.id = QStringLiteral("f-big");
    big.name = QStringLiteral("sahara-III-80");
    big.vcpus = 8;
    big.ramMib = 16384;
    big.diskGb = 80;
    c.flavors << small << big;
    NetworkChoice dev;
    dev.id = QStringLiteral("n-dev");
    dev.name = QStringLiteral("dev-net");
    NetworkChoice shared;
    shared.id = QStringLiteral("n-shared");
    shared.name = QStringLiteral("shared-net");
    c.networks << dev << shared;
    Keypair key;
    key.id = key.name = QStringLiteral("tongfang-user");
    c.keypairs << key;
    AvailabilityZone ag2;
    ag2.id = ag2.name = QStringLiteral("AG2");
    c.zones << ag2;
    SecurityGroupChoice def;
    def.id = QStringLiteral("sg1");
    def.name = QStringLiteral("default");
    c.securityGroups << def;
    ComputeLimits limits;
    limits.maxInstances = 10;
    limits.usedInstances = 8; // room for two more
    c.limits = limits;
    return c;
}

Server server(const char *id, const char *name, const char *status)
{
    Server s;
    s.id = QString::fromLatin1(id);
    s.name = QString::fromLatin1(name);
    s.status = QString::fromLatin1(status);
    s.powerState = s.status == QLatin1String("ACTIVE") ? 1 : 4;
    s.imageId = QStringLiteral("img");
    s.flavor.name = QStringLiteral("m8.8G_310G");
    s.created = QDateTime::currentDateTimeUtc().addDays(-3);
    s.addresses.append({QStringLiteral("dev-net"), QStringLiteral("192.168.32.30"), 4, QStringLiteral("fixed"), {}});
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

} // namespace

class TestInstancesPage : public QObject
{
    Q_OBJECT
private slots:
    void launchWizardValidatesThenLaunches()
    {
        Ui::LaunchWizard wizard;
        wizard.setChoices(choices());
        QSignalSpy launched(&wizard, &Ui::LaunchWizard::launchRequested);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QAbstractButton *next = wizard.button(QWizard::NextButton);

        // Page 1: a name is required; count over the quota is refused on the flavor page.
        QVERIFY(!next->isEnabled());
        auto *problem0 = wizard.findChild<QLabel *>(QStringLiteral("problemLabel0"));
        QVERIFY(problem0->text().contains(QStringLiteral("name")));
        QTest::keyClicks(wizard.findChild<QLineEdit *>(QStringLiteral("nameEdit")), QStringLiteral("web"));
        QVERIFY(next->isEnabled());
        wizard.findChild<QSpinBox *>(QStringLiteral("countSpin"))->setValue(3);
        auto *zone = wizard.findChild<QComboBox *>(QStringLiteral("zoneCombo"));
        zone->setCurrentIndex(zone->findText(QStringLiteral("AG2")));
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(wizard.currentId(), 1);

        // Page 2: the image needs 60 GB: the 50 GB flavor does not fit, the 80 GB one does.
        auto *flavors = wizard.findChild<QTableWidget *>(QStringLiteral("flavorTable"));
        auto *problem1 = wizard.findChild<QLabel *>(QStringLiteral("problemLabel1"));
        QVERIFY(!next->isEnabled());
        QVERIFY(problem1->text().contains(QStringLiteral("flavor")));
        flavors->selectRow(0);
        QVERIFY(!next->isEnabled());
        QVERIFY2(problem1->text().contains(QStringLiteral("60 GB")), qPrintable(problem1->text()));
        flavors->selectRow(1);
        QVERIFY(!next->isEnabled()); // three do not fit the quota
        QVERIFY2(problem1->text().contains(QStringLiteral("quota")), qPrintable(problem1->text()));
        QTest::mouseClick(wizard.button(QWizard::BackButton), Qt::LeftButton);
        wizard.findChild<QSpinBox *>(QStringLiteral("countSpin"))->setValue(2);
        QTest::mouseClick(next, Qt::LeftButton);
        QVERIFY(next->isEnabled());
        QVERIFY(problem1->text().isEmpty());
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(wizard.currentId(), 2);

        // Page 3: two networks to choose from, none chosen yet.
        QAbstractButton *finish = wizard.button(QWizard::FinishButton);
        QVERIFY(!finish->isEnabled());
        auto *networks = wizard.findChild<QListWidget *>(QStringLiteral("networkList"));
        networks->item(0)->setCheckState(Qt::Checked);
        QVERIFY(finish->isEnabled());
        auto *keys = wizard.findChild<QComboBox *>(QStringLiteral("keyPairCombo"));
        QCOMPARE(keys->currentText(), QStringLiteral("tongfang-user"));
        QTest::mouseClick(finish, Qt::LeftButton);

        QCOMPARE(launched.count(), 1);
        const auto spec = launched.at(0).at(0).value<LaunchSpec>();
        QCOMPARE(spec.name, QStringLiteral("web"));
        QCOMPARE(spec.count, 2);
        QCOMPARE(spec.imageId, QStringLiteral("img-ubuntu"));
        QCOMPARE(spec.flavorId, QStringLiteral("f-big"));
        QCOMPARE(spec.networkIds, QStringList{QStringLiteral("n-dev")});
        QCOMPARE(spec.keyName, QStringLiteral("tongfang-user"));
        QCOMPARE(spec.securityGroups, QStringList{QStringLiteral("default")});
        QCOMPARE(spec.availabilityZone, QStringLiteral("AG2"));
    }

    // Boot from volume: a list of the project's available bootable volumes, filtered as you type,
    // instead of a typed id.
    void launchWizardBootsFromAPickedVolume()
    {
        Models::LaunchChoices c = choices();
        auto volume = [](const char *id, const char *name, const char *status, bool bootable, const char *image) {
            OpenStack::BlockStorage::Volume v;
            v.id = QString::fromLatin1(id);
            v.name = QString::fromLatin1(name);
            v.status = QString::fromLatin1(status);
            v.bootable = bootable;
            v.sizeGb = 20;
            v.imageName = QString::fromLatin1(image);
            return v;
        };
        // What Cinder answers; the picker offers only what Nova would boot.
        c.bootableVolumes = Models::LaunchChoices::bootable(
            {volume("v-web", "web-root", "available", true, "ubuntu_14.04_affs"),
             volume("v-busy", "hadoop01", "in-use", true, "hadoop1/hadoop1.qcow2"),
             volume("v-data", "data-disk", "available", false, ""),
             volume("v-db", "db-root", "available", true, "centos-6.6")});
        QCOMPARE(c.bootableVolumes.size(), 2);
        QCOMPARE(c.bootableVolumes.at(0).name, QStringLiteral("db-root")); // by name

        Ui::LaunchWizard wizard;
        wizard.setChoices(c);
        QSignalSpy launched(&wizard, &Ui::LaunchWizard::launchRequested);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QAbstractButton *next = wizard.button(QWizard::NextButton);
        QTest::keyClicks(wizard.findChild<QLineEdit *>(QStringLiteral("nameEdit")), QStringLiteral("db"));
        wizard.findChild<QSpinBox *>(QStringLiteral("countSpin"))->setValue(2);
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(wizard.currentId(), 1);

        auto *problem1 = wizard.findChild<QLabel *>(QStringLiteral("problemLabel1"));
        auto *table = wizard.findChild<QTableWidget *>(QStringLiteral("volumeTable"));
        auto *filter = wizard.findChild<QLineEdit *>(QStringLiteral("volumeFilterEdit"));
        auto *fromVolume = wizard.findChild<QRadioButton *>(QStringLiteral("fromVolumeRadio"));
        QVERIFY(table && filter && fromVolume);
        QCOMPARE(table->rowCount(), 2);
        QVERIFY(!wizard.findChild<QLineEdit *>(QStringLiteral("volumeEdit"))); // no typed id any more
        QTest::mouseClick(fromVolume, Qt::LeftButton);
        QVERIFY(fromVolume->isChecked());
        QVERIFY(!wizard.findChild<QComboBox *>(QStringLiteral("imageCombo"))->isEnabled());
        QVERIFY2(problem1->text().contains(QStringLiteral("Choose a bootable volume")), qPrintable(problem1->text()));

        // Typing filters by name, id or image.
        QTest::keyClicks(filter, QStringLiteral("UBUNTU"));
        QVERIFY(table->isRowHidden(0));
        QVERIFY(!table->isRowHidden(1));
        filter->clear();
        QTest::keyClicks(filter, QStringLiteral("db-"));
        QVERIFY(!table->isRowHidden(0));
        QVERIFY(table->isRowHidden(1));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualItemRect(table->item(0, 0)).center());
        QCOMPARE(table->currentRow(), 0);
        // A flavor whose disk is smaller than an image's minimum is fine: the volume is the disk.
        wizard.findChild<QTableWidget *>(QStringLiteral("flavorTable"))->selectRow(0);
        QVERIFY(!next->isEnabled());
        QVERIFY2(problem1->text().contains(QStringLiteral("One volume boots one instance")), qPrintable(problem1->text()));
        QTest::mouseClick(wizard.button(QWizard::BackButton), Qt::LeftButton);
        wizard.findChild<QSpinBox *>(QStringLiteral("countSpin"))->setValue(1);
        QTest::mouseClick(next, Qt::LeftButton);
        QVERIFY2(next->isEnabled(), qPrintable(problem1->text()));

        // Filtering the chosen volume away unchooses it.
        QTest::keyClicks(filter, QStringLiteral("zzz"));
        QVERIFY(!next->isEnabled());
        filter->clear();
        QVERIFY(!next->isEnabled());
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualItemRect(table->item(0, 0)).center());
        QVERIFY(next->isEnabled());
        QTest::mouseClick(next, Qt::LeftButton);
        wizard.findChild<QListWidget *>(QStringLiteral("networkList"))->item(0)->setCheckState(Qt::Checked);
        QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);

        QCOMPARE(launched.count(), 1);
        const auto spec = launched.at(0).at(0).value<LaunchSpec>();
        QCOMPARE(spec.volumeId, QStringLiteral("v-db"));
        QVERIFY(spec.imageId.isEmpty());
        QCOMPARE(spec.count, 1);
        QCOMPARE(spec.flavorId, QStringLiteral("f-small"));
    }

    void launchWizardSaysWhenNoVolumeCanBoot()
    {
        Ui::LaunchWizard wizard;
        wizard.setChoices(choices()); // no bootable volumes
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QTest::keyClicks(wizard.findChild<QLineEdit *>(QStringLiteral("nameEdit")), QStringLiteral("x"));
        QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
        QTest::mouseClick(wizard.findChild<QRadioButton *>(QStringLiteral("fromVolumeRadio")), Qt::LeftButton);
        wizard.findChild<QTableWidget *>(QStringLiteral("flavorTable"))->selectRow(1);
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        QVERIFY(wizard.findChild<QLabel *>(QStringLiteral("problemLabel1"))->text().contains(QStringLiteral("no available bootable volume")));
    }

    void actionsFollowTheSelectedState()
    {
        TestSupport::FakeNetwork net; // every call fails: the page must cope and keep its rows
        net.setHandler([](const TestSupport::RecordedRequest &) {
            return TestSupport::FakeResponse::json(503, R"({"error": {"message": "down"}})");
        });
        OpenStack::Session session(&net, config());
        Ui::InstancesPage page;
        page.resize(1200, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.setSession(&session);
        QTRY_VERIFY(!page.isLoading());
        Server failed = server("c", "OBD_OL_UPDATE", "ERROR");
        failed.fault.message = QStringLiteral("No valid host was found.");
        page.model()->setRecords({server("a", "hadoop1", "ACTIVE"), server("b", "hadoop2", "SHUTOFF"), failed});
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("countLabel"))->text().startsWith(QStringLiteral("Displaying 3 item")));

        QTableView *view = page.panel()->view();
        auto select = [&](const QStringList &ids) {
            view->clearSelection();
            for (const QString &id : ids) {
                const QModelIndex src = page.model()->index(page.model()->rowOf(id), 0);
                view->selectionModel()->select(page.panel()->proxy()->mapFromSource(src),
                                               QItemSelectionModel::Select | QItemSelectionModel::Rows);
            }
        };
        QAction *start = page.commandAction(Models::ServerCommand::Start);
        QAction *stop = page.commandAction(Models::ServerCommand::Stop);
        QAction *confirm = page.commandAction(Models::ServerCommand::ConfirmResize);
        select({QStringLiteral("a")});
        QVERIFY(!start->isEnabled());
        QVERIFY2(start->toolTip().contains(QStringLiteral("hadoop1")), qPrintable(start->toolTip()));
        QVERIFY(stop->isEnabled());
        QVERIFY(!confirm->isEnabled());
        select({QStringLiteral("a"), QStringLiteral("b")});
        QVERIFY(start->isEnabled()); // one of them can start
        QVERIFY(!page.commandAction(Models::ServerCommand::Resize)->isEnabled()); // one at a time

        // The details pane shows the fault of a server in ERROR.
        select({QStringLiteral("c")});
        auto *details = page.findChild<Ui::ServerDetailsPane *>(QStringLiteral("detailsPane"));
        QVERIFY(details->html().contains(QStringLiteral("No valid host was found.")));

        // Terminate asks first, listing the names; cancelling sends nothing.
        select({QStringLiteral("a"), QStringLiteral("b")});
        const int before = int(net.requests().size());
        page.commandAction(Models::ServerCommand::Terminate)->trigger();
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = page.findChild<QMessageBox *>(QStringLiteral("confirmBox"))));
        QVERIFY(box->informativeText().contains(QStringLiteral("hadoop1")));
        QVERIFY(box->informativeText().contains(QStringLiteral("hadoop2")));
        QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
        QTest::qWait(50);
        QCOMPARE(net.countMatching("DELETE", QStringLiteral("/servers/a")), 0);
        QVERIFY(int(net.requests().size()) >= before);

        // The filter box filters as you type.
        QTest::keyClicks(page.panel()->filterEdit(), QStringLiteral("shutoff"));
        QCOMPARE(page.panel()->proxy()->rowCount(), 1);
    }
};

QTEST_MAIN(TestInstancesPage)
#include "tst_instancespage.moc"
