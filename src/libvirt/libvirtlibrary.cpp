// SPDX-License-Identifier: GPL-3.0-or-later
#include "libvirt/libvirtlibrary.h"

#include <QCoreApplication>
#include <QThread>

#include <cstring>
#include <dlfcn.h>

namespace Libvirt {

namespace {

Core::Error loadError(const QString &message)
{
    Core::Error e = Core::Error::make(Core::Error::Kind::Backend, message,
                                      QCoreApplication::translate("Libvirt::LibvirtLibrary", "load the libvirt library"));
    e.service = QStringLiteral("libvirt");
    return e;
}

// dlsym's answer as the function pointer type of the member (memcpy: ISO C++ has no cast from an
// object pointer to a function pointer).
template<typename F>
bool resolve(void *handle, const QByteArray &soname, const char *name, F *out, Core::Error *error)
{
    void *symbol = dlsym(handle, name);
    if (!symbol) {
        *error = loadError(QCoreApplication::translate("Libvirt::LibvirtLibrary",
                                                       "%1 has no function %2: it is too old or not libvirt's. Install "
                                                       "the package libvirt0 in a newer version.")
                               .arg(QString::fromLocal8Bit(soname), QLatin1String(name)));
        return false;
    }
    static_assert(sizeof(F) == sizeof(void *));
    std::memcpy(out, &symbol, sizeof symbol);
    return true;
}

} // namespace

LibvirtLibraryLoader::LibvirtLibraryLoader(QByteArray soname)
    : m_soname(std::move(soname))
{
}

const LibvirtLibrary *LibvirtLibraryLoader::get(Core::Error *error)
{
    std::call_once(m_once, [this]() { load(); });
    if (m_error) {
        if (error)
            *error = m_error;
        return nullptr;
    }
    return &m_lib;
}

void LibvirtLibraryLoader::load()
{
    m_loads.fetch_add(1);
    // RTLD_LOCAL: its symbols stay out of the global namespace. Never closed: the event loop
    // thread runs inside it for the rest of the process.
    void *handle = dlopen(m_soname.constData(), RTLD_NOW | RTLD_LOCAL);
    if (!handle) {
        const char *why = dlerror();
        m_error = loadError(QCoreApplication::translate("Libvirt::LibvirtLibrary",
                                                        "%1 could not be loaded (%2). Install the package libvirt0 to "
                                                        "use hypervisors.")
                                .arg(QString::fromLocal8Bit(m_soname), QString::fromLocal8Bit(why ? why : "not found")));
        return;
    }
    // Filled into a copy so a failure half-way leaves no half-usable table behind.
    LibvirtLibrary lib;
#define STACKDECK_RESOLVE_LIBVIRT(name)                                                                      \
    if (!resolve(handle, m_soname, #name, &lib.name, &m_error))                                              \
        return;
    STACKDECK_LIBVIRT_FUNCTIONS(STACKDECK_RESOLVE_LIBVIRT)
#undef STACKDECK_RESOLVE_LIBVIRT
    m_lib = lib;
}

const LibvirtLibrary *libvirtLibrary(Core::Error *error)
{
    static LibvirtLibraryLoader loader(QByteArrayLiteral("libvirt.so.0"));
    // The load blocks for tens of milliseconds: only workers may pay it.
    Q_ASSERT_X(!QCoreApplication::instance() || QThread::currentThread() != QCoreApplication::instance()->thread(),
               "Libvirt::libvirtLibrary", "libvirt must be loaded on a worker thread, not the GUI thread");
    return loader.get(error);
}

} // namespace Libvirt
