// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "secrets/credentialstore.h"

#include <QHash>

namespace Secrets {

// Keeps secrets in process memory only: for tests, and for the run when the keychain is missing
// and the user did not ask to remember. Callbacks are delivered from the event loop, like the real
// keychain's, so callers cannot come to depend on synchronous delivery.
class MemoryStore : public CredentialStore
{
    Q_OBJECT
public:
    using CredentialStore::CredentialStore;

    void read(const QString &key, QObject *context, Callback callback) override;
    void write(const QString &key, const QString &secret, QObject *context, Callback callback) override;
    void remove(const QString &key, QObject *context, Callback callback) override;

    // For tests: make every call fail as an unavailable keychain would.
    void setUnavailable(bool unavailable) { m_unavailable = unavailable; }

private:
    void deliver(QObject *context, Callback callback, Result result);

    QHash<QString, QString> m_secrets;
    bool m_unavailable = false;
};

} // namespace Secrets
