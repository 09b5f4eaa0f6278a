// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/hosts/libvirturis.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSettings>

namespace Models {

LibvirtUris::LibvirtUris(QString cloud, const QVariantMap &stackdeck)
    : m_cloud(std::move(cloud))
    , m_settings(Libvirt::UriSettings::fromStackdeckConfig(stackdeck))
{
}

QString LibvirtUris::settingsKey(const QString &host) const
{
    // Host names are plain DNS labels; the cloud name may contain '/', which QSettings nests.
    QString cloud = m_cloud;
    cloud.replace(QLatin1Char('/'), QLatin1Char('_'));
    return QStringLiteral("libvirt/%1/%2").arg(cloud, host);
}

QString LibvirtUris::uriFor(const QString &host) const
{
    const QString override = QSettings().value(settingsKey(host)).toString();
    return override.isEmpty() ? m_settings.uriFor(host) : override;
}

LibvirtUris::Source LibvirtUris::sourceOf(const QString &host) const
{
    if (!QSettings().value(settingsKey(host)).toString().isEmpty())
        return Source::Override;
    return m_settings.perHost.contains(host) ? Source::CloudsYaml : Source::Template;
}

void LibvirtUris::setOverride(const QString &host, const QString &uri)
{
    if (uri.trimmed().isEmpty()) {
        clearOverride(host);
        return;
    }
    QSettings().setValue(settingsKey(host), uri.trimmed());
}

void LibvirtUris::clearOverride(const QString &host)
{
    QSettings().remove(settingsKey(host));
}

QString LibvirtUris::validate(const QString &uri)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9+.-]*://\\S*$"));
    const QString u = uri.trimmed();
    if (u.isEmpty())
        return QCoreApplication::translate("Models::LibvirtUris", "The URI must not be empty");
    if (!pattern.match(u).hasMatch())
        return QCoreApplication::translate("Models::LibvirtUris",
                                           "Not a libvirt URI: expected driver[+transport]://[host]/path, "
                                           "e.g. qemu+ssh://host01/system or test:///default");
    return {};
}

} // namespace Models
