// SPDX-License-Identifier: GPL-3.0-or-later
#include "libvirt/libvirtlibrary.h"

#include <QCoreApplication>
#include <QThread>

namespace Libvirt {

namespace {

Core::Error loadError(const QString &message)
{
    Core::Error e = Core::Error::make(Core::Error::Kind::Backend, message,
                                      QCoreApplication::translate("Libvirt::LibvirtLibrary", "load the libvirt library"));
    e.service = QStringLiteral("libvirt");
    return e;
}

template<typename F>
bool resolve(void *handle, const QByteArray &soname, const char *name, F *out, Core::Error *error)
{
    if (Core::resolveFunction(handle, name, out))
        return true;
    *error = loadError(QCoreApplication::translate("Libvirt::LibvirtLibrary",
                                                   "%1 has no function %2: it is too old or not libvirt's. Install "
                                                   "the package libvirt0 in a newer version.")
                           .arg(QString::fromLocal8Bit(soname), QLatin1String(name)));
    return false;
}

} // namespace

LibvirtLibraryLoader::LibvirtLibraryLoader(QByteArray soname)
    : m_soname(std::move(soname))
{
}

const LibvirtLibrary *LibvirtLibraryLoader::get(Core::Error *error)
{
    return m_once.get([this](LibvirtLibrary *lib) { return load(lib); }, error);
}

Core::Error LibvirtLibraryLoader::load(LibvirtLibrary *lib) const
{
    // Never closed: the event loop thread runs inside it for the rest of the process.
    QString why;
    void *handle = Core::openLibrary(m_soname, &why);
    if (!handle) {
        return loadError(QCoreApplication::translate("Libvirt::LibvirtLibrary",
                                                     "%1 could not be loaded (%2). Install the package libvirt0 to "
                                                     "use hypervisors.")
                             .arg(QString::fromLocal8Bit(m_soname), why));
    }
    Core::Error error;
#define STACKDECK_RESOLVE_LIBVIRT(name)                                                                      \
    if (!resolve(handle, m_soname, #name, &lib->name, &error))                                               \
        return error;
    STACKDECK_LIBVIRT_FUNCTIONS(STACKDECK_RESOLVE_LIBVIRT)
#undef STACKDECK_RESOLVE_LIBVIRT
    return {};
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
