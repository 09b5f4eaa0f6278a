// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/aggregates/aggregatespage.h"

#include "models/hosts/aggregatelistmodel.h"
#include "models/hosts/hostsloader.h"
#include "models/hosts/zonelistmodel.h"
#include "models/roles.h"
#include "models/tablefilterproxy.h"
#include "openstack/client/session.h"
#include "openstack/hosts/aggregatejobs.h"
#include "ui/aggregates/aggregatedialogs.h"
#include "ui/charts/comparisonchart.h"
#include "ui/common/statusdelegate.h"
#include "ui/common/tablepanel.h"

#include <QAction>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace Ui {

using Models::AggregateListModel;
using OpenStack::Hosts::AggregateJob;

namespace {
// What a host dragged out of the hosts list carries: "host\naggregate id".
const QString kHostMime = QStringLiteral("application/x-stackdeck-aggregate-host");

// The hosts list of the selected aggregate, as a drag source.
class HostListWidget : public QListWidget
{
public:
    using QListWidget::QListWidget;
    QString aggregateId;

protected:
    QMimeData *mimeData(const QList<QListWidgetItem *> &items) const override
    {
        if (items.isEmpty())
            return nullptr;
        auto *mime = new QMimeData;
        mime->setData(kHostMime, (items.constFirst()->text() + QLatin1Char('\n') + aggregateId).toUtf8());
        mime->setText(items.constFirst()->text());
        return mime;
    }
    QStringList mimeTypes() const override { return {kHostMime}; }
};
} // namespace

AggregatesPage::AggregatesPage(QWidget *parent)
    : Page(parent)
    , m_loader(new Models::HostsLoader(this))
    , m_aggregates(new AggregateListModel(this))
    , m_zones(new Models::ZoneListModel(this))
    , m_panel(new TablePanel(QStringLiteral("aggregates"), m_aggregates, this))
    , m_zonePanel(new TablePanel(QStringLiteral("availability-zones"), m_zones, this))
    , m_hostList(new HostListWidget(this))
    , m_bottom(new QTabWidget(this))
    , m_scope(new QComboBox(this))
{
    m_panel->setObjectName(QStringLiteral("aggregatesPanel"));
    m_zonePanel->setObjectName(QStringLiteral("zonesPanel"));
    m_panel->setHiddenByDefault({AggregateListModel::UuidColumn, AggregateListModel::IdColumn});
    m_hostList->setObjectName(QStringLiteral("aggregateHostList"));
    m_hostList->setDragEnabled(true);
    m_hostList->setDragDropMode(QAbstractItemView::DragOnly);
    m_hostList->setToolTip(tr("Drag a host onto another aggregate to move it there"));
    m_zonePanel->view()->setItemDelegateForColumn(Models::ZoneListModel::StateColumn,
                                                  new StatusDelegate(StatusDelegate::Style::Dot, this));
    for (int c = AggregateListModel::VcpusUsedColumn; c <= AggregateListModel::DiskUsedColumn; c += 2)
        m_panel->view()->setItemDelegateForColumn(c, new StatusDelegate(StatusDelegate::Style::Dot, this));

    // The selected aggregate's hosts, beside the table.
    auto *hostsBox = new QWidget(this);
    auto *hostsLayout = new QVBoxLayout(hostsBox);
    hostsLayout->setContentsMargins(0, 0, 0, 0);
    hostsLayout->addWidget(new QLabel(tr("Hosts of the selected aggregate:"), hostsBox));
    hostsLayout->addWidget(m_hostList);
    auto *top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(m_panel);
    top->addWidget(hostsBox);
    top->setStretchFactor(0, 4);
    top->setStretchFactor(1, 1);

    // Capacity: one chart per resource across aggregates or zones.
    auto *capacity = new QWidget(this);
    auto *capLayout = new QVBoxLayout(capacity);
    m_scope->setObjectName(QStringLiteral("capacityScopeCombo"));
    m_scope->addItem(tr("Per aggregate"));
    m_scope->addItem(tr("Per compute zone"));
    auto *scopeRow = new QHBoxLayout;
    scopeRow->addWidget(new QLabel(tr("Capacity from Placement (allocation ratios applied, reserved taken off):"), capacity));
    scopeRow->addWidget(m_scope);
    scopeRow->addStretch();
    capLayout->addLayout(scopeRow);
    auto *chartsRow = new QHBoxLayout;
    for (int i = 0; i < 3; ++i) {
        auto *chart = new Charts::ComparisonChart(capacity);
        chart->setObjectName(QStringLiteral("capacityChart%1").arg(i));
        chart->setMinimumHeight(180);
        chart->setRestLabel(tr("Free"));
        chartsRow->addWidget(chart);
        m_charts.append(chart);
        connect(chart, &Charts::ComparisonChart::itemClicked, this, [this](const QString &key) {
            if (m_scope->currentIndex() == 0)
                selectAggregate(key);
            else
                m_zonePanel->filterEdit()->setText(key.section(QLatin1Char('/'), 1));
        });
    }
    capLayout->addLayout(chartsRow);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &AggregatesPage::updateCharts);
    m_bottom->setObjectName(QStringLiteral("aggregatesBottomTabs"));
    m_bottom->addTab(capacity, tr("Capacity"));
    m_bottom->addTab(m_zonePanel, tr("Availability Zones"));

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(m_bottom);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    QToolBar *bar = m_panel->toolBar();
    QAction *refreshAction = bar->addAction(tr("Refresh"));
    refreshAction->setObjectName(QStringLiteral("refreshAggregatesAction"));
    refreshAction->setShortcut(QKeySequence::Refresh);
    connect(refreshAction, &QAction::triggered, this, &AggregatesPage::refresh);
    bar->addSeparator();
    auto addAction = [this, bar](const QString &text, const char *name, void (AggregatesPage::*slot)()) {
        QAction *a = bar->addAction(text);
        a->setObjectName(QString::fromLatin1(name));
        connect(a, &QAction::triggered, this, slot);
        m_panel->view()->addAction(a);
        return a;
    };
    m_create = addAction(tr("Create Aggregate"), "createAggregateAction", &AggregatesPage::createAggregate);
    m_create->setShortcut(QKeySequence::New);
    m_rename = addAction(tr("Rename"), "renameAggregateAction", &AggregatesPage::renameAggregate);
    m_rename->setShortcut(Qt::Key_F2);
    m_setZone = addAction(tr("Set Zone"), "setZoneAction", &AggregatesPage::setZone);
    m_addHost = addAction(tr("Add Host"), "addHostAction", &AggregatesPage::addHost);
    m_removeHost = addAction(tr("Remove Host"), "removeHostAction", &AggregatesPage::removeHost);
    m_metadata = addAction(tr("Edit Metadata"), "editMetadataAction", &AggregatesPage::editMetadata);
    m_delete = addAction(tr("Delete"), "deleteAggregateAction", &AggregatesPage::deleteAggregate);
    m_delete->setShortcut(QKeySequence::Delete);
    for (QAction *a : {m_create, m_rename, m_setZone, m_addHost, m_removeHost, m_metadata, m_delete})
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_hostList->addAction(m_removeHost);

    QTableView *view = m_panel->view();
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    view->viewport()->setAcceptDrops(true);
    view->viewport()->installEventFilter(this);
    connect(view, &QWidget::customContextMenuRequested, this, [this, view](const QPoint &pos) {
        // popup(), not exec(): no nested event loop; the menu deletes itself once it is closed.
        auto *menu = new QMenu(this);
        connect(menu, &QMenu::aboutToHide, menu, &QObject::deleteLater);
        menu->addActions({m_create, m_rename, m_setZone, m_addHost, m_metadata});
        menu->addSeparator();
        menu->addAction(m_delete);
        menu->popup(view->viewport()->mapToGlobal(pos));
    });
    connect(view, &QTableView::doubleClicked, m_metadata, &QAction::trigger);
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this]() {
        updateDetails();
        updateActions();
    });
    connect(m_hostList, &QListWidget::itemSelectionChanged, this, &AggregatesPage::updateActions);

    connect(m_loader, &Models::HostsLoader::loadingChanged, this, [this](bool loading) {
        m_panel->setBusy(loading);
        m_zonePanel->setBusy(loading);
        emit loadingChanged(loading);
    });
    connect(m_loader, &Models::HostsLoader::loaded, this, [this](const Core::Error &error) {
        m_aggregates->setSnapshot(m_loader->snapshot());
        m_zones->setSnapshot(m_loader->snapshot());
        QString text;
        if (m_session && !m_session->isAdmin())
            text = tr("Aggregates, hosts and capacity need the admin role; only the zones are shown.");
        else if (error)
            text = tr("Could not load everything: %1").arg(error.toString());
        m_panel->setErrorText(text);
        m_zonePanel->setErrorText(zoneNote());
        if (error)
            emit statusMessage(error.toString());
        // Start on the first aggregate so its hosts show beside the table.
        if (selectedId().isEmpty() && m_aggregates->rowCount() > 0)
            m_panel->view()->selectRow(0);
        updateDetails();
        updateCharts();
        updateActions();
    });
    updateActions();
}

Charts::ComparisonChart *AggregatesPage::chart(int resource) const
{
    return m_charts.value(resource);
}

void AggregatesPage::setSession(OpenStack::Session *session)
{
    m_session = session;
    m_loader->setSession(session);
    if (!session) {
        m_aggregates->clear();
        m_zones->clear();
        m_zonePanel->setErrorText(QString());
        updateDetails();
        updateActions();
        return;
    }
    refresh();
}

void AggregatesPage::refresh()
{
    if (m_session)
        m_loader->reload();
}

bool AggregatesPage::isLoading() const
{
    return m_loader->isLoading();
}

QString AggregatesPage::selectedId() const
{
    const QList<int> rows = m_panel->selectedSourceRows();
    return rows.size() == 1 ? m_aggregates->record(rows.constFirst()).id : QString();
}

void AggregatesPage::selectAggregate(const QString &id)
{
    const int row = m_aggregates->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_panel->proxy()->mapFromSource(m_aggregates->index(row, AggregateListModel::NameColumn));
    m_panel->view()->selectRow(index.row());
}

void AggregatesPage::updateDetails()
{
    const Models::AggregateRow *row = m_aggregates->find(selectedId());
    auto *list = static_cast<HostListWidget *>(m_hostList);
    list->clear();
    list->aggregateId = row ? row->id : QString();
    if (row)
        list->addItems(row->aggregate.hosts);
}

void AggregatesPage::updateActions()
{
    const bool admin = m_session && m_session->isAdmin();
    const Models::AggregateRow *row = m_aggregates->find(selectedId());
    const QString needAdmin = tr("Needs the admin role");
    const QString select = tr("Select an aggregate");
    m_create->setEnabled(admin);
    m_create->setToolTip(admin ? tr("Create a host aggregate, optionally with an availability zone (Ctrl+N)") : needAdmin);
    for (QAction *a : {m_rename, m_setZone, m_addHost, m_metadata}) {
        a->setEnabled(admin && row);
        a->setToolTip(!admin ? needAdmin : !row ? select : QString());
    }
    const bool hostSelected = row && !m_hostList->selectedItems().isEmpty();
    m_removeHost->setEnabled(admin && hostSelected);
    m_removeHost->setToolTip(!admin ? needAdmin : !hostSelected ? tr("Select a host in the hosts list") : QString());
    const bool hasHosts = row && !row->aggregate.hosts.isEmpty();
    m_delete->setEnabled(admin && row && !hasHosts);
    m_delete->setToolTip(!admin ? needAdmin
                         : !row ? select
                         : hasHosts ? tr("Nova deletes only empty aggregates: remove its hosts first (%1)")
                                          .arg(row->aggregate.hosts.join(QStringLiteral(", ")))
                                    : tr("Delete the aggregate"));
}

void AggregatesPage::updateCharts()
{
    using OpenStack::Placement::CapacityRollup;
    const Models::HostsSnapshot &snap = m_loader->snapshot();
    QVector<std::tuple<QString, QString, CapacityRollup>> groups;
    if (m_scope->currentIndex() == 0) {
        for (const auto &a : snap.aggregates)
            groups.append({a.id, a.name, snap.aggregateCapacity(a)});
    } else {
        for (const auto &z : snap.zones) {
            if (z.kind == OpenStack::Hosts::AvailabilityZone::Kind::Compute && z.name != QLatin1String("internal"))
                groups.append({z.id, z.name, snap.zoneCapacity(z)});
        }
    }
    const QStringList classes{OpenStack::Placement::kVcpu, OpenStack::Placement::kMemoryMb, OpenStack::Placement::kDiskGb};
    const QStringList titles{tr("vCPUs"), tr("RAM"), tr("Disk")};
    const QStringList units{QString(), tr("GiB"), tr("GiB")};
    for (int i = 0; i < 3; ++i) {
        QVector<Charts::ComparisonChart::Item> items;
        for (const auto &[key, label, rollup] : groups) {
            const auto rc = rollup.resource(classes.at(i));
            const double scale = i == 1 ? 1.0 / 1024 : 1.0; // MiB → GiB
            items.append({key, label, double(rc.used) * scale, rollup.isEmpty() ? 0 : rc.capacity * scale});
        }
        m_charts.at(i)->setTitle(titles.at(i));
        m_charts.at(i)->setItems(items, units.at(i));
    }
}

QStringList AggregatesPage::computeHosts() const
{
    QStringList hosts;
    const Models::HostsSnapshot &snap = m_loader->snapshot();
    for (const auto &s : snap.services)
        hosts.append(s.host);
    for (const auto &h : snap.hypervisors) {
        if (!hosts.contains(h.host))
            hosts.append(h.host);
    }
    hosts.sort();
    return hosts;
}

QString AggregatesPage::zoneNote() const
{
    const Models::HostsSnapshot &snap = m_loader->snapshot();
    if (snap.volumeHostsHidden && snap.networkHostsHidden)
        return tr("The hosts of volume and network zones need the admin role; those zones show without hosts.");
    if (snap.volumeHostsHidden)
        return tr("The hosts of volume zones need the admin role; those zones show without hosts.");
    if (snap.networkHostsHidden)
        return tr("The hosts of network zones need the admin role; those zones show without hosts.");
    return {};
}

QStringList AggregatesPage::knownZones() const
{
    QStringList zones;
    for (const auto &z : m_loader->snapshot().zones) {
        if (z.kind == OpenStack::Hosts::AvailabilityZone::Kind::Compute && z.name != QLatin1String("internal")
            && !zones.contains(z.name))
            zones.append(z.name);
    }
    return zones;
}

void AggregatesPage::report(const QString &message, bool ok)
{
    emit statusMessage(message);
    if (!ok)
        m_panel->setErrorText(message);
    emit operationFinished(message, ok);
}

void AggregatesPage::runJob(AggregateJob *job, const QString &done, const QString &what)
{
    job->setParent(this);
    connect(job, &OpenStack::RestJob::finished, this, [this, done, what](OpenStack::RestJob *j) {
        if (j->error())
            report(tr("%1 failed: %2").arg(what, j->error().message.isEmpty() ? j->error().toString() : j->error().message),
                   false);
        else
            report(done, true);
        refresh();
    });
    job->start();
}

} // namespace Ui
