// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "topology/graph.h"
#include "topology/graphbuilder.h"
#include "topology/layout.h"
#include "ui/common/page.h"
#include "ui/topology/editdialog.h"
#include "ui/topology/maprenderer.h"

#include <QPointer>
#include <memory>

class QAction;
class QCheckBox;
class QComboBox;
class QGraphicsScene;
class QLabel;
class QLineEdit;
class QTabWidget;
class QTextBrowser;

namespace OpenStack {
class RestJob;
}
namespace OpenStack::Compute {
struct LaunchSpec;
}
namespace Topology {
class Loader;
}
namespace Models {
class TopologyModel;
}

namespace Ui {

class MapItem;
class MiniMap;
class TablePanel;
class TopologyView;

// The Network Topology tab (网络拓扑): the drawn map (external networks → routers → networks →
// instances), stable across refreshes, with search, path trace, details, collapse badges, level of
// detail, PNG/SVG export and context actions; and beside it the Networks, Subnets, Routers, Ports
// and Floating IPs tables Horizon's operators asked to keep.
class TopologyPage : public Page
{
    Q_OBJECT
public:
    explicit TopologyPage(QWidget *parent = nullptr);
    ~TopologyPage() override;

    QString pageId() const override { return QStringLiteral("topology"); }
    QString title() const override { return tr("Network Topology"); }
    void setSession(OpenStack::Session *session) override;
    void refresh() override;
    bool isLoading() const override;

    // For tests and the screenshot: the current graph and layout, and a snapshot applied directly.
    const Topology::Graph &graph() const { return m_graph; }
    const Topology::Layout &layout() const { return *m_layout; }
    void applySnapshot(const Topology::Snapshot &snapshot);
    TopologyView *view() const { return m_view; }
    MapRenderer &renderer() { return m_renderer; }
    QString selectedNode() const { return m_renderer.state().selected; }
    QString lastMessage() const { return m_lastMessage; }

    void search(const QString &text);
    // The launch wizard with this network checked, for the network's project: when the network
    // belongs to another project (and is not shared), asks to switch to it first and opens the
    // wizard once the session is scoped there.
    void launchOnNetwork(const QString &networkId);
    // The list tabs' actions: edit one resource ("networks", "subnets", "routers", "ports",
    // "floatingips") in a checked form, create a port or allocate a floating IP, delete several
    // after a confirmation that lists their names (one result per item).
    void editResource(const QString &collection, const QString &id);
    void createPort();
    void allocateFloatingIp();
    void deleteResources(const QString &collection, const QStringList &ids);
    void selectNode(const QString &id);
    bool exportImage(const QString &fileName); // .png or .svg

signals:
    void switchProjectRequested(const QString &projectId);

private:
    void openLaunchWizard(const QString &networkId);
    void launch(const OpenStack::Compute::LaunchSpec &spec, const QString &networkName);
    void onLoaded(const Core::Error &error);
    // Follows a change of the graph: the layout and the map touch only what the diff names.
    void applyDiff(const Topology::GraphDiff &diff, qint64 startedNs);
    void setLayoutMode(Topology::Layout::Mode mode);
    void setBuildOptions();
    void expandOrCollapse(const QString &networkId, bool expand);
    void showDetails(const QString &id);
    void onContextMenu(const QString &id, const QPoint &globalPos);
    void report(const QString &message, bool error = false);
    void createNetwork();
    void createRouter();
    void routerInterface(const QString &routerId, bool add);
    void setGateway(const QString &routerId, bool set);
    void deleteNode(const QString &id);
    void runJob(OpenStack::RestJob *job, const QString &done, const QString &failed);
    QString resourceName(const QString &collection, const QString &id) const;
    EditDialog::Choices portChoices(const QString &projectId) const;

    QPointer<OpenStack::Session> m_session;
    Topology::Loader *m_loader;
    Topology::Snapshot m_snapshot;
    Topology::GraphBuilder m_builder;
    const Topology::Graph &m_graph; // m_builder's, kept up to date in place
    std::unique_ptr<Topology::Layout> m_layout;
    MapRenderer m_renderer;
    QGraphicsScene *m_scene;
    MapItem *m_item;
    TopologyView *m_view;
    MiniMap *m_miniMap;
    QTabWidget *m_tabs;
    QTextBrowser *m_details;
    QLineEdit *m_search;
    QLabel *m_summary;
    QCheckBox *m_allProjects;
    QCheckBox *m_showInstances;
    QCheckBox *m_showLabels;
    QCheckBox *m_showPorts;
    QComboBox *m_layoutMode;
    QStringList m_hits;
    int m_hitIndex = 0;
    bool m_fitted = false;
    QString m_lastMessage;
    QString m_pendingLaunchNetwork; // launch there once the session is scoped to its project
    QString m_pendingLaunchProject;
    Models::TopologyModel *m_exportModel = nullptr;
    class ListModels;
    std::unique_ptr<ListModels> m_lists;
};

} // namespace Ui
