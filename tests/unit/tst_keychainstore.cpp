// SPDX-License-Identifier: GPL-3.0-or-later
// The real system keychain through QtKeychain. With a Secret Service on the session bus (CI runs
// this under dbus-run-session with an unlocked gnome-keyring) it must store, read and delete;
// without one, every call must end as Unavailable — never crash, never fall back to a file.
#include "secrets/keychainstore.h"

#include <QDir>
#include <QDirIterator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using Secrets::CredentialStore;

class TestKeychainStore : public QObject
{
    Q_OBJECT

    CredentialStore::Result call(std::function<void(CredentialStore::Callback)> op)
    {
        CredentialStore::Result out;
        bool done = false;
        op([&](const CredentialStore::Result &r) {
            out = r;
            done = true;
        });
        [&]() { QTRY_VERIFY_WITH_TIMEOUT(done, 20000); }();
        return out;
    }

    static bool secretServiceExpected() { return !qEnvironmentVariableIsEmpty("STACKDECK_TEST_SECRET_SERVICE"); }

private slots:
    void storeReadDelete()
    {
        Secrets::KeychainStore store(QStringLiteral("StackDeckTest"));
        QSignalSpy unavailable(&store, &CredentialStore::unavailable);
        const QString key = QStringLiteral("cloud/test/admin@http://127.0.0.1:5000");
        const QString secret = QStringLiteral("correct horse battery staple");
        auto w = call([&](auto cb) { store.write(key, secret, this, cb); });
        if (w.status == CredentialStore::Status::Unavailable) {
            QCOMPARE(unavailable.count(), 1);
            QVERIFY(!w.message.isEmpty());
            if (secretServiceExpected())
                QFAIL(qPrintable(QStringLiteral("secret service expected but unavailable: ") + w.message));
            QSKIP("no Secret Service on this bus; the unavailable path was checked");
        }
        QCOMPARE(w.status, CredentialStore::Status::Ok);
        auto r = call([&](auto cb) { store.read(key, this, cb); });
        QCOMPARE(r.status, CredentialStore::Status::Ok);
        QCOMPARE(r.secret, secret);
        auto d = call([&](auto cb) { store.remove(key, this, cb); });
        QCOMPARE(d.status, CredentialStore::Status::Ok);
        auto gone = call([&](auto cb) { store.read(key, this, cb); });
        QCOMPARE(gone.status, CredentialStore::Status::NotFound);
        QCOMPARE(unavailable.count(), 0);
    }

    void secretNeverLandsInConfigFiles()
    {
        // Whatever the backend did, the secret must not be in any file under our config dirs.
        const QString secret = QStringLiteral("correct horse battery staple");
        const QString config = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
        QDirIterator it(config, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (f.open(QIODevice::ReadOnly))
                QVERIFY2(!f.readAll().contains(secret.toUtf8()), qPrintable(f.fileName()));
        }
    }
};

QTEST_GUILESS_MAIN(TestKeychainStore)
#include "tst_keychainstore.moc"
