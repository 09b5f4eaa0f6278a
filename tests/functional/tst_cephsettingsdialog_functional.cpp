// SPDX-License-Identifier: GPL-3.0-or-later
// The Ceph connection settings dialog driven offscreen against the local cloud's real Ceph: a
// wrong client name ends in Ceph's own words within the test's bound, the right settings connect,
// a pasted key goes to the keychain (MemoryStore here) and never into the settings file, and an
// unavailable keychain is said so without saving anything.
#include "app/translations.h"
#include "ceph/clustersettingsstore.h"
#include "secrets/memorystore.h"
#include "testcloud.h"
#include "ui/ceph/cephsettingsdialog.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using Store = Ceph::ClusterSettingsStore;

class TestCephSettingsDialog : public QObject
{
    Q_OBJECT

    TestSupport::TestCloud m_cloud;
    QTemporaryDir m_dir;
    QString m_conf;
    QString m_keyring;
    QString m_adminKey;

    template<typename T>
    static T *child(QWidget *w, const char *name)
    {
        T *c = w->findChild<T *>(QString::fromLatin1(name));
        if (!c)
            qWarning("no child %s", name);
        return c;
    }

    QVariantMap cloudsYaml() const
    {
        return {{QStringLiteral("ceph_conf"), m_conf}, {QStringLiteral("ceph_keyring"), m_keyring},
                {QStringLiteral("ceph_client"), QStringLiteral("admin")}};
    }

    // Clicks "Test Connection" and waits for the verdict; returns {ok, text, elapsed ms}.
    std::tuple<bool, QString, qint64> runTest(Ui::CephSettingsDialog &dialog)
    {
        QSignalSpy finished(&dialog, &Ui::CephSettingsDialog::testFinished);
        QElapsedTimer clock;
        clock.start();
        QTest::mouseClick(child<QPushButton>(&dialog, "cephTestConnectionButton"), Qt::LeftButton);
        const int bound = (dialog.testTimeoutSecs() + 6) * 1000;
        if (!finished.wait(bound) && finished.isEmpty())
            return {false, QStringLiteral("no verdict within %1 ms").arg(bound), clock.elapsed()};
        return {finished.constFirst().at(0).toBool(), child<QLabel>(&dialog, "cephTestResultLabel")->text(), clock.elapsed()};
    }

    QByteArray settingsFileBytes()
    {
        QSettings().sync();
        QFile f(QSettings().fileName());
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private slots:
    void initTestCase()
    {
        QCOMPARE(App::installTranslations(QStringLiteral("en")), QStringLiteral("en"));
        QVERIFY(m_dir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("StackDeckTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_cephsettingsdialog_functional"));
        STACKDECK_REQUIRE_LOCAL_CLOUD(m_cloud);
        m_conf = m_cloud.stateDir + QStringLiteral("/ceph/ceph.conf");
        m_keyring = m_cloud.stateDir + QStringLiteral("/ceph/ceph.client.admin.keyring");
        QFile keyring(m_keyring);
        if (!QFile::exists(m_conf) || !keyring.open(QIODevice::ReadOnly))
            QSKIP("the local cloud has no Ceph");
        const QRegularExpressionMatch m
            = QRegularExpression(QStringLiteral("key\\s*=\\s*(\\S+)")).match(QString::fromLatin1(keyring.readAll()));
        QVERIFY(m.hasMatch());
        m_adminKey = m.captured(1);
    }

    void init() { QSettings().clear(); }

    void showsTheSourceInUse()
    {
        Ui::CephSettingsDialog fromYaml(Store(QStringLiteral("local"), cloudsYaml()), nullptr);
        QVERIFY2(child<QLabel>(&fromYaml, "cephSettingsSourceLabel")->text().contains(QLatin1String("clouds.yaml")),
                 qPrintable(child<QLabel>(&fromYaml, "cephSettingsSourceLabel")->text()));
        QCOMPARE(child<QLineEdit>(&fromYaml, "cephConfEdit")->text(), m_conf);
        QCOMPARE(child<QLineEdit>(&fromYaml, "cephClientEdit")->text(), QStringLiteral("admin"));
        QVERIFY(!child<QPushButton>(&fromYaml, "cephUseCloudsYamlButton")->isEnabled());

        Ui::CephSettingsDialog bare(Store(QStringLiteral("bare"), {}), nullptr);
        QVERIFY(child<QLabel>(&bare, "cephSettingsSourceLabel")->text().contains(QLatin1String("librados defaults")));
    }

    void wrongClientNameGivesCephsErrorInTime()
    {
        Ui::CephSettingsDialog dialog(Store(QStringLiteral("local"), cloudsYaml()), nullptr);
        dialog.setTestTimeoutSecs(5);
        dialog.show();
        child<QLineEdit>(&dialog, "cephClientEdit")->setText(QStringLiteral("nosuch-%1").arg(QCoreApplication::applicationPid()));
        const auto [ok, text, elapsed] = runTest(dialog);
        qInfo("wrong client: %lld ms: %s", static_cast<long long>(elapsed), qPrintable(text));
        QVERIFY2(!ok, qPrintable(text));
        QVERIFY2(text.startsWith(QLatin1String("Could not connect")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("client.nosuch-")), qPrintable(text)); // what was being done
        // Ceph's words (strerror of the code librados returned), not a generic failure.
        QVERIFY2(text.contains(QLatin1String("No such file or directory")) || text.contains(QLatin1String("Permission denied"))
                     || text.contains(QLatin1String("Operation not permitted")),
                 qPrintable(text));
        QVERIFY2(elapsed < (dialog.testTimeoutSecs() + 6) * 1000, qPrintable(QString::number(elapsed)));
        QVERIFY(child<QPushButton>(&dialog, "cephTestConnectionButton")->isEnabled());
    }

    // A monitor nobody answers for, and a keyring that is not there: Ceph's words, in time.
    void deadMonitorAndMissingKeyringFailInTime()
    {
        QFile conf(m_dir.path() + QStringLiteral("/dead.conf"));
        QVERIFY(conf.open(QIODevice::WriteOnly));
        conf.write("[global]\nmon_host = 127.0.0.1:9\nauth_client_required = cephx\n");
        conf.close();
        Ui::CephSettingsDialog dialog(Store(QStringLiteral("dead"), {}), nullptr);
        dialog.setTestTimeoutSecs(3);
        dialog.show();
        child<QLineEdit>(&dialog, "cephConfEdit")->setText(conf.fileName());
        child<QLineEdit>(&dialog, "cephKeyringEdit")->setText(m_keyring);
        auto [ok, text, elapsed] = runTest(dialog);
        qInfo("dead monitor: %lld ms: %s", static_cast<long long>(elapsed), qPrintable(text));
        QVERIFY2(!ok, qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("timed out"), Qt::CaseInsensitive) || text.contains(QLatin1String("within")),
                 qPrintable(text));
        QVERIFY2(elapsed < (3 + 6) * 1000, qPrintable(QString::number(elapsed)));

        child<QLineEdit>(&dialog, "cephConfEdit")->setText(m_conf);
        child<QLineEdit>(&dialog, "cephKeyringEdit")->setText(m_dir.path() + QStringLiteral("/missing.keyring"));
        std::tie(ok, text, elapsed) = runTest(dialog);
        QVERIFY2(!ok, qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("missing.keyring")) && text.contains(QLatin1String("No such file or directory")),
                 qPrintable(text));
    }

    void rightSettingsConnect()
    {
        Ui::CephSettingsDialog dialog(Store(QStringLiteral("local"), {}), nullptr);
        dialog.show();
        child<QLineEdit>(&dialog, "cephConfEdit")->setText(m_conf);
        child<QLineEdit>(&dialog, "cephKeyringEdit")->setText(m_keyring);
        child<QLineEdit>(&dialog, "cephClientEdit")->setText(QStringLiteral("client.admin"));
        const auto [ok, text, elapsed] = runTest(dialog);
        qInfo("right settings: %lld ms: %s", static_cast<long long>(elapsed), qPrintable(text));
        QVERIFY2(ok, qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("HEALTH_")), qPrintable(text));

        // Saved per cloud: paths and the client name.
        QSignalSpy changed(&dialog, &Ui::CephSettingsDialog::settingsChanged);
        QTest::mouseClick(child<QDialogButtonBox>(&dialog, "cephSettingsButtons")->button(QDialogButtonBox::Save), Qt::LeftButton);
        QCOMPARE(changed.size(), 1);
        QVERIFY(!dialog.isVisible());
        const Store store(QStringLiteral("local"), {});
        QCOMPARE(store.source(), Store::Source::UserSettings);
        QCOMPARE(store.resolve().keyringFile, m_keyring);
        QCOMPARE(store.resolve().clientName, QStringLiteral("admin"));
    }

    void pastedKeyIsUsedAndKeptInTheKeychainOnly()
    {
        Secrets::MemoryStore keychain;
        Ui::CephSettingsDialog dialog(Store(QStringLiteral("local"), cloudsYaml()), &keychain);
        dialog.show();
        child<QRadioButton>(&dialog, "cephUseKeyRadio")->setChecked(true);
        QVERIFY(!child<QLineEdit>(&dialog, "cephKeyringEdit")->isEnabled());

        // A wrong key is refused by the monitor: the pasted key really is what authenticates.
        child<QLineEdit>(&dialog, "cephSecretKeyEdit")->setText(QStringLiteral("AQAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAA=="));
        auto [ok, text, elapsed] = runTest(dialog);
        qInfo("wrong key: %lld ms: %s", static_cast<long long>(elapsed), qPrintable(text));
        QVERIFY2(!ok, qPrintable(text));

        child<QLineEdit>(&dialog, "cephSecretKeyEdit")->setText(m_adminKey);
        std::tie(ok, text, elapsed) = runTest(dialog);
        QVERIFY2(ok, qPrintable(text));

        QSignalSpy changed(&dialog, &Ui::CephSettingsDialog::settingsChanged);
        QTest::mouseClick(child<QDialogButtonBox>(&dialog, "cephSettingsButtons")->button(QDialogButtonBox::Save), Qt::LeftButton);
        QVERIFY(changed.wait(5000));
        const Store store(QStringLiteral("local"), cloudsYaml());
        QCOMPARE(store.source(), Store::Source::UserSettings);
        QVERIFY(store.userSettings()->useSecretKey);
        QString stored;
        keychain.read(store.keychainKey(QStringLiteral("admin")), this,
                      [&](const Secrets::CredentialStore::Result &r) { stored = r.secret; });
        QTRY_COMPARE(stored, m_adminKey);
        const QByteArray file = settingsFileBytes();
        QVERIFY2(file.contains("use_secret_key"), file.constData());
        QVERIFY(!file.contains(m_adminKey.toLatin1()));

        // Reopened: the stored key tests fine without pasting it again.
        Ui::CephSettingsDialog again(Store(QStringLiteral("local"), cloudsYaml()), &keychain);
        again.show();
        QVERIFY(child<QRadioButton>(&again, "cephUseKeyRadio")->isChecked());
        QVERIFY(child<QLineEdit>(&again, "cephSecretKeyEdit")->text().isEmpty());
        std::tie(ok, text, elapsed) = runTest(again);
        QVERIFY2(ok, qPrintable(text));

        // Back to clouds.yaml: the settings and the stored key are forgotten.
        QTest::mouseClick(child<QPushButton>(&again, "cephUseCloudsYamlButton"), Qt::LeftButton);
        QCOMPARE(store.source(), Store::Source::CloudsYaml);
        bool gone = false;
        keychain.read(store.keychainKey(QStringLiteral("admin")), this, [&](const Secrets::CredentialStore::Result &r) {
            gone = r.status == Secrets::CredentialStore::Status::NotFound;
        });
        QTRY_VERIFY(gone);
    }

    void unavailableKeychainSavesNothing()
    {
        Secrets::MemoryStore keychain;
        keychain.setUnavailable(true);
        Ui::CephSettingsDialog dialog(Store(QStringLiteral("local"), cloudsYaml()), &keychain);
        dialog.show();
        child<QRadioButton>(&dialog, "cephUseKeyRadio")->setChecked(true);
        child<QLineEdit>(&dialog, "cephSecretKeyEdit")->setText(m_adminKey);
        QTest::mouseClick(child<QDialogButtonBox>(&dialog, "cephSettingsButtons")->button(QDialogButtonBox::Save), Qt::LeftButton);
        QLabel *result = child<QLabel>(&dialog, "cephTestResultLabel");
        QTRY_VERIFY2(result->text().contains(QLatin1String("keychain is unavailable")), qPrintable(result->text()));
        QVERIFY(dialog.isVisible());
        QCOMPARE(Store(QStringLiteral("local"), cloudsYaml()).source(), Store::Source::CloudsYaml);
        QVERIFY(!settingsFileBytes().contains(m_adminKey.toLatin1()));
    }
};

QTEST_MAIN(TestCephSettingsDialog)
#include "tst_cephsettingsdialog_functional.moc"
