// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "libvirt/domain.h"
#include "libvirt/domainstats.h"
#include "models/recordtablemodel.h"
#include "openstack/compute/server.h"

namespace Models {

// One libvirt domain of a host side by side with the Nova instance of the same UUID, or one of
// the two alone: what the hypervisor really runs against what Nova believes.
struct HostDomainRow
{
    enum class Drift {
        None,
        UnknownToNova,    // a domain no Nova instance on this host has (stray or leftover)
        MissingDomain,    // Nova places the instance here, libvirt has no such domain
        StateMismatch,    // both exist, the states disagree (ACTIVE vs shut off, …)
    };

    QString id; // the UUID, lower case
    bool hasDomain = false;
    bool hasServer = false;
    Libvirt::Domain domain;
    OpenStack::Compute::Server server;
    Drift drift = Drift::None;
    Libvirt::DomainRates rates;

    bool operator==(const HostDomainRow &o) const
    {
        return id == o.id && hasDomain == o.hasDomain && hasServer == o.hasServer && domain == o.domain
            && server == o.server && drift == o.drift && rates.timestampMs == o.rates.timestampMs;
    }
};

// The domains of one hypervisor with their Nova instances and the drift between them. Fed by the
// page: domains from Libvirt::Connection::listDomains, servers from Hosts::ListHostServersJob
// (either may come first; drift is only judged once both are known), rates from a StatsHistory.
class HostDomainModel : public RecordTableModel<HostDomainRow>
{
    Q_OBJECT
public:
    enum Column {
        DomainColumn,
        InstanceColumn,
        StateColumn,
        NovaStatusColumn,
        DriftColumn,
        VcpusColumn,
        MemoryColumn,
        CpuColumn,
        DisksColumn,
        InterfacesColumn,
        ProjectColumn,
        UuidColumn,
        ColumnCount
    };

    explicit HostDomainModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // Starts over for another host: forgets domains and servers.
    void reset(const QString &host);
    QString host() const { return m_host; }
    void setDomains(const QVector<Libvirt::Domain> &domains);
    void setServers(const QVector<OpenStack::Compute::Server> &servers);
    void setRates(const Libvirt::StatsHistory &history);
    bool hasDomains() const { return m_domainsKnown; }
    bool hasServers() const { return m_serversKnown; }
    int driftCount() const;

    static HostDomainRow::Drift judge(bool hasDomain, const Libvirt::Domain &domain, bool hasServer,
                                      const OpenStack::Compute::Server &server);
    static QString driftText(HostDomainRow::Drift drift);

private:
    void rebuild();

    QString m_host;
    QVector<Libvirt::Domain> m_domains;
    QVector<OpenStack::Compute::Server> m_servers;
    bool m_domainsKnown = false;
    bool m_serversKnown = false;
};

} // namespace Models
