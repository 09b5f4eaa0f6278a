// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/hosts/hostdomainmodel.h"

#include "core/format.h"

#include <QHash>

namespace Models {

using Drift = HostDomainRow::Drift;

HostDomainModel::HostDomainModel(QObject *parent)
    : RecordTableModel(parent)
{
}

int HostDomainModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Drift HostDomainModel::judge(bool hasDomain, const Libvirt::Domain &domain, bool hasServer,
                             const OpenStack::Compute::Server &server)
{
    if (hasDomain && !hasServer)
        return Drift::UnknownToNova;
    if (!hasDomain && hasServer) {
        // Nova keeps no domain for a shelved-offloaded instance nor while it builds.
        const QString s = server.status.toUpper();
        if (s == QLatin1String("SHELVED_OFFLOADED") || s == QLatin1String("BUILD") || s == QLatin1String("DELETED"))
            return Drift::None;
        return Drift::MissingDomain;
    }
    if (hasDomain && hasServer && !server.taskState.isEmpty())
        return Drift::None; // in transition: libvirt and Nova are allowed to disagree for a moment
    if (hasDomain && hasServer && !Libvirt::Domain::matchesNovaStatus(domain.state, server.status))
        return Drift::StateMismatch;
    return Drift::None;
}

QString HostDomainModel::driftText(Drift drift)
{
    switch (drift) {
    case Drift::None:
        return {};
    case Drift::UnknownToNova:
        return tr("Domain unknown to Nova");
    case Drift::MissingDomain:
        return tr("No domain for this instance");
    case Drift::StateMismatch:
        return tr("States disagree");
    }
    return {};
}

int HostDomainModel::driftCount() const
{
    int n = 0;
    for (const HostDomainRow &r : m_rows)
        n += r.drift != Drift::None ? 1 : 0;
    return n;
}

void HostDomainModel::reset(const QString &host)
{
    m_host = host;
    m_domains.clear();
    m_servers.clear();
    m_domainsKnown = m_serversKnown = false;
    clear();
}

void HostDomainModel::setDomains(const QVector<Libvirt::Domain> &domains)
{
    m_domains = domains;
    m_domainsKnown = true;
    rebuild();
}

void HostDomainModel::setServers(const QVector<OpenStack::Compute::Server> &servers)
{
    m_servers = servers;
    m_serversKnown = true;
    rebuild();
}

void HostDomainModel::setRates(const Libvirt::StatsHistory &history)
{
    const int columns = columnCount();
    for (int row = 0; row < m_rows.size(); ++row) {
        HostDomainRow &r = m_rows[row];
        if (!r.hasDomain)
            continue;
        const Libvirt::DomainRates rates = history.latest(r.domain.uuid);
        if (rates.timestampMs == r.rates.timestampMs)
            continue;
        r.rates = rates;
        emit dataChanged(index(row, CpuColumn), index(row, columns - 1));
    }
}

void HostDomainModel::rebuild()
{
    QHash<QString, HostDomainRow> byId;
    QStringList order;
    for (const Libvirt::Domain &d : std::as_const(m_domains)) {
        const QString id = d.uuid.toLower();
        HostDomainRow &r = byId[id];
        if (!r.hasDomain)
            order.append(id);
        r.id = id;
        r.hasDomain = true;
        r.domain = d;
    }
    for (const OpenStack::Compute::Server &s : std::as_const(m_servers)) {
        const QString id = s.id.toLower();
        HostDomainRow &r = byId[id];
        if (!r.hasDomain && !r.hasServer)
            order.append(id);
        r.id = id;
        r.hasServer = true;
        r.server = s;
    }
    QVector<HostDomainRow> rows;
    rows.reserve(order.size());
    for (const QString &id : std::as_const(order)) {
        HostDomainRow r = byId.value(id);
        // Judge only with both sides known: a half-loaded view must not cry drift.
        r.drift = m_domainsKnown && m_serversKnown ? judge(r.hasDomain, r.domain, r.hasServer, r.server) : Drift::None;
        const int old = rowOf(id);
        if (old >= 0)
            r.rates = m_rows.at(old).rates;
        rows.append(std::move(r));
    }
    setRecords(std::move(rows));
}

namespace {

QString disksText(const Libvirt::Domain &d)
{
    QStringList parts;
    for (const Libvirt::DomainDisk &disk : d.disks) {
        QString p = disk.target;
        if (disk.isRbd())
            p += QStringLiteral(" rbd:") + disk.source;
        else if (!disk.source.isEmpty())
            p += QLatin1Char(' ') + disk.source;
        parts << p;
    }
    return parts.join(QStringLiteral(", "));
}

QString interfacesText(const Libvirt::Domain &d)
{
    QStringList parts;
    for (const Libvirt::DomainInterface &i : d.interfaces) {
        QString p = i.mac;
        if (!i.source.isEmpty())
            p += QLatin1Char(' ') + i.source;
        if (!i.target.isEmpty())
            p += QStringLiteral(" (") + i.target + QLatin1Char(')');
        parts << p;
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace

QVariant HostDomainModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const HostDomainRow &r = m_rows.at(index.row());
    const int column = index.column();
    if (role == IdRole)
        return r.id;
    if (role == StatusKindRole) {
        if (column == DriftColumn && r.drift != Drift::None)
            return int(r.drift == Drift::StateMismatch ? StatusKind::Warning : StatusKind::Bad);
        if (column == StateColumn && r.hasDomain)
            return int(r.domain.isActive() ? StatusKind::Good
                       : r.domain.state == Libvirt::Domain::State::Crashed ? StatusKind::Bad
                                                                           : StatusKind::Neutral);
        return {};
    }
    if (role != Qt::DisplayRole && role != SortRole && role != ExportRole && role != Qt::ToolTipRole)
        return {};
    const bool display = role == Qt::DisplayRole || role == Qt::ToolTipRole;
    switch (column) {
    case DomainColumn:
        return r.hasDomain ? r.domain.name : (display ? tr("(none)") : QString());
    case InstanceColumn:
        if (r.hasServer)
            return r.server.name;
        return r.domain.nova.displayName;
    case StateColumn:
        if (!r.hasDomain)
            return display ? tr("(no domain)") : QString();
        return Libvirt::Domain::stateKey(r.domain.state);
    case NovaStatusColumn:
        // Until Nova has answered, say nothing rather than "not in Nova".
        return r.hasServer ? r.server.status : (display && m_serversKnown ? tr("(not in Nova)") : QString());
    case DriftColumn:
        if (role == ExportRole)
            return r.drift == Drift::None ? QString()
                   : r.drift == Drift::UnknownToNova ? QStringLiteral("unknown_to_nova")
                   : r.drift == Drift::MissingDomain ? QStringLiteral("missing_domain")
                                                     : QStringLiteral("state_mismatch");
        return driftText(r.drift);
    case VcpusColumn:
        return r.hasDomain ? QVariant(r.domain.vcpus) : QVariant();
    case MemoryColumn:
        if (!r.hasDomain)
            return {};
        return display ? QVariant(Core::formatBytes(r.domain.memoryKiB * 1024)) : QVariant(r.domain.memoryKiB);
    case CpuColumn:
        if (!r.hasDomain || r.rates.timestampMs == 0)
            return {};
        return display ? QVariant(QStringLiteral("%1%").arg(r.rates.cpuPercent, 0, 'f', 1)) : QVariant(r.rates.cpuPercent);
    case DisksColumn:
        return disksText(r.domain);
    case InterfacesColumn:
        return interfacesText(r.domain);
    case ProjectColumn:
        if (r.hasServer && !r.hasDomain)
            return r.server.projectId;
        return r.domain.nova.projectName.isEmpty() ? r.domain.nova.projectId : r.domain.nova.projectName;
    case UuidColumn:
        return r.id;
    }
    return {};
}

QVariant HostDomainModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == ColumnKeyRole) {
        static const char *const keys[ColumnCount] = {"domain", "instance", "state", "nova_status",
                                                      "drift", "vcpus", "memory_kib", "cpu_percent",
                                                      "disks", "interfaces", "project", "uuid"};
        return section >= 0 && section < ColumnCount ? QString::fromLatin1(keys[section]) : QString();
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DomainColumn: return tr("Domain");
    case InstanceColumn: return tr("Instance");
    case StateColumn: return tr("Domain State");
    case NovaStatusColumn: return tr("Nova Status");
    case DriftColumn: return tr("Drift");
    case VcpusColumn: return tr("vCPUs");
    case MemoryColumn: return tr("Memory");
    case CpuColumn: return tr("CPU");
    case DisksColumn: return tr("Disks");
    case InterfacesColumn: return tr("Interfaces");
    case ProjectColumn: return tr("Project");
    case UuidColumn: return tr("UUID");
    }
    return {};
}

} // namespace Models
