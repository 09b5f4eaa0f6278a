// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/common/page.h"

#include <QPointer>

class QAction;
class QComboBox;
class QListWidget;
class QTabWidget;

namespace Charts {
class ComparisonChart;
}

namespace Models {
class AggregateListModel;
class HostsLoader;
class ZoneListModel;
} // namespace Models

namespace OpenStack::Hosts {
class AggregateJob;
}

namespace Ui {

class TablePanel;

// The Aggregates & Zones tab (主机聚合 / 可用域): aggregates with zone, hosts and metadata; create,
// rename, set zone, add/remove hosts (or drag a host onto another aggregate), edit metadata,
// delete (refused while hosts remain). Below: availability zones of compute, volume and network,
// and the capacity of each aggregate or zone from Placement as charts. Admin only: without the
// admin role the zones still show and the rest says why it is empty.
class AggregatesPage : public Page
{
    Q_OBJECT
public:
    explicit AggregatesPage(QWidget *parent = nullptr);

    QString pageId() const override { return QStringLiteral("aggregates"); }
    QString title() const override { return tr("Aggregates & Zones"); }
    void setSession(OpenStack::Session *session) override;
    void refresh() override;
    bool isLoading() const override;

    Models::AggregateListModel *aggregateModel() const { return m_aggregates; }
    Models::ZoneListModel *zoneModel() const { return m_zones; }
    Models::HostsLoader *loader() const { return m_loader; }
    TablePanel *panel() const { return m_panel; }
    QListWidget *hostList() const { return m_hostList; }
    Charts::ComparisonChart *chart(int resource) const; // 0 vCPU, 1 RAM, 2 disk
    QString selectedId() const;
    void selectAggregate(const QString &id);

    // The operations behind the actions and the drag and drop; each reports in the status bar
    // (or an error box) and reloads.
    void moveHost(const QString &host, const QString &fromId, const QString &toId);
    void deleteAggregate();

signals:
    // An operation finished (ok or not): for tests and the status bar.
    void operationFinished(const QString &message, bool ok);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateActions();
    void updateDetails();
    void updateCharts();
    void createAggregate();
    void renameAggregate();
    void setZone();
    void addHost();
    void removeHost();
    void editMetadata();
    void runJob(OpenStack::Hosts::AggregateJob *job, const QString &done, const QString &what);
    void report(const QString &message, bool ok);
    QStringList computeHosts() const;
    QStringList knownZones() const;
    // Why some zones show without hosts (empty when all could be listed).
    QString zoneNote() const;

    Models::HostsLoader *m_loader;
    Models::AggregateListModel *m_aggregates;
    Models::ZoneListModel *m_zones;
    TablePanel *m_panel;
    TablePanel *m_zonePanel;
    QListWidget *m_hostList;
    QTabWidget *m_bottom;
    QComboBox *m_scope;
    QVector<Charts::ComparisonChart *> m_charts;
    QPointer<OpenStack::Session> m_session;
    QAction *m_create;
    QAction *m_rename;
    QAction *m_setZone;
    QAction *m_addHost;
    QAction *m_removeHost;
    QAction *m_metadata;
    QAction *m_delete;
};

} // namespace Ui
