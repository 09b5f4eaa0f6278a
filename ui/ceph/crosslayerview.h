// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QLabel;

namespace Ceph {
class Cluster;
}
namespace Libvirt {
class Connection;
}
namespace Models {
class CrossLayerLoader;
class CrossLayerModel;
}
namespace OpenStack {
class Session;
}

namespace Ui {

class TablePanel;

// The cross-layer view: each Cinder volume, Glance image and Nova instance with its RBD image and
// libvirt domain disk, and what the layers disagree on (orphaned RBD images, in-use volumes
// nobody has open, domains lacking the disk, instances without a domain, …).
class CrossLayerView : public QWidget
{
    Q_OBJECT
public:
    explicit CrossLayerView(QWidget *parent = nullptr);

    void setSources(OpenStack::Session *session, Ceph::Cluster *cluster);
    void refresh();
    bool isLoading() const;
    Models::CrossLayerModel *model() const { return m_model; }
    TablePanel *panel() const { return m_panel; }

signals:
    void loadingChanged(bool loading);
    void statusMessage(const QString &message);
    void loaded();

private:
    void applyFilter();

    QPointer<OpenStack::Session> m_session;
    QPointer<Ceph::Cluster> m_cluster;
    Models::CrossLayerModel *m_model;
    TablePanel *m_panel;
    QCheckBox *m_onlyProblems;
    QLabel *m_summary;
    QPointer<Models::CrossLayerLoader> m_loader;
    QObject *m_connectionsOwner = nullptr; // parent of this round's libvirt connections
};

} // namespace Ui
