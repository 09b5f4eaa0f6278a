// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace OpenStack::Image {

// A Glance v2 image: what the Instances tab shows by name and the launch wizard offers.
struct Image
{
    QString id;
    QString name;
    QString status; // queued, saving, active, killed, deleted, …
    QString visibility;
    QString ownerId;
    QString diskFormat;
    qint64 sizeBytes = 0;
    int minDiskGb = 0;
    qint64 minRamMib = 0;
    QDateTime created;

    static Image fromJson(const QJsonObject &object, Core::Error *error);
    bool operator==(const Image &) const = default;
};

} // namespace OpenStack::Image
