// SPDX-License-Identifier: GPL-3.0-or-later
#include "ceph/cephlibrary.h"

#include <QCoreApplication>
#include <QThread>

#include <cstring>
#include <dlfcn.h>

namespace Ceph {

namespace {

Core::Error loadError(const QString &message)
{
    Core::Error e = Core::Error::make(Core::Error::Kind::Backend, message,
                                      QCoreApplication::translate("Ceph::CephLibrary", "load Ceph's client libraries"));
    e.service = QStringLiteral("ceph");
    return e;
}

// dlsym's answer as the function pointer type of the member (memcpy: ISO C++ has no cast from an
// object pointer to a function pointer).
template<typename F>
bool resolve(void *handle, const QByteArray &soname, const char *name, F *out, Core::Error *error)
{
    void *symbol = dlsym(handle, name);
    if (!symbol) {
        *error = loadError(QCoreApplication::translate("Ceph::CephLibrary",
                                                       "%1 has no function %2: it is too old or not Ceph's. Install the "
                                                       "packages librados2 and librbd1 in a newer version.")
                               .arg(QString::fromLocal8Bit(soname), QLatin1String(name)));
        return false;
    }
    static_assert(sizeof(F) == sizeof(void *));
    std::memcpy(out, &symbol, sizeof symbol);
    return true;
}

void *open(const QByteArray &soname, Core::Error *error)
{
    // RTLD_LOCAL: their symbols stay out of the global namespace, so nothing else in the process
    // binds to them by accident. Never closed: librados keeps threads and static state.
    void *handle = dlopen(soname.constData(), RTLD_NOW | RTLD_LOCAL);
    if (!handle) {
        const char *why = dlerror();
        *error = loadError(QCoreApplication::translate("Ceph::CephLibrary",
                                                       "%1 could not be loaded (%2). Install the packages librados2 and "
                                                       "librbd1 to use Ceph.")
                               .arg(QString::fromLocal8Bit(soname), QString::fromLocal8Bit(why ? why : "not found")));
    }
    return handle;
}

} // namespace

CephLibraryLoader::CephLibraryLoader(QByteArray radosSoname, QByteArray rbdSoname)
    : m_radosSoname(std::move(radosSoname))
    , m_rbdSoname(std::move(rbdSoname))
{
}

const CephLibrary *CephLibraryLoader::get(Core::Error *error)
{
    std::call_once(m_once, [this]() { load(); });
    if (m_error) {
        if (error)
            *error = m_error;
        return nullptr;
    }
    return &m_lib;
}

void CephLibraryLoader::load()
{
    m_loads.fetch_add(1);
    void *rados = open(m_radosSoname, &m_error);
    if (!rados)
        return;
    void *rbd = open(m_rbdSoname, &m_error);
    if (!rbd)
        return;
    // Filled into a copy so a failure half-way leaves no half-usable table behind.
    CephLibrary lib;
#define STACKDECK_RESOLVE_RADOS(name)                                                                        \
    if (!resolve(rados, m_radosSoname, #name, &lib.name, &m_error))                                          \
        return;
#define STACKDECK_RESOLVE_RBD(name)                                                                          \
    if (!resolve(rbd, m_rbdSoname, #name, &lib.name, &m_error))                                              \
        return;
    STACKDECK_RADOS_FUNCTIONS(STACKDECK_RESOLVE_RADOS)
    STACKDECK_RBD_FUNCTIONS(STACKDECK_RESOLVE_RBD)
#undef STACKDECK_RESOLVE_RADOS
#undef STACKDECK_RESOLVE_RBD
    m_lib = lib;
}

const CephLibrary *cephLibrary(Core::Error *error)
{
    static CephLibraryLoader loader(QByteArrayLiteral("librados.so.2"), QByteArrayLiteral("librbd.so.1"));
    // The load blocks for tens of milliseconds: only workers may pay it.
    Q_ASSERT_X(!QCoreApplication::instance() || QThread::currentThread() != QCoreApplication::instance()->thread(),
               "Ceph::cephLibrary", "librados must be loaded on a worker thread, not the GUI thread");
    return loader.get(error);
}

} // namespace Ceph
