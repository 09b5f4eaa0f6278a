// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <functional>

namespace Secrets {

// Where passwords and application-credential secrets are kept between runs. Never a plain file:
// the system keychain, or memory for tests. All calls are asynchronous; the callback runs on the
// thread of `context`, and not at all if `context` is destroyed first.
class CredentialStore : public QObject
{
    Q_OBJECT
public:
    enum class Status { Ok, NotFound, Unavailable, Failed };

    struct Result
    {
        Status status = Status::Ok;
        QString secret;  // for reads
        QString message; // what the keychain said when it failed
    };
    using Callback = std::function<void(const Result &)>;

    using QObject::QObject;
    ~CredentialStore() override;

    virtual void read(const QString &key, QObject *context, Callback callback) = 0;
    virtual void write(const QString &key, const QString &secret, QObject *context, Callback callback) = 0;
    virtual void remove(const QString &key, QObject *context, Callback callback) = 0;

    // A stable key for a cloud's credential: "cloud/<name>/<user>@<auth_url>".
    static QString keyFor(const QString &cloud, const QString &user, const QString &authUrl);

signals:
    // Emitted once when the backend finds it cannot work (no secret service). The window shows it.
    void unavailable(const QString &message);
};

} // namespace Secrets
