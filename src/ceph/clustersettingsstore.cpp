// SPDX-License-Identifier: GPL-3.0-or-later
#include "ceph/clustersettingsstore.h"

#include "secrets/credentialstore.h"

#include <QCoreApplication>
#include <QSettings>

namespace Ceph {

namespace {
const QLatin1String kConf("conf");
const QLatin1String kKeyring("keyring");
const QLatin1String kClient("client");
const QLatin1String kUseKey("use_secret_key");
} // namespace

ClusterSettingsStore::ClusterSettingsStore(QString cloud, QVariantMap stackdeck)
    : m_cloud(std::move(cloud))
    , m_stackdeck(std::move(stackdeck))
{
}

QString ClusterSettingsStore::group() const
{
    // A cloud name may contain '/', which QSettings would nest.
    QString cloud = m_cloud;
    cloud.replace(QLatin1Char('/'), QLatin1Char('_'));
    return QStringLiteral("ceph/") + cloud;
}

QString ClusterSettingsStore::normalizedClient(const QString &name)
{
    QString client = name.trimmed();
    if (client.startsWith(QLatin1String("client.")))
        client = client.mid(7);
    return client;
}

bool ClusterSettingsStore::cloudsYamlHasCeph() const
{
    for (const char *key : {"ceph_conf", "ceph_keyring", "ceph_client"})
        if (!m_stackdeck.value(QLatin1String(key)).toString().trimmed().isEmpty())
            return true;
    return false;
}

ClusterSettings ClusterSettingsStore::cloudsYamlSettings() const
{
    return ClusterSettings::fromStackdeckConfig(m_stackdeck);
}

std::optional<ClusterSettingsStore::UserSettings> ClusterSettingsStore::userSettings() const
{
    QSettings settings;
    settings.beginGroup(group());
    if (!settings.contains(kClient))
        return std::nullopt;
    UserSettings u;
    u.confFile = settings.value(kConf).toString();
    u.keyringFile = settings.value(kKeyring).toString();
    u.clientName = settings.value(kClient).toString();
    u.useSecretKey = settings.value(kUseKey).toBool();
    return u;
}

ClusterSettingsStore::Source ClusterSettingsStore::source() const
{
    if (userSettings())
        return Source::UserSettings;
    return cloudsYamlHasCeph() ? Source::CloudsYaml : Source::Defaults;
}

ClusterSettings ClusterSettingsStore::toClusterSettings(const UserSettings &u)
{
    ClusterSettings s;
    s.confFile = u.confFile.trimmed();
    s.keyringFile = u.useSecretKey ? QString() : u.keyringFile.trimmed();
    const QString client = normalizedClient(u.clientName);
    if (!client.isEmpty())
        s.clientName = client;
    return s;
}

ClusterSettings ClusterSettingsStore::resolve() const
{
    if (const auto u = userSettings())
        return toClusterSettings(*u);
    return cloudsYamlSettings(); // the defaults when clouds.yaml says nothing
}

void ClusterSettingsStore::saveUserSettings(const UserSettings &u)
{
    QSettings settings;
    settings.beginGroup(group());
    settings.setValue(kConf, u.confFile.trimmed());
    settings.setValue(kKeyring, u.useSecretKey ? QString() : u.keyringFile.trimmed());
    const QString client = normalizedClient(u.clientName);
    settings.setValue(kClient, client.isEmpty() ? QStringLiteral("admin") : client);
    settings.setValue(kUseKey, u.useSecretKey);
}

void ClusterSettingsStore::clearUserSettings()
{
    QSettings().remove(group());
}

QString ClusterSettingsStore::keychainKey(const QString &clientName) const
{
    return QStringLiteral("ceph/%1/client.%2").arg(m_cloud, normalizedClient(clientName));
}

void ClusterSettingsStore::load(Secrets::CredentialStore *keychain, QObject *context, LoadCallback done) const
{
    ClusterSettings s = resolve();
    const auto u = userSettings();
    if (!u || !u->useSecretKey) {
        done(s, {});
        return;
    }
    const QString what = QCoreApplication::translate("Ceph::ClusterSettingsStore", "read the Ceph key of client.%1 from the keychain")
                             .arg(s.clientName);
    if (!keychain) {
        Core::Error e = Core::Error::make(
            Core::Error::Kind::Config,
            QCoreApplication::translate("Ceph::ClusterSettingsStore", "no keychain is available to this window"), what);
        e.service = QStringLiteral("ceph");
        done(s, e);
        return;
    }
    keychain->read(keychainKey(s.clientName), context, [s, what, done](const Secrets::CredentialStore::Result &r) mutable {
        Core::Error e;
        switch (r.status) {
        case Secrets::CredentialStore::Status::Ok:
            s.secretKey = r.secret;
            break;
        case Secrets::CredentialStore::Status::NotFound:
            e = Core::Error::make(Core::Error::Kind::Config,
                                  QCoreApplication::translate("Ceph::ClusterSettingsStore",
                                                              "the keychain holds no key for this cloud; paste it again in the "
                                                              "Ceph connection settings"),
                                  what);
            break;
        case Secrets::CredentialStore::Status::Unavailable:
            e = Core::Error::make(Core::Error::Kind::Config,
                                  QCoreApplication::translate("Ceph::ClusterSettingsStore",
                                                              "the system keychain is unavailable (%1); the pasted key "
                                                              "cannot be used and is not kept anywhere else")
                                      .arg(r.message),
                                  what);
            break;
        case Secrets::CredentialStore::Status::Failed:
            e = Core::Error::make(Core::Error::Kind::Config, r.message, what);
            break;
        }
        e.service = e ? QStringLiteral("ceph") : QString();
        done(s, e);
    });
}

QString ClusterSettingsStore::sourceText(Source source)
{
    switch (source) {
    case Source::UserSettings:
        return QCoreApplication::translate("Ceph::ClusterSettingsStore", "your settings for this cloud");
    case Source::CloudsYaml:
        return QCoreApplication::translate("Ceph::ClusterSettingsStore", "clouds.yaml (the cloud's stackdeck: key)");
    case Source::Defaults:
        return QCoreApplication::translate("Ceph::ClusterSettingsStore", "librados defaults (CEPH_CONF or /etc/ceph/ceph.conf)");
    }
    return {};
}

} // namespace Ceph
