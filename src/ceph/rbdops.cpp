// SPDX-License-Identifier: GPL-3.0-or-later
// Changes to RBD images (RadosWorker::apply): worker thread only.
#include "ceph/radosworker.h"

#include "ceph/cephlibrary.h"

#include <rados/librados.h>
#include <rbd/librbd.h>

#include <cerrno>
#include <vector>

namespace Ceph {

namespace {

// Closes the image and the pool handles however the operation ends.
struct OpenImage
{
    const CephLibrary &lib;
    rados_ioctx_t io = nullptr;
    rbd_image_t image = nullptr;
    ~OpenImage()
    {
        if (image)
            lib.rbd_close(image);
        if (io)
            lib.rados_ioctx_destroy(io);
    }
};

QByteArray utf8(const QString &s)
{
    return s.toUtf8();
}

} // namespace

Core::Error RadosWorker::apply(const ImageOp &op)
{
    using Kind = ImageOp::Kind;
    const QString what = op.describe();
    Core::Error error;
    // openIoctx loads the libraries first: m_lib is set once it succeeded.
    const auto io = static_cast<rados_ioctx_t>(openIoctx(op.pool, &error));
    if (!io)
        return error;
    OpenImage h{*m_lib, io};
    if ((op.kind == Kind::Create || op.kind == Kind::Clone) && op.destImage.isEmpty() && op.image.trimmed().isEmpty())
        return Core::Error::make(Core::Error::Kind::InvalidInput, QStringLiteral("an image needs a name"), what);

    auto fail = [&](int rc, const QString &detail = {}) {
        Core::Error e = cephError(rc, what, detail);
        forgetIfDead(e);
        return e;
    };
    const QByteArray name = utf8(op.image);
    const QByteArray snap = utf8(op.snapshot);

    switch (op.kind) {
    case Kind::Create: {
        if (op.sizeBytes <= 0)
            return Core::Error::make(Core::Error::Kind::InvalidInput, QStringLiteral("the size must be more than 0"), what);
        rbd_image_options_t opts;
        m_lib->rbd_image_options_create(&opts);
        const int rc = m_lib->rbd_create4(h.io, name.constData(), uint64_t(op.sizeBytes), opts);
        m_lib->rbd_image_options_destroy(opts);
        return rc < 0 ? fail(rc, rc == -EEXIST ? QStringLiteral("an image with that name already exists") : QString()) : Core::Error{};
    }
    case Kind::TrashRestore: {
        const int rc = m_lib->rbd_trash_restore(h.io, utf8(op.trashId).constData(), name.constData());
        return rc < 0 ? fail(rc) : Core::Error{};
    }
    case Kind::TrashRemove: {
        const int rc = m_lib->rbd_trash_remove(h.io, utf8(op.trashId).constData(), false);
        return rc < 0 ? fail(rc) : Core::Error{};
    }
    default:
        break;
    }

    // The rest act on an existing image; watchers are looked at before anything is destroyed.
    int rc = m_lib->rbd_open(h.io, name.constData(), &h.image, nullptr);
    if (rc < 0)
        return fail(rc, rc == -ENOENT ? QStringLiteral("no such image") : QString());

    if (op.kind == Kind::Remove || op.kind == Kind::TrashMove) {
        size_t n = 8;
        std::vector<rbd_image_watcher_t> watchers(n);
        rc = m_lib->rbd_watchers_list(h.image, watchers.data(), &n);
        if (rc == -ERANGE) {
            watchers.resize(n);
            rc = m_lib->rbd_watchers_list(h.image, watchers.data(), &n);
        }
        if (rc >= 0) {
            // Our own rbd_open holds one watch: anything beyond it is someone else.
            QStringList others;
            const rados_t cluster = static_cast<rados_t>(m_cluster);
            const uint64_t myId = m_lib->rados_get_instance_id(cluster);
            for (size_t i = 0; i < n; ++i) {
                if (uint64_t(watchers[i].id) != myId)
                    others.append(QString::fromUtf8(watchers[i].addr));
            }
            m_lib->rbd_watchers_list_cleanup(watchers.data(), n);
            if (!others.isEmpty())
                return cephError(EBUSY, what, QStringLiteral("the image is in use (watched by %1)").arg(others.join(QStringLiteral(", "))));
        }
    }

    switch (op.kind) {
    case Kind::Resize: {
        rbd_image_info_t info;
        m_lib->rbd_stat(h.image, &info, sizeof info);
        if (uint64_t(op.sizeBytes) < info.size && !op.allowShrink)
            return Core::Error::make(Core::Error::Kind::InvalidInput,
                                     QStringLiteral("shrinking loses data; it needs an explicit confirmation"), what);
        rc = m_lib->rbd_resize2(h.image, uint64_t(op.sizeBytes), op.allowShrink, nullptr, nullptr);
        break;
    }
    case Kind::SnapCreate: rc = m_lib->rbd_snap_create(h.image, snap.constData()); break;
    case Kind::SnapRollback: rc = m_lib->rbd_snap_rollback(h.image, snap.constData()); break;
    case Kind::SnapProtect: rc = m_lib->rbd_snap_protect(h.image, snap.constData()); break;
    case Kind::SnapUnprotect: rc = m_lib->rbd_snap_unprotect(h.image, snap.constData()); break;
    case Kind::SnapRemove: rc = m_lib->rbd_snap_remove(h.image, snap.constData()); break;
    case Kind::Flatten: rc = m_lib->rbd_flatten(h.image); break;
    case Kind::Clone: {
        m_lib->rbd_close(h.image);
        h.image = nullptr;
        rados_ioctx_t dest = h.io;
        if (!op.destPool.isEmpty() && op.destPool != op.pool) {
            dest = static_cast<rados_ioctx_t>(openIoctx(op.destPool, &error));
            if (!dest)
                return error;
        }
        rbd_image_options_t opts;
        m_lib->rbd_image_options_create(&opts);
        rc = m_lib->rbd_clone3(h.io, name.constData(), snap.constData(), dest, utf8(op.destImage).constData(), opts);
        m_lib->rbd_image_options_destroy(opts);
        if (dest != h.io)
            m_lib->rados_ioctx_destroy(dest);
        if (rc == -EEXIST)
            return fail(rc, QStringLiteral("an image with that name already exists"));
        break;
    }
    case Kind::TrashMove:
        m_lib->rbd_close(h.image);
        h.image = nullptr;
        rc = m_lib->rbd_trash_move(h.io, name.constData(), 0);
        break;
    case Kind::Remove:
        m_lib->rbd_close(h.image);
        h.image = nullptr;
        rc = m_lib->rbd_remove(h.io, name.constData());
        if (rc == -ENOTEMPTY)
            return fail(rc, QStringLiteral("the image still has snapshots"));
        if (rc == -EBUSY)
            return fail(rc, QStringLiteral("the image is in use or has clones"));
        break;
    default:
        break;
    }
    return rc < 0 ? fail(rc) : Core::Error{};
}

} // namespace Ceph
