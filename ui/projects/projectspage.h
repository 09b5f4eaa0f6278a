// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/common/page.h"

#include <QPointer>

class QAction;

namespace Models {
class ProjectListModel;
}

namespace Ui {

class ProjectDetails;
class TablePanel;

// The Projects tab (项目): the talk's Name, Description, Project ID, plus Domain, Enabled and, for
// admins, instance and volume counts; create, edit, enable/disable, delete; the selected project's
// members and quotas beside it. Without the admin role everything is read-only.
class ProjectsPage : public Page
{
    Q_OBJECT
public:
    explicit ProjectsPage(QWidget *parent = nullptr);

    QString pageId() const override { return QStringLiteral("projects"); }
    QString title() const override { return tr("Projects"); }
    void setSession(OpenStack::Session *session) override;
    void refresh() override;
    bool isLoading() const override;

    Models::ProjectListModel *model() const { return m_model; }
    ProjectDetails *details() const { return m_details; }

signals:
    // The user asked to scope every tab to this project (double-click or "Switch to Project").
    void switchProjectRequested(const QString &projectId);

private:
    QString selectedId() const;
    void updateActions();
    void createProject();
    void editProject();
    void setEnabled(bool enabled);
    void deleteProject();

    Models::ProjectListModel *m_model;
    TablePanel *m_panel;
    ProjectDetails *m_details;
    QPointer<OpenStack::Session> m_session;
    QAction *m_switch;
    QAction *m_create;
    QAction *m_edit;
    QAction *m_enable;
    QAction *m_disable;
    QAction *m_delete;
};

} // namespace Ui
