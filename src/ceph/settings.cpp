// SPDX-License-Identifier: GPL-3.0-or-later
#include "ceph/settings.h"

namespace Ceph {

ClusterSettings ClusterSettings::fromStackdeckConfig(const QVariantMap &stackdeck)
{
    ClusterSettings s;
    s.confFile = stackdeck.value(QStringLiteral("ceph_conf")).toString().trimmed();
    s.keyringFile = stackdeck.value(QStringLiteral("ceph_keyring")).toString().trimmed();
    QString client = stackdeck.value(QStringLiteral("ceph_client")).toString().trimmed();
    if (client.startsWith(QLatin1String("client.")))
        client = client.mid(7);
    if (!client.isEmpty())
        s.clientName = client;
    return s;
}

QString ClusterSettings::describe() const
{
    return QStringLiteral("client.%1, %2").arg(clientName, confFile.isEmpty() ? QStringLiteral("default ceph.conf") : confFile);
}

} // namespace Ceph
