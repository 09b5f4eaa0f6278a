// SPDX-License-Identifier: GPL-3.0-or-later
// The Security Rules tab against the real Neutron of the local cloud: the talk's default-group rules
// reproduced in a group of our own, seen in the table, flagged by the audit, edited, deleted and
// copied through the page itself; exports compared with the openstack CLI. Everything created has a
// unique name and is deleted at the end; the seeded groups are not touched.
#include "models/network/securitydata.h"
#include "models/network/securityrulemodel.h"
#include "openstack/client/restjob.h"
#include "openstack/network/networkjobs.h"
#include "openstack/network/rulespec.h"
#include "localcloudsession.h"
#include "testcloud.h"
#include "ui/security/copyrulesdialog.h"
#include "ui/security/ruledialog.h"
#include "ui/security/securitypage.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace OpenStack::Network;
using OpenStack::RestJob;
using OpenStack::Session;

class TestSecurityFunctional : public QObject
{
    Q_OBJECT

    TestSupport::TestCloud m_cloud;
    QNetworkAccessManager m_network;
    std::unique_ptr<Session> m_session;
    QString m_suffix;
    QString m_groupA;
    QString m_groupB;

    // Every job here gets a minute (see TestSupport::runJob).
    template<typename Job>
    std::unique_ptr<Job> run(Job *job)
    {
        return TestSupport::runJob(job, 60000);
    }

    QString createGroup(const QString &name)
    {
        std::unique_ptr<RestJob> job(run(new CreateSecurityGroupJob(m_session.get(), name, QStringLiteral("functional test"))));
        if (job->error())
            qWarning() << job->error().toString();
        return static_cast<CreateSecurityGroupJob *>(job.get())->group().id;
    }

    Core::Error addRule(const RuleSpec &spec, SecurityGroupRule *created = nullptr)
    {
        std::unique_ptr<RestJob> job(run(new CreateSecurityGroupRuleJob(m_session.get(), spec.toJson())));
        if (created)
            *created = static_cast<CreateSecurityGroupRuleJob *>(job.get())->rule();
        return job->error();
    }

    static RuleSpec spec(const QString &group, const char *direction, const char *ethertype, const char *protocol,
                         const char *from, const char *to, const char *prefix, bool ownGroup)
    {
        RuleSpec s;
        s.securityGroupId = group;
        s.direction = QString::fromLatin1(direction);
        s.ethertype = QString::fromLatin1(ethertype);
        s.protocol = QString::fromLatin1(protocol);
        s.portFrom = QString::fromLatin1(from);
        s.portTo = QString::fromLatin1(to);
        s.remoteIpPrefix = QString::fromLatin1(prefix);
        if (ownGroup)
            s.remoteGroupId = group;
        return s;
    }

    // Loads the security data as the tab does and returns the rules of `group`.
    QVector<SecurityGroupRule> rulesOf(Models::SecurityData &data, const QString &group)
    {
        QSignalSpy loaded(&data, &Models::SecurityData::loaded);
        data.reload(m_session.get(), true);
        if (!loaded.wait(60000))
            qWarning("security data did not load");
        return data.groupsById().value(group).rules;
    }

    static QString key(const SecurityGroupRule &r)
    {
        return r.direction + QLatin1Char(' ') + r.ethertype + QLatin1Char(' ') + r.protocol + QLatin1Char(' ')
               + QString::number(r.portRangeMin) + QLatin1Char(' ') + r.remoteIpPrefix
               + (r.remoteGroupId.isEmpty() ? QString() : QStringLiteral(" @group"));
    }

    // Waits for the page's next finished load.
    static bool waitForLoad(Ui::SecurityPage &page)
    {
        QSignalSpy loaded(page.data(), &Models::SecurityData::loaded);
        return loaded.wait(60000);
    }

    template<typename T>
    static T *waitForChild(QWidget *parent)
    {
        T *found = nullptr;
        for (int i = 0; i < 100 && !found; ++i) {
            const auto all = parent->findChildren<T *>();
            for (T *w : all) {
                if (w->isVisible())
                    found = w;
            }
            if (!found)
                QTest::qWait(50);
        }
        return found;
    }

    void selectRules(Ui::SecurityPage &page, const QStringList &ids)
    {
        auto *view = page.findChild<QTableView *>(QStringLiteral("rulesView"));
        view->clearSelection();
        for (int r = 0; r < view->model()->rowCount(); ++r) {
            const QModelIndex i = view->model()->index(r, 0);
            if (ids.contains(i.data(Models::IdRole).toString()))
                view->selectionModel()->select(i, QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
    }

private slots:
    void initTestCase()
    {
        STACKDECK_REQUIRE_LOCAL_CLOUD(m_cloud);
        QString why;
        m_session = TestSupport::localCloudSession(m_cloud, &m_network, QStringLiteral("stackdeck-local"), this, &why);
        QVERIFY2(m_session, qPrintable(why));
        m_suffix = QString::number(QRandomGenerator::global()->generate(), 36);
        m_groupA = createGroup(QStringLiteral("sd-func-talk-") + m_suffix);
        m_groupB = createGroup(QStringLiteral("sd-func-copy-") + m_suffix);
        QVERIFY(!m_groupA.isEmpty());
        QVERIFY(!m_groupB.isEmpty());
    }

    void cleanupTestCase()
    {
        if (!m_session)
            return;
        for (const QString &g : {m_groupA, m_groupB}) {
            if (!g.isEmpty())
                std::unique_ptr<RestJob>(run(new DeleteNetworkResourceJob(m_session.get(), QStringLiteral("security-groups"), g)));
        }
    }

    void reproduceTheTalksDefaultGroup()
    {
        // A new group already has the two egress-any rules; add the other seven of the talk.
        const QVector<RuleSpec> rules{
            spec(m_groupA, "ingress", "IPv4", "", "", "", "0.0.0.0/0", false),
            spec(m_groupA, "ingress", "IPv6", "", "", "", "", true),
            spec(m_groupA, "ingress", "IPv4", "", "", "", "", true),
            spec(m_groupA, "ingress", "IPv4", "icmp", "", "", "0.0.0.0/0", false),
            spec(m_groupA, "ingress", "IPv4", "tcp", "", "", "0.0.0.0/0", false),
            spec(m_groupA, "egress", "IPv4", "tcp", "22", "22", "0.0.0.0/0", false),
            spec(m_groupA, "ingress", "IPv4", "tcp", "22", "22", "0.0.0.0/0", false),
        };
        for (const RuleSpec &s : rules) {
            QVERIFY(s.validate().isEmpty());
            const Core::Error e = addRule(s);
            QVERIFY2(!e, qPrintable(e.toString()));
        }
        Models::SecurityData data;
        const auto got = rulesOf(data, m_groupA);
        QCOMPARE(got.size(), 9);

        // The table shows them with the talk's columns.
        Models::SecurityRuleModel model;
        model.showGroup(data, m_groupA);
        QCOMPARE(model.rowCount(), 9);
        QStringList shown;
        for (int r = 0; r < model.rowCount(); ++r) {
            QStringList cells;
            for (int c = 0; c <= Models::SecurityRuleModel::RemoteGroupColumn; ++c)
                cells << model.index(r, c).data().toString();
            shown << cells.join(QLatin1Char('|'));
        }
        const QString groupName = QStringLiteral("sd-func-talk-") + m_suffix;
        QVERIFY2(shown.contains(QStringLiteral("Ingress|IPv4|TCP|22 (SSH)|0.0.0.0/0|-")), qPrintable(shown.join(QLatin1Char('\n'))));
        QVERIFY(shown.contains(QStringLiteral("Ingress|IPv4|Any|Any|-|") + groupName));
        QVERIFY(shown.contains(QStringLiteral("Egress|IPv6|Any|Any|-|-")));
        QVERIFY(shown.contains(QStringLiteral("Ingress|IPv4|ICMP|Any|0.0.0.0/0|-")));

        // The audit flags what is open to the world.
        const auto audit = data.audit(m_groupA);
        QCOMPARE(audit.openToWorld, 3);
        QStringList kinds;
        for (const auto &f : audit.flags)
            kinds << kindKey(f.kind);
        QCOMPARE(kinds.count(QStringLiteral("open_to_world")), 2);
        QCOMPARE(kinds.count(QStringLiteral("sensitive_port")), 1);
        QVERIFY(kinds.count(QStringLiteral("shadowed")) >= 4);

        // The same rule again is Neutron's 409, in words.
        const Core::Error dup = addRule(rules.last());
        QCOMPARE(dup.httpStatus, 409);
        QVERIFY2(dup.message.contains(QStringLiteral("exists"), Qt::CaseInsensitive), qPrintable(dup.message));
    }

    void editDeleteAndCopyThroughThePage()
    {
        Ui::SecurityPage page;
        page.resize(1200, 700);
        page.show();
        page.setSession(m_session.get());
        QVERIFY(waitForLoad(page));
        page.selectGroup(m_groupA);
        auto rules = page.data()->groupsById().value(m_groupA).rules;
        QCOMPARE(rules.size(), 9);
        const auto find = [&rules](const QString &k) {
            for (const auto &r : rules) {
                if (key(r) == k)
                    return r;
            }
            return SecurityGroupRule();
        };
        const SecurityGroupRule ssh = find(QStringLiteral("ingress IPv4 tcp 22 0.0.0.0/0"));
        QVERIFY(!ssh.id.isEmpty());

        // Edit: SSH only from 10.0.0.0/8. The new rule is created, then the old one deleted.
        selectRules(page, {ssh.id});
        auto *edit = page.findChild<QAction *>(QStringLiteral("editRuleAction"));
        QVERIFY(edit->isEnabled());
        edit->trigger();
        auto *dialog = waitForChild<Ui::RuleDialog>(&page);
        QVERIFY(dialog);
        dialog->findChild<QLineEdit *>(QStringLiteral("cidrEdit"))->setText(QStringLiteral("10.0.0.0/8"));
        dialog->accept();
        QVERIFY(waitForLoad(page));
        rules = page.data()->groupsById().value(m_groupA).rules;
        QVERIFY2(page.lastMessage().startsWith(QStringLiteral("Replaced rule")), qPrintable(page.lastMessage()));
        QVERIFY(find(QStringLiteral("ingress IPv4 tcp 22 0.0.0.0/0")).id.isEmpty());
        const SecurityGroupRule edited = find(QStringLiteral("ingress IPv4 tcp 22 10.0.0.0/8"));
        QVERIFY(!edited.id.isEmpty());
        QCOMPARE(rules.size(), 9);

        // Delete one (the ICMP rule), after a confirmation that lists it.
        const SecurityGroupRule icmp = find(QStringLiteral("ingress IPv4 icmp -1 0.0.0.0/0"));
        QVERIFY(!icmp.id.isEmpty());
        selectRules(page, {icmp.id});
        page.findChild<QAction *>(QStringLiteral("deleteRuleAction"))->trigger();
        auto *box = waitForChild<QMessageBox>(&page);
        QVERIFY(box);
        QVERIFY2(box->informativeText().contains(QStringLiteral("ingress IPv4 ICMP Any from 0.0.0.0/0")),
                 qPrintable(box->informativeText()));
        box->findChild<QAbstractButton *>(QStringLiteral("confirmButton"))->click();
        QVERIFY(waitForLoad(page));
        rules = page.data()->groupsById().value(m_groupA).rules;
        QCOMPARE(rules.size(), 8);
        QVERIFY(find(QStringLiteral("ingress IPv4 icmp -1 0.0.0.0/0")).id.isEmpty());
        QCOMPARE(page.lastMessage(), QStringLiteral("Deleted 1 rule(s)"));

        // Copy two rules (the edited SSH and "from this group") to group B, with a result per group.
        const SecurityGroupRule own = find(QStringLiteral("ingress IPv4  -1  @group"));
        QVERIFY(!own.id.isEmpty());
        page.selectGroup(m_groupA);
        selectRules(page, {edited.id, own.id});
        page.findChild<QAction *>(QStringLiteral("copyRulesAction"))->trigger();
        auto *copy = waitForChild<Ui::CopyRulesDialog>(&page);
        QVERIFY(copy);
        copy->setChecked(m_groupB, true);
        QCOMPARE(copy->checkedGroupIds(), QStringList{m_groupB});
        copy->accept();
        QVERIFY(waitForLoad(page));
        QVERIFY2(page.lastMessage().contains(QStringLiteral("2 copied")), qPrintable(page.lastMessage()));
        const auto copied = page.data()->groupsById().value(m_groupB).rules;
        QStringList copiedKeys;
        for (const auto &r : copied)
            copiedKeys << key(r);
        QVERIFY2(copiedKeys.contains(QStringLiteral("ingress IPv4 tcp 22 10.0.0.0/8")), qPrintable(copiedKeys.join(QLatin1Char(','))));
        // "From members of this group" follows the copy: it points at group B now.
        bool ownInB = false;
        for (const auto &r : copied)
            ownInB = ownInB || (r.remoteGroupId == m_groupB && r.protocol.isEmpty() && r.ethertype == QLatin1String("IPv4"));
        QVERIFY(ownInB);
    }

    void exportsMatchTheCli()
    {
        const auto ours = m_cloud.stackdeck({QStringLiteral("--os-cloud"), QStringLiteral("stackdeck-local"),
                                             QStringLiteral("export"), QStringLiteral("security-group-rules"),
                                             QStringLiteral("--all-projects"), QStringLiteral("--format"),
                                             QStringLiteral("json")});
        QVERIFY2(ours.exitCode == 0, ours.err.constData());
        const auto cli = m_cloud.openstack({QStringLiteral("--os-cloud"), QStringLiteral("stackdeck-local"),
                                            QStringLiteral("security"), QStringLiteral("group"), QStringLiteral("rule"),
                                            QStringLiteral("list"), QStringLiteral("--long"), QStringLiteral("-f"),
                                            QStringLiteral("json")});
        QVERIFY2(cli.exitCode == 0, cli.err.constData());
        QMap<QString, QString> mine;
        for (const QJsonValue &v : QJsonDocument::fromJson(ours.out).array()) {
            const QJsonObject o = v.toObject();
            mine.insert(o[QStringLiteral("id")].toString(),
                        o[QStringLiteral("direction")].toString() + QLatin1Char(' ') + o[QStringLiteral("ethertype")].toString()
                            + QLatin1Char(' ') + o[QStringLiteral("protocol")].toString() + QLatin1Char(' ')
                            + o[QStringLiteral("port_range")].toString() + QLatin1Char(' ')
                            + o[QStringLiteral("remote_group_id")].toString() + QLatin1Char(' ')
                            + o[QStringLiteral("security_group_id")].toString());
        }
        QMap<QString, QString> theirs;
        for (const QJsonValue &v : QJsonDocument::fromJson(cli.out).array()) {
            const QJsonObject o = v.toObject();
            theirs.insert(o[QStringLiteral("ID")].toString(),
                          o[QStringLiteral("Direction")].toString() + QLatin1Char(' ') + o[QStringLiteral("Ethertype")].toString()
                              + QLatin1Char(' ') + o[QStringLiteral("IP Protocol")].toString() + QLatin1Char(' ')
                              + o[QStringLiteral("Port Range")].toString() + QLatin1Char(' ')
                              + o[QStringLiteral("Remote Security Group")].toString() + QLatin1Char(' ')
                              + o[QStringLiteral("Security Group")].toString());
        }
        QVERIFY(mine.size() >= 9);
        QCOMPARE(mine, theirs);
        qInfo("export security-group-rules: stackdeck %lld ms, openstack security group rule list %lld ms",
              ours.elapsedMs, cli.elapsedMs);

        const auto groups = m_cloud.stackdeck({QStringLiteral("--os-cloud"), QStringLiteral("stackdeck-local"),
                                               QStringLiteral("export"), QStringLiteral("security-groups"),
                                               QStringLiteral("--all-projects"), QStringLiteral("--format"),
                                               QStringLiteral("json")});
        QVERIFY2(groups.exitCode == 0, groups.err.constData());
        const auto cliGroups = m_cloud.openstack({QStringLiteral("--os-cloud"), QStringLiteral("stackdeck-local"),
                                                  QStringLiteral("security"), QStringLiteral("group"),
                                                  QStringLiteral("list"), QStringLiteral("-f"), QStringLiteral("json")});
        QSet<QString> a, b;
        for (const QJsonValue &v : QJsonDocument::fromJson(groups.out).array())
            a.insert(v[QStringLiteral("id")].toString() + QLatin1Char(' ') + v[QStringLiteral("name")].toString());
        for (const QJsonValue &v : QJsonDocument::fromJson(cliGroups.out).array())
            b.insert(v[QStringLiteral("ID")].toString() + QLatin1Char(' ') + v[QStringLiteral("Name")].toString());
        QCOMPARE(a, b);
    }

    void auditCommandFlagsAndFails()
    {
        const auto r = m_cloud.stackdeck({QStringLiteral("--os-cloud"), QStringLiteral("stackdeck-local"),
                                          QStringLiteral("audit"), QStringLiteral("security-groups"),
                                          QStringLiteral("--all-projects"), QStringLiteral("--format"),
                                          QStringLiteral("json")});
        QCOMPARE(r.exitCode, 3);
        const QJsonArray rows = QJsonDocument::fromJson(r.out).array();
        QStringList ours;
        for (const QJsonValue &v : rows) {
            if (v[QStringLiteral("security_group_id")].toString() == m_groupA)
                ours << v[QStringLiteral("finding")].toString();
        }
        QVERIFY2(ours.contains(QStringLiteral("open_to_world")), qPrintable(QString::fromUtf8(r.out.left(2000))));
        QVERIFY(r.err.contains("finding"));
    }
};

QTEST_MAIN(TestSecurityFunctional)
#include "tst_security_functional.moc"
