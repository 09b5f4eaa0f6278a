// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QString>
#include <QVariantMap>

namespace Libvirt {

// Where each compute host's libvirt is: a per-cloud template ("{host}" = the compute host's name)
// and per-host overrides. Read from the cloud's `stackdeck:` key in clouds.yaml
// (libvirt_uri_template, libvirt_uris: {host: uri}); the UI may override per host.
struct UriSettings
{
    static QString defaultTemplate() { return QStringLiteral("qemu+ssh://{host}/system"); }

    QString uriTemplate = defaultTemplate();
    QMap<QString, QString> perHost;

    static UriSettings fromStackdeckConfig(const QVariantMap &stackdeck);
    QString uriFor(const QString &host) const;
    // Hosts named explicitly (libvirt_uris), for when the compute host list is not known.
    QStringList knownHosts() const { return perHost.keys(); }
};

} // namespace Libvirt
