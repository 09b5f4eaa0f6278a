// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobwait.h"
#include "localcloudconfig.h"
#include "openstack/client/session.h"

#include <QNetworkAccessManager>
#include <memory>

namespace TestSupport {

// How long a test waits for Keystone to answer a login.
constexpr int kAuthenticateTimeoutMs = 30000;

// Authenticates `session` and waits (bounded) for Keystone's answer: the session's own error
// (wrong password, Keystone not answering), or a timeout error when no answer came at all.
// `context` is the receiver of the session's callback (the test object).
inline Core::Error authenticate(OpenStack::Session &session, QObject *context, int timeoutMs = kAuthenticateTimeoutMs)
{
    return waitForCallback([&](auto callback) { session.authenticate(context, callback); }, timeoutMs,
                           QStringLiteral("authenticate as %1").arg(session.config().name));
}

// A session logged in to cloud `name` of the local cloud's clouds.yaml (see localCloudConfig).
// Null when the cloud cannot be read or Keystone refuses; then `why` (when given) says which and
// in the loader's or Keystone's words, for QVERIFY2. The caller owns the session; `network` must
// outlive it.
inline std::unique_ptr<OpenStack::Session> localCloudSession(const TestCloud &cloud, QNetworkAccessManager *network,
                                                             const QString &name, QObject *context, QString *why = nullptr)
{
    const auto config = localCloudConfig(cloud, name, why);
    if (!config)
        return {};
    auto session = std::make_unique<OpenStack::Session>(network, *config);
    if (const Core::Error e = authenticate(*session, context)) {
        if (why)
            *why = QStringLiteral("cannot authenticate as %1: %2").arg(name, e.toString());
        return {};
    }
    return session;
}

} // namespace TestSupport
