// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>
#include <QVariantMap>
#include <QVector>

#include <functional>

namespace Libvirt {
class Connection;
}
namespace OpenStack {
class Session;
}

namespace Models {

class ExportRegistry;

// ceph-pools, rbd-images, cross-layer [--orphans] and domains. Ceph and libvirt settings come from
// the cloud's `stackdeck:` key in clouds.yaml (ceph_conf, ceph_keyring, ceph_client,
// libvirt_uri_template, libvirt_uris); without it librados's defaults and no hypervisors.
void registerCephExports(ExportRegistry &registry);

// The compute hosts: those clouds.yaml names (libvirt_uris), else Nova's nova-compute services.
void findComputeHosts(OpenStack::Session *session, QObject *context, std::function<void(const QStringList &)> done);

// One libvirt connection per host, URIs from the `stackdeck:` key (template and overrides),
// parented to `parent`.
QVector<Libvirt::Connection *> libvirtConnections(const QVariantMap &stackdeck, const QStringList &hosts, QObject *parent);

} // namespace Models
