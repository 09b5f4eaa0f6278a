// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ceph/settings.h"
#include "ceph/types.h"
#include "core/error.h"

#include <QObject>
#include <functional>

namespace Ceph {

struct ListOptions
{
    // Without watchers the listing reads each image's header (one OSD operation per image, all
    // in flight at once); with them, images are opened (rbd_aio_open_read_only, `concurrency` at
    // once) to read their watch lists — the cross-layer view and the Ceph tab ask for that.
    bool watchers = false;
    int concurrency = 64;
};

// A Ceph cluster, as the Ceph tab, the cross-layer view and the Volumes tab see it.
//
// Threading contract: create, call and destroy on the GUI thread. No method blocks: librados and
// librbd are only ever called on the cluster's own worker thread. Callbacks come back on the GUI
// thread, exactly once, and only while `context` lives. Calls run one after another in the order
// given. The first call connects (rados_connect with client_mount_timeout, rados_mon_op_timeout and
// rados_osd_op_timeout from ClusterSettings); a call that fails because the cluster stopped
// answering drops the connection so the next call connects afresh (the tab recovers by itself
// when the monitor is back). A GUI-side watchdog (callTimeoutMs) bounds every call even if
// librados does not return. Errors carry Ceph's own text (strerror of the code, the monitor's
// message) and what was being done.
//
// Backends: Cluster::create() gives the librados/librbd one; tests may derive their own.
class Cluster : public QObject
{
    Q_OBJECT
public:
    enum class State { Disconnected, Connecting, Connected, Failed };
    Q_ENUM(State)

    using DoneCallback = std::function<void(const Core::Error &)>;
    using StatusCallback = std::function<void(const ClusterStatus &, const Core::Error &)>;
    using PoolsCallback = std::function<void(const QVector<Pool> &, const Core::Error &)>;
    using ImagesCallback = std::function<void(const QVector<RbdImage> &, const Core::Error &)>;
    using DetailsCallback = std::function<void(const ImageDetails &, const Core::Error &)>;
    using TrashCallback = std::function<void(const QVector<TrashEntry> &, const Core::Error &)>;

    static Cluster *create(const ClusterSettings &settings, QObject *parent = nullptr);

    using QObject::QObject;

    virtual ClusterSettings settings() const = 0;
    virtual State state() const = 0;
    virtual Core::Error lastError() const = 0;

    virtual void status(QObject *context, StatusCallback done) = 0;
    virtual void pools(QObject *context, PoolsCallback done) = 0;
    virtual void images(const QString &pool, const ListOptions &options, QObject *context, ImagesCallback done) = 0;
    virtual void imageDetails(const QString &pool, const QString &image, QObject *context, DetailsCallback done) = 0;
    virtual void trash(const QString &pool, QObject *context, TrashCallback done) = 0;
    // Create, resize, snapshots, clone, flatten, trash, delete. Delete is refused while the image
    // has watchers; shrinking needs op.allowShrink (the UI sets it after the name was typed).
    virtual void apply(const ImageOp &op, QObject *context, DoneCallback done) = 0;

signals:
    void stateChanged(Ceph::Cluster::State state);
};

} // namespace Ceph
