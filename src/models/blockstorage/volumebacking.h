// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ceph/types.h"
#include "core/error.h"
#include "openstack/blockstorage/volume.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace Models {

// One thing Ceph and Cinder say about a volume, side by side.
struct BackingFinding
{
    enum class Severity { Info, Warning, Error };
    Severity severity = Severity::Info;
    QString code; // stable, for tests and exports: "image-missing", "in-use-no-watcher", …
    QString text; // for the operator, translated
    bool operator==(const BackingFinding &) const = default;
};

// The RBD image behind a Cinder volume as Ceph reports it live (Ceph::Cluster::imageDetails), and
// where the two layers disagree: Cinder says in-use but nobody has the image open, Cinder says
// available but somebody does, the image is missing, its size is not the volume's. Pure value
// code, no Ceph calls: the Volumes tab's RBD pane feeds it what the cluster answered.
struct VolumeBacking
{
    Q_DECLARE_TR_FUNCTIONS(Models::VolumeBacking)
public:
    QString imageSpec; // "volumes/volume-<uuid>"
    bool imageFound = false;
    Ceph::ImageDetails details; // when imageFound
    Core::Error error;          // the cluster's error, when it could not say (not for a missing image)
    QVector<BackingFinding> findings;

    bool hasProblems() const;

    // `error` is what imageDetails() failed with (none when `details` is valid).
    static VolumeBacking assess(const OpenStack::BlockStorage::Volume &volume, const QString &imageSpec,
                                const Ceph::ImageDetails &details, const Core::Error &error);
    // librbd's ENOENT on opening the image: the image is not there (as opposed to Ceph not
    // answering, a missing pool or a refused key, which say nothing about the image).
    static bool isMissingImage(const Core::Error &error);
};

} // namespace Models
