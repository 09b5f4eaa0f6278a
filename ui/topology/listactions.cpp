// SPDX-License-Identifier: GPL-3.0-or-later
// The Networks, Subnets, Routers, Ports and Floating IPs tabs' edit, create and delete. Every form
// checks its input before OK is enabled (subnets against their CIDR); Neutron's refusals come back
// in its words through runJob(); deletes list the names first and report per item.
#include "openstack/client/session.h"
#include "openstack/network/lists.h"
#include "openstack/network/networkjobs.h"
#include "topology/subnetcheck.h"
#include "ui/topology/topologypage.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMessageBox>
#include <QPushButton>
#include <memory>

namespace Ui {

using namespace OpenStack::Network;

namespace {

template<typename T>
const T *findById(const QVector<T> &items, const QString &id)
{
    for (const T &item : items) {
        if (item.id == id)
            return &item;
    }
    return nullptr;
}

QString label(const QString &name, const QString &id)
{
    return name.isEmpty() ? id.left(8) : name;
}

QJsonValue orNull(const QString &value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

} // namespace

QString TopologyPage::resourceName(const QString &collection, const QString &id) const
{
    if (collection == QLatin1String("networks")) {
        if (const auto *n = findById(m_snapshot.networks, id))
            return label(n->name, id);
    } else if (collection == QLatin1String("subnets")) {
        if (const auto *s = findById(m_snapshot.subnets, id))
            return label(s->name, id) + QStringLiteral(" (") + s->cidr + QLatin1Char(')');
    } else if (collection == QLatin1String("routers")) {
        if (const auto *r = findById(m_snapshot.routers, id))
            return label(r->name, id);
    } else if (collection == QLatin1String("ports")) {
        if (const auto *p = findById(m_snapshot.ports, id))
            return label(p->name, id) + QStringLiteral(" (") + p->ipAddresses().join(QStringLiteral(", ")) + QLatin1Char(')');
    } else if (collection == QLatin1String("floatingips")) {
        if (const auto *f = findById(m_snapshot.floatingIps, id))
            return f->floatingIpAddress;
    }
    return id;
}

// Ports a floating IP can point at: instances' and free ports of that project (not a router's,
// DHCP's or another floating IP's).
EditDialog::Choices TopologyPage::portChoices(const QString &projectId) const
{
    EditDialog::Choices out;
    for (const Port &p : m_snapshot.ports) {
        if (p.isRouterInterface() || p.isRouterGateway() || p.isDhcp() || p.isFloatingIp() || p.fixedIps.isEmpty()
            || (!projectId.isEmpty() && p.projectId != projectId))
            continue;
        const Topology::Node *device = m_graph.node(p.deviceId);
        out.append({(device ? device->name : label(p.name, p.id)) + QStringLiteral("  ") + p.ipAddresses().join(QStringLiteral(", ")),
                    p.id});
    }
    std::sort(out.begin(), out.end());
    return out;
}

void TopologyPage::editResource(const QString &collection, const QString &id)
{
    if (!m_session)
        return;
    const QString name = resourceName(collection, id);
    auto *dialog = new EditDialog(tr("Edit %1").arg(name), QStringLiteral("editResourceDialog"), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QString member;
    std::function<QJsonObject()> body;
    if (const auto *n = collection == QLatin1String("networks") ? findById(m_snapshot.networks, id) : nullptr) {
        member = QStringLiteral("network");
        dialog->addText(QStringLiteral("name"), tr("Name"), n->name);
        dialog->addText(QStringLiteral("description"), tr("Description"), n->description);
        dialog->addCheck(QStringLiteral("adminState"), tr("Enable Admin State"), n->adminStateUp);
        body = [dialog]() {
            return QJsonObject{{QStringLiteral("name"), dialog->text(QStringLiteral("name"))},
                               {QStringLiteral("description"), dialog->text(QStringLiteral("description"))},
                               {QStringLiteral("admin_state_up"), dialog->isChecked(QStringLiteral("adminState"))}};
        };
    } else if (const auto *s = collection == QLatin1String("subnets") ? findById(m_snapshot.subnets, id) : nullptr) {
        member = QStringLiteral("subnet");
        const QString cidr = s->cidr;
        const QStringList pools = s->allocationPools;
        dialog->addText(QStringLiteral("name"), tr("Subnet Name"), s->name);
        dialog->addText(QStringLiteral("gateway"), tr("Gateway IP (%1)").arg(cidr), s->gatewayIp);
        dialog->addCheck(QStringLiteral("dhcp"), tr("Enable DHCP"), s->enableDhcp);
        dialog->addLines(QStringLiteral("dns"), tr("DNS Name Servers"), s->dnsNameservers, tr("One address a line"));
        dialog->addLines(QStringLiteral("pools"), tr("Allocation Pools"), s->allocationPools,
                         tr("One start-end range a line, e.g. 192.168.11.10-192.168.11.200"));
        dialog->setCheck([cidr](const EditDialog &d) {
            QString problem = Topology::checkGateway(cidr, d.text(QStringLiteral("gateway")));
            if (problem.isEmpty())
                problem = Topology::checkAllocationPools(cidr, d.lines(QStringLiteral("pools")), d.text(QStringLiteral("gateway")));
            if (problem.isEmpty())
                problem = Topology::checkDnsServers(d.lines(QStringLiteral("dns")));
            return problem;
        });
        body = [dialog, pools]() {
            QJsonObject o{{QStringLiteral("name"), dialog->text(QStringLiteral("name"))},
                          {QStringLiteral("gateway_ip"), orNull(dialog->text(QStringLiteral("gateway")))},
                          {QStringLiteral("enable_dhcp"), dialog->isChecked(QStringLiteral("dhcp"))},
                          {QStringLiteral("dns_nameservers"), QJsonArray::fromStringList(dialog->lines(QStringLiteral("dns")))}};
            QStringList now;
            for (const QString &p : dialog->lines(QStringLiteral("pools")))
                now << p.section(QLatin1Char('-'), 0, 0).trimmed() + QLatin1Char('-') + p.section(QLatin1Char('-'), 1).trimmed();
            if (now != pools) { // unchanged pools are not sent: Neutron re-checks them against every port
                QJsonArray a;
                for (const QString &p : std::as_const(now))
                    a.append(QJsonObject{{QStringLiteral("start"), p.section(QLatin1Char('-'), 0, 0)},
                                         {QStringLiteral("end"), p.section(QLatin1Char('-'), 1)}});
                o.insert(QStringLiteral("allocation_pools"), a);
            }
            return o;
        };
    } else if (const auto *r = collection == QLatin1String("routers") ? findById(m_snapshot.routers, id) : nullptr) {
        member = QStringLiteral("router");
        dialog->addText(QStringLiteral("name"), tr("Router Name"), r->name);
        dialog->addCheck(QStringLiteral("adminState"), tr("Enable Admin State"), r->adminStateUp);
        body = [dialog]() {
            return QJsonObject{{QStringLiteral("name"), dialog->text(QStringLiteral("name"))},
                               {QStringLiteral("admin_state_up"), dialog->isChecked(QStringLiteral("adminState"))}};
        };
    } else if (const auto *p = collection == QLatin1String("ports") ? findById(m_snapshot.ports, id) : nullptr) {
        member = QStringLiteral("port");
        dialog->addText(QStringLiteral("name"), tr("Name"), p->name);
        dialog->addCheck(QStringLiteral("adminState"), tr("Enable Admin State"), p->adminStateUp);
        EditDialog::Choices current;
        for (const QString &g : p->securityGroupIds)
            current.append({g, g});
        dialog->addChecklist(QStringLiteral("groups"), tr("Security Groups"), current, p->securityGroupIds);
        // The project's groups by name, when Neutron answers; until then the current ids.
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("project_id"), p->projectId);
        listSecurityGroups(m_session, query, dialog, [dialog](QVector<SecurityGroup> groups, const Core::Error &e) {
            if (e)
                return;
            EditDialog::Choices choices;
            for (const SecurityGroup &g : groups)
                choices.append({g.name.isEmpty() ? g.id : g.name, g.id});
            dialog->setChecklist(QStringLiteral("groups"), choices);
        });
        const bool portSecurity = p->portSecurityEnabled;
        dialog->setCheck([portSecurity](const EditDialog &d) {
            if (!portSecurity && !d.checkedValues(QStringLiteral("groups")).isEmpty())
                return tr("Port security is disabled on this port: it cannot have security groups.");
            return QString();
        });
        body = [dialog]() {
            return QJsonObject{{QStringLiteral("name"), dialog->text(QStringLiteral("name"))},
                               {QStringLiteral("admin_state_up"), dialog->isChecked(QStringLiteral("adminState"))},
                               {QStringLiteral("security_groups"), QJsonArray::fromStringList(dialog->checkedValues(QStringLiteral("groups")))}};
        };
    } else if (const auto *f = collection == QLatin1String("floatingips") ? findById(m_snapshot.floatingIps, id) : nullptr) {
        member = QStringLiteral("floatingip");
        EditDialog::Choices ports{{tr("Not associated"), QString()}};
        ports << portChoices(f->projectId);
        dialog->addChoice(QStringLiteral("port"), tr("Port to be associated"), ports, f->portId);
        dialog->addText(QStringLiteral("description"), tr("Description"), f->description);
        body = [dialog]() {
            return QJsonObject{{QStringLiteral("port_id"), orNull(dialog->choice(QStringLiteral("port")))},
                               {QStringLiteral("description"), dialog->text(QStringLiteral("description"))}};
        };
    } else {
        delete dialog;
        report(tr("%1 is no longer there; refresh the list").arg(id), true);
        return;
    }
    connect(dialog, &QDialog::accepted, this, [this, dialog, collection, member, id, name, body]() {
        if (!m_session)
            return;
        runJob(new UpdateNetworkResourceJob(m_session, collection, member, id, body()), tr("Updated %1").arg(name),
               tr("%1 was not updated: %2").arg(name, QStringLiteral("%1")));
        (void)dialog;
    });
    dialog->open();
}

void TopologyPage::createPort()
{
    if (!m_session)
        return;
    EditDialog::Choices networks;
    for (const Network &n : std::as_const(m_snapshot.networks)) {
        if (!n.external)
            networks.append({label(n.name, n.id), n.id});
    }
    std::sort(networks.begin(), networks.end());
    if (networks.isEmpty()) {
        report(tr("There is no network to create a port on"), true);
        return;
    }
    auto *dialog = new EditDialog(tr("Create Port"), QStringLiteral("createPortDialog"), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->addChoice(QStringLiteral("network"), tr("Network"), networks, {});
    dialog->addText(QStringLiteral("name"), tr("Name"), {});
    dialog->addCheck(QStringLiteral("adminState"), tr("Enable Admin State"), true);
    connect(dialog, &QDialog::accepted, this, [this, dialog]() {
        if (!m_session)
            return;
        const QString name = dialog->text(QStringLiteral("name"));
        runJob(new CreatePortJob(m_session, QJsonObject{{QStringLiteral("network_id"), dialog->choice(QStringLiteral("network"))},
                                                        {QStringLiteral("name"), name},
                                                        {QStringLiteral("admin_state_up"), dialog->isChecked(QStringLiteral("adminState"))}}),
               tr("Created port %1").arg(name), tr("The port was not created: %1"));
    });
    dialog->open();
}

void TopologyPage::allocateFloatingIp()
{
    if (!m_session)
        return;
    EditDialog::Choices pools;
    for (const Network &n : std::as_const(m_snapshot.networks)) {
        if (n.external)
            pools.append({label(n.name, n.id), n.id});
    }
    if (pools.isEmpty()) {
        report(tr("There is no external network to allocate a floating IP from"), true);
        return;
    }
    auto *dialog = new EditDialog(tr("Allocate Floating IP"), QStringLiteral("allocateFloatingIpDialog"), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->addChoice(QStringLiteral("pool"), tr("Pool"), pools, {});
    dialog->addText(QStringLiteral("description"), tr("Description"), {});
    EditDialog::Choices ports{{tr("Not associated"), QString()}};
    ports << portChoices(m_session->token().projectId);
    dialog->addChoice(QStringLiteral("port"), tr("Port to be associated"), ports, {});
    connect(dialog, &QDialog::accepted, this, [this, dialog]() {
        if (!m_session)
            return;
        QJsonObject body{{QStringLiteral("floating_network_id"), dialog->choice(QStringLiteral("pool"))},
                         {QStringLiteral("description"), dialog->text(QStringLiteral("description"))}};
        if (!dialog->choice(QStringLiteral("port")).isEmpty())
            body.insert(QStringLiteral("port_id"), dialog->choice(QStringLiteral("port")));
        auto *job = new CreateFloatingIpJob(m_session, body);
        connect(job, &OpenStack::RestJob::finished, this, [this](OpenStack::RestJob *j) {
            if (!j->error())
                report(tr("Allocated floating IP %1").arg(static_cast<CreateFloatingIpJob *>(j)->floatingIp().floatingIpAddress));
        });
        runJob(job, QString(), tr("No floating IP was allocated: %1"));
    });
    dialog->open();
}

void TopologyPage::deleteResources(const QString &collection, const QStringList &ids)
{
    if (!m_session || ids.isEmpty())
        return;
    QStringList names;
    for (const QString &id : ids)
        names << resourceName(collection, id);
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete"),
                                tr("Delete %n item(s)? This cannot be undone.", nullptr, int(ids.size())),
                                QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmBox"));
    box->setInformativeText(names.join(QLatin1Char('\n')));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *ok = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    ok->setObjectName(QStringLiteral("confirmButton"));
    connect(box, &QMessageBox::buttonClicked, this, [this, ok, ids, names, collection](QAbstractButton *b) {
        if (b != ok || !m_session)
            return;
        // One result per item, reported together when the last one answers.
        struct Results
        {
            int pending = 0;
            QStringList deleted;
            QStringList refused;
        };
        auto results = std::make_shared<Results>();
        results->pending = int(ids.size());
        for (int i = 0; i < ids.size(); ++i) {
            auto *job = new DeleteNetworkResourceJob(m_session, collection, ids.at(i));
            const QString name = names.at(i);
            connect(job, &OpenStack::RestJob::finished, this, [this, results, name](OpenStack::RestJob *j) {
                if (j->error())
                    results->refused << tr("%1: %2").arg(name, j->error().httpStatus == 409
                                                                   ? tr("in use (HTTP 409): %1").arg(j->error().message)
                                                                   : j->error().message);
                else
                    results->deleted << name;
                if (--results->pending > 0)
                    return;
                QString message = results->deleted.isEmpty() ? QString()
                                                             : tr("Deleted %1").arg(results->deleted.join(QStringLiteral(", ")));
                if (!results->refused.isEmpty()) {
                    message += (message.isEmpty() ? QString() : QStringLiteral("; "))
                               + tr("not deleted: %1").arg(results->refused.join(QStringLiteral("; ")));
                    auto *warn = new QMessageBox(QMessageBox::Warning, tr("Delete"), message, QMessageBox::Ok, this);
                    warn->setAttribute(Qt::WA_DeleteOnClose);
                    warn->open();
                }
                report(message, !results->refused.isEmpty());
                refresh();
            });
            job->start();
        }
    });
    box->open();
}

} // namespace Ui
