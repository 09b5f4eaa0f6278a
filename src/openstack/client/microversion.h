// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QByteArray>
#include <QString>
#include <QUrl>
#include <compare>

namespace OpenStack {

struct Microversion
{
    int major = 0;
    int minor = 0;

    bool isValid() const { return major > 0; }
    QString toString() const { return QStringLiteral("%1.%2").arg(major).arg(minor); }
    static Microversion parse(const QString &text); // "2.79" → {2, 79}; "latest" and junk → invalid
    auto operator<=>(const Microversion &) const = default;
};

// What an endpoint's version document says it supports.
struct VersionRange
{
    Microversion min;
    Microversion max; // invalid when the service has no microversions (Neutron, Glance)
    bool supportsMicroversions() const { return max.isValid(); }
};

// Reads `GET <versioned endpoint>` ({"version": …}) or a root listing ({"versions": […]}), the
// forms Nova, Cinder, Placement, Keystone and Glance answer with. `endpointPath` picks the entry
// whose id matches ("/v2.1" → "v2.1").
VersionRange parseVersionDocument(const QByteArray &body, const QString &endpointPath, Core::Error *error);

// The highest version both sides support, or invalid when the ranges do not meet.
Microversion negotiate(const VersionRange &server, Microversion clientMin, Microversion clientMax);

// The endpoint's versioned root: "http://h:8776/v3/abcd" → "http://h:8776/v3/".
QUrl versionedRoot(const QUrl &endpoint);

// The header value "compute 2.79" and, for Nova, the legacy header too.
QByteArray microversionHeaderValue(const QString &serviceType, Microversion version);

} // namespace OpenStack
