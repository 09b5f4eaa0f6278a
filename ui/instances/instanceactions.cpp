// SPDX-License-Identifier: GPL-3.0-or-later
// The Instances tab's actions that need a dialog or more than one call.
#include "ui/instances/instancespage.h"

#include "models/compute/launchchoices.h"
#include "models/compute/serverlistcontroller.h"
#include "models/compute/serverlistmodel.h"
#include "openstack/client/session.h"
#include "openstack/compute/computejobs.h"
#include "openstack/compute/neutronlookups.h"
#include "openstack/compute/serverjobs.h"
#include "ui/instances/launchwizard.h"
#include "ui/instances/serverdialogs.h"

#include <QAction>
#include <QDesktopServices>
#include <QInputDialog>

namespace Ui {

using namespace OpenStack::Compute;
using Models::ServerCommand;

LaunchWizard *InstancesPage::openLaunchWizard()
{
    auto *wizard = new LaunchWizard(this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &LaunchWizard::launchRequested, this, &InstancesPage::launch);
    if (m_session) {
        auto *loader = new Models::LaunchChoicesLoader(m_session, wizard);
        connect(loader, &Models::LaunchChoicesLoader::finished, wizard, [wizard](Models::LaunchChoicesLoader *l) {
            wizard->setChoices(l->choices());
            if (!l->errors().isEmpty())
                wizard->setWindowTitle(tr("Launch Instance — some choices could not be loaded: %1")
                                           .arg(l->errors().constFirst().message));
        });
        loader->start();
    }
    wizard->open();
    return wizard;
}

void InstancesPage::launch(const LaunchSpec &spec)
{
    if (!m_session)
        return;
    auto *job = new CreateServerJob(m_session, spec, this);
    emit statusMessage(tr("Launching %1…").arg(spec.name));
    connect(job, &OpenStack::RestJob::finished, this, [this, spec](OpenStack::RestJob *j) {
        if (j->error()) {
            // Nova's refusal in words, with the instance it was about: quota, no valid host, …
            report(tr("Could not launch %1: %2").arg(spec.name, j->error().message.isEmpty() ? j->error().toString()
                                                                                           : j->error().message),
                   true);
            return;
        }
        report(tr("Launched %1 (%n instance(s)).", nullptr, spec.count).arg(spec.name), false);
        m_controller->refreshIncremental();
        m_controller->watch({static_cast<CreateServerJob *>(j)->serverId()});
    });
    job->start();
}

void InstancesPage::resizeServer(const Server &server)
{
    auto *dialog = new ChoiceDialog(tr("Resize %1").arg(server.name),
                                    tr("New flavor (now %1):").arg(m_model->flavorText(server)), this);
    dialog->setObjectName(QStringLiteral("resizeDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto *job = new ListFlavorsJob(m_session, false, dialog);
    connect(job, &OpenStack::RestJob::finished, dialog, [dialog, server](OpenStack::RestJob *j) {
        if (j->error()) {
            dialog->setProblem(j->error().toString());
            return;
        }
        QList<std::pair<QString, QString>> choices;
        for (const Flavor &f : static_cast<ListFlavorsJob *>(j)->items()) {
            if (f.name != server.flavor.name && f.id != server.flavor.id)
                choices.append({tr("%1 (%2 vCPU, %3 MiB RAM, %4 GB disk)").arg(f.name).arg(f.vcpus).arg(f.ramMib).arg(f.diskGb),
                                f.id});
        }
        dialog->setChoices(choices);
    });
    job->start();
    connect(dialog, &QDialog::accepted, this, [this, dialog, server]() {
        ActionArgs args;
        args.flavorId = dialog->value();
        runBulk(ServerCommand::Resize, {server}, args);
    });
    dialog->open();
}

void InstancesPage::snapshot(const Server &server)
{
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("snapshotDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Create Snapshot"));
    dialog->setLabelText(tr("Name of the snapshot image of %1:").arg(server.name));
    dialog->setTextValue(server.name + QStringLiteral("-snapshot"));
    connect(dialog, &QInputDialog::textValueSelected, this, [this, server](const QString &name) {
        if (name.trimmed().isEmpty())
            return;
        ActionArgs args;
        args.imageName = name.trimmed();
        runBulk(ServerCommand::Snapshot, {server}, args);
    });
    dialog->open();
}

void InstancesPage::openConsole(const Server &server)
{
    auto *job = new RemoteConsoleJob(m_session, server.id, QStringLiteral("vnc"), QStringLiteral("novnc"), this);
    connect(job, &OpenStack::RestJob::finished, this, [this, server](OpenStack::RestJob *j) {
        if (j->error()) {
            report(tr("No console for %1: %2").arg(server.name, j->error().message), true);
            return;
        }
        const QUrl url = static_cast<RemoteConsoleJob *>(j)->url();
        report(tr("Console of %1: %2").arg(server.name, url.toString()), false);
        QDesktopServices::openUrl(url);
    });
    job->start();
}

void InstancesPage::associateFloatingIp(const Server &server)
{
    auto *dialog = new ChoiceDialog(tr("Associate Floating IP with %1").arg(server.name),
                                    tr("Free floating IP of the instance's project:"), this);
    dialog->setObjectName(QStringLiteral("associateFloatingIpDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto *fips = new ListFloatingIpsJob(m_session, server.projectId, dialog);
    auto *ports = new ListInterfacesJob(m_session, server.id, dialog);
    // Both lists are needed; whichever answers last fills the dialog.
    auto fill = [dialog, fips, ports]() {
        if (!fips->isFinished() || !ports->isFinished())
            return;
        if (fips->error() || ports->error()) {
            dialog->setProblem((fips->error() ? fips->error() : ports->error()).toString());
            return;
        }
        if (ports->items().isEmpty()) {
            dialog->setProblem(tr("The instance has no port."));
            return;
        }
        QList<std::pair<QString, QString>> choices;
        for (const FloatingIp &f : fips->floatingIps()) {
            if (f.portId.isEmpty())
                choices.append({f.address, f.id + QLatin1Char('|') + ports->items().constFirst().id});
        }
        dialog->setChoices(choices);
    };
    fips->setAutoDelete(false);
    ports->setAutoDelete(false);
    connect(fips, &OpenStack::RestJob::finished, dialog, fill);
    connect(ports, &OpenStack::RestJob::finished, dialog, fill);
    fips->start();
    ports->start();
    connect(dialog, &QDialog::accepted, this, [this, dialog, server]() {
        const QStringList parts = dialog->value().split(QLatin1Char('|'));
        auto *job = new SetFloatingIpPortJob(m_session, parts.value(0), parts.value(1), this);
        const QString address = dialog->label();
        connect(job, &OpenStack::RestJob::finished, this, [this, server, address](OpenStack::RestJob *j) {
            report(j->error() ? tr("Could not associate %1 with %2: %3").arg(address, server.name, j->error().message)
                              : tr("Associated %1 with %2.").arg(address, server.name),
                   bool(j->error()));
            m_controller->watch({server.id});
        });
        job->start();
    });
    dialog->open();
}

void InstancesPage::disassociateFloatingIp(const Server &server)
{
    auto *dialog = new ChoiceDialog(tr("Disassociate Floating IP from %1").arg(server.name), tr("Floating IP:"), this);
    dialog->setObjectName(QStringLiteral("disassociateFloatingIpDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto *fips = new ListFloatingIpsJob(m_session, server.projectId, dialog);
    const QStringList mine = server.floatingIps();
    connect(fips, &OpenStack::RestJob::finished, dialog, [dialog, mine](OpenStack::RestJob *j) {
        if (j->error()) {
            dialog->setProblem(j->error().toString());
            return;
        }
        QList<std::pair<QString, QString>> choices;
        for (const FloatingIp &f : static_cast<ListFloatingIpsJob *>(j)->floatingIps()) {
            if (mine.contains(f.address))
                choices.append({f.address, f.id});
        }
        dialog->setChoices(choices);
    });
    fips->start();
    connect(dialog, &QDialog::accepted, this, [this, dialog, server]() {
        auto *job = new SetFloatingIpPortJob(m_session, dialog->value(), QString(), this);
        const QString address = dialog->label();
        connect(job, &OpenStack::RestJob::finished, this, [this, server, address](OpenStack::RestJob *j) {
            report(j->error() ? tr("Could not disassociate %1 from %2: %3").arg(address, server.name, j->error().message)
                              : tr("Disassociated %1 from %2.").arg(address, server.name),
                   bool(j->error()));
            m_controller->watch({server.id});
        });
        job->start();
    });
    dialog->open();
}

void InstancesPage::editSecurityGroups(const Server &server)
{
    auto *dialog = new CheckListDialog(tr("Security Groups of %1").arg(server.name),
                                       tr("Security groups applied to every port of the instance:"), this);
    dialog->setObjectName(QStringLiteral("securityGroupsDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto *job = new ListSecurityGroupChoicesJob(m_session, server.projectId, dialog);
    connect(job, &OpenStack::RestJob::finished, dialog, [dialog, server](OpenStack::RestJob *j) {
        if (j->error()) {
            dialog->setProblem(j->error().toString());
            return;
        }
        QStringList names;
        for (const SecurityGroupChoice &g : static_cast<ListSecurityGroupChoicesJob *>(j)->groups())
            names << g.name;
        names.removeDuplicates();
        dialog->setItems(names, server.securityGroups);
    });
    job->start();
    connect(dialog, &QDialog::accepted, this, [this, dialog, server]() {
        const QStringList wanted = dialog->checked();
        // One action per change, each with its own result.
        for (const QString &g : wanted) {
            if (!server.securityGroups.contains(g)) {
                ActionArgs args;
                args.securityGroup = g;
                auto *bulk = new Models::ServerBulkAction(m_session, ServerAction::AddSecurityGroup, {server}, args, this);
                connect(bulk, &Models::ServerBulkAction::finished, this, [this, server](Models::ServerBulkAction *b) {
                    report(b->summary(), b->failures() > 0);
                    m_controller->watch({server.id});
                });
                bulk->start();
            }
        }
        for (const QString &g : server.securityGroups) {
            if (!wanted.contains(g)) {
                ActionArgs args;
                args.securityGroup = g;
                auto *bulk = new Models::ServerBulkAction(m_session, ServerAction::RemoveSecurityGroup, {server}, args, this);
                connect(bulk, &Models::ServerBulkAction::finished, this, [this, server](Models::ServerBulkAction *b) {
                    report(b->summary(), b->failures() > 0);
                    m_controller->watch({server.id});
                });
                bulk->start();
            }
        }
    });
    dialog->open();
}

void InstancesPage::attachInterface(const Server &server)
{
    auto *dialog = new ChoiceDialog(tr("Attach Interface to %1").arg(server.name), tr("Network:"), this);
    dialog->setObjectName(QStringLiteral("attachInterfaceDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto *job = new ListNetworkChoicesJob(m_session, dialog);
    connect(job, &OpenStack::RestJob::finished, dialog, [dialog](OpenStack::RestJob *j) {
        if (j->error()) {
            dialog->setProblem(j->error().toString());
            return;
        }
        QList<std::pair<QString, QString>> choices;
        for (const NetworkChoice &n : static_cast<ListNetworkChoicesJob *>(j)->networks()) {
            if (!n.external || n.shared)
                choices.append({n.name.isEmpty() ? n.id : n.name, n.id});
        }
        dialog->setChoices(choices);
    });
    job->start();
    connect(dialog, &QDialog::accepted, this, [this, dialog, server]() {
        auto *attach = new AttachInterfaceJob(m_session, server.id, dialog->value(), QString(), this);
        const QString network = dialog->label();
        connect(attach, &OpenStack::RestJob::finished, this, [this, server, network](OpenStack::RestJob *j) {
            report(j->error() ? tr("Could not attach %1 to %2: %3").arg(network, server.name, j->error().message)
                              : tr("Attached an interface on %1 to %2.").arg(network, server.name),
                   bool(j->error()));
            m_controller->watch({server.id});
        });
        attach->start();
    });
    dialog->open();
}

void InstancesPage::detachInterface(const Server &server)
{
    auto *dialog = new ChoiceDialog(tr("Detach Interface from %1").arg(server.name), tr("Port:"), this);
    dialog->setObjectName(QStringLiteral("detachInterfaceDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto *job = new ListInterfacesJob(m_session, server.id, dialog);
    connect(job, &OpenStack::RestJob::finished, dialog, [dialog](OpenStack::RestJob *j) {
        if (j->error()) {
            dialog->setProblem(j->error().toString());
            return;
        }
        QList<std::pair<QString, QString>> choices;
        for (const InterfaceAttachment &i : static_cast<ListInterfacesJob *>(j)->items())
            choices.append({i.fixedIps.join(QStringLiteral(", ")) + QStringLiteral(" (") + i.id + QLatin1Char(')'), i.id});
        dialog->setChoices(choices);
    });
    job->start();
    connect(dialog, &QDialog::accepted, this, [this, dialog, server]() {
        auto *detach = new DetachInterfaceJob(m_session, server.id, dialog->value(), this);
        const QString port = dialog->label();
        connect(detach, &OpenStack::RestJob::finished, this, [this, server, port](OpenStack::RestJob *j) {
            report(j->error() ? tr("Could not detach %1 from %2: %3").arg(port, server.name, j->error().message)
                              : tr("Detached %1 from %2.").arg(port, server.name),
                   bool(j->error()));
            m_controller->watch({server.id});
        });
        detach->start();
    });
    dialog->open();
}

} // namespace Ui
