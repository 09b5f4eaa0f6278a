// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "core/sharedlibrary.h"

#include <QByteArray>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

namespace Libvirt {

// Every libvirt function the Libvirt layer calls. The headers stay the source of the types
// (decltype below) and constants; adding a call means adding its name here.
#define STACKDECK_LIBVIRT_FUNCTIONS(X)                                                                       \
    X(virInitialize)                                                                                         \
    X(virSetErrorFunc)                                                                                       \
    X(virGetLastError)                                                                                       \
    X(virResetLastError)                                                                                     \
    X(virEventRegisterDefaultImpl)                                                                           \
    X(virEventRunDefaultImpl)                                                                                \
    X(virEventAddTimeout)                                                                                    \
    X(virConnectOpen)                                                                                        \
    X(virConnectClose)                                                                                       \
    X(virConnectIsAlive)                                                                                     \
    X(virConnectSetKeepAlive)                                                                                \
    X(virConnectDomainEventRegisterAny)                                                                      \
    X(virConnectDomainEventDeregisterAny)                                                                    \
    X(virConnectListAllDomains)                                                                              \
    X(virConnectGetAllDomainStats)                                                                           \
    X(virConnectGetHostname)                                                                                 \
    X(virConnectGetType)                                                                                     \
    X(virConnectGetLibVersion)                                                                               \
    X(virNodeGetInfo)                                                                                        \
    X(virDomainStatsRecordListFree)                                                                          \
    X(virDomainLookupByUUIDString)                                                                           \
    X(virDomainGetXMLDesc)                                                                                   \
    X(virDomainGetInfo)                                                                                      \
    X(virDomainGetName)                                                                                      \
    X(virDomainGetUUIDString)                                                                                \
    X(virDomainFree)                                                                                         \
    X(virDomainCreate)                                                                                       \
    X(virDomainShutdown)                                                                                     \
    X(virDomainDestroy)                                                                                      \
    X(virDomainSuspend)                                                                                      \
    X(virDomainResume)                                                                                       \
    X(virDomainReboot)

// libvirt as function pointers. It is opened with dlopen the first time the Libvirt layer needs
// it instead of being linked: it and its dependencies cost more start-up time than Qt itself,
// for a tab many sessions never open.
struct LibvirtLibrary
{
#define STACKDECK_LIBVIRT_POINTER(name) decltype(&::name) name = nullptr;
    STACKDECK_LIBVIRT_FUNCTIONS(STACKDECK_LIBVIRT_POINTER)
#undef STACKDECK_LIBVIRT_POINTER
};

// The process's copy, loaded from libvirt.so.0 on the first call and kept until the process ends.
// Thread-safe; call it on the worker thread that is about to use libvirt (the load takes tens of
// milliseconds, never to be spent on the GUI thread). Returns nullptr and sets *error (naming the
// library or function and the package to install) when the load failed; every later call returns
// the same error.
const LibvirtLibrary *libvirtLibrary(Core::Error *error);

// One load from the given soname, at most once however many threads ask at the same time.
// libvirtLibrary() owns the process's instance; tests make their own to name other libraries.
class LibvirtLibraryLoader
{
public:
    explicit LibvirtLibraryLoader(QByteArray soname);
    LibvirtLibraryLoader(const LibvirtLibraryLoader &) = delete;
    LibvirtLibraryLoader &operator=(const LibvirtLibraryLoader &) = delete;

    const LibvirtLibrary *get(Core::Error *error);
    // How many times the load ran (0 or 1): the tests' proof that concurrent first use loads once.
    int loadCount() const { return m_once.loadCount(); }

private:
    Core::Error load(LibvirtLibrary *lib) const;

    const QByteArray m_soname;
    Core::LoadOnce<LibvirtLibrary> m_once;
};

} // namespace Libvirt
