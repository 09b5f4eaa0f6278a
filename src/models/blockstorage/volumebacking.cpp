// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/blockstorage/volumebacking.h"

#include "core/format.h"

#include <cerrno>
#include <cstring>

using OpenStack::BlockStorage::Volume;

namespace Models {

namespace {
constexpr qint64 kGiB = qint64(1024) * 1024 * 1024;

QString volumeName(const Volume &volume)
{
    return volume.name.isEmpty() ? volume.id : volume.name;
}
} // namespace

bool VolumeBacking::isMissingImage(const Core::Error &error)
{
    // RadosWorker::imageDetails reports a failed rbd_open as "open RBD image <spec>" with Ceph's
    // strerror text; ENOENT there means the pool answered and has no such image.
    return error.isError() && error.service == QLatin1String("ceph")
           && error.context.startsWith(QLatin1String("open RBD image"))
           && error.message == QString::fromLocal8Bit(std::strerror(ENOENT));
}

bool VolumeBacking::hasProblems() const
{
    for (const BackingFinding &f : findings) {
        if (f.severity != BackingFinding::Severity::Info)
            return true;
    }
    return false;
}

VolumeBacking VolumeBacking::assess(const Volume &volume, const QString &imageSpec, const Ceph::ImageDetails &details,
                                    const Core::Error &error)
{
    using Severity = BackingFinding::Severity;
    VolumeBacking b;
    b.imageSpec = imageSpec;
    const QString name = volumeName(volume);
    const bool attached = volume.isAttached() || volume.status == QLatin1String("in-use");

    if (error) {
        if (!isMissingImage(error)) {
            b.error = error; // Ceph could not say: no verdict about the image either way
            return b;
        }
        if (volume.status == QLatin1String("creating") || volume.status == QLatin1String("downloading")) {
            b.findings.append({Severity::Info, QStringLiteral("image-not-yet"),
                               tr("Cinder is still creating %1; its RBD image %2 does not exist yet.").arg(name, imageSpec)});
        } else if (volume.status == QLatin1String("deleting")) {
            b.findings.append({Severity::Info, QStringLiteral("image-deleted"),
                               tr("Cinder is deleting %1; its RBD image %2 is already gone.").arg(name, imageSpec)});
        } else if (volume.isError()) {
            b.findings.append({Severity::Warning, QStringLiteral("image-missing-error"),
                               tr("%1 is in state %2 and has no RBD image %3: nothing was stored.")
                                   .arg(name, volume.status, imageSpec)});
        } else if (volume.host.isEmpty()) {
            // Without admin rights the backend is unknown: the volume may live on one that is not RBD.
            b.findings.append({Severity::Warning, QStringLiteral("image-not-found"),
                               tr("There is no RBD image %1. The volume may live on a backend that is not RBD "
                                  "(only admins see the volume's backend).").arg(imageSpec)});
        } else {
            b.findings.append({Severity::Error, QStringLiteral("image-missing"),
                               tr("Cinder lists %1 as %2, but Ceph has no RBD image %3: the volume's data is missing.")
                                   .arg(name, volume.status, imageSpec)});
        }
        return b;
    }

    b.imageFound = true;
    b.details = details;
    const int watchers = int(details.watchers.size());
    if (attached && watchers == 0) {
        b.findings.append({Severity::Warning, QStringLiteral("in-use-no-watcher"),
                           tr("Cinder says %1 is in use, but nobody has its RBD image open (no watcher): the instance "
                              "is not running, or the attachment is stale.").arg(name)});
    } else if (!attached && watchers > 0 && volume.status == QLatin1String("available")) {
        b.findings.append({Severity::Warning, QStringLiteral("available-but-watched"),
                           tr("Cinder says %1 is available, but %n client(s) have its RBD image open: something uses "
                              "it without Cinder knowing.", nullptr, watchers).arg(name)});
    }
    const qint64 cinderBytes = volume.sizeGb * kGiB;
    if (volume.sizeGb > 0 && details.image.sizeBytes != cinderBytes && volume.status != QLatin1String("extending")) {
        b.findings.append({Severity::Warning, QStringLiteral("size-differs"),
                           tr("Cinder says %1, the RBD image is %2.")
                               .arg(Core::formatBytes(cinderBytes), Core::formatBytes(details.image.sizeBytes))});
    }
    if (b.findings.isEmpty()) {
        b.findings.append({Severity::Info, QStringLiteral("agree"),
                           attached ? tr("Cinder and Ceph agree: in use, and the image is open by %n client(s).", nullptr,
                                         watchers)
                                    : tr("Cinder and Ceph agree: the image exists and nobody has it open.")});
    }
    return b;
}

} // namespace Models
