// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>

namespace OpenStack::Network {

struct FloatingIp
{
    QString id;
    QString floatingIpAddress;
    QString fixedIpAddress;
    QString floatingNetworkId;
    QString portId; // empty: allocated, not associated
    QString routerId;
    QString projectId;
    QString status;
    QString description;

    static FloatingIp fromJson(const QJsonObject &object, Core::Error *error);
    bool operator==(const FloatingIp &) const = default;
};

} // namespace OpenStack::Network
