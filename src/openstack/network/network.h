// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>

namespace OpenStack::Network {

// A Neutron network. `external` is router:external: a network routers use as their gateway.
struct Network
{
    QString id;
    QString name;
    QString projectId;
    QString status;
    QString networkType; // provider:network_type, visible to admins
    QString description;
    QStringList subnetIds;
    int mtu = 0;
    bool external = false;
    bool shared = false;
    bool adminStateUp = true;

    static Network fromJson(const QJsonObject &object, Core::Error *error);
    bool operator==(const Network &) const = default;
};

} // namespace OpenStack::Network
