// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

class QAction;
class QLabel;
class QPushButton;
class QComboBox;
class QTabWidget;

namespace Charts {
class ComparisonChart;
class UsageChart;
} // namespace Charts

namespace OpenStack {
class Session;
}
namespace Models {
class RoleAssignmentModel;
class QuotaModel;
} // namespace Models

namespace Ui {

class TablePanel;

// The selected project's members (role assignments, editable by admins) and quotas with usage
// (editable by admins, applied per service), plus room for the overview charts.
class ProjectDetails : public QWidget
{
    Q_OBJECT
public:
    explicit ProjectDetails(QWidget *parent = nullptr);

    void setSession(OpenStack::Session *session);
    void setProject(const QString &id, const QString &name);
    QString projectId() const { return m_projectId; }
    Models::QuotaModel *quotas() const { return m_quotas; }
    Models::RoleAssignmentModel *members() const { return m_members; }
    QTabWidget *tabs() const { return m_tabs; }

    Charts::UsageChart *usageChart() const { return m_usageChart; }
    Charts::ComparisonChart *comparisonChart() const { return m_comparison; }
    Models::QuotaModel *allQuotas() const { return m_allQuotas; }
    // Admin view: every project's quotas, for the comparison chart (loaded when first shown).
    void setAllProjects(const QHash<QString, QString> &projects);

signals:
    void statusMessage(const QString &message);
    void quotasLoaded();
    void comparisonLoaded();
    // A chart was clicked: show that tab filtered to this project.
    void openTabRequested(const QString &pageId, const QString &filter);

private:
    void reload();
    void addMember();
    void removeMembers();
    void createUser();
    void applyQuotas();
    void updateActions();
    void updateUsageChart();
    void updateComparison();

    QPointer<OpenStack::Session> m_session;
    QString m_projectId;
    QString m_projectName;
    QTabWidget *m_tabs;
    Models::RoleAssignmentModel *m_members;
    Models::QuotaModel *m_quotas;
    TablePanel *m_membersPanel;
    TablePanel *m_quotasPanel;
    QAction *m_addMember;
    QAction *m_removeMember;
    QAction *m_createUser;
    QAction *m_applyQuotas;
    QAction *m_revertQuotas;
    QLabel *m_title;
    QWidget *m_overview;
    Charts::UsageChart *m_usageChart;
    Charts::ComparisonChart *m_comparison;
    QComboBox *m_metric;
    QWidget *m_metricRow = nullptr;
    Models::QuotaModel *m_allQuotas;
    QHash<QString, QString> m_allProjects;
    bool m_allLoaded = false;
};

} // namespace Ui
