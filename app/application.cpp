// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/application.h"

#include "core/logging.h"
#include "core/requestlog.h"
#include "openstack/client/connector.h"
#include "openstack/client/session.h"
#include "secrets/keychainstore.h"
#include "ui/aggregates/aggregatespage.h"
#include "ui/ceph/cephpage.h"
#include "ui/common/page.h"
#include "ui/dialogs/logindialog.h"
#include "ui/hypervisors/hypervisorspage.h"
#include "ui/instances/instancespage.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/projects/projectspage.h"
#include "ui/security/securitypage.h"
#include "ui/topology/topologypage.h"
#include "ui/volumes/volumespage.h"

#include <QApplication>
#include <QNetworkAccessManager>
#include <QProcessEnvironment>
#include <QSettings>
#include <QTimer>
#include <cstdio>

namespace App {

Application::Application(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_network(new QNetworkAccessManager(this))
    , m_log(new Core::RequestLog(500, this))
    , m_store(new Secrets::KeychainStore(QStringLiteral("StackDeck"), this))
    , m_connector(new OpenStack::Connector(m_network, m_store, m_log, this))
    , m_window(new Ui::MainWindow(m_log))
{
    auto *projects = new Ui::ProjectsPage;
    m_window->addPage(projects);
    auto *instances = new Ui::InstancesPage;
    m_window->addPage(instances);
    auto *volumes = new Ui::VolumesPage;
    m_window->addPage(volumes);
    auto *topology = new Ui::TopologyPage;
    m_window->addPage(topology);
    connect(topology, &Ui::TopologyPage::switchProjectRequested, this, &Application::switchProject);
    m_window->addPage(new Ui::SecurityPage);
    m_window->addPage(new Ui::AggregatesPage);
    m_window->addPage(new Ui::HypervisorsPage);
    auto *ceph = new Ui::CephPage(m_store);
    m_window->addPage(ceph);
    connect(ceph, &Ui::CephPage::clusterChanged, volumes, &Ui::VolumesPage::setCluster);
    // A volume dropped on an instance is attached by the Volumes tab; the Instances tab then looks
    // again at the servers whose attachments changed.
    connect(instances, &Ui::InstancesPage::attachVolumesRequested, volumes,
            [volumes](const QStringList &ids, const QString &serverId, const QString &) {
                volumes->attachVolumes(ids, serverId);
            });
    connect(volumes, &Ui::VolumesPage::serversChanged, instances, &Ui::InstancesPage::watchServers);

    connect(projects, &Ui::ProjectsPage::switchProjectRequested, this, &Application::switchProject);
    connect(m_window, &Ui::MainWindow::projectRequested, this, &Application::switchProject);
    connect(m_window, &Ui::MainWindow::regionRequested, this, &Application::switchRegion);
    connect(m_window, &Ui::MainWindow::cloudRequested, this, &Application::connectTo);
    connect(m_window, &Ui::MainWindow::reloadConfigRequested, this, &Application::reloadConfig);
    connect(m_store, &Secrets::CredentialStore::unavailable, this, [this](const QString &message) {
        m_keychainOk = false;
        m_keychainMessage = message;
        m_window->setKeychainUnavailable(message);
    });

    // The login dialog, shown without a nested event loop.
    m_connector->setPrompt([this](const OpenStack::CloudConfig &config, const QString &reason,
                                  std::function<void(std::optional<OpenStack::Connector::PromptAnswer>)> answer) {
        auto *dialog = new Ui::LoginDialog(config.name, config.username, config.authUrl, reason, m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setKeychainAvailable(m_keychainOk, m_keychainMessage);
        connect(dialog, &QDialog::finished, this, [dialog, answer](int result) {
            if (result == QDialog::Accepted)
                answer(OpenStack::Connector::PromptAnswer{dialog->secret(), dialog->remember()});
            else
                answer(std::nullopt);
        });
        dialog->open();
    });
}

Application::~Application()
{
    delete m_window;
}

OpenStack::Session *Application::session() const
{
    return m_session;
}

QString Application::chooseCloud(const QStringList &names, const QString &requested, const QString &fromEnv,
                                 const QString &lastUsed)
{
    if (!requested.isEmpty())
        return requested;
    if (!fromEnv.isEmpty())
        return fromEnv;
    if (names.contains(lastUsed))
        return lastUsed;
    if (names.contains(QStringLiteral("stackdeck-local")))
        return QStringLiteral("stackdeck-local");
    return names.isEmpty() ? QString() : names.constFirst();
}

void Application::start()
{
    m_window->show();
    if (!m_options.tab.isEmpty() && !m_window->showPage(m_options.tab))
        qCWarning(lcConfig) << "no tab called" << m_options.tab;
    if (!m_options.screenshot.isEmpty()) {
        m_screenshotPending = true;
        m_screenshotClock.start();
    }
    reloadConfig();
}

void Application::reloadConfig()
{
    m_loader = OpenStack::CloudConfigLoader();
    if (const Core::Error e = m_loader.load()) {
        m_window->showNoCloud(m_loader.searchedFiles(), e.message);
        takeScreenshotWhenReady();
        return;
    }
    const QStringList names = m_loader.cloudNames();
    if (names.isEmpty()) {
        m_window->showNoCloud(m_loader.searchedFiles(), {});
        takeScreenshotWhenReady();
        return;
    }
    const QString cloud = chooseCloud(names, m_options.cloud,
                                      QProcessEnvironment::systemEnvironment().value(QStringLiteral("OS_CLOUD")),
                                      QSettings().value(QStringLiteral("cloud/last")).toString());
    m_window->setClouds(names, cloud);
    connectTo(cloud);
}

void Application::connectTo(const QString &cloud)
{
    Core::Error e;
    auto config = m_loader.cloud(cloud, &e);
    if (!config) {
        m_window->setConnectionError(e.message);
        takeScreenshotWhenReady();
        return;
    }
    if (!m_options.region.isEmpty())
        config->regionName = m_options.region;
    if (m_session) {
        m_window->setSession(nullptr);
        m_session->deleteLater();
    }
    m_window->setConnecting(cloud);
    m_connector->connectTo(*config, this, [this](OpenStack::Session *session, const Core::Error &error) {
        onConnected(session, error);
    });
}

void Application::onConnected(OpenStack::Session *session, const Core::Error &error)
{
    if (error) {
        if (error.kind != Core::Error::Kind::Cancelled)
            m_window->setConnectionError(error.toString());
        takeScreenshotWhenReady();
        return;
    }
    m_session = session;
    QSettings().setValue(QStringLiteral("cloud/last"), session->config().name);
    m_window->setSession(session);
    takeScreenshotWhenReady();
}

void Application::switchProject(const QString &projectId)
{
    if (!m_session || projectId.isEmpty())
        return;
    m_session->switchProject(projectId, this, [this](const Core::Error &error) {
        if (error)
            m_window->setConnectionError(error.toString());
        else
            m_window->setSession(m_session);
    });
}

void Application::switchRegion(const QString &region)
{
    if (!m_session)
        return;
    m_session->setRegion(region);
    m_window->setSession(m_session);
}

void Application::takeScreenshotWhenReady()
{
    if (!m_screenshotPending)
        return;
    Ui::Page *page = m_window->currentPage();
    const bool loading = page && page->isLoading();
    if (loading && m_screenshotClock.elapsed() < 60000) {
        QTimer::singleShot(100, this, &Application::takeScreenshotWhenReady);
        return;
    }
    m_screenshotPending = false;
    // Let the last layout and paint happen before grabbing.
    QTimer::singleShot(300, this, [this]() {
        const bool ok = m_window->grab().save(m_options.screenshot, "PNG");
        if (!ok)
            std::fprintf(stderr, "cannot write %s\n", qPrintable(m_options.screenshot));
        QCoreApplication::exit(ok ? 0 : 1);
    });
}

} // namespace App
