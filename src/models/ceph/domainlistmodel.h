// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "libvirt/domain.h"
#include "models/recordtablemodel.h"

#include <QMap>
#include <QPointer>

namespace Libvirt {
class Connection;
}

namespace Models {

// libvirt domains of one or more hypervisors, with the Nova instance each belongs to (domain
// UUID = server id; Nova's metadata gives the server's name and project): `stackdeck export
// domains` and the hypervisor views. Hosts are asked at once; a host that fails leaves its rows
// out and its error in hostErrors().
class DomainListModel : public RecordTableModel<Libvirt::Domain>
{
    Q_OBJECT
public:
    enum Column {
        HostColumn, NameColumn, NovaNameColumn, StateColumn, VcpusColumn, MemoryColumn, DisksColumn,
        InterfacesColumn, ProjectColumn, FlavorColumn, UuidColumn, ColumnCount
    };

    explicit DomainListModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    void reload(const QVector<Libvirt::Connection *> &connections);
    bool isLoading() const { return m_pending > 0; }
    const QMap<QString, Core::Error> &hostErrors() const { return m_hostErrors; }
    // The hosts that answered in the last reload.
    QStringList connectedHosts() const { return m_connected; }

signals:
    void loadingChanged(bool loading);
    // `error` is the first host's failure (all of them are in hostErrors()).
    void loaded(const Core::Error &error);

private:
    int m_pending = 0;
    quint64 m_generation = 0;
    QVector<Libvirt::Domain> m_collected;
    QMap<QString, Core::Error> m_hostErrors;
    QStringList m_connected;
};

} // namespace Models
