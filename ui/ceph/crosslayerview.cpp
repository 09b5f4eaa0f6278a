// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ceph/crosslayerview.h"

#include "ceph/cluster.h"
#include "libvirt/connection.h"
#include "models/ceph/cephexports.h"
#include "models/ceph/crosslayerloader.h"
#include "models/ceph/crosslayermodel.h"
#include "models/roles.h"
#include "openstack/client/session.h"
#include "ui/common/tablepanel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QLabel>
#include <QMenu>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace Ui {

using Models::CrossLayerModel;

CrossLayerView::CrossLayerView(QWidget *parent)
    : QWidget(parent)
    , m_model(new CrossLayerModel(this))
    , m_panel(new TablePanel(QStringLiteral("ceph/crosslayer"), m_model, this))
    , m_onlyProblems(new QCheckBox(tr("Only disagreements"), this))
    , m_summary(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_summary->setObjectName(QStringLiteral("crossLayerSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    layout->addWidget(m_panel, 1);

    QAction *refreshAction = m_panel->toolBar()->addAction(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("Refresh"));
    refreshAction->setObjectName(QStringLiteral("refreshCrossLayerAction"));
    connect(refreshAction, &QAction::triggered, this, &CrossLayerView::refresh);
    m_onlyProblems->setObjectName(QStringLiteral("onlyDisagreementsCheck"));
    m_onlyProblems->setToolTip(tr("Show only the rows where the layers disagree"));
    m_panel->toolBar()->addWidget(m_onlyProblems);
    connect(m_onlyProblems, &QCheckBox::toggled, m_model, &CrossLayerModel::setProblemsOnly);
    m_panel->setHiddenByDefault({CrossLayerModel::OpenStackIdColumn, CrossLayerModel::InstanceIdColumn});

    QTableView *view = m_panel->view();
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view, &QWidget::customContextMenuRequested, this, [this, view](const QPoint &pos) {
        const QModelIndex index = view->indexAt(pos);
        if (!index.isValid())
            return;
        const QString rbd = index.siblingAtColumn(CrossLayerModel::RbdImageColumn).data(Models::ExportRole).toString();
        const QString id = index.siblingAtColumn(CrossLayerModel::OpenStackIdColumn).data(Models::ExportRole).toString();
        // popup(), not exec(): no nested event loop; the menu deletes itself once it is closed.
        auto *menu = new QMenu(this);
        connect(menu, &QMenu::aboutToHide, menu, &QObject::deleteLater);
        QAction *copyRbd = menu->addAction(tr("Copy RBD Image Name"));
        copyRbd->setEnabled(!rbd.isEmpty());
        connect(copyRbd, &QAction::triggered, this, [rbd]() { QApplication::clipboard()->setText(rbd); });
        QAction *copyId = menu->addAction(tr("Copy OpenStack ID"));
        copyId->setEnabled(!id.isEmpty());
        connect(copyId, &QAction::triggered, this, [id]() { QApplication::clipboard()->setText(id); });
        menu->popup(view->viewport()->mapToGlobal(pos));
    });
}

void CrossLayerView::setSources(OpenStack::Session *session, Ceph::Cluster *cluster)
{
    m_session = session;
    m_cluster = cluster;
    // A load from the old sources would never finish once its cluster is gone: drop it.
    const bool wasLoading = isLoading();
    delete m_connectionsOwner;
    m_connectionsOwner = nullptr;
    m_panel->setBusy(false);
    m_model->setRows({});
    m_summary->clear();
    if (wasLoading)
        emit loadingChanged(false);
}

bool CrossLayerView::isLoading() const
{
    return m_loader && m_loader->isRunning();
}

void CrossLayerView::refresh()
{
    if (isLoading() || (!m_session && !m_cluster))
        return;
    delete m_connectionsOwner;
    m_connectionsOwner = new QObject(this);
    auto *loader = new Models::CrossLayerLoader(m_session, m_cluster, m_connectionsOwner);
    m_loader = loader;
    m_panel->setBusy(true);
    emit loadingChanged(true);
    connect(loader, &Models::CrossLayerLoader::finished, this, [this, loader]() {
        m_model->setRows(loader->rows());
        QStringList errors;
        for (const Core::Error &e : loader->errors())
            errors.append(e.toString());
        m_panel->setErrorText(errors.isEmpty() ? QString()
                                               : tr("Some layers could not be read; what they would show is left out:\n%1")
                                                     .arg(errors.join(QLatin1Char('\n'))));
        const int problems = m_model->problemCount();
        int orphans = 0;
        qint64 orphanBytes = 0;
        for (const auto &r : m_model->allRows()) {
            if (r.kind == Reconcile::CrossLayerRow::Kind::Orphan) {
                ++orphans;
                orphanBytes += qMax<qint64>(0, r.rbdSizeBytes);
            }
        }
        m_summary->setText(tr("%n row(s) where the layers disagree", nullptr, problems) + QStringLiteral("; ")
                           + tr("%n orphaned RBD image(s)", nullptr, orphans)
                           + QStringLiteral(" (%1)").arg(QLocale().formattedDataSize(orphanBytes, 1, QLocale::DataSizeIecFormat)));
        m_panel->setBusy(false);
        emit loadingChanged(false);
        emit statusMessage(m_summary->text());
        emit loaded();
    });
    if (m_session) {
        OpenStack::Session *session = m_session;
        QObject *owner = m_connectionsOwner;
        Models::findComputeHosts(session, owner, [session, loader, owner](const QStringList &hosts) {
            loader->setConnections(Models::libvirtConnections(session->config().stackdeck, hosts, owner));
            loader->start();
        });
    } else {
        loader->start();
    }
}

} // namespace Ui
