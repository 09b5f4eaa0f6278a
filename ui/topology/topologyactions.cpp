// SPDX-License-Identifier: GPL-3.0-or-later
// Actions from the map's context menu and the list tabs. Asynchronous throughout: dialogs open
// with open(), jobs report through finished(), each ends in a message and a refresh.
#include "openstack/client/session.h"
#include "openstack/network/networkjobs.h"
#include "topology/subnetcheck.h"
#include "ui/topology/networkdialog.h"
#include "ui/topology/topologypage.h"
#include "ui/topology/topologyview.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QInputDialog>
#include <QJsonObject>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>

namespace Ui {

using namespace OpenStack::Network;
using Topology::Node;

void TopologyPage::runJob(OpenStack::RestJob *job, const QString &done, const QString &failed)
{
    connect(job, &OpenStack::RestJob::finished, this, [this, done, failed](OpenStack::RestJob *j) {
        if (j->error()) {
            const Core::Error &e = j->error();
            QString why = e.message;
            if (e.httpStatus == 409)
                why = tr("in use or in conflict (HTTP 409): %1").arg(e.message);
            report(failed.arg(why), true);
            auto *box = new QMessageBox(QMessageBox::Warning, tr("Network Topology"), m_lastMessage, QMessageBox::Ok, this);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        } else if (!done.isEmpty()) {
            report(done);
        }
        refresh();
    });
    job->start();
}

void TopologyPage::onContextMenu(const QString &id, const QPoint &globalPos)
{
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    const Node *n = m_graph.node(id);
    const bool connected = !m_session.isNull();
    const auto add = [menu, connected](const QString &text, const char *name, auto slot, bool enabled = true,
                                       const QString &why = {}) {
        QAction *a = menu->addAction(text);
        a->setObjectName(QString::fromLatin1(name));
        a->setEnabled(connected && enabled);
        if (!connected)
            a->setToolTip(QCoreApplication::translate("Ui::TopologyPage", "Not connected to a cloud"));
        else if (!enabled)
            a->setToolTip(why);
        QObject::connect(a, &QAction::triggered, menu, slot);
        return a;
    };
    menu->setToolTipsVisible(true);
    add(tr("Create Network…"), "createNetworkMenuAction", [this]() { createNetwork(); });
    add(tr("New Router…"), "createRouterMenuAction", [this]() { createRouter(); });
    if (n) {
        menu->addSeparator();
        if (n->kind == Node::Kind::Network) {
            add(tr("Launch Instance on this network…"), "launchOnNetworkAction", [this, id]() { launchOnNetwork(id); });
            if (m_layout->isCollapsed(id) || m_layout->hiddenCount(id) == 0) {
                QAction *toggle = menu->addAction(m_layout->isCollapsed(id) ? tr("Expand") : tr("Collapse"));
                connect(toggle, &QAction::triggered, this,
                        [this, id]() { expandOrCollapse(id, m_layout->isCollapsed(id)); });
            }
        }
        if (n->kind == Node::Kind::Router) {
            add(tr("Add Interface…"), "addInterfaceAction", [this, id]() { routerInterface(id, true); });
            bool hasInterface = false;
            for (const QString &key : m_graph.out.value(id))
                hasInterface = hasInterface || m_graph.edge(key)->kind == Topology::Edge::Kind::Interface;
            add(tr("Remove Interface…"), "removeInterfaceAction", [this, id]() { routerInterface(id, false); },
                hasInterface, tr("The router has no interface"));
            const bool hasGateway = !n->primaryParent.isEmpty() && m_graph.node(n->primaryParent)
                                    && m_graph.node(n->primaryParent)->kind == Node::Kind::External;
            if (hasGateway)
                add(tr("Clear Gateway"), "clearGatewayAction", [this, id]() { setGateway(id, false); });
            else
                add(tr("Set Gateway…"), "setGatewayAction", [this, id]() { setGateway(id, true); },
                    m_graph.count(Node::Kind::External) > 0, tr("There is no external network"));
        }
        if (n->kind == Node::Kind::Instance) {
            QAction *trace = menu->addAction(tr("Trace Path"));
            connect(trace, &QAction::triggered, this, [this, id]() { selectNode(id); });
        }
        QAction *copy = menu->addAction(tr("Copy ID"));
        connect(copy, &QAction::triggered, this, [id]() { QApplication::clipboard()->setText(id); });
        if (n->kind != Node::Kind::Instance) {
            menu->addSeparator();
            add(tr("Delete %1").arg(n->name), "deleteNodeAction", [this, id]() { deleteNode(id); });
        }
    }
    menu->popup(globalPos);
}

void TopologyPage::createNetwork()
{
    if (!m_session)
        return;
    auto *dialog = new NetworkDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog]() {
        if (!m_session)
            return;
        const QString name = dialog->name();
        const QString cidr = dialog->cidr();
        const QString gateway = dialog->gateway();
        const int version = dialog->ipVersion();
        auto *net = new CreateNetworkJob(m_session, QJsonObject{{QStringLiteral("name"), name}});
        connect(net, &OpenStack::RestJob::finished, this, [this, name, cidr, gateway, version](OpenStack::RestJob *j) {
            if (j->error() || !m_session) {
                report(tr("Network %1 was not created: %2").arg(name, j->error().message), true);
                return;
            }
            QJsonObject subnet{{QStringLiteral("network_id"), static_cast<CreateNetworkJob *>(j)->network().id},
                               {QStringLiteral("name"), QString(name + QStringLiteral("-subnet"))},
                               {QStringLiteral("cidr"), cidr},
                               {QStringLiteral("ip_version"), version}};
            if (!gateway.isEmpty())
                subnet.insert(QStringLiteral("gateway_ip"), gateway);
            runJob(new CreateSubnetJob(m_session, subnet), tr("Created network %1 with subnet %2").arg(name, cidr),
                   tr("Network %1 was created but its subnet %2 was refused: %3").arg(name, cidr, QStringLiteral("%1")));
        });
        net->start();
    });
    dialog->open();
}

void TopologyPage::createRouter()
{
    if (!m_session)
        return;
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("routerDialog"));
    dialog->setWindowTitle(tr("New Router"));
    auto *name = new QLineEdit(dialog);
    name->setObjectName(QStringLiteral("routerNameEdit"));
    auto *external = new QComboBox(dialog);
    external->setObjectName(QStringLiteral("externalNetworkCombo"));
    external->addItem(tr("No gateway"), QString());
    for (const Node &n : m_graph.nodes) {
        if (n.kind == Node::Kind::External)
            external->addItem(n.name, n.id);
    }
    external->setCurrentIndex(external->count() > 1 ? 1 : 0);
    auto *form = new QFormLayout(dialog);
    form->addRow(tr("Router name"), name);
    form->addRow(tr("External network"), external);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(dialog, &QDialog::accepted, this, [this, name, external]() {
        if (!m_session)
            return;
        QJsonObject body{{QStringLiteral("name"), name->text().trimmed()}};
        const QString ext = external->currentData().toString();
        if (!ext.isEmpty())
            body.insert(QStringLiteral("external_gateway_info"), QJsonObject{{QStringLiteral("network_id"), ext}});
        runJob(new CreateRouterJob(m_session, body), tr("Created router %1").arg(name->text().trimmed()),
               tr("The router was not created: %1"));
    });
    dialog->open();
}

void TopologyPage::routerInterface(const QString &routerId, bool add)
{
    if (!m_session)
        return;
    // Subnets the router is on (for remove, and for the overlap warning on add).
    QHash<QString, QString> onRouter; // subnet id → cidr
    for (const auto &p : m_snapshot.ports) {
        if (p.deviceId == routerId && p.isRouterInterface()) {
            for (const auto &ip : p.fixedIps) {
                for (const auto &s : m_snapshot.subnets) {
                    if (s.id == ip.subnetId)
                        onRouter.insert(s.id, s.cidr);
                }
            }
        }
    }
    QStringList labels;
    QStringList ids;
    for (const auto &s : m_snapshot.subnets) {
        const bool attached = onRouter.contains(s.id);
        if (attached != !add)
            continue;
        const Node *net = m_graph.node(s.networkId);
        if (!net || net->kind == Node::Kind::External)
            continue;
        labels << (s.name.isEmpty() ? s.id.left(8) : s.name) + QStringLiteral("  ") + s.cidr + QStringLiteral("  (")
                      + net->name + QLatin1Char(')');
        ids << s.id;
    }
    if (ids.isEmpty()) {
        report(add ? tr("Every subnet is already on this router") : tr("The router has no interface"), true);
        return;
    }
    auto *dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(add ? tr("Add Interface") : tr("Remove Interface"));
    dialog->setLabelText(tr("Subnet"));
    dialog->setComboBoxItems(labels);
    connect(dialog, &QInputDialog::textValueSelected, this, [this, routerId, add, labels, ids, onRouter](const QString &label) {
        const QString subnetId = ids.value(int(labels.indexOf(label)));
        if (subnetId.isEmpty() || !m_session)
            return;
        QString cidr;
        for (const auto &s : m_snapshot.subnets) {
            if (s.id == subnetId)
                cidr = s.cidr;
        }
        const auto send = [this, routerId, add, subnetId, cidr]() {
            if (!m_session)
                return;
            runJob(new RouterInterfaceJob(m_session, add ? RouterInterfaceJob::Action::Add : RouterInterfaceJob::Action::Remove,
                                          routerId, subnetId),
                   add ? tr("Added interface on %1").arg(cidr) : tr("Removed interface on %1").arg(cidr),
                   add ? tr("The interface was not added: %1") : tr("The interface was not removed: %1"));
        };
        const QStringList clash = add ? Topology::overlapping(cidr, onRouter.values()) : QStringList();
        if (clash.isEmpty()) {
            send();
            return;
        }
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Overlapping subnets"),
                                    tr("%1 overlaps %2 already on this router; Neutron will refuse it or routing will "
                                       "be ambiguous. Send anyway?")
                                        .arg(cidr, clash.join(QStringLiteral(", "))),
                                    QMessageBox::Cancel, this);
        box->setObjectName(QStringLiteral("overlapWarning"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        QPushButton *go = box->addButton(tr("Send Anyway"), QMessageBox::AcceptRole);
        connect(box, &QMessageBox::buttonClicked, this, [box, go, send](QAbstractButton *b) {
            if (b == go)
                send();
            (void)box;
        });
        box->open();
    });
    dialog->open();
}

void TopologyPage::setGateway(const QString &routerId, bool set)
{
    if (!m_session)
        return;
    QString external;
    for (const Node &n : m_graph.nodes) {
        if (n.kind == Node::Kind::External) {
            external = n.id;
            break;
        }
    }
    const Node *r = m_graph.node(routerId);
    const QString name = r ? r->name : routerId;
    runJob(new SetRouterGatewayJob(m_session, routerId, set ? external : QString()),
           set ? tr("Set the gateway of %1").arg(name) : tr("Cleared the gateway of %1").arg(name),
           set ? tr("The gateway was not set: %1") : tr("The gateway was not cleared: %1"));
}

void TopologyPage::deleteNode(const QString &target)
{
    if (!m_session)
        return;
    QString id = target.section(QLatin1Char('@'), 0, 0);
    QString collection = target.section(QLatin1Char('@'), 1);
    const Node *n = m_graph.node(id);
    QString name = n ? n->name : id;
    if (collection.isEmpty() && n) {
        switch (n->kind) {
        case Node::Kind::External:
        case Node::Kind::Network:
            collection = QStringLiteral("networks");
            break;
        case Node::Kind::Router:
            collection = QStringLiteral("routers");
            break;
        case Node::Kind::FloatingIp:
            collection = QStringLiteral("floatingips");
            break;
        case Node::Kind::Port:
            collection = QStringLiteral("ports");
            break;
        case Node::Kind::Instance:
            return;
        }
    }
    if (collection.isEmpty())
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete"), tr("Delete %1?").arg(name), QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmBox"));
    box->setInformativeText(QStringLiteral("%1 %2").arg(collection, id));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *ok = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    ok->setObjectName(QStringLiteral("confirmButton"));
    connect(box, &QMessageBox::buttonClicked, this, [this, ok, id, collection, name](QAbstractButton *b) {
        if (b != ok || !m_session)
            return;
        runJob(new DeleteNetworkResourceJob(m_session, collection, id), tr("Deleted %1").arg(name),
               tr("%1 was not deleted: %2").arg(name, QStringLiteral("%1")));
    });
    box->open();
}

} // namespace Ui
