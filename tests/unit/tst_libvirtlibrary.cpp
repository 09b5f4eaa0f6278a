// SPDX-License-Identifier: GPL-3.0-or-later
// Libvirt::LibvirtLibrary: libvirt is not linked but opened on first use, on the thread that
// asks; every function the Libvirt layer calls resolves; a missing library or function is an error
// that names it and the package to install; two threads asking first at once load it once.
#include "libvirt/libvirtlibrary.h"

#include <QTest>

#include <dlfcn.h>
#include <latch>
#include <thread>

using Libvirt::LibvirtLibrary;
using Libvirt::LibvirtLibraryLoader;

namespace {

bool isLoaded(const char *soname)
{
    void *handle = dlopen(soname, RTLD_NOW | RTLD_NOLOAD);
    if (handle)
        dlclose(handle); // drops only the reference RTLD_NOLOAD just took
    return handle != nullptr;
}

} // namespace

class TestLibvirtLibrary : public QObject
{
    Q_OBJECT
private slots:
    // First: nothing before it may have loaded the library.
    void processCopyLoadsOnFirstUseOnTheCallingThread()
    {
        QVERIFY2(!isLoaded("libvirt.so.0"), "libvirt is loaded at start-up: something still links it");

        const LibvirtLibrary *lib = nullptr;
        Core::Error error;
        // A worker thread, as in the product (the GUI thread may not pay for the load).
        std::thread([&]() { lib = Libvirt::libvirtLibrary(&error); }).join();
        QVERIFY2(lib, qPrintable(error.toString()));
        QVERIFY(!error);
        QVERIFY(isLoaded("libvirt.so.0"));

#define CHECK_RESOLVED(name) QVERIFY2(lib->name != nullptr, #name " is not resolved");
        STACKDECK_LIBVIRT_FUNCTIONS(CHECK_RESOLVED)
#undef CHECK_RESOLVED

        // And they are the real functions: libvirt's own test driver answers through them.
        virConnectPtr conn = lib->virConnectOpen("test:///default");
        QVERIFY(conn);
        QCOMPARE(lib->virConnectIsAlive(conn), 1);
        const char *type = lib->virConnectGetType(conn);
        QVERIFY(type);
        QCOMPARE(QLatin1String(type), QLatin1String("TEST"));
        QVERIFY(lib->virConnectClose(conn) >= 0);

        const LibvirtLibrary *again = nullptr;
        std::thread([&]() { again = Libvirt::libvirtLibrary(nullptr); }).join();
        QCOMPARE(again, lib);
    }

    void concurrentFirstUseLoadsOnce()
    {
        LibvirtLibraryLoader loader(QByteArrayLiteral("libvirt.so.0"));
        QCOMPARE(loader.loadCount(), 0); // constructing loads nothing
        constexpr int kThreads = 4;
        const LibvirtLibrary *seen[kThreads] = {};
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
        LibvirtLibraryLoader loader(QByteArrayLiteral("libstackdeck-no-such.so.9"));
        Core::Error error;
        QVERIFY(!loader.get(&error));
        QCOMPARE(error.kind, Core::Error::Kind::Backend);
        QCOMPARE(error.service, QStringLiteral("libvirt"));
        QVERIFY2(error.message.contains(QLatin1String("libstackdeck-no-such.so.9")), qPrintable(error.message));
        QVERIFY2(error.message.contains(QLatin1String("libvirt0")), qPrintable(error.message));
        QVERIFY(!error.context.isEmpty());

        Core::Error later;
        QVERIFY(!loader.get(&later));
        QCOMPARE(later.message, error.message);
        QVERIFY(!loader.get(nullptr)); // no error wanted: still no crash
        QCOMPARE(loader.loadCount(), 1);
    }

    void missingFunctionIsNamed()
    {
        // A real library that is not libvirt: the first function is missing.
        LibvirtLibraryLoader loader(QByteArrayLiteral("libc.so.6"));
        Core::Error error;
        QVERIFY(!loader.get(&error));
        QCOMPARE(error.kind, Core::Error::Kind::Backend);
        QVERIFY2(error.message.contains(QLatin1String("libc.so.6")), qPrintable(error.message));
        QVERIFY2(error.message.contains(QLatin1String("virInitialize")), qPrintable(error.message));
        QVERIFY2(error.message.contains(QLatin1String("libvirt0")), qPrintable(error.message));
    }
};

QTEST_GUILESS_MAIN(TestLibvirtLibrary)
#include "tst_libvirtlibrary.moc"
