// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/options.h"
#include "openstack/client/cloudconfig.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

class QNetworkAccessManager;

namespace Core {
class RequestLog;
}
namespace Secrets {
class CredentialStore;
}
namespace OpenStack {
class Connector;
class Session;
} // namespace OpenStack
namespace Ui {
class MainWindow;
}

namespace App {

// Builds the window and everything behind it, and switches clouds, regions and projects when the
// window asks. Owns the network manager, the credential store, the request log and the session.
class Application : public QObject
{
    Q_OBJECT
public:
    explicit Application(Options options, QObject *parent = nullptr);
    ~Application() override;

    void start();
    Ui::MainWindow *window() const { return m_window; }
    OpenStack::Session *session() const;

    // Picks the cloud to open: --os-cloud, OS_CLOUD, the last one used, stackdeck-local, the first.
    static QString chooseCloud(const QStringList &names, const QString &requested, const QString &fromEnv,
                               const QString &lastUsed);

private:
    void reloadConfig();
    void connectTo(const QString &cloud);
    void onConnected(OpenStack::Session *session, const Core::Error &error);
    void switchProject(const QString &projectId);
    void switchRegion(const QString &region);
    void takeScreenshotWhenReady();

    Options m_options;
    QNetworkAccessManager *m_network;
    Core::RequestLog *m_log;
    Secrets::CredentialStore *m_store;
    OpenStack::Connector *m_connector;
    Ui::MainWindow *m_window;
    OpenStack::CloudConfigLoader m_loader;
    QPointer<OpenStack::Session> m_session;
    bool m_keychainOk = true;
    QString m_keychainMessage;
    QElapsedTimer m_screenshotClock;
    bool m_screenshotPending = false;
};

} // namespace App
