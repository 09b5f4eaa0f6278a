// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QVector>

namespace OpenStack::Hosts {

// An instance Nova places on a hypervisor (os-hypervisors?with_servers=true, 2.53+).
struct HypervisorServer
{
    QString uuid;
    QString name; // instance-0000000a: the libvirt domain name
    bool operator==(const HypervisorServer &) const = default;
};

// GET /os-hypervisors/detail. From 2.88 Nova no longer reports vcpus, memory or disk here: the
// capacity comes from Placement (the resource provider named `hostname`).
struct Hypervisor
{
    QString id; // uuid from 2.53, an integer before
    QString hostname; // hypervisor_hostname = the Placement provider's name
    QString host;     // service.host = the name aggregates and zones use
    QString serviceId;
    QString state;    // up, down
    QString status;   // enabled, disabled
    QString disabledReason;
    QString type;     // QEMU, fake, …
    qint64 version = 0;
    QString hostIp;
    QString uptime;   // 2.88+
    QVector<HypervisorServer> servers;
    int runningVms = -1; // before 2.88; -1 when not reported
    // The legacy capacity (before 2.88); -1 when not reported.
    qint64 vcpus = -1;
    qint64 vcpusUsed = -1;
    qint64 memoryMb = -1;
    qint64 memoryMbUsed = -1;
    qint64 localGb = -1;
    qint64 localGbUsed = -1;

    bool isUp() const { return state == QLatin1String("up"); }
    bool isEnabled() const { return status == QLatin1String("enabled"); }
    int instanceCount() const { return runningVms >= 0 && servers.isEmpty() ? runningVms : int(servers.size()); }
    // "2002000" → "2.2.0", as libvirt encodes versions.
    QString versionText() const;

    static Hypervisor fromJson(const QJsonObject &object, Core::Error *error);
    bool operator==(const Hypervisor &) const = default;
};

// GET /os-services entry.
struct ComputeService
{
    QString id; // uuid from 2.53
    QString binary;
    QString host;
    QString zone;
    QString status; // enabled, disabled
    QString state;  // up, down
    QString disabledReason;
    bool forcedDown = false;
    QDateTime updated;

    bool isEnabled() const { return status == QLatin1String("enabled"); }
    static ComputeService fromJson(const QJsonObject &object, Core::Error *error);
    bool operator==(const ComputeService &) const = default;
};

// A reason for disabling a compute service: Nova keeps at most 255 characters. Returns the
// message to show, or an empty string.
QString validateDisabledReason(const QString &reason);

} // namespace OpenStack::Hosts
