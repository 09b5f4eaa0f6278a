// SPDX-License-Identifier: GPL-3.0-or-later
#include "secrets/memorystore.h"

#include <QSignalSpy>
#include <QTest>

using Secrets::CredentialStore;

class TestMemoryStore : public QObject
{
    Q_OBJECT
private slots:
    void roundTripIsAsynchronous()
    {
        Secrets::MemoryStore store;
        bool written = false;
        store.write(QStringLiteral("k"), QStringLiteral("v"), this, [&](const CredentialStore::Result &r) {
            QCOMPARE(r.status, CredentialStore::Status::Ok);
            written = true;
        });
        QVERIFY(!written); // never delivered synchronously
        QTRY_VERIFY(written);
        QString got;
        store.read(QStringLiteral("k"), this, [&](const CredentialStore::Result &r) { got = r.secret; });
        QTRY_COMPARE(got, QStringLiteral("v"));
    }

    void missingAndRemoved()
    {
        Secrets::MemoryStore store;
        CredentialStore::Status status = CredentialStore::Status::Ok;
        bool done = false;
        store.read(QStringLiteral("nope"), this, [&](const CredentialStore::Result &r) {
            status = r.status;
            done = true;
        });
        QTRY_VERIFY(done);
        QCOMPARE(status, CredentialStore::Status::NotFound);
    }

    void deadContextGetsNoCallback()
    {
        Secrets::MemoryStore store;
        auto *context = new QObject;
        bool called = false;
        store.read(QStringLiteral("k"), context, [&](const CredentialStore::Result &) { called = true; });
        delete context;
        QTest::qWait(20);
        QVERIFY(!called);
    }

    void unavailableSaysSo()
    {
        Secrets::MemoryStore store;
        store.setUnavailable(true);
        CredentialStore::Status status = CredentialStore::Status::Ok;
        bool done = false;
        store.write(QStringLiteral("k"), QStringLiteral("v"), this, [&](const CredentialStore::Result &r) {
            status = r.status;
            done = true;
        });
        QTRY_VERIFY(done);
        QCOMPARE(status, CredentialStore::Status::Unavailable);
    }

    void keysAreStable()
    {
        QCOMPARE(CredentialStore::keyFor(QStringLiteral("c"), QStringLiteral("admin"), QStringLiteral("http://k:5000/v3")),
                 QStringLiteral("cloud/c/admin@http://k:5000/v3"));
    }
};

QTEST_GUILESS_MAIN(TestMemoryStore)
#include "tst_memorystore.moc"
