// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "openstack/network/instancesummary.h"
#include "openstack/network/port.h"
#include "openstack/network/ruleaudit.h"
#include "openstack/network/securitygroup.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace OpenStack {
class Session;
class PagedJob;
} // namespace OpenStack

namespace Models {

// Who uses a security group: its ports and the instances behind them.
struct GroupUsage
{
    QStringList portIds;
    QStringList instanceIds;   // distinct device ids of compute ports
    QStringList otherDevices;  // ports that are not an instance's: "network:router_interface <id>", …
};

// Everything the Security Rules tab and `stackdeck export/audit security-*` need, fetched in
// parallel: groups with their rules (Neutron embeds them), ports (who uses which group), instance
// names (Nova; optional: without them an instance shows as its id) and project names (Keystone;
// optional). A failure of groups or ports fails the load; the optional parts only leave ids.
// Lives on the GUI thread; one load at a time (a new reload() drops the old answers).
class SecurityData : public QObject
{
    Q_OBJECT
public:
    explicit SecurityData(QObject *parent = nullptr);

    void reload(OpenStack::Session *session, bool allProjects);
    bool isLoading() const { return m_pending > 0; }

    const QVector<OpenStack::Network::SecurityGroup> &groups() const { return m_groups; }
    const QHash<QString, OpenStack::Network::SecurityGroup> &groupsById() const { return m_byId; }
    const QVector<OpenStack::Network::Port> &ports() const { return m_ports; }
    GroupUsage usage(const QString &groupId) const { return m_usage.value(groupId); }
    OpenStack::Network::GroupAudit audit(const QString &groupId) const { return m_audits.value(groupId); }
    QString groupName(const QString &groupId) const;
    QString projectName(const QString &projectId) const; // the id when unknown
    QString instanceName(const QString &instanceId) const; // the id when unknown
    const QHash<QString, OpenStack::Network::InstanceSummary> &instances() const { return m_instances; }

    // Replaces the snapshot (for tests and for applying a known change without a round trip).
    void setSnapshot(QVector<OpenStack::Network::SecurityGroup> groups, QVector<OpenStack::Network::Port> ports,
                     QHash<QString, OpenStack::Network::InstanceSummary> instances = {},
                     QHash<QString, QString> projectNames = {});

signals:
    void loadingChanged(bool loading);
    void loaded(const Core::Error &error);

private:
    void partDone(const Core::Error &error, bool required);
    void rebuild();

    int m_generation = 0;
    int m_pending = 0;
    Core::Error m_error;
    QVector<OpenStack::Network::SecurityGroup> m_groups;
    QVector<OpenStack::Network::Port> m_ports;
    QHash<QString, OpenStack::Network::InstanceSummary> m_instances;
    QHash<QString, QString> m_projectNames;
    QHash<QString, OpenStack::Network::SecurityGroup> m_byId;
    QHash<QString, GroupUsage> m_usage;
    QHash<QString, OpenStack::Network::GroupAudit> m_audits;
    // Fresh answers of the load in flight, applied together when the last one arrives.
    QVector<OpenStack::Network::SecurityGroup> m_newGroups;
    QVector<OpenStack::Network::Port> m_newPorts;
    QHash<QString, OpenStack::Network::InstanceSummary> m_newInstances;
    QHash<QString, QString> m_newProjectNames;
};

} // namespace Models
