// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "libvirt/connection.h"
#include "libvirt/domainstats.h"
#include "models/hosts/hostdomainmodel.h"

#include <QPointer>
#include <QWidget>
#include <deque>
#include <memory>

class QAction;
class QLabel;
class QMenu;
class QLineEdit;
class QPushButton;
class QTimer;

namespace Charts {
class RateChart;
}
namespace Models {
class HostDomainModel;
class LibvirtUris;
} // namespace Models
namespace OpenStack {
class Session;
}

namespace Ui {

class TablePanel;

// One compute host seen through libvirt, directly: its URI (editable, remembered per cloud),
// its domains next to the Nova instances placed on it with the drift between them, and live CPU,
// memory, disk and network rates as charts (of the selected domain, or the host's sum).
//
// Owns one Libvirt::Connection at a time (its worker thread does the libvirt calls; nothing here
// blocks). Switching host or URI drops the old connection; a URI that hangs fails after the
// connection's timeout with libvirt's message, shown above the table.
//
// Lifecycle (domainactions.cpp): start, shut down, force off, suspend, resume and reboot the
// selected domains through libvirt directly, each on the connection's worker with its timeout, a
// result per domain. Nova is not told: a confirmation says so for domains Nova manages (the drift
// column then shows the disagreement until Nova's power-state sync catches up); forcing off
// always confirms, naming the domains. The view follows libvirt's lifecycle events.
class HostDomainsView : public QWidget
{
    Q_OBJECT
public:
    explicit HostDomainsView(QWidget *parent = nullptr);
    ~HostDomainsView() override;

    void setSession(OpenStack::Session *session);
    // Shows `host` (empty: nothing). Reconnects only when the host or its URI changed.
    void setHost(const QString &host);
    // The domains again (lifecycle events call this).
    void reload();
    // Domains and Nova's instances on the host again (F5).
    void refreshAll();
    void setStatsIntervalMs(int ms);
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    QString host() const { return m_host; }
    // Waiting for libvirt's domains or Nova's instances of the current host.
    bool isLoading() const;
    QString uri() const;
    Models::HostDomainModel *model() const { return m_model; }
    TablePanel *panel() const { return m_panel; }
    QLineEdit *uriEdit() const { return m_uriEdit; }
    QLabel *stateLabel() const { return m_state; }
    Charts::RateChart *chart(int which) const; // 0 CPU, 1 memory, 2 disk, 3 network
    Libvirt::Connection *connection() const { return m_connection; }
    const Libvirt::StatsHistory &history() const { return m_history; }
    void applyUri(const QString &uri);

    // Lifecycle of the selected domains (asks first when it forces off or touches Nova's domains).
    void requestDomainAction(Libvirt::Connection::DomainAction action);
    QAction *domainAction(Libvirt::Connection::DomainAction action) const;
    bool isActing() const { return m_actionsInFlight > 0; }
    static QString actionName(Libvirt::Connection::DomainAction action);

signals:
    void statusMessage(const QString &message);
    // After a lifecycle request: one line per domain ("instance-0000000b: suspended" or libvirt's
    // error), and whether all of them succeeded.
    void domainActionsFinished(const QStringList &results, bool ok);
    // Both sides (libvirt and Nova) answered for the current host.
    void loaded();

private:
    void connectHost();
    void loadServers();
    void collect();
    void updateCharts();
    void updateState();
    // domainactions.cpp
    void buildDomainActions();
    void updateDomainActions();
    QVector<Models::HostDomainRow> selectedDomains() const;
    void runDomainAction(Libvirt::Connection::DomainAction action, const QVector<Models::HostDomainRow> &rows);

    QPointer<OpenStack::Session> m_session;
    std::unique_ptr<Models::LibvirtUris> m_uris;
    QString m_host;
    Libvirt::Connection *m_connection = nullptr;
    Models::HostDomainModel *m_model;
    TablePanel *m_panel;
    QLineEdit *m_uriEdit;
    QPushButton *m_apply;
    QPushButton *m_reset;
    QLabel *m_state;
    QVector<Charts::RateChart *> m_charts;
    QTimer *m_statsTimer;
    Libvirt::StatsHistory m_history;
    std::deque<Libvirt::DomainRates> m_hostTotals; // the sum over domains, one entry per tick
    QString m_libvirtError;
    QString m_novaError;
    QString m_actionText; // the last lifecycle request's results, until the host changes
    bool m_collecting = false;
    int m_timeoutMs = 15000;
    quint64 m_generation = 0;
    QVector<QAction *> m_domainActions; // indexed by Libvirt::Connection::DomainAction
    QMenu *m_domainMenu = nullptr;       // persistent, shown with popup()
    int m_actionsInFlight = 0;
};

} // namespace Ui
