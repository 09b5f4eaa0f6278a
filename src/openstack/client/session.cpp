// SPDX-License-Identifier: GPL-3.0-or-later
#include "openstack/client/session.h"

#include "core/logging.h"
#include "core/requestlog.h"
#include "openstack/client/httputil.h"
#include "openstack/client/jsonfields.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslKey>
#include <algorithm>

namespace OpenStack {

namespace {


QJsonObject domainRef(const QString &id, const QString &name)
{
    if (!id.isEmpty())
        return {{QStringLiteral("id"), id}};
    if (!name.isEmpty())
        return {{QStringLiteral("name"), name}};
    return {};
}

QNetworkRequest jsonRequest(const QUrl &url, const QSslConfiguration &ssl)
{
    QNetworkRequest req(url);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    req.setRawHeader("Accept", "application/json");
    req.setRawHeader("User-Agent", "StackDeck/" STACKDECK_VERSION);
    if (url.scheme() == QLatin1String("https"))
        req.setSslConfiguration(ssl);
    return req;
}

} // namespace

TokenInfo TokenInfo::fromJson(const QByteArray &body, const QByteArray &token, Core::Error *error)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        if (error)
            *error = Core::Error::make(Core::Error::Kind::BadResponse,
                                       QCoreApplication::translate("OpenStack::Session", "Keystone's token response is not JSON: %1").arg(pe.errorString()));
        return {};
    }
    const QJsonObject t = doc.object().value(QLatin1String("token")).toObject();
    FieldReader r(t, QStringLiteral("token"));
    TokenInfo info;
    info.token = token;
    info.expiresAt = parseTimestamp(r.requiredString("expires_at"));
    info.issuedAt = r.dateTime("issued_at");
    const QJsonObject user = r.object("user");
    info.userId = user.value(QLatin1String("id")).toString();
    info.userName = user.value(QLatin1String("name")).toString();
    info.userDomainId = user.value(QLatin1String("domain")).toObject().value(QLatin1String("id")).toString();
    const QJsonObject project = r.object("project");
    info.projectId = project.value(QLatin1String("id")).toString();
    info.projectName = project.value(QLatin1String("name")).toString();
    info.projectDomainId = project.value(QLatin1String("domain")).toObject().value(QLatin1String("id")).toString();
    info.domainId = r.object("domain").value(QLatin1String("id")).toString();
    const QJsonArray roles = r.array("roles");
    for (const QJsonValue &role : roles)
        info.roles << role.toObject().value(QLatin1String("name")).toString();
    Core::Error catalogError;
    info.catalog = ServiceCatalog::fromJson(r.array("catalog"), &catalogError);
    if (token.isEmpty()) {
        if (error)
            *error = Core::Error::make(Core::Error::Kind::BadResponse,
                                       QCoreApplication::translate("OpenStack::Session", "Keystone's answer has no X-Subject-Token header"));
        return {};
    }
    if (!r.ok() || !info.expiresAt.isValid() || info.userId.isEmpty()) {
        if (error) {
            *error = r.ok() ? Core::Error::make(Core::Error::Kind::BadResponse,
                                                QCoreApplication::translate("OpenStack::Session", "Keystone's token lacks its user or a valid expires_at"))
                            : r.error();
        }
        return {};
    }
    if (catalogError) {
        if (error)
            *error = catalogError;
        return {};
    }
    return info;
}

Session::Session(QNetworkAccessManager *network, CloudConfig config, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_config(std::move(config))
    , m_region(m_config.regionName)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    setupSsl();
}

Session::~Session() = default;

void Session::setupSsl()
{
    m_ssl = QSslConfiguration::defaultConfiguration();
    if (!m_config.verifyTls)
        m_ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
    if (!m_config.caCertFile.isEmpty()) {
        const auto certs = QSslCertificate::fromPath(m_config.caCertFile);
        if (certs.isEmpty())
            qCWarning(lcAuth) << "no CA certificate could be read from" << m_config.caCertFile;
        m_ssl.setCaCertificates(certs);
    }
    if (!m_config.clientCertFile.isEmpty()) {
        const auto certs = QSslCertificate::fromPath(m_config.clientCertFile);
        if (!certs.isEmpty())
            m_ssl.setLocalCertificate(certs.constFirst());
        QFile keyFile(m_config.clientKeyFile.isEmpty() ? m_config.clientCertFile : m_config.clientKeyFile);
        if (keyFile.open(QIODevice::ReadOnly)) {
            const QByteArray pem = keyFile.readAll();
            QSslKey key(pem, QSsl::Rsa);
            if (key.isNull())
                key = QSslKey(pem, QSsl::Ec);
            if (!key.isNull())
                m_ssl.setPrivateKey(key);
        }
    }
}

void Session::setSecret(const QString &secret)
{
    if (m_config.authType == CloudConfig::AuthType::ApplicationCredential)
        m_config.applicationCredentialSecret = secret;
    else if (m_config.authType == CloudConfig::AuthType::Token)
        m_config.token = secret;
    else
        m_config.password = secret;
}

bool Session::isAdmin() const
{
    return m_token.roles.contains(QStringLiteral("admin"));
}

void Session::setRegion(const QString &region)
{
    if (region == m_region)
        return;
    m_region = region;
    m_versions.clear();
    emit tokenChanged();
}

QStringList Session::regions() const
{
    QStringList r = m_token.catalog.regions();
    for (const QString &configured : m_config.regions) {
        if (!r.contains(configured))
            r << configured;
    }
    return r;
}

QUrl Session::tokensUrl() const
{
    QUrl url(m_config.authUrl);
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    if (path.endsWith(QLatin1String("/v2.0")))
        path.chop(5);
    if (!path.endsWith(QLatin1String("/v3")))
        path += QStringLiteral("/v3");
    url.setPath(path + QStringLiteral("/auth/tokens"));
    return url;
}

void Session::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void Session::expireToken()
{
    m_token.expiresAt = now().addSecs(-1);
    m_tokensByProject.clear();
}

QByteArray Session::authBody(const Scope &scope) const
{
    QJsonObject identity;
    const CloudConfig &c = m_config;
    switch (c.authType) {
    case CloudConfig::AuthType::Password: {
        QJsonObject user;
        if (!c.userId.isEmpty()) {
            user.insert(QStringLiteral("id"), c.userId);
        } else {
            user.insert(QStringLiteral("name"), c.username);
            const QJsonObject d = domainRef(c.userDomainId, c.userDomainName);
            if (!d.isEmpty())
                user.insert(QStringLiteral("domain"), d);
        }
        user.insert(QStringLiteral("password"), c.password);
        identity.insert(QStringLiteral("methods"), QJsonArray{QStringLiteral("password")});
        identity.insert(QStringLiteral("password"), QJsonObject{{QStringLiteral("user"), user}});
        break;
    }
    case CloudConfig::AuthType::ApplicationCredential: {
        QJsonObject ac;
        if (!c.applicationCredentialId.isEmpty()) {
            ac.insert(QStringLiteral("id"), c.applicationCredentialId);
        } else {
            ac.insert(QStringLiteral("name"), c.applicationCredentialName);
            QJsonObject user;
            if (!c.userId.isEmpty()) {
                user.insert(QStringLiteral("id"), c.userId);
            } else {
                user.insert(QStringLiteral("name"), c.username);
                user.insert(QStringLiteral("domain"), domainRef(c.userDomainId, c.userDomainName));
            }
            ac.insert(QStringLiteral("user"), user);
        }
        ac.insert(QStringLiteral("secret"), c.applicationCredentialSecret);
        identity.insert(QStringLiteral("methods"), QJsonArray{QStringLiteral("application_credential")});
        identity.insert(QStringLiteral("application_credential"), ac);
        break;
    }
    case CloudConfig::AuthType::Token:
        identity.insert(QStringLiteral("methods"), QJsonArray{QStringLiteral("token")});
        identity.insert(QStringLiteral("token"), QJsonObject{{QStringLiteral("id"), c.token}});
        break;
    }

    QJsonObject auth{{QStringLiteral("identity"), identity}};
    // Application credentials carry their own project; a scope would be refused.
    if (c.authType != CloudConfig::AuthType::ApplicationCredential) {
        QJsonObject scopeObject;
        if (!scope.projectId.isEmpty()) {
            scopeObject.insert(QStringLiteral("project"), QJsonObject{{QStringLiteral("id"), scope.projectId}});
        } else if (!c.projectId.isEmpty()) {
            scopeObject.insert(QStringLiteral("project"), QJsonObject{{QStringLiteral("id"), c.projectId}});
        } else if (!c.projectName.isEmpty()) {
            QJsonObject project{{QStringLiteral("name"), c.projectName}};
            const QJsonObject d = domainRef(c.projectDomainId, c.projectDomainName);
            if (!d.isEmpty())
                project.insert(QStringLiteral("domain"), d);
            scopeObject.insert(QStringLiteral("project"), project);
        } else if (!c.domainId.isEmpty() || !c.domainName.isEmpty()) {
            scopeObject.insert(QStringLiteral("domain"), domainRef(c.domainId, c.domainName));
        }
        if (!scopeObject.isEmpty())
            auth.insert(QStringLiteral("scope"), scopeObject);
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("auth"), auth}}).toJson(QJsonDocument::Compact);
}

void Session::authenticate(QObject *context, Callback callback)
{
    startAuth(Scope{}, context, std::move(callback));
}

void Session::switchProject(const QString &projectId, QObject *context, Callback callback)
{
    if (projectId == m_token.projectId && m_token.secondsLeft(now()) > kRefreshMarginSecs) {
        callback({});
        return;
    }
    const auto cached = m_tokensByProject.constFind(projectId);
    if (cached != m_tokensByProject.constEnd() && cached->secondsLeft(now()) > kRefreshMarginSecs) {
        m_token = *cached;
        m_versions.clear();
        emit tokenChanged();
        callback({});
        return;
    }
    if (m_config.authType == CloudConfig::AuthType::ApplicationCredential) {
        callback(Core::Error::make(Core::Error::Kind::Auth,
                                   QCoreApplication::translate("OpenStack::Session", "An application credential is bound to its own project and cannot switch")));
        return;
    }
    startAuth(Scope{projectId}, context, std::move(callback));
}

void Session::ensureFreshToken(QObject *context, Callback callback)
{
    if (m_token.isValid() && m_token.secondsLeft(now()) > kRefreshMarginSecs && !m_authInFlight) {
        callback({});
        return;
    }
    if (!m_token.isValid() && !m_authInFlight) {
        startAuth(Scope{}, context, std::move(callback));
        return;
    }
    qCInfo(lcAuth) << "token for" << m_config.name << "expires in" << m_token.secondsLeft(now())
                   << "s; re-authenticating";
    startAuth(Scope{m_token.projectId}, context, std::move(callback));
}

void Session::reauthenticateAfter401(const QByteArray &rejectedToken, QObject *context, Callback callback)
{
    if (m_token.isValid() && m_token.token != rejectedToken && !m_authInFlight) {
        callback({}); // someone already replaced it
        return;
    }
    qCInfo(lcAuth) << "a request on" << m_config.name << "got 401; re-authenticating once";
    m_tokensByProject.remove(m_token.projectId);
    startAuth(Scope{m_token.projectId}, context, std::move(callback));
}

void Session::startAuth(const Scope &scope, QObject *context, Callback callback)
{
    m_pending.append({QPointer<QObject>(context), std::move(callback)});
    if (m_authInFlight)
        return;
    if (!m_config.hasSecret()) {
        Core::Error e = Core::Error::make(Core::Error::Kind::Auth,
                                          QCoreApplication::translate("OpenStack::Session", "Cloud \"%1\": no password or secret is known").arg(m_config.name));
        e.service = QStringLiteral("identity");
        settle(e);
        return;
    }
    if (!QUrl(m_config.authUrl).isValid() || m_config.authUrl.isEmpty()) {
        Core::Error e = Core::Error::make(Core::Error::Kind::Config,
                                          QCoreApplication::translate("OpenStack::Session", "Cloud \"%1\" has no valid auth_url").arg(m_config.name));
        settle(e);
        return;
    }
    m_authInFlight = true;
    setState(State::Authenticating);
    sendAuth(scope);
}

void Session::sendAuth(const Scope &scope)
{
    QNetworkRequest req = jsonRequest(tokensUrl(), m_ssl);
    QNetworkReply *reply = m_network->post(req, authBody(scope));
    Http::armTimeout(reply, m_authTimeoutMs);
    auto *timer = new QElapsedTimer;
    timer->start();
    connect(reply, &QNetworkReply::finished, this, [this, reply, scope, timer]() {
        reply->setProperty("elapsed", timer->elapsed());
        delete timer;
        finishAuth(reply, scope);
    });
}

void Session::finishAuth(QNetworkReply *reply, const Scope &scope)
{
    reply->deleteLater();
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
    Core::Error error = Http::errorFromReply(reply, body, QStringLiteral("identity"),
                                             Http::describe("POST", reply), m_authTimeoutMs);
    if (error) {
        if (error.kind == Core::Error::Kind::Auth)
            error.message = QCoreApplication::translate("OpenStack::Session", "Cloud \"%1\": Keystone refused the credentials: %2").arg(m_config.name, error.message);
        else if (error.kind == Core::Error::Kind::Timeout)
            error.message = QCoreApplication::translate("OpenStack::Session", "Cloud \"%1\": Keystone at %2 did not answer within %3 s")
                                .arg(m_config.name, reply->url().authority())
                                .arg(m_authTimeoutMs / 1000);
        else
            error.message = QCoreApplication::translate("OpenStack::Session", "Cloud \"%1\": %2").arg(m_config.name, error.message);
        if (m_requestLog)
            m_requestLog->addFailure(
                Http::recordOf(reply, error, QStringLiteral("identity"), reply->property("elapsed").toLongLong()));
        settle(error);
        return;
    }
    Core::Error parseError;
    TokenInfo info = TokenInfo::fromJson(body, reply->rawHeader("X-Subject-Token"), &parseError);
    if (parseError) {
        parseError.service = QStringLiteral("identity");
        parseError.context = Http::describe("POST", reply);
        if (m_requestLog)
            m_requestLog->addFailure(Http::recordOf(reply, parseError, QStringLiteral("identity"), 0));
        settle(parseError);
        return;
    }
    m_token = info;
    if (m_region.isEmpty() || !m_token.catalog.regions().contains(m_region)) {
        const QStringList r = m_token.catalog.regions();
        if (m_region.isEmpty() && !r.isEmpty())
            m_region = r.constFirst();
    }
    if (!info.projectId.isEmpty())
        m_tokensByProject.insert(info.projectId, info);
    m_versions.clear();
    if (info.projectId.isEmpty() && info.domainId.isEmpty() && scope.projectId.isEmpty()
        && m_config.authType != CloudConfig::AuthType::ApplicationCredential) {
        scopeToFirstProject();
        return;
    }
    settle({});
}

void Session::scopeToFirstProject()
{
    QUrl url = tokensUrl();
    url.setPath(url.path().replace(QLatin1String("/auth/tokens"), QLatin1String("/auth/projects")));
    QNetworkRequest req = jsonRequest(url, m_ssl);
    req.setRawHeader("X-Auth-Token", m_token.token);
    QNetworkReply *reply = m_network->get(req);
    Http::armTimeout(reply, m_authTimeoutMs);
    connect(reply, &QNetworkReply::finished, this, [this, reply]() {
        reply->deleteLater();
        const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
        Core::Error error =
            Http::errorFromReply(reply, body, QStringLiteral("identity"), Http::describe("GET", reply), m_authTimeoutMs);
        QJsonArray projects;
        if (!error)
            projects = requiredArray(QJsonDocument::fromJson(body).object(), "projects", &error);
        if (error) {
            settle(error);
            return;
        }
        QStringList ids;
        QVector<std::pair<QString, QString>> byName;
        for (const QJsonValue &p : projects) {
            const QJsonObject o = p.toObject();
            if (o.value(QLatin1String("enabled")).toBool(true))
                byName.append({o.value(QLatin1String("name")).toString(), o.value(QLatin1String("id")).toString()});
        }
        if (byName.isEmpty()) {
            // An unscoped token has no catalog; nothing more can be done with it.
            settle(Core::Error::make(Core::Error::Kind::Auth,
                                     QCoreApplication::translate("OpenStack::Session", "Cloud \"%1\": the user has no role on any enabled project").arg(m_config.name)));
            return;
        }
        std::sort(byName.begin(), byName.end());
        sendAuth(Scope{byName.constFirst().second});
    });
}

void Session::settle(const Core::Error &error)
{
    m_authInFlight = false;
    if (error) {
        setState(State::Failed);
        emit authenticationFailed(error);
    } else {
        setState(State::Connected);
        emit tokenChanged();
    }
    const QVector<Pending> pending = std::exchange(m_pending, {});
    for (const Pending &p : pending) {
        if (p.context)
            p.callback(error);
    }
}

QUrl Session::endpoint(const QString &serviceType, Core::Error *error) const
{
    if (!m_token.isValid()) {
        if (error)
            *error = Core::Error::make(Core::Error::Kind::Auth, QCoreApplication::translate("OpenStack::Session", "Not connected to cloud \"%1\"").arg(m_config.name));
        return {};
    }
    QUrl url = m_token.catalog.endpoint(serviceType, m_config.interface, m_region, error);
    // Some deployments register Keystone without its version; every identity call here is v3.
    if (serviceType == QLatin1String("identity") && url.isValid() && !url.path().contains(QLatin1String("/v3"))) {
        QString path = url.path();
        while (path.endsWith(QLatin1Char('/')))
            path.chop(1);
        url.setPath(path + QStringLiteral("/v3"));
    }
    return url;
}

void Session::versionRange(const QString &serviceType, QObject *context, VersionCallback callback)
{
    const QString key = serviceType + QLatin1Char('@') + m_region;
    if (const auto it = m_versions.constFind(key); it != m_versions.constEnd()) {
        callback(*it, {});
        return;
    }
    auto &waiters = m_versionWaiters[key];
    waiters.append({QPointer<QObject>(context), std::move(callback)});
    if (waiters.size() > 1)
        return;

    Core::Error error;
    const QUrl ep = endpoint(serviceType, &error);
    auto deliver = [this, key](const VersionRange &range, const Core::Error &e) {
        if (!e)
            m_versions.insert(key, range);
        const auto list = m_versionWaiters.take(key);
        for (const auto &w : list) {
            if (w.first)
                w.second(range, e);
        }
    };
    if (error) {
        deliver({}, error);
        return;
    }
    QNetworkRequest req = jsonRequest(versionedRoot(ep), m_ssl);
    req.setRawHeader("X-Auth-Token", m_token.token);
    QNetworkReply *reply = m_network->get(req);
    Http::armTimeout(reply, m_timeoutMs);
    const QString path = ep.path();
    connect(reply, &QNetworkReply::finished, this, [this, reply, serviceType, path, deliver]() {
        reply->deleteLater();
        const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
        Core::Error e = Http::errorFromReply(reply, body, serviceType, Http::describe("GET", reply), m_timeoutMs);
        // A versioned root may answer 300 Multiple Choices with the list; that is fine.
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (e && status == 300)
            e = {};
        VersionRange range;
        if (!e)
            range = parseVersionDocument(body, path, &e);
        if (e && m_requestLog)
            m_requestLog->addFailure(Http::recordOf(reply, e, serviceType, 0));
        deliver(range, e);
    });
}

} // namespace OpenStack
