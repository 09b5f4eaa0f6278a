// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/common/page.h"

#include <QPointer>

class QAction;
class QCheckBox;
class QLabel;
class QMessageBox;

namespace OpenStack::Network {
struct RuleSpec;
struct SecurityGroupRule;
} // namespace OpenStack::Network

namespace Models {
class SecurityData;
class SecurityGroupModel;
class SecurityRuleModel;
} // namespace Models

namespace Ui {

class TablePanel;

// The Security Rules tab (安全组): groups on the left (rule count, ports and instances using
// each, audit summary), the selected group's rules on the right with the talk's columns and the
// audit finding per rule. Add / edit / delete / copy rules, create / edit / delete groups, and
// reachability between two instances. Every mutation ends with a message that says what happened
// and a refresh; destructive ones confirm first, listing what goes.
class SecurityPage : public Page
{
    Q_OBJECT
public:
    explicit SecurityPage(QWidget *parent = nullptr);

    QString pageId() const override { return QStringLiteral("security"); }
    QString title() const override { return tr("Security Rules"); }
    void setSession(OpenStack::Session *session) override;
    void refresh() override;
    bool isLoading() const override;

    Models::SecurityData *data() const { return m_data; }
    Models::SecurityGroupModel *groupModel() const { return m_groupModel; }
    Models::SecurityRuleModel *ruleModel() const { return m_ruleModel; }
    QString currentGroupId() const;
    void selectGroup(const QString &groupId);
    // The last message the page showed (status line or box), for tests and the status bar.
    QString lastMessage() const { return m_lastMessage; }

    // Actions, also reachable by toolbar, context menu and shortcut.
    void addRule();
    void editRule();
    void deleteRules();
    void copyRules();
    void createGroup();
    void editGroup();
    void deleteGroup();
    void showReachability();

private:
    void onLoaded();
    void showRulesOfCurrentGroup();
    void updateActions();
    QList<OpenStack::Network::SecurityGroupRule> selectedRules() const;
    QVector<std::pair<QString, QString>> groupChoices(bool excludeCurrent) const;
    void report(const QString &message, bool error = false);
    QMessageBox *confirm(const QString &title, const QString &text, const QString &details,
                         const QString &acceptText);
    void createRule(const OpenStack::Network::RuleSpec &spec);
    void replaceRule(const OpenStack::Network::SecurityGroupRule &old, const OpenStack::Network::RuleSpec &spec);

    QPointer<OpenStack::Session> m_session;
    Models::SecurityData *m_data;
    Models::SecurityGroupModel *m_groupModel;
    Models::SecurityRuleModel *m_ruleModel;
    TablePanel *m_groups;
    TablePanel *m_rules;
    QLabel *m_rulesTitle;
    QLabel *m_auditSummary;
    QCheckBox *m_allProjects;
    QAction *m_addRule;
    QAction *m_editRule;
    QAction *m_deleteRules;
    QAction *m_copyRules;
    QAction *m_createGroup;
    QAction *m_editGroup;
    QAction *m_deleteGroup;
    QAction *m_reachability;
    QString m_lastMessage;
    QString m_wantGroup; // select after the next load
};

} // namespace Ui
