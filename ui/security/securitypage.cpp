// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/security/securitypage.h"

#include "models/network/securitydata.h"
#include "models/network/securitygroupmodel.h"
#include "models/network/securityrulemodel.h"
#include "models/roles.h"
#include "models/tablefilterproxy.h"
#include "openstack/client/session.h"
#include "ui/common/tablepanel.h"
#include "ui/common/toolbarwidgets.h"
#include "ui/common/statusdelegate.h"

#include <QAction>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace Ui {

using Models::SecurityGroupModel;
using Models::SecurityRuleModel;

SecurityPage::SecurityPage(QWidget *parent)
    : Page(parent)
    , m_data(new Models::SecurityData(this))
    , m_groupModel(new SecurityGroupModel(this))
    , m_ruleModel(new SecurityRuleModel(this))
    , m_groups(new TablePanel(QStringLiteral("securityGroups"), m_groupModel, this))
    , m_rules(new TablePanel(QStringLiteral("securityRules"), m_ruleModel, this))
    , m_rulesTitle(new QLabel(this))
    , m_auditSummary(new QLabel(this))
    , m_allProjects(new QCheckBox(tr("All projects"), this))
{
    m_groups->setObjectName(QStringLiteral("groupsPanel"));
    m_rules->setObjectName(QStringLiteral("rulesPanel"));
    m_groups->view()->setObjectName(QStringLiteral("groupsView"));
    m_rules->view()->setObjectName(QStringLiteral("rulesView"));
    m_groups->view()->setSelectionMode(QAbstractItemView::SingleSelection);
    m_groups->view()->setItemDelegate(new StatusDelegate(StatusDelegate::Style::Tint, m_groups->view()));
    m_rules->view()->setItemDelegate(new StatusDelegate(StatusDelegate::Style::Tint, m_rules->view()));
    m_groups->setHiddenByDefault({SecurityGroupModel::DescriptionColumn, SecurityGroupModel::IdColumn});
    m_rules->setHiddenByDefault({SecurityRuleModel::GroupColumn, SecurityRuleModel::IdColumn});
    m_allProjects->setObjectName(QStringLiteral("allProjectsCheck"));
    m_allProjects->setToolTip(tr("Show the security groups of every project (admin)"));
    m_allProjects->setChecked(true);
    m_rulesTitle->setObjectName(QStringLiteral("rulesTitle"));
    m_auditSummary->setObjectName(QStringLiteral("auditSummaryLabel"));
    m_auditSummary->setWordWrap(true);

    QToolBar *gt = m_groups->toolBar();
    QAction *refreshAction = gt->addAction(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("Refresh"));
    refreshAction->setObjectName(QStringLiteral("refreshSecurityAction"));
    connect(refreshAction, &QAction::triggered, this, &SecurityPage::refresh);
    m_createGroup = gt->addAction(QIcon::fromTheme(QStringLiteral("list-add")), tr("Create Security Group"));
    m_createGroup->setObjectName(QStringLiteral("createGroupAction"));
    m_editGroup = gt->addAction(tr("Edit Group"));
    m_editGroup->setObjectName(QStringLiteral("editGroupAction"));
    m_deleteGroup = gt->addAction(QIcon::fromTheme(QStringLiteral("edit-delete")), tr("Delete Group"));
    m_deleteGroup->setObjectName(QStringLiteral("deleteGroupAction"));
    gt->addWidget(m_allProjects);
    setShownInToolBar(m_allProjects, false);

    QToolBar *rt = m_rules->toolBar();
    m_addRule = rt->addAction(QIcon::fromTheme(QStringLiteral("list-add")), tr("Add Rule"));
    m_addRule->setObjectName(QStringLiteral("addRuleAction"));
    m_addRule->setShortcut(QKeySequence(Qt::Key_Insert));
    m_editRule = rt->addAction(tr("Edit Rule"));
    m_editRule->setObjectName(QStringLiteral("editRuleAction"));
    m_editRule->setShortcut(QKeySequence(Qt::Key_F2));
    m_deleteRules = rt->addAction(QIcon::fromTheme(QStringLiteral("edit-delete")), tr("Delete Rule"));
    m_deleteRules->setObjectName(QStringLiteral("deleteRuleAction"));
    m_deleteRules->setShortcut(QKeySequence::Delete);
    m_copyRules = rt->addAction(tr("Copy to Groups…"));
    m_copyRules->setObjectName(QStringLiteral("copyRulesAction"));
    m_copyRules->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+C")));
    m_reachability = rt->addAction(tr("Reachability…"));
    m_reachability->setObjectName(QStringLiteral("reachabilityAction"));
    m_reachability->setShortcut(QKeySequence(QStringLiteral("Ctrl+R")));
    for (QAction *a : {m_addRule, m_editRule, m_deleteRules, m_copyRules, m_reachability})
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_addRule, &QAction::triggered, this, &SecurityPage::addRule);
    connect(m_editRule, &QAction::triggered, this, &SecurityPage::editRule);
    connect(m_deleteRules, &QAction::triggered, this, &SecurityPage::deleteRules);
    connect(m_copyRules, &QAction::triggered, this, &SecurityPage::copyRules);
    connect(m_reachability, &QAction::triggered, this, &SecurityPage::showReachability);
    connect(m_createGroup, &QAction::triggered, this, &SecurityPage::createGroup);
    connect(m_editGroup, &QAction::triggered, this, &SecurityPage::editGroup);
    connect(m_deleteGroup, &QAction::triggered, this, &SecurityPage::deleteGroup);

    // Context menus with the same actions.
    m_rules->view()->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_rules->view()->addActions({m_addRule, m_editRule, m_deleteRules, m_copyRules, m_reachability});
    m_groups->view()->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_groups->view()->addActions({m_createGroup, m_editGroup, m_deleteGroup});
    connect(m_rules->view(), &QTableView::doubleClicked, this, &SecurityPage::editRule);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_rulesTitle);
    rightLayout->addWidget(m_auditSummary);
    rightLayout->addWidget(m_rules, 1);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_groups);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_allProjects, &QCheckBox::toggled, this, &SecurityPage::refresh);
    connect(m_data, &Models::SecurityData::loadingChanged, this, [this](bool loading) {
        m_groups->setBusy(loading);
        emit loadingChanged(loading);
    });
    connect(m_data, &Models::SecurityData::loaded, this, [this](const Core::Error &error) {
        m_groups->setErrorText(error ? tr("Could not load security groups: %1").arg(error.toString()) : QString());
        if (error)
            emit statusMessage(error.toString());
        else
            onLoaded();
    });
    connect(m_groups->view()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SecurityPage::showRulesOfCurrentGroup);
    connect(m_rules->view()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SecurityPage::updateActions);
    showRulesOfCurrentGroup();
}

void SecurityPage::setSession(OpenStack::Session *session)
{
    m_session = session;
    setShownInToolBar(m_allProjects, session && session->isAdmin());
    if (!session) {
        m_groupModel->clear();
        m_ruleModel->clear();
        updateActions();
        return;
    }
    refresh();
}

void SecurityPage::refresh()
{
    if (m_session)
        m_data->reload(m_session, m_allProjects->isChecked());
}

bool SecurityPage::isLoading() const
{
    return m_data->isLoading();
}

QString SecurityPage::currentGroupId() const
{
    const QList<int> rows = m_groups->selectedSourceRows();
    return rows.isEmpty() ? QString() : m_groupModel->record(rows.constFirst()).id;
}

void SecurityPage::selectGroup(const QString &groupId)
{
    const int row = m_groupModel->rowOf(groupId);
    if (row < 0) {
        m_wantGroup = groupId;
        return;
    }
    const QModelIndex proxyIndex = m_groups->proxy()->mapFromSource(m_groupModel->index(row, 0));
    m_groups->view()->selectionModel()->select(proxyIndex,
                                               QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_groups->view()->scrollTo(proxyIndex);
}

void SecurityPage::onLoaded()
{
    // An in-place diff: the selected group and the rule selection survive a refresh.
    m_groupModel->update(*m_data);
    if (!m_wantGroup.isEmpty() && m_groupModel->rowOf(m_wantGroup) >= 0) {
        const QString want = m_wantGroup;
        m_wantGroup.clear();
        selectGroup(want);
    } else if (currentGroupId().isEmpty() && m_groupModel->rowCount() > 0) {
        const QModelIndex first = m_groups->proxy()->index(0, 0);
        m_groups->view()->selectionModel()->select(first, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    showRulesOfCurrentGroup();
}

void SecurityPage::showRulesOfCurrentGroup()
{
    const QString id = currentGroupId();
    if (id.isEmpty()) {
        m_ruleModel->clear();
        m_rulesTitle->setText(tr("Select a security group to see its rules."));
        m_auditSummary->clear();
    } else {
        const auto &group = m_data->groupsById().value(id);
        m_ruleModel->showGroup(*m_data, id);
        m_rulesTitle->setText(tr("<b>Security group rules: %1</b> (%2)").arg(group.name.toHtmlEscaped(), id));
        const auto audit = m_data->audit(id);
        m_auditSummary->setText(tr("Audit: %1").arg(audit.summary()));
        m_auditSummary->setStyleSheet(audit.openToWorld > 0 ? QStringLiteral("color: #b01c1c; font-weight: bold;")
                                                            : QString());
    }
    updateActions();
}

QList<OpenStack::Network::SecurityGroupRule> SecurityPage::selectedRules() const
{
    QList<OpenStack::Network::SecurityGroupRule> out;
    const QList<int> rows = m_rules->selectedSourceRows();
    for (int r : rows)
        out << m_ruleModel->record(r).rule;
    return out;
}

QVector<std::pair<QString, QString>> SecurityPage::groupChoices(bool excludeCurrent) const
{
    QVector<std::pair<QString, QString>> out;
    const QString current = currentGroupId();
    for (const auto &g : m_data->groups()) {
        if (excludeCurrent && g.id == current)
            continue;
        out.append({g.id, g.name + QStringLiteral(" (") + m_data->projectName(g.projectId) + QLatin1Char(')')});
    }
    return out;
}

void SecurityPage::updateActions()
{
    const bool connected = !m_session.isNull();
    const bool group = !currentGroupId().isEmpty();
    const int rules = int(m_rules->selectedSourceRows().size());
    const auto set = [](QAction *a, bool enabled, const QString &why, const QString &what) {
        a->setEnabled(enabled);
        a->setToolTip(enabled ? what : why);
    };
    const QString offline = tr("Not connected to a cloud");
    const QString noGroup = tr("Select a security group first");
    const QString noRule = tr("Select one or more rules first");
    set(m_createGroup, connected, offline, tr("Create a security group in the current project"));
    set(m_editGroup, connected && group, connected ? noGroup : offline, tr("Rename the group or change its description"));
    set(m_deleteGroup, connected && group, connected ? noGroup : offline,
        tr("Delete the group (refused while ports use it)"));
    set(m_addRule, connected && group, connected ? noGroup : offline, tr("Add a rule to this group (Insert)"));
    set(m_editRule, connected && rules == 1, connected ? tr("Select exactly one rule to edit") : offline,
        tr("Replace the rule: the new one is created first, then the old one is deleted (F2)"));
    set(m_deleteRules, connected && rules > 0, connected ? noRule : offline, tr("Delete the selected rules (Delete)"));
    set(m_copyRules, connected && rules > 0 && m_data->groups().size() > 1,
        !connected ? offline : (rules == 0 ? noRule : tr("There is no other group to copy to")),
        tr("Copy the selected rules to other groups"));
    const bool twoInstances = [this]() {
        QSet<QString> ids;
        for (const auto &p : m_data->ports()) {
            if (p.isInstancePort())
                ids.insert(p.deviceId);
        }
        return ids.size() >= 2;
    }();
    set(m_reachability, twoInstances, tr("Reachability needs at least two instances with ports"),
        tr("Which rules let one instance reach another"));
}

void SecurityPage::report(const QString &message, bool error)
{
    m_lastMessage = message;
    emit statusMessage(message);
    if (error) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Security Rules"), message, QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("securityErrorBox"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
}

QMessageBox *SecurityPage::confirm(const QString &title, const QString &text, const QString &details,
                                   const QString &acceptText)
{
    auto *box = new QMessageBox(QMessageBox::Question, title, text, QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(details);
    QPushButton *ok = box->addButton(acceptText, QMessageBox::DestructiveRole);
    ok->setObjectName(QStringLiteral("confirmButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    return box;
}

} // namespace Ui
