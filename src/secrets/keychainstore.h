// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "secrets/credentialstore.h"

namespace Secrets {

// The system keychain (Secret Service on Linux) through QtKeychain. Nothing else in the project
// includes QtKeychain. When no secret service answers, calls end with Status::Unavailable and
// `unavailable()` is emitted once; nothing ever falls back to a plain file.
class KeychainStore : public CredentialStore
{
    Q_OBJECT
public:
    explicit KeychainStore(QString serviceName, QObject *parent = nullptr);

    void read(const QString &key, QObject *context, Callback callback) override;
    void write(const QString &key, const QString &secret, QObject *context, Callback callback) override;
    void remove(const QString &key, QObject *context, Callback callback) override;

private:
    void reportUnavailable(const QString &message);

    QString m_service;
    bool m_reportedUnavailable = false;
};

} // namespace Secrets
