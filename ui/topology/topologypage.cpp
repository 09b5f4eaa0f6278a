// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/topology/topologypage.h"

#include "models/network/networklists.h"
#include "models/network/topologymodel.h"
#include "models/roles.h"
#include "models/tablefilterproxy.h"
#include "openstack/client/session.h"
#include "topology/loader.h"
#include "ui/common/tablepanel.h"
#include "ui/common/toolbarwidgets.h"
#include "ui/topology/topologyview.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QGraphicsScene>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QSplitter>
#include <QSvgGenerator>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QToolBar>
#include <QVBoxLayout>
#include <utility>

namespace Ui {

using Topology::Node;

class TopologyPage::ListModels
{
public:
    Models::NetworkListModel *networks;
    Models::SubnetListModel *subnets;
    Models::RouterListModel *routers;
    Models::PortListModel *ports;
    Models::FloatingIpListModel *floatingIps;
};

TopologyPage::TopologyPage(QWidget *parent)
    : Page(parent)
    , m_loader(new Topology::Loader(this))
    , m_graph(m_builder.graph())
    , m_layout(std::make_unique<Topology::Layout>())
    , m_scene(new QGraphicsScene(this))
    , m_item(nullptr)
    , m_view(nullptr)
    , m_miniMap(nullptr)
    , m_tabs(new QTabWidget(this))
    , m_details(new QTextBrowser(this))
    , m_search(new QLineEdit(this))
    , m_summary(new QLabel(this))
    , m_allProjects(new QCheckBox(tr("All projects"), this))
    , m_showInstances(new QCheckBox(tr("Instances"), this))
    , m_showLabels(new QCheckBox(tr("Labels"), this))
    , m_showPorts(new QCheckBox(tr("DHCP and service ports"), this))
    , m_layoutMode(new QComboBox(this))
    , m_lists(std::make_unique<ListModels>())
{
    m_renderer.setGraph(&m_graph, m_layout.get());
    m_item = new MapItem(&m_renderer);
    m_scene->addItem(m_item);
    m_view = new TopologyView(m_scene, &m_renderer, this);
    m_miniMap = new MiniMap(m_scene, m_view, this);

    auto *toolbar = new QToolBar(this);
    toolbar->setObjectName(QStringLiteral("topologyToolBar"));
    QAction *refreshAction = toolbar->addAction(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("Refresh"));
    refreshAction->setObjectName(QStringLiteral("refreshTopologyAction"));
    connect(refreshAction, &QAction::triggered, this, &TopologyPage::refresh);
    QAction *fit = toolbar->addAction(tr("Fit"));
    fit->setObjectName(QStringLiteral("fitAction"));
    fit->setShortcut(QKeySequence(QStringLiteral("Ctrl+0")));
    connect(fit, &QAction::triggered, m_view, &TopologyView::fitAll);
    QAction *zoomIn = toolbar->addAction(tr("Zoom In"));
    zoomIn->setShortcut(QKeySequence::ZoomIn);
    connect(zoomIn, &QAction::triggered, m_view, [this]() { m_view->zoomBy(1.25); });
    QAction *zoomOut = toolbar->addAction(tr("Zoom Out"));
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    connect(zoomOut, &QAction::triggered, m_view, [this]() { m_view->zoomBy(0.8); });
    toolbar->addSeparator();
    QAction *createNet = toolbar->addAction(QIcon::fromTheme(QStringLiteral("list-add")), tr("Create Network"));
    createNet->setObjectName(QStringLiteral("createNetworkAction"));
    connect(createNet, &QAction::triggered, this, &TopologyPage::createNetwork);
    QAction *createRouterAction = toolbar->addAction(QIcon::fromTheme(QStringLiteral("list-add")), tr("New Router"));
    createRouterAction->setObjectName(QStringLiteral("createRouterAction"));
    connect(createRouterAction, &QAction::triggered, this, &TopologyPage::createRouter);
    QAction *exportAction = toolbar->addAction(tr("Export Image…"));
    exportAction->setObjectName(QStringLiteral("exportImageAction"));
    connect(exportAction, &QAction::triggered, this, [this]() {
        auto *dialog = new QFileDialog(this, tr("Export Map"), QString(), tr("PNG image (*.png);;SVG drawing (*.svg)"));
        dialog->setAcceptMode(QFileDialog::AcceptSave);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &file) {
            if (exportImage(file))
                report(tr("Saved the map to %1").arg(file));
            else
                report(tr("Could not write %1").arg(file), true);
        });
        dialog->open();
    });
    toolbar->addSeparator();
    m_layoutMode->setObjectName(QStringLiteral("layoutModeCombo"));
    m_layoutMode->addItem(tr("Layered"));
    m_layoutMode->addItem(tr("Grouped"));
    toolbar->addWidget(m_layoutMode);
    for (QCheckBox *c : {m_showInstances, m_showLabels, m_showPorts, m_allProjects})
        toolbar->addWidget(c);
    setShownInToolBar(m_allProjects, false);
    m_showInstances->setObjectName(QStringLiteral("showInstancesCheck"));
    m_showLabels->setObjectName(QStringLiteral("showLabelsCheck"));
    m_showPorts->setObjectName(QStringLiteral("showPortsCheck"));
    m_allProjects->setObjectName(QStringLiteral("allProjectsCheck"));
    m_showInstances->setChecked(true);
    m_showLabels->setChecked(true);
    m_allProjects->setChecked(true);
    m_search->setObjectName(QStringLiteral("topologySearchEdit"));
    m_search->setPlaceholderText(tr("Find by name, IP or ID (Enter: next)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(300);
    auto *findAction = new QAction(this);
    findAction->setShortcut(QKeySequence::Find);
    findAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(findAction, &QAction::triggered, m_search, [this]() {
        m_search->setFocus();
        m_search->selectAll();
    });
    addAction(findAction);
    connect(m_search, &QLineEdit::returnPressed, this, [this]() { search(m_search->text()); });

    m_summary->setObjectName(QStringLiteral("topologySummary"));
    m_details->setObjectName(QStringLiteral("detailsPanel"));
    m_details->setMinimumWidth(240);

    auto *mapPage = new QWidget(this);
    auto *mapLayout = new QHBoxLayout(mapPage);
    mapLayout->setContentsMargins(0, 0, 0, 0);
    auto *splitter = new QSplitter(Qt::Horizontal, mapPage);
    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_view, 1);
    auto *side = new QWidget(splitter);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_miniMap);
    sideLayout->addWidget(m_details, 1);
    splitter->addWidget(left);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({900, 240}); // the map gets the room; the side panel stays a column
    side->setMaximumWidth(420);
    mapLayout->addWidget(splitter);
    m_tabs->setObjectName(QStringLiteral("topologyTabs"));
    m_tabs->addTab(mapPage, tr("Map"));
    m_lists->networks = Models::makeNetworkListModel(this);
    m_lists->subnets = Models::makeSubnetListModel(this);
    m_lists->routers = Models::makeRouterListModel(this);
    m_lists->ports = Models::makePortListModel(this);
    m_lists->floatingIps = Models::makeFloatingIpListModel(this);
    const auto addList = [this](QAbstractItemModel *model, const QString &key, const QString &title,
                                const QString &collection) {
        auto *panel = new TablePanel(QStringLiteral("topology/") + key, model, this);
        panel->setObjectName(key + QStringLiteral("Panel"));
        const auto selectedIds = [panel]() {
            QStringList ids;
            for (int row : panel->selectedSourceRows())
                ids << panel->proxy()->sourceModel()->index(row, 0).data(Models::IdRole).toString();
            return ids;
        };
        QAction *edit = panel->toolBar()->addAction(QIcon::fromTheme(QStringLiteral("document-edit")), tr("Edit…"));
        edit->setObjectName(key + QStringLiteral("EditAction"));
        connect(edit, &QAction::triggered, this, [this, selectedIds, collection]() {
            const QStringList ids = selectedIds();
            if (ids.size() == 1)
                editResource(collection, ids.first());
            else
                report(tr("Select one row to edit"), true);
        });
        connect(panel->view(), &QAbstractItemView::doubleClicked, this, [this, panel, collection](const QModelIndex &index) {
            editResource(collection, panel->proxy()->index(index.row(), 0).data(Models::IdRole).toString());
        });
        QAction *del = panel->toolBar()->addAction(QIcon::fromTheme(QStringLiteral("edit-delete")), tr("Delete"));
        del->setObjectName(key + QStringLiteral("DeleteAction"));
        del->setShortcut(QKeySequence::Delete);
        del->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(del, &QAction::triggered, this, [this, selectedIds, collection]() {
            const QStringList ids = selectedIds();
            if (ids.isEmpty())
                report(tr("Select what to delete"), true);
            else
                deleteResources(collection, ids);
        });
        panel->addAction(del);
        m_tabs->addTab(panel, title);
        return panel;
    };
    TablePanel *nets = addList(m_lists->networks, QStringLiteral("networks"), tr("Networks"), QStringLiteral("networks"));
    nets->toolBar()->addAction(createNet);
    QAction *launchHere = nets->toolBar()->addAction(tr("Launch Instance…"));
    launchHere->setObjectName(QStringLiteral("networksLaunchAction"));
    launchHere->setToolTip(tr("Launch an instance on the selected network"));
    connect(launchHere, &QAction::triggered, this, [this, nets]() {
        const QList<int> rows = nets->selectedSourceRows();
        if (rows.size() != 1) {
            report(tr("Select one network to launch an instance on"), true);
            return;
        }
        launchOnNetwork(nets->proxy()->sourceModel()->index(rows.first(), 0).data(Models::IdRole).toString());
    });
    addList(m_lists->subnets, QStringLiteral("subnets"), tr("Subnets"), QStringLiteral("subnets"));
    TablePanel *routers = addList(m_lists->routers, QStringLiteral("routers"), tr("Routers"), QStringLiteral("routers"));
    routers->toolBar()->addAction(createRouterAction);
    TablePanel *ports = addList(m_lists->ports, QStringLiteral("ports"), tr("Ports"), QStringLiteral("ports"));
    QAction *createPortAction = ports->toolBar()->addAction(QIcon::fromTheme(QStringLiteral("list-add")), tr("Create Port…"));
    createPortAction->setObjectName(QStringLiteral("createPortAction"));
    connect(createPortAction, &QAction::triggered, this, &TopologyPage::createPort);
    TablePanel *fips = addList(m_lists->floatingIps, QStringLiteral("floatingIps"), tr("Floating IPs"), QStringLiteral("floatingips"));
    QAction *allocate = fips->toolBar()->addAction(QIcon::fromTheme(QStringLiteral("list-add")), tr("Allocate IP…"));
    allocate->setObjectName(QStringLiteral("allocateFloatingIpAction"));
    connect(allocate, &QAction::triggered, this, &TopologyPage::allocateFloatingIp);

    auto *top = new QHBoxLayout;
    top->addWidget(toolbar, 1);
    top->addWidget(m_search);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(top);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_summary);

    connect(m_loader, &Topology::Loader::loadingChanged, this, &Page::loadingChanged);
    connect(m_loader, &Topology::Loader::loaded, this, &TopologyPage::onLoaded);
    connect(m_view, &TopologyView::nodeClicked, this, [this](const QString &id, bool badge) {
        const Node *n = m_graph.node(id);
        if (badge && n && m_layout->isCollapsed(id))
            expandOrCollapse(id, true);
        selectNode(id);
    });
    connect(m_view, &TopologyView::nodeContextMenu, this, &TopologyPage::onContextMenu);
    connect(m_showLabels, &QCheckBox::toggled, this, [this](bool on) {
        m_renderer.state().labels = on;
        m_item->update();
    });
    connect(m_showInstances, &QCheckBox::toggled, this, &TopologyPage::setBuildOptions);
    connect(m_showPorts, &QCheckBox::toggled, this, &TopologyPage::setBuildOptions);
    connect(m_layoutMode, &QComboBox::currentIndexChanged, this, [this](int index) {
        setLayoutMode(index == 1 ? Topology::Layout::Mode::Grouped : Topology::Layout::Mode::Layered);
    });
    connect(m_allProjects, &QCheckBox::toggled, this, &TopologyPage::refresh);
    showDetails({});
}

TopologyPage::~TopologyPage() = default;

void TopologyPage::setSession(OpenStack::Session *session)
{
    m_session = session;
    setShownInToolBar(m_allProjects, session && session->isAdmin());
    // A launch waiting for the switch to the network's project goes ahead once it happened.
    const QString pendingNetwork = std::exchange(m_pendingLaunchNetwork, QString());
    const QString pendingProject = std::exchange(m_pendingLaunchProject, QString());
    if (session && !pendingNetwork.isEmpty() && session->token().projectId == pendingProject)
        openLaunchWizard(pendingNetwork);
    m_fitted = false;
    if (!session) {
        applySnapshot({});
        return;
    }
    refresh();
}

void TopologyPage::refresh()
{
    if (m_session)
        m_loader->reload(m_session, m_allProjects->isChecked());
}

bool TopologyPage::isLoading() const
{
    return m_loader->isLoading();
}

void TopologyPage::onLoaded(const Core::Error &error)
{
    if (error) {
        report(tr("Could not load the topology: %1").arg(error.toString()), false);
        m_summary->setText(m_lastMessage);
        return;
    }
    applySnapshot(m_loader->snapshot());
    if (m_loader->partialError())
        m_summary->setText(m_summary->text() + QStringLiteral(" — ")
                           + tr("instance names unavailable: %1").arg(m_loader->partialError().message));
}

void TopologyPage::applySnapshot(const Topology::Snapshot &snapshot)
{
    QElapsedTimer clock;
    clock.start();
    m_snapshot = snapshot;
    Models::fillNetworkLists(m_snapshot, m_lists->networks, m_lists->subnets, m_lists->routers, m_lists->ports,
                             m_lists->floatingIps);
    const Topology::GraphDiff diff = m_builder.update(m_snapshot);
    applyDiff(diff, clock.nsecsElapsed());
}

void TopologyPage::setBuildOptions()
{
    Topology::BuildOptions options;
    options.showInstances = m_showInstances->isChecked();
    options.showServicePorts = m_showPorts->isChecked();
    applyDiff(m_builder.setOptions(options), 0);
}

void TopologyPage::setLayoutMode(Topology::Layout::Mode mode)
{
    // The operator asked for another picture: the only full layout after the first.
    m_layout = std::make_unique<Topology::Layout>(mode);
    m_layout->place(m_graph);
    m_renderer.setGraph(&m_graph, m_layout.get());
    m_item->refreshGeometry();
    m_miniMap->refit();
    m_view->fitAll();
}

void TopologyPage::expandOrCollapse(const QString &networkId, bool expand)
{
    m_renderer.update(expand ? m_layout->expand(m_graph, networkId) : m_layout->collapse(m_graph, networkId), {});
    m_item->refreshGeometry();
    m_miniMap->refit();
}

void TopologyPage::applyDiff(const Topology::GraphDiff &diff, qint64 startedNs)
{
    QElapsedTimer clock;
    clock.start();
    if (!diff.isEmpty()) {
        // Only what changed: the layout keeps every existing node where it is, and the map
        // updates the slots and grid cells of the nodes and edges the diff names.
        QStringList touched = m_layout->apply(m_graph, diff);
        touched << diff.addedNodes << diff.changedNodes << diff.removedNodes;
        m_renderer.update(touched, diff);
        m_item->refreshGeometry();
        m_miniMap->refit();
    }
    if (!m_fitted && !m_graph.nodes.isEmpty()) {
        m_fitted = true;
        m_view->fitAll();
    }
    if (!m_renderer.state().selected.isEmpty() && !m_graph.node(m_renderer.state().selected))
        selectNode({});
    const qint64 ms = (clock.nsecsElapsed() + startedNs) / 1000000;
    m_summary->setText(tr("%1 networks, %2 routers, %3 instances, %4 floating IPs — %5 added, %6 removed, %7 changed "
                          "in %8 ms")
                           .arg(m_graph.count(Node::Kind::Network) + m_graph.count(Node::Kind::External))
                           .arg(m_graph.count(Node::Kind::Router))
                           .arg(m_graph.count(Node::Kind::Instance))
                           .arg(m_graph.count(Node::Kind::FloatingIp))
                           .arg(diff.addedNodes.size())
                           .arg(diff.removedNodes.size())
                           .arg(diff.changedNodes.size())
                           .arg(ms));
}

void TopologyPage::search(const QString &text)
{
    const QStringList hits = Topology::searchNodes(m_graph, text);
    if (hits != m_hits) {
        m_hits = hits;
        m_hitIndex = 0;
    } else if (!m_hits.isEmpty()) {
        m_hitIndex = (m_hitIndex + 1) % int(m_hits.size());
    }
    m_renderer.state().highlighted = QSet<QString>(m_hits.cbegin(), m_hits.cend());
    if (m_hits.isEmpty()) {
        report(tr("Nothing matches \"%1\"").arg(text));
        m_item->update();
        return;
    }
    const QString id = m_hits.at(m_hitIndex);
    // A hit inside a collapsed network opens it.
    const Node *n = m_graph.node(id);
    if (n && !m_layout->contains(id) && m_layout->isCollapsed(n->primaryParent))
        expandOrCollapse(n->primaryParent, true);
    selectNode(id);
    if (m_layout->contains(id)) {
        if (m_view->zoom() < 0.5)
            m_view->setTransform(QTransform::fromScale(0.8, 0.8));
        m_view->centerOn(m_layout->position(id));
    }
    report(tr("%1 of %2 matches").arg(m_hitIndex + 1).arg(m_hits.size()));
}

void TopologyPage::selectNode(const QString &id)
{
    auto &state = m_renderer.state();
    state.selected = id;
    state.path.clear();
    state.pathEdges.clear();
    const Node *n = m_graph.node(id);
    if (n && n->kind == Node::Kind::Instance) {
        const Topology::Path p = Topology::tracePath(m_graph, id);
        state.path = QSet<QString>(p.nodes.cbegin(), p.nodes.cend());
        for (const auto &e : p.edges)
            state.pathEdges.insert(e.key());
    }
    showDetails(id);
    m_item->update();
}

void TopologyPage::showDetails(const QString &id)
{
    const Node *n = m_graph.node(id);
    if (!n) {
        m_details->setHtml(tr("<p>Click a node for its details. Click an instance to trace its path out of the "
                              "cloud; click a <b>+N</b> badge to expand a network.</p>"));
        return;
    }
    QString html = QStringLiteral("<h3>%1</h3><table>").arg(n->name.toHtmlEscaped());
    const auto row = [&html](const QString &k, const QString &v) {
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(k.toHtmlEscaped(), v.toHtmlEscaped());
    };
    row(tr("Kind"), Topology::kindKey(n->kind));
    row(tr("ID"), n->id);
    row(tr("Project"), n->projectId);
    row(tr("Status"), n->status);
    if (!n->details.isEmpty())
        row(tr("Addresses"), n->details.join(QStringLiteral(", ")));
    if (n->orphan)
        row(tr("Orphaned"), tr("this port's instance no longer exists"));
    html += QStringLiteral("</table><p><b>%1</b></p><ul>").arg(tr("Links"));
    for (const QString &key : m_graph.out.value(id) + m_graph.in.value(id)) {
        const Topology::Edge &e = *m_graph.edge(key);
        const Node *other = m_graph.node(e.from == id ? e.to : e.from);
        html += QStringLiteral("<li>%1 %2 %3</li>")
                    .arg(Topology::edgeKindKey(e.kind), other ? other->name.toHtmlEscaped() : QString(),
                         e.label.toHtmlEscaped());
    }
    html += QStringLiteral("</ul>");
    if (m_layout->isCollapsed(id))
        html += tr("<p>%n instance(s) collapsed; click the badge to expand.</p>", nullptr, m_layout->hiddenCount(id));
    m_details->setHtml(html);
}

bool TopologyPage::exportImage(const QString &fileName)
{
    const QRectF source = m_scene->itemsBoundingRect();
    if (source.isEmpty())
        return false;
    if (fileName.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive)) {
        QSvgGenerator svg;
        svg.setFileName(fileName);
        svg.setSize(source.size().toSize());
        svg.setViewBox(QRectF(QPointF(0, 0), source.size()));
        svg.setTitle(tr("Network Topology"));
        QPainter p;
        if (!p.begin(&svg))
            return false;
        m_scene->render(&p, QRectF(QPointF(0, 0), source.size()), source);
        return p.end();
    }
    const double scale = std::min(1.0, 8000.0 / std::max(source.width(), source.height()));
    QImage image((source.size() * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter p(&image);
    m_scene->render(&p, QRectF(image.rect()), source);
    p.end();
    return image.save(fileName, "PNG");
}

void TopologyPage::report(const QString &message, bool error)
{
    m_lastMessage = message;
    emit statusMessage(message);
    if (error)
        m_summary->setText(message);
}

} // namespace Ui
