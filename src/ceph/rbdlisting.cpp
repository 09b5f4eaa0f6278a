// SPDX-License-Identifier: GPL-3.0-or-later
// The RBD listing (RadosWorker::images, imageDetails): worker thread only.
#include "ceph/radosworker.h"

#include <rados/librados.h>
#include <rbd/librbd.h>

#include <cerrno>
#include <vector>

namespace Ceph {

namespace {

QVector<RbdWatcher> watchersOf(rbd_image_t image, int *rcOut)
{
    QVector<RbdWatcher> out;
    size_t n = 8;
    std::vector<rbd_image_watcher_t> list;
    int rc = 0;
    for (;;) {
        list.resize(n);
        rc = rbd_watchers_list(image, list.data(), &n);
        if (rc != -ERANGE)
            break;
    }
    *rcOut = rc;
    if (rc < 0)
        return out;
    for (size_t i = 0; i < n; ++i)
        out.append({QString::fromUtf8(list[i].addr), list[i].id, list[i].cookie});
    rbd_watchers_list_cleanup(list.data(), n);
    return out;
}

// Everything the listing shows that librbd has in memory once the image is open (no I/O), plus
// the watchers when asked for.
void describeOpenImage(rbd_image_t image, bool withWatchers, RbdImage *out)
{
    rbd_image_info_t info;
    if (rbd_stat(image, &info, sizeof info) == 0) {
        out->sizeBytes = qint64(info.size);
        out->order = info.order;
    }
    uint64_t features = 0;
    if (rbd_get_features(image, &features) == 0)
        out->features = features;
    uint8_t old = 0;
    if (rbd_get_old_format(image, &old) == 0)
        out->format = old ? 1 : 2;
    rbd_linked_image_spec_t parent;
    rbd_snap_spec_t parentSnap;
    if (rbd_get_parent(image, &parent, &parentSnap) == 0) {
        out->parent = QString::fromUtf8(parent.pool_name) + QLatin1Char('/') + QString::fromUtf8(parent.image_name)
                      + QLatin1Char('@') + QString::fromUtf8(parentSnap.name);
        rbd_linked_image_spec_cleanup(&parent);
        rbd_snap_spec_cleanup(&parentSnap);
    }
    int maxSnaps = 16;
    std::vector<rbd_snap_info_t> snaps;
    int n = 0;
    for (;;) {
        snaps.resize(size_t(maxSnaps));
        n = rbd_snap_list(image, snaps.data(), &maxSnaps);
        if (n != -ERANGE)
            break;
    }
    if (n >= 0) {
        out->snapshotCount = n;
        rbd_snap_list_end(snaps.data());
    }
    struct timespec ts = {};
    if (rbd_get_create_timestamp(image, &ts) == 0 && ts.tv_sec > 0)
        out->createdAt = QDateTime::fromSecsSinceEpoch(ts.tv_sec);
    if (withWatchers) {
        int rc = 0;
        out->watchers = watchersOf(image, &rc);
        out->watchersKnown = rc >= 0;
    }
}

} // namespace

// Opens up to `concurrency` images at once with rbd_aio_open_read_only (read-only opens take no
// watch, so the listing never shows up as a watcher itself), reads what each needs, and closes
// them asynchronously too: the cost is a few round trips per window rather than per image.
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
        rc = rbd_list2(io, specs.data(), &count);
        if (rc != -ERANGE)
            break;
    }
    if (rc < 0) {
        *error = cephError(rc, QStringLiteral("list RBD images in pool %1").arg(pool));
        forgetIfDead(*error);
        rados_ioctx_destroy(io);
        return out;
    }
    const size_t n = count;
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
        rbd_aio_create_completion(nullptr, nullptr, &pending[i].open);
        const int r = rbd_aio_open_read_only(io, specs[i].name, &pending[i].image, nullptr, pending[i].open);
        if (r < 0) {
            // Not started: record the failure as the completion's result.
            rbd_aio_release(pending[i].open);
            pending[i].open = nullptr;
        }
    };
    out.reserve(qsizetype(n));
    for (size_t i = 0; i < n; ++i) {
        while (started < n && started < i + window)
            startOpen(started++);
        RbdImage img;
        img.pool = pool;
        img.name = QString::fromUtf8(specs[i].name);
        img.imageId = QString::fromUtf8(specs[i].id);
        img.id = pool + QLatin1Char('/') + img.name;
        int openRc = -EIO;
        if (pending[i].open) {
            rbd_aio_wait_for_complete(pending[i].open);
            openRc = int(rbd_aio_get_return_value(pending[i].open));
            rbd_aio_release(pending[i].open);
        }
        if (openRc == -ENOENT)
            continue; // removed since the list: not an image any more
        if (openRc < 0) {
            img.error = cephError(openRc, QStringLiteral("open %1").arg(img.id)).message;
            if (openRc == -ETIMEDOUT && !*error)
                *error = cephError(openRc, QStringLiteral("open RBD image %1").arg(img.id));
        } else {
            describeOpenImage(pending[i].image, options.watchers, &img);
            rbd_completion_t close = nullptr;
            rbd_aio_create_completion(nullptr, nullptr, &close);
            if (rbd_aio_close(pending[i].image, close) == 0) {
                closes.push_back(close);
            } else {
                rbd_aio_release(close);
                rbd_close(pending[i].image);
            }
        }
        out.append(std::move(img));
    }
    for (rbd_completion_t c : closes) {
        rbd_aio_wait_for_complete(c);
        rbd_aio_release(c);
    }
    rbd_image_spec_list_cleanup(specs.data(), n);
    rados_ioctx_destroy(io);
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
    int rc = rbd_open_read_only(io, name.toUtf8().constData(), &image, nullptr);
    if (rc < 0) {
        *error = cephError(rc, QStringLiteral("open RBD image %1").arg(spec));
        forgetIfDead(*error);
        rados_ioctx_destroy(io);
        return d;
    }
    d.image.pool = pool;
    d.image.name = name;
    d.image.id = spec;
    char id[64] = {};
    if (rbd_get_id(image, id, sizeof id) == 0)
        d.image.imageId = QString::fromLatin1(id);
    describeOpenImage(image, true, &d.image);
    d.watchers = d.image.watchers;

    int maxSnaps = 16;
    std::vector<rbd_snap_info_t> snaps;
    int n = 0;
    for (;;) {
        snaps.resize(size_t(maxSnaps));
        n = rbd_snap_list(image, snaps.data(), &maxSnaps);
        if (n != -ERANGE)
            break;
    }
    for (int i = 0; i < n; ++i) {
        RbdSnapshot s;
        s.snapId = snaps[size_t(i)].id;
        s.name = QString::fromUtf8(snaps[size_t(i)].name);
        s.sizeBytes = qint64(snaps[size_t(i)].size);
        int isProtected = 0;
        if (rbd_snap_is_protected(image, snaps[size_t(i)].name, &isProtected) == 0)
            s.isProtected = isProtected != 0;
        d.snapshots.append(s);
    }
    if (n >= 0)
        rbd_snap_list_end(snaps.data());

    // Used space: cheap only with a valid fast-diff object map, so only then.
    uint64_t flags = 0;
    const bool fastDiff = (d.image.features & RBD_FEATURE_FAST_DIFF) && rbd_get_flags(image, &flags) == 0
                          && !(flags & RBD_FLAG_FAST_DIFF_INVALID);
    if (fastDiff) {
        qint64 used = 0;
        rc = rbd_diff_iterate2(image, nullptr, 0, uint64_t(d.image.sizeBytes), 0, 1, addUsed, &used);
        if (rc == 0) {
            d.usedBytes = used;
            d.usedIsExact = true;
            d.image.usedBytes = used;
        }
    }
    rbd_close(image);
    rados_ioctx_destroy(io);
    return d;
}

} // namespace Ceph
