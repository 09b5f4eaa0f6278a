// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>

namespace OpenStack::Network {

// The few fields of a Nova server that the network views need: a name for a port's device, the
// status and project. Read by a minimal private GET /servers/detail (listInstanceSummaries) so the
// network and security views do not wait for the Compute module; it can be replaced by
// OpenStack::Compute::Server once that exists.
struct InstanceSummary
{
    QString id;
    QString name;
    QString status;
    QString projectId;
    QString hostName; // OS-EXT-SRV-ATTR:host, admins only

    static InstanceSummary fromJson(const QJsonObject &object, Core::Error *error);
    bool operator==(const InstanceSummary &) const = default;
};

} // namespace OpenStack::Network
