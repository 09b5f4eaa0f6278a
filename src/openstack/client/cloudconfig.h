// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QMap>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QVariantMap>
#include <optional>

namespace OpenStack {

// One cloud as clouds.yaml describes it, after secure.yaml is merged in and keys are normalised
// (dashes to underscores, tenant_* to project_*).
struct CloudConfig
{
    enum class AuthType { Password, ApplicationCredential, Token };

    QString name;
    AuthType authType = AuthType::Password;

    QString authUrl;
    QString username;
    QString userId;
    QString password; // from clouds/secure.yaml or OS_PASSWORD; never written anywhere by us
    QString userDomainName;
    QString userDomainId;
    QString projectName;
    QString projectId;
    QString projectDomainName;
    QString projectDomainId;
    QString domainName; // domain-scoped token
    QString domainId;
    QString token;
    QString applicationCredentialId;
    QString applicationCredentialName;
    QString applicationCredentialSecret;

    QString regionName;   // chosen region (may be empty: take the first the catalog has)
    QStringList regions;  // regions listed by the cloud
    QString interface = QStringLiteral("public");
    bool verifyTls = true;
    QString caCertFile;
    QString clientCertFile;
    QString clientKeyFile;

    QVariantMap stackdeck; // our own `stackdeck:` key (ceph_conf, libvirt_uri_template, …)
    QString sourceFile;    // the file it came from, or "environment"

    bool hasSecret() const;
    QString authTypeName() const;
};

// Finds and reads clouds.yaml / secure.yaml exactly where openstacksdk does, in its order:
// OS_CLIENT_CONFIG_FILE, then ./, ~/.config/openstack/, /etc/openstack/ — in each, the first of
// clouds.yaml, clouds.yml, clouds.json. Only the first file found is read (as openstacksdk does);
// secure.* follows the same rule with OS_CLIENT_SECURE_FILE. The OS_* environment becomes the
// cloud "envvars" (or OS_CLOUD_NAME) when it holds more than selectors.
class CloudConfigLoader
{
public:
    struct Options
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        QString currentDir;  // default: QDir::currentPath()
        QString homeDir;     // default: QDir::homePath()
        QString etcDir = QStringLiteral("/etc/openstack");
    };

    CloudConfigLoader();
    explicit CloudConfigLoader(Options options);

    // Reads the files. A syntax error names the file, line and column.
    Core::Error load();

    QStringList cloudNames() const;
    // The cloud named `name` or, when empty, OS_CLOUD's, or the only one there is.
    std::optional<CloudConfig> cloud(const QString &name, Core::Error *error) const;
    QString defaultCloudName() const;

    QString cloudsFile() const { return m_cloudsFile; }
    QString secureFile() const { return m_secureFile; }
    QStringList searchedFiles() const { return m_searched; }

    // The list of candidate paths, in precedence order (for messages and tests).
    QStringList candidateFiles(const QString &baseName, const QString &envOverride) const;

    // Exposed for tests: turn one raw cloud map into a CloudConfig.
    static CloudConfig fromMap(const QString &name, const QVariantMap &map);

private:
    std::optional<QVariantMap> environmentCloud() const;

    Options m_options;
    QString m_cloudsFile;
    QString m_secureFile;
    QStringList m_searched;
    QMap<QString, QVariantMap> m_clouds;
};

// Reads a YAML (or JSON) file into a QVariant tree. On failure fills `error` with file, line and
// column (1-based).
std::optional<QVariantMap> readYamlFile(const QString &path, Core::Error *error);

} // namespace OpenStack
