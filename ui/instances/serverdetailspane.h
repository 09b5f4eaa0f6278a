// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "openstack/compute/computetypes.h"
#include "openstack/client/session.h"
#include "openstack/compute/server.h"

#include <QPointer>
#include <QWidget>

class QTextBrowser;

namespace OpenStack {
class Session;
}
namespace Models {
class ServerListModel;
}

namespace Ui {

// Everything about the selected instance: every field, its interfaces (ports, fixed and floating
// IPs, MAC, security groups), attached volumes with their device, the fault of a server in ERROR,
// and for admins the host and the libvirt domain name. Interfaces and volume devices come from
// two extra calls made when the selection changes (never for every row).
class ServerDetailsPane : public QWidget
{
    Q_OBJECT
public:
    ServerDetailsPane(Models::ServerListModel *model, QWidget *parent = nullptr);

    void setSession(OpenStack::Session *session) { m_session = session; }
    // Shows this server (or nothing for an empty id); refetches interfaces and volumes when the
    // server changed id, re-renders in place when only its fields changed.
    void showServer(const QString &serverId);
    // Fetches interfaces and volume devices again when the shown server is one of these.
    void refreshExtras(const QStringList &serverIds);
    QString html() const;

private:
    void render();
    void fetchExtras();

    Models::ServerListModel *m_model;
    QPointer<OpenStack::Session> m_session;
    QTextBrowser *m_browser;
    QString m_serverId;
    QVector<OpenStack::Compute::InterfaceAttachment> m_interfaces;
    QVector<OpenStack::Compute::VolumeAttachment> m_volumes;
    QString m_extrasError;
    int m_generation = 0;
};

} // namespace Ui
