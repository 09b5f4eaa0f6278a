// SPDX-License-Identifier: GPL-3.0-or-later
// Ceph::CephLibrary: librados/librbd are not linked but opened on first use, on the thread that
// asks; every function the Ceph layer calls resolves; a missing library or function is an error
// that names it and the packages to install; two threads asking first at once load it once.
#include "ceph/cephlibrary.h"

#include <QTest>

#include <dlfcn.h>
#include <latch>
#include <thread>

using Ceph::CephLibrary;
using Ceph::CephLibraryLoader;

namespace {

bool isLoaded(const char *soname)
{
    void *handle = dlopen(soname, RTLD_NOW | RTLD_NOLOAD);
    if (handle)
        dlclose(handle); // drops only the reference RTLD_NOLOAD just took
    return handle != nullptr;
}

} // namespace

class TestCephLibrary : public QObject
{
    Q_OBJECT
private slots:
    // First: nothing before it may have loaded the libraries.
    void processCopyLoadsOnFirstUseOnTheCallingThread()
    {
        QVERIFY2(!isLoaded("librados.so.2"), "librados is loaded at start-up: something still links it");
        QVERIFY2(!isLoaded("librbd.so.1"), "librbd is loaded at start-up: something still links it");

        const CephLibrary *lib = nullptr;
        Core::Error error;
        // A worker thread, as in the product (the GUI thread may not pay for the load).
        std::thread([&]() { lib = Ceph::cephLibrary(&error); }).join();
        QVERIFY2(lib, qPrintable(error.toString()));
        QVERIFY(!error);
        QVERIFY(isLoaded("librados.so.2"));
        QVERIFY(isLoaded("librbd.so.1"));

        // Every function resolved, checked by name.
#define CHECK_RESOLVED(name) QVERIFY2(lib->name != nullptr, #name " is not resolved");
        STACKDECK_RADOS_FUNCTIONS(CHECK_RESOLVED)
        STACKDECK_RBD_FUNCTIONS(CHECK_RESOLVED)
#undef CHECK_RESOLVED

        // And they are the real functions: a cluster handle made and released (no connection).
        rados_t cluster = nullptr;
        QCOMPARE(lib->rados_create(&cluster, "admin"), 0);
        QVERIFY(cluster);
        QCOMPARE(lib->rados_conf_set(cluster, "log_to_stderr", "false"), 0);
        lib->rados_shutdown(cluster);

        // The same copy afterwards.
        const CephLibrary *again = nullptr;
        std::thread([&]() { again = Ceph::cephLibrary(nullptr); }).join();
        QCOMPARE(again, lib);
    }

    void concurrentFirstUseLoadsOnce()
    {
        CephLibraryLoader loader(QByteArrayLiteral("librados.so.2"), QByteArrayLiteral("librbd.so.1"));
        QCOMPARE(loader.loadCount(), 0); // constructing loads nothing
        constexpr int kThreads = 4;
        const CephLibrary *seen[kThreads] = {};
        std::latch start(kThreads);
        std::vector<std::thread> threads;
        for (int i = 0; i < kThreads; ++i) {
            threads.emplace_back([&, i]() {
                start.arrive_and_wait(); // all ask at the same moment
                seen[i] = loader.get(nullptr);
            });
        }
        for (std::thread &t : threads)
            t.join();
        QCOMPARE(loader.loadCount(), 1);
        QVERIFY(seen[0]);
        for (int i = 1; i < kThreads; ++i)
            QCOMPARE(seen[i], seen[0]);
    }

    void missingLibraryIsAClearErrorEveryTime()
    {
        CephLibraryLoader loader(QByteArrayLiteral("libstackdeck-no-such.so.9"), QByteArrayLiteral("librbd.so.1"));
        Core::Error error;
        QVERIFY(!loader.get(&error));
        QCOMPARE(error.kind, Core::Error::Kind::Backend);
        QCOMPARE(error.service, QStringLiteral("ceph"));
        QVERIFY2(error.message.contains(QLatin1String("libstackdeck-no-such.so.9")), qPrintable(error.message));
        QVERIFY2(error.message.contains(QLatin1String("librados2 and librbd1")), qPrintable(error.message));
        QVERIFY(!error.context.isEmpty());

        // Later callers get the same answer, without another attempt.
        Core::Error later;
        QVERIFY(!loader.get(&later));
        QCOMPARE(later.message, error.message);
        QVERIFY(!loader.get(nullptr)); // no error wanted: still no crash
        QCOMPARE(loader.loadCount(), 1);
    }

    void missingFunctionIsNamed()
    {
        // A real library that is not librbd: the first rbd_* function is missing.
        CephLibraryLoader loader(QByteArrayLiteral("librados.so.2"), QByteArrayLiteral("libc.so.6"));
        Core::Error error;
        QVERIFY(!loader.get(&error));
        QCOMPARE(error.kind, Core::Error::Kind::Backend);
        QVERIFY2(error.message.contains(QLatin1String("libc.so.6")), qPrintable(error.message));
        QVERIFY2(error.message.contains(QLatin1String("rbd_list2")), qPrintable(error.message));
        QVERIFY2(error.message.contains(QLatin1String("librados2 and librbd1")), qPrintable(error.message));
    }
};

QTEST_GUILESS_MAIN(TestCephLibrary)
#include "tst_cephlibrary.moc"
