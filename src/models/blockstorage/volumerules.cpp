// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/blockstorage/volumerules.h"

#include "models/blockstorage/volumestatus.h"
#include "openstack/blockstorage/listjobs.h"

using OpenStack::BlockStorage::Volume;

namespace Models {

namespace {
bool is(const Volume &v, const char *status)
{
    return v.status == QLatin1String(status);
}
} // namespace

Verdict VolumeRules::check(VolumeCommand command, const Volume &v, const VolumeContext &c)
{
    const QString busy = tr("The volume is %1; wait until it settles").arg(VolumeStatus::text(v.status).toLower());
    const bool availableOrInUse = is(v, "available") || is(v, "in-use");
    switch (command) {
    case VolumeCommand::Edit:
        if (is(v, "deleting"))
            return Verdict::no(busy);
        return Verdict::yes();
    case VolumeCommand::Extend:
        if (is(v, "in-use")) {
            if (c.microversion < OpenStack::BlockStorage::kExtendInUse)
                return Verdict::no(tr("This cloud's Cinder (API %1) cannot extend an attached volume; detach it first")
                                       .arg(c.microversion.toString()));
            return Verdict::yes();
        }
        if (!is(v, "available"))
            return Verdict::no(v.isTransitional() ? busy : tr("Only an available or in-use volume can be extended"));
        return Verdict::yes();
    case VolumeCommand::Retype:
    case VolumeCommand::SetBootable:
        if (!availableOrInUse)
            return Verdict::no(v.isTransitional() ? busy : tr("Only an available or in-use volume can be changed"));
        return Verdict::yes();
    case VolumeCommand::Delete:
        if (v.isAttached() || is(v, "in-use"))
            return Verdict::no(tr("The volume is attached; detach it first"));
        if (c.snapshotCount > 0)
            return Verdict::no(tr("The volume has %n snapshot(s); delete them first", nullptr, c.snapshotCount));
        if (is(v, "available") || v.isError())
            return Verdict::yes();
        if (is(v, "awaiting-transfer"))
            return Verdict::no(tr("The volume is offered for transfer; cancel the transfer first"));
        return Verdict::no(busy);
    case VolumeCommand::Attach:
        if (is(v, "available"))
            return Verdict::yes();
        if (is(v, "in-use") && v.multiattach)
            return Verdict::yes();
        if (is(v, "in-use"))
            return Verdict::no(tr("The volume is already attached and is not multi-attach"));
        return Verdict::no(v.isTransitional() ? busy : tr("Only an available volume can be attached"));
    case VolumeCommand::Detach:
        if (!v.isAttached())
            return Verdict::no(tr("The volume is not attached"));
        if (!is(v, "in-use"))
            return Verdict::no(busy);
        return Verdict::yes();
    case VolumeCommand::CreateSnapshot:
    case VolumeCommand::CreateBackup:
    case VolumeCommand::UploadToImage:
        if (!availableOrInUse)
            return Verdict::no(v.isTransitional() ? busy : tr("Only an available or in-use volume can be copied"));
        return Verdict::yes();
    case VolumeCommand::CreateTransfer:
        if (!is(v, "available"))
            return Verdict::no(tr("Only an available, detached volume can be transferred"));
        return Verdict::yes();
    case VolumeCommand::ResetStatus:
        if (!c.admin)
            return Verdict::no(tr("Resetting the state needs the admin role"));
        if (!v.isError() && !v.isTransitional())
            return Verdict::no(tr("Only a volume stuck in an error or transitional state needs a reset"));
        return Verdict::yes();
    case VolumeCommand::ForceDelete:
        if (!c.admin)
            return Verdict::no(tr("Force delete needs the admin role"));
        if (v.isAttached())
            return Verdict::no(tr("The volume is attached; detach it first"));
        if (!v.isError() && !v.isTransitional())
            return Verdict::no(tr("An available volume is deleted normally"));
        return Verdict::yes();
    }
    return Verdict::yes();
}

QString VolumeRules::validateNewSize(const QString &text, qint64 minimumGb, qint64 quotaFreeGb, qint64 *sizeGb)
{
    bool ok = false;
    const qint64 size = text.trimmed().toLongLong(&ok);
    if (!ok)
        return tr("The size must be a whole number of GiB");
    if (size <= 0)
        return tr("The size must be at least 1 GiB");
    if (size < minimumGb)
        return tr("The size must be at least %1 GiB, the size of the source").arg(minimumGb);
    if (quotaFreeGb >= 0 && size > quotaFreeGb)
        return tr("Only %1 GiB are left in the project's quota").arg(quotaFreeGb);
    if (sizeGb)
        *sizeGb = size;
    return {};
}

QString VolumeRules::validateExtend(const QString &text, qint64 currentGb, qint64 quotaFreeGb, qint64 *sizeGb)
{
    bool ok = false;
    const qint64 size = text.trimmed().toLongLong(&ok);
    if (!ok)
        return tr("The size must be a whole number of GiB");
    if (size <= currentGb)
        return tr("A volume can only grow: the new size must be more than %1 GiB").arg(currentGb);
    if (quotaFreeGb >= 0 && size - currentGb > quotaFreeGb)
        return tr("Growing by %1 GiB exceeds the %2 GiB left in the project's quota").arg(size - currentGb).arg(quotaFreeGb);
    if (sizeGb)
        *sizeGb = size;
    return {};
}

QStringList VolumeRules::nextSteps(const Volume &v, bool admin)
{
    QStringList steps;
    if (is(v, "error")) {
        steps << tr("Delete the volume (nothing usable was created)");
        if (admin)
            steps << tr("Reset its state to available if the backend did create it");
    } else if (is(v, "error_deleting")) {
        steps << tr("Delete it again (Cinder retries the backend)");
        if (admin)
            steps << tr("Force delete it") << tr("Reset its state to available or error");
    } else if (is(v, "error_extending")) {
        steps << tr("The data is intact at the old size");
        if (admin)
            steps << tr("Reset its state to available, then extend again");
    } else if (v.isError()) {
        steps << tr("Delete the volume");
        if (admin)
            steps << tr("Reset its state");
    }
    if (!admin && v.isError() && !is(v, "error"))
        steps << tr("Ask an administrator to reset its state");
    return steps;
}

bool VolumeRules::snapshotNeedsForce(const Volume &v, OpenStack::Microversion version)
{
    return v.status == QLatin1String("in-use") && version < OpenStack::BlockStorage::kSnapshotInUse;
}

} // namespace Models
