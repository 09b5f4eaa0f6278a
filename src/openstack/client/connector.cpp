// SPDX-License-Identifier: GPL-3.0-or-later
#include "openstack/client/connector.h"

#include "core/logging.h"
#include "core/requestlog.h"
#include "openstack/client/session.h"
#include "secrets/credentialstore.h"

#include <QCoreApplication>

namespace OpenStack {

struct Connector::Attempt
{
    CloudConfig config;
    QPointer<Session> session;
    Callback callback;
    bool fromKeychain = false;
    bool remember = false;
    QString typedSecret;
};

Connector::Connector(QNetworkAccessManager *network, Secrets::CredentialStore *store, Core::RequestLog *log,
                     QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_store(store)
    , m_log(log)
{
}

QString Connector::keychainKey(const CloudConfig &config)
{
    const QString user = config.authType == CloudConfig::AuthType::ApplicationCredential
        ? (config.applicationCredentialId.isEmpty() ? config.applicationCredentialName : config.applicationCredentialId)
        : (config.userId.isEmpty() ? config.username : config.userId);
    return Secrets::CredentialStore::keyFor(config.name, user, config.authUrl);
}

void Connector::connectTo(const CloudConfig &config, QObject *sessionParent, Callback callback)
{
    auto attempt = std::make_shared<Attempt>();
    attempt->config = config;
    attempt->callback = std::move(callback);
    attempt->session = new Session(m_network, config, sessionParent);
    attempt->session->setRequestLog(m_log);

    if (config.hasSecret()) {
        authenticate(attempt);
        return;
    }
    if (!m_store) {
        ask(attempt, {});
        return;
    }
    m_store->read(keychainKey(config), this, [this, attempt](const Secrets::CredentialStore::Result &r) {
        if (r.status == Secrets::CredentialStore::Status::Ok && !r.secret.isEmpty() && attempt->session) {
            attempt->fromKeychain = true;
            attempt->session->setSecret(r.secret);
            authenticate(attempt);
            return;
        }
        ask(attempt, {});
    });
}

void Connector::ask(const std::shared_ptr<Attempt> &attempt, const QString &reason)
{
    if (!m_prompt) {
        done(attempt,
             Core::Error::make(Core::Error::Kind::Auth,
                               reason.isEmpty()
                                   ? tr("Cloud \"%1\" has no password: put it in secure.yaml or OS_PASSWORD, or log in "
                                        "once in the window and tick \"Remember\"")
                                         .arg(attempt->config.name)
                                   : reason));
        return;
    }
    m_prompt(attempt->config, reason, [this, attempt](std::optional<PromptAnswer> answer) {
        if (!answer || !attempt->session) {
            done(attempt, Core::Error::make(Core::Error::Kind::Cancelled,
                                            tr("Login to cloud \"%1\" cancelled").arg(attempt->config.name)));
            return;
        }
        attempt->fromKeychain = false;
        attempt->remember = answer->remember;
        attempt->typedSecret = answer->secret;
        attempt->session->setSecret(answer->secret);
        authenticate(attempt);
    });
}

void Connector::authenticate(const std::shared_ptr<Attempt> &attempt)
{
    Session *session = attempt->session;
    if (!session) {
        done(attempt, Core::Error::make(Core::Error::Kind::Cancelled, tr("cancelled")));
        return;
    }
    session->authenticate(this, [this, attempt](const Core::Error &error) {
        if (!error) {
            if (attempt->remember && m_store) {
                m_store->write(keychainKey(attempt->config), attempt->typedSecret, this,
                               [](const Secrets::CredentialStore::Result &r) {
                                   if (r.status != Secrets::CredentialStore::Status::Ok)
                                       qCWarning(lcSecrets) << "could not remember the password:" << r.message;
                               });
            }
            attempt->typedSecret.clear();
            done(attempt, {});
            return;
        }
        // A wrong password: ask again (and forget a stale remembered one) when someone can answer.
        if (error.kind == Core::Error::Kind::Auth && error.httpStatus == 401 && m_prompt
            && !attempt->config.hasSecret()) {
            if (attempt->fromKeychain && m_store)
                m_store->remove(keychainKey(attempt->config), this, [](const Secrets::CredentialStore::Result &) {});
            ask(attempt, error.message);
            return;
        }
        done(attempt, error);
    });
}

void Connector::done(const std::shared_ptr<Attempt> &attempt, const Core::Error &error)
{
    Session *session = attempt->session;
    if (error && session) {
        session->deleteLater();
        session = nullptr;
    }
    if (attempt->callback)
        attempt->callback(session, error);
}

} // namespace OpenStack
