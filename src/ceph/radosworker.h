// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ceph/cluster.h"

#include <QJsonDocument>
#include <QObject>

namespace Ceph {

struct CephLibrary;

// Internal to the Ceph layer: owns the rados_t and makes every blocking librados/librbd call, on
// the worker thread it was moved to. Created and fed only by the Cluster implementation.
class RadosWorker : public QObject
{
    Q_OBJECT
public:
    explicit RadosWorker(ClusterSettings settings);
    ~RadosWorker() override;

    // Worker thread only. Each connects first when needed.
    Core::Error ensureConnected();
    ClusterStatus status(Core::Error *error);
    QVector<Pool> pools(Core::Error *error);
    QVector<RbdImage> images(const QString &pool, const ListOptions &options, Core::Error *error);
    ImageDetails imageDetails(const QString &pool, const QString &image, Core::Error *error);
    QVector<TrashEntry> trash(const QString &pool, Core::Error *error);
    Core::Error apply(const ImageOp &op);
    void disconnectCluster();

    // Ceph's words for a negative return code, with what was being done.
    static Core::Error cephError(int rc, const QString &what, const QString &detail = {});

signals:
    void done(quint64 callId);

private:
    QJsonDocument monCommand(const QString &json, const QString &what, Core::Error *error);
    // Drops the connection after a failure that means the cluster stopped answering.
    void forgetIfDead(const Core::Error &error);
    void *openIoctx(const QString &pool, Core::Error *error); // rados_ioctx_t

    ClusterSettings m_settings;
    void *m_cluster = nullptr; // rados_t
    // Set by ensureConnected on this worker's thread once librados/librbd are loaded; every call
    // through it comes after a successful ensureConnected.
    const CephLibrary *m_lib = nullptr;
};

} // namespace Ceph
