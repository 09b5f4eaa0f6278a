// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/common/page.h"

#include <QPointer>

namespace Models {
class ProjectListModel;
}

namespace Ui {

class TablePanel;

// The Projects tab (项目): Name, Description, Project ID as in the talk, plus Domain and Enabled.
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

signals:
    // The user asked to scope every tab to this project (double-click or "Switch to project").
    void switchProjectRequested(const QString &projectId);

private:
    Models::ProjectListModel *m_model;
    TablePanel *m_panel;
    QPointer<OpenStack::Session> m_session;
};

} // namespace Ui
