// SPDX-License-Identifier: GPL-3.0-or-later
#include "openstack/blockstorage/volume.h"

#include "openstack/client/jsonfields.h"

#include <QCoreApplication>

namespace OpenStack::BlockStorage {

namespace {
// Cinder's timestamps are "2026-11-26T05:59:51.000000" (UTC, no zone). Reading them by hand is
// several times faster than QDateTime::fromString, which matters for thousands of volumes a
// refresh; anything unusual goes to the general parser.
QDateTime timestamp(const QJsonObject &object, const char *key)
{
    const QString text = object.value(QLatin1String(key)).toString();
    const int n = int(text.size());
    if (n < 19 || n > 26 || text.at(4) != QLatin1Char('-') || text.at(7) != QLatin1Char('-')
        || text.at(10) != QLatin1Char('T') || text.at(13) != QLatin1Char(':') || text.at(16) != QLatin1Char(':'))
        return parseTimestamp(text);
    const auto number = [&text](int from, int count, bool *ok) {
        int v = 0;
        for (int i = from; i < from + count; ++i) {
            const QChar c = text.at(i);
            if (!c.isDigit()) {
                *ok = false;
                return 0;
            }
            v = v * 10 + c.digitValue();
        }
        return v;
    };
    bool ok = true;
    int ms = 0;
    if (n > 19) {
        if (text.at(19) != QLatin1Char('.'))
            return parseTimestamp(text);
        const int digits = qMin(3, n - 20);
        ms = number(20, digits, &ok);
        for (int i = digits; i < 3; ++i)
            ms *= 10;
        number(20, n - 20, &ok); // the rest must be digits too
    }
    const QDate date(number(0, 4, &ok), number(5, 2, &ok), number(8, 2, &ok));
    const QTime time(number(11, 2, &ok), number(14, 2, &ok), number(17, 2, &ok), ms);
    if (!ok || !date.isValid() || !time.isValid())
        return parseTimestamp(text);
    return QDateTime(date, time, Qt::UTC);
}
} // namespace

bool Volume::isTransitionalStatus(const QString &status)
{
    static const QStringList moving = {
        QStringLiteral("creating"),        QStringLiteral("attaching"),   QStringLiteral("detaching"),
        QStringLiteral("deleting"),        QStringLiteral("extending"),   QStringLiteral("backing-up"),
        QStringLiteral("restoring-backup"), QStringLiteral("downloading"), QStringLiteral("uploading"),
        QStringLiteral("retyping"),        QStringLiteral("reserved"),    QStringLiteral("maintenance"),
        QStringLiteral("reverting"),       QStringLiteral("reimaging")};
    return moving.contains(status);
}

bool Volume::isTransitional() const
{
    if (isTransitionalStatus(status))
        return true;
    // A migration or retype with migration keeps the status but changes the host underneath.
    return migrationStatus == QLatin1String("migrating") || migrationStatus == QLatin1String("starting");
}

bool Volume::isError() const
{
    return status.startsWith(QLatin1String("error"));
}

QString Volume::backendName() const
{
    const int at = host.indexOf(QLatin1Char('@'));
    if (at < 0)
        return {};
    return host.mid(at + 1).section(QLatin1Char('#'), 0, 0);
}

Volume Volume::fromJson(const QJsonObject &object, Core::Error *error)
{
    FieldReader r(object, QStringLiteral("volume"));
    Volume v;
    v.id = r.requiredString("id");
    v.status = r.requiredString("status");
    v.sizeGb = r.requiredInteger("size");
    v.name = r.string("name");
    v.description = r.string("description");
    v.migrationStatus = r.string("migration_status");
    v.volumeType = r.string("volume_type");
    v.availabilityZone = r.string("availability_zone");
    // Cinder answers "true"/"false" as strings here; booleans are accepted too.
    v.bootable = r.boolean("bootable");
    v.encrypted = r.boolean("encrypted");
    v.multiattach = r.boolean("multiattach");
    v.projectId = r.string("os-vol-tenant-attr:tenant_id");
    v.userId = r.string("user_id");
    v.host = r.string("os-vol-host-attr:host");
    v.snapshotId = r.string("snapshot_id");
    v.sourceVolumeId = r.string("source_volid");
    v.imageName = r.object("volume_image_metadata").value(QLatin1String("image_name")).toString();
    v.created = timestamp(object, "created_at");
    v.updated = timestamp(object, "updated_at");
    const QJsonObject meta = r.object("metadata");
    for (auto it = meta.begin(); it != meta.end(); ++it)
        v.metadata.insert(it.key(), it.value().toString());
    const QJsonValue attachments = object.value(QLatin1String("attachments"));
    if (!attachments.isUndefined() && !attachments.isNull() && !attachments.isArray()) {
        if (error)
            *error = Core::Error::make(Core::Error::Kind::BadResponse,
                                       QCoreApplication::translate("OpenStack::BlockStorage::Volume",
                                                                   "volume %1: \"attachments\" is not a list")
                                           .arg(v.id));
        return v;
    }
    const QJsonArray list = attachments.toArray();
    for (const QJsonValue &a : list) {
        FieldReader ar(a.toObject(), QStringLiteral("attachment of volume ") + v.id);
        VolumeAttachment att;
        att.serverId = ar.requiredString("server_id");
        att.attachmentId = ar.string("attachment_id");
        if (att.attachmentId.isEmpty())
            att.attachmentId = ar.string("id");
        att.hostName = ar.string("host_name");
        att.device = ar.string("device");
        att.attachedAt = timestamp(a.toObject(), "attached_at");
        if (!ar.ok()) {
            if (error)
                *error = ar.error();
            return v;
        }
        v.attachments.append(att);
    }
    if (!r.ok() && error)
        *error = r.error();
    return v;
}

QVector<Volume> Volume::listFromJson(const QJsonArray &list, Core::Error *error)
{
    QVector<Volume> out;
    out.reserve(list.size());
    for (const QJsonValue &v : list) {
        Core::Error e;
        Volume volume = fromJson(v.toObject(), &e);
        if (e) {
            if (error)
                *error = e;
            return {};
        }
        out.append(std::move(volume));
    }
    return out;
}

} // namespace OpenStack::BlockStorage
