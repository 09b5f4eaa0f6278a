// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/compute/launchchoices.h"

#include "core/format.h"
#include "openstack/blockstorage/listjobs.h"
#include "openstack/client/session.h"
#include "openstack/compute/computejobs.h"
#include "openstack/image/imagejobs.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace Models {

using namespace OpenStack::Compute;

QString LaunchChoices::whyNotFits(const OpenStack::Image::Image &image, const Flavor &flavor)
{
    if (image.minDiskGb > 0 && flavor.diskGb > 0 && flavor.diskGb < image.minDiskGb)
        return QCoreApplication::translate("Models::LaunchChoices",
                                           "Flavor %1 has a %2 GB disk; image %3 needs at least %4 GB")
            .arg(flavor.name)
            .arg(flavor.diskGb)
            .arg(image.name)
            .arg(image.minDiskGb);
    if (image.minRamMib > 0 && flavor.ramMib < image.minRamMib)
        return QCoreApplication::translate("Models::LaunchChoices", "Flavor %1 has %2 RAM; image %3 needs at least %4")
            .arg(flavor.name, Core::formatMebibytes(flavor.ramMib), image.name, Core::formatMebibytes(image.minRamMib));
    return {};
}

QVector<OpenStack::BlockStorage::Volume> LaunchChoices::bootable(const QVector<OpenStack::BlockStorage::Volume> &volumes)
{
    QVector<OpenStack::BlockStorage::Volume> out;
    for (const auto &v : volumes) {
        // Nova refuses a volume that is attached or not marked bootable; offering it would only
        // move the refusal to after Launch.
        if (v.bootable && v.status == QLatin1String("available"))
            out << v;
    }
    std::stable_sort(out.begin(), out.end(), [](const auto &a, const auto &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    return out;
}

QString LaunchChoices::whyOverQuota(const Flavor &flavor, int count) const
{
    if (!limits)
        return {};
    const qint64 fit = limits->instancesThatFit(flavor.vcpus, flavor.ramMib);
    if (fit < 0 || count <= fit)
        return {};
    return QCoreApplication::translate("Models::LaunchChoices",
                                       "The project's quota leaves room for %n more instance(s) of flavor %1", nullptr,
                                       int(fit))
        .arg(flavor.name);
}

QString LaunchChoices::whyBadName(const QString &name)
{
    if (name.trimmed().isEmpty())
        return QCoreApplication::translate("Models::LaunchChoices", "Enter a name for the instance");
    if (name.size() > 255)
        return QCoreApplication::translate("Models::LaunchChoices", "The name is longer than 255 characters");
    if (name != name.trimmed())
        return QCoreApplication::translate("Models::LaunchChoices", "The name starts or ends with a space");
    static const QRegularExpression control(QStringLiteral("[\\x00-\\x1f\\x7f]"));
    if (name.contains(control))
        return QCoreApplication::translate("Models::LaunchChoices", "The name contains control characters");
    return {};
}

LaunchChoicesLoader::LaunchChoicesLoader(OpenStack::Session *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
}

void LaunchChoicesLoader::done(const Core::Error &error)
{
    if (error)
        m_errors << error;
    if (--m_pending > 0)
        return;
    emit finished(this);
    deleteLater();
}

void LaunchChoicesLoader::start()
{
    OpenStack::Session *s = m_session;
    m_pending = 8;
    auto *images = new OpenStack::Image::ListImagesJob(s, {}, this);
    connect(images, &OpenStack::Image::ListImagesJob::finished, this, [this](OpenStack::Image::ListImagesJob *j) {
        m_choices.images = j->images();
        done(j->error());
    });
    auto hook = [this](OpenStack::RestJob *job, auto apply) {
        connect(job, &OpenStack::RestJob::finished, this, [this, apply](OpenStack::RestJob *j) {
            if (!j->error())
                apply(j);
            done(j->error());
        });
        job->start();
    };
    images->start();
    // The current project's volumes only: a server boots from a volume of its own project.
    auto *volumes = new OpenStack::BlockStorage::ListVolumesJob(s, {}, this);
    connect(volumes, &OpenStack::BlockStorage::ListVolumesJob::finished, this,
            [this, volumes](OpenStack::BlockStorage::BlockStorageListJob *j) {
                if (!j->error())
                    m_choices.bootableVolumes = LaunchChoices::bootable(volumes->items());
                done(j->error());
            });
    volumes->start();
    hook(new ListFlavorsJob(s, false, this), [this](OpenStack::RestJob *j) {
        m_choices.flavors = static_cast<ListFlavorsJob *>(j)->items();
    });
    hook(new ListNetworkChoicesJob(s, this), [this](OpenStack::RestJob *j) {
        for (const NetworkChoice &n : static_cast<ListNetworkChoicesJob *>(j)->networks()) {
            // A server is plugged into its project's networks and shared ones, not the external one.
            if (!n.external || n.shared)
                m_choices.networks << n;
        }
    });
    hook(new ListKeypairsJob(s, this), [this](OpenStack::RestJob *j) {
        m_choices.keypairs = static_cast<ListKeypairsJob *>(j)->items();
    });
    hook(new ListAvailabilityZonesJob(s, this), [this](OpenStack::RestJob *j) {
        m_choices.zones = static_cast<ListAvailabilityZonesJob *>(j)->items();
    });
    hook(new ListSecurityGroupChoicesJob(s, s ? s->token().projectId : QString(), this), [this](OpenStack::RestJob *j) {
        m_choices.securityGroups = static_cast<ListSecurityGroupChoicesJob *>(j)->groups();
    });
    hook(new GetLimitsJob(s, this), [this](OpenStack::RestJob *j) {
        m_choices.limits = static_cast<GetLimitsJob *>(j)->limits();
    });
}

} // namespace Models
