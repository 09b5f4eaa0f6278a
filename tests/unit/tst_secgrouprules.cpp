// SPDX-License-Identifier: GPL-3.0-or-later
// Rule validation, audit and reachability: the pure security-group logic, table-driven.
#include "openstack/network/reachability.h"
#include "openstack/network/ruleaudit.h"
#include "openstack/network/rulespec.h"

#include <QJsonDocument>
#include <QTest>

using namespace OpenStack::Network;

namespace {

// "in|eg v4|v6 proto ports remote" → a rule; ports "22" / "22-80" / "-"; remote "0.0.0.0/0" /
// "@group" / "-" (none).
SecurityGroupRule rule(const QString &id, const QString &text, const QString &group = QStringLiteral("g1"))
{
    const QStringList f = text.split(QLatin1Char(' '));
    SecurityGroupRule r;
    r.id = id;
    r.securityGroupId = group;
    r.direction = f.at(0) == QLatin1String("in") ? QStringLiteral("ingress") : QStringLiteral("egress");
    r.ethertype = f.at(1) == QLatin1String("v6") ? QStringLiteral("IPv6") : QStringLiteral("IPv4");
    r.protocol = f.at(2) == QLatin1String("any") ? QString() : f.at(2);
    if (f.at(3) != QLatin1String("-")) {
        const QStringList p = f.at(3).split(QLatin1Char('-'));
        r.portRangeMin = p.at(0).toInt();
        r.portRangeMax = p.value(1, p.at(0)).toInt();
    }
    if (f.at(4).startsWith(QLatin1Char('@')))
        r.remoteGroupId = f.at(4).mid(1);
    else if (f.at(4) != QLatin1String("-"))
        r.remoteIpPrefix = f.at(4);
    return r;
}

// The talk's default group, rule for rule (Horizon's 管理安全组规则: default).
QVector<SecurityGroupRule> talkDefault()
{
    return {rule(QStringLiteral("r1"), QStringLiteral("eg v4 any - -")),
            rule(QStringLiteral("r2"), QStringLiteral("eg v6 any - -")),
            rule(QStringLiteral("r3"), QStringLiteral("in v4 any - 0.0.0.0/0")),
            rule(QStringLiteral("r4"), QStringLiteral("in v6 any - @g1")),
            rule(QStringLiteral("r5"), QStringLiteral("in v4 any - @g1")),
            rule(QStringLiteral("r6"), QStringLiteral("in v4 icmp - 0.0.0.0/0")),
            rule(QStringLiteral("r7"), QStringLiteral("in v4 tcp - 0.0.0.0/0")),
            rule(QStringLiteral("r8"), QStringLiteral("eg v4 tcp 22 0.0.0.0/0")),
            rule(QStringLiteral("r9"), QStringLiteral("in v4 tcp 22 0.0.0.0/0"))};
}

QString flagsOf(const GroupAudit &audit)
{
    QStringList out;
    for (const AuditFlag &f : audit.flags)
        out << f.ruleId + QLatin1Char(':') + kindKey(f.kind);
    return out.join(QLatin1Char(' '));
}

QStringList list(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *i : items)
        out << QString::fromLatin1(i);
    return out;
}

} // namespace

class TestSecGroupRules : public QObject
{
    Q_OBJECT
private slots:
    void validation_data()
    {
        QTest::addColumn<QString>("ethertype");
        QTest::addColumn<QString>("protocol");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<QString>("group");
        QTest::addColumn<QStringList>("badFields");
        const QStringList none;
        QTest::newRow("ssh") << "IPv4" << "tcp" << "22" << "22" << "0.0.0.0/0" << "" << none;
        QTest::newRow("tcp by number") << "IPv4" << "6" << "80" << "443" << "10.0.0.0/8" << "" << none;
        QTest::newRow("any protocol") << "IPv4" << "" << "" << "" << "" << "" << none;
        QTest::newRow("port 0") << "IPv4" << "tcp" << "0" << "22" << "" << "" << list({"port_from"});
        QTest::newRow("port 65536") << "IPv4" << "udp" << "1" << "65536" << "" << "" << list({"port_to"});
        QTest::newRow("min > max") << "IPv4" << "tcp" << "443" << "80" << "" << "" << list({"port_to"});
        QTest::newRow("not a number") << "IPv4" << "tcp" << "ssh" << "22" << "" << "" << list({"port_from"});
        QTest::newRow("ports on icmp ok") << "IPv4" << "icmp" << "8" << "0" << "" << "" << none;
        QTest::newRow("icmp type 256") << "IPv4" << "icmp" << "256" << "" << "" << "" << list({"port_from"});
        QTest::newRow("icmp code without type") << "IPv4" << "icmp" << "" << "3" << "" << "" << list({"port_from"});
        QTest::newRow("ports on gre") << "IPv4" << "gre" << "1" << "2" << "" << "" << list({"port_from"});
        QTest::newRow("unknown protocol") << "IPv4" << "tcpp" << "" << "" << "" << "" << list({"protocol"});
        QTest::newRow("protocol 300") << "IPv4" << "300" << "" << "" << "" << "" << list({"protocol"});
        QTest::newRow("icmp on v6") << "IPv6" << "icmp" << "" << "" << "" << "" << list({"protocol"});
        QTest::newRow("ipv6-icmp on v6") << "IPv6" << "ipv6-icmp" << "" << "" << "::/0" << "" << none;
        QTest::newRow("v6 cidr on v4") << "IPv4" << "tcp" << "22" << "22" << "::/0" << "" << list({"remote"});
        QTest::newRow("v4 cidr on v6") << "IPv6" << "tcp" << "22" << "22" << "10.0.0.0/8" << "" << list({"remote"});
        QTest::newRow("bad cidr") << "IPv4" << "tcp" << "22" << "22" << "10.0.0.0/33" << "" << list({"remote"});
        QTest::newRow("bare address") << "IPv4" << "tcp" << "22" << "22" << "10.1.2.3" << "" << none;
        QTest::newRow("cidr and group") << "IPv4" << "tcp" << "22" << "22" << "10.0.0.0/8" << "g2"
                                        << list({"remote"});
        QTest::newRow("several at once") << "IPv6" << "tcp" << "0" << "70000" << "1.2.3.0/24" << ""
                                         << list({"port_from", "port_to", "remote"});
    }

    void validation()
    {
        QFETCH(QString, ethertype);
        QFETCH(QString, protocol);
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, prefix);
        QFETCH(QString, group);
        QFETCH(QStringList, badFields);
        RuleSpec s;
        s.securityGroupId = QStringLiteral("g1");
        s.ethertype = ethertype;
        s.protocol = protocol;
        s.portFrom = from;
        s.portTo = to;
        s.remoteIpPrefix = prefix;
        s.remoteGroupId = group;
        const auto errors = s.validate();
        QCOMPARE(QStringList(errors.keys()), badFields);
        for (const QString &m : errors)
            QVERIFY(!m.isEmpty());
    }

    void specToJsonAndBack()
    {
        RuleSpec s;
        s.securityGroupId = QStringLiteral("g1");
        s.protocol = QStringLiteral("TCP");
        s.portFrom = QStringLiteral("22");
        s.portTo = QStringLiteral("22");
        s.remoteIpPrefix = QStringLiteral(" 10.0.0.0/8 ");
        const QJsonObject o = s.toJson();
        QCOMPARE(o.value(QStringLiteral("protocol")).toString(), QStringLiteral("tcp"));
        QCOMPARE(o.value(QStringLiteral("port_range_min")).toInt(), 22);
        QCOMPARE(o.value(QStringLiteral("remote_ip_prefix")).toString(), QStringLiteral("10.0.0.0/8"));
        QVERIFY(!o.contains(QStringLiteral("remote_group_id")));
        RuleSpec any;
        any.securityGroupId = QStringLiteral("g1");
        QVERIFY(!any.toJson().contains(QStringLiteral("protocol")));

        // Copying "from members of this group" to another group points at the other group.
        const RuleSpec own = RuleSpec::fromRule(rule(QStringLiteral("r"), QStringLiteral("in v4 any - @g1")));
        QCOMPARE(own.forGroup(QStringLiteral("g2")).remoteGroupId, QStringLiteral("g2"));
        const RuleSpec other = RuleSpec::fromRule(rule(QStringLiteral("r"), QStringLiteral("in v4 any - @g9")));
        QCOMPARE(other.forGroup(QStringLiteral("g2")).remoteGroupId, QStringLiteral("g9"));
    }

    void labels()
    {
        QCOMPARE(portRangeLabel(rule(QStringLiteral("r"), QStringLiteral("in v4 tcp 22 -"))), QStringLiteral("22 (SSH)"));
        QCOMPARE(portRangeLabel(rule(QStringLiteral("r"), QStringLiteral("in v4 tcp 80-90 -"))), QStringLiteral("80–90"));
        QCOMPARE(portRangeLabel(rule(QStringLiteral("r"), QStringLiteral("in v4 tcp - -"))), QStringLiteral("Any"));
        QCOMPARE(portRangeLabel(rule(QStringLiteral("r"), QStringLiteral("in v4 icmp 8-0 -"))),
                 QStringLiteral("type 8 code 0"));
        QCOMPARE(protocolLabel(QString()), QStringLiteral("Any"));
        QCOMPARE(protocolLabel(QStringLiteral("tcp")), QStringLiteral("TCP"));
    }

    void audit_data()
    {
        QTest::addColumn<QStringList>("rules");
        QTest::addColumn<QString>("expected");
        QTest::newRow("clean") << list({"in v4 tcp 443 0.0.0.0/0", "in v4 tcp 22 10.0.0.0/8", "eg v4 any - -"})
                               << "";
        QTest::newRow("world any") << list({"in v4 any - 0.0.0.0/0"}) << "a:open_to_world";
        QTest::newRow("no prefix is world") << list({"in v4 any - -"}) << "a:open_to_world";
        QTest::newRow("world v6") << list({"in v6 tcp - ::/0"}) << "a:open_to_world";
        QTest::newRow("full range is all ports") << list({"in v4 udp 1-65535 0.0.0.0/0"}) << "a:open_to_world";
        QTest::newRow("ssh") << list({"in v4 tcp 22 0.0.0.0/0"}) << "a:sensitive_port";
        QTest::newRow("rdp in a range") << list({"in v4 tcp 3000-4000 0.0.0.0/0"}) << "a:sensitive_port";
        QTest::newRow("redis mongo es") << list({"in v4 tcp 6379 0.0.0.0/0", "in v4 tcp 27017 0.0.0.0/0",
                                                       "in v4 tcp 9200 0.0.0.0/0"})
                                        << "a:sensitive_port b:sensitive_port c:sensitive_port";
        QTest::newRow("ssh from a subnet is fine") << list({"in v4 tcp 22 192.168.11.0/24"}) << "";
        QTest::newRow("egress world is fine") << list({"eg v4 tcp 22 0.0.0.0/0"}) << "";
        QTest::newRow("icmp world is fine") << list({"in v4 icmp - 0.0.0.0/0"}) << "";
        QTest::newRow("duplicate") << list({"in v4 tcp 80 10.0.0.0/8", "in v4 6 80 10.0.0.0/8"}) << "b:duplicate";
        QTest::newRow("world prefix equals none") << list({"eg v4 any - -", "eg v4 any - 0.0.0.0/0"})
                                                  << "b:duplicate";
        QTest::newRow("shadowed by range") << list({"in v4 tcp 80 10.0.0.0/8", "in v4 tcp 1-1024 10.0.0.0/8"})
                                           << "a:shadowed";
        QTest::newRow("shadowed by wider cidr") << list({"in v4 tcp 80 10.1.0.0/16", "in v4 tcp 80 10.0.0.0/8"})
                                                << "a:shadowed";
        QTest::newRow("narrower cidr does not shadow") << list({"in v4 tcp 80 10.0.0.0/8", "in v4 tcp 80 10.1.0.0/16"})
                                                       << "b:shadowed";
        QTest::newRow("other direction does not shadow") << list({"eg v4 any - -", "in v4 tcp 80 10.0.0.0/8"})
                                                         << "";
        QTest::newRow("other family does not shadow") << list({"in v6 tcp 80 ::/0", "in v4 tcp 80 10.0.0.0/8"})
                                                      << "";
        QTest::newRow("group remote shadowed by world")
            << list({"in v4 tcp 80 @g1", "in v4 tcp 80 0.0.0.0/0"}) << "a:shadowed";
        QTest::newRow("different groups do not shadow") << list({"in v4 tcp 80 @g1", "in v4 tcp 80 @g2"}) << "";
        QTest::newRow("icmp type shadowed by any icmp")
            << list({"in v4 icmp 8 10.0.0.0/8", "in v4 icmp - 10.0.0.0/8"}) << "a:shadowed";
    }

    void audit()
    {
        QFETCH(QStringList, rules);
        QFETCH(QString, expected);
        QVector<SecurityGroupRule> set;
        for (int i = 0; i < rules.size(); ++i)
            set.append(rule(QString(QChar(u'a' + i)), rules.at(i)));
        const GroupAudit a = auditGroup(QStringLiteral("g1"), set);
        QCOMPARE(flagsOf(a), expected);
        QCOMPARE(a.isClean(), expected.isEmpty());
        for (const AuditFlag &f : a.flags) {
            QVERIFY(!f.reason.isEmpty());
            if (f.kind == AuditFlag::Kind::Duplicate || f.kind == AuditFlag::Kind::Shadowed)
                QVERIFY(!f.relatedRuleId.isEmpty());
        }
    }

    void auditOfTheTalksDefaultGroup()
    {
        const GroupAudit a = auditGroup(QStringLiteral("g1"), talkDefault());
        // Ingress any from 0.0.0.0/0 opens everything and makes ICMP, TCP any, SSH and the
        // "from this group" v4 rule redundant; egress any makes egress SSH redundant.
        QCOMPARE(flagsOf(a), QStringLiteral("r3:open_to_world r5:shadowed r6:shadowed r7:open_to_world r7:shadowed "
                                            "r8:shadowed r9:sensitive_port r9:shadowed"));
        QCOMPARE(a.openToWorld, 3);
        QCOMPARE(a.shadowed, 5);
        QCOMPARE(a.duplicates, 0);
        QCOMPARE(a.summary(), QStringLiteral("3 open to the world, 5 shadowed"));
        const AuditFlag ssh = a.flags.at(6);
        QVERIFY2(ssh.reason.contains(QStringLiteral("22 (SSH)")), qPrintable(ssh.reason));
        QCOMPARE(a.flags.at(1).relatedRuleId, QStringLiteral("r3"));
    }

    void reachabilityCases()
    {
        SecurityGroup web;
        web.id = QStringLiteral("web");
        web.name = QStringLiteral("web");
        web.rules = {rule(QStringLiteral("w1"), QStringLiteral("in v4 tcp 80 0.0.0.0/0"), web.id),
                     rule(QStringLiteral("w2"), QStringLiteral("in v4 tcp 22 10.0.0.0/24"), web.id),
                     rule(QStringLiteral("w3"), QStringLiteral("eg v4 any - -"), web.id)};
        SecurityGroup db;
        db.id = QStringLiteral("db");
        db.name = QStringLiteral("db");
        db.rules = {rule(QStringLiteral("d1"), QStringLiteral("in v4 tcp 3306 @web"), db.id),
                    rule(QStringLiteral("d2"), QStringLiteral("eg v4 tcp 443 0.0.0.0/0"), db.id)};
        const QHash<QString, SecurityGroup> groups{{web.id, web}, {db.id, db}};
        const Endpoint a{QStringLiteral("a"), QStringLiteral("web1"), {QStringLiteral("10.0.0.5")}, {web.id}, true};
        const Endpoint b{QStringLiteral("b"), QStringLiteral("db1"), {QStringLiteral("10.0.1.7")}, {db.id}, true};

        // web1 → db1: egress any on web, ingress 3306 from members of web on db.
        Reachability r = reachability(a, b, groups);
        QVERIFY(r.reachable);
        QCOMPARE(r.egress.size(), 1);
        QCOMPARE(r.egress.first().rule.id, QStringLiteral("w3"));
        QCOMPARE(r.ingress.size(), 1);
        QCOMPARE(r.ingress.first().rule.id, QStringLiteral("d1"));
        QVERIFY(r.ingress.first().why.contains(QStringLiteral("member of web")));

        // db1 → web1: egress only 443, web allows 80 from anywhere and 22 from 10.0.0.0/24 (db1 is
        // 10.0.1.7, outside): egress and ingress share no port.
        r = reachability(b, a, groups);
        QVERIFY(!r.reachable);
        QCOMPARE(r.egress.size(), 1);
        QCOMPARE(r.ingress.size(), 1);
        QCOMPARE(r.ingress.first().rule.id, QStringLiteral("w1"));
        QVERIFY(r.verdict.contains(QStringLiteral("share no protocol")));

        // A source inside 10.0.0.0/24 reaches web's SSH too.
        const Endpoint c{QStringLiteral("c"), QStringLiteral("bastion"), {QStringLiteral("10.0.0.9")}, {web.id}, true};
        r = reachability(c, a, groups);
        QVERIFY(r.reachable);
        QCOMPARE(r.ingress.size(), 2);

        // No egress at all.
        SecurityGroup closed;
        closed.id = QStringLiteral("closed");
        const QHash<QString, SecurityGroup> g2{{web.id, web}, {closed.id, closed}};
        const Endpoint d{QStringLiteral("d"), QStringLiteral("shut"), {QStringLiteral("10.0.0.8")}, {closed.id}, true};
        r = reachability(d, a, g2);
        QVERIFY(!r.reachable);
        QVERIFY(r.verdict.contains(QStringLiteral("no egress rule")));
        // Port security off on the source: egress is not filtered.
        Endpoint open = d;
        open.portSecurity = false;
        QVERIFY(reachability(open, a, g2).reachable);
    }
};

QTEST_GUILESS_MAIN(TestSecGroupRules)
#include "tst_secgrouprules.moc"
