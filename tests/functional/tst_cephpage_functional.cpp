// SPDX-License-Identifier: GPL-3.0-or-later
// The real Ceph tab, offscreen, against the local cloud's Ceph: pools and images shown, an image
// created and deleted through the UI (confirmation naming it), the cross-layer view linking a
// volume Cinder creates and reporting an image made behind Cinder's back as an orphan, and — last —
// the monitor stopped: a clear error within the timeout, a window that keeps running, and
// recovery when the monitor is back.
#include "ceph/cluster.h"
#include "ceph/clustersettingsstore.h"
#include "models/ceph/crosslayermodel.h"
#include "models/ceph/poollistmodel.h"
#include "models/ceph/rbdimagemodel.h"
#include "secrets/memorystore.h"
#include "localcloudsession.h"
#include "testcloud.h"
#include "ui/ceph/cephpage.h"
#include "ui/ceph/cephsettingsdialog.h"
#include "ui/ceph/crosslayerview.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSettings>
#include <QToolButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>

class TestCephPageFunctional : public QObject
{
    Q_OBJECT

    TestSupport::TestCloud m_cloud;
    QNetworkAccessManager m_network;
    std::unique_ptr<OpenStack::Session> m_session; // outlives m_page (deleted in cleanupTestCase)
    Secrets::MemoryStore m_keychain;
    Ui::CephPage *m_page = nullptr;
    QString m_suffix;

    Ceph::ClusterSettings settings() const { return Ceph::ClusterSettings::fromStackdeckConfig(m_session->config().stackdeck); }

    TestSupport::TestCloud::Run rbd(const QStringList &args) const
    {
        const Ceph::ClusterSettings s = settings();
        return m_cloud.run(QStringLiteral("rbd"), QStringList{QStringLiteral("-c"), s.confFile, QStringLiteral("--keyring"), s.keyringFile,
                                                              QStringLiteral("--id"), s.clientName} + args);
    }

    bool waitLoaded(int ms = 60000)
    {
        return QTest::qWaitFor([this]() { return !m_page->isLoading(); }, ms);
    }

private slots:
    void initTestCase()
    {
        STACKDECK_REQUIRE_LOCAL_CLOUD(m_cloud);
        QString why;
        m_session = TestSupport::localCloudSession(m_cloud, &m_network, QStringLiteral("stackdeck-local"), this, &why);
        QVERIFY2(m_session, qPrintable(why));
        QSettings().remove(QStringLiteral("ceph")); // the tab's own settings: none, clouds.yaml is used
        m_page = new Ui::CephPage(&m_keychain);
        m_page->resize(1200, 800);
        m_page->show();
        m_page->setStatusIntervalMs(1500);
        m_page->setSession(m_session.get());
        QVERIFY(waitLoaded());
        m_suffix = QString::number(QRandomGenerator::global()->generate() % 1000000);
    }

    void cleanupTestCase()
    {
        delete m_page;
        QSettings().remove(QStringLiteral("ceph"));
        if (!m_session)
            return;
        rbd({QStringLiteral("rm"), QStringLiteral("backups/sdui-") + m_suffix});
        rbd({QStringLiteral("rm"), QStringLiteral("volumes/sdorphan-") + m_suffix});
    }

    void healthPoolsAndImagesShown()
    {
        auto *health = m_page->findChild<QLabel *>(QStringLiteral("healthLabel"));
        QVERIFY(health);
        QVERIFY2(health->text().contains(QLatin1String("HEALTH_")), qPrintable(health->text()));
        QVERIFY(m_page->poolModel()->rowOf(QStringLiteral("volumes")) >= 0);
        QCOMPARE(m_page->currentPool(), QStringLiteral("volumes"));
        QVERIFY(QTest::qWaitFor([this]() { return !m_page->imageModel()->isLoading(); }, 30000));
        // The same images rbd sees (read again around a refresh, in case something is changing them).
        QStringList before, after;
        for (int attempt = 0; attempt < 5; ++attempt) {
            before = QString::fromUtf8(rbd({QStringLiteral("ls"), QStringLiteral("volumes")}).out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            m_page->refresh();
            QVERIFY(QTest::qWaitFor([this]() { return !m_page->isLoading(); }, 30000));
            after = QString::fromUtf8(rbd({QStringLiteral("ls"), QStringLiteral("volumes")}).out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            if (before == after)
                break;
        }
        QCOMPARE(before, after);
        QStringList shown;
        for (const Ceph::RbdImage &img : m_page->imageModel()->records())
            shown.append(img.name);
        shown.sort();
        after.sort();
        QCOMPARE(shown, after);
    }

    void createAndDeleteThroughTheUi()
    {
        m_page->setCurrentPool(QStringLiteral("backups"));
        QVERIFY(QTest::qWaitFor([this]() { return !m_page->imageModel()->isLoading(); }, 30000));
        const QString name = QStringLiteral("sdui-") + m_suffix;
        auto *create = m_page->findChild<QAction *>(QStringLiteral("createImageAction"));
        QVERIFY(create && create->isEnabled());
        create->trigger();
        auto *dialog = m_page->findChild<QDialog *>(QStringLiteral("createImageDialog"));
        QVERIFY(dialog && dialog->isVisible());
        dialog->findChild<QLineEdit *>(QStringLiteral("imageNameEdit"))->setText(name);
        dialog->findChild<QDoubleSpinBox *>(QStringLiteral("imageSizeSpin"))->setValue(0.25);
        dialog->accept();
        const QString id = QStringLiteral("backups/") + name;
        QVERIFY(QTest::qWaitFor([&]() { return m_page->imageModel()->rowOf(id) >= 0; }, 30000));
        QCOMPARE(m_page->imageModel()->record(m_page->imageModel()->rowOf(id)).sizeBytes, 256LL << 20);

        // Select it, delete: the confirmation names it; nothing happens before Yes.
        auto *view = m_page->findChild<QWidget *>(QStringLiteral("imagesPanel"))->findChild<QTableView *>(QStringLiteral("tableView"));
        view->clearSelection();
        const QModelIndexList found = view->model()->match(view->model()->index(0, 0), Qt::DisplayRole, name, 1, Qt::MatchExactly);
        QCOMPARE(found.size(), 1);
        view->selectRow(found.constFirst().row());
        auto *del = m_page->findChild<QAction *>(QStringLiteral("deleteImageAction"));
        QVERIFY(QTest::qWaitFor([del]() { return del->isEnabled(); }, 10000));
        del->trigger();
        auto *box = m_page->findChild<QMessageBox *>(QStringLiteral("confirmDeleteImagesBox"));
        QVERIFY(box && box->isVisible());
        QVERIFY2(box->text().contains(name), qPrintable(box->text()));
        QVERIFY(m_page->imageModel()->rowOf(id) >= 0);
        box->button(QMessageBox::Yes)->click();
        QVERIFY(QTest::qWaitFor([&]() { return m_page->imageModel()->rowOf(id) < 0; }, 30000));
        QVERIFY(!QString::fromUtf8(rbd({QStringLiteral("ls"), QStringLiteral("backups")}).out).contains(name));
    }

    // After Cinder creates a volume the cross-layer view links it; an image made behind Cinder's
    // back is an orphan.
    void crossLayerLinksVolumesAndFindsOrphans()
    {
        const QString volName = QStringLiteral("sd-crosslayer-") + m_suffix;
        auto created = m_cloud.openstack({QStringLiteral("--os-cloud"), QStringLiteral("stackdeck-local"), QStringLiteral("volume"),
                                          QStringLiteral("create"), QStringLiteral("--size"), QStringLiteral("1"), volName,
                                          QStringLiteral("-f"), QStringLiteral("json")});
        QCOMPARE(created.exitCode, 0);
        const QString volId = QJsonDocument::fromJson(created.out).object().value(QLatin1String("id")).toString();
        QVERIFY(!volId.isEmpty());
        auto cleanup = qScopeGuard([&]() {
            m_cloud.openstack({QStringLiteral("--os-cloud"), QStringLiteral("stackdeck-local"), QStringLiteral("volume"),
                               QStringLiteral("delete"), volId});
        });
        QVERIFY(QTest::qWaitFor([&]() {
            const auto show = m_cloud.openstack({QStringLiteral("--os-cloud"), QStringLiteral("stackdeck-local"), QStringLiteral("volume"),
                                                 QStringLiteral("show"), volId, QStringLiteral("-f"), QStringLiteral("value"),
                                                 QStringLiteral("-c"), QStringLiteral("status")});
            return show.out.trimmed() == "available";
        }, 120000));
        const QString orphan = QStringLiteral("sdorphan-") + m_suffix;
        QCOMPARE(rbd({QStringLiteral("create"), QStringLiteral("--size"), QStringLiteral("64M"), QStringLiteral("volumes/") + orphan}).exitCode, 0);

        auto *tabs = m_page->findChild<QTabWidget *>(QStringLiteral("cephTabs"));
        tabs->setCurrentWidget(m_page->crossLayerView());
        m_page->crossLayerView()->refresh();
        QVERIFY(QTest::qWaitFor([this]() { return !m_page->crossLayerView()->isLoading(); }, 120000));
        Models::CrossLayerModel *model = m_page->crossLayerView()->model();
        const int vrow = model->rowOf(QStringLiteral("volume:") + volId);
        QVERIFY(vrow >= 0);
        QCOMPARE(model->record(vrow).rbdImage, QStringLiteral("volumes/volume-") + volId);
        QVERIFY(!model->record(vrow).hasProblem());
        const int orow = model->rowOf(QStringLiteral("rbd:volumes/") + orphan);
        QVERIFY(orow >= 0);
        QCOMPARE(model->record(orow).problemKeys(), QStringList{QStringLiteral("orphan")});
        QCOMPARE(model->record(orow).rbdSizeBytes, 64LL << 20);
        QVERIFY(m_page->findChild<QLabel *>(QStringLiteral("crossLayerSummary"))->text().contains(QLatin1String("orphan")));
    }

    // The settings dialog from the tab's toolbar and from the error's link: a wrong client name
    // saved for this cloud gives Ceph's refusal in the tab; back to clouds.yaml, the tab recovers.
    // A pasted key whose keychain is unavailable is said so, with no fallback.
    void connectionSettingsFromTheTab()
    {
        auto forget = qScopeGuard([]() { QSettings().remove(QStringLiteral("ceph")); });
        auto *health = m_page->findChild<QLabel *>(QStringLiteral("healthLabel"));
        auto *source = m_page->findChild<QLabel *>(QStringLiteral("cephSourceLabel"));
        QVERIFY(QTest::qWaitFor([&]() { return health->text().contains(QLatin1String("HEALTH_")); }, 30000));
        QVERIFY2(source->text().contains(QLatin1String("clouds.yaml")), qPrintable(source->text()));

        QTest::mouseClick(m_page->findChild<QToolButton *>(QStringLiteral("cephSettingsButton")), Qt::LeftButton);
        auto *dialog = m_page->findChild<Ui::CephSettingsDialog *>(QStringLiteral("cephSettingsDialog"));
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        const QString wrong = QStringLiteral("nosuch-") + m_suffix;
        dialog->findChild<QLineEdit *>(QStringLiteral("cephClientEdit"))->setText(wrong);
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>(QStringLiteral("cephSettingsButtons"))->button(QDialogButtonBox::Save),
                          Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&]() { return health->text().contains(QLatin1String("Cannot reach")); }, 30000));
        QVERIFY2(health->text().contains(QStringLiteral("client.") + wrong), qPrintable(health->text()));
        QVERIFY2(health->text().contains(QLatin1String("Permission denied")), qPrintable(health->text()));
        QVERIFY(health->text().contains(QLatin1String("href=\"settings\"")));
        QVERIFY2(source->text().contains(QLatin1String("your settings")), qPrintable(source->text()));
        QTRY_VERIFY(m_page->findChildren<Ui::CephSettingsDialog *>().isEmpty()); // closed and deleted

        // The error's link opens the dialog again; "Use clouds.yaml" forgets the wrong client.
        emit health->linkActivated(QStringLiteral("settings"));
        dialog = m_page->findChild<Ui::CephSettingsDialog *>(QStringLiteral("cephSettingsDialog"));
        QVERIFY(dialog);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("cephUseCloudsYamlButton")), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&]() { return health->text().contains(QLatin1String("HEALTH_")); }, 30000));
        QVERIFY2(source->text().contains(QLatin1String("clouds.yaml")), qPrintable(source->text()));
        QVERIFY(waitLoaded());
        QVERIFY(m_page->poolModel()->rowOf(QStringLiteral("volumes")) >= 0);

        // A pasted key while the keychain is unavailable: said so; no keyring file is tried instead.
        Ceph::ClusterSettingsStore store(m_session->config().name, m_session->config().stackdeck);
        Ceph::ClusterSettingsStore::UserSettings u;
        u.confFile = settings().confFile;
        u.clientName = QStringLiteral("admin");
        u.useSecretKey = true;
        store.saveUserSettings(u);
        m_keychain.setUnavailable(true);
        auto available = qScopeGuard([this]() { m_keychain.setUnavailable(false); });
        m_page->setSession(m_session.get());
        QVERIFY(QTest::qWaitFor([&]() { return health->text().contains(QLatin1String("keychain is unavailable")); }, 10000));
        QVERIFY(!m_page->cluster());
        store.clearUserSettings();
        m_keychain.setUnavailable(false);
        m_page->setSession(m_session.get());
        QVERIFY(QTest::qWaitFor([&]() { return health->text().contains(QLatin1String("HEALTH_")); }, 30000));
        QVERIFY(waitLoaded());
    }

    // Last: stops the monitor (restarted even when the test fails).
    void monitorDownThenBack()
    {
        auto restart = qScopeGuard([this]() { m_cloud.localcloud({QStringLiteral("start"), QStringLiteral("ceph-mon")}); });
        auto *health = m_page->findChild<QLabel *>(QStringLiteral("healthLabel"));
        QVERIFY(QTest::qWaitFor([&]() { return health->text().contains(QLatin1String("HEALTH_")); }, 30000));
        QCOMPARE(m_cloud.localcloud({QStringLiteral("stop"), QStringLiteral("ceph-mon")}).exitCode, 0);

        // The window keeps running: a timer's ticks never stall while Ceph does not answer.
        QElapsedTimer gapClock;
        gapClock.start();
        qint64 worstGap = 0;
        QTimer ticker;
        ticker.setInterval(50);
        connect(&ticker, &QTimer::timeout, this, [&]() {
            worstGap = qMax(worstGap, gapClock.restart());
        });
        ticker.start();
        QElapsedTimer clock;
        clock.start();
        m_page->refresh();
        const Ceph::ClusterSettings s = settings();
        const int bound = (s.monOpTimeoutSecs + s.mountTimeoutSecs + 10) * 1000;
        QVERIFY(QTest::qWaitFor([&]() { return health->text().contains(QLatin1String("Cannot reach")); }, bound));
        const qint64 failedAfter = clock.elapsed();
        qInfo("error shown after %lld ms: %s", static_cast<long long>(failedAfter), qPrintable(health->text()));
        QVERIFY(health->text().contains(QLatin1String("timed out"), Qt::CaseInsensitive));
        QVERIFY2(worstGap < 1000, qPrintable(QString::number(worstGap)));

        QCOMPARE(m_cloud.localcloud({QStringLiteral("start"), QStringLiteral("ceph-mon")}).exitCode, 0);
        clock.restart();
        QVERIFY(QTest::qWaitFor([&]() { return health->text().contains(QLatin1String("HEALTH_")); }, 120000));
        qInfo("recovered %lld ms after the monitor was started", static_cast<long long>(clock.elapsed()));
        QVERIFY(QTest::qWaitFor([this]() { return !m_page->isLoading(); }, 60000));
        QVERIFY(m_page->poolModel()->rowOf(QStringLiteral("volumes")) >= 0);
    }
};

QTEST_MAIN(TestCephPageFunctional)
#include "tst_cephpage_functional.moc"
