// SPDX-License-Identifier: GPL-3.0-or-later
#include "secrets/keychainstore.h"

#include "core/logging.h"

#include <QPointer>
#include <qt6keychain/keychain.h>

namespace Secrets {

namespace {
CredentialStore::Result resultOf(QKeychain::Job *job)
{
    CredentialStore::Result r;
    switch (job->error()) {
    case QKeychain::NoError:
        r.status = CredentialStore::Status::Ok;
        break;
    case QKeychain::EntryNotFound:
        r.status = CredentialStore::Status::NotFound;
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
    case QKeychain::OtherError:
        // OtherError is what the Secret Service backend reports when no daemon answers on D-Bus
        // ("Cannot autolaunch D-Bus…", "Object does not exist at path …/collection/login").
        r.status = CredentialStore::Status::Unavailable;
        break;
    default:
        r.status = CredentialStore::Status::Failed;
        break;
    }
    r.message = job->errorString();
    return r;
}
} // namespace

KeychainStore::KeychainStore(QString serviceName, QObject *parent)
    : CredentialStore(parent)
    , m_service(std::move(serviceName))
{
}

void KeychainStore::reportUnavailable(const QString &message)
{
    if (m_reportedUnavailable)
        return;
    m_reportedUnavailable = true;
    qCWarning(lcSecrets) << "system keychain unavailable:" << message;
    emit unavailable(message);
}

void KeychainStore::read(const QString &key, QObject *context, Callback callback)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(key);
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, this, [this, guard, callback = std::move(callback)](QKeychain::Job *j) {
        Result r = resultOf(j);
        if (r.status == Status::Ok)
            r.secret = static_cast<QKeychain::ReadPasswordJob *>(j)->textData();
        if (r.status == Status::Unavailable)
            reportUnavailable(r.message);
        if (guard)
            callback(r);
    });
    job->start();
}

void KeychainStore::write(const QString &key, const QString &secret, QObject *context, Callback callback)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(key);
    job->setTextData(secret);
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, this, [this, guard, callback = std::move(callback)](QKeychain::Job *j) {
        const Result r = resultOf(j);
        if (r.status == Status::Unavailable)
            reportUnavailable(r.message);
        if (guard)
            callback(r);
    });
    job->start();
}

void KeychainStore::remove(const QString &key, QObject *context, Callback callback)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(key);
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, this, [this, guard, callback = std::move(callback)](QKeychain::Job *j) {
        const Result r = resultOf(j);
        if (r.status == Status::Unavailable)
            reportUnavailable(r.message);
        if (guard)
            callback(r);
    });
    job->start();
}

} // namespace Secrets
