// SPDX-License-Identifier: GPL-3.0-or-later
#include "secrets/credentialstore.h"

namespace Secrets {

CredentialStore::~CredentialStore() = default;

QString CredentialStore::keyFor(const QString &cloud, const QString &user, const QString &authUrl)
{
    return QStringLiteral("cloud/") + cloud + QLatin1Char('/') + user + QLatin1Char('@') + authUrl;
}

} // namespace Secrets
