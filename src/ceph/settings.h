// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVariantMap>

namespace Ceph {

// How to reach a cluster: a ceph.conf, a keyring and a client name, remembered per cloud (the
// keyring's path only). A secret key pasted in the UI comes from the keychain and lives in memory.
// Empty confFile lets librados look where it always does (CEPH_CONF, /etc/ceph/ceph.conf, …).
struct ClusterSettings
{
    QString confFile;
    QString keyringFile;
    QString clientName = QStringLiteral("admin"); // without "client."
    QString secretKey;                            // never written anywhere by us

    // librados's own bounds, so a dead monitor fails fast rather than after 5 minutes.
    int mountTimeoutSecs = 10; // client_mount_timeout
    int monOpTimeoutSecs = 10; // rados_mon_op_timeout
    int osdOpTimeoutSecs = 15; // rados_osd_op_timeout
    // The GUI-side watchdog for one call (a listing of many images is one call).
    int callTimeoutMs = 60000;

    // The cloud's `stackdeck:` key: ceph_conf, ceph_keyring, ceph_client.
    static ClusterSettings fromStackdeckConfig(const QVariantMap &stackdeck);
    // "client.admin, /etc/ceph/ceph.conf" for messages.
    QString describe() const;
    bool operator==(const ClusterSettings &) const = default;
};

} // namespace Ceph
