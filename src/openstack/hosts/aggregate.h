// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

namespace OpenStack::Hosts {

// A Nova host aggregate (GET /os-aggregates). Nova keeps the availability zone as the metadata
// key "availability_zone" and also reports it as its own member; `metadata` here leaves it out
// so editing metadata cannot change the zone behind the user's back.
struct Aggregate
{
    QString id; // Nova's integer id, as text
    QString uuid; // 2.41+
    QString name;
    QString availabilityZone;
    QStringList hosts;
    QMap<QString, QString> metadata;
    QDateTime created;
    QDateTime updated;

    static Aggregate fromJson(const QJsonObject &object, Core::Error *error);
    bool operator==(const Aggregate &) const = default;
};

// Checks before anything is sent. Each returns the message to show, or an empty string.
// A name: not empty, not only spaces, at most 255 characters (Nova's column).
QString validateAggregateName(const QString &name);
// A zone name: may be empty (no zone); no ':' (Nova refuses it: it separates zone and host in
// --availability-zone zone:host), at most 255 characters.
QString validateZoneName(const QString &zone);
// A metadata key: 1–255 characters of letters, digits, '_', '-', '.', ':' and spaces (Nova's
// pattern), and not "availability_zone" (set the zone instead).
QString validateMetadataKey(const QString &key);
// A metadata value: at most 255 characters.
QString validateMetadataValue(const QString &value);

} // namespace OpenStack::Hosts
