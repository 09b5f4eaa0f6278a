// SPDX-License-Identifier: GPL-3.0-or-later
#include "ceph/types.h"

#include <QJsonArray>
#include <QLocale>

namespace Ceph {

namespace {

// librbd feature bits (RBD_FEATURE_*), stable across releases.
struct FeatureName
{
    quint64 bit;
    const char *name;
};
constexpr FeatureName kFeatures[] = {
    {1ULL << 0, "layering"},     {1ULL << 1, "striping"},    {1ULL << 2, "exclusive-lock"},
    {1ULL << 3, "object-map"},   {1ULL << 4, "fast-diff"},   {1ULL << 5, "deep-flatten"},
    {1ULL << 6, "journaling"},   {1ULL << 7, "data-pool"},   {1ULL << 8, "operations"},
    {1ULL << 9, "migrating"},    {1ULL << 10, "non-primary"}, {1ULL << 11, "dirty-cache"},
};

Core::Error badAnswer(const QString &what)
{
    Core::Error e = Core::Error::make(Core::Error::Kind::BadResponse, what);
    e.service = QStringLiteral("ceph");
    return e;
}

} // namespace

QStringList RbdImage::featureNamesOf(quint64 features)
{
    QStringList names;
    for (const FeatureName &f : kFeatures) {
        if (features & f.bit)
            names.append(QLatin1String(f.name));
    }
    return names;
}

QString ImageOp::describe() const
{
    const QString spec = pool + QLatin1Char('/') + image;
    switch (kind) {
    case Kind::Create: return QStringLiteral("create %1 (%2)").arg(spec, humanBytes(sizeBytes));
    case Kind::Resize: return QStringLiteral("resize %1 to %2").arg(spec, humanBytes(sizeBytes));
    case Kind::SnapCreate: return QStringLiteral("create snapshot %1@%2").arg(spec, snapshot);
    case Kind::SnapRollback: return QStringLiteral("roll %1 back to snapshot %2").arg(spec, snapshot);
    case Kind::SnapProtect: return QStringLiteral("protect snapshot %1@%2").arg(spec, snapshot);
    case Kind::SnapUnprotect: return QStringLiteral("unprotect snapshot %1@%2").arg(spec, snapshot);
    case Kind::SnapRemove: return QStringLiteral("remove snapshot %1@%2").arg(spec, snapshot);
    case Kind::Clone:
        return QStringLiteral("clone %1@%2 to %3/%4").arg(spec, snapshot, destPool.isEmpty() ? pool : destPool, destImage);
    case Kind::Flatten: return QStringLiteral("flatten %1").arg(spec);
    case Kind::TrashMove: return QStringLiteral("move %1 to the trash").arg(spec);
    case Kind::TrashRestore: return QStringLiteral("restore %1 from the trash of %2").arg(trashId, pool);
    case Kind::TrashRemove: return QStringLiteral("purge %1 from the trash of %2").arg(trashId, pool);
    case Kind::Remove: return QStringLiteral("delete %1").arg(spec);
    }
    return spec;
}

ClusterStatus parseHealthAndDf(const QJsonObject &health, const QJsonObject &df, Core::Error *error)
{
    ClusterStatus s;
    if (!health.contains(QLatin1String("status")) || !df.value(QLatin1String("stats")).isObject()) {
        *error = badAnswer(QStringLiteral("the monitor's health/df answer has no status or stats"));
        return s;
    }
    s.health = health.value(QLatin1String("status")).toString();
    const QJsonObject checks = health.value(QLatin1String("checks")).toObject();
    for (auto it = checks.constBegin(); it != checks.constEnd(); ++it) {
        const QJsonObject c = it.value().toObject();
        HealthCheck check;
        check.id = it.key();
        check.severity = c.value(QLatin1String("severity")).toString();
        check.summary = c.value(QLatin1String("summary")).toObject().value(QLatin1String("message")).toString();
        const QJsonArray detail = c.value(QLatin1String("detail")).toArray();
        for (const QJsonValue &d : detail)
            check.details.append(d.toObject().value(QLatin1String("message")).toString());
        s.checks.append(check);
    }
    const QJsonObject stats = df.value(QLatin1String("stats")).toObject();
    s.totalBytes = qint64(stats.value(QLatin1String("total_bytes")).toDouble());
    s.usedRawBytes = qint64(stats.value(QLatin1String("total_used_raw_bytes")).toDouble());
    s.availBytes = qint64(stats.value(QLatin1String("total_avail_bytes")).toDouble());
    s.osds = stats.value(QLatin1String("num_osds")).toInt();
    return s;
}

QVector<Pool> parsePools(const QJsonArray &poolDetail, const QJsonObject &df, Core::Error *error)
{
    QVector<Pool> pools;
    QHash<QString, QJsonObject> usage;
    const QJsonArray dfPools = df.value(QLatin1String("pools")).toArray();
    for (const QJsonValue &v : dfPools)
        usage.insert(v.toObject().value(QLatin1String("name")).toString(), v.toObject().value(QLatin1String("stats")).toObject());
    for (const QJsonValue &v : poolDetail) {
        const QJsonObject o = v.toObject();
        Pool p;
        p.name = o.value(QLatin1String("pool_name")).toString();
        if (p.name.isEmpty()) {
            *error = badAnswer(QStringLiteral("`osd pool ls detail` gave a pool without pool_name"));
            return {};
        }
        p.id = p.name;
        p.poolId = o.value(QLatin1String("pool_id")).toInteger();
        p.pgNum = o.value(QLatin1String("pg_num")).toInt();
        p.size = o.value(QLatin1String("size")).toInt();
        p.minSize = o.value(QLatin1String("min_size")).toInt();
        p.applications = o.value(QLatin1String("application_metadata")).toObject().keys();
        p.quotaBytes = o.value(QLatin1String("quota_max_bytes")).toInteger();
        p.quotaObjects = o.value(QLatin1String("quota_max_objects")).toInteger();
        const QJsonObject u = usage.value(p.name);
        p.storedBytes = qint64(u.value(QLatin1String("stored")).toDouble());
        p.usedBytes = qint64(u.value(QLatin1String("bytes_used")).toDouble());
        p.objects = qint64(u.value(QLatin1String("objects")).toDouble());
        p.maxAvailBytes = qint64(u.value(QLatin1String("max_avail")).toDouble());
        p.percentUsed = u.value(QLatin1String("percent_used")).toDouble();
        pools.append(p);
    }
    return pools;
}

QString humanBytes(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
}

} // namespace Ceph
