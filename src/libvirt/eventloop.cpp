// SPDX-License-Identifier: GPL-3.0-or-later
#include "libvirt/eventloop.h"

#include "libvirt/libvirtlibrary.h"

#include <mutex>
#include <thread>

namespace Libvirt {

namespace {

// libvirt prints every error to stderr unless a handler is set; errors are read per call
// (virGetLastError) and reported in words, so the default printing is silenced.
void quietErrorHandler(void *, virErrorPtr) {}

} // namespace

bool EventLoop::ensureRunning()
{
    static std::once_flag once;
    static bool ok = false;
    std::call_once(once, []() {
        // The process's copy lives as long as the process: the thread below may keep a pointer.
        const LibvirtLibrary *lib = libvirtLibrary(nullptr);
        if (!lib)
            return;
        lib->virInitialize();
        lib->virSetErrorFunc(nullptr, quietErrorHandler);
        ok = lib->virEventRegisterDefaultImpl() == 0;
        if (!ok)
            return;
        // A periodic no-op timer so each iteration returns now and then even with no events.
        lib->virEventAddTimeout(1000, [](int, void *) {}, nullptr, nullptr);
        // Detached on purpose: it lives as long as the process, like libvirt's registration.
        std::thread([lib]() {
            for (;;)
                lib->virEventRunDefaultImpl();
        }).detach();
    });
    return ok;
}

} // namespace Libvirt
