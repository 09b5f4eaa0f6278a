// SPDX-License-Identifier: GPL-3.0-or-later
// The Volumes tab's remaining actions, offscreen, on the local cloud's real Cinder (RBD on the real
// Ceph), each through the tab as an operator would use it:
//  - Change Volume Type to a second type on the same RBD backend (made here as admin, removed after);
//  - Toggle Bootable, both ways;
//  - Upload to Image (the Glance image appears, then is deleted);
//  - Create Transfer as DevTenant's user and Accept Transfer as TestTenant's: the volume changes
//    project;
//  - as admin, Reset State to error (the hint then says what Cinder allows next) and Force Delete
//    (the volume and its RBD image are gone).
// Every volume, type and image made here has a unique name and is removed at the end, also after a
// failure; the seeded data is only read.
#include "models/blockstorage/volumelistcontroller.h"
#include "models/blockstorage/volumelistmodel.h"
#include "tst_volumes_support.h"
#include "ui/volumes/volumeformdialog.h"
#include "ui/volumes/volumespage.h"

#include <QAction>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTableView>

using namespace OpenStack::BlockStorage;
using Command = Ui::VolumesPage::Command;

class TestVolumesActionsFunctional : public QObject
{
    Q_OBJECT

    TestSupport::TestCloud m_cloud;
    QNetworkAccessManager m_network;
    std::unique_ptr<OpenStack::Session> m_formal;
    std::unique_ptr<OpenStack::Session> m_admin;
    QString m_suffix;
    QStringList m_volumes; // every volume made here, removed at the end (as admin)
    QString m_type;
    QString m_image;

    QString name(const QString &what) const { return QStringLiteral("sd-func-%1-%2").arg(what, m_suffix); }

    QString createVolume(OpenStack::Session *session, const QString &volumeName)
    {
        VolumeSpec spec;
        spec.name = volumeName;
        spec.sizeGb = 1;
        spec.volumeType = QStringLiteral("ceph");
        auto job = VolumesTest::run(new CreateVolumeJob(session, spec));
        if (job->error()) {
            qWarning("%s", qPrintable(job->error().toString()));
            return {};
        }
        m_volumes << job->volume().id;
        QString status;
        if (!VolumesTest::waitForVolume(session, job->volume().id, QStringLiteral("available"), &status)) {
            qWarning("volume %s is %s", qPrintable(volumeName), qPrintable(status));
            return {};
        }
        return job->volume().id;
    }

    std::unique_ptr<Ui::VolumesPage> openPage(OpenStack::Session *session)
    {
        auto page = std::make_unique<Ui::VolumesPage>();
        page->resize(1200, 700);
        page->show();
        QSignalSpy loaded(page->controller(), &Models::VolumeListController::loaded);
        page->setSession(session);
        if (!loaded.wait(120000))
            return {};
        return page;
    }

    static void select(Ui::VolumesPage *page, const QString &id)
    {
        auto *view = page->findChild<QTableView *>(QStringLiteral("volumesView"));
        view->clearSelection();
        for (int r = 0; r < view->model()->rowCount(); ++r) {
            const QModelIndex i = view->model()->index(r, 0);
            if (i.data(Models::IdRole).toString() == id)
                view->selectionModel()->select(i, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        }
    }

    template<typename T>
    static T *visible(QWidget *parent, const QString &objectName)
    {
        T *found = nullptr;
        (void)QTest::qWaitFor([&]() {
            for (T *w : parent->findChildren<T *>(objectName)) {
                if (w->isVisible())
                    found = w;
            }
            return found != nullptr;
        }, 5000);
        return found;
    }

    static const Volume *row(Ui::VolumesPage *page, const QString &id)
    {
        const int r = page->volumeModel()->rowOf(id);
        return r < 0 ? nullptr : &page->volumeModel()->record(r);
    }

    QJsonArray cliJson(const QString &cloud, QStringList args)
    {
        args = QStringList{QStringLiteral("--os-cloud"), cloud} + args + QStringList{QStringLiteral("-f"), QStringLiteral("json")};
        const auto r = m_cloud.openstack(args);
        if (r.exitCode != 0)
            qWarning("openstack %s: %s", qPrintable(args.join(QLatin1Char(' '))), r.err.constData());
        return QJsonDocument::fromJson(r.out).array();
    }

private slots:
    void initTestCase()
    {
        STACKDECK_REQUIRE_LOCAL_CLOUD(m_cloud);
        QString why;
        m_formal = TestSupport::localCloudSession(m_cloud, &m_network, QStringLiteral("stackdeck-formal"), this, &why);
        QVERIFY2(m_formal, qPrintable(why));
        m_admin = TestSupport::localCloudSession(m_cloud, &m_network, QStringLiteral("stackdeck-local"), this, &why);
        QVERIFY2(m_admin, qPrintable(why));
        m_suffix = QString::number(QRandomGenerator::global()->generate(), 36);
    }

    void cleanupTestCase()
    {
        if (!m_admin)
            return;
        for (const QString &id : std::as_const(m_volumes))
            VolumesTest::removeVolume(m_admin.get(), id);
        if (!m_image.isEmpty())
            m_cloud.openstack({QStringLiteral("--os-cloud"), QStringLiteral("stackdeck-local"), QStringLiteral("image"),
                               QStringLiteral("delete"), m_image});
        if (!m_type.isEmpty())
            m_cloud.openstack({QStringLiteral("--os-cloud"), QStringLiteral("stackdeck-local"), QStringLiteral("volume"),
                               QStringLiteral("type"), QStringLiteral("delete"), m_type});
    }

    void retypeToAnotherTypeOnTheSameBackend()
    {
        const QString type = name(QStringLiteral("type"));
        const auto made = m_cloud.openstack({QStringLiteral("--os-cloud"), QStringLiteral("stackdeck-local"), QStringLiteral("volume"),
                                             QStringLiteral("type"), QStringLiteral("create"), QStringLiteral("--public"),
                                             QStringLiteral("--property"), QStringLiteral("volume_backend_name=ceph"), type});
        QVERIFY2(made.exitCode == 0, made.err.constData());
        m_type = type;
        const QString id = createVolume(m_formal.get(), name(QStringLiteral("retype")));
        QVERIFY(!id.isEmpty());
        auto page = openPage(m_formal.get());
        QVERIFY(page);
        select(page.get(), id);
        QAction *retype = page->action(Command::Retype);
        QVERIFY2(retype->isEnabled(), qPrintable(retype->toolTip()));
        retype->trigger();
        auto *dialog = visible<Ui::VolumeFormDialog>(page.get(), QStringLiteral("retypeVolumeDialog"));
        QVERIFY(dialog);
        auto *types = dialog->findChild<QComboBox *>(QStringLiteral("typeCombo"));
        QTRY_VERIFY_WITH_TIMEOUT(types->findData(type) >= 0, 30000); // the type list comes from Cinder
        types->setCurrentIndex(types->findData(type));
        QCOMPARE(dialog->findChild<QComboBox *>(QStringLiteral("policyCombo"))->currentData().toString(), QStringLiteral("never"));
        auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("okButton"));
        QVERIFY2(ok->isEnabled(), qPrintable(dialog->problem()));
        ok->click();
        QVERIFY2(QTest::qWaitFor([&]() { return row(page.get(), id) && row(page.get(), id)->volumeType == type
                                                && row(page.get(), id)->status == QLatin1String("available"); }, 120000),
                 row(page.get(), id) ? qPrintable(row(page.get(), id)->volumeType + QLatin1Char(' ') + row(page.get(), id)->status) : "");
        // Cinder agrees, and the data stayed where it was: the same RBD image, no migration.
        QCOMPARE(VolumesTest::volume(m_formal.get(), id).volumeType, type);
        const auto r = VolumesTest::rbd(m_cloud, {QStringLiteral("info"), QStringLiteral("volumes/volume-") + id});
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }

    void toggleBootableBothWays()
    {
        const QString id = createVolume(m_formal.get(), name(QStringLiteral("boot")));
        QVERIFY(!id.isEmpty());
        auto page = openPage(m_formal.get());
        QVERIFY(page);
        QVERIFY(!row(page.get(), id)->bootable);
        select(page.get(), id);
        QAction *bootable = page->action(Command::SetBootable);
        QVERIFY2(bootable->isEnabled(), qPrintable(bootable->toolTip()));
        QSignalSpy said(page.get(), &Ui::Page::statusMessage);
        bootable->trigger();
        // The bulk action reports per volume; the row follows Cinder.
        QVERIFY(QTest::qWaitFor([&]() {
            return std::any_of(said.begin(), said.end(), [](const QList<QVariant> &m) {
                return m.constFirst().toString().startsWith(QLatin1String("Toggle bootable: 1 succeeded"));
            });
        }, 60000));
        QVERIFY(QTest::qWaitFor([&]() { return row(page.get(), id)->bootable; }, 60000));
        QVERIFY(VolumesTest::volume(m_formal.get(), id).bootable);
        const int r = page->volumeModel()->rowOf(id);
        QCOMPARE(page->volumeModel()->index(r, Models::VolumeListModel::BootableColumn).data().toString(), QStringLiteral("Yes"));
        select(page.get(), id);
        bootable->trigger();
        QVERIFY(QTest::qWaitFor([&]() { return !row(page.get(), id)->bootable; }, 60000));
        QVERIFY(!VolumesTest::volume(m_formal.get(), id).bootable);
    }

    void uploadToImage()
    {
        const QString id = createVolume(m_formal.get(), name(QStringLiteral("upload")));
        QVERIFY(!id.isEmpty());
        auto page = openPage(m_formal.get());
        QVERIFY(page);
        select(page.get(), id);
        page->action(Command::UploadToImage)->trigger();
        auto *dialog = visible<Ui::VolumeFormDialog>(page.get(), QStringLiteral("uploadVolumeDialog"));
        QVERIFY(dialog);
        const QString image = name(QStringLiteral("img"));
        dialog->findChild<QLineEdit *>(QStringLiteral("imageEdit"))->setText(image);
        // qcow2: Cinder converts the (empty) volume, so Glance stores kilobytes rather than 1 GiB.
        auto *format = dialog->findChild<QComboBox *>(QStringLiteral("formatCombo"));
        format->setCurrentIndex(format->findData(QStringLiteral("qcow2")));
        dialog->findChild<QPushButton *>(QStringLiteral("okButton"))->click();
        // The volume goes uploading and back to available; Glance gets an active image of that name.
        QVERIFY(QTest::qWaitFor([&]() { return !page->lastMessage().isEmpty(); }, 60000));
        QVERIFY2(!page->lastMessage().contains(QLatin1String("failed")), qPrintable(page->lastMessage()));
        QString imageId;
        QString imageStatus;
        QString diskFormat;
        QVERIFY2(QTest::qWaitFor([&]() {
            const QJsonArray images = cliJson(QStringLiteral("stackdeck-formal"),
                                              {QStringLiteral("image"), QStringLiteral("list"), QStringLiteral("--long"),
                                               QStringLiteral("--name"), image});
            if (!images.isEmpty()) {
                imageId = images.first()[QStringLiteral("ID")].toString();
                imageStatus = images.first()[QStringLiteral("Status")].toString();
                diskFormat = images.first()[QStringLiteral("Disk Format")].toString();
                m_image = imageId;
            }
            if (imageStatus == QLatin1String("active"))
                return true;
            QTest::qWait(2000);
            return false;
        }, 240000), qPrintable(QStringLiteral("image %1: %2").arg(image, imageStatus)));
        QCOMPARE(diskFormat, QStringLiteral("qcow2"));
        QVERIFY(QTest::qWaitFor([&]() { return row(page.get(), id)->status == QLatin1String("available"); }, 120000));
        const auto del = m_cloud.openstack({QStringLiteral("--os-cloud"), QStringLiteral("stackdeck-formal"), QStringLiteral("image"),
                                            QStringLiteral("delete"), imageId});
        QVERIFY2(del.exitCode == 0, del.err.constData());
        m_image.clear();
    }

    void transferBetweenProjects()
    {
        QString why;
        auto dev = TestSupport::localCloudSession(m_cloud, &m_network, QStringLiteral("stackdeck-dev"), this, &why);
        QVERIFY2(dev, qPrintable(why));
        auto test = TestSupport::localCloudSession(m_cloud, &m_network, QStringLiteral("stackdeck-test"), this, &why);
        QVERIFY2(test, qPrintable(why));
        const QString id = createVolume(dev.get(), name(QStringLiteral("xfer")));
        QVERIFY(!id.isEmpty());
        const QString fromProject = VolumesTest::volume(m_admin.get(), id).projectId;

        // DevTenant offers it.
        auto giver = openPage(dev.get());
        QVERIFY(giver);
        select(giver.get(), id);
        QAction *create = giver->action(Command::CreateTransfer);
        QVERIFY2(create->isEnabled(), qPrintable(create->toolTip()));
        create->trigger();
        auto *dialog = visible<Ui::VolumeFormDialog>(giver.get(), QStringLiteral("transferVolumeDialog"));
        QVERIFY(dialog);
        dialog->findChild<QPushButton *>(QStringLiteral("okButton"))->click();
        auto *shown = visible<QMessageBox>(giver.get(), QStringLiteral("transferCreatedBox"));
        QVERIFY2(shown, qPrintable(giver->lastMessage()));
        const QRegularExpressionMatch m =
            QRegularExpression(QStringLiteral("Transfer ID: (\\S+)\\nAuthorization Key: (\\S+)")).match(shown->informativeText());
        QVERIFY2(m.hasMatch(), qPrintable(shown->informativeText()));
        const QString transferId = m.captured(1);
        const QString key = m.captured(2);
        shown->close();
        QVERIFY(QTest::qWaitFor([&]() { return row(giver.get(), id) && row(giver.get(), id)->status == QLatin1String("awaiting-transfer"); },
                                60000));

        // TestTenant accepts it: the volume is in TestTenant's tab and project.
        auto taker = openPage(test.get());
        QVERIFY(taker);
        QVERIFY(!row(taker.get(), id));
        QAction *accept = taker->action(Command::AcceptTransfer);
        QVERIFY2(accept->isEnabled(), qPrintable(accept->toolTip()));
        accept->trigger();
        auto *acceptDialog = visible<Ui::VolumeFormDialog>(taker.get(), QStringLiteral("acceptTransferDialog"));
        QVERIFY(acceptDialog);
        auto *ok = acceptDialog->findChild<QPushButton *>(QStringLiteral("okButton"));
        QVERIFY(!ok->isEnabled()); // both values are needed
        acceptDialog->findChild<QLineEdit *>(QStringLiteral("idEdit"))->setText(transferId);
        acceptDialog->findChild<QLineEdit *>(QStringLiteral("keyEdit"))->setText(key);
        QVERIFY(ok->isEnabled());
        ok->click();
        QVERIFY2(QTest::qWaitFor([&]() { return row(taker.get(), id) && row(taker.get(), id)->status == QLatin1String("available"); },
                                 120000),
                 qPrintable(taker->lastMessage()));
        const Volume moved = VolumesTest::volume(m_admin.get(), id);
        QVERIFY(!moved.projectId.isEmpty());
        QVERIFY(moved.projectId != fromProject);
        QCOMPARE(VolumesTest::volume(test.get(), id).id, id);
    }

    void resetStateAndForceDeleteAsAdmin()
    {
        const QString id = createVolume(m_admin.get(), name(QStringLiteral("reset")));
        QVERIFY(!id.isEmpty());
        auto page = openPage(m_admin.get());
        QVERIFY(page);
        select(page.get(), id);
        // Reset State is only for a volume that is stuck: not offered for an available one.
        QAction *reset = page->action(Command::ResetStatus);
        QVERIFY(!reset->isEnabled());
        QVERIFY(reset->toolTip().contains(QLatin1String("error or transitional")));

        // Stuck (as a crashed cinder-volume leaves it): the error state shows with what Cinder
        // allows next, and Reset State brings it back to available.
        const auto stick = [&]() {
            auto job = VolumesTest::run(VolumeActionJob::resetStatus(m_admin.get(), id, QStringLiteral("error")));
            QVERIFY2(!job->error(), qPrintable(job->error().toString()));
            page->controller()->watch({id});
            QVERIFY(QTest::qWaitFor([&]() { return row(page.get(), id)->status == QLatin1String("error"); }, 60000));
            select(page.get(), id);
        };
        stick();
        auto *hint = page->findChild<QLabel *>(QStringLiteral("volumeHintLabel"));
        QTRY_VERIFY(hint->isVisible());
        QVERIFY2(hint->text().contains(QLatin1String("Reset its state")), qPrintable(hint->text()));
        QVERIFY2(reset->isEnabled(), qPrintable(reset->toolTip()));
        reset->trigger();
        auto *dialog = visible<Ui::VolumeFormDialog>(page.get(), QStringLiteral("resetVolumeDialog"));
        QVERIFY(dialog);
        auto *status = dialog->findChild<QComboBox *>(QStringLiteral("statusCombo"));
        status->setCurrentIndex(status->findData(QStringLiteral("available")));
        dialog->findChild<QPushButton *>(QStringLiteral("okButton"))->click();
        QVERIFY(QTest::qWaitFor([&]() { return row(page.get(), id)->status == QLatin1String("available"); }, 60000));
        QCOMPARE(VolumesTest::volume(m_admin.get(), id).status, QStringLiteral("available"));

        // Stuck again: Force Delete, confirmed by name.
        stick();

        QAction *force = page->action(Command::ForceDelete);
        QVERIFY2(force->isEnabled(), qPrintable(force->toolTip()));
        force->trigger();
        auto *box = visible<QMessageBox>(page.get(), QStringLiteral("confirmBox"));
        QVERIFY(box);
        QVERIFY(box->informativeText().contains(name(QStringLiteral("reset"))));
        QSignalSpy gone(page->controller(), &Models::VolumeListController::volumeGone);
        box->findChild<QPushButton *>(QStringLiteral("confirmButton"))->click();
        QVERIFY(QTest::qWaitFor([&]() { return !gone.isEmpty(); }, 120000));
        int http = 0;
        (void)VolumesTest::volume(m_admin.get(), id, &http);
        QCOMPARE(http, 404);
        const auto ls = VolumesTest::rbd(m_cloud, {QStringLiteral("ls"), QStringLiteral("volumes")});
        QVERIFY(!QString::fromUtf8(ls.out).contains(QStringLiteral("volume-") + id));
        m_volumes.removeAll(id);
    }
};

QTEST_MAIN(TestVolumesActionsFunctional)
#include "tst_volumes_actions_functional.moc"
