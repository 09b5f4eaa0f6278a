// SPDX-License-Identifier: GPL-3.0-or-later
// The RBD listing (RadosWorker::images, imageDetails): worker thread only.
#include "ceph/radosworker.h"

#include "ceph/cephlibrary.h"

#include <rados/librados.h>
#include <rbd/librbd.h>

#include <cerrno>
#include <cstring>
#include <vector>

namespace Ceph {

namespace {

QVector<RbdWatcher> watchersOf(const CephLibrary &lib, rbd_image_t image, int *rcOut)
{
    QVector<RbdWatcher> out;
    size_t n = 8;
    std::vector<rbd_image_watcher_t> list;
    int rc = 0;
    for (;;) {
        list.resize(n);
        rc = lib.rbd_watchers_list(image, list.data(), &n);
        if (rc != -ERANGE)
            break;
    }
    *rcOut = rc;
    if (rc < 0)
        return out;
    for (size_t i = 0; i < n; ++i)
        out.append({QString::fromUtf8(list[i].addr), list[i].id, list[i].cookie});
    lib.rbd_watchers_list_cleanup(list.data(), n);
    return out;
}

// Everything the listing shows that librbd has in memory once the image is open (no I/O), plus
// the watchers when asked for.
void describeOpenImage(const CephLibrary &lib, rbd_image_t image, bool withWatchers, RbdImage *out)
{
    rbd_image_info_t info;
    if (lib.rbd_stat(image, &info, sizeof info) == 0) {
        out->sizeBytes = qint64(info.size);
        out->order = info.order;
    }
    uint64_t features = 0;
    if (lib.rbd_get_features(image, &features) == 0)
        out->features = features;
    uint8_t old = 0;
    if (lib.rbd_get_old_format(image, &old) == 0)
        out->format = old ? 1 : 2;
    rbd_linked_image_spec_t parent;
    rbd_snap_spec_t parentSnap;
    if (lib.rbd_get_parent(image, &parent, &parentSnap) == 0) {
        out->parent = QString::fromUtf8(parent.pool_name) + QLatin1Char('/') + QString::fromUtf8(parent.image_name)
                      + QLatin1Char('@') + QString::fromUtf8(parentSnap.name);
        lib.rbd_linked_image_spec_cleanup(&parent);
        lib.rbd_snap_spec_cleanup(&parentSnap);
    }
    int maxSnaps = 16;
    std::vector<rbd_snap_info_t> snaps;
    int n = 0;
    for (;;) {
        snaps.resize(size_t(maxSnaps));
        n = lib.rbd_snap_list(image, snaps.data(), &maxSnaps);
        if (n != -ERANGE)
            break;
    }
    if (n >= 0) {
        out->snapshotCount = n;
        lib.rbd_snap_list_end(snaps.data());
    }
    struct timespec ts = {};
    if (lib.rbd_get_create_timestamp(image, &ts) == 0 && ts.tv_sec > 0)
        out->createdAt = QDateTime::fromSecsSinceEpoch(ts.tv_sec);
    if (withWatchers) {
        int rc = 0;
        out->watchers = watchersOf(lib, image, &rc);
        out->watchersKnown = rc >= 0;
    }
}

} // namespace

namespace {

// The fast listing reads each image's header object with one compound librados read: the rbd
// object class's get_size, get_features, get_snapcontext, get_create_timestamp and get_parent
// methods. One OSD operation per image instead of the several round trips of an image open, all
// in flight at once. Answers are decoded from Ceph's little-endian encoding.
constexpr quint64 kNoSnap = 0xfffffffffffffffeULL; // CEPH_NOSNAP

struct Reader
{
    const char *p;
    size_t left;
    bool ok = true;
    template<typename T>
    T get()
    {
        T v{};
        if (left < sizeof(T)) {
            ok = false;
            return v;
        }
        memcpy(&v, p, sizeof(T)); // the encoding is little-endian, as this host
        p += sizeof(T);
        left -= sizeof(T);
        return v;
    }
};

struct HeaderRead
{
    rados_read_op_t op = nullptr;
    rados_completion_t done = nullptr;
    char *out[5] = {};
    size_t len[5] = {};
    int rval[5] = {-1, -1, -1, -1, -1};
    bool started = false;
};

const char kSnapIn[8] = {'\xfe', '\xff', '\xff', '\xff', '\xff', '\xff', '\xff', '\xff'};

void startHeaderRead(const CephLibrary &lib, rados_ioctx_t io, const char *imageId, HeaderRead *h)
{
    static_assert(sizeof kSnapIn == sizeof kNoSnap);
    h->op = lib.rados_create_read_op();
    lib.rados_read_op_exec(h->op, "rbd", "get_size", kSnapIn, 8, &h->out[0], &h->len[0], &h->rval[0]);
    lib.rados_read_op_exec(h->op, "rbd", "get_features", kSnapIn, 8, &h->out[1], &h->len[1], &h->rval[1]);
    lib.rados_read_op_exec(h->op, "rbd", "get_snapcontext", nullptr, 0, &h->out[2], &h->len[2], &h->rval[2]);
    lib.rados_read_op_exec(h->op, "rbd", "get_create_timestamp", nullptr, 0, &h->out[3], &h->len[3], &h->rval[3]);
    lib.rados_read_op_exec(h->op, "rbd", "get_parent", kSnapIn, 8, &h->out[4], &h->len[4], &h->rval[4]);
    lib.rados_aio_create_completion2(nullptr, nullptr, &h->done);
    const QByteArray oid = QByteArrayLiteral("rbd_header.") + imageId;
    h->started = lib.rados_aio_read_op_operate(h->op, io, h->done, oid.constData(), 0) == 0;
}

// Fills size, order, features, snapshot count and creation time; returns false when the header
// could not be read this way (then the image is opened instead). *hasParent says a clone.
bool finishHeaderRead(const CephLibrary &lib, HeaderRead *h, RbdImage *img, bool *hasParent)
{
    int rc = -EIO;
    if (h->started) {
        lib.rados_aio_wait_for_complete(h->done);
        rc = lib.rados_aio_get_return_value(h->done);
    }
    bool ok = rc >= 0 && h->rval[0] >= 0 && h->rval[1] >= 0 && h->rval[2] >= 0;
    if (ok) {
        Reader size{h->out[0], h->len[0]};
        img->order = size.get<quint8>();
        img->sizeBytes = qint64(size.get<quint64>());
        Reader features{h->out[1], h->len[1]};
        img->features = features.get<quint64>();
        Reader snapc{h->out[2], h->len[2]};
        snapc.get<quint64>(); // seq
        img->snapshotCount = int(snapc.get<quint32>());
        ok = size.ok && features.ok && snapc.ok;
        if (h->rval[3] >= 0) {
            Reader ts{h->out[3], h->len[3]};
            const quint32 sec = ts.get<quint32>();
            if (ts.ok && sec > 0)
                img->createdAt = QDateTime::fromSecsSinceEpoch(sec);
        }
        *hasParent = false;
        if (h->rval[4] >= 0) {
            Reader parent{h->out[4], h->len[4]};
            *hasParent = parent.get<qint64>() >= 0 && parent.ok;
        } else if (h->rval[4] != -ENOENT) {
            *hasParent = true; // cannot tell: let the open path decide
        }
        img->format = 2;
    }
    for (int i = 0; i < 5; ++i) {
        if (h->out[i])
            lib.rados_buffer_free(h->out[i]);
    }
    if (h->done)
        lib.rados_aio_release(h->done);
    if (h->op)
        lib.rados_release_read_op(h->op);
    return ok;
}

} // namespace

// Header reads first (see above) unless watchers are wanted; the images left are opened up to
// `concurrency` at once with rbd_aio_open_read_only (read-only opens take no watch, so the listing
// never shows up as a watcher itself) and closed asynchronously too.
QVector<RbdImage> RadosWorker::images(const QString &pool, const ListOptions &options, Core::Error *error)
{
    QVector<RbdImage> out;
    auto io = static_cast<rados_ioctx_t>(openIoctx(pool, error));
    if (!io)
        return out;
    size_t count = 256;
    std::vector<rbd_image_spec_t> specs;
    int rc = 0;
    for (;;) {
        specs.resize(count);
        rc = m_lib->rbd_list2(io, specs.data(), &count);
        if (rc != -ERANGE)
            break;
    }
    if (rc < 0) {
        *error = cephError(rc, QStringLiteral("list RBD images in pool %1").arg(pool));
        forgetIfDead(*error);
        m_lib->rados_ioctx_destroy(io);
        return out;
    }
    const size_t n = count;
    // Without watchers (which need the image's watch list) the header reads are enough; images
    // they cannot describe (format 1, clones whose parent must be named) take the open path.
    std::vector<bool> needsOpen(n, true);
    QVector<RbdImage> fastImages(static_cast<qsizetype>(n));
    if (!options.watchers) {
        const size_t window = 256;
        std::vector<HeaderRead> reads(n);
        size_t issued = 0;
        for (size_t i = 0; i < n; ++i) {
            while (issued < n && issued < i + window) {
                startHeaderRead(*m_lib, io, specs[issued].id, &reads[issued]);
                ++issued;
            }
            RbdImage &img = fastImages[qsizetype(i)];
            img.pool = pool;
            img.name = QString::fromUtf8(specs[i].name);
            img.imageId = QString::fromUtf8(specs[i].id);
            img.id = pool + QLatin1Char('/') + img.name;
            bool hasParent = false;
            needsOpen[i] = !finishHeaderRead(*m_lib, &reads[i], &img, &hasParent) || hasParent;
        }
    }
    struct Slot
    {
        rbd_image_t image = nullptr;
        rbd_completion_t open = nullptr;
    };
    std::vector<Slot> pending(n);
    std::vector<rbd_completion_t> closes;
    closes.reserve(n);
    const size_t window = size_t(qMax(1, options.concurrency));
    size_t started = 0;
    auto startOpen = [&](size_t i) {
        m_lib->rbd_aio_create_completion(nullptr, nullptr, &pending[i].open);
        const int r = m_lib->rbd_aio_open_read_only(io, specs[i].name, &pending[i].image, nullptr, pending[i].open);
        if (r < 0) {
            // Not started: record the failure as the completion's result.
            m_lib->rbd_aio_release(pending[i].open);
            pending[i].open = nullptr;
        }
    };
    out.reserve(qsizetype(n));
    // Only the images the fast path could not describe are opened.
    std::vector<size_t> toOpen;
    for (size_t i = 0; i < n; ++i) {
        if (needsOpen[i])
            toOpen.push_back(i);
        else
            out.append(fastImages.at(qsizetype(i)));
    }
    for (size_t k = 0; k < toOpen.size(); ++k) {
        const size_t i = toOpen[k];
        while (started < toOpen.size() && started < k + window)
            startOpen(toOpen[started++]);
        RbdImage img;
        img.pool = pool;
        img.name = QString::fromUtf8(specs[i].name);
        img.imageId = QString::fromUtf8(specs[i].id);
        img.id = pool + QLatin1Char('/') + img.name;
        int openRc = -EIO;
        if (pending[i].open) {
            m_lib->rbd_aio_wait_for_complete(pending[i].open);
            openRc = int(m_lib->rbd_aio_get_return_value(pending[i].open));
            m_lib->rbd_aio_release(pending[i].open);
        }
        if (openRc == -ENOENT)
            continue; // removed since the list: not an image any more
        if (openRc < 0) {
            img.error = cephError(openRc, QStringLiteral("open %1").arg(img.id)).message;
            if (openRc == -ETIMEDOUT && !*error)
                *error = cephError(openRc, QStringLiteral("open RBD image %1").arg(img.id));
        } else {
            describeOpenImage(*m_lib, pending[i].image, options.watchers, &img);
            rbd_completion_t close = nullptr;
            m_lib->rbd_aio_create_completion(nullptr, nullptr, &close);
            if (m_lib->rbd_aio_close(pending[i].image, close) == 0) {
                closes.push_back(close);
            } else {
                m_lib->rbd_aio_release(close);
                m_lib->rbd_close(pending[i].image);
            }
        }
        out.append(std::move(img));
    }
    for (rbd_completion_t c : closes) {
        m_lib->rbd_aio_wait_for_complete(c);
        m_lib->rbd_aio_release(c);
    }
    m_lib->rbd_image_spec_list_cleanup(specs.data(), n);
    m_lib->rados_ioctx_destroy(io);
    if (*error)
        forgetIfDead(*error);
    return out;
}

namespace {

int addUsed(uint64_t, size_t length, int exists, void *arg)
{
    if (exists)
        *static_cast<qint64 *>(arg) += qint64(length);
    return 0;
}

} // namespace

ImageDetails RadosWorker::imageDetails(const QString &pool, const QString &name, Core::Error *error)
{
    ImageDetails d;
    auto io = static_cast<rados_ioctx_t>(openIoctx(pool, error));
    if (!io)
        return d;
    rbd_image_t image = nullptr;
    const QString spec = pool + QLatin1Char('/') + name;
    int rc = m_lib->rbd_open_read_only(io, name.toUtf8().constData(), &image, nullptr);
    if (rc < 0) {
        *error = cephError(rc, QStringLiteral("open RBD image %1").arg(spec));
        forgetIfDead(*error);
        m_lib->rados_ioctx_destroy(io);
        return d;
    }
    d.image.pool = pool;
    d.image.name = name;
    d.image.id = spec;
    char id[64] = {};
    if (m_lib->rbd_get_id(image, id, sizeof id) == 0)
        d.image.imageId = QString::fromLatin1(id);
    describeOpenImage(*m_lib, image, true, &d.image);
    d.watchers = d.image.watchers;

    int maxSnaps = 16;
    std::vector<rbd_snap_info_t> snaps;
    int n = 0;
    for (;;) {
        snaps.resize(size_t(maxSnaps));
        n = m_lib->rbd_snap_list(image, snaps.data(), &maxSnaps);
        if (n != -ERANGE)
            break;
    }
    for (int i = 0; i < n; ++i) {
        RbdSnapshot s;
        s.snapId = snaps[size_t(i)].id;
        s.name = QString::fromUtf8(snaps[size_t(i)].name);
        s.sizeBytes = qint64(snaps[size_t(i)].size);
        int isProtected = 0;
        if (m_lib->rbd_snap_is_protected(image, snaps[size_t(i)].name, &isProtected) == 0)
            s.isProtected = isProtected != 0;
        d.snapshots.append(s);
    }
    if (n >= 0)
        m_lib->rbd_snap_list_end(snaps.data());

    // Used space: cheap only with a valid fast-diff object map, so only then.
    uint64_t flags = 0;
    const bool fastDiff = (d.image.features & RBD_FEATURE_FAST_DIFF) && m_lib->rbd_get_flags(image, &flags) == 0
                          && !(flags & RBD_FLAG_FAST_DIFF_INVALID);
    if (fastDiff) {
        qint64 used = 0;
        rc = m_lib->rbd_diff_iterate2(image, nullptr, 0, uint64_t(d.image.sizeBytes), 0, 1, addUsed, &used);
        if (rc == 0) {
            d.usedBytes = used;
            d.usedIsExact = true;
            d.image.usedBytes = used;
        }
    }
    m_lib->rbd_close(image);
    m_lib->rados_ioctx_destroy(io);
    return d;
}

} // namespace Ceph
