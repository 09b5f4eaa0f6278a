// SPDX-License-Identifier: GPL-3.0-or-later
// Ceph::ClusterSettingsStore: which Ceph connection a cloud uses (the user's settings, then
// clouds.yaml's stackdeck: key, then librados's defaults), and a pasted key that lives in the
// keychain only — read back from the settings file to prove it.
#include "ceph/clustersettingsstore.h"
#include "secrets/memorystore.h"

#include <QCoreApplication>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using Ceph::ClusterSettingsStore;
using Store = ClusterSettingsStore;

namespace {
const QString kKey = QStringLiteral("AQBtZXNzYWdlLXNlY3JldC1rZXktdGVzdC0wMDE9PQ==");

QVariantMap cloudsYaml()
{
    return {{QStringLiteral("ceph_conf"), QStringLiteral("/etc/ceph/formal.conf")},
            {QStringLiteral("ceph_keyring"), QStringLiteral("/etc/ceph/ceph.client.cinder.keyring")},
            {QStringLiteral("ceph_client"), QStringLiteral("client.cinder")}};
}
} // namespace

class TestCephSettings : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    QByteArray settingsFileBytes()
    {
        QSettings().sync();
        QFile f(QSettings().fileName());
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    struct Loaded
    {
        Ceph::ClusterSettings settings;
        Core::Error error;
    };
    Loaded loadNow(const Store &store, Secrets::CredentialStore *keychain)
    {
        Loaded out;
        bool done = false;
        store.load(keychain, this, [&](const Ceph::ClusterSettings &s, const Core::Error &e) {
            out = {s, e};
            done = true;
        });
        if (!QTest::qWaitFor([&]() { return done; }, 5000))
            out.error = Core::Error::make(Core::Error::Kind::Timeout, QStringLiteral("load never answered"));
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("StackDeckTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_cephsettings"));
    }

    void init() { QSettings().clear(); }

    void defaultsWhenNothingIsSet()
    {
        const Store store(QStringLiteral("bare"), {});
        QCOMPARE(store.source(), Store::Source::Defaults);
        const Ceph::ClusterSettings s = store.resolve();
        QVERIFY(s.confFile.isEmpty()); // librados looks where it always does
        QVERIFY(s.keyringFile.isEmpty());
        QCOMPARE(s.clientName, QStringLiteral("admin"));
    }

    void cloudsYamlOverDefaults()
    {
        const Store store(QStringLiteral("formal"), cloudsYaml());
        QCOMPARE(store.source(), Store::Source::CloudsYaml);
        const Ceph::ClusterSettings s = store.resolve();
        QCOMPARE(s.confFile, QStringLiteral("/etc/ceph/formal.conf"));
        QCOMPARE(s.keyringFile, QStringLiteral("/etc/ceph/ceph.client.cinder.keyring"));
        QCOMPARE(s.clientName, QStringLiteral("cinder"));
    }

    void userSettingsOverCloudsYamlPerCloud()
    {
        Store formal(QStringLiteral("formal"), cloudsYaml());
        Store::UserSettings u;
        u.confFile = QStringLiteral("/srv/ceph/ceph.conf");
        u.keyringFile = QStringLiteral("/srv/ceph/docker.keyring");
        u.clientName = QStringLiteral("client.docker");
        formal.saveUserSettings(u);

        QCOMPARE(formal.source(), Store::Source::UserSettings);
        const Ceph::ClusterSettings s = formal.resolve();
        QCOMPARE(s.confFile, u.confFile);
        QCOMPARE(s.keyringFile, u.keyringFile);
        QCOMPARE(s.clientName, QStringLiteral("docker"));

        // Another cloud is not affected; a second store of the same cloud sees the same.
        QCOMPARE(Store(QStringLiteral("dev"), cloudsYaml()).source(), Store::Source::CloudsYaml);
        QCOMPARE(Store(QStringLiteral("formal"), {}).resolve().clientName, QStringLiteral("docker"));

        formal.clearUserSettings();
        QCOMPARE(formal.source(), Store::Source::CloudsYaml);
        QCOMPARE(formal.resolve().clientName, QStringLiteral("cinder"));
    }

    void cloudNamesWithSlashesStayApart()
    {
        Store a(QStringLiteral("a/b"), {});
        Store::UserSettings u;
        u.clientName = QStringLiteral("x");
        a.saveUserSettings(u);
        QCOMPARE(Store(QStringLiteral("a"), {}).source(), Store::Source::Defaults);
        QCOMPARE(Store(QStringLiteral("a/b"), {}).resolve().clientName, QStringLiteral("x"));
    }

    void pastedKeyComesFromTheKeychainOnly()
    {
        Secrets::MemoryStore keychain;
        Store store(QStringLiteral("formal"), cloudsYaml());
        Store::UserSettings u;
        u.confFile = QStringLiteral("/srv/ceph/ceph.conf");
        u.keyringFile = QStringLiteral("/srv/ceph/ignored.keyring");
        u.clientName = QStringLiteral("docker");
        u.useSecretKey = true;
        store.saveUserSettings(u);
        bool written = false;
        keychain.write(store.keychainKey(QStringLiteral("client.docker")), kKey, this,
                       [&](const Secrets::CredentialStore::Result &r) { written = r.status == Secrets::CredentialStore::Status::Ok; });
        QTRY_VERIFY(written);
        QCOMPARE(store.keychainKey(QStringLiteral("docker")), QStringLiteral("ceph/formal/client.docker"));

        // resolve() never carries the key; load() reads it into secretKey.
        QVERIFY(store.resolve().secretKey.isEmpty());
        QVERIFY(store.resolve().keyringFile.isEmpty()); // the key replaces the keyring
        const Loaded loaded = loadNow(store, &keychain);
        QVERIFY2(!loaded.error, qPrintable(loaded.error.toString()));
        QCOMPARE(loaded.settings.secretKey, kKey);
        QCOMPARE(loaded.settings.clientName, QStringLiteral("docker"));
        QVERIFY(!loaded.settings.describe().contains(kKey));

        const QByteArray file = settingsFileBytes();
        QVERIFY2(file.contains("docker"), file.constData()); // the settings were written…
        QVERIFY(file.contains("/srv/ceph/ceph.conf"));
        QVERIFY(!file.contains(kKey.toLatin1())); // …the key was not
        QVERIFY(!file.contains("ignored.keyring"));
    }

    void unavailableKeychainSaysSoAndDoesNotFallBack()
    {
        Secrets::MemoryStore keychain;
        keychain.setUnavailable(true);
        Store store(QStringLiteral("formal"), cloudsYaml());
        Store::UserSettings u;
        u.clientName = QStringLiteral("docker");
        u.useSecretKey = true;
        store.saveUserSettings(u);
        const Loaded loaded = loadNow(store, &keychain);
        QVERIFY(loaded.error.isError());
        QVERIFY2(loaded.error.message.contains(QLatin1String("unavailable")), qPrintable(loaded.error.message));
        QVERIFY(loaded.error.context.contains(QLatin1String("client.docker")));
        QVERIFY(loaded.settings.secretKey.isEmpty());
        QVERIFY(loaded.settings.keyringFile.isEmpty()); // not quietly swapped for a keyring file
    }

    void missingKeyAndNoKeychainAreErrors()
    {
        Secrets::MemoryStore keychain;
        Store store(QStringLiteral("formal"), {});
        Store::UserSettings u;
        u.useSecretKey = true;
        store.saveUserSettings(u);
        Loaded loaded = loadNow(store, &keychain);
        QVERIFY(loaded.error.isError());
        QVERIFY2(loaded.error.message.contains(QLatin1String("no key")), qPrintable(loaded.error.message));
        loaded = loadNow(store, nullptr);
        QVERIFY(loaded.error.isError());
    }

    void keyringNeedsNoKeychain()
    {
        Store store(QStringLiteral("formal"), cloudsYaml());
        const Loaded loaded = loadNow(store, nullptr);
        QVERIFY(!loaded.error);
        QCOMPARE(loaded.settings.keyringFile, QStringLiteral("/etc/ceph/ceph.client.cinder.keyring"));
    }
};

QTEST_GUILESS_MAIN(TestCephSettings)
#include "tst_cephsettings.moc"
