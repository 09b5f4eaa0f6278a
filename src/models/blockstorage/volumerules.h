// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "openstack/blockstorage/volume.h"
#include "openstack/client/microversion.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Models {

// What an operator can do to a volume, and why not when the state forbids it: the same answers
// Cinder would give, known before anything is sent, so actions are disabled with the reason as
// their tooltip and bad sizes are refused in the dialog.
enum class VolumeCommand {
    Edit,
    Extend,
    Retype,
    Delete,
    Attach,
    Detach,
    CreateSnapshot,
    CreateBackup,
    UploadToImage,
    CreateTransfer,
    SetBootable,
    ResetStatus, // admin
    ForceDelete, // admin
};

struct VolumeContext
{
    bool admin = false;
    OpenStack::Microversion microversion{3, 0}; // what the cloud negotiated for the list
    int snapshotCount = 0;                      // snapshots of this volume
};

struct Verdict
{
    bool allowed = true;
    QString reason; // why not, in words; empty when allowed

    static Verdict yes() { return {}; }
    static Verdict no(QString why) { return {false, std::move(why)}; }
};

class VolumeRules
{
    Q_DECLARE_TR_FUNCTIONS(Models::VolumeRules)
public:
    static Verdict check(VolumeCommand command, const OpenStack::BlockStorage::Volume &volume,
                         const VolumeContext &context);

    // A new volume's size: a positive whole number of GiB, at least `minimumGb` (the source's
    // size), within `quotaFreeGb` (-1: unlimited or unknown). Empty when fine.
    static QString validateNewSize(const QString &text, qint64 minimumGb, qint64 quotaFreeGb, qint64 *sizeGb);
    // Extending: larger than now, and the growth within the quota.
    static QString validateExtend(const QString &text, qint64 currentGb, qint64 quotaFreeGb, qint64 *sizeGb);

    // For a volume in an error state: what Cinder still allows, in words.
    static QStringList nextSteps(const OpenStack::BlockStorage::Volume &volume, bool admin);
    // Snapshotting or backing up an attached volume needs `force` below these microversions.
    static bool snapshotNeedsForce(const OpenStack::BlockStorage::Volume &volume, OpenStack::Microversion v);
};

} // namespace Models
