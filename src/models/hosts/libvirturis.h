// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "libvirt/uris.h"

#include <QString>
#include <QVariantMap>

namespace Models {

// Which libvirt URI the Hypervisors tab opens for a compute host, in this order: the user's
// override for this cloud and host (QSettings, group "libvirt/<cloud>"), the cloud's
// `stackdeck: libvirt_uris: {host: uri}`, then its `libvirt_uri_template` (default
// qemu+ssh://{host}/system). Reads QSettings each time, so two pages agree.
class LibvirtUris
{
public:
    enum class Source { Override, CloudsYaml, Template };

    LibvirtUris(QString cloud, const QVariantMap &stackdeck);

    QString uriFor(const QString &host) const;
    Source sourceOf(const QString &host) const;
    QString templateUri() const { return m_settings.uriTemplate; }
    // An empty or whitespace-only URI clears the override.
    void setOverride(const QString &host, const QString &uri);
    void clearOverride(const QString &host);

    // Checks a URI typed by the user: a scheme (qemu, qemu+ssh, qemu+tcp, qemu+tls, test, …)
    // followed by "://". Returns the message to show, or an empty string.
    static QString validate(const QString &uri);

private:
    QString settingsKey(const QString &host) const;

    QString m_cloud;
    Libvirt::UriSettings m_settings;
};

} // namespace Models
