// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>

namespace Ceph {

struct HealthCheck
{
    QString id;       // the check's code: "OSD_DOWN", "POOL_NO_REDUNDANCY", …
    QString severity; // HEALTH_WARN, HEALTH_ERR
    QString summary;
    QStringList details;
    bool operator==(const HealthCheck &) const = default;
};

// `ceph health detail` + `ceph df`: what the top of the tab shows.
struct ClusterStatus
{
    QString health; // HEALTH_OK, HEALTH_WARN, HEALTH_ERR
    QVector<HealthCheck> checks;
    qint64 totalBytes = 0;
    qint64 usedRawBytes = 0;
    qint64 availBytes = 0;
    int osds = 0;
    QString fsid;
};

struct Pool
{
    QString id; // the pool's name (unique in a cluster; the row key)
    QString name;
    qint64 poolId = 0;
    int pgNum = 0;
    int size = 0; // replicas
    int minSize = 0;
    QStringList applications;
    qint64 storedBytes = 0;
    qint64 usedBytes = 0;
    qint64 objects = 0;
    qint64 maxAvailBytes = 0;
    double percentUsed = 0; // 0..1
    qint64 quotaBytes = 0;   // 0 = none
    qint64 quotaObjects = 0; // 0 = none

    bool hasRbd() const { return applications.contains(QStringLiteral("rbd")); }
    bool operator==(const Pool &) const = default;
};

struct RbdWatcher
{
    QString address; // "127.0.0.1:0/1234567"
    qint64 clientId = 0;
    quint64 cookie = 0;
    bool operator==(const RbdWatcher &) const = default;
};

struct RbdSnapshot
{
    quint64 snapId = 0;
    QString name;
    qint64 sizeBytes = 0;
    bool isProtected = false;
    bool operator==(const RbdSnapshot &) const = default;
};

// One RBD image as the fast listing sees it. `id` is "pool/name" (the row key).
struct RbdImage
{
    QString id;
    QString pool;
    QString name;
    QString imageId; // librbd's internal id
    qint64 sizeBytes = 0;
    qint64 usedBytes = -1; // provisioned vs used: -1 when not measured (details only)
    quint64 features = 0;
    int order = 0;
    int format = 2;
    QString parent; // "pool/image@snap" of a clone
    int snapshotCount = 0;
    QVector<RbdWatcher> watchers; // filled when asked for (ListOptions::watchers)
    bool watchersKnown = false;
    QDateTime createdAt;
    QString error; // an image that could not be opened is listed with why

    QStringList featureNames() const { return featureNamesOf(features); }
    static QStringList featureNamesOf(quint64 features);
    bool operator==(const RbdImage &) const = default;
};

struct ImageDetails
{
    RbdImage image;
    QVector<RbdSnapshot> snapshots;
    QVector<RbdWatcher> watchers;
    qint64 usedBytes = -1; // -1: fast-diff not enabled and not measured
    bool usedIsExact = false;
};

struct TrashEntry
{
    QString id; // librbd image id
    QString pool;
    QString name;
    QDateTime deletedAt;
    QDateTime deferredUntil;
    bool operator==(const TrashEntry &) const = default;
};

// A change to an image, done by Cluster::apply().
struct ImageOp
{
    enum class Kind {
        Create,        // pool, image, sizeBytes
        Resize,        // pool, image, sizeBytes, allowShrink
        SnapCreate,    // pool, image, snapshot
        SnapRollback,  // pool, image, snapshot
        SnapProtect,   // pool, image, snapshot
        SnapUnprotect, // pool, image, snapshot
        SnapRemove,    // pool, image, snapshot
        Clone,         // pool, image, snapshot -> destPool, destImage
        Flatten,       // pool, image
        TrashMove,     // pool, image
        TrashRestore,  // pool, trashId, image (new name; empty = the old one)
        TrashRemove,   // pool, trashId
        Remove,        // pool, image (refused while watched)
    };
    Kind kind = Kind::Create;
    QString pool;
    QString image;
    QString snapshot;
    QString destPool;
    QString destImage;
    QString trashId;
    qint64 sizeBytes = 0;
    bool allowShrink = false;

    // "resize volumes/foo to 20 GiB": for errors and the status bar.
    QString describe() const;
};

// Parsers of the monitor's JSON answers (pure; unit-tested with recorded output).
ClusterStatus parseHealthAndDf(const QJsonObject &health, const QJsonObject &df, Core::Error *error);
QVector<Pool> parsePools(const QJsonArray &poolDetail, const QJsonObject &df, Core::Error *error);

// "volume-<uuid>" and friends: what an RBD image's name says about its owner.
QString humanBytes(qint64 bytes);

} // namespace Ceph
