// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>

namespace OpenStack::Network {

// A Neutron router. Its interfaces are ports (device_owner network:router_interface*).
struct Router
{
    QString id;
    QString name;
    QString projectId;
    QString status;
    QString externalNetworkId; // empty: no gateway
    QStringList externalIps;
    bool adminStateUp = true;

    static Router fromJson(const QJsonObject &object, Core::Error *error);
    bool operator==(const Router &) const = default;
};

} // namespace OpenStack::Network
