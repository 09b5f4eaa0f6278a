// SPDX-License-Identifier: GPL-3.0-or-later
#include "openstack/client/cloudconfig.h"

#include "core/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <yaml-cpp/yaml.h>

namespace OpenStack {

namespace {


QVariant toVariant(const YAML::Node &node)
{
    switch (node.Type()) {
    case YAML::NodeType::Map: {
        QVariantMap map;
        for (const auto &kv : node)
            map.insert(QString::fromStdString(kv.first.as<std::string>()), toVariant(kv.second));
        return map;
    }
    case YAML::NodeType::Sequence: {
        QVariantList list;
        for (const auto &item : node)
            list.append(toVariant(item));
        return list;
    }
    case YAML::NodeType::Scalar:
        return QString::fromStdString(node.Scalar());
    case YAML::NodeType::Null:
    case YAML::NodeType::Undefined:
        break;
    }
    return {};
}

// openstacksdk accepts dashes where it means underscores, and the old tenant_* names.
QString normalisedKey(QString key)
{
    key.replace(QLatin1Char('-'), QLatin1Char('_'));
    if (key == QLatin1String("tenant_name"))
        return QStringLiteral("project_name");
    if (key == QLatin1String("tenant_id"))
        return QStringLiteral("project_id");
    return key;
}

QVariantMap normalised(const QVariantMap &map)
{
    QVariantMap out;
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        const QVariant &v = it.value();
        out.insert(normalisedKey(it.key()),
                   v.typeId() == QMetaType::QVariantMap ? QVariant(normalised(v.toMap())) : v);
    }
    return out;
}

// secure.yaml's values win over clouds.yaml's, member by member.
QVariantMap deepMerge(QVariantMap base, const QVariantMap &over)
{
    for (auto it = over.cbegin(); it != over.cend(); ++it) {
        if (it.value().typeId() == QMetaType::QVariantMap && base.value(it.key()).typeId() == QMetaType::QVariantMap)
            base.insert(it.key(), deepMerge(base.value(it.key()).toMap(), it.value().toMap()));
        else
            base.insert(it.key(), it.value());
    }
    return base;
}

bool truthy(const QVariant &v, bool fallback)
{
    if (!v.isValid())
        return fallback;
    const QString s = v.toString().trimmed().toLower();
    if (s == QLatin1String("true") || s == QLatin1String("yes") || s == QLatin1String("1") || s == QLatin1String("on"))
        return true;
    if (s == QLatin1String("false") || s == QLatin1String("no") || s == QLatin1String("0") || s == QLatin1String("off"))
        return false;
    return fallback;
}

// Keys of the auth plugin that may also stand at the cloud's top level (openstacksdk moves them).
const QStringList &authKeys()
{
    static const QStringList keys = {
        QStringLiteral("auth_url"), QStringLiteral("username"), QStringLiteral("user_id"),
        QStringLiteral("password"), QStringLiteral("user_domain_name"), QStringLiteral("user_domain_id"),
        QStringLiteral("project_name"), QStringLiteral("project_id"), QStringLiteral("project_domain_name"),
        QStringLiteral("project_domain_id"), QStringLiteral("domain_name"), QStringLiteral("domain_id"),
        QStringLiteral("token"), QStringLiteral("application_credential_id"),
        QStringLiteral("application_credential_name"), QStringLiteral("application_credential_secret"),
    };
    return keys;
}

} // namespace

bool CloudConfig::hasSecret() const
{
    switch (authType) {
    case AuthType::Password:
        return !password.isEmpty();
    case AuthType::ApplicationCredential:
        return !applicationCredentialSecret.isEmpty();
    case AuthType::Token:
        return !token.isEmpty();
    }
    return false;
}

QString CloudConfig::authTypeName() const
{
    switch (authType) {
    case AuthType::Password:
        return QStringLiteral("password");
    case AuthType::ApplicationCredential:
        return QStringLiteral("v3applicationcredential");
    case AuthType::Token:
        return QStringLiteral("v3token");
    }
    return {};
}

std::optional<QVariantMap> readYamlFile(const QString &path, Core::Error *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = Core::Error::make(Core::Error::Kind::Config,
                                       QCoreApplication::translate("OpenStack::CloudConfig", "Cannot read %1: %2").arg(path, file.errorString()));
        return std::nullopt;
    }
    const QByteArray bytes = file.readAll();
    try {
        const YAML::Node root = YAML::Load(bytes.toStdString());
        if (!root.IsDefined() || root.IsNull())
            return QVariantMap{};
        if (!root.IsMap()) {
            if (error)
                *error = Core::Error::make(Core::Error::Kind::Config,
                                           QCoreApplication::translate("OpenStack::CloudConfig", "%1: the top level must be a mapping").arg(path));
            return std::nullopt;
        }
        return toVariant(root).toMap();
    } catch (const YAML::Exception &e) {
        if (error)
            *error = Core::Error::make(Core::Error::Kind::Config,
                                       QCoreApplication::translate("OpenStack::CloudConfig", "%1:%2:%3: %4")
                                           .arg(path)
                                           .arg(e.mark.line + 1)
                                           .arg(e.mark.column + 1)
                                           .arg(QString::fromStdString(e.msg)));
        return std::nullopt;
    }
}

CloudConfigLoader::CloudConfigLoader()
    : CloudConfigLoader(Options{})
{
}

CloudConfigLoader::CloudConfigLoader(Options options)
    : m_options(std::move(options))
{
    if (m_options.currentDir.isEmpty())
        m_options.currentDir = QDir::currentPath();
    if (m_options.homeDir.isEmpty())
        m_options.homeDir = QDir::homePath();
}

QStringList CloudConfigLoader::candidateFiles(const QString &baseName, const QString &envOverride) const
{
    QStringList files;
    const QString fromEnv = m_options.environment.value(envOverride);
    if (!fromEnv.isEmpty())
        files << fromEnv;
    const QStringList dirs = {m_options.currentDir, m_options.homeDir + QStringLiteral("/.config/openstack"),
                              m_options.etcDir};
    for (const QString &dir : dirs) {
        for (const char *ext : {".yaml", ".yml", ".json"})
            files << dir + QLatin1Char('/') + baseName + QLatin1String(ext);
    }
    return files;
}

Core::Error CloudConfigLoader::load()
{
    m_clouds.clear();
    m_searched.clear();
    m_cloudsFile.clear();
    m_secureFile.clear();

    auto firstExisting = [this](const QStringList &candidates) -> QString {
        for (const QString &f : candidates) {
            m_searched << f;
            if (QFileInfo(f).isFile())
                return f;
        }
        return {};
    };

    m_cloudsFile = firstExisting(candidateFiles(QStringLiteral("clouds"), QStringLiteral("OS_CLIENT_CONFIG_FILE")));
    m_secureFile = firstExisting(candidateFiles(QStringLiteral("secure"), QStringLiteral("OS_CLIENT_SECURE_FILE")));

    QVariantMap clouds;
    if (!m_cloudsFile.isEmpty()) {
        Core::Error err;
        const auto doc = readYamlFile(m_cloudsFile, &err);
        if (!doc)
            return err;
        clouds = doc->value(QStringLiteral("clouds")).toMap();
        qCInfo(lcConfig) << "read" << m_cloudsFile << "with" << clouds.size() << "clouds";
    }
    if (!m_secureFile.isEmpty()) {
        Core::Error err;
        const auto doc = readYamlFile(m_secureFile, &err);
        if (!doc)
            return err;
        clouds = deepMerge(clouds, doc->value(QStringLiteral("clouds")).toMap());
    }
    for (auto it = clouds.cbegin(); it != clouds.cend(); ++it) {
        QVariantMap m = it.value().toMap();
        m.insert(QStringLiteral("__source"), m_cloudsFile);
        m_clouds.insert(it.key(), m);
    }
    if (const auto env = environmentCloud()) {
        const QString name = m_options.environment.value(QStringLiteral("OS_CLOUD_NAME"), QStringLiteral("envvars"));
        m_clouds.insert(name, *env);
    }
    return {};
}

std::optional<QVariantMap> CloudConfigLoader::environmentCloud() const
{
    // Selectors choose among clouds; they do not make one.
    static const QStringList selectors = {
        QStringLiteral("OS_CLOUD"), QStringLiteral("OS_REGION_NAME"), QStringLiteral("OS_CLIENT_CONFIG_FILE"),
        QStringLiteral("OS_CLIENT_SECURE_FILE"), QStringLiteral("OS_CLOUD_NAME"),
    };
    QVariantMap map;
    QVariantMap auth;
    bool any = false;
    const QStringList keys = m_options.environment.keys();
    for (const QString &k : keys) {
        if (!k.startsWith(QLatin1String("OS_")) || k.startsWith(QLatin1String("OS_TEST"))
            || k.startsWith(QLatin1String("OS_STD")) || k.startsWith(QLatin1String("OS_LOG")))
            continue;
        const QString value = m_options.environment.value(k);
        if (!selectors.contains(k))
            any = true;
        const QString key = normalisedKey(k.mid(3).toLower());
        if (authKeys().contains(key))
            auth.insert(key, value);
        else if (key != QLatin1String("cloud") && key != QLatin1String("client_config_file")
                 && key != QLatin1String("client_secure_file") && key != QLatin1String("cloud_name"))
            map.insert(key, value);
    }
    if (!any)
        return std::nullopt;
    map.insert(QStringLiteral("auth"), auth);
    map.insert(QStringLiteral("__source"), QStringLiteral("environment"));
    return map;
}

QStringList CloudConfigLoader::cloudNames() const
{
    return m_clouds.keys();
}

QString CloudConfigLoader::defaultCloudName() const
{
    const QString fromEnv = m_options.environment.value(QStringLiteral("OS_CLOUD"));
    if (!fromEnv.isEmpty())
        return fromEnv;
    if (m_clouds.size() == 1)
        return m_clouds.firstKey();
    if (m_clouds.contains(QStringLiteral("envvars")))
        return QStringLiteral("envvars");
    return {};
}

std::optional<CloudConfig> CloudConfigLoader::cloud(const QString &requested, Core::Error *error) const
{
    const QString name = requested.isEmpty() ? defaultCloudName() : requested;
    if (name.isEmpty()) {
        if (error)
            *error = Core::Error::make(
                Core::Error::Kind::Config,
                m_clouds.isEmpty()
                    ? QCoreApplication::translate("OpenStack::CloudConfig", "No cloud is configured: no clouds.yaml was found and no OS_* variables are set")
                    : QCoreApplication::translate("OpenStack::CloudConfig", "Several clouds are configured; choose one with --os-cloud or OS_CLOUD: %1")
                          .arg(cloudNames().join(QStringLiteral(", "))));
        return std::nullopt;
    }
    const auto it = m_clouds.constFind(name);
    if (it == m_clouds.constEnd()) {
        if (error)
            *error = Core::Error::make(Core::Error::Kind::Config,
                                       m_clouds.isEmpty()
                                           ? QCoreApplication::translate("OpenStack::CloudConfig", "Cloud \"%1\" not found: no clouds are configured").arg(name)
                                           : QCoreApplication::translate("OpenStack::CloudConfig", "Cloud \"%1\" not found; known clouds: %2")
                                                 .arg(name, cloudNames().join(QStringLiteral(", "))));
        return std::nullopt;
    }
    CloudConfig config = fromMap(name, *it);
    const QString envRegion = m_options.environment.value(QStringLiteral("OS_REGION_NAME"));
    if (!envRegion.isEmpty() && name != QLatin1String("envvars"))
        config.regionName = envRegion;
    return config;
}

CloudConfig CloudConfigLoader::fromMap(const QString &name, const QVariantMap &raw)
{
    const QVariantMap map = normalised(raw);
    CloudConfig c;
    c.name = name;
    c.sourceFile = map.value(QStringLiteral("__source")).toString();

    // Auth keys may stand at the top level; those inside `auth` win.
    QVariantMap auth;
    for (const QString &k : authKeys()) {
        if (map.contains(k))
            auth.insert(k, map.value(k));
    }
    auth = deepMerge(auth, map.value(QStringLiteral("auth")).toMap());
    auto a = [&auth](const char *key) { return auth.value(QLatin1String(key)).toString(); };
    c.authUrl = a("auth_url");
    c.username = a("username");
    c.userId = a("user_id");
    c.password = a("password");
    c.userDomainName = a("user_domain_name");
    c.userDomainId = a("user_domain_id");
    c.projectName = a("project_name");
    c.projectId = a("project_id");
    c.projectDomainName = a("project_domain_name");
    c.projectDomainId = a("project_domain_id");
    c.domainName = a("domain_name");
    c.domainId = a("domain_id");
    c.token = a("token");
    c.applicationCredentialId = a("application_credential_id");
    c.applicationCredentialName = a("application_credential_name");
    c.applicationCredentialSecret = a("application_credential_secret");

    const QString type = map.value(QStringLiteral("auth_type")).toString().toLower();
    if (type == QLatin1String("v3applicationcredential") || type == QLatin1String("applicationcredential")
        || type == QLatin1String("v3_application_credential"))
        c.authType = CloudConfig::AuthType::ApplicationCredential;
    else if (type == QLatin1String("v3token") || type == QLatin1String("token"))
        c.authType = CloudConfig::AuthType::Token;
    else
        c.authType = CloudConfig::AuthType::Password;

    // A domain given once serves both user and project when a project is named (openstacksdk's
    // rule); without a project it asks for a domain-scoped token.
    if (c.domainId.isEmpty())
        c.domainId = map.value(QStringLiteral("default_domain")).toString();
    if (!c.projectName.isEmpty() || !c.projectId.isEmpty()) {
        if (c.userDomainName.isEmpty() && c.userDomainId.isEmpty()) {
            c.userDomainName = c.domainName;
            c.userDomainId = c.domainId;
        }
        if (c.projectDomainName.isEmpty() && c.projectDomainId.isEmpty()) {
            c.projectDomainName = c.domainName;
            c.projectDomainId = c.domainId;
        }
        c.domainName.clear();
        c.domainId.clear();
    }

    c.regionName = map.value(QStringLiteral("region_name")).toString();
    const QVariant regions = map.value(QStringLiteral("regions"));
    if (regions.typeId() == QMetaType::QVariantList) {
        const QVariantList list = regions.toList();
        for (const QVariant &r : list)
            c.regions << (r.typeId() == QMetaType::QVariantMap ? r.toMap().value(QStringLiteral("name")).toString()
                                                               : r.toString());
    } else if (!regions.toString().isEmpty()) {
        c.regions = regions.toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    }
    if (c.regionName.isEmpty() && !c.regions.isEmpty())
        c.regionName = c.regions.constFirst();

    QString iface = map.value(QStringLiteral("interface"), map.value(QStringLiteral("endpoint_type"))).toString();
    if (iface.endsWith(QLatin1String("URL")))
        iface.chop(3);
    if (!iface.isEmpty())
        c.interface = iface.toLower();

    // verify may be a bool or a CA path; insecure: true means verify: false.
    const QVariant verify = map.value(QStringLiteral("verify"));
    const QString verifyText = verify.toString();
    if (verify.isValid() && !verifyText.isEmpty() && verifyText.toLower() != QLatin1String("true")
        && verifyText.toLower() != QLatin1String("false") && verifyText.contains(QLatin1Char('/')))
        c.caCertFile = verifyText;
    else
        c.verifyTls = truthy(verify, true);
    if (truthy(map.value(QStringLiteral("insecure")), false))
        c.verifyTls = false;
    if (map.contains(QStringLiteral("cacert")))
        c.caCertFile = map.value(QStringLiteral("cacert")).toString();
    c.clientCertFile = map.value(QStringLiteral("cert")).toString();
    c.clientKeyFile = map.value(QStringLiteral("key")).toString();

    c.stackdeck = raw.value(QStringLiteral("stackdeck")).toMap();
    return c;
}

} // namespace OpenStack
