// SPDX-License-Identifier: GPL-3.0-or-later
// The Security Rules page driven offscreen over a fake Neutron: what the operator sees (the talk's
// default group, flagged), and what each action sends and says. The real-cloud flows are in
// tests/functional/tst_security_functional.cpp.
#include "fakenetwork.h"
#include "models/network/securitydata.h"
#include "models/roles.h"
#include "openstack/client/session.h"
#include "ui/security/reachabilitydialog.h"
#include "ui/security/ruledialog.h"
#include "ui/security/securitypage.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace TestSupport;

namespace {

QJsonObject rule(const char *id, const char *dir, const char *eth, const char *proto, int lo, int hi,
                 const char *prefix, const char *remoteGroup, const char *group = "sg-default")
{
    const auto orNull = [](const char *s) { return *s ? QJsonValue(QString::fromLatin1(s)) : QJsonValue(); };
    return QJsonObject{{QStringLiteral("id"), QString::fromLatin1(id)},
                       {QStringLiteral("security_group_id"), QString::fromLatin1(group)},
                       {QStringLiteral("project_id"), QStringLiteral("p1")},
                       {QStringLiteral("direction"), QString::fromLatin1(dir)},
                       {QStringLiteral("ethertype"), QString::fromLatin1(eth)},
                       {QStringLiteral("protocol"), orNull(proto)},
                       {QStringLiteral("port_range_min"), lo < 0 ? QJsonValue() : QJsonValue(lo)},
                       {QStringLiteral("port_range_max"), hi < 0 ? QJsonValue() : QJsonValue(hi)},
                       {QStringLiteral("remote_ip_prefix"), orNull(prefix)},
                       {QStringLiteral("remote_group_id"), orNull(remoteGroup)},
                       {QStringLiteral("description"), QString()}};
}

QByteArray groupsBody()
{
    const QJsonArray talk{rule("r1", "egress", "IPv4", "", -1, -1, "", ""),
                          rule("r2", "egress", "IPv6", "", -1, -1, "", ""),
                          rule("r3", "ingress", "IPv4", "", -1, -1, "0.0.0.0/0", ""),
                          rule("r4", "ingress", "IPv6", "", -1, -1, "", "sg-default"),
                          rule("r5", "ingress", "IPv4", "", -1, -1, "", "sg-default"),
                          rule("r6", "ingress", "IPv4", "icmp", -1, -1, "0.0.0.0/0", ""),
                          rule("r7", "ingress", "IPv4", "tcp", -1, -1, "0.0.0.0/0", ""),
                          rule("r8", "egress", "IPv4", "tcp", 22, 22, "0.0.0.0/0", ""),
                          rule("r9", "ingress", "IPv4", "tcp", 22, 22, "0.0.0.0/0", "")};
    const QJsonArray web{rule("w1", "ingress", "IPv4", "tcp", 443, 443, "0.0.0.0/0", "", "sg-web")};
    const QJsonArray groups{
        QJsonObject{{QStringLiteral("id"), QStringLiteral("sg-default")}, {QStringLiteral("name"), QStringLiteral("default")},
                    {QStringLiteral("description"), QStringLiteral("Default security group")},
                    {QStringLiteral("project_id"), QStringLiteral("p1")}, {QStringLiteral("security_group_rules"), talk}},
        QJsonObject{{QStringLiteral("id"), QStringLiteral("sg-web")}, {QStringLiteral("name"), QStringLiteral("web")},
                    {QStringLiteral("description"), QString()}, {QStringLiteral("project_id"), QStringLiteral("p1")},
                    {QStringLiteral("security_group_rules"), web}}};
    return QJsonDocument(QJsonObject{{QStringLiteral("security_groups"), groups}}).toJson();
}

QJsonObject port(const char *id, const char *device, const char *ip, const char *group)
{
    return QJsonObject{{QStringLiteral("id"), QString::fromLatin1(id)},
                       {QStringLiteral("network_id"), QStringLiteral("net1")},
                       {QStringLiteral("device_id"), QString::fromLatin1(device)},
                       {QStringLiteral("device_owner"), QStringLiteral("compute:AG2")},
                       {QStringLiteral("fixed_ips"), QJsonArray{QJsonObject{{QStringLiteral("subnet_id"), QStringLiteral("s1")},
                                                                            {QStringLiteral("ip_address"), QString::fromLatin1(ip)}}}},
                       {QStringLiteral("security_groups"), QJsonArray{QString::fromLatin1(group)}},
                       {QStringLiteral("port_security_enabled"), true}};
}

QByteArray tokenBody()
{
    QJsonObject root = QJsonDocument::fromJson(fakeTokenBody(QStringLiteral("2099-01-01T00:00:00Z"))).object();
    QJsonObject token = root[QStringLiteral("token")].toObject();
    QJsonArray catalog = token[QStringLiteral("catalog")].toArray();
    catalog.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("network")},
                               {QStringLiteral("name"), QStringLiteral("neutron")},
                               {QStringLiteral("endpoints"),
                                QJsonArray{QJsonObject{{QStringLiteral("interface"), QStringLiteral("public")},
                                                       {QStringLiteral("region_id"), QStringLiteral("RegionOne")},
                                                       {QStringLiteral("url"), QStringLiteral("http://fake:9696")}}}}});
    token[QStringLiteral("catalog")] = catalog;
    root[QStringLiteral("token")] = token;
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

FakeResponse fakeNeutron(const RecordedRequest &r)
{
    const QString path = r.url.path();
    if (path.endsWith(QLatin1String("/auth/tokens"))) {
        FakeResponse t = FakeResponse::json(201, tokenBody());
        t.headers.append({QByteArrayLiteral("X-Subject-Token"), QByteArrayLiteral("tok")});
        return t;
    }
    if (r.verb == "GET" && path == QLatin1String("/v2.0/security-groups"))
        return FakeResponse::json(200, groupsBody());
    if (r.verb == "GET" && path == QLatin1String("/v2.0/ports"))
        return FakeResponse::json(200, QJsonDocument(QJsonObject{{QStringLiteral("ports"),
                                                                  QJsonArray{port("pt1", "vm1", "192.168.32.30", "sg-default"),
                                                                             port("pt2", "vm2", "192.168.32.31", "sg-web")}}})
                                           .toJson());
    if (r.verb == "GET" && path.endsWith(QLatin1String("/servers/detail")))
        return FakeResponse::json(200, R"({"servers":[{"id":"vm1","name":"hadoop1","status":"ACTIVE","tenant_id":"p1"},
                                                      {"id":"vm2","name":"hadoop2","status":"ACTIVE","tenant_id":"p1"}]})");
    if (r.verb == "GET" && path.endsWith(QLatin1String("/projects")))
        return FakeResponse::json(200, R"({"projects":[{"id":"p1","name":"DevTenant","domain_id":"default"}]})");
    if (r.verb == "POST" && path == QLatin1String("/v2.0/security-group-rules")) {
        QJsonObject body = QJsonDocument::fromJson(r.body).object()[QStringLiteral("security_group_rule")].toObject();
        if (body[QStringLiteral("port_range_min")].toInt() == 22 && body[QStringLiteral("remote_ip_prefix")].toString() == QLatin1String("0.0.0.0/0"))
            return FakeResponse::json(409, R"({"NeutronError":{"type":"SecurityGroupRuleExists","message":"Security group rule already exists. Rule id is r9.","detail":""}})");
        body.insert(QStringLiteral("id"), QStringLiteral("new1"));
        return FakeResponse::json(201, QJsonDocument(QJsonObject{{QStringLiteral("security_group_rule"), body}}).toJson());
    }
    if (r.verb == "DELETE") {
        FakeResponse d;
        d.status = 204;
        return d;
    }
    return FakeResponse::json(404, R"({"NeutronError":{"message":"not here"}})");
}

OpenStack::CloudConfig config()
{
    OpenStack::CloudConfig c;
    c.name = QStringLiteral("fake");
    c.authUrl = QStringLiteral("http://fake:5000/v3");
    c.username = QStringLiteral("admin");
    c.password = QStringLiteral("secret");
    c.userDomainName = QStringLiteral("Default");
    c.projectName = QStringLiteral("admin");
    c.projectDomainName = QStringLiteral("Default");
    return c;
}

template<typename T>
T *visibleChild(QWidget *parent)
{
    for (int i = 0; i < 100; ++i) {
        const auto all = parent->findChildren<T *>();
        for (T *w : all) {
            if (w->isVisible())
                return w;
        }
        QTest::qWait(20);
    }
    return nullptr;
}

} // namespace

class TestSecurityPage : public QObject
{
    Q_OBJECT

    std::unique_ptr<FakeNetwork> m_net;
    std::unique_ptr<OpenStack::Session> m_session;
    std::unique_ptr<Ui::SecurityPage> m_page;

    QTableView *rulesView() const { return m_page->findChild<QTableView *>(QStringLiteral("rulesView")); }
    QAction *action(const char *name) const { return m_page->findChild<QAction *>(QString::fromLatin1(name)); }

    void selectRules(const QStringList &ids)
    {
        QTableView *view = rulesView();
        view->clearSelection();
        for (int r = 0; r < view->model()->rowCount(); ++r) {
            const QModelIndex i = view->model()->index(r, 0);
            if (ids.contains(i.data(Models::IdRole).toString()))
                view->selectionModel()->select(i, QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
    }

private slots:
    void init()
    {
        m_net = std::make_unique<FakeNetwork>();
        m_net->setHandler(fakeNeutron);
        m_session = std::make_unique<OpenStack::Session>(m_net.get(), config());
        bool done = false;
        m_session->authenticate(this, [&done](const Core::Error &) { done = true; });
        QTRY_VERIFY(done);
        m_page = std::make_unique<Ui::SecurityPage>();
        m_page->resize(1200, 700);
        m_page->show();
    }

    void cleanup()
    {
        m_page.reset();
        m_session.reset();
        m_net.reset();
    }

    void actionsSayWhyTheyAreDisabled()
    {
        QVERIFY(!action("addRuleAction")->isEnabled());
        QCOMPARE(action("addRuleAction")->toolTip(), QStringLiteral("Not connected to a cloud"));
        QSignalSpy loaded(m_page->data(), &Models::SecurityData::loaded);
        m_page->setSession(m_session.get());
        QVERIFY(loaded.wait());
        QVERIFY(action("addRuleAction")->isEnabled());
        QVERIFY(!action("deleteRuleAction")->isEnabled());
        QCOMPARE(action("deleteRuleAction")->toolTip(), QStringLiteral("Select one or more rules first"));
        QVERIFY(!action("editRuleAction")->isEnabled());
        selectRules({QStringLiteral("r9")});
        QVERIFY(action("editRuleAction")->isEnabled());
        QVERIFY(action("deleteRuleAction")->isEnabled());
    }

    void showsTheTalksDefaultGroupFlagged()
    {
        QSignalSpy loaded(m_page->data(), &Models::SecurityData::loaded);
        m_page->setSession(m_session.get());
        QVERIFY(loaded.wait());
        auto *groups = m_page->findChild<QTableView *>(QStringLiteral("groupsView"));
        QCOMPARE(groups->model()->rowCount(), 2);
        QCOMPARE(m_page->currentGroupId(), QStringLiteral("sg-default"));
        QTableView *rules = rulesView();
        QCOMPARE(rules->model()->rowCount(), 9);
        auto *summary = m_page->findChild<QLabel *>(QStringLiteral("auditSummaryLabel"));
        QVERIFY2(summary->text().contains(QStringLiteral("3 open to the world")), qPrintable(summary->text()));
        // The SSH-from-anywhere rule reads as in the talk and is marked bad.
        bool sawSsh = false;
        for (int r = 0; r < rules->model()->rowCount(); ++r) {
            const QModelIndex i = rules->model()->index(r, 0);
            if (i.data(Models::IdRole).toString() != QLatin1String("r9"))
                continue;
            sawSsh = true;
            QCOMPARE(rules->model()->index(r, 0).data().toString(), QStringLiteral("Ingress"));
            QCOMPARE(rules->model()->index(r, 2).data().toString(), QStringLiteral("TCP"));
            QCOMPARE(rules->model()->index(r, 3).data().toString(), QStringLiteral("22 (SSH)"));
            QCOMPARE(rules->model()->index(r, 4).data().toString(), QStringLiteral("0.0.0.0/0"));
            QCOMPARE(i.data(Models::StatusKindRole).value<Models::StatusKind>(), Models::StatusKind::Bad);
            QVERIFY(rules->model()->index(r, 7).data(Qt::ToolTipRole).toString().contains(QStringLiteral("22 (SSH)")));
        }
        QVERIFY(sawSsh);
        // The "from this group" rule names the group.
        bool sawOwn = false;
        for (int r = 0; r < rules->model()->rowCount(); ++r)
            sawOwn = sawOwn || rules->model()->index(r, 5).data().toString() == QLatin1String("default");
        QVERIFY(sawOwn);
        // Filtering works on the rules table.
        m_page->findChild<QWidget *>(QStringLiteral("rulesPanel"))->findChild<QLineEdit *>(QStringLiteral("filterEdit"))
            ->setText(QStringLiteral("ICMP"));
        QCOMPARE(rules->model()->rowCount(), 1);
    }

    void addRuleValidatesBeforeSending()
    {
        QSignalSpy loaded(m_page->data(), &Models::SecurityData::loaded);
        m_page->setSession(m_session.get());
        QVERIFY(loaded.wait());
        action("addRuleAction")->trigger();
        auto *dialog = visibleChild<Ui::RuleDialog>(m_page.get());
        QVERIFY(dialog);
        auto *protocol = dialog->findChild<QComboBox *>(QStringLiteral("protocolCombo"));
        protocol->setCurrentIndex(protocol->findData(QStringLiteral("tcp")));
        dialog->findChild<QLineEdit *>(QStringLiteral("portFromEdit"))->setText(QStringLiteral("8080"));
        dialog->findChild<QLineEdit *>(QStringLiteral("portToEdit"))->setText(QStringLiteral("70000"));
        dialog->findChild<QLineEdit *>(QStringLiteral("cidrEdit"))->setText(QStringLiteral("2001:db8::/32"));
        dialog->accept();
        QVERIFY(dialog->isVisible());
        auto *portError = dialog->findChild<QLabel *>(QStringLiteral("port_toError"));
        QVERIFY(portError->isVisible());
        QCOMPARE(portError->text(), QStringLiteral("A port is 1–65535."));
        auto *remoteError = dialog->findChild<QLabel *>(QStringLiteral("remoteError"));
        QVERIFY(remoteError->text().contains(QStringLiteral("IPv6 CIDR")));
        QCOMPARE(m_net->countMatching("POST", QStringLiteral("/security-group-rules")), 0);

        // Fixing the fields clears the messages and sends the rule.
        dialog->findChild<QLineEdit *>(QStringLiteral("portToEdit"))->setText(QStringLiteral("8090"));
        dialog->findChild<QLineEdit *>(QStringLiteral("cidrEdit"))->setText(QStringLiteral("10.0.0.0/8"));
        QVERIFY(!portError->isVisible());
        dialog->accept();
        QTRY_COMPARE(m_net->countMatching("POST", QStringLiteral("/security-group-rules")), 1);
        QJsonObject sent;
        for (const auto &r : m_net->requests()) {
            if (r.verb == "POST" && r.url.path().endsWith(QLatin1String("/security-group-rules")))
                sent = QJsonDocument::fromJson(r.body).object()[QStringLiteral("security_group_rule")].toObject();
        }
        QCOMPARE(sent[QStringLiteral("security_group_id")].toString(), QStringLiteral("sg-default"));
        QCOMPARE(sent[QStringLiteral("protocol")].toString(), QStringLiteral("tcp"));
        QCOMPARE(sent[QStringLiteral("port_range_min")].toInt(), 8080);
        QCOMPARE(sent[QStringLiteral("port_range_max")].toInt(), 8090);
        QCOMPARE(sent[QStringLiteral("remote_ip_prefix")].toString(), QStringLiteral("10.0.0.0/8"));
        QTRY_VERIFY(m_page->lastMessage().startsWith(QStringLiteral("Added rule ingress IPv4 TCP 8080–8090")));
    }

    void conflictIsShownInWords()
    {
        QSignalSpy loaded(m_page->data(), &Models::SecurityData::loaded);
        m_page->setSession(m_session.get());
        QVERIFY(loaded.wait());
        action("addRuleAction")->trigger();
        auto *dialog = visibleChild<Ui::RuleDialog>(m_page.get());
        QVERIFY(dialog);
        auto *tmpl = dialog->findChild<QComboBox *>(QStringLiteral("templateCombo"));
        tmpl->setCurrentIndex(tmpl->findData(QStringLiteral("ssh")));
        emit tmpl->activated(tmpl->currentIndex());
        QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("portFromEdit"))->text(), QStringLiteral("22"));
        dialog->findChild<QLineEdit *>(QStringLiteral("cidrEdit"))->setText(QStringLiteral("0.0.0.0/0"));
        dialog->accept();
        QTRY_VERIFY(m_page->lastMessage().contains(QStringLiteral("409")));
        QVERIFY(m_page->lastMessage().contains(QStringLiteral("Security group rule already exists")));
        auto *box = visibleChild<QMessageBox>(m_page.get());
        QVERIFY(box);
        QVERIFY(box->text().contains(QStringLiteral("The rule was not added")));
        box->close();
    }

    void deleteConfirmsListingTheRules()
    {
        QSignalSpy loaded(m_page->data(), &Models::SecurityData::loaded);
        m_page->setSession(m_session.get());
        QVERIFY(loaded.wait());
        selectRules({QStringLiteral("r3"), QStringLiteral("r9")});
        action("deleteRuleAction")->trigger();
        auto *box = visibleChild<QMessageBox>(m_page.get());
        QVERIFY(box);
        QVERIFY(box->text().contains(QStringLiteral("Delete 2 rule(s) from default?")));
        QVERIFY(box->informativeText().contains(QStringLiteral("ingress IPv4 Any Any from 0.0.0.0/0")));
        QVERIFY(box->informativeText().contains(QStringLiteral("ingress IPv4 TCP 22 (SSH) from 0.0.0.0/0")));
        box->button(QMessageBox::Cancel)->click();
        QTest::qWait(50);
        QCOMPARE(m_net->countMatching("DELETE", QStringLiteral("/security-group-rules/r3")), 0);

        action("deleteRuleAction")->trigger();
        box = visibleChild<QMessageBox>(m_page.get());
        QVERIFY(box);
        box->findChild<QAbstractButton *>(QStringLiteral("confirmButton"))->click();
        QTRY_COMPARE(m_page->lastMessage(), QStringLiteral("Deleted 2 rule(s)"));
        QCOMPARE(m_net->countMatching("DELETE", QStringLiteral("/security-group-rules/r3")), 1);
        QCOMPARE(m_net->countMatching("DELETE", QStringLiteral("/security-group-rules/r9")), 1);
    }

    void deletingAGroupInUseIsRefusedWithItsUsers()
    {
        QSignalSpy loaded(m_page->data(), &Models::SecurityData::loaded);
        m_page->setSession(m_session.get());
        QVERIFY(loaded.wait());
        m_page->selectGroup(QStringLiteral("sg-web"));
        action("deleteGroupAction")->trigger();
        QVERIFY2(m_page->lastMessage().contains(QStringLiteral("in use by 1 port(s)")), qPrintable(m_page->lastMessage()));
        QVERIFY(m_page->lastMessage().contains(QStringLiteral("instance hadoop2")));
        QCOMPARE(m_net->countMatching("DELETE", QStringLiteral("/security-groups/sg-web")), 0);
    }

    void reachabilityBetweenTwoInstances()
    {
        QSignalSpy loaded(m_page->data(), &Models::SecurityData::loaded);
        m_page->setSession(m_session.get());
        QVERIFY(loaded.wait());
        QVERIFY(action("reachabilityAction")->isEnabled());
        action("reachabilityAction")->trigger();
        auto *dialog = visibleChild<Ui::ReachabilityDialog>(m_page.get());
        QVERIFY(dialog);
        // hadoop2 (web: egress none) → hadoop1 (default): web has no egress rule.
        dialog->select(QStringLiteral("vm2"), QStringLiteral("vm1"));
        QVERIFY2(dialog->verdict().contains(QStringLiteral("no egress rule")), qPrintable(dialog->verdict()));
        // hadoop1 (default: egress any) → hadoop2 (web: 443 from anywhere).
        dialog->select(QStringLiteral("vm1"), QStringLiteral("vm2"));
        QVERIFY2(dialog->verdict().startsWith(QStringLiteral("hadoop1 can reach hadoop2")), qPrintable(dialog->verdict()));
        QCOMPARE(dialog->ruleRows(), 3); // egress any and egress SSH of default, ingress 443 of web
    }
};

QTEST_MAIN(TestSecurityPage)
#include "tst_securitypage.moc"
