// SPDX-License-Identifier: GPL-3.0-or-later
#include "openstack/hosts/aggregate.h"

#include "openstack/client/jsonfields.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace OpenStack::Hosts {

Aggregate Aggregate::fromJson(const QJsonObject &object, Core::Error *error)
{
    FieldReader r(object, QStringLiteral("aggregate"));
    Aggregate a;
    const QJsonValue id = object.value(QLatin1String("id"));
    if (id.isDouble())
        a.id = QString::number(qint64(id.toDouble()));
    else
        a.id = r.requiredString("id");
    a.uuid = r.string("uuid");
    a.name = r.requiredString("name");
    a.availabilityZone = r.string("availability_zone");
    a.hosts = r.strings("hosts");
    const QJsonObject meta = r.object("metadata");
    for (auto it = meta.begin(); it != meta.end(); ++it) {
        if (it.key() == QLatin1String("availability_zone"))
            continue;
        a.metadata.insert(it.key(), it.value().isString() ? it.value().toString() : it.value().toVariant().toString());
    }
    a.created = r.dateTime("created_at");
    a.updated = r.dateTime("updated_at");
    if (!r.ok() && error)
        *error = r.error();
    return a;
}

namespace {
QString tooLong(int max)
{
    return QCoreApplication::translate("OpenStack::Hosts", "At most %n character(s)", nullptr, max);
}
} // namespace

QString validateAggregateName(const QString &name)
{
    if (name.trimmed().isEmpty())
        return QCoreApplication::translate("OpenStack::Hosts", "The name must not be empty");
    if (name.size() > 255)
        return tooLong(255);
    return {};
}

QString validateZoneName(const QString &zone)
{
    if (zone.isEmpty())
        return {};
    if (zone.trimmed().isEmpty())
        return QCoreApplication::translate("OpenStack::Hosts", "The zone name must not be only spaces");
    if (zone.contains(QLatin1Char(':')))
        return QCoreApplication::translate("OpenStack::Hosts", "A zone name must not contain ':'");
    if (zone.size() > 255)
        return tooLong(255);
    return {};
}

QString validateMetadataKey(const QString &key)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-zA-Z0-9_.: -]+$"));
    if (key.isEmpty())
        return QCoreApplication::translate("OpenStack::Hosts", "The key must not be empty");
    if (key.size() > 255)
        return tooLong(255);
    if (!pattern.match(key).hasMatch())
        return QCoreApplication::translate("OpenStack::Hosts",
                                           "A key may only contain letters, digits, spaces and _ - . :");
    if (key == QLatin1String("availability_zone"))
        return QCoreApplication::translate("OpenStack::Hosts", "Set the availability zone with “Set Zone”, not as metadata");
    return {};
}

QString validateMetadataValue(const QString &value)
{
    return value.size() > 255 ? tooLong(255) : QString();
}

} // namespace OpenStack::Hosts
