// SPDX-License-Identifier: GPL-3.0-or-later
// "Launch Instance on this network" from the map and the Networks list: the Instances tab's launch
// wizard with the network checked, sent from here, in the network's own project.
#include "models/compute/launchchoices.h"
#include "openstack/client/session.h"
#include "openstack/compute/serverjobs.h"
#include "ui/instances/launchwizard.h"
#include "ui/topology/topologypage.h"

#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

namespace Ui {

void TopologyPage::launchOnNetwork(const QString &networkId)
{
    if (!m_session)
        return;
    const OpenStack::Network::Network *network = nullptr;
    for (const auto &n : std::as_const(m_snapshot.networks)) {
        if (n.id == networkId)
            network = &n;
    }
    const QString own = m_session->token().projectId;
    if (!network || network->shared || network->projectId.isEmpty() || network->projectId == own) {
        openLaunchWizard(networkId);
        return;
    }
    // Nova puts a server in the token's project: launching from here would give another project's
    // network an instance of ours. Offer to work in the network's project instead.
    const QString name = network->name.isEmpty() ? network->id : network->name;
    const QString project = network->projectId;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Launch Instance"),
                                tr("%1 belongs to project %2. An instance launched now would belong to the project "
                                   "you are working in (%3). Switch to project %2 and launch there?")
                                    .arg(name, project, m_session->token().projectName),
                                QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("launchProjectBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *go = box->addButton(tr("Switch and Launch"), QMessageBox::AcceptRole);
    go->setObjectName(QStringLiteral("switchAndLaunchButton"));
    connect(box, &QMessageBox::buttonClicked, this, [this, go, networkId, project](QAbstractButton *b) {
        if (b != go)
            return;
        m_pendingLaunchNetwork = networkId;
        m_pendingLaunchProject = project;
        report(tr("Switching to project %1 to launch there…").arg(project));
        emit switchProjectRequested(project);
    });
    box->open();
}

void TopologyPage::openLaunchWizard(const QString &networkId)
{
    const Topology::Node *n = m_graph.node(networkId);
    const QString networkName = n ? n->name : networkId;
    auto *wizard = new LaunchWizard(this);
    wizard->setObjectName(QStringLiteral("topologyLaunchWizard"));
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setWindowTitle(tr("Launch Instance on %1").arg(networkName));
    wizard->preselectNetworks({networkId});
    connect(wizard, &LaunchWizard::launchRequested, this,
            [this, networkName](const OpenStack::Compute::LaunchSpec &spec) { launch(spec, networkName); });
    auto *loader = new Models::LaunchChoicesLoader(m_session, wizard);
    connect(loader, &Models::LaunchChoicesLoader::finished, wizard, [wizard, networkName](Models::LaunchChoicesLoader *l) {
        wizard->setChoices(l->choices());
        if (!l->errors().isEmpty())
            wizard->setWindowTitle(tr("Launch Instance on %1 — some choices could not be loaded: %2")
                                       .arg(networkName, l->errors().constFirst().message));
    });
    loader->start();
    wizard->open();
}

void TopologyPage::launch(const OpenStack::Compute::LaunchSpec &spec, const QString &networkName)
{
    if (!m_session)
        return;
    auto *job = new OpenStack::Compute::CreateServerJob(m_session, spec, this);
    report(tr("Launching %1 on %2…").arg(spec.name, networkName));
    connect(job, &OpenStack::RestJob::finished, this, [this, spec, networkName](OpenStack::RestJob *j) {
        if (j->error()) {
            report(tr("Could not launch %1: %2")
                       .arg(spec.name, j->error().message.isEmpty() ? j->error().toString() : j->error().message),
                   true);
            auto *box = new QMessageBox(QMessageBox::Warning, tr("Launch Instance"), m_lastMessage, QMessageBox::Ok, this);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
            return;
        }
        report(tr("Launched %1 on %2; it appears on the map once Nova has plugged it in").arg(spec.name, networkName));
        // Nova plugs the port in while the server builds: look again now and a little later.
        refresh();
        QTimer::singleShot(3000, this, &TopologyPage::refresh);
        QTimer::singleShot(8000, this, &TopologyPage::refresh);
    });
    job->start();
}

} // namespace Ui
