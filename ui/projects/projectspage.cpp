// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/projects/projectspage.h"

#include "models/projectlistmodel.h"
#include "models/roles.h"
#include "models/tablefilterproxy.h"
#include "openstack/client/session.h"
#include "ui/common/tablepanel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QMenu>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace Ui {

ProjectsPage::ProjectsPage(QWidget *parent)
    : Page(parent)
    , m_model(new Models::ProjectListModel(this))
    , m_panel(new TablePanel(QStringLiteral("projects"), m_model, this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_panel);

    QAction *refreshAction = m_panel->toolBar()->addAction(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("Refresh"));
    refreshAction->setObjectName(QStringLiteral("refreshProjectsAction"));
    connect(refreshAction, &QAction::triggered, this, &ProjectsPage::refresh);

    QAction *switchAction = m_panel->toolBar()->addAction(tr("Switch to Project"));
    switchAction->setObjectName(QStringLiteral("switchProjectAction"));
    switchAction->setToolTip(tr("Scope every tab to the selected project"));
    auto selectedId = [this]() -> QString {
        const QList<int> rows = m_panel->selectedSourceRows();
        return rows.size() == 1 ? m_model->record(rows.constFirst()).id : QString();
    };
    connect(switchAction, &QAction::triggered, this, [this, selectedId]() {
        const QString id = selectedId();
        if (!id.isEmpty())
            emit switchProjectRequested(id);
    });
    connect(m_panel->view(), &QTableView::doubleClicked, this, [this, selectedId]() {
        const QString id = selectedId();
        if (!id.isEmpty())
            emit switchProjectRequested(id);
    });

    QTableView *view = m_panel->view();
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view, &QWidget::customContextMenuRequested, this, [this, view, switchAction](const QPoint &pos) {
        const QModelIndex index = view->indexAt(pos);
        if (!index.isValid())
            return;
        QMenu menu(this);
        menu.addAction(switchAction);
        QAction *copyId = menu.addAction(tr("Copy Project ID"));
        connect(copyId, &QAction::triggered, this, [index]() {
            QApplication::clipboard()->setText(index.data(Models::IdRole).toString());
        });
        menu.exec(view->viewport()->mapToGlobal(pos));
    });

    connect(m_model, &Models::ProjectListModel::loadingChanged, this, [this](bool loading) {
        m_panel->setBusy(loading);
        emit loadingChanged(loading);
    });
    connect(m_model, &Models::ProjectListModel::loaded, this, [this](const Core::Error &error) {
        m_panel->setErrorText(error ? tr("Could not load projects: %1").arg(error.toString()) : QString());
        if (error)
            emit statusMessage(error.toString());
    });
}

void ProjectsPage::setSession(OpenStack::Session *session)
{
    m_session = session;
    if (!session) {
        m_model->clear();
        return;
    }
    refresh();
}

void ProjectsPage::refresh()
{
    if (m_session)
        m_model->reload(m_session);
}

bool ProjectsPage::isLoading() const
{
    return m_model->isLoading();
}

} // namespace Ui
