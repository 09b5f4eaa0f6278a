// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "core/requestlog.h"
#include "openstack/client/catalog.h"
#include "openstack/client/cloudconfig.h"
#include "openstack/client/microversion.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QUrl>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace OpenStack {

// A Keystone v3 token and what came with it.
struct TokenInfo
{
    QByteArray token; // from X-Subject-Token; never logged
    QDateTime expiresAt;
    QDateTime issuedAt;
    QString userId;
    QString userName;
    QString userDomainId;
    QString projectId;
    QString projectName;
    QString projectDomainId;
    QString domainId; // for a domain-scoped token
    QStringList roles;
    ServiceCatalog catalog;

    bool isValid() const { return !token.isEmpty(); }
    qint64 secondsLeft(const QDateTime &now) const { return now.secsTo(expiresAt); }

    // Parses the body of POST /v3/auth/tokens; `token` is the header value.
    static TokenInfo fromJson(const QByteArray &body, const QByteArray &token, Core::Error *error);
};

// The connection to one cloud: credentials, the current scoped token, the catalog, and version
// discovery. Owned by the application; lives on the GUI thread. Every REST job goes through it.
//
// Token life: a job asks ensureFreshToken() first, which re-authenticates when fewer than
// kRefreshMarginSecs remain; a 401 makes the job call reauthenticateAfter401() once and replay.
// Concurrent refreshes are coalesced into one Keystone request. One scoped token is kept per
// project the user has switched to.
class Session : public QObject
{
    Q_OBJECT
public:
    enum class State { Disconnected, Authenticating, Connected, Failed };
    Q_ENUM(State)

    static constexpr int kRefreshMarginSecs = 120;

    using Callback = std::function<void(const Core::Error &)>;
    using VersionCallback = std::function<void(const VersionRange &, const Core::Error &)>;

    Session(QNetworkAccessManager *network, CloudConfig config, QObject *parent = nullptr);
    ~Session() override;

    const CloudConfig &config() const { return m_config; }
    QNetworkAccessManager *network() const { return m_network; }

    // The password (or application-credential secret) typed in the login dialog or read from the
    // keychain, when clouds.yaml has none. Kept in memory only, for re-authentication.
    void setSecret(const QString &secret);

    void setRequestLog(Core::RequestLog *log) { m_requestLog = log; }
    Core::RequestLog *requestLog() const { return m_requestLog; }

    State state() const { return m_state; }
    const TokenInfo &token() const { return m_token; }
    bool isAdmin() const;
    QString region() const { return m_region; }
    void setRegion(const QString &region);
    QStringList regions() const;

    // Authenticates with the cloud's own credentials and scope. An unscoped result is scoped to
    // the first project the user has.
    void authenticate(QObject *context, Callback callback);
    // Scopes to another project (one token per project, reused while valid).
    void switchProject(const QString &projectId, QObject *context, Callback callback);
    void ensureFreshToken(QObject *context, Callback callback);
    // After a 401 on `rejectedToken`: re-authenticate once (or not at all, when the token has
    // already been replaced), then call back.
    void reauthenticateAfter401(const QByteArray &rejectedToken, QObject *context, Callback callback);

    QUrl endpoint(const QString &serviceType, Core::Error *error) const;
    // GET of the service's versioned root, cached per service type and region.
    void versionRange(const QString &serviceType, QObject *context, VersionCallback callback);

    int timeoutMs() const { return m_timeoutMs; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    int authTimeoutMs() const { return m_authTimeoutMs; }
    void setAuthTimeoutMs(int ms) { m_authTimeoutMs = ms; }

    QSslConfiguration sslConfiguration() const { return m_ssl; }
    QUrl tokensUrl() const;

    // Tests move time forward to see expiry handling.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    QDateTime now() const { return m_clock(); }

    // Drops the current token so the next request re-authenticates (a "forced expiry").
    void expireToken();

signals:
    void stateChanged(OpenStack::Session::State state);
    void tokenChanged();
    void authenticationFailed(const Core::Error &error);

private:
    struct Pending
    {
        QPointer<QObject> context;
        Callback callback;
    };
    struct Scope
    {
        QString projectId;
    };

    void startAuth(const Scope &scope, QObject *context, Callback callback);
    void sendAuth(const Scope &scope);
    void finishAuth(QNetworkReply *reply, const Scope &scope);
    void scopeToFirstProject();
    QByteArray authBody(const Scope &scope) const;
    void settle(const Core::Error &error);
    void setState(State state);
    void setupSsl();

    QNetworkAccessManager *m_network;
    CloudConfig m_config;
    QPointer<Core::RequestLog> m_requestLog;
    State m_state = State::Disconnected;
    TokenInfo m_token;
    QHash<QString, TokenInfo> m_tokensByProject;
    QString m_region;
    QVector<Pending> m_pending;
    bool m_authInFlight = false;
    QHash<QString, VersionRange> m_versions;
    QHash<QString, QVector<std::pair<QPointer<QObject>, VersionCallback>>> m_versionWaiters;
    int m_timeoutMs = 30000;
    int m_authTimeoutMs = 10000;
    QSslConfiguration m_ssl;
    std::function<QDateTime()> m_clock;
};

} // namespace OpenStack
