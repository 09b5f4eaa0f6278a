// SPDX-License-Identifier: GPL-3.0-or-later
// The list tabs' edits and creates against the real Neutron of the local cloud, driven through the
// Network Topology tab's own forms: edit a network (name, description, admin state), a subnet
// (name, gateway, DHCP, DNS, pools — a pool outside the CIDR is refused before sending), a router,
// a port (name, security groups, admin state); create a port; allocate a floating IP from the
// external network, associate it with the port and disassociate it; delete after a confirmation
// listing the names. Every check reads Neutron back. Everything has a unique name and is removed.
#include "app/translations.h"
#include "openstack/client/restjob.h"
#include "openstack/network/networkjobs.h"
#include "localcloudsession.h"
#include "testcloud.h"
#include "ui/topology/editdialog.h"
#include "ui/topology/topologypage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using namespace OpenStack::Network;
using OpenStack::RestJob;
using OpenStack::Session;

class TestNetworkEditFunctional : public QObject
{
    Q_OBJECT

    TestSupport::TestCloud m_cloud;
    QNetworkAccessManager m_network;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<Ui::TopologyPage> m_page;
    QString m_suffix;
    QString m_net, m_subnet, m_router, m_port, m_fip, m_external, m_group;

    // Every job here gets two minutes (see TestSupport::runJob).
    template<typename Job>
    std::unique_ptr<Job> run(Job *job)
    {
        return TestSupport::runJob(job, 120000);
    }

    QJsonObject get(const QString &collection, const QString &member, const QString &id)
    {
        std::unique_ptr<RestJob> job(run(new RestJob(m_session.get(), QStringLiteral("network"), "GET",
                                                     QStringLiteral("/v2.0/") + collection + QLatin1Char('/') + id)));
        return job->json()[member].toObject();
    }

    // Refreshes the tab and waits for it, so its forms start from what Neutron has now.
    bool reload()
    {
        m_page->refresh();
        for (int i = 0; i < 2400 && m_page->isLoading(); ++i)
            QTest::qWait(50);
        return !m_page->isLoading();
    }

    Ui::EditDialog *dialog(const char *name) { return m_page->findChild<Ui::EditDialog *>(QString::fromLatin1(name)); }

    // Accepts the form and waits for the tab's report of the result.
    QString acceptAndWait(Ui::EditDialog *d)
    {
        const QString before = m_page->lastMessage();
        d->accept();
        for (int i = 0; i < 1200 && m_page->lastMessage() == before; ++i)
            QTest::qWait(50);
        QTest::qWait(50);
        return m_page->lastMessage();
    }

private slots:
    void initTestCase()
    {
        STACKDECK_REQUIRE_LOCAL_CLOUD(m_cloud);
        QCOMPARE(App::installTranslations(QStringLiteral("en")), QStringLiteral("en"));
        QString why;
        m_session = TestSupport::localCloudSession(m_cloud, &m_network, QStringLiteral("stackdeck-local"), this, &why);
        QVERIFY2(m_session, qPrintable(why));
        QVERIFY(m_session->token().isValid());
        m_suffix = QString::number(QRandomGenerator::global()->generate(), 36);

        // A network with a subnet behind a router on the external network: a floating IP can
        // reach its ports.
        std::unique_ptr<RestJob> nets(run(new RestJob(m_session.get(), QStringLiteral("network"), "GET",
                                                      QStringLiteral("/v2.0/networks?router:external=true"))));
        m_external = nets->json()[QStringLiteral("networks")].toArray().first()[QStringLiteral("id")].toString();
        QVERIFY2(!m_external.isEmpty(), "the seeded external network is missing");
        std::unique_ptr<RestJob> net(run(new CreateNetworkJob(
            m_session.get(), QJsonObject{{QStringLiteral("name"), QString(QStringLiteral("sd-edit-") + m_suffix)}})));
        QVERIFY2(!net->error(), qPrintable(net->error().toString()));
        m_net = static_cast<CreateNetworkJob *>(net.get())->network().id;
        std::unique_ptr<RestJob> sub(run(new CreateSubnetJob(
            m_session.get(), QJsonObject{{QStringLiteral("network_id"), m_net},
                                         {QStringLiteral("name"), QString(QStringLiteral("sd-edit-sub-") + m_suffix)},
                                         {QStringLiteral("cidr"), QStringLiteral("10.232.9.0/24")},
                                         {QStringLiteral("ip_version"), 4}})));
        QVERIFY2(!sub->error(), qPrintable(sub->error().toString()));
        m_subnet = static_cast<CreateSubnetJob *>(sub.get())->subnet().id;
        std::unique_ptr<RestJob> router(run(new CreateRouterJob(
            m_session.get(), QJsonObject{{QStringLiteral("name"), QString(QStringLiteral("sd-edit-router-") + m_suffix)},
                                         {QStringLiteral("external_gateway_info"), QJsonObject{{QStringLiteral("network_id"), m_external}}}})));
        QVERIFY2(!router->error(), qPrintable(router->error().toString()));
        m_router = static_cast<CreateRouterJob *>(router.get())->router().id;
        std::unique_ptr<RestJob> iface(run(new RouterInterfaceJob(m_session.get(), RouterInterfaceJob::Action::Add, m_router, m_subnet)));
        QVERIFY2(!iface->error(), qPrintable(iface->error().toString()));
        std::unique_ptr<RestJob> group(run(new CreateSecurityGroupJob(m_session.get(), QString(QStringLiteral("sd-edit-sg-") + m_suffix), QString())));
        QVERIFY2(!group->error(), qPrintable(group->error().toString()));
        m_group = static_cast<CreateSecurityGroupJob *>(group.get())->group().id;

        m_page = std::make_unique<Ui::TopologyPage>();
        m_page->resize(1200, 800);
        m_page->show();
        m_page->setSession(m_session.get());
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->isLoading(), 120000);
    }

    void cleanupTestCase()
    {
        if (!m_session)
            return;
        m_page.reset();
        if (!m_fip.isEmpty())
            std::unique_ptr<RestJob>(run(new DeleteNetworkResourceJob(m_session.get(), QStringLiteral("floatingips"), m_fip)));
        if (!m_port.isEmpty())
            std::unique_ptr<RestJob>(run(new DeleteNetworkResourceJob(m_session.get(), QStringLiteral("ports"), m_port)));
        if (!m_router.isEmpty() && !m_subnet.isEmpty())
            std::unique_ptr<RestJob>(run(new RouterInterfaceJob(m_session.get(), RouterInterfaceJob::Action::Remove, m_router, m_subnet)));
        if (!m_router.isEmpty())
            std::unique_ptr<RestJob>(run(new DeleteNetworkResourceJob(m_session.get(), QStringLiteral("routers"), m_router)));
        if (!m_net.isEmpty())
            std::unique_ptr<RestJob>(run(new DeleteNetworkResourceJob(m_session.get(), QStringLiteral("networks"), m_net)));
        if (!m_group.isEmpty())
            std::unique_ptr<RestJob>(run(new DeleteNetworkResourceJob(m_session.get(), QStringLiteral("security-groups"), m_group)));
    }

    void editNetworkAndRouter()
    {
        m_page->editResource(QStringLiteral("networks"), m_net);
        Ui::EditDialog *d = dialog("editResourceDialog");
        QVERIFY(d);
        d->findChild<QLineEdit *>(QStringLiteral("nameField"))->setText(QStringLiteral("sd-edit-renamed-") + m_suffix);
        d->findChild<QLineEdit *>(QStringLiteral("descriptionField"))->setText(QStringLiteral("formal business"));
        d->findChild<QCheckBox *>(QStringLiteral("adminStateField"))->setChecked(false);
        QVERIFY2(acceptAndWait(d).startsWith(QStringLiteral("Updated")), qPrintable(m_page->lastMessage()));
        const QJsonObject n = get(QStringLiteral("networks"), QStringLiteral("network"), m_net);
        QCOMPARE(n[QStringLiteral("name")].toString(), QString(QStringLiteral("sd-edit-renamed-") + m_suffix));
        QCOMPARE(n[QStringLiteral("description")].toString(), QStringLiteral("formal business"));
        QCOMPARE(n[QStringLiteral("admin_state_up")].toBool(), false);

        QVERIFY(reload());
        m_page->editResource(QStringLiteral("routers"), m_router);
        d = dialog("editResourceDialog");
        QVERIFY(d);
        d->findChild<QLineEdit *>(QStringLiteral("nameField"))->setText(QStringLiteral("sd-edit-router2-") + m_suffix);
        QVERIFY2(acceptAndWait(d).startsWith(QStringLiteral("Updated")), qPrintable(m_page->lastMessage()));
        QCOMPARE(get(QStringLiteral("routers"), QStringLiteral("router"), m_router)[QStringLiteral("name")].toString(),
                 QString(QStringLiteral("sd-edit-router2-") + m_suffix));
    }

    void editSubnetCheckedAgainstItsCidr()
    {
        QVERIFY(reload());
        m_page->editResource(QStringLiteral("subnets"), m_subnet);
        Ui::EditDialog *d = dialog("editResourceDialog");
        QVERIFY(d);
        auto *pools = d->findChild<QPlainTextEdit *>(QStringLiteral("poolsField"));
        auto *ok = d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        pools->setPlainText(QStringLiteral("10.232.10.10-10.232.10.20"));
        QVERIFY(!ok->isEnabled());
        QVERIFY2(d->problem().contains(QStringLiteral("outside")), qPrintable(d->problem()));
        pools->setPlainText(QStringLiteral("10.232.9.1-10.232.9.60"));
        QVERIFY(!ok->isEnabled()); // the pool holds the gateway
        QVERIFY2(d->problem().contains(QStringLiteral("gateway")), qPrintable(d->problem()));
        // Moving the gateway while the router's interface holds it: Neutron refuses, in its words.
        pools->clear();
        d->findChild<QLineEdit *>(QStringLiteral("gatewayField"))->setText(QStringLiteral("10.232.9.50"));
        QVERIFY2(ok->isEnabled(), qPrintable(d->problem()));
        const QString refused = acceptAndWait(d);
        QVERIFY2(refused.contains(QStringLiteral("was not updated")) && refused.contains(QStringLiteral("10.232.9.1")), qPrintable(refused));
        for (QMessageBox *b : m_page->findChildren<QMessageBox *>())
            b->close();
        QCOMPARE(get(QStringLiteral("subnets"), QStringLiteral("subnet"), m_subnet)[QStringLiteral("gateway_ip")].toString(), QStringLiteral("10.232.9.1"));

        QVERIFY(reload());
        m_page->editResource(QStringLiteral("subnets"), m_subnet);
        d = dialog("editResourceDialog");
        QVERIFY(d);
        pools = d->findChild<QPlainTextEdit *>(QStringLiteral("poolsField"));
        ok = d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QCOMPARE(d->findChild<QLineEdit *>(QStringLiteral("gatewayField"))->text(), QStringLiteral("10.232.9.1"));
        pools->setPlainText(QStringLiteral("10.232.9.100-10.232.9.150\n10.232.9.160-10.232.9.170"));
        d->findChild<QPlainTextEdit *>(QStringLiteral("dnsField"))->setPlainText(QStringLiteral("10.232.9.2\n8.8.8.8"));
        d->findChild<QCheckBox *>(QStringLiteral("dhcpField"))->setChecked(false);
        d->findChild<QLineEdit *>(QStringLiteral("nameField"))->setText(QStringLiteral("sd-edit-sub2-") + m_suffix);
        QVERIFY2(ok->isEnabled(), qPrintable(d->problem()));
        QVERIFY2(acceptAndWait(d).startsWith(QStringLiteral("Updated")), qPrintable(m_page->lastMessage()));
        const QJsonObject s = get(QStringLiteral("subnets"), QStringLiteral("subnet"), m_subnet);
        QCOMPARE(s[QStringLiteral("name")].toString(), QString(QStringLiteral("sd-edit-sub2-") + m_suffix));
        QCOMPARE(s[QStringLiteral("gateway_ip")].toString(), QStringLiteral("10.232.9.1"));
        QCOMPARE(s[QStringLiteral("enable_dhcp")].toBool(), false);
        QCOMPARE(s[QStringLiteral("dns_nameservers")].toArray(), (QJsonArray{QStringLiteral("10.232.9.2"), QStringLiteral("8.8.8.8")}));
        // Neutron returns a subnet's pools in no fixed order.
        QStringList saved;
        for (const QJsonValue &pool : s[QStringLiteral("allocation_pools")].toArray())
            saved << pool[QStringLiteral("start")].toString() + QLatin1Char('-') + pool[QStringLiteral("end")].toString();
        saved.sort();
        QCOMPARE(saved, (QStringList{QStringLiteral("10.232.9.100-10.232.9.150"), QStringLiteral("10.232.9.160-10.232.9.170")}));
    }

    void createAndEditPort()
    {
        QVERIFY(reload());
        m_page->createPort();
        Ui::EditDialog *d = dialog("createPortDialog");
        QVERIFY(d);
        auto *network = d->findChild<QComboBox *>(QStringLiteral("networkField"));
        network->setCurrentIndex(network->findData(m_net));
        QVERIFY(network->currentIndex() >= 0);
        d->findChild<QLineEdit *>(QStringLiteral("nameField"))->setText(QStringLiteral("sd-edit-port-") + m_suffix);
        QVERIFY2(acceptAndWait(d).startsWith(QStringLiteral("Created port")), qPrintable(m_page->lastMessage()));
        std::unique_ptr<RestJob> ports(run(new RestJob(m_session.get(), QStringLiteral("network"), "GET",
                                                       QStringLiteral("/v2.0/ports?network_id=") + m_net + QStringLiteral("&name=sd-edit-port-") + m_suffix)));
        const QJsonArray found = ports->json()[QStringLiteral("ports")].toArray();
        QCOMPARE(found.size(), 1);
        m_port = found.first()[QStringLiteral("id")].toString();
        // It got an address from the pools set above.
        const QString ip = found.first()[QStringLiteral("fixed_ips")].toArray().first()[QStringLiteral("ip_address")].toString();
        QVERIFY2(ip.startsWith(QStringLiteral("10.232.9.1")), qPrintable(ip));

        QVERIFY(reload());
        m_page->editResource(QStringLiteral("ports"), m_port);
        d = dialog("editResourceDialog");
        QVERIFY(d);
        auto *groups = d->findChild<QListWidget *>(QStringLiteral("groupsField"));
        // The project's groups arrive from Neutron by name.
        QTRY_VERIFY_WITH_TIMEOUT(!groups->findItems(QStringLiteral("sd-edit-sg-") + m_suffix, Qt::MatchExactly).isEmpty(), 30000);
        for (int i = 0; i < groups->count(); ++i)
            groups->item(i)->setCheckState(groups->item(i)->data(Qt::UserRole).toString() == m_group ? Qt::Checked : Qt::Unchecked);
        d->findChild<QLineEdit *>(QStringLiteral("nameField"))->setText(QStringLiteral("sd-edit-port2-") + m_suffix);
        d->findChild<QCheckBox *>(QStringLiteral("adminStateField"))->setChecked(false);
        QVERIFY2(acceptAndWait(d).startsWith(QStringLiteral("Updated")), qPrintable(m_page->lastMessage()));
        const QJsonObject p = get(QStringLiteral("ports"), QStringLiteral("port"), m_port);
        QCOMPARE(p[QStringLiteral("name")].toString(), QString(QStringLiteral("sd-edit-port2-") + m_suffix));
        QCOMPARE(p[QStringLiteral("security_groups")].toArray(), QJsonArray{m_group});
        QCOMPARE(p[QStringLiteral("admin_state_up")].toBool(), false);
    }

    void allocateAssociateDisassociateFloatingIp()
    {
        QVERIFY(!m_port.isEmpty());
        QVERIFY(reload());
        m_page->allocateFloatingIp();
        Ui::EditDialog *d = dialog("allocateFloatingIpDialog");
        QVERIFY(d);
        auto *pool = d->findChild<QComboBox *>(QStringLiteral("poolField"));
        pool->setCurrentIndex(pool->findData(m_external));
        d->findChild<QLineEdit *>(QStringLiteral("descriptionField"))->setText(QStringLiteral("sd-edit-fip-") + m_suffix);
        QVERIFY2(acceptAndWait(d).startsWith(QStringLiteral("Allocated floating IP")), qPrintable(m_page->lastMessage()));
        std::unique_ptr<RestJob> fips(run(new RestJob(m_session.get(), QStringLiteral("network"), "GET",
                                                      QStringLiteral("/v2.0/floatingips?description=sd-edit-fip-") + m_suffix)));
        const QJsonArray found = fips->json()[QStringLiteral("floatingips")].toArray();
        QCOMPARE(found.size(), 1);
        m_fip = found.first()[QStringLiteral("id")].toString();
        QVERIFY(m_page->lastMessage().contains(found.first()[QStringLiteral("floating_ip_address")].toString()));

        // Associate with the port, chosen in the form by its name and address.
        QVERIFY(reload());
        m_page->editResource(QStringLiteral("floatingips"), m_fip);
        d = dialog("editResourceDialog");
        QVERIFY(d);
        auto *port = d->findChild<QComboBox *>(QStringLiteral("portField"));
        QVERIFY(port->findData(m_port) > 0);
        QVERIFY(port->itemText(port->findData(m_port)).contains(QStringLiteral("sd-edit-port2-") + m_suffix));
        port->setCurrentIndex(port->findData(m_port));
        QVERIFY2(acceptAndWait(d).startsWith(QStringLiteral("Updated")), qPrintable(m_page->lastMessage()));
        QCOMPARE(get(QStringLiteral("floatingips"), QStringLiteral("floatingip"), m_fip)[QStringLiteral("port_id")].toString(), m_port);

        QVERIFY(reload());
        m_page->editResource(QStringLiteral("floatingips"), m_fip);
        d = dialog("editResourceDialog");
        QVERIFY(d);
        port = d->findChild<QComboBox *>(QStringLiteral("portField"));
        port->setCurrentIndex(port->findData(QString()));
        QCOMPARE(port->currentText(), QStringLiteral("Not associated"));
        QVERIFY2(acceptAndWait(d).startsWith(QStringLiteral("Updated")), qPrintable(m_page->lastMessage()));
        QVERIFY(get(QStringLiteral("floatingips"), QStringLiteral("floatingip"), m_fip)[QStringLiteral("port_id")].isNull());
    }

    void deleteListsTheNamesAndReportsEachItem()
    {
        QVERIFY(!m_fip.isEmpty() && !m_port.isEmpty());
        QVERIFY(reload());
        // The network still has ports: Neutron refuses it (409) while the port and floating IP go.
        m_page->deleteResources(QStringLiteral("floatingips"), {m_fip});
        auto *box = m_page->findChild<QMessageBox *>(QStringLiteral("confirmBox"));
        QVERIFY(box);
        const QString address = get(QStringLiteral("floatingips"), QStringLiteral("floatingip"), m_fip)[QStringLiteral("floating_ip_address")].toString();
        QVERIFY(box->informativeText().contains(address));
        const QString before = m_page->lastMessage();
        QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("confirmButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_page->lastMessage() != before, 60000);
        QVERIFY2(m_page->lastMessage().startsWith(QStringLiteral("Deleted")), qPrintable(m_page->lastMessage()));
        std::unique_ptr<RestJob> gone(run(new RestJob(m_session.get(), QStringLiteral("network"), "GET", QStringLiteral("/v2.0/floatingips/") + m_fip)));
        QCOMPARE(gone->httpStatus(), 404);
        m_fip.clear();

        QVERIFY(reload());
        m_page->deleteResources(QStringLiteral("networks"), {m_net});
        box = m_page->findChild<QMessageBox *>(QStringLiteral("confirmBox"));
        QVERIFY(box);
        QVERIFY(box->informativeText().contains(QStringLiteral("sd-edit-renamed-") + m_suffix));
        const QString before2 = m_page->lastMessage();
        QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("confirmButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_page->lastMessage() != before2, 60000);
        // In use: the router interface and the port are on it. Neutron's words, with the name.
        QVERIFY2(m_page->lastMessage().contains(QStringLiteral("not deleted")), qPrintable(m_page->lastMessage()));
        QVERIFY2(m_page->lastMessage().contains(QStringLiteral("sd-edit-renamed-") + m_suffix), qPrintable(m_page->lastMessage()));
        QVERIFY(!get(QStringLiteral("networks"), QStringLiteral("network"), m_net).isEmpty());
        for (QMessageBox *b : m_page->findChildren<QMessageBox *>())
            b->close();
    }
};

QTEST_MAIN(TestNetworkEditFunctional)
#include "tst_network_edit_functional.moc"
