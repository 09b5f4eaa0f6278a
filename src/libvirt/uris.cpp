// SPDX-License-Identifier: GPL-3.0-or-later
#include "libvirt/uris.h"

namespace Libvirt {

UriSettings UriSettings::fromStackdeckConfig(const QVariantMap &stackdeck)
{
    UriSettings s;
    const QString tmpl = stackdeck.value(QStringLiteral("libvirt_uri_template")).toString().trimmed();
    if (!tmpl.isEmpty())
        s.uriTemplate = tmpl;
    const QVariantMap uris = stackdeck.value(QStringLiteral("libvirt_uris")).toMap();
    for (auto it = uris.constBegin(); it != uris.constEnd(); ++it) {
        const QString uri = it.value().toString().trimmed();
        if (!uri.isEmpty())
            s.perHost.insert(it.key(), uri);
    }
    return s;
}

QString UriSettings::uriFor(const QString &host) const
{
    const QString explicitUri = perHost.value(host);
    if (!explicitUri.isEmpty())
        return explicitUri;
    QString uri = uriTemplate;
    uri.replace(QLatin1String("{host}"), host);
    return uri;
}

} // namespace Libvirt
