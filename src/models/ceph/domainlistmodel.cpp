// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/ceph/domainlistmodel.h"

#include "core/format.h"
#include "libvirt/connection.h"

namespace Models {

DomainListModel::DomainListModel(QObject *parent)
    : RecordTableModel(parent)
{
}

int DomainListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DomainListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Libvirt::Domain &d = m_rows.at(index.row());
    if (role == IdRole)
        return d.id;
    if (role == StatusKindRole && index.column() == StateColumn) {
        using S = Libvirt::Domain::State;
        return int(d.state == S::Running ? StatusKind::Good
                   : d.state == S::Crashed ? StatusKind::Bad
                   : d.state == S::Paused || d.state == S::ShuttingDown ? StatusKind::Busy
                                                                        : StatusKind::Neutral);
    }
    if (role != Qt::DisplayRole && role != SortRole && role != ExportRole && role != Qt::ToolTipRole)
        return {};
    const bool display = role == Qt::DisplayRole || role == Qt::ToolTipRole;
    switch (index.column()) {
    case HostColumn: return d.host;
    case NameColumn: return d.name;
    case NovaNameColumn: return d.nova.displayName;
    case StateColumn: return Libvirt::Domain::stateKey(d.state);
    case VcpusColumn: return d.vcpus;
    case MemoryColumn: return display ? QVariant(Core::formatBytes(d.memoryKiB * 1024)) : QVariant(d.memoryKiB);
    case DisksColumn: {
        QStringList disks;
        for (const Libvirt::DomainDisk &disk : d.disks)
            disks.append(disk.target + QLatin1Char('=') + disk.source);
        return display ? QVariant(disks.join(QStringLiteral(", "))) : role == SortRole ? QVariant(int(disks.size())) : QVariant(disks);
    }
    case InterfacesColumn: {
        QStringList ifaces;
        for (const Libvirt::DomainInterface &i : d.interfaces)
            ifaces.append(i.mac);
        return display ? QVariant(ifaces.join(QStringLiteral(", "))) : role == SortRole ? QVariant(int(ifaces.size())) : QVariant(ifaces);
    }
    case ProjectColumn: return d.nova.projectName;
    case FlavorColumn: return d.nova.flavorName;
    case UuidColumn: return d.uuid;
    default: break;
    }
    return {};
}

QVariant DomainListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == ColumnKeyRole) {
        static const char *keys[] = {"host", "name", "nova_name", "state", "vcpus", "memory_kib", "disks",
                                     "interfaces", "project", "flavor", "uuid"};
        return QString::fromLatin1(keys[section]);
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case HostColumn: return tr("Host");
    case NameColumn: return tr("Domain");
    case NovaNameColumn: return tr("Instance");
    case StateColumn: return tr("State");
    case VcpusColumn: return tr("vCPUs");
    case MemoryColumn: return tr("Memory");
    case DisksColumn: return tr("Disks");
    case InterfacesColumn: return tr("Interfaces");
    case ProjectColumn: return tr("Project");
    case FlavorColumn: return tr("Flavor");
    case UuidColumn: return tr("UUID");
    default: break;
    }
    return {};
}

void DomainListModel::reload(const QVector<Libvirt::Connection *> &connections)
{
    const quint64 generation = ++m_generation;
    const bool wasLoading = m_pending > 0;
    m_pending = int(connections.size());
    m_collected.clear();
    m_hostErrors.clear();
    m_connected.clear();
    if (!wasLoading && m_pending > 0)
        emit loadingChanged(true);
    if (connections.isEmpty()) {
        setRecords({});
        if (wasLoading)
            emit loadingChanged(false);
        emit loaded({});
        return;
    }
    for (Libvirt::Connection *c : connections) {
        const QString host = c->host();
        c->listDomains(this, [this, generation, host](const QVector<Libvirt::Domain> &domains, const Core::Error &error) {
            if (generation != m_generation)
                return;
            if (error)
                m_hostErrors.insert(host, error);
            else
                m_connected.append(host);
            m_collected += domains;
            if (--m_pending > 0)
                return;
            setRecords(m_collected);
            emit loadingChanged(false);
            emit loaded(m_hostErrors.isEmpty() ? Core::Error{} : m_hostErrors.first());
        });
    }
}

} // namespace Models
