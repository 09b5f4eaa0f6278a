// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "openstack/blockstorage/volume.h"
#include "openstack/compute/computetypes.h"
#include "openstack/compute/neutronlookups.h"
#include "openstack/image/image.h"

#include <QObject>
#include <QPointer>
#include <optional>

namespace OpenStack {
class Session;
}

namespace Models {

// What the launch wizard offers, loaded in parallel from Nova, Glance and Neutron.
struct LaunchChoices
{
    QVector<OpenStack::Image::Image> images;
    QVector<OpenStack::Compute::Flavor> flavors;
    QVector<OpenStack::Compute::NetworkChoice> networks;
    QVector<OpenStack::Compute::Keypair> keypairs;
    QVector<OpenStack::Compute::AvailabilityZone> zones;
    QVector<OpenStack::Compute::SecurityGroupChoice> securityGroups;
    // The project's volumes a server can boot from: bootable and available (not attached).
    QVector<OpenStack::BlockStorage::Volume> bootableVolumes;
    std::optional<OpenStack::Compute::ComputeLimits> limits;

    // Cinder's volumes as the boot-from-volume picker offers them: bootable, available, by name.
    static QVector<OpenStack::BlockStorage::Volume> bootable(const QVector<OpenStack::BlockStorage::Volume> &volumes);

    // Why this image cannot boot on this flavor (min_disk / min_ram), or empty.
    static QString whyNotFits(const OpenStack::Image::Image &image, const OpenStack::Compute::Flavor &flavor);
    // Why `count` instances of `flavor` exceed the project's quota, or empty.
    QString whyOverQuota(const OpenStack::Compute::Flavor &flavor, int count) const;
    // Why a name is not acceptable to Nova, or empty.
    static QString whyBadName(const QString &name);
};

// Loads LaunchChoices; finished() once every call has answered. Failures of single lookups are
// collected in errors() and do not stop the others. Deletes itself after finished().
class LaunchChoicesLoader : public QObject
{
    Q_OBJECT
public:
    LaunchChoicesLoader(OpenStack::Session *session, QObject *parent = nullptr);
    void start();
    const LaunchChoices &choices() const { return m_choices; }
    const QList<Core::Error> &errors() const { return m_errors; }

signals:
    void finished(Models::LaunchChoicesLoader *loader);

private:
    void done(const Core::Error &error);

    QPointer<OpenStack::Session> m_session;
    LaunchChoices m_choices;
    QList<Core::Error> m_errors;
    int m_pending = 0;
};

} // namespace Models
