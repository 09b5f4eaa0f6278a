// SPDX-License-Identifier: GPL-3.0-or-later
// The mutating actions of the Security Rules tab. All asynchronous: dialogs and confirmations are
// opened with open(), jobs report back through finished(); nothing here waits.
#include "models/network/auditfindingsmodel.h"
#include "models/network/securitydata.h"
#include "openstack/client/session.h"
#include "openstack/network/networkjobs.h"
#include "openstack/network/reachability.h"
#include "openstack/network/rulespec.h"
#include "ui/security/copyrulesdialog.h"
#include "ui/security/groupdialog.h"
#include "ui/security/reachabilitydialog.h"
#include "ui/security/ruledialog.h"
#include "ui/security/securitypage.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>
#include <memory>

namespace Ui {

using namespace OpenStack::Network;

namespace {

// Results of a bulk operation, one line per item, reported when the last job has answered.
struct Batch
{
    int pending = 0;
    QStringList done;
    QStringList failed;
};

QString neutronSays(const Core::Error &e)
{
    if (e.httpStatus == 409)
        return QCoreApplication::translate("Ui::SecurityPage", "refused as a conflict (HTTP 409): %1").arg(e.message);
    return e.toString();
}

} // namespace

void SecurityPage::addRule()
{
    const QString groupId = currentGroupId();
    if (!m_session || groupId.isEmpty())
        return;
    RuleSpec initial;
    initial.securityGroupId = groupId;
    auto *dialog = new RuleDialog(tr("Add Rule"), groupChoices(false), initial, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog]() { createRule(dialog->spec()); });
    dialog->open();
}

void SecurityPage::createRule(const RuleSpec &spec)
{
    if (!m_session)
        return;
    auto *job = new CreateSecurityGroupRuleJob(m_session, spec.toJson());
    connect(job, &OpenStack::RestJob::finished, this, [this](OpenStack::RestJob *j) {
        if (j->error()) {
            report(tr("The rule was not added: %1").arg(neutronSays(j->error())), true);
            return;
        }
        const auto &rule = static_cast<CreateSecurityGroupRuleJob *>(j)->rule();
        report(tr("Added rule %1").arg(Models::AuditFindingsModel::describeRule(rule, m_data->groupName(rule.remoteGroupId))));
        refresh();
    });
    job->start();
}

void SecurityPage::editRule()
{
    const auto rules = selectedRules();
    if (!m_session || rules.size() != 1)
        return;
    const SecurityGroupRule old = rules.constFirst();
    auto *dialog = new RuleDialog(tr("Edit Rule"), groupChoices(false), RuleSpec::fromRule(old), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, old]() { replaceRule(old, dialog->spec()); });
    dialog->open();
}

void SecurityPage::replaceRule(const SecurityGroupRule &old, const RuleSpec &spec)
{
    if (!m_session)
        return;
    // Neutron rules are immutable. Create the replacement first so the group is never without
    // either rule; only then delete the old one.
    QPointer<OpenStack::Session> session = m_session;
    auto *create = new CreateSecurityGroupRuleJob(session, spec.toJson());
    connect(create, &OpenStack::RestJob::finished, this, [this, old, session](OpenStack::RestJob *j) {
        if (j->error()) {
            report(tr("The rule was not changed: creating its replacement failed: %1").arg(neutronSays(j->error())),
                   true);
            return;
        }
        const SecurityGroupRule fresh = static_cast<CreateSecurityGroupRuleJob *>(j)->rule();
        if (!session)
            return;
        auto *del = new DeleteNetworkResourceJob(session, QStringLiteral("security-group-rules"), old.id);
        connect(del, &OpenStack::RestJob::finished, this, [this, old, fresh](OpenStack::RestJob *d) {
            if (d->error()) {
                report(tr("The new rule %1 was created, but the old rule %2 could not be deleted: %3. Both are in "
                          "the group now; delete the old one when the cause is fixed.")
                           .arg(fresh.id, old.id, neutronSays(d->error())),
                       true);
            } else {
                report(tr("Replaced rule %1 with %2").arg(old.id, fresh.id));
            }
            m_wantGroup = old.securityGroupId;
            refresh();
        });
        del->start();
    });
    create->start();
}

void SecurityPage::deleteRules()
{
    const auto rules = selectedRules();
    if (!m_session || rules.isEmpty())
        return;
    QStringList lines;
    for (const auto &r : rules)
        lines << QStringLiteral("• ") + Models::AuditFindingsModel::describeRule(r, m_data->groupName(r.remoteGroupId));
    QMessageBox *box = confirm(tr("Delete Rule"),
                               tr("Delete %n rule(s) from %1?", nullptr, int(rules.size()))
                                   .arg(m_data->groupName(rules.constFirst().securityGroupId)),
                               lines.join(QLatin1Char('\n')), tr("Delete Rule"));
    connect(box, &QMessageBox::buttonClicked, this, [this, box, rules](QAbstractButton *button) {
        if (box->buttonRole(button) != QMessageBox::DestructiveRole || !m_session)
            return;
        auto batch = std::make_shared<Batch>();
        batch->pending = int(rules.size());
        for (const auto &r : rules) {
            const QString label = Models::AuditFindingsModel::describeRule(r, m_data->groupName(r.remoteGroupId));
            auto *job = new DeleteNetworkResourceJob(m_session, QStringLiteral("security-group-rules"), r.id);
            connect(job, &OpenStack::RestJob::finished, this, [this, batch, label](OpenStack::RestJob *j) {
                if (j->error())
                    batch->failed << label + QStringLiteral(": ") + neutronSays(j->error());
                else
                    batch->done << label;
                if (--batch->pending > 0)
                    return;
                if (batch->failed.isEmpty())
                    report(tr("Deleted %n rule(s)", nullptr, int(batch->done.size())));
                else
                    report(tr("Deleted %1 of %2 rules. Not deleted:\n%3")
                               .arg(batch->done.size())
                               .arg(batch->done.size() + batch->failed.size())
                               .arg(batch->failed.join(QLatin1Char('\n'))),
                           true);
                refresh();
            });
            job->start();
        }
    });
    box->open();
}

void SecurityPage::copyRules()
{
    const auto rules = selectedRules();
    if (!m_session || rules.isEmpty())
        return;
    auto *dialog = new CopyRulesDialog(int(rules.size()), groupChoices(true), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, rules]() {
        const QStringList targets = dialog->checkedGroupIds();
        if (!m_session || targets.isEmpty())
            return;
        // One result line per target group: "web: 2 copied, 1 already there".
        auto results = std::make_shared<QMap<QString, std::pair<int, QStringList>>>();
        auto pending = std::make_shared<int>(int(targets.size() * rules.size()));
        for (const QString &target : targets) {
            for (const auto &r : rules) {
                auto *job = new CreateSecurityGroupRuleJob(m_session, RuleSpec::fromRule(r).forGroup(target).toJson());
                connect(job, &OpenStack::RestJob::finished, this,
                        [this, results, pending, target](OpenStack::RestJob *j) {
                            auto &[copied, problems] = (*results)[target];
                            if (!j->error())
                                ++copied;
                            else if (j->error().httpStatus == 409)
                                problems << tr("already there");
                            else
                                problems << j->error().message;
                            if (--*pending > 0)
                                return;
                            QStringList lines;
                            bool anyFailed = false;
                            for (auto it = results->cbegin(); it != results->cend(); ++it) {
                                QString line = tr("%1: %n copied", nullptr, it->first).arg(m_data->groupName(it.key()));
                                if (!it->second.isEmpty()) {
                                    line += QStringLiteral("; ") + it->second.join(QStringLiteral("; "));
                                    anyFailed = true;
                                }
                                lines << line;
                            }
                            report(tr("Copy rules:\n%1").arg(lines.join(QLatin1Char('\n'))), anyFailed);
                            refresh();
                        });
                job->start();
            }
        }
    });
    dialog->open();
}

void SecurityPage::createGroup()
{
    if (!m_session)
        return;
    auto *dialog = new GroupDialog(tr("Create Security Group"), QString(), QString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog]() {
        if (!m_session)
            return;
        auto *job = new CreateSecurityGroupJob(m_session, dialog->name(), dialog->description());
        connect(job, &OpenStack::RestJob::finished, this, [this](OpenStack::RestJob *j) {
            if (j->error()) {
                report(tr("The security group was not created: %1").arg(neutronSays(j->error())), true);
                return;
            }
            const auto &g = static_cast<CreateSecurityGroupJob *>(j)->group();
            report(tr("Created security group %1").arg(g.name));
            m_wantGroup = g.id;
            refresh();
        });
        job->start();
    });
    dialog->open();
}

void SecurityPage::editGroup()
{
    const QString id = currentGroupId();
    if (!m_session || id.isEmpty())
        return;
    const auto g = m_data->groupsById().value(id);
    auto *dialog = new GroupDialog(tr("Edit Security Group"), g.name, g.description, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, id]() {
        if (!m_session)
            return;
        auto *job = new UpdateSecurityGroupJob(m_session, id, dialog->name(), dialog->description());
        connect(job, &OpenStack::RestJob::finished, this, [this, name = dialog->name()](OpenStack::RestJob *j) {
            if (j->error())
                report(tr("The security group was not changed: %1").arg(neutronSays(j->error())), true);
            else
                report(tr("Saved security group %1").arg(name));
            refresh();
        });
        job->start();
    });
    dialog->open();
}

void SecurityPage::deleteGroup()
{
    const QString id = currentGroupId();
    if (!m_session || id.isEmpty())
        return;
    const auto g = m_data->groupsById().value(id);
    const Models::GroupUsage usage = m_data->usage(id);
    if (!usage.portIds.isEmpty()) {
        // Refused here, before Neutron's 409, with the list of users so the operator knows what to change.
        QStringList users;
        for (const QString &instance : usage.instanceIds)
            users << tr("instance %1").arg(m_data->instanceName(instance));
        users << usage.otherDevices;
        report(tr("Security group %1 is in use by %n port(s) and cannot be deleted. Users:\n%2", nullptr,
                  int(usage.portIds.size()))
                   .arg(g.name, users.join(QLatin1Char('\n'))),
               true);
        return;
    }
    if (g.name == QLatin1String("default")) {
        report(tr("The default security group of a project cannot be deleted while the project exists."), true);
        return;
    }
    QMessageBox *box = confirm(tr("Delete Security Group"), tr("Delete security group %1 and its %n rule(s)?", nullptr,
                                                               int(g.rules.size()))
                                                                .arg(g.name),
                               g.id, tr("Delete Group"));
    connect(box, &QMessageBox::buttonClicked, this, [this, box, id, name = g.name](QAbstractButton *button) {
        if (box->buttonRole(button) != QMessageBox::DestructiveRole || !m_session)
            return;
        auto *job = new DeleteNetworkResourceJob(m_session, QStringLiteral("security-groups"), id);
        connect(job, &OpenStack::RestJob::finished, this, [this, name](OpenStack::RestJob *j) {
            if (j->error())
                report(tr("Security group %1 was not deleted: %2").arg(name, neutronSays(j->error())), true);
            else
                report(tr("Deleted security group %1").arg(name));
            refresh();
        });
        job->start();
    });
    box->open();
}

void SecurityPage::showReachability()
{
    QHash<QString, Endpoint> byInstance;
    for (const auto &p : m_data->ports()) {
        if (!p.isInstancePort())
            continue;
        Endpoint &e = byInstance[p.deviceId];
        e.id = p.deviceId;
        e.name = m_data->instanceName(p.deviceId);
        e.addresses << p.ipAddresses();
        for (const QString &gid : p.securityGroupIds) {
            if (!e.groupIds.contains(gid))
                e.groupIds << gid;
        }
        e.portSecurity = e.portSecurity && p.portSecurityEnabled;
    }
    QVector<Endpoint> endpoints(byInstance.cbegin(), byInstance.cend());
    std::sort(endpoints.begin(), endpoints.end(), [](const Endpoint &a, const Endpoint &b) { return a.name < b.name; });
    auto *dialog = new ReachabilityDialog(std::move(endpoints), m_data->groupsById(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace Ui
