// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ceph/settings.h"
#include "core/error.h"

#include <QVariantMap>
#include <functional>
#include <optional>

class QObject;

namespace Secrets {
class CredentialStore;
}

namespace Ceph {

// Which Ceph connection a cloud uses, first match wins as a whole:
//  1. what the user set in the Ceph tab for this cloud (QSettings group "ceph/<cloud>": ceph.conf
//     path, keyring path, client name, and whether a key was pasted — never the key itself);
//  2. the cloud's `stackdeck:` key in clouds.yaml (ceph_conf, ceph_keyring, ceph_client);
//  3. librados's own defaults (CEPH_CONF, /etc/ceph/ceph.conf, client.admin).
// A pasted key lives only in the keychain (Secrets::CredentialStore, under keychainKey()) and only
// in memory after load() read it into ClusterSettings::secretKey. When the keychain is unavailable
// load() fails in words; nothing falls back to a file.
//
// GUI thread. Reads QSettings each time, so the tab, the dialog and exports agree.
class ClusterSettingsStore
{
public:
    enum class Source { UserSettings, CloudsYaml, Defaults };

    struct UserSettings
    {
        QString confFile;
        QString keyringFile;
        QString clientName = QStringLiteral("admin");
        bool useSecretKey = false; // the key is in the keychain, keyringFile is ignored
        bool operator==(const UserSettings &) const = default;
    };

    ClusterSettingsStore(QString cloud, QVariantMap stackdeck);

    QString cloud() const { return m_cloud; }
    Source source() const;
    // The settings in force, without the secret key (see load()).
    ClusterSettings resolve() const;
    // The user's own settings for this cloud, if any.
    std::optional<UserSettings> userSettings() const;
    // What the cloud's clouds.yaml entry gives (or the defaults when it says nothing).
    ClusterSettings cloudsYamlSettings() const;
    bool cloudsYamlHasCeph() const;
    // Saves paths and the client name; never a key.
    void saveUserSettings(const UserSettings &settings);
    void clearUserSettings();
    // "ceph/<cloud>/client.<name>": where a pasted key is kept in the keychain.
    QString keychainKey(const QString &clientName) const;

    using LoadCallback = std::function<void(const ClusterSettings &, const Core::Error &)>;
    // resolve(), plus the pasted key from `keychain` when the user chose one. `done` runs once,
    // on the thread of `context` and only while it lives (maybe before load() returns when no key
    // is needed). An unavailable keychain or a missing key is an error saying so.
    void load(Secrets::CredentialStore *keychain, QObject *context, LoadCallback done) const;

    // For the tab and the dialog: "your settings for this cloud", "clouds.yaml (stackdeck: key)", …
    static QString sourceText(Source source);
    static ClusterSettings toClusterSettings(const UserSettings &settings);
    // "client.admin" and "admin" both name client.admin.
    static QString normalizedClient(const QString &name);

private:
    QString group() const;

    QString m_cloud;
    QVariantMap m_stackdeck;
};

} // namespace Ceph
