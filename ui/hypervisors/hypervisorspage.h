// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/common/page.h"

#include <QPointer>

class QAction;

namespace Models {
class HostsLoader;
class HypervisorListModel;
} // namespace Models

namespace Ui {

class HostDomainsView;
class TablePanel;

// The Hypervisors tab (虚拟机管理器): compute hosts with state, status, instance count, zone,
// aggregates and capacity from Placement (Nova ≥ 2.88 dropped it from os-hypervisors); enable or
// disable a host's compute service with a reason; below, the selected host through libvirt
// directly (HostDomainsView). Admin only.
class HypervisorsPage : public Page
{
    Q_OBJECT
public:
    explicit HypervisorsPage(QWidget *parent = nullptr);

    QString pageId() const override { return QStringLiteral("hypervisors"); }
    QString title() const override { return tr("Hypervisors"); }
    void setSession(OpenStack::Session *session) override;
    void refresh() override;
    bool isLoading() const override;

    Models::HypervisorListModel *model() const { return m_model; }
    Models::HostsLoader *loader() const { return m_loader; }
    TablePanel *panel() const { return m_panel; }
    HostDomainsView *domains() const { return m_domains; }
    QString selectedHost() const;
    void selectHost(const QString &host);
    // Enable, or disable with `reason`, the selected host's nova-compute (no dialog: the actions
    // ask for the reason first).
    void setServiceEnabled(bool enabled, const QString &reason);

signals:
    void operationFinished(const QString &message, bool ok);

private:
    void updateActions();
    void disableService();

    Models::HostsLoader *m_loader;
    Models::HypervisorListModel *m_model;
    TablePanel *m_panel;
    HostDomainsView *m_domains;
    QPointer<OpenStack::Session> m_session;
    QAction *m_enable;
    QAction *m_disable;
};

} // namespace Ui
