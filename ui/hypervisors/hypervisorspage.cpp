// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/hypervisors/hypervisorspage.h"

#include "models/hosts/hostsloader.h"
#include "models/hosts/hypervisorlistmodel.h"
#include "models/roles.h"
#include "models/tablefilterproxy.h"
#include "openstack/client/session.h"
#include "openstack/hosts/hypervisorjobs.h"
#include "ui/common/statusdelegate.h"
#include "ui/common/tablepanel.h"
#include "ui/hypervisors/hostdomainsview.h"

#include <QAction>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QMenu>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace Ui {

using Models::HypervisorListModel;

HypervisorsPage::HypervisorsPage(QWidget *parent)
    : Page(parent)
    , m_loader(new Models::HostsLoader(this))
    , m_model(new HypervisorListModel(this))
    , m_panel(new TablePanel(QStringLiteral("hypervisors"), m_model, this))
    , m_domains(new HostDomainsView(this))
{
    m_panel->setObjectName(QStringLiteral("hypervisorsPanel"));
    m_domains->setObjectName(QStringLiteral("hostDomainsView"));
    m_panel->setHiddenByDefault({HypervisorListModel::IdColumn, HypervisorListModel::HostIpColumn,
                                 HypervisorListModel::VersionColumn, HypervisorListModel::HostColumn});
    QTableView *view = m_panel->view();
    for (int c : {int(HypervisorListModel::StateColumn), int(HypervisorListModel::StatusColumn),
                  int(HypervisorListModel::VcpusUsedColumn), int(HypervisorListModel::RamUsedColumn),
                  int(HypervisorListModel::DiskUsedColumn)})
        view->setItemDelegateForColumn(c, new StatusDelegate(StatusDelegate::Style::Dot, this));
    view->setSelectionMode(QAbstractItemView::SingleSelection);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_panel);
    split->addWidget(m_domains);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    QToolBar *bar = m_panel->toolBar();
    QAction *refreshAction = bar->addAction(tr("Refresh"));
    refreshAction->setObjectName(QStringLiteral("refreshHypervisorsAction"));
    refreshAction->setShortcut(QKeySequence::Refresh);
    refreshAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(refreshAction, &QAction::triggered, this, &HypervisorsPage::refresh);
    bar->addSeparator();
    m_enable = bar->addAction(tr("Enable Service"));
    m_enable->setObjectName(QStringLiteral("enableServiceAction"));
    m_disable = bar->addAction(tr("Disable Service…"));
    m_disable->setObjectName(QStringLiteral("disableServiceAction"));
    view->addActions({refreshAction, m_enable, m_disable});
    connect(m_enable, &QAction::triggered, this, [this]() { setServiceEnabled(true, {}); });
    connect(m_disable, &QAction::triggered, this, &HypervisorsPage::disableService);

    view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view, &QWidget::customContextMenuRequested, this, [this, view](const QPoint &pos) {
        // popup(), not exec(): no nested event loop; the menu deletes itself once it is closed.
        auto *menu = new QMenu(this);
        connect(menu, &QMenu::aboutToHide, menu, &QObject::deleteLater);
        menu->addActions({m_enable, m_disable});
        QAction *instances = menu->addAction(tr("Show Instances in the Instances Tab"));
        const QString host = selectedHost();
        instances->setEnabled(!host.isEmpty());
        connect(instances, &QAction::triggered, this, [this, host]() { emit openPageRequested(QStringLiteral("instances"), host); });
        menu->popup(view->viewport()->mapToGlobal(pos));
    });
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this]() {
        updateActions();
        m_domains->setHost(selectedHost());
    });
    connect(m_domains, &HostDomainsView::statusMessage, this, &Page::statusMessage);
    connect(m_loader, &Models::HostsLoader::loadingChanged, this, [this](bool loading) {
        m_panel->setBusy(loading);
        emit loadingChanged(loading);
    });
    connect(m_loader, &Models::HostsLoader::loaded, this, [this](const Core::Error &error) {
        m_model->setSnapshot(m_loader->snapshot());
        QString text;
        if (m_session && !m_session->isAdmin())
            text = tr("Hypervisors and compute services need the admin role.");
        else if (error)
            text = tr("Could not load everything: %1").arg(error.toString());
        m_panel->setErrorText(text);
        if (error)
            emit statusMessage(error.toString());
        if (selectedHost().isEmpty() && m_model->rowCount() > 0)
            m_panel->view()->selectRow(0);
        updateActions();
    });
    updateActions();
}

void HypervisorsPage::setSession(OpenStack::Session *session)
{
    m_session = session;
    m_loader->setSession(session);
    m_domains->setSession(session);
    if (!session) {
        m_model->clear();
        updateActions();
        return;
    }
    refresh();
}

void HypervisorsPage::refresh()
{
    if (!m_session)
        return;
    m_loader->reload();
    m_domains->refreshAll();
}

bool HypervisorsPage::isLoading() const
{
    return m_loader->isLoading() || m_domains->isLoading();
}

QString HypervisorsPage::selectedHost() const
{
    const QList<int> rows = m_panel->selectedSourceRows();
    return rows.size() == 1 ? m_model->record(rows.constFirst()).hypervisor.host : QString();
}

void HypervisorsPage::selectHost(const QString &host)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->record(row).hypervisor.host == host) {
            m_panel->view()->selectRow(m_panel->proxy()->mapFromSource(m_model->index(row, 0)).row());
            return;
        }
    }
}

void HypervisorsPage::updateActions()
{
    const bool admin = m_session && m_session->isAdmin();
    const QList<int> rows = m_panel->selectedSourceRows();
    const Models::HypervisorRow *row = rows.size() == 1 ? &m_model->record(rows.constFirst()) : nullptr;
    const bool known = row && !row->service.id.isEmpty();
    const bool enabled = known && row->service.isEnabled();
    const QString why = !admin ? tr("Needs the admin role")
                        : !row ? tr("Select a hypervisor")
                        : !known ? tr("Nova lists no compute service for this host")
                                 : QString();
    m_enable->setEnabled(known && admin && !enabled);
    m_enable->setToolTip(!why.isEmpty() ? why : enabled ? tr("The compute service is enabled already")
                                                        : tr("Let the scheduler place instances on this host again"));
    m_disable->setEnabled(known && admin && enabled);
    m_disable->setToolTip(!why.isEmpty() ? why : !enabled ? tr("The compute service is disabled already")
                                                          : tr("Stop the scheduler placing new instances on this host; running ones stay"));
}

void HypervisorsPage::disableService()
{
    const QString host = selectedHost();
    if (host.isEmpty())
        return;
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("disableReasonDialog"));
    dialog->setWindowTitle(tr("Disable Compute Service"));
    dialog->setLabelText(tr("Why is %1 disabled? (shown to other operators; up to 255 characters)").arg(host));
    dialog->setTextValue(tr("maintenance"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString &reason) {
        setServiceEnabled(false, reason);
    });
    dialog->open();
}

void HypervisorsPage::setServiceEnabled(bool enabled, const QString &reason)
{
    const QList<int> rows = m_panel->selectedSourceRows();
    if (!m_session || rows.size() != 1)
        return;
    const Models::HypervisorRow row = m_model->record(rows.constFirst());
    const QString host = row.hypervisor.host;
    if (const QString problem = OpenStack::Hosts::validateDisabledReason(reason); !problem.isEmpty()) {
        emit operationFinished(tr("The reason is too long: %1").arg(problem), false);
        emit statusMessage(problem);
        return;
    }
    auto *job = new OpenStack::Hosts::SetServiceEnabledJob(m_session, row.service.id, enabled, reason, this);
    connect(job, &OpenStack::RestJob::finished, this, [this, host, enabled](OpenStack::RestJob *j) {
        QString message;
        if (j->error())
            message = enabled ? tr("Nova did not enable %1: %2").arg(host, j->error().message)
                              : tr("Nova did not disable %1: %2").arg(host, j->error().message);
        else
            message = enabled ? tr("Compute service on %1 enabled").arg(host)
                              : tr("Compute service on %1 disabled").arg(host);
        if (j->error())
            m_panel->setErrorText(message);
        emit statusMessage(message);
        emit operationFinished(message, !j->error());
        refresh();
    });
    job->start();
}

} // namespace Ui
