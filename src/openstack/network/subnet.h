// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>

namespace OpenStack::Network {

struct Subnet
{
    QString id;
    QString name;
    QString networkId;
    QString projectId;
    QString cidr;
    QString gatewayIp;
    int ipVersion = 4;
    bool enableDhcp = true;
    QStringList allocationPools; // "start-end"
    QStringList dnsNameservers;

    static Subnet fromJson(const QJsonObject &object, Core::Error *error);
    bool operator==(const Subnet &) const = default;
};

} // namespace OpenStack::Network
