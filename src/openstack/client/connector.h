// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "openstack/client/cloudconfig.h"

#include <QObject>
#include <QPointer>
#include <functional>
#include <optional>

class QNetworkAccessManager;

namespace Core {
class RequestLog;
}
namespace Secrets {
class CredentialStore;
}

namespace OpenStack {

class Session;

// Makes an authenticated Session for a cloud, finding its secret in this order: clouds.yaml /
// secure.yaml / OS_* (already in the config), the system keychain, then the prompt (the login
// dialog; none in headless mode). A secret typed at the prompt is written to the keychain only when
// the user asked to remember it, and only after Keystone accepted it.
class Connector : public QObject
{
    Q_OBJECT
public:
    struct PromptAnswer
    {
        QString secret;
        bool remember = false;
    };
    // Ask the user. `reason` says why (first time, or Keystone's refusal). Answer nullopt to cancel.
    using Prompt = std::function<void(const CloudConfig &config, const QString &reason,
                                      std::function<void(std::optional<PromptAnswer>)> answer)>;
    using Callback = std::function<void(Session *session, const Core::Error &error)>;

    Connector(QNetworkAccessManager *network, Secrets::CredentialStore *store, Core::RequestLog *log,
              QObject *parent = nullptr);

    void setPrompt(Prompt prompt) { m_prompt = std::move(prompt); }

    // The session is parented to `sessionParent`; on failure it is deleted and `session` is null.
    void connectTo(const CloudConfig &config, QObject *sessionParent, Callback callback);

    static QString keychainKey(const CloudConfig &config);

private:
    struct Attempt;
    void authenticate(const std::shared_ptr<Attempt> &attempt);
    void ask(const std::shared_ptr<Attempt> &attempt, const QString &reason);
    void done(const std::shared_ptr<Attempt> &attempt, const Core::Error &error);

    QNetworkAccessManager *m_network;
    QPointer<Secrets::CredentialStore> m_store;
    QPointer<Core::RequestLog> m_log;
    Prompt m_prompt;
};

} // namespace OpenStack
