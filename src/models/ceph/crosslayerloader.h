// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "reconcile/crosslayer.h"

#include <QObject>
#include <QPointer>

namespace Ceph {
class Cluster;
}
namespace Libvirt {
class Connection;
}
namespace OpenStack {
class Session;
}

namespace Models {

class DomainListModel;

// Gathers every layer for the cross-layer view at once — Cinder/Glance/Nova (admin, all
// projects), every RBD pool's images with their watchers, and the domains of the hypervisors
// given — then joins them (Reconcile::reconcile). A layer that fails is left out and reported;
// the join then says less rather than something wrong. GUI thread; finished() once per start().
class CrossLayerLoader : public QObject
{
    Q_OBJECT
public:
    CrossLayerLoader(OpenStack::Session *session, Ceph::Cluster *cluster, QObject *parent = nullptr);

    void setConnections(const QVector<Libvirt::Connection *> &connections) { m_connections = connections; }
    void start();
    bool isRunning() const { return m_pending > 0; }

    const QVector<Reconcile::CrossLayerRow> &rows() const { return m_rows; }
    const Reconcile::Inputs &inputs() const { return m_inputs; }
    const QVector<Core::Error> &errors() const { return m_errors; }

signals:
    void finished();

private:
    void done();
    void listPools();

    QPointer<OpenStack::Session> m_session;
    QPointer<Ceph::Cluster> m_cluster;
    QVector<Libvirt::Connection *> m_connections;
    DomainListModel *m_domains;
    Reconcile::Inputs m_inputs;
    QVector<Reconcile::CrossLayerRow> m_rows;
    QVector<Core::Error> m_errors;
    int m_pending = 0;
    quint64 m_generation = 0;
};

} // namespace Models
