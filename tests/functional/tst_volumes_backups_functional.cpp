// SPDX-License-Identifier: GPL-3.0-or-later
// Volume backups through the Volumes tab, offscreen, on the local cloud's real cinder-backup (Ceph
// backup driver, pool `backups`), as FormalTenant's user: a fresh 1 GiB volume is backed up with
// the tab's Create Backup (the backup shows up and settles at available by the tab's own polling,
// and its image appears in the `backups` pool), restored with Restore Backup into a new volume
// (available, same size), and the backup is deleted with Delete Backups (gone from the table and
// from Ceph). `stackdeck export volume-backups` matches `openstack volume backup list --long`.
// Everything made here has a unique name and is removed at the end, also after a failure.
#include "models/blockstorage/backuplistmodel.h"
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
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSet>
#include <QTabWidget>
#include <QTableView>

using namespace OpenStack::BlockStorage;
using Command = Ui::VolumesPage::Command;

class TestVolumesBackupsFunctional : public QObject
{
    Q_OBJECT

    TestSupport::TestCloud m_cloud;
    QNetworkAccessManager m_network;
    std::unique_ptr<OpenStack::Session> m_session;
    std::unique_ptr<Ui::VolumesPage> m_page;
    QString m_suffix;
    QString m_volumeId;
    QString m_restoredId;
    QString m_backupId;

    bool backupImageInCeph()
    {
        // Cinder's Ceph backup driver names its images after the volume: "volume-<uuid>.backup…".
        const QString prefix = QStringLiteral("volume-%1.backup").arg(m_volumeId);
        const QStringList images = VolumesTest::rbdLines(m_cloud, {QStringLiteral("ls"), QStringLiteral("backups")});
        return std::any_of(images.begin(), images.end(), [&](const QString &i) { return i.startsWith(prefix); });
    }

    void selectRow(const char *viewName, const QString &id)
    {
        auto *view = m_page->findChild<QTableView *>(QLatin1String(viewName));
        QVERIFY(view);
        view->clearSelection();
        for (int r = 0; r < view->model()->rowCount(); ++r) {
            const QModelIndex i = view->model()->index(r, 0);
            if (i.data(Models::IdRole).toString() == id)
                view->selectionModel()->select(i, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        }
    }

    const VolumeBackup *backupRow() const
    {
        auto *m = m_page->backupModel();
        for (int r = 0; r < m->rowCount(); ++r) {
            if (m->record(r).name == QStringLiteral("sd-func-bk-") + m_suffix)
                return &m->record(r);
        }
        return nullptr;
    }

    template<typename T>
    T *visible(const QString &objectName)
    {
        T *found = nullptr;
        (void)QTest::qWaitFor([&]() {
            for (T *w : m_page->findChildren<T *>(objectName)) {
                if (w->isVisible())
                    found = w;
            }
            return found != nullptr;
        }, 5000);
        return found;
    }

private slots:
    void initTestCase()
    {
        STACKDECK_REQUIRE_LOCAL_CLOUD(m_cloud);
        QString why;
        m_session = TestSupport::localCloudSession(m_cloud, &m_network, QStringLiteral("stackdeck-formal"), this, &why);
        QVERIFY2(m_session, qPrintable(why));
        m_suffix = QString::number(QRandomGenerator::global()->generate(), 36);
        VolumeSpec spec;
        spec.name = QStringLiteral("sd-func-bkvol-") + m_suffix;
        spec.sizeGb = 1;
        auto created = VolumesTest::run(new CreateVolumeJob(m_session.get(), spec));
        QVERIFY2(!created->error(), qPrintable(created->error().toString()));
        m_volumeId = created->volume().id;
        QString status;
        QVERIFY2(VolumesTest::waitForVolume(m_session.get(), m_volumeId, QStringLiteral("available"), &status), qPrintable(status));

        m_page = std::make_unique<Ui::VolumesPage>();
        m_page->resize(1200, 700);
        m_page->show();
        QSignalSpy loaded(m_page->controller(), &Models::VolumeListController::loaded);
        m_page->setSession(m_session.get());
        QVERIFY(loaded.wait(120000));
        QVERIFY(m_page->volumeModel()->rowOf(m_volumeId) >= 0);
    }

    void cleanupTestCase()
    {
        if (!m_session)
            return;
        m_page.reset();
        if (!m_backupId.isEmpty()) {
            (void)QTest::qWaitFor([&]() {
                auto del = VolumesTest::run(new DeleteBlockStorageJob(m_session.get(), QStringLiteral("backups"), m_backupId));
                if (!del->error() || del->httpStatus() == 404)
                    return true;
                QTest::qWait(2000);
                return false;
            }, 120000);
            (void)QTest::qWaitFor([&]() { return !backupImageInCeph() || (QTest::qWait(1000), false); }, 60000);
        }
        VolumesTest::removeVolume(m_session.get(), m_restoredId);
        VolumesTest::removeVolume(m_session.get(), m_volumeId);
    }

    void createBackupFromTheTab()
    {
        selectRow("volumesView", m_volumeId);
        QAction *backup = m_page->action(Command::CreateBackup);
        QVERIFY2(backup->isEnabled(), qPrintable(backup->toolTip()));
        backup->trigger();
        auto *dialog = visible<Ui::VolumeFormDialog>(QStringLiteral("backupVolumeDialog"));
        QVERIFY(dialog);
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
        QVERIFY(name);
        name->setText(QStringLiteral("sd-func-bk-") + m_suffix);
        dialog->findChild<QPushButton *>(QStringLiteral("okButton"))->click();

        // The tab lists it and polls it until it settles.
        QVERIFY2(QTest::qWaitFor([&]() { return backupRow() && !backupRow()->isTransitional(); }, 180000),
                 backupRow() ? qPrintable(backupRow()->status) : "the backup never appeared in the tab");
        QVERIFY2(backupRow()->status == QLatin1String("available"),
                 qPrintable(backupRow()->status + QStringLiteral(": ") + backupRow()->failReason));
        m_backupId = backupRow()->id;
        QCOMPARE(backupRow()->sizeGb, 1);
        QCOMPARE(backupRow()->volumeId, m_volumeId);
        const int r = m_page->backupModel()->rowOf(m_backupId);
        QCOMPARE(m_page->backupModel()->index(r, Models::BackupListModel::VolumeColumn).data().toString(),
                 QStringLiteral("sd-func-bkvol-") + m_suffix);
        QVERIFY2(backupImageInCeph(), "no image of the backup in pool backups");
        // The source volume is back to available once the backup is done.
        QString status;
        QVERIFY2(VolumesTest::waitForVolume(m_session.get(), m_volumeId, QStringLiteral("available"), &status), qPrintable(status));
    }

    void exportMatchesTheOpenstackCli()
    {
        QVERIFY(!m_backupId.isEmpty());
        const auto ours = m_cloud.stackdeck({QStringLiteral("--os-cloud"), QStringLiteral("stackdeck-local"), QStringLiteral("export"),
                                             QStringLiteral("volume-backups"), QStringLiteral("--all-projects"),
                                             QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(ours.exitCode == 0, ours.err.constData());
        const auto cli = m_cloud.openstack({QStringLiteral("--os-cloud"), QStringLiteral("stackdeck-local"), QStringLiteral("volume"),
                                            QStringLiteral("backup"), QStringLiteral("list"), QStringLiteral("--long"),
                                            QStringLiteral("--all-projects"), QStringLiteral("-f"), QStringLiteral("json")});
        QVERIFY2(cli.exitCode == 0, cli.err.constData());
        QHash<QString, QJsonObject> mine;
        for (const QJsonValue &v : QJsonDocument::fromJson(ours.out).array())
            mine.insert(v.toObject().value(QStringLiteral("id")).toString(), v.toObject());
        const QJsonArray theirs = QJsonDocument::fromJson(cli.out).array();
        bool ourBackupSeen = false;
        int compared = 0;
        for (const QJsonValue &value : theirs) {
            const QJsonObject o = value.toObject();
            const QString id = o.value(QStringLiteral("ID")).toString();
            // Other tests may make or remove backups between the two listings: compare what both saw.
            if (!mine.contains(id))
                continue;
            const QJsonObject m = mine.value(id);
            const auto moving = [](const QString &status) {
                VolumeBackup b;
                b.status = status;
                return b.isTransitional();
            };
            if (moving(m.value(QStringLiteral("status")).toString()) || moving(o.value(QStringLiteral("Status")).toString()))
                continue;
            ++compared;
            ourBackupSeen = ourBackupSeen || id == m_backupId;
            QCOMPARE(m.value(QStringLiteral("name")).toString(), o.value(QStringLiteral("Name")).toString());
            QCOMPARE(m.value(QStringLiteral("description")).toString(), o.value(QStringLiteral("Description")).toString());
            QCOMPARE(m.value(QStringLiteral("status")).toString(), o.value(QStringLiteral("Status")).toString());
            QCOMPARE(m.value(QStringLiteral("size")).toInt(), o.value(QStringLiteral("Size")).toInt());
            QCOMPARE(m.value(QStringLiteral("is_incremental")).toBool(), o.value(QStringLiteral("Incremental")).toBool());
            QCOMPARE(m.value(QStringLiteral("availability_zone")).toString(), o.value(QStringLiteral("Availability Zone")).toString());
            QCOMPARE(m.value(QStringLiteral("container")).toString(), o.value(QStringLiteral("Container")).toString());
        }
        QVERIFY2(ourBackupSeen, "the test's backup is not in both listings");
        qInfo("export volume-backups: stackdeck %lld ms, openstack volume backup list --long %lld ms (%d backups compared)",
              ours.elapsedMs, cli.elapsedMs, compared);
    }

    void restoreIntoANewVolumeFromTheTab()
    {
        QVERIFY(!m_backupId.isEmpty());
        m_page->findChild<QTabWidget *>(QStringLiteral("volumeTabs"))->setCurrentIndex(2);
        selectRow("backupsView", m_backupId);
        QAction *restore = m_page->action(Command::RestoreBackup);
        QVERIFY2(restore->isEnabled(), qPrintable(restore->toolTip()));
        restore->trigger();
        auto *dialog = visible<Ui::VolumeFormDialog>(QStringLiteral("restoreBackupDialog"));
        QVERIFY(dialog);
        auto *target = dialog->findChild<QComboBox *>(QStringLiteral("volumeCombo"));
        QVERIFY(target);
        QCOMPARE(target->currentData().toString(), QString()); // "A new volume"
        QSet<QString> before;
        for (const Volume &v : m_page->volumeModel()->records())
            before.insert(v.id);
        QSignalSpy said(m_page.get(), &Ui::Page::statusMessage);
        dialog->findChild<QPushButton *>(QStringLiteral("okButton"))->click();

        // Cinder makes a new volume ("restore_backup_<id>", renamed after the backed-up volume once
        // the metadata is restored); the tab adds it and watches it until it settles.
        const QString restoredName = QStringLiteral("restore_backup_") + m_backupId;
        const QString sourceName = QStringLiteral("sd-func-bkvol-") + m_suffix;
        const auto restored = [&]() -> const Volume * {
            for (const Volume &v : m_page->volumeModel()->records()) {
                if (!before.contains(v.id) && (v.name == restoredName || v.name == sourceName))
                    return &v;
            }
            return nullptr;
        };
        QVERIFY2(QTest::qWaitFor([&]() { return restored() && !restored()->isTransitional(); }, 180000),
                 restored() ? qPrintable(restored()->status) : "the restored volume never appeared in the tab");
        m_restoredId = restored()->id;
        QCOMPARE(restored()->status, QStringLiteral("available"));
        QCOMPARE(restored()->name, sourceName);
        QCOMPARE(restored()->sizeGb, 1);
        QVERIFY(std::any_of(said.begin(), said.end(), [](const QList<QVariant> &m) {
            return m.constFirst().toString().startsWith(QLatin1String("Restoring backup"));
        }));
        // The backup itself is available again (restoring → available).
        QVERIFY(QTest::qWaitFor([&]() { return backupRow() && backupRow()->status == QLatin1String("available"); }, 120000));
    }

    void deleteTheBackupFromTheTab()
    {
        QVERIFY(!m_backupId.isEmpty());
        selectRow("backupsView", m_backupId);
        QAction *del = m_page->action(Command::DeleteBackup);
        QVERIFY2(del->isEnabled(), qPrintable(del->toolTip()));
        del->trigger();
        auto *box = visible<QMessageBox>(QStringLiteral("confirmBox"));
        QVERIFY(box);
        QVERIFY(box->informativeText().contains(QStringLiteral("sd-func-bk-") + m_suffix));
        box->findChild<QPushButton *>(QStringLiteral("confirmButton"))->click();
        QVERIFY2(QTest::qWaitFor([&]() { return !backupRow(); }, 180000), backupRow() ? qPrintable(backupRow()->status) : "");
        QVERIFY(QTest::qWaitFor([&]() { return !backupImageInCeph() || (QTest::qWait(1000), false); }, 60000));
        m_backupId.clear();
    }
};

QTEST_MAIN(TestVolumesBackupsFunctional)
#include "tst_volumes_backups_functional.moc"
