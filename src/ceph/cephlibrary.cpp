// SPDX-License-Identifier: GPL-3.0-or-later
#include "ceph/cephlibrary.h"

#include <QCoreApplication>
#include <QThread>

namespace Ceph {

namespace {

Core::Error loadError(const QString &message)
{
    Core::Error e = Core::Error::make(Core::Error::Kind::Backend, message,
                                      QCoreApplication::translate("Ceph::CephLibrary", "load Ceph's client libraries"));
    e.service = QStringLiteral("ceph");
    return e;
}

template<typename F>
bool resolve(void *handle, const QByteArray &soname, const char *name, F *out, Core::Error *error)
{
    if (Core::resolveFunction(handle, name, out))
        return true;
    *error = loadError(QCoreApplication::translate("Ceph::CephLibrary",
                                                   "%1 has no function %2: it is too old or not Ceph's. Install the "
                                                   "packages librados2 and librbd1 in a newer version.")
                           .arg(QString::fromLocal8Bit(soname), QLatin1String(name)));
    return false;
}

void *open(const QByteArray &soname, Core::Error *error)
{
    QString why;
    void *handle = Core::openLibrary(soname, &why);
    if (!handle) {
        *error = loadError(QCoreApplication::translate("Ceph::CephLibrary",
                                                       "%1 could not be loaded (%2). Install the packages librados2 and "
                                                       "librbd1 to use Ceph.")
                               .arg(QString::fromLocal8Bit(soname), why));
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
    return m_once.get([this](CephLibrary *lib) { return load(lib); }, error);
}

Core::Error CephLibraryLoader::load(CephLibrary *lib) const
{
    Core::Error error;
    void *rados = open(m_radosSoname, &error);
    if (!rados)
        return error;
    void *rbd = open(m_rbdSoname, &error);
    if (!rbd)
        return error;
#define STACKDECK_RESOLVE_RADOS(name)                                                                        \
    if (!resolve(rados, m_radosSoname, #name, &lib->name, &error))                                           \
        return error;
#define STACKDECK_RESOLVE_RBD(name)                                                                          \
    if (!resolve(rbd, m_rbdSoname, #name, &lib->name, &error))                                               \
        return error;
    STACKDECK_RADOS_FUNCTIONS(STACKDECK_RESOLVE_RADOS)
    STACKDECK_RBD_FUNCTIONS(STACKDECK_RESOLVE_RBD)
#undef STACKDECK_RESOLVE_RADOS
#undef STACKDECK_RESOLVE_RBD
    return {};
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
