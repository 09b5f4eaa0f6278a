// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/projects/projectspage.h"

#include "models/projectlistmodel.h"
#include "models/roles.h"
#include "models/tablefilterproxy.h"
#include "openstack/client/session.h"
#include "openstack/identity/identityjobs.h"
#include "openstack/quota/quotajobs.h"
#include "ui/common/tablepanel.h"
#include "ui/projects/projectdetails.h"
#include "ui/projects/projectdialogs.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QItemSelectionModel>
#include <QJsonObject>
#include <QMenu>
#include <QMessageBox>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>
#include <memory>

namespace Ui {

using OpenStack::RestJob;

ProjectsPage::ProjectsPage(QWidget *parent)
    : Page(parent)
    , m_model(new Models::ProjectListModel(this))
    , m_panel(new TablePanel(QStringLiteral("projects"), m_model, this))
    , m_details(new ProjectDetails(this))
{
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_panel);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    m_panel->setHiddenByDefault({Models::ProjectListModel::DomainColumn});
    connect(m_details, &ProjectDetails::statusMessage, this, &Page::statusMessage);
    connect(m_details, &ProjectDetails::openTabRequested, this, &Page::openPageRequested);

    QToolBar *bar = m_panel->toolBar();
    QAction *refreshAction = bar->addAction(tr("Refresh"));
    refreshAction->setObjectName(QStringLiteral("refreshProjectsAction"));
    connect(refreshAction, &QAction::triggered, this, &ProjectsPage::refresh);
    m_switch = bar->addAction(tr("Switch to Project"));
    m_switch->setObjectName(QStringLiteral("switchProjectAction"));
    m_switch->setToolTip(tr("Scope every tab to the selected project"));
    bar->addSeparator();
    m_create = bar->addAction(tr("Create Project"));
    m_create->setObjectName(QStringLiteral("createProjectAction"));
    m_create->setShortcut(QKeySequence::New);
    m_edit = bar->addAction(tr("Edit"));
    m_edit->setObjectName(QStringLiteral("editProjectAction"));
    m_enable = bar->addAction(tr("Enable"));
    m_enable->setObjectName(QStringLiteral("enableProjectAction"));
    m_disable = bar->addAction(tr("Disable"));
    m_disable->setObjectName(QStringLiteral("disableProjectAction"));
    m_delete = bar->addAction(tr("Delete"));
    m_delete->setObjectName(QStringLiteral("deleteProjectAction"));
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_panel->view()->addAction(m_delete);
    m_panel->view()->addAction(m_create);

    connect(m_switch, &QAction::triggered, this, [this]() {
        if (const QString id = selectedId(); !id.isEmpty())
            emit switchProjectRequested(id);
    });
    connect(m_panel->view(), &QTableView::doubleClicked, m_switch, &QAction::trigger);
    connect(m_create, &QAction::triggered, this, &ProjectsPage::createProject);
    connect(m_edit, &QAction::triggered, this, &ProjectsPage::editProject);
    connect(m_enable, &QAction::triggered, this, [this]() { setEnabled(true); });
    connect(m_disable, &QAction::triggered, this, [this]() { setEnabled(false); });
    connect(m_delete, &QAction::triggered, this, &ProjectsPage::deleteProject);

    QTableView *view = m_panel->view();
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view, &QWidget::customContextMenuRequested, this, [this, view](const QPoint &pos) {
        const QModelIndex index = view->indexAt(pos);
        if (!index.isValid())
            return;
        QMenu menu(this);
        menu.addAction(m_switch);
        menu.addSeparator();
        menu.addActions({m_edit, m_enable, m_disable, m_delete});
        menu.addSeparator();
        QAction *copyId = menu.addAction(tr("Copy Project ID"));
        connect(copyId, &QAction::triggered, this, [index]() {
            QApplication::clipboard()->setText(index.data(Models::IdRole).toString());
        });
        menu.exec(view->viewport()->mapToGlobal(pos));
    });
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this]() {
        updateActions();
        const QString id = selectedId();
        const int row = m_model->rowOf(id);
        m_details->setProject(id, row >= 0 ? m_model->record(row).name : QString());
    });

    connect(m_model, &Models::ProjectListModel::loadingChanged, this, [this](bool loading) {
        m_panel->setBusy(loading);
        emit loadingChanged(loading);
    });
    connect(m_model, &Models::ProjectListModel::loaded, this, [this](const Core::Error &error) {
        m_panel->setErrorText(error ? tr("Could not load projects: %1").arg(error.toString()) : QString());
        if (error)
            emit statusMessage(error.toString());
        updateActions();
        if (!error && m_session && m_session->isAdmin()) {
            QHash<QString, QString> all;
            for (const auto &p : m_model->records())
                all.insert(p.id, p.name);
            m_details->setAllProjects(all);
        }
        // Start on the current project so the overview has something to show.
        if (m_panel->selectedSourceRows().isEmpty() && m_session) {
            const int row = m_model->rowOf(m_session->token().projectId);
            if (row >= 0)
                m_panel->view()->selectRow(m_panel->proxy()->mapFromSource(m_model->index(row, 0)).row());
        }
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ProjectsPage::updateActions);
    updateActions();
}

QString ProjectsPage::selectedId() const
{
    const QList<int> rows = m_panel->selectedSourceRows();
    return rows.size() == 1 ? m_model->record(rows.constFirst()).id : QString();
}

void ProjectsPage::updateActions()
{
    const bool admin = m_session && m_session->isAdmin();
    const QString id = selectedId();
    const int row = m_model->rowOf(id);
    const bool selected = row >= 0;
    const bool enabled = selected && m_model->record(row).enabled;
    const bool isCurrent = m_session && id == m_session->token().projectId;
    m_switch->setEnabled(selected && enabled && !isCurrent);
    m_switch->setToolTip(!selected ? tr("Select a project")
                         : !enabled ? tr("A disabled project cannot be used")
                         : isCurrent ? tr("This is the current project")
                                     : tr("Scope every tab to the selected project"));
    const QString needAdmin = tr("Needs the admin role");
    m_create->setEnabled(admin);
    m_create->setToolTip(admin ? tr("Create a project") : needAdmin);
    for (QAction *a : {m_edit, m_delete}) {
        a->setEnabled(admin && selected);
        a->setToolTip(admin ? QString() : needAdmin);
    }
    m_enable->setEnabled(admin && selected && !enabled);
    m_disable->setEnabled(admin && selected && enabled && !isCurrent);
    m_disable->setToolTip(!admin ? needAdmin : isCurrent ? tr("You cannot disable the project you are working in") : QString());
    if (isCurrent) {
        m_delete->setEnabled(false);
        m_delete->setToolTip(tr("You cannot delete the project you are working in"));
    }
}

void ProjectsPage::setSession(OpenStack::Session *session)
{
    m_session = session;
    m_details->setSession(session);
    if (!session) {
        m_model->clear();
        m_details->setProject({}, {});
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

void ProjectsPage::createProject()
{
    if (!m_session)
        return;
    QStringList taken;
    for (const auto &p : m_model->records())
        taken << p.name;
    auto *dialog = new ProjectDialog(tr("Create Project"), taken, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog]() {
        OpenStack::Identity::ProjectSpec spec;
        spec.name = dialog->name();
        spec.description = dialog->description();
        spec.enabled = dialog->isEnabled();
        auto *job = OpenStack::Identity::createProject(m_session, spec);
        const QString name = spec.name;
        connect(job, &RestJob::finished, this, [this, name](RestJob *j) {
            if (j->error()) {
                QMessageBox::warning(this, tr("Create Project"),
                                     tr("Keystone did not create %1: %2").arg(name, j->error().message));
                return;
            }
            emit statusMessage(tr("Project %1 created").arg(name));
            refresh();
        });
        job->start();
    });
    dialog->open();
}

void ProjectsPage::editProject()
{
    const int row = m_model->rowOf(selectedId());
    if (!m_session || row < 0)
        return;
    const auto project = m_model->record(row);
    QStringList taken;
    for (const auto &p : m_model->records())
        taken << p.name;
    auto *dialog = new ProjectDialog(tr("Edit Project"), taken, this);
    dialog->setValues(project.name, project.description, project.enabled);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, project]() {
        QJsonObject changes;
        if (dialog->name() != project.name)
            changes.insert(QStringLiteral("name"), dialog->name());
        if (dialog->description() != project.description)
            changes.insert(QStringLiteral("description"), dialog->description());
        if (dialog->isEnabled() != project.enabled)
            changes.insert(QStringLiteral("enabled"), dialog->isEnabled());
        if (changes.isEmpty())
            return;
        auto *job = OpenStack::Identity::updateProject(m_session, project.id, changes);
        connect(job, &RestJob::finished, this, [this, project](RestJob *j) {
            if (j->error())
                QMessageBox::warning(this, tr("Edit Project"),
                                     tr("Keystone did not change %1: %2").arg(project.name, j->error().message));
            else
                emit statusMessage(tr("Project %1 changed").arg(project.name));
            refresh();
        });
        job->start();
    });
    dialog->open();
}

void ProjectsPage::setEnabled(bool enabled)
{
    const int row = m_model->rowOf(selectedId());
    if (!m_session || row < 0)
        return;
    const auto project = m_model->record(row);
    auto *job = OpenStack::Identity::updateProject(m_session, project.id, {{QStringLiteral("enabled"), enabled}});
    connect(job, &RestJob::finished, this, [this, project, enabled](RestJob *j) {
        if (j->error())
            QMessageBox::warning(this, tr("Project"), j->error().toString());
        else
            emit statusMessage(enabled ? tr("Project %1 enabled").arg(project.name)
                                       : tr("Project %1 disabled").arg(project.name));
        refresh();
    });
    job->start();
}

void ProjectsPage::deleteProject()
{
    const int row = m_model->rowOf(selectedId());
    if (!m_session || row < 0)
        return;
    const auto project = m_model->record(row);
    // First find out what the project still owns, from each service's usage.
    struct Owned
    {
        QStringList items;
        int pending = 3;
    };
    auto owned = std::make_shared<Owned>();
    auto proceed = [this, project, owned]() {
        auto doDelete = [this, project]() {
            auto *job = OpenStack::Identity::deleteProject(m_session, project.id);
            connect(job, &RestJob::finished, this, [this, project](RestJob *j) {
                if (j->error())
                    QMessageBox::warning(this, tr("Delete Project"),
                                         tr("Keystone did not delete %1: %2").arg(project.name, j->error().message));
                else
                    emit statusMessage(tr("Project %1 deleted").arg(project.name));
                refresh();
            });
            job->start();
        };
        if (owned->items.isEmpty()) {
            auto *box = new QMessageBox(QMessageBox::Warning, tr("Delete Project"),
                                        tr("Delete project %1? It owns no instances, volumes or networks.")
                                            .arg(project.name),
                                        QMessageBox::Cancel, this);
            box->addButton(tr("Delete Project"), QMessageBox::DestructiveRole);
            box->setAttribute(Qt::WA_DeleteOnClose);
            connect(box, &QMessageBox::buttonClicked, this, [box, doDelete](QAbstractButton *b) {
                if (box->buttonRole(b) == QMessageBox::DestructiveRole)
                    doDelete();
            });
            box->open();
            return;
        }
        auto *dialog = new DeleteProjectDialog(project.name, owned->items, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, doDelete);
        dialog->open();
    };
    using OpenStack::Quota::Service;
    for (Service s : {Service::Compute, Service::Network, Service::Volume}) {
        auto *job = new OpenStack::Quota::GetQuotaJob(m_session, s, project.id, this);
        connect(job, &RestJob::finished, this, [owned, proceed](RestJob *j) {
            auto *q = static_cast<OpenStack::Quota::GetQuotaJob *>(j);
            if (q->error()) {
                owned->items << tr("(could not check %1: %2)").arg(j->serviceType(), j->error().message);
            } else {
                // The default security group (and its rules) every project has is not "owned" work.
                static const QStringList counted = {QStringLiteral("instances"), QStringLiteral("volumes"),
                                                    QStringLiteral("snapshots"), QStringLiteral("backups"),
                                                    QStringLiteral("network"), QStringLiteral("router"),
                                                    QStringLiteral("floatingip"), QStringLiteral("port")};
                for (const auto &item : q->quota().items) {
                    if (counted.contains(item.resource) && item.inUse > 0)
                        owned->items << QStringLiteral("%1 × %2").arg(item.inUse).arg(item.resource);
                }
            }
            if (--owned->pending == 0)
                proceed();
        });
        job->start();
    }
}

} // namespace Ui
